#include "StoreFixtures.h"
#include "store/ConversationLog.h"
#include "store/DraftStore.h"

#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// A writer process (tests/support/StoreCrashWriter.cpp) stores one record after another and
// is killed with SIGKILL at an arbitrary moment — almost always in the middle of a write. What
// it reported as committed before dying must then be present and intact.
class StoreDurabilityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logSurvivesKillMidWrite();
    void draftRestoredAfterKill();

private:
    // Starts the writer, lets it report at least `reports` writes, kills it, returns its lines.
    QStringList runAndKill(const QStringList &arguments, int reports);
};

QStringList StoreDurabilityTest::runAndKill(const QStringList &arguments, int reports)
{
    QProcess writer;
    writer.setProcessChannelMode(QProcess::SeparateChannels);
    writer.start(QStringLiteral(MAILWRIGHT_CRASH_WRITER), arguments);
    QByteArray out;
    (void)QTest::qWaitFor( // the state checks below say how it ended
        [&] {
            out += writer.readAllStandardOutput();
            return out.count('\n') >= reports || writer.state() == QProcess::NotRunning;
        },
        120000);
    if (writer.state() != QProcess::Running) {
        qWarning("writer: %s", writer.readAllStandardError().constData());
        return {};
    }
    writer.kill(); // SIGKILL: no destructors, no flush, no clean close
    (void)QTest::qWaitFor([&] { return writer.state() == QProcess::NotRunning; }, 30000);
    if (writer.exitStatus() != QProcess::CrashExit)
        qWarning("writer exited by itself: %s", writer.readAllStandardError().constData());
    out += writer.readAllStandardOutput(); // lines written before the kill
    QStringList lines = QString::fromUtf8(out).split(u'\n');
    if (!lines.isEmpty() && !out.endsWith('\n'))
        lines.removeLast(); // a report cut short by the kill is not a report
    lines.removeAll(QString());
    return lines;
}

void StoreDurabilityTest::logSurvivesKillMidWrite()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"conversations.sqlite"_s);
    QMap<int, qint64> committed; // seq → id, over every round
    int nextSeq = 1;
    for (int round = 0; round < 6; ++round) {
        const QStringList lines = runAndKill({ u"log"_s, path, QString::number(nextSeq) }, 5 + round * 4);
        QVERIFY2(!lines.isEmpty(), "the writer reported nothing");
        for (const QString &line : lines) {
            const QStringList parts = line.split(u' ');
            QCOMPARE(parts.size(), 3);
            QCOMPARE(parts.at(0), u"committed"_s);
            committed.insert(parts.at(2).toInt(), parts.at(1).toLongLong());
        }
        nextSeq = committed.lastKey() + 1000; // also skips a session committed but not reported

        ConversationLog log;
        const StoreStatus opened = log.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        const StoreStatus integrity = log.checkIntegrity();
        QVERIFY2(integrity.ok(), qPrintable(integrity.error));

        // Every session ever reported, from this round and all earlier ones, is there and whole.
        for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
            const std::optional<LoggedSession> got = log.session(it.value());
            QVERIFY2(got, qPrintable(u"round %1: session %2 lost"_s.arg(round).arg(it.key())));
            const LoggedSession want = StoreFixtures::session(it.key());
            QCOMPARE(got->subject, want.subject);
            QCOMPARE(got->startedAt, want.startedAt);
            QCOMPARE(got->recipients, want.recipients);
            QCOMPARE(got->outcome, want.outcome);
            QCOMPARE(got->transcript.size(), want.transcript.size());
            for (qsizetype i = 0; i < want.transcript.size(); ++i) {
                QCOMPARE(got->transcript.at(i).text, want.transcript.at(i).text);
                QCOMPARE(got->transcript.at(i).direction, want.transcript.at(i).direction);
                QCOMPARE(got->transcript.at(i).elapsedMs, want.transcript.at(i).elapsedMs);
            }
        }
        // Nothing half-written either: whatever else is there (at most the one session
        // committed just before the kill, not yet reported) is a complete fixture.
        const QList<LoggedSession> all = log.sessions();
        QVERIFY(all.size() >= committed.size());
        QVERIFY(all.size() <= committed.size() + round + 1);
        for (const LoggedSession &s : all) {
            const int seq = s.subject.mid(u"session "_s.size()).toInt();
            QCOMPARE(s.transcriptSize, StoreFixtures::session(seq).transcriptSize);
        }
        QVERIFY(log.append(StoreFixtures::session(nextSeq - 1)).ok()); // and it is still writable
        committed.insert(nextSeq - 1, log.sessions({ u"session %1"_s.arg(nextSeq - 1), {}, {}, 1 }).first().id);
    }
}

void StoreDurabilityTest::draftRestoredAfterKill()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DraftStore store(dir.path());
    QVERIFY(!store.hasUnsavedRecovery());

    const QStringList lines = runAndKill({ u"draft"_s, dir.path() }, 15);
    QVERIFY2(!lines.isEmpty(), "the writer reported nothing");
    const int lastReported = lines.last().split(u' ').value(1).toInt();
    QVERIFY(lastReported >= 15);

    // The next start: a recovery left by a process that did not close normally.
    QVERIFY(store.hasUnsavedRecovery());
    const QList<Draft> recoveries = store.recoveries();
    QCOMPARE(recoveries.size(), 1);
    const Draft &got = recoveries.first();
    const int saved = got.message.subject.mid(u"autosave "_s.size()).toInt();
    QVERIFY2(saved == lastReported || saved == lastReported + 1, qPrintable(got.message.subject));
    const Draft want = StoreFixtures::draft(saved);
    QCOMPARE(got.id, want.id);
    QCOMPARE(got.profileName, want.profileName);
    QCOMPARE(got.message.from, want.message.from);
    QCOMPARE(got.message.to, want.message.to);
    QCOMPARE(got.message.plainBody, want.message.plainBody); // whole, not torn
    QCOMPARE(got.message.attachments.size(), 1);
    QCOMPARE(got.message.attachments.first().filePath, want.message.attachments.first().filePath);

    // Restored and handled: the slot is cleared, and nothing is offered again.
    QVERIFY(store.clearRecovery(got.id));
    QVERIFY(!store.hasUnsavedRecovery());
}

QTEST_GUILESS_MAIN(StoreDurabilityTest)
#include "StoreDurabilityTest.moc"
