// mailwright-send: the SMTP engine on the command line (see SendCommand).
#include "SendCommand.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] ssize_t n = ::write(signalPipe[1], &byte, 1); // async-signal-safe
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The window's names, not our own: QStandardPaths derives the folders from them, and the
    // CLI must read the profiles and append to the conversation log the window uses.
    QCoreApplication::setOrganizationName(QStringLiteral("Mailwright"));
    QCoreApplication::setApplicationName(QStringLiteral("Mailwright"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILWRIGHT_VERSION));
    Translations::install(); // the person's language, like the window's

    SendCommand command;
    // Ctrl+C cancels the send (exit 7) instead of killing it mid-conversation.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &command, [&command] {
            char byte;
            [[maybe_unused]] ssize_t n = ::read(signalPipe[0], &byte, 1);
            command.cancel();
        });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    QObject::connect(&command, &SendCommand::done, &app, &QCoreApplication::exit);
    const int immediate = command.start(app.arguments());
    if (immediate >= 0)
        return immediate;
    return app.exec();
}
