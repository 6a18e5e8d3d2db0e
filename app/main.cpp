// mailwright: the composer window. Parses the command line, hands the request to a running
// Mailwright or becomes it, and opens the windows; everything else lives in ui/ and core/.
#include "ComposerWindow.h"
#include "ComposerWindows.h"
#include "DemoContent.h"
#include "ThemedIcon.h"
#include "i18n/Translations.h"
#include "instance/SingleInstance.h"
#include "send/AppServices.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Mailwright"));
    QCoreApplication::setApplicationName(QStringLiteral("Mailwright"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILWRIGHT_VERSION));
}

struct Options
{
    QCommandLineOption attach { QStringLiteral("attach"),
        QCoreApplication::translate("main", "Attach FILE to the new message (repeatable)."),
        QCoreApplication::translate("main", "FILE") };
    // For screenshots and manual checks, not for users: a sample message, a dark palette, and a
    // picture of the window saved to a file once it is shown.
    QCommandLineOption demo { QStringLiteral("demo") };
    QCommandLineOption dark { QStringLiteral("dark") };
    QCommandLineOption screenshot { QStringLiteral("screenshot"), QString(), QStringLiteral("file") };

    void addTo(QCommandLineParser &parser)
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Write a message and send it, watching the server conversation."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("link"),
            QCoreApplication::translate("main", "A mailto: link (RFC 6068) to fill the new message with."),
            QStringLiteral("[mailto:…]"));
        for (QCommandLineOption *hidden : { &demo, &dark, &screenshot })
            hidden->setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOptions({ attach, demo, dark, screenshot });
    }
};

// --help and --version need no display (a terminal over ssh, a package's smoke test), so they
// are answered before the window system is touched.
bool asksOnlyForInformation(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char *option : { "-h", "--help", "--help-all", "-v", "--version" })
            if (std::strcmp(argv[i], option) == 0)
                return true;
    return false;
}

// What this launch asks for, from the parsed command line; or why it cannot be.
InstanceProtocol::Request requestFrom(const QCommandLineParser &parser, const Options &options, QString *error)
{
    InstanceProtocol::Request request;
    const QStringList links = parser.positionalArguments();
    if (links.size() > 1) {
        *error = QCoreApplication::translate("main", "Give at most one mailto: link.");
        return request;
    }
    if (!links.isEmpty()) {
        if (!links.constFirst().startsWith(QStringLiteral("mailto:"), Qt::CaseInsensitive)) {
            *error = QCoreApplication::translate("main", "“%1” is not a mailto: link.").arg(links.constFirst());
            return request;
        }
        request.mailto = links.constFirst();
    }
    // The running instance may have started elsewhere: paths are made absolute here.
    const QStringList files = parser.values(options.attach);
    for (const QString &file : files)
        request.attachFiles << QFileInfo(file).absoluteFilePath();
    *error = InstanceProtocol::checkBounds(request);
    return request;
}

int fail(const QString &message, int exitCode)
{
    std::fprintf(stderr, "mailwright: %s\n", qUtf8Printable(message));
    return exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksOnlyForInformation(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameApplication();
        Translations::install();
        QCommandLineParser parser;
        Options options;
        options.addTo(parser);
        parser.process(app); // prints and exits, unless "--help" was an option's value
    }

    QApplication app(argc, argv);
    nameApplication();
    QGuiApplication::setDesktopFileName(QStringLiteral("org.mailwright.Mailwright"));
    QApplication::setWindowIcon(ThemedIcon::coloured(QStringLiteral("mailwright")));
    Translations::install();

    QCommandLineParser parser;
    Options options;
    options.addTo(parser);
    parser.process(app);

    if (parser.isSet(options.dark)) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(DemoContent::darkPalette());
    }
    if (parser.isSet(options.demo) || parser.isSet(options.screenshot)) {
        // The demo runs on its own sample stores, apart from any running Mailwright.
        const bool demo = parser.isSet(options.demo);
        const std::unique_ptr<AppServices> services
            = demo ? DemoContent::makeServices() : std::make_unique<AppServices>();
        ComposerWindow window(services.get());
        if (demo)
            DemoContent::fill(window);
        window.show();
        if (parser.isSet(options.screenshot)) {
            const QString file = parser.value(options.screenshot);
            QTimer::singleShot(1500, &window, [&window, file] {
                const bool saved = window.grab().save(file);
                QApplication::exit(saved ? 0 : 1);
            });
        }
        return QApplication::exec();
    }

    QString error;
    const InstanceProtocol::Request request = requestFrom(parser, options, &error);
    if (!error.isEmpty())
        return fail(error, 2);

    SingleInstance instance(SingleInstance::defaultSocketPath());
    std::unique_ptr<AppServices> services;
    std::unique_ptr<ComposerWindows> windows;
    QObject::connect(&instance, &SingleInstance::handedOver, &app, [] { QApplication::exit(0); });
    QObject::connect(
        &instance, &SingleInstance::failed, &app, [](const QString &message) { QApplication::exit(fail(message, 1)); });
    QObject::connect(&instance, &SingleInstance::becamePrimary, &app, [&] {
        services = std::make_unique<AppServices>();
        windows = std::make_unique<ComposerWindows>(services.get());
        QObject::connect(&instance, &SingleInstance::requestReceived, windows.get(), &ComposerWindows::open);
        // A test hook: later launches may ask for every window's fields (docs/ARCHITECTURE.md).
        if (qEnvironmentVariable("MAILWRIGHT_TEST_HOOKS") == QStringLiteral("1"))
            instance.setDescriber([&windows] { return windows->describe(); });
        windows->open(request);
    });
    instance.start(request);
    const int exitCode = QApplication::exec();
    windows.reset(); // before the services they use
    return exitCode;
}
