// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "themedicon.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>

namespace
{
// One of MemLens's own icons: a monochrome SVG whose "currentColor" becomes the palette's text
// colour for the mode asked (disabled, selected), looked up when drawn, so a palette change
// (a dark theme switched on) shows at the next paint.
class PaletteIconEngine : public QIconEngine
{
public:
    explicit PaletteIconEngine(const QString &name)
        : m_name(name)
    {
        QFile file(QStringLiteral(":/icons/actions/%1.svg").arg(name));
        if (file.open(QIODevice::ReadOnly))
            m_svg = file.readAll();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        const QColor color = mode == QIcon::Disabled ? palette.color(QPalette::Disabled, QPalette::WindowText)
            : mode == QIcon::Selected                ? palette.color(QPalette::Active, QPalette::HighlightedText)
                                                     : palette.color(QPalette::Active, QPalette::WindowText);
        const QString key = QStringLiteral("memlens-icon-%1-%2x%3-%4").arg(m_name).arg(size.width()).arg(size.height()).arg(color.rgba());
        QPixmap pixmap;
        if (QPixmapCache::find(key, &pixmap))
            return pixmap;
        QByteArray svg = m_svg;
        svg.replace("currentColor", color.name().toLatin1());
        QBuffer buffer(&svg);
        QImageReader reader(&buffer, "svg");
        reader.setScaledSize(size);
        pixmap = QPixmap::fromImage(reader.read());
        QPixmapCache::insert(key, pixmap);
        return pixmap;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device()->devicePixelRatioF();
        QPixmap drawn = pixmap(rect.size() * ratio, mode, state);
        drawn.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, drawn);
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        return size;
    }

    QIconEngine *clone() const override
    {
        return new PaletteIconEngine(*this);
    }

    QString key() const override
    {
        return QStringLiteral("MemLensPaletteIcon");
    }

private:
    QString m_name;
    QByteArray m_svg;
};
}

QIcon ThemedIcon::named(const QString &name)
{
    return QIcon::fromTheme(name, QIcon(new PaletteIconEngine(name)));
}
