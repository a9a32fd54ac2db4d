// Build-time helper: renders the scalable app icon to the PNG sizes the hicolor theme and installers need,
// so no rendered binaries live in the repository.
//   render-icon SVG SIZE OUTPUT.png              one PNG (Linux hicolor theme)
//   render-icon --ico SVG OUTPUT.ico [SIZE...]   one multi-size Windows icon (installer, .exe resource)
//   render-icon --iconset SVG DIR.iconset        the PNGs macOS's iconutil packs into an .icns
// The size lists live here, once: the build (packaging/windows, packaging/macos) and the packaging tests use them.
#include <QBuffer>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>
#include <cstring>
#include <iterator>
#include <utility>

namespace {

QImage renderSquare(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    return image;
}

void appendLe16(QByteArray &out, quint16 v)
{
    const quint16 le = qToLittleEndian(v);
    out.append(reinterpret_cast<const char *>(&le), sizeof le);
}

void appendLe32(QByteArray &out, quint32 v)
{
    const quint32 le = qToLittleEndian(v);
    out.append(reinterpret_cast<const char *>(&le), sizeof le);
}

// One icon image as Windows stores it in an .ico: a 32-bit BGRA DIB (BITMAPINFOHEADER with twice the height,
// bottom-up rows, then an all-zero AND mask since alpha decides) below 256 px, and PNG at 256 px, which is the layout
// Microsoft's icon guidelines describe. Qt's ico plugin writes only one image per file, hence this.
QByteArray icoImage(const QImage &rendered)
{
    const int size = rendered.width();
    if (size >= 256) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        rendered.save(&buffer, "PNG");
        return png;
    }
    const QImage image = rendered.convertToFormat(QImage::Format_ARGB32); // straight alpha, BGRA in memory
    const int maskStride = ((size + 31) / 32) * 4;
    QByteArray dib;
    appendLe32(dib, 40); // biSize
    appendLe32(dib, quint32(size)); // biWidth
    appendLe32(dib, quint32(size * 2)); // biHeight: colour rows + mask rows
    appendLe16(dib, 1); // biPlanes
    appendLe16(dib, 32); // biBitCount
    appendLe32(dib, 0); // biCompression = BI_RGB
    appendLe32(dib, quint32(size * size * 4 + maskStride * size));
    appendLe32(dib, 0);
    appendLe32(dib, 0);
    appendLe32(dib, 0);
    appendLe32(dib, 0);
    for (int y = size - 1; y >= 0; --y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < size; ++x)
            appendLe32(dib, line[x]); // 0xAARRGGBB little-endian = B, G, R, A
    }
    dib.append(QByteArray(maskStride * size, '\0'));
    return dib;
}

// Microsoft's icon guidelines list 16, 24, 32, 48 and 256 px as the sizes Windows picks from; 64 and 128 serve
// high-DPI Explorer views (https://learn.microsoft.com/windows/apps/design/style/iconography/app-icon-construction).
constexpr int kIcoSizes[] = {16, 24, 32, 48, 64, 128, 256};

int writeIco(int argc, char *argv[])
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: render-icon --ico SVG OUTPUT.ico [SIZE...]\n");
        return 2;
    }
    QSvgRenderer renderer(QString::fromLocal8Bit(argv[2]));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "render-icon: cannot read %s\n", argv[2]);
        return 1;
    }
    QList<int> sizes;
    for (int i = 4; i < argc; ++i) {
        const int size = QString::fromLocal8Bit(argv[i]).toInt();
        if (size <= 0 || size > 256) {
            std::fprintf(stderr, "render-icon: bad icon size %s (1..256)\n", argv[i]);
            return 1;
        }
        sizes << size;
    }
    if (sizes.isEmpty())
        sizes = QList<int>(std::begin(kIcoSizes), std::end(kIcoSizes));
    QList<QByteArray> images;
    for (const int size : std::as_const(sizes))
        images << icoImage(renderSquare(renderer, size));
    // ICONDIR, then one ICONDIRENTRY per image, then the images (a width/height byte of 0 means 256).
    QByteArray ico;
    appendLe16(ico, 0);
    appendLe16(ico, 1); // type 1 = icon
    appendLe16(ico, quint16(images.size()));
    quint32 offset = quint32(6 + 16 * images.size());
    for (qsizetype i = 0; i < images.size(); ++i) {
        const char dimension = char(sizes[i] >= 256 ? 0 : sizes[i]);
        ico.append(dimension);
        ico.append(dimension);
        ico.append('\0'); // no palette
        ico.append('\0'); // reserved
        appendLe16(ico, 1); // colour planes
        appendLe16(ico, 32); // bits per pixel
        appendLe32(ico, quint32(images[i].size()));
        appendLe32(ico, offset);
        offset += quint32(images[i].size());
    }
    for (const QByteArray &image : images)
        ico.append(image);
    QFile file(QString::fromLocal8Bit(argv[3]));
    if (!file.open(QIODevice::WriteOnly) || file.write(ico) != ico.size()) {
        std::fprintf(stderr, "render-icon: cannot write %s\n", argv[3]);
        return 1;
    }
    return 0;
}

// An .iconset as Apple's iconutil expects it: icon_<n>x<n>.png and icon_<n>x<n>@2x.png for n = 16, 32, 128, 256, 512
// (https://developer.apple.com/library/archive/documentation/GraphicsAnimation/Conceptual/HighResolutionOSX/Optimizing/Optimizing.html).
int writeIconset(int argc, char *argv[])
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: render-icon --iconset SVG DIR.iconset\n");
        return 2;
    }
    QSvgRenderer renderer(QString::fromLocal8Bit(argv[2]));
    const QDir dir(QString::fromLocal8Bit(argv[3]));
    if (!renderer.isValid() || !dir.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "render-icon: cannot read %s or create %s\n", argv[2], argv[3]);
        return 1;
    }
    for (const int size : {16, 32, 128, 256, 512}) {
        const QString name = QStringLiteral("icon_%1x%1").arg(size);
        if (!renderSquare(renderer, size).save(dir.filePath(name + QStringLiteral(".png")))
            || !renderSquare(renderer, size * 2).save(dir.filePath(name + QStringLiteral("@2x.png")))) {
            std::fprintf(stderr, "render-icon: cannot write into %s\n", argv[3]);
            return 1;
        }
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 2 && std::strcmp(argv[1], "--ico") == 0)
        return writeIco(argc, argv);
    if (argc >= 2 && std::strcmp(argv[1], "--iconset") == 0)
        return writeIconset(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: render-icon SVG SIZE OUTPUT.png\n");
        return 2;
    }
    QSvgRenderer renderer(QString::fromLocal8Bit(argv[1]));
    const int size = QString::fromLocal8Bit(argv[2]).toInt();
    if (!renderer.isValid() || size <= 0) {
        std::fprintf(stderr, "render-icon: cannot read %s or bad size %s\n", argv[1], argv[2]);
        return 1;
    }
    const QImage image = renderSquare(renderer, size);
    if (!image.save(QString::fromLocal8Bit(argv[3]))) {
        std::fprintf(stderr, "render-icon: cannot write %s\n", argv[3]);
        return 1;
    }
    return 0;
}
