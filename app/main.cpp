// mailwright: the composer window. Parses the command line, installs the translations for the
// system locale and shows ComposerWindow; everything else lives in ui/ and core/.
#include "send/AppServices.h"
#include "ComposerWindow.h"
#include "DemoContent.h"
#include "ThemedIcon.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QStatusBar>
#include <QCommandLineParser>
#include <QStyleFactory>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Mailwright"));
    QApplication::setApplicationName(QStringLiteral("Mailwright"));
    QApplication::setApplicationVersion(QStringLiteral(MAILWRIGHT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("mailwright"));
    QApplication::setWindowIcon(ThemedIcon::coloured(QStringLiteral("mailwright")));

    Translations::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Write a message and send it, watching the server conversation."));
    parser.addHelpOption();
    parser.addVersionOption();
    // For screenshots and manual checks, not for users: a sample message, a dark palette, and a
    // picture of the window saved to a file once it is shown.
    QCommandLineOption demoOption(QStringLiteral("demo"));
    demoOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption darkOption(QStringLiteral("dark"));
    darkOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QString(), QStringLiteral("file"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ demoOption, darkOption, screenshotOption });
    parser.process(app);

    if (parser.isSet(darkOption)) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(DemoContent::darkPalette());
    }

    const bool demo = parser.isSet(demoOption);
    const std::unique_ptr<AppServices> services = demo ? DemoContent::makeServices() : std::make_unique<AppServices>();
    ComposerWindow window(services.get());
    if (demo)
        DemoContent::fill(window);
    window.show();
    if (!services->logError().isEmpty())
        window.statusBar()->showMessage(services->logError(), 15000);
    if (!demo)
        window.startUp();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(1500, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
