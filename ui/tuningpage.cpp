// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tuningpage.h"

#include "viewsetup.h"

#include "format/byteformat.h"
#include "model/systemhistory.h"
#include "privileged/privilegedclient.h"
#include "sample/changescope.h"
#include "snapshot/systemsnapshot.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace
{
enum ChangeColumn { TimeColumn, ChangeColumn, BeforeColumn, AfterColumn, UndoColumn };
constexpr qint64 effectWindowMs = 60'000;
constexpr int timeRole = Qt::UserRole;

qint64 cacheOf(const NamedValues &meminfo)
{
    return meminfo.value("Buffers").value_or(0) + meminfo.value("Cached").value_or(0) + meminfo.value("SReclaimable").value_or(0);
}
}

TuningPage::TuningPage(PrivilegedClient *client, SystemHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_history(history)
    , m_status(ViewSetup::paragraph(this, tr("Tuning status")))
{
    auto *knobs = new QHBoxLayout;
    knobs->addWidget(createSwappinessBox(), 3);
    knobs->addWidget(createThpBox(), 2);
    knobs->addWidget(createDropCachesBox(), 2);
    m_tryFirst = new QCheckBox(tr("&Try changes first: put them back after %1 s unless I keep them").arg(trialSeconds), this);
    m_tryFirst->setToolTip(tr("Like a new display resolution: if the machine turns sluggish, the old value comes back by itself."));
    auto *layout = new QVBoxLayout(this);
    // Say before the first click, not after it, when the helper is missing.
    if (!QFileInfo::exists(QStringLiteral(MEMLENS_POLICY_PATH)) || !QFileInfo::exists(QStringLiteral(MEMLENS_HELPER_PATH))) {
        auto *missing = ViewSetup::paragraph(this, tr("Helper not installed"));
        missing->setText(PrivilegedReply{PrivilegedReply::Error::HelperMissing, {}, {}}.explanation().toHtmlEscaped());
        layout->addWidget(missing);
    }
    layout->addLayout(knobs);
    layout->addWidget(m_tryFirst);
    layout->addWidget(m_status);
    layout->addWidget(createChangesBox(), 1);
    connect(m_client, &PrivilegedClient::finished, this, &TuningPage::finished);
}

QWidget *TuningPage::createSwappinessBox()
{
    auto *box = new QGroupBox(tr("Swappiness"), this);
    m_swappinessNow = new QLabel(box);
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
        const QString value = QString::number(m_swappiness->value());
        const QString old = m_currentSwappiness ? QString::number(*m_currentSwappiness) : QString();
        request({QStringLiteral("setswappiness"),
                 {{QStringLiteral("value"), value}},
                 tr("swappiness %1 → %2").arg(old.isEmpty() ? ByteFormat::unavailable() : old, value),
                 old.isEmpty() ? QMap<QString, QString>() : QMap<QString, QString>{{QStringLiteral("value"), old}},
                 tr("swappiness back to %1").arg(old),
                 nullptr},
                tr("Set vm.swappiness to %1").arg(value));
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
        QMap<QString, QString> arguments;
        QMap<QString, QString> undo;
        QStringList said;
        for (const auto &[knob, combo] : {std::pair{QStringLiteral("enabled"), m_thpEnabled}, std::pair{QStringLiteral("defrag"), m_thpDefrag}}) {
            const QString chosen = combo->currentText();
            if (chosen.isEmpty() || chosen == m_currentThp.value(knob))
                continue;
            arguments.insert(knob, chosen);
            undo.insert(knob, m_currentThp.value(knob));
            said.append(tr("huge pages %1 %2 → %3").arg(knob, m_currentThp.value(knob), chosen));
        }
        if (arguments.isEmpty()) {
            setStatus(tr("Transparent huge pages already have these settings."), false);
            return;
        }
        QStringList back;
        for (auto it = undo.cbegin(); it != undo.cend(); ++it)
            back.append(tr("huge pages %1 back to %2").arg(it.key(), it.value()));
        request({QStringLiteral("setthp"), arguments, said.join(QStringLiteral("; ")), undo, back.join(QStringLiteral("; ")), nullptr},
                tr("Set transparent huge pages: %1").arg(said.join(QStringLiteral("; "))));
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
    m_dropResult = ViewSetup::paragraph(box, tr("Memory freed by dropping caches"));
    auto *drop = new QPushButton(tr("D&rop caches"), box);
    m_applyButtons.append(drop);
    connect(drop, &QPushButton::clicked, this, [this] {
        const QString value = m_dropWhat->currentData().toString();
        m_cacheBeforeDrop = m_cacheNow;
        request({QStringLiteral("dropcaches"), {{QStringLiteral("value"), value}}, tr("dropped caches (%1)").arg(m_dropWhat->currentText()), {}, {}, nullptr},
                tr("Drop caches: %1").arg(m_dropWhat->currentText()));
    });
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_dropWhat);
    layout->addWidget(guidance);
    layout->addWidget(m_dropResult);
    layout->addStretch();
    layout->addWidget(drop, 0, Qt::AlignRight);
    return box;
}

QWidget *TuningPage::createChangesBox()
{
    auto *box = new QGroupBox(tr("Changes made here"), this);
    m_changes = new QTreeWidget(box);
    ViewSetup::liveTree(m_changes, QStringLiteral("tuningChanges"), tr("Changes made here"));
    m_changes->setSortingEnabled(false); // newest first, as made
    m_changes->setRootIsDecorated(false);
    m_changes->setHeaderLabels({tr("Time"), tr("Change"), tr("The minute before"), tr("The minute after"), QString()});
    for (const int column : {BeforeColumn, AfterColumn}) {
        m_changes->headerItem()->setToolTip(column, tr("Memory pressure (PSI some), data written to swap and major page faults, averaged"));
        m_changes->header()->setSectionResizeMode(column, QHeaderView::Stretch);
    }
    m_changes->header()->setSectionResizeMode(UndoColumn, QHeaderView::ResizeToContents);
    m_changes->header()->setStretchLastSection(false);
    m_changes->header()->resizeSection(ChangeColumn, 220);
    m_trialBanner = new QLabel(box);
    m_keep = new QPushButton(tr("&Keep the change"), box);
    m_trialTimer = new QTimer(this);
    m_trialTimer->setInterval(1000);
    connect(m_trialTimer, &QTimer::timeout, this, [this] {
        if (--m_trialLeft <= 0)
            endTrial(false);
        else
            m_trialBanner->setText(tr("Trying %1: it goes back in %2 s unless you keep it.").arg(m_onTrial->text(ChangeColumn)).arg(m_trialLeft));
    });
    connect(m_keep, &QPushButton::clicked, this, [this] {
        endTrial(true);
    });
    auto *banner = new QHBoxLayout;
    banner->addWidget(m_trialBanner, 1);
    banner->addWidget(m_keep);
    m_trialBanner->hide();
    m_keep->hide();
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(banner);
    layout->addWidget(m_changes, 1);
    return box;
}

void TuningPage::request(const Request &request, const QString &polkitMessage)
{
    if (!m_changeRefusal.isEmpty())
        return; // its buttons are disabled; nothing else may change the wrong machine either
    if (m_client->isRunning()) {
        setStatus(tr("Still waiting for the answer to the last change."), true);
        return;
    }
    m_pending = request;
    for (QPushButton *button : std::as_const(m_applyButtons))
        button->setEnabled(false);
    setStatus(tr("Asking for permission: %1…").arg(request.description), false);
    m_client->run(request.action, request.arguments, polkitMessage);
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
    if (!scope.allowed())
        setStatus(scope.refusal(), false);
}

void TuningPage::finished(const QString &, const PrivilegedReply &reply)
{
    for (QPushButton *button : std::as_const(m_applyButtons))
        button->setEnabled(m_changeRefusal.isEmpty());
    if (!m_pending)
        return;
    const Request done = *std::exchange(m_pending, std::nullopt);
    if (!reply.ok()) {
        if (done.action == u"dropcaches")
            m_cacheBeforeDrop.reset();
        setStatus(reply.explanation(), reply.error != PrivilegedReply::Error::Cancelled);
        return;
    }
    setStatus(tr("Done: %1.").arg(done.description), false);
    if (done.undoes) {
        m_made.remove(done.undoes);
        m_changes->setItemWidget(done.undoes, UndoColumn, new QLabel(tr("undone"), m_changes));
    }
    addChange(done);
    Q_EMIT refreshWanted();
}

void TuningPage::addChange(const Request &request)
{
    auto *item = new QTreeWidgetItem;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    item->setText(TimeColumn, QLocale().toString(QDateTime::fromMSecsSinceEpoch(now).time(), QLocale::ShortFormat));
    item->setData(TimeColumn, timeRole, now);
    item->setText(ChangeColumn, request.description);
    m_changes->insertTopLevelItem(0, item);
    if (!request.undoArguments.isEmpty() && !request.undoes) {
        m_made.insert(item, request);
        auto *undoButton = new QPushButton(tr("Undo: %1").arg(request.undoDescription), m_changes);
        connect(undoButton, &QPushButton::clicked, this, [this, item] {
            undo(item);
        });
        m_changes->setItemWidget(item, UndoColumn, undoButton);
        if (m_tryFirst->isChecked())
            startTrial(item);
    }
    updateEffects();
}

void TuningPage::undo(QTreeWidgetItem *change)
{
    const auto made = m_made.constFind(change);
    if (made == m_made.cend())
        return;
    request({made->action, made->undoArguments, made->undoDescription, {}, {}, change}, made->undoDescription);
}

void TuningPage::startTrial(QTreeWidgetItem *change)
{
    m_onTrial = change;
    m_trialLeft = trialSeconds;
    m_trialBanner->setText(tr("Trying %1: it goes back in %2 s unless you keep it.").arg(change->text(ChangeColumn)).arg(m_trialLeft));
    m_trialBanner->show();
    m_keep->show();
    m_trialTimer->start();
}

void TuningPage::endTrial(bool keep)
{
    m_trialTimer->stop();
    m_trialBanner->hide();
    m_keep->hide();
    QTreeWidgetItem *change = std::exchange(m_onTrial, nullptr);
    if (!keep && change)
        undo(change);
}

void TuningPage::updateEffects()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto effect = [this](qint64 from, qint64 to) {
        const auto pressure = m_history->pressure()->average(SystemHistory::SomeAvg10Column, from, to);
        const auto swapOut = m_history->activity()->average(SystemHistory::SwapOutColumn, from, to);
        const auto faults = m_history->activity()->average(SystemHistory::MajorFaultColumn, from, to);
        const QLocale locale;
        return tr("PSI %1 % · swap-out %2/s · faults %3/s")
            .arg(pressure ? locale.toString(*pressure, 'f', 2) : ByteFormat::unavailable(),
                 swapOut ? ByteFormat::human(qint64(*swapOut)) : ByteFormat::unavailable(),
                 faults ? locale.toString(*faults, 'f', 1) : ByteFormat::unavailable());
    };
    for (int i = 0; i < m_changes->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_changes->topLevelItem(i);
        const qint64 at = item->data(TimeColumn, timeRole).toLongLong();
        if (now - at > 2 * effectWindowMs)
            continue; // settled: its text no longer changes
        item->setText(BeforeColumn, effect(at - effectWindowMs, at));
        const QString soFar = now - at < effectWindowMs ? tr(" (%1 s so far)").arg((now - at) / 1000) : QString();
        item->setText(AfterColumn, effect(at, at + effectWindowMs) + soFar);
    }
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

    if (snapshot.meminfo.value) {
        m_cacheNow = cacheOf(*snapshot.meminfo.value);
        // The first snapshot after a drop is read after the write: what the drop freed.
        if (m_cacheBeforeDrop && !m_pending) {
            m_dropResult->setText(tr("Freed <b>%1</b> of cache (%2 → %3).")
                                      .arg(ByteFormat::human(std::max<qint64>(0, *m_cacheBeforeDrop - m_cacheNow)),
                                           ByteFormat::human(*m_cacheBeforeDrop),
                                           ByteFormat::human(m_cacheNow)));
            m_cacheBeforeDrop.reset();
        }
    }
    updateEffects();
}

void TuningPage::setStatus(const QString &text, bool problem)
{
    m_status->setText(problem ? QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()) : text.toHtmlEscaped());
}

QString TuningPage::statusText() const
{
    return m_status->text();
}

QString TuningPage::currentSwappinessText() const
{
    return m_swappinessNow->text();
}
