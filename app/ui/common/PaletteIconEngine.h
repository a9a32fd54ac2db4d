#pragma once

#include <QIconEngine>
#include <QString>

#include <memory>

class QSvgRenderer;

namespace MentorDesk {

// Renders a single-colour SVG in the application palette's colour for the icon's mode (text, disabled text,
// highlighted text), at paint time, so one file serves light, dark and high-contrast themes and every scale.
class PaletteIconEngine final : public QIconEngine
{
public:
    explicit PaletteIconEngine(QString svgPath);
    ~PaletteIconEngine() override;

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override;

private:
    // Our own drawing at exactly `pixels` device pixels. QIcon's default scaledPixmap() calls pixmap() with the
    // size it wants, which Qt computes differently across 6.x; so only pixmap() is overridden.
    QPixmap render(const QSize &pixels, QIcon::Mode mode) const;

    QString m_path;
    // Parsed once and shared by clones: paint() runs on every repaint of a toolbar or button.
    std::shared_ptr<QSvgRenderer> m_renderer;
};

} // namespace MentorDesk
