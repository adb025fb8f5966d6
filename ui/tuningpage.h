// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "tuning/tuninglogmodel.h"

#include <QHash>
#include <QMap>
#include <QWidget>

class ChangeScope;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QSortFilterProxyModel;
class QSpinBox;
class QTreeView;
class TuningSession;
struct SystemSnapshot;

// The knobs a desktop user may turn: vm.swappiness, transparent huge pages and dropping caches
// (oom_score_adj comes from the Processes page). It drives the tuning session and shows its log:
// every change with where it stands, its effect (pressure, swapping and faults in the minute
// before against the minute after), and what can be done with it: keep or put back a trial,
// undo, try a failed put-back again.
class TuningPage : public QWidget
{
    Q_OBJECT

public:
    TuningPage(TuningSession *session, QWidget *parent = nullptr);

    void applySystem(const SystemSnapshot &snapshot);
    // Offers the knobs only where they act on the machine shown; otherwise says why.
    void setChangeScope(const ChangeScope &scope);

private:
    QWidget *createSwappinessBox();
    QWidget *createThpBox();
    QWidget *createDropCachesBox();
    QWidget *createTrialRow();
    QWidget *createChangesBox();
    bool trying() const;
    void updateOffers(int first, int last);
    void updateTrialBanner();
    void setStatus(const QString &text, bool problem);

    TuningSession *m_session;
    QString m_changeRefusal; // why the knobs are not offered; empty when they are
    QSlider *m_swappiness = nullptr;
    QSpinBox *m_swappinessValue = nullptr;
    QLabel *m_swappinessNow = nullptr;
    std::optional<qint64> m_currentSwappiness;
    QComboBox *m_thpEnabled = nullptr;
    QComboBox *m_thpDefrag = nullptr;
    QLabel *m_thpNow = nullptr;
    QMap<QString, QString> m_currentThp; // knob → selected word
    QComboBox *m_dropWhat = nullptr;
    QCheckBox *m_tryFirst = nullptr;
    QComboBox *m_trialLength = nullptr;
    QTreeView *m_changes = nullptr;
    QSortFilterProxyModel *m_newestFirst = nullptr;
    QHash<quint64, TuningLogModel::Offer> m_offered; // change id → the offer its buttons make
    QLabel *m_trialBanner = nullptr;
    QPushButton *m_keepAll = nullptr;
    QLabel *m_status = nullptr;
    QList<QPushButton *> m_applyButtons;
};
