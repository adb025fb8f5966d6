// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sharedmemoryview.h"

#include "viewsetup.h"

#include "model/posixsharedmemorymodel.h"
#include "model/sysvsegmentmodel.h"
#include "model/tmpfsmountmodel.h"

#include "format/byteformat.h"
#include "format/textescape.h"
#include "snapshot/systemsnapshot.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace
{
// A table of one part of shared memory in its group box, with where to say why the part is unknown.
void table(QGroupBox *box, const QString &objectName, QAbstractItemModel *model)
{
    auto *view = new QTreeView(box);
    ViewSetup::liveTree(view, objectName, box->title());
    ViewSetup::showModel(view, model);
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // Why the part is unknown, when it is: wrapped above the table, not in the title, where a
    // long reason would widen the whole page.
    auto *reason = ViewSetup::paragraph(box, box->title());
    reason->hide();
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(reason);
    layout->addWidget(view);
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
    , m_segments(new SysVSegmentModel(this))
    , m_posix(new PosixSharedMemoryModel(this))
    , m_tmpfs(new TmpfsMountModel(this))
{
    table(m_segmentsBox, QStringLiteral("sysvSegments"), m_segments);
    table(m_posixBox, QStringLiteral("posixSharedMemory"), m_posix);
    table(m_tmpfsBox, QStringLiteral("tmpfsMounts"), m_tmpfs);

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
    m_segments->setSegments(segments);
    std::optional<qint64> resident = 0;
    for (const SharedMemorySegment &segment : segments) {
        addKnown(resident, segment.segment.rssBytes);
        addKnown(resident, segment.segment.swapBytes);
    }
    showPart(m_segmentsBox, tr("System V segments"), sysV, resident);
}

void SharedMemoryView::showPosix(const SystemSnapshot &snapshot)
{
    const auto &posix = snapshot.sharedMemory.posix;
    const QList<PosixSharedMemoryFile> files = posix.value.value_or(QList<PosixSharedMemoryFile>());
    m_posix->setFiles(files);
    qint64 used = 0;
    for (const PosixSharedMemoryFile &file : files)
        used += file.usedBytes;
    showPart(m_posixBox, tr("POSIX shared memory (/dev/shm)"), posix, std::optional(used));
}

void SharedMemoryView::showTmpfs(const SystemSnapshot &snapshot)
{
    const auto &tmpfs = snapshot.sharedMemory.tmpfs;
    const QList<TmpfsMount> mounts = tmpfs.value.value_or(QList<TmpfsMount>());
    m_tmpfs->setMounts(mounts);
    std::optional<qint64> used = 0;
    for (const TmpfsMount &mount : mounts)
        addKnown(used, mount.usedBytes.value);
    showPart(m_tmpfsBox, tr("tmpfs file systems"), tmpfs, used);
}

QString SharedMemoryView::summary() const
{
    return m_summary->text();
}
