// mailwright-render-icon SVG NAME OUTPUT_DIR SIZE…: the application icon as PNG at each size, for
// the hicolor theme (OUTPUT_DIR/<size>x<size>/apps/NAME.png). A build tool, not installed.
// It uses QtSvg, the renderer the program itself draws this icon with, so the PNGs match what
// the window shows and the build needs nothing beyond Qt.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // the build has no display
    QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 5) {
        std::fprintf(stderr, "usage: mailwright-render-icon SVG NAME OUTPUT_DIR SIZE...\n");
        return 2;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "mailwright-render-icon: cannot read %s\n", qPrintable(arguments.at(1)));
        return 1;
    }
    const QString name = arguments.at(2) + QStringLiteral(".png");
    for (const QString &argument : arguments.mid(4)) {
        bool isNumber = false;
        const int size = argument.toInt(&isNumber);
        if (!isNumber || size < 1 || size > 1024) {
            std::fprintf(stderr, "mailwright-render-icon: %s is not a size\n", qPrintable(argument));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString folder = QStringLiteral("%1/%2x%2/apps").arg(arguments.at(3)).arg(size);
        if (!QDir().mkpath(folder) || !image.save(folder + u'/' + name, "PNG")) {
            std::fprintf(stderr, "mailwright-render-icon: cannot write %s\n", qPrintable(folder + u'/' + name));
            return 1;
        }
    }
    return 0;
}
