#include "ui/common/Avatar.h"

#include "core/common/PlainText.h"

#include <QPainter>
#include <QPainterPath>

namespace MentorDesk {

Avatar::Avatar(int size, QWidget *parent)
    : QLabel(parent)
    , m_size(size)
{
    setFixedSize(size, size);
}

void Avatar::setPerson(const QString &name, const QImage &photo)
{
    setPixmap(render(name, photo, m_size, devicePixelRatioF()));
    setAccessibleName(tr("Picture of %1").arg(name));
    setToolTip(PlainText::toolTip(name)); // a display name from the directory
}

QString Avatar::initials(const QString &name)
{
    QString result;
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (word.at(0).isLetter())
            result += word.at(0).toUpper();
        if (result.size() == 2)
            break;
    }
    return result.isEmpty() ? QStringLiteral("?") : result;
}

QPixmap Avatar::render(const QString &name, const QImage &photo, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, size, size));
    painter.setClipPath(circle);
    if (!photo.isNull()) {
        const QImage square = photo.scaled(QSize(size, size) * devicePixelRatio, Qt::KeepAspectRatioByExpanding,
                                           Qt::SmoothTransformation);
        painter.drawImage(QRectF(0, 0, size, size), square);
    } else {
        const int hue = int(qHash(name) % 360);
        painter.fillRect(QRectF(0, 0, size, size), QColor::fromHsl(hue, 110, 110));
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(std::max(8, size * 2 / 5));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, initials(name));
    }
    return pixmap;
}

} // namespace MentorDesk
