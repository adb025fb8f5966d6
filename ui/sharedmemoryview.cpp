// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sharedmemoryview.h"

#include "viewsetup.h"

#include "format/byteformat.h"
#include "format/textescape.h"
#include "snapshot/systemsnapshot.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace
{
QTreeWidget *table(QGroupBox *box, const QString &objectName, const QStringList &headers)
{
    auto *tree = new QTreeWidget(box);
    ViewSetup::liveTree(tree, objectName, box->title());
    tree->setSortingEnabled(false); // rows are refreshed in place, in the kernel's order
    tree->setRootIsDecorated(false);
    tree->setHeaderLabels(headers);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // Why the part is unknown, when it is: wrapped above the table, not in the title, where a
    // long reason would widen the whole page.
    auto *reason = ViewSetup::paragraph(box, box->title());
    reason->hide();
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(reason);
    layout->addWidget(tree);
    return tree;
}

// Ids and pids: plain digits, as ipcs and ps write them.
void setNumber(QTreeWidgetItem *item, int column, qint64 value)
{
    ViewSetup::setFigure(item, column, QString::number(value));
}

// A group box's title with what its part of shared memory holds: the sum where every item's
// figure is known, only the name where one is not (its row says why); and, inside the box, why
// the part is unknown.
template<typename T>
void showPart(QGroupBox *box, const QString &name, const Reading<T> &part, std::optional<qint64> bytes)
{
    box->setTitle(part.value && bytes ? SharedMemoryView::tr("%1 — %2").arg(name, ByteFormat::human(*bytes)) : name);
    auto *reason = box->findChild<QLabel *>();
    reason->setText(part.value ? QString() : SharedMemoryView::tr("Unavailable: %1").arg(part.unavailableReason.toHtmlEscaped()));
    reason->setVisible(!part.value);
}

// Adds a figure to a sum that stays unknown once one figure is.
void addKnown(std::optional<qint64> &sum, std::optional<qint64> figure)
{
    sum = sum && figure ? std::optional(*sum + *figure) : std::nullopt;
}
}

SharedMemoryView::SharedMemoryView(QWidget *parent)
    : QWidget(parent)
    , m_summary(ViewSetup::paragraph(this, tr("Shared memory summary")))
    , m_segmentsBox(new QGroupBox(tr("System V segments"), this))
    , m_posixBox(new QGroupBox(tr("POSIX shared memory (/dev/shm)"), this))
    , m_tmpfsBox(new QGroupBox(tr("tmpfs file systems"), this))
{
    m_segments = table(m_segmentsBox,
                       QStringLiteral("sysvSegments"),
                       {tr("Key"), tr("ID"), tr("Owner"), tr("Size"), tr("Resident"), tr("Swapped"), tr("Attached"), tr("Creator"), tr("Last PID")});
    m_segments->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_segments->headerItem()->setToolTip(AttachedColumn, tr("Processes that have the segment attached now."));
    m_segments->headerItem()->setToolTip(LastPidColumn, tr("The process that last attached or detached it."));
    m_posix = table(m_posixBox, QStringLiteral("posixSharedMemory"), {tr("Name"), tr("Owner"), tr("Size"), tr("In memory")});
    m_posix->headerItem()->setToolTip(3, tr("What its pages take in RAM or swap; pages never written take nothing."));
    m_tmpfs = table(m_tmpfsBox, QStringLiteral("tmpfsMounts"), {tr("Mount point"), tr("Size"), tr("Used"), tr("Options")});

    QLabel *intro = ViewSetup::paragraph(this);
    intro->setText(
        tr("Shared memory lives in RAM (or swap) like a program's own. System V segments and the files in /dev/shm and other "
           "tmpfs belong to no single program: they stay until removed, even after every program using them has ended. "
           "Shmem also counts memory these lists cannot show, which goes with its last user: shared anonymous mappings, "
           "memfd files and graphics buffers."));
    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->setObjectName(QStringLiteral("sharedMemorySplitter"));
    lower->addWidget(m_posixBox);
    lower->addWidget(m_tmpfsBox);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("sharedMemoryVerticalSplitter"));
    splitter->addWidget(m_segmentsBox);
    splitter->addWidget(lower);
    splitter->setSizes({260, 440}); // segments are few on most machines; tmpfs mounts are many
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
}

void SharedMemoryView::applySystem(const SystemSnapshot &snapshot)
{
    showSegments(snapshot);
    showPosix(snapshot);
    showTmpfs(snapshot);
    const std::optional<qint64> shmem = snapshot.meminfo.value ? snapshot.meminfo.value->value("Shmem") : std::nullopt;
    QString text =
        shmem ? tr("<b>%1</b> of shared memory in all (Shmem in /proc/meminfo).").arg(ByteFormat::human(*shmem)) : tr("The total of shared memory is unknown.");
    int orphans = 0;
    for (const SharedMemorySegment &segment : snapshot.sharedMemory.sysV.value.value_or(QList<SharedMemorySegment>()))
        orphans += segment.orphaned();
    if (orphans > 0)
        text += u' ' + tr("System V segments no process has attached: %n. They keep their memory until removed (ipcrm -m ID).", nullptr, orphans);
    m_summary->setText(text);
}

void SharedMemoryView::showSegments(const SystemSnapshot &snapshot)
{
    const auto &sysV = snapshot.sharedMemory.sysV;
    const QList<SharedMemorySegment> segments = sysV.value.value_or(QList<SharedMemorySegment>());
    ViewSetup::setItemCount(m_segments, int(segments.size()));
    std::optional<qint64> resident = 0;
    const QString noColumns = tr("this kernel's /proc/sysvipc/shm has no rss and swap columns");
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const SharedMemorySegment &segment = segments[i];
        const SysVShmSegment &s = segment.segment;
        QTreeWidgetItem *item = m_segments->topLevelItem(int(i));
        item->setText(KeyColumn, s.key == 0 ? tr("private") : QStringLiteral("0x%1").arg(quint32(s.key), 8, 16, QLatin1Char('0')));
        setNumber(item, IdColumn, s.shmid);
        item->setText(OwnerColumn, segment.owner);
        ViewSetup::setBytes(item, SizeColumn, s.sizeBytes);
        ViewSetup::setBytes(item, ResidentColumn, s.rssBytes, noColumns);
        ViewSetup::setBytes(item, SwappedColumn, s.swapBytes, noColumns);
        setNumber(item, AttachedColumn, s.attachments);
        setNumber(item, CreatorColumn, s.creatorPid);
        setNumber(item, LastPidColumn, s.lastPid);
        addKnown(resident, s.rssBytes);
        addKnown(resident, s.swapBytes);
        // A segment nobody has attached is easy to forget and never freed: it stands out.
        QFont font = item->font(KeyColumn);
        font.setBold(segment.orphaned());
        const QString orphaned = segment.orphaned()
            ? tr("No process has this segment attached: it holds its memory until someone removes it (ipcrm -m %1).").arg(s.shmid)
            : QString();
        for (int column = 0; column < m_segments->columnCount(); ++column) {
            item->setFont(column, font);
            if (column == KeyColumn || column == AttachedColumn)
                item->setToolTip(column, orphaned);
        }
    }
    showPart(m_segmentsBox, tr("System V segments"), sysV, resident);
}

void SharedMemoryView::showPosix(const SystemSnapshot &snapshot)
{
    const auto &posix = snapshot.sharedMemory.posix;
    const QList<PosixSharedMemoryFile> files = posix.value.value_or(QList<PosixSharedMemoryFile>());
    ViewSetup::setItemCount(m_posix, int(files.size()));
    qint64 used = 0;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const PosixSharedMemoryFile &file = files[i];
        QTreeWidgetItem *item = m_posix->topLevelItem(int(i));
        item->setText(0, TextEscape::visible(file.name)); // any user names files in /dev/shm
        item->setText(1, file.owner);
        ViewSetup::setBytes(item, 2, file.sizeBytes);
        ViewSetup::setBytes(item, 3, file.usedBytes);
        used += file.usedBytes;
    }
    showPart(m_posixBox, tr("POSIX shared memory (/dev/shm)"), posix, std::optional(used));
}

void SharedMemoryView::showTmpfs(const SystemSnapshot &snapshot)
{
    const auto &tmpfs = snapshot.sharedMemory.tmpfs;
    const QList<TmpfsMount> mounts = tmpfs.value.value_or(QList<TmpfsMount>());
    ViewSetup::setItemCount(m_tmpfs, int(mounts.size()));
    std::optional<qint64> used = 0;
    for (qsizetype i = 0; i < mounts.size(); ++i) {
        const TmpfsMount &mount = mounts[i];
        QTreeWidgetItem *item = m_tmpfs->topLevelItem(int(i));
        item->setText(0, mount.mountPoint);
        ViewSetup::setBytes(item, 1, mount.sizeBytes.value, mount.sizeBytes.unavailableReason);
        ViewSetup::setBytes(item, 2, mount.usedBytes.value, mount.usedBytes.unavailableReason);
        item->setText(3, QString::fromUtf8(mount.options));
        item->setToolTip(3, QString::fromUtf8(mount.options));
        addKnown(used, mount.usedBytes.value);
    }
    showPart(m_tmpfsBox, tr("tmpfs file systems"), tmpfs, used);
}

QString SharedMemoryView::summary() const
{
    return m_summary->text();
}
