// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "record/recordingtimeline.h"

#include <QTimer>
#include <QWidget>

// A recording's timeline under the pages: from its first sample to its last, the watcher's
// bookmarks on it (pressure, warnings, kills), and the moment shown. Clicking or dragging chooses
// another moment, which every page then shows; while dragging, a moment is chosen at most every
// dragPaceMs, as each one is read from the recording. Keys: Left/Right the previous/next sample,
// Page Up/Down the previous/next bookmark, Home/End the ends. A bookmark's tooltip says what
// happened. Live (setLive), the moment chosen is opened elsewhere: on letting go of the mouse,
// or by Return after keys moved the handle (Escape puts it back on the present).
class TimelineBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int dragPaceMs = 250;

    explicit TimelineBar(QWidget *parent = nullptr);

    void setTimeline(const RecordingTimeline &timeline);
    // A live window's timeline: the track runs from the recording's first sample to the present,
    // and a moment is chosen (to be opened elsewhere) only when the mouse lets go of it or by
    // keys, never while dragging; choosing the present chooses nothing.
    void setLive(bool live);
    // A bookmark just made (by the watcher this live window is attached to).
    void addBookmark(const Bookmark &bookmark);
    // The moment the pages show now (their last system snapshot).
    void setShownMs(qint64 ms);
    std::optional<qint64> shownMs() const
    {
        return m_shownMs;
    }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void momentChosen(qint64 atMs);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect track() const;
    int xOf(qint64 ms) const;
    qint64 msAt(int x) const;
    void choose(qint64 ms, bool now);
    const Bookmark *bookmarkNear(int x) const;

    QList<qint64> m_samples;
    QList<Bookmark> m_bookmarks;
    std::optional<qint64> m_shownMs;
    std::optional<qint64> m_chosenMs; // while dragging, before the pages show it
    QTimer m_dragPace;
    bool m_dragging = false;
    bool m_live = false;
};
