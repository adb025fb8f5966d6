// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "privileged/privilegedreply.h"

#include <QHash>
#include <QMap>
#include <QWidget>

class ChangeScope;
class PrivilegedClient;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;
class SystemHistory;
struct SystemSnapshot;

// The four knobs a desktop user may turn: vm.swappiness, transparent huge pages, dropping
// caches (and, from the processes page, oom_score_adj). Each change goes through the privileged
// helper after polkit asks; it is listed with its effect (pressure, swapping and faults in the
// minute before against the minute after) and can be undone with one click, or tried for 30 s
// and reverted unless kept.
class TuningPage : public QWidget
{
    Q_OBJECT

public:
    TuningPage(PrivilegedClient *client, SystemHistory *history, QWidget *parent = nullptr);

    void applySystem(const SystemSnapshot &snapshot);
    // Offers the knobs only where they act on the machine shown; otherwise says why.
    void setChangeScope(const ChangeScope &scope);

    QSlider *swappinessSlider() const
    {
        return m_swappiness;
    }
    QTreeWidget *changes() const
    {
        return m_changes;
    }
    QString statusText() const;
    QString currentSwappinessText() const;

    static constexpr int trialSeconds = 30;

Q_SIGNALS:
    // A change was made: sample now so the page shows the new value and its effect at once.
    void refreshWanted();

private:
    struct Request {
        QString action;
        QMap<QString, QString> arguments;
        QString description; // "swappiness 60 → 10"
        QMap<QString, QString> undoArguments; // empty: the change cannot be undone (drop caches)
        QString undoDescription;
        QTreeWidgetItem *undoes = nullptr; // for an undo: the change it takes back
    };

    QWidget *createSwappinessBox();
    QWidget *createThpBox();
    QWidget *createDropCachesBox();
    QWidget *createChangesBox();
    void request(const Request &request, const QString &polkitMessage);
    void finished(const QString &action, const PrivilegedReply &reply);
    void addChange(const Request &request);
    void undo(QTreeWidgetItem *change);
    void updateEffects();
    void startTrial(QTreeWidgetItem *change);
    void endTrial(bool keep);
    void setStatus(const QString &text, bool problem);

    QString m_changeRefusal; // why the knobs are not offered; empty when they are
    PrivilegedClient *m_client;
    SystemHistory *m_history;
    std::optional<Request> m_pending;
    QSlider *m_swappiness = nullptr;
    QSpinBox *m_swappinessValue = nullptr;
    QLabel *m_swappinessNow = nullptr;
    std::optional<qint64> m_currentSwappiness;
    QComboBox *m_thpEnabled = nullptr;
    QComboBox *m_thpDefrag = nullptr;
    QLabel *m_thpNow = nullptr;
    QMap<QString, QString> m_currentThp; // knob → selected word
    QComboBox *m_dropWhat = nullptr;
    QLabel *m_dropResult = nullptr;
    std::optional<qint64> m_cacheBeforeDrop; // set while a drop's result is awaited
    qint64 m_cacheNow = 0;
    QCheckBox *m_tryFirst = nullptr;
    QTreeWidget *m_changes = nullptr;
    QHash<QTreeWidgetItem *, Request> m_made; // each listed change, to undo it
    QLabel *m_trialBanner = nullptr;
    QPushButton *m_keep = nullptr;
    QTimer *m_trialTimer = nullptr;
    QTreeWidgetItem *m_onTrial = nullptr;
    int m_trialLeft = 0;
    QLabel *m_status = nullptr;
    QList<QPushButton *> m_applyButtons;
};
