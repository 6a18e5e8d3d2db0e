// Writes to a store in a loop until it is killed, reporting each completed write on stdout.
// StoreDurabilityTest kills it with SIGKILL at an arbitrary moment and checks what survived.
//
//   mailwright-store-crash-writer log LOGFILE FIRSTSEQ   prints "committed ID SEQ" per session
//   mailwright-store-crash-writer draft DIRECTORY         prints "saved N" per recovery autosave

#include "StoreFixtures.h"
#include "store/ConversationLog.h"
#include "store/DraftStore.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args.at(1) == QLatin1String("log")) {
        ConversationLog log;
        const StoreStatus opened = log.open(args.at(2));
        if (!opened.ok()) {
            std::fprintf(stderr, "open: %s\n", qPrintable(opened.error));
            return 1;
        }
        for (int seq = args.at(3).toInt();; ++seq) {
            const LogAppendResult result = log.append(StoreFixtures::session(seq));
            if (!result.ok()) {
                std::fprintf(stderr, "append: %s\n", qPrintable(result.error));
                return 1;
            }
            std::printf("committed %lld %d\n", static_cast<long long>(result.id), seq);
            std::fflush(stdout);
        }
    }
    if (args.size() >= 3 && args.at(1) == QLatin1String("draft")) {
        DraftStore store(args.at(2));
        for (int n = 1;; ++n) {
            const DraftSaveResult result = store.saveRecovery(StoreFixtures::draft(n));
            if (!result.ok()) {
                std::fprintf(stderr, "save: %s\n", qPrintable(result.error));
                return 1;
            }
            std::printf("saved %d\n", n);
            std::fflush(stdout);
        }
    }
    std::fprintf(stderr, "usage: %s log LOGFILE FIRSTSEQ | draft DIRECTORY\n", argv[0]);
    return 2;
}
