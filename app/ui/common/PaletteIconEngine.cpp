#include "ui/common/PaletteIconEngine.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

#include <utility>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

QColor colorFor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::WindowText);
}

} // namespace

PaletteIconEngine::PaletteIconEngine(QString svgPath)
    : m_path(std::move(svgPath))
    , m_renderer(std::make_shared<QSvgRenderer>(m_path))
{ }

PaletteIconEngine::~PaletteIconEngine() = default;

void PaletteIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap pixmap = render((QSizeF(rect.size()) * scale).toSize(), mode);
    pixmap.setDevicePixelRatio(scale);
    painter->drawPixmap(rect, pixmap);
}

QPixmap PaletteIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State)
{
    return render(size, mode);
}

QPixmap PaletteIconEngine::render(const QSize &pixels, QIcon::Mode mode) const
{
    if (!m_renderer->isValid() || pixels.isEmpty())
        return {};
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        m_renderer->render(&painter);
        // Keep the drawing's shape (alpha), take the palette's colour.
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(image.rect(), colorFor(mode));
    }
    return QPixmap::fromImage(std::move(image));
}

QSize PaletteIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    return size; // vector: any size
}

QIconEngine *PaletteIconEngine::clone() const
{
    return new PaletteIconEngine(*this); // shares the parsed drawing
}

QString PaletteIconEngine::key() const
{
    return u"MentorDesk::PaletteIconEngine"_s;
}

bool PaletteIconEngine::isNull()
{
    return !QFile::exists(m_path);
}

} // namespace MentorDesk
