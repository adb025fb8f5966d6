// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "comparedialog.h"

#include "viewsetup.h"

#include "format/byteformat.h"
#include "format/textescape.h"
#include "record/recordedmoment.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeView>
#include <QVBoxLayout>

namespace
{
QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

std::optional<qint64> headroomOf(const SystemSnapshot &system, QByteArrayView field)
{
    return system.meminfo.value ? system.meminfo.value->value(field) : std::nullopt;
}

QString moved(const std::optional<qint64> &then, const std::optional<qint64> &now)
{
    if (!then || !now)
        return ByteFormat::unavailable();
    const qint64 change = *now - *then;
    return CompareDialog::tr("%1 then, %2 now (%3%4)")
        .arg(ByteFormat::human(*then), ByteFormat::human(*now), change >= 0 ? QStringLiteral("+") : QStringLiteral("−"), ByteFormat::human(std::abs(change)));
}
}

CompareDialog::CompareDialog(const QString &recording, const RecordingTimeline &timeline, qint64 shownMs, QWidget *parent)
    : QDialog(parent)
    , m_recording(recording)
    , m_shownMs(shownMs)
    , m_other(new QComboBox(this))
    , m_summary(ViewSetup::paragraph(this, tr("How memory moved")))
    , m_model(new MomentComparisonModel(this))
    , m_view(new QTreeView(this))
{
    setWindowTitle(tr("Compare with another moment"));
    auto *intro = new QLabel(tr("Compare the moment shown, %1, with:").arg(timeText(shownMs)), this);
    // The recording's moments a person looks for: its beginning, a while before, what it marked.
    if (!timeline.sampleTimesMs().isEmpty())
        m_other->addItem(tr("the recording's beginning (%1)").arg(timeText(timeline.sampleTimesMs().constFirst())), timeline.sampleTimesMs().constFirst());
    for (const auto &[minutes, label] : {std::pair{10, tr("10 minutes before")}, std::pair{60, tr("an hour before")}}) {
        if (const auto at = timeline.sampleAt(shownMs - minutes * 60'000); at && *at < shownMs - minutes * 60'000 + 60'000)
            m_other->addItem(label, *at);
    }
    for (const Bookmark &bookmark : timeline.bookmarks()) {
        if (bookmark.kind != Bookmark::Kind::WatcherStarted && bookmark.kind != Bookmark::Kind::NotificationSent)
            m_other->addItem(tr("%1 — %2").arg(timeText(bookmark.timeMs), TextEscape::visible(bookmark.text)), bookmark.timeMs);
    }
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAccessibleName(tr("What changed, per application"));
    m_view->header()->setSectionResizeMode(MomentComparisonModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_other);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 30);
    connect(m_other, &QComboBox::currentIndexChanged, this, &CompareDialog::compare);
    compare();
}

void CompareDialog::compare()
{
    if (m_other->currentIndex() < 0) {
        m_summary->setText(tr("The recording holds no other moment."));
        return;
    }
    // Earlier is "then", whichever was chosen first.
    const qint64 other = m_other->currentData().toLongLong();
    const qint64 thenMs = std::min(other, m_shownMs);
    const qint64 nowMs = std::max(other, m_shownMs);
    QString error;
    const std::optional<RecordedMoment> then = RecordedMoment::read(m_recording, thenMs, &error);
    const std::optional<RecordedMoment> now = then ? RecordedMoment::read(m_recording, nowMs, &error) : std::nullopt;
    if (!then || !now) {
        m_model->compare({}, {});
        m_summary->setText(tr("These moments cannot be compared: %1").arg(error.toHtmlEscaped()));
        return;
    }
    m_model->compare(then->processes, now->processes);
    const auto swapUsed = [](const SystemSnapshot &system) -> std::optional<qint64> {
        const auto total = headroomOf(system, "SwapTotal");
        const auto free = headroomOf(system, "SwapFree");
        return total && free ? std::optional(*total - *free) : std::nullopt;
    };
    m_summary->setText(tr("<p>From %1 to %2:</p><p>available memory %3<br>swap in use %4</p>")
                           .arg(timeText(then->system.sampledAtMs),
                                timeText(now->system.sampledAtMs),
                                moved(headroomOf(then->system, "MemAvailable"), headroomOf(now->system, "MemAvailable")),
                                moved(swapUsed(then->system), swapUsed(now->system))));
}
