// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tuningpage.h"

#include "viewsetup.h"

#include "model/modelroles.h"
#include "sample/changescope.h"
#include "snapshot/systemsnapshot.h"
#include "tuning/tuningsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

TuningPage::TuningPage(TuningSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_status(ViewSetup::paragraph(this, tr("Tuning status")))
{
    auto *knobs = new QHBoxLayout;
    knobs->addWidget(createSwappinessBox(), 3);
    knobs->addWidget(createThpBox(), 2);
    knobs->addWidget(createDropCachesBox(), 2);
    auto *layout = new QVBoxLayout(this);
    // Say before the first click, not after it, when the helper is missing.
    if (!QFileInfo::exists(QStringLiteral(MEMLENS_POLICY_PATH)) || !QFileInfo::exists(QStringLiteral(MEMLENS_HELPER_PATH))) {
        auto *missing = ViewSetup::paragraph(this, tr("Helper not installed"));
        missing->setText(PrivilegedReply{PrivilegedReply::Error::HelperMissing, {}, {}}.explanation().toHtmlEscaped());
        layout->addWidget(missing);
    }
    layout->addLayout(knobs);
    layout->addWidget(createTrialRow());
    layout->addWidget(m_status);
    layout->addWidget(createChangesBox(), 1);
    connect(m_session, &TuningSession::notice, this, [this](const QString &text) {
        setStatus(text, true);
    });
}

QWidget *TuningPage::createSwappinessBox()
{
    auto *box = new QGroupBox(tr("Swappiness"), this);
    m_swappinessNow = new QLabel(box);
    m_swappinessNow->setAccessibleName(tr("Swappiness now"));
    m_swappiness = new QSlider(Qt::Horizontal, box);
    m_swappiness->setAccessibleName(tr("Swappiness"));
    m_swappiness->setRange(0, 200);
    m_swappiness->setTickInterval(10);
    m_swappiness->setTickPosition(QSlider::TicksBelow);
    m_swappinessValue = new QSpinBox(box);
    m_swappinessValue->setAccessibleName(tr("Swappiness value"));
    m_swappinessValue->setRange(0, 200);
    connect(m_swappiness, &QSlider::valueChanged, m_swappinessValue, &QSpinBox::setValue);
    connect(m_swappinessValue, &QSpinBox::valueChanged, m_swappiness, &QSlider::setValue);
    auto *guidance = ViewSetup::paragraph(box);
    guidance->setText(
        tr("How readily the kernel moves idle program memory to swap rather than dropping file cache. <b>60</b> is the kernel's "
           "default; <b>about 10</b> keeps a desktop's programs in RAM longer; <b>1–10</b> suits databases that manage their own "
           "cache; above 100 (Linux 5.8 and later) prefers swapping, which suits fast swap such as zram."));
    auto *apply = new QPushButton(tr("&Apply swappiness"), box);
    m_applyButtons.append(apply);
    connect(apply, &QPushButton::clicked, this, [this] {
        if (m_currentSwappiness && m_swappiness->value() == *m_currentSwappiness) {
            setStatus(tr("Swappiness is already %1.").arg(*m_currentSwappiness), false);
            return;
        }
        m_session->setSwappiness(m_swappiness->value(), trying());
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_swappiness, 1);
    row->addWidget(m_swappinessValue);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_swappinessNow);
    layout->addLayout(row);
    layout->addWidget(guidance);
    layout->addWidget(apply, 0, Qt::AlignRight);
    return box;
}

QWidget *TuningPage::createThpBox()
{
    auto *box = new QGroupBox(tr("Transparent huge pages"), this);
    m_thpNow = ViewSetup::paragraph(box);
    m_thpEnabled = new QComboBox(box);
    m_thpEnabled->setAccessibleName(tr("Huge pages enabled"));
    m_thpDefrag = new QComboBox(box);
    m_thpDefrag->setAccessibleName(tr("Huge pages defragmentation"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Use huge pages:"), m_thpEnabled);
    form->addRow(tr("&Defragment for them:"), m_thpDefrag);
    auto *guidance = ViewSetup::paragraph(box);
    guidance->setText(
        tr("<b>madvise</b> gives 2 MiB pages only to programs that ask (the usual default); <b>always</b> can speed up "
           "large heaps but wastes memory and stalls on compaction; <b>never</b> turns them off."));
    auto *apply = new QPushButton(tr("Apply &huge pages"), box);
    m_applyButtons.append(apply);
    connect(apply, &QPushButton::clicked, this, [this] {
        // Only what differs from the kernel's current choice is asked for.
        const auto changed = [this](const QString &knob, const QComboBox *combo) {
            const QString chosen = combo->currentText();
            return chosen == m_currentThp.value(knob) ? QString() : chosen;
        };
        const QString enabled = changed(QStringLiteral("enabled"), m_thpEnabled);
        const QString defrag = changed(QStringLiteral("defrag"), m_thpDefrag);
        if (enabled.isEmpty() && defrag.isEmpty()) {
            setStatus(tr("Transparent huge pages already have these settings."), false);
            return;
        }
        m_session->setTransparentHugePages(enabled, defrag, trying());
    });
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_thpNow);
    layout->addLayout(form);
    layout->addWidget(guidance);
    layout->addWidget(apply, 0, Qt::AlignRight);
    return box;
}

QWidget *TuningPage::createDropCachesBox()
{
    auto *box = new QGroupBox(tr("Drop caches"), this);
    m_dropWhat = new QComboBox(box);
    m_dropWhat->setAccessibleName(tr("Caches to drop"));
    m_dropWhat->addItem(tr("Page cache (1)"), 1);
    m_dropWhat->addItem(tr("Dentries and inodes (2)"), 2);
    m_dropWhat->addItem(tr("Both (3)"), 3);
    m_dropWhat->setCurrentIndex(2);
    auto *guidance = ViewSetup::paragraph(box);
    guidance->setText(
        tr("Empties clean caches at once, after writing dirty pages out. Useful before a measurement; otherwise the kernel "
           "does this by itself when memory is needed, and programs read their files from disk again afterwards."));
    auto *drop = new QPushButton(tr("D&rop caches"), box);
    m_applyButtons.append(drop);
    connect(drop, &QPushButton::clicked, this, [this] {
        m_session->dropCaches(m_dropWhat->currentData().toInt());
    });
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_dropWhat);
    layout->addWidget(guidance);
    layout->addStretch();
    layout->addWidget(drop, 0, Qt::AlignRight);
    return box;
}

QWidget *TuningPage::createTrialRow()
{
    auto *row = new QWidget(this);
    m_tryFirst = new QCheckBox(tr("&Try changes first: put them back after"), row);
    m_tryFirst->setAccessibleName(tr("Try changes first"));
    m_tryFirst->setToolTip(tr("Like a new display resolution: if the machine turns sluggish, the old value comes back by itself."));
    m_trialLength = new QComboBox(row);
    m_trialLength->setAccessibleName(tr("Trial length"));
    for (const int seconds : {15, 30, 60, 120, 300})
        m_trialLength->addItem(seconds < 60 ? tr("%1 s").arg(seconds) : tr("%1 min").arg(seconds / 60), seconds);
    const int saved = QSettings().value(QStringLiteral("tuning/trialSeconds"), 30).toInt();
    m_trialLength->setCurrentIndex(std::max(0, m_trialLength->findData(saved)));
    m_session->setTrialLength(std::chrono::seconds(m_trialLength->currentData().toInt()));
    connect(m_trialLength, &QComboBox::currentIndexChanged, this, [this] {
        const int seconds = m_trialLength->currentData().toInt();
        m_session->setTrialLength(std::chrono::seconds(seconds));
        QSettings().setValue(QStringLiteral("tuning/trialSeconds"), seconds);
    });
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tryFirst);
    layout->addWidget(m_trialLength);
    layout->addWidget(new QLabel(tr("unless I keep them"), row));
    layout->addStretch();
    return row;
}

QWidget *TuningPage::createChangesBox()
{
    auto *box = new QGroupBox(tr("Changes made here"), this);
    m_newestFirst = new QSortFilterProxyModel(this);
    m_newestFirst->setSourceModel(m_session->log());
    m_newestFirst->setSortRole(ModelRoles::RawValueRole);
    m_newestFirst->sort(TuningLogModel::TimeColumn, Qt::DescendingOrder);
    m_changes = new QTreeView(box);
    ViewSetup::liveTree(m_changes, QStringLiteral("tuningChanges"), tr("Changes made here"));
    m_changes->setModel(m_newestFirst);
    m_changes->setSortingEnabled(false); // newest first, as made
    m_changes->setRootIsDecorated(false);
    QHeaderView *header = m_changes->header();
    // What a change is, where it stands and what can be done with it fit at 1024 px; the effect
    // figures, the widest, come last and stretch (or scroll, in a narrow window).
    header->setSectionResizeMode(TuningLogModel::TimeColumn, QHeaderView::ResizeToContents);
    header->resizeSection(TuningLogModel::ChangeColumn, 250);
    header->resizeSection(TuningLogModel::StateColumn, 250);
    header->setSectionResizeMode(TuningLogModel::OfferColumn, QHeaderView::ResizeToContents);
    header->resizeSection(TuningLogModel::BeforeColumn, 320);
    header->setStretchLastSection(true);
    connect(m_newestFirst, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        updateOffers(first, last);
    });
    connect(m_newestFirst, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        updateOffers(topLeft.row(), bottomRight.row());
    });
    connect(m_newestFirst, &QAbstractItemModel::layoutChanged, this, [this] {
        updateOffers(0, m_newestFirst->rowCount() - 1);
    });

    m_trialBanner = ViewSetup::paragraph(box, tr("Changes on trial"));
    m_keepAll = new QPushButton(tr("&Keep them all"), box);
    connect(m_keepAll, &QPushButton::clicked, m_session, &TuningSession::keepOpenTrials);
    connect(m_session, &TuningSession::openTrialsChanged, this, &TuningPage::updateTrialBanner);
    connect(m_session->log(), &QAbstractItemModel::dataChanged, this, &TuningPage::updateTrialBanner);
    auto *banner = new QHBoxLayout;
    banner->addWidget(m_trialBanner, 1);
    banner->addWidget(m_keepAll, 0, Qt::AlignTop);
    m_trialBanner->hide();
    m_keepAll->hide();
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(banner);
    layout->addWidget(m_changes, 1);
    return box;
}

bool TuningPage::trying() const
{
    return m_tryFirst->isChecked();
}

// The buttons of each row's offer, made again only when the offer changes (a trial's countdown
// changes its row every second).
void TuningPage::updateOffers(int first, int last)
{
    for (int row = std::max(0, first); row <= last && row < m_newestFirst->rowCount(); ++row) {
        const QModelIndex index = m_newestFirst->index(row, TuningLogModel::OfferColumn);
        const quint64 id = index.data(TuningLogModel::ChangeIdRole).value<quint64>();
        const auto offer = index.data(TuningLogModel::OfferRole).value<TuningLogModel::Offer>();
        if (m_offered.value(id, TuningLogModel::Offer::Nothing) == offer && (offer == TuningLogModel::Offer::Nothing || m_changes->indexWidget(index)))
            continue;
        m_offered.insert(id, offer);
        if (offer == TuningLogModel::Offer::Nothing) {
            m_changes->setIndexWidget(index, nullptr);
            continue;
        }
        const TuningChange *change = m_session->change(id);
        auto *buttons = new QWidget;
        auto *layout = new QHBoxLayout(buttons);
        layout->setContentsMargins(0, 0, 0, 0);
        TuningSession *session = m_session;
        const auto add = [buttons, layout](const QString &text, const QString &toolTip, const std::function<void()> &act) {
            auto *button = new QPushButton(text, buttons);
            button->setToolTip(toolTip);
            QObject::connect(button, &QPushButton::clicked, button, act);
            layout->addWidget(button);
        };
        const auto keep = [session, id] {
            session->keep(id);
        };
        const auto putBack = [session, id] {
            session->putBack(id);
        };
        const QString back = change ? change->backDescription : QString();
        switch (offer) {
        case TuningLogModel::Offer::KeepOrPutBack:
            add(tr("Keep"), tr("Keep %1").arg(change ? change->description : QString()), keep);
            add(tr("Put back"), back, putBack);
            break;
        case TuningLogModel::Offer::Undo:
            add(tr("Undo"), back, putBack);
            break;
        case TuningLogModel::Offer::TryPutBackAgain:
            add(tr("Try again"), back, putBack);
            add(tr("Keep"), tr("Leave the value as it is"), keep);
            break;
        case TuningLogModel::Offer::Nothing:
            break;
        }
        m_changes->setIndexWidget(index, buttons);
    }
}

void TuningPage::updateTrialBanner()
{
    QStringList trials;
    const TuningLogModel *log = m_session->log();
    for (int row = 0; row < log->rowCount(); ++row) {
        const TuningLogRow *entry = log->rowAt(log->index(row, 0));
        const TuningChange &change = entry->change;
        if (change.state == TuningChange::State::OnTrial || change.state == TuningChange::State::LeftOnTrial)
            trials.append(tr("<b>%1</b>, %2").arg(change.description.toHtmlEscaped(), TuningLogModel::countdown(change, QDateTime::currentMSecsSinceEpoch())));
    }
    m_trialBanner->setVisible(!trials.isEmpty());
    m_keepAll->setVisible(!trials.isEmpty());
    m_trialBanner->setText(tr("On trial: %1. Keep or put back each in the list below, or keep them all.").arg(trials.join(QStringLiteral("; "))));
}

void TuningPage::setChangeScope(const ChangeScope &scope)
{
    m_changeRefusal = scope.refusal();
    for (QPushButton *button : std::as_const(m_applyButtons)) {
        button->setEnabled(scope.allowed());
        if (!scope.allowed())
            button->setToolTip(scope.refusal());
    }
    m_tryFirst->setEnabled(scope.allowed());
    m_trialLength->setEnabled(scope.allowed());
    if (!scope.allowed())
        setStatus(scope.refusal(), false);
}

void TuningPage::applySystem(const SystemSnapshot &snapshot)
{
    for (const VmTunable &tunable : snapshot.tunables) {
        if (tunable.name == "swappiness") {
            const bool first = !m_currentSwappiness;
            m_currentSwappiness = tunable.value.value;
            m_swappinessNow->setText(m_currentSwappiness ? tr("Now: <b>%1</b>").arg(*m_currentSwappiness)
                                                         : tr("Now: unknown (%1)").arg(tunable.value.unavailableReason));
            if (first && m_currentSwappiness)
                m_swappiness->setValue(int(*m_currentSwappiness));
        }
    }
    QStringList thpNow;
    for (const auto &[knob, reading, combo] :
         {std::tuple{QStringLiteral("enabled"), &snapshot.thpEnabled, m_thpEnabled}, std::tuple{QStringLiteral("defrag"), &snapshot.thpDefrag, m_thpDefrag}}) {
        if (!reading->value) {
            combo->setEnabled(false);
            thpNow.append(tr("%1: %2").arg(knob, reading->unavailableReason));
            continue;
        }
        const QString selected = QString::fromLatin1(reading->value->selected);
        QStringList offered;
        for (const QByteArray &word : reading->value->offered)
            offered.append(QString::fromLatin1(word));
        if (combo->count() != offered.size()) {
            combo->clear();
            combo->addItems(offered);
        }
        if (m_currentThp.value(knob) != selected)
            combo->setCurrentText(selected);
        m_currentThp.insert(knob, selected);
        thpNow.append(tr("%1: <b>%2</b>").arg(knob, selected));
    }
    m_thpNow->setText(tr("Now: %1").arg(thpNow.join(QStringLiteral(", "))));

    m_session->applySystem(snapshot);
}

void TuningPage::setStatus(const QString &text, bool problem)
{
    m_status->setText(problem ? QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()) : text.toHtmlEscaped());
}
