#include "store/ConversationLog.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

TranscriptEntry entry(qint64 ms, Smtp::Direction direction, const QString &text)
{
    TranscriptEntry e;
    e.elapsedMs = ms;
    e.direction = direction;
    e.text = text;
    return e;
}

LoggedSession makeSession(const QString &subject, const QString &profile, Smtp::Outcome outcome,
    const QDateTime &startedAt, const QString &serverLine = u"250 2.0.0 queued"_s)
{
    LoggedSession s;
    s.startedAt = startedAt;
    s.kind = LoggedSession::Kind::Send;
    s.origin = LoggedSession::Origin::Gui;
    s.profile = profile;
    s.server = u"smtp.example.org:587"_s;
    s.subject = subject;
    s.recipients = { u"bob@example.org"_s, u"李四@例子.中国"_s };
    s.outcome = outcome;
    s.resultMessage = u"Result for "_s + subject;
    s.transcript = { entry(0, Smtp::Direction::Info, u"Connecting to smtp.example.org:587"_s),
        entry(12, Smtp::Direction::Server, u"220 smtp.example.org ESMTP"_s),
        entry(13, Smtp::Direction::Client, u"EHLO client.example"_s),
        entry(20, Smtp::Direction::Client, u"AUTH PLAIN <redacted>"_s),
        entry(30, Smtp::Direction::Server, serverLine) };
    return s;
}

const QDateTime t0 = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);

} // namespace

class ConversationLogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void defaultLocationIsAppData();
    void appendAndFetchRoundTrip();
    void filter_data();
    void filter();
    void removeSessions();
    void retention();
    void exportAsText();
    void refusesFileThatIsNotALog();
    void keepsSessionsWithEmptyText();
    void opensAVersionOneLog();

private:
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConversationLog> m_log;
};

void ConversationLogTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"mailwright-test"_s);
}

void ConversationLogTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"log/conversations.sqlite"_s);
    m_log = std::make_unique<ConversationLog>();
    const StoreStatus opened = m_log->open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.error));
}

void ConversationLogTest::cleanup()
{
    m_log.reset();
    m_dir.reset();
}

void ConversationLogTest::defaultLocationIsAppData()
{
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(appData.contains(u"qttest"_s)); // test mode: never the person's own log
    QCOMPARE(ConversationLog::defaultFilePath(), appData + u"/conversations.sqlite"_s);
}

void ConversationLogTest::appendAndFetchRoundTrip()
{
    QSignalSpy added(m_log.get(), &ConversationLog::sessionAdded);
    LoggedSession s = makeSession(u"Quarterly report ✓"_s, u"Work"_s, Smtp::Outcome::PartlyRefused, t0);
    s.kind = LoggedSession::Kind::ConnectionTest;
    s.origin = LoggedSession::Origin::Cli;
    const LogAppendResult appended = m_log->append(s);
    QVERIFY2(appended.ok(), qPrintable(appended.error));
    QVERIFY(appended.id > 0);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.at(0).at(0).toLongLong(), appended.id);

    // A second object on the same file (as mailwright-send would be) sees it whole.
    ConversationLog other;
    QVERIFY(other.open(m_path).ok());
    const std::optional<LoggedSession> got = other.session(appended.id);
    QVERIFY(got);
    QCOMPARE(got->id, appended.id);
    QCOMPARE(got->startedAt, t0);
    QCOMPARE(got->kind, LoggedSession::Kind::ConnectionTest);
    QCOMPARE(got->origin, LoggedSession::Origin::Cli);
    QCOMPARE(got->profile, s.profile);
    QCOMPARE(got->server, s.server);
    QCOMPARE(got->subject, s.subject);
    QCOMPARE(got->recipients, s.recipients);
    QCOMPARE(got->outcome, Smtp::Outcome::PartlyRefused);
    QCOMPARE(got->resultMessage, s.resultMessage);
    QCOMPARE(got->transcriptSize, 5);
    QCOMPARE(got->transcript.size(), s.transcript.size());
    for (qsizetype i = 0; i < s.transcript.size(); ++i) {
        QCOMPARE(got->transcript.at(i).elapsedMs, s.transcript.at(i).elapsedMs);
        QCOMPARE(got->transcript.at(i).direction, s.transcript.at(i).direction);
        QCOMPARE(got->transcript.at(i).text, s.transcript.at(i).text);
    }
    QVERIFY(!other.session(appended.id + 1));

    SendResult result;
    result.outcome = Smtp::Outcome::Refused;
    result.message = u"The server refused the message."_s;
    s.setResult(result);
    QCOMPARE(s.outcome, Smtp::Outcome::Refused);
    QCOMPARE(s.resultMessage, result.message);
    QVERIFY(m_log->checkIntegrity().ok());
}

void ConversationLogTest::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("outcome"); // -1: any
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QStringList>("subjects"); // newest first
    const int any = -1;
    QTest::newRow("everything") << QString() << any << QString() << QStringList { u"gamma"_s, u"beta"_s, u"alpha"_s };
    QTest::newRow("subject") << u"BETA"_s << any << QString() << QStringList { u"beta"_s };
    QTest::newRow("recipient") << u"carol@"_s << any << QString() << QStringList { u"gamma"_s };
    QTest::newRow("transcript line") << u"5.7.1 relay denied"_s << any << QString() << QStringList { u"beta"_s };
    QTest::newRow("result message") << u"result for alpha"_s << any << QString() << QStringList { u"alpha"_s };
    QTest::newRow("server") << u"smtp.example"_s << any << QString()
                            << QStringList { u"gamma"_s, u"beta"_s, u"alpha"_s };
    QTest::newRow("LIKE wildcards are literal") << u"%"_s << any << QString() << QStringList { u"gamma"_s };
    QTest::newRow("underscore is literal") << u"a_b"_s << any << QString() << QStringList {};
    QTest::newRow("outcome") << QString() << int(Smtp::Outcome::Sent) << QString()
                             << QStringList { u"gamma"_s, u"alpha"_s };
    QTest::newRow("profile") << QString() << any << u"Home"_s << QStringList { u"beta"_s };
    QTest::newRow("all three") << u"queued"_s << int(Smtp::Outcome::Sent) << u"Work"_s
                               << QStringList { u"gamma"_s, u"alpha"_s };
    QTest::newRow("no match") << u"nothing like this"_s << any << QString() << QStringList {};
}

void ConversationLogTest::filter()
{
    QFETCH(QString, text);
    QFETCH(int, outcome);
    QFETCH(QString, profile);
    QFETCH(QStringList, subjects);
    QVERIFY(m_log->append(makeSession(u"alpha"_s, u"Work"_s, Smtp::Outcome::Sent, t0)).ok());
    QVERIFY(m_log
                ->append(makeSession(
                    u"beta"_s, u"Home"_s, Smtp::Outcome::Refused, t0.addSecs(60), u"550 5.7.1 Relay denied"_s))
                .ok());
    LoggedSession gamma
        = makeSession(u"gamma"_s, u"Work"_s, Smtp::Outcome::Sent, t0.addSecs(120), u"250 ok: 100% queued"_s);
    gamma.recipients.append(u"carol@example.org"_s);
    QVERIFY(m_log->append(gamma).ok());

    LogFilter filter;
    filter.text = text;
    if (outcome >= 0)
        filter.outcome = Smtp::Outcome(outcome);
    filter.profile = profile;
    QStringList got;
    const QList<LoggedSession> found = m_log->sessions(filter);
    for (const LoggedSession &s : found) {
        got.append(s.subject);
        QVERIFY(s.transcript.isEmpty()); // listings leave transcripts out
        QCOMPARE(s.transcriptSize, 5);
    }
    QCOMPARE(got, subjects);
    QCOMPARE(m_log->profiles(), (QStringList { u"Home"_s, u"Work"_s }));

    filter = LogFilter();
    filter.limit = 2;
    QCOMPARE(m_log->sessions(filter).size(), 2);
}

void ConversationLogTest::removeSessions()
{
    const qint64 a = m_log->append(makeSession(u"a"_s, u"Work"_s, Smtp::Outcome::Sent, t0)).id;
    const qint64 b = m_log->append(makeSession(u"b"_s, u"Work"_s, Smtp::Outcome::Sent, t0)).id;
    const qint64 c = m_log->append(makeSession(u"c"_s, u"Work"_s, Smtp::Outcome::Sent, t0)).id;
    QSignalSpy removed(m_log.get(), &ConversationLog::sessionsRemoved);
    QVERIFY(m_log->remove({ a, c }));
    QCOMPARE(removed.size(), 1);
    QVERIFY(!m_log->session(a));
    QVERIFY(m_log->session(b));
    QVERIFY(!m_log->session(c));
    QCOMPARE(m_log->sessions().size(), 1);
    QVERIFY(m_log->checkIntegrity().ok()); // no orphaned transcript lines counted against b
}

void ConversationLogTest::retention()
{
    const QDateTime now = QDateTime::currentDateTimeUtc(); // open() applies retention against the clock
    for (const int daysAgo : { 0, 10, 29, 31, 90 }) {
        QVERIFY(
            m_log->append(makeSession(u"%1 days"_s.arg(daysAgo), u"Work"_s, Smtp::Outcome::Sent, now.addDays(-daysAgo)))
                .ok());
    }
    QCOMPARE(m_log->removeOlderThan(30, now), 2);
    QStringList left;
    const QList<LoggedSession> all = m_log->sessions();
    for (const LoggedSession &s : all)
        left.append(s.subject);
    QCOMPARE(left, (QStringList { u"0 days"_s, u"10 days"_s, u"29 days"_s }));
    QCOMPARE(m_log->removeOlderThan(0, now), 0); // 0: keep forever

    QCOMPARE(m_log->retentionDays(), 0);
    QVERIFY(m_log->setRetentionDays(20));
    {
        ConversationLog other; // the setting lives in the log, shared with the CLI,
        QVERIFY(other.open(m_path).ok()); // and opening applies it: "29 days" goes
        QCOMPARE(other.retentionDays(), 20);
        QCOMPARE(other.sessions().size(), 2);
        QCOMPARE(other.applyRetention(now.addDays(11)), 1); // 11 days on, "10 days" is 21 days old
    }
    QCOMPARE(m_log->sessions().size(), 1);
    QVERIFY(m_log->checkIntegrity().ok());
}

void ConversationLogTest::exportAsText()
{
    const LoggedSession s = makeSession(u"Export me"_s, u"Work"_s, Smtp::Outcome::Sent, t0);
    const qint64 id = m_log->append(s).id;
    const qint64 id2 = m_log->append(makeSession(u"Second"_s, u"Home"_s, Smtp::Outcome::Failed, t0)).id;
    const QString text = m_log->exportText({ id, id2 });
    const QStringList lines = text.split(u'\n');
    QVERIFY(lines.first().startsWith(u"Session %1 — "_s.arg(id)));
    QVERIFY(text.contains(u"Profile: Work\n"_s));
    QVERIFY(text.contains(u"Server: smtp.example.org:587\n"_s));
    QVERIFY(text.contains(u"Subject: Export me\n"_s));
    QVERIFY(text.contains(u"Recipients: bob@example.org, 李四@例子.中国\n"_s));
    QVERIFY(text.contains(u"Outcome: Sent\n"_s));
    QVERIFY(text.contains(u"Result: Result for Export me\n"_s));
    for (const TranscriptEntry &e : s.transcript)
        QVERIFY2(lines.contains(e.toDisplayLine()), qPrintable(e.toDisplayLine()));
    QVERIFY(text.contains(u"AUTH PLAIN <redacted>"_s));
    QVERIFY(text.contains(u"Session %1 — "_s.arg(id2)));
    QVERIFY(text.contains(u"Outcome: Failed\n"_s));
    QCOMPARE(ConversationLog::toText(*m_log->session(id)) + u'\n', text.left(text.indexOf(u"Session %1"_s.arg(id2))));
}

void ConversationLogTest::refusesFileThatIsNotALog()
{
    const QString bogus = m_dir->filePath(u"bogus.sqlite"_s);
    QFile file(bogus);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    ConversationLog log;
    const StoreStatus status = log.open(bogus);
    QVERIFY(!status.ok());
    QVERIFY(!log.append(makeSession(u"x"_s, u"Work"_s, Smtp::Outcome::Sent, t0)).ok());
    QVERIFY(log.sessions().isEmpty());
}

void ConversationLogTest::keepsSessionsWithEmptyText()
{
    // A CLI send without --profile or --subject, with the blank line that ends the headers.
    LoggedSession s;
    s.startedAt = QDateTime::currentDateTimeUtc();
    s.server = u"127.0.0.1:25"_s;
    TranscriptEntry blank;
    blank.direction = Smtp::Direction::Client;
    s.transcript = { blank };
    const LogAppendResult appended = m_log->append(s);
    QVERIFY2(appended.ok(), qPrintable(appended.error));
    const std::optional<LoggedSession> back = m_log->session(appended.id);
    QVERIFY(back);
    QVERIFY(back->profile.isEmpty());
    QVERIFY(back->subject.isEmpty());
    QCOMPARE(back->transcript.size(), 1);
    QVERIFY(back->transcript.constFirst().text.isEmpty());
}

void ConversationLogTest::opensAVersionOneLog()
{
    // A log written before sessions had a stage: opened, kept, and extended in place.
    const QString path = m_dir->filePath(u"v1.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE sessions (id INTEGER PRIMARY KEY AUTOINCREMENT, started_ms INTEGER NOT NULL,"
                       u" kind TEXT NOT NULL, origin TEXT NOT NULL, profile TEXT NOT NULL DEFAULT '',"
                       u" server TEXT NOT NULL DEFAULT '', subject TEXT NOT NULL DEFAULT '',"
                       u" recipients TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL,"
                       u" result_message TEXT NOT NULL DEFAULT '', entry_count INTEGER NOT NULL DEFAULT 0)"_s));
        QVERIFY(q.exec(u"INSERT INTO sessions (started_ms, kind, origin, server, subject, outcome) VALUES"
                       u" (1714557600000, 'Send', 'Cli', 'smtp.example.org:587', 'Old one', 'Sent')"_s));
        QVERIFY(q.exec(u"PRAGMA user_version=1"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);

    ConversationLog log;
    const StoreStatus opened = log.open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error));
    QList<LoggedSession> sessions = log.sessions();
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(sessions.constFirst().subject, u"Old one"_s);
    QCOMPARE(sessions.constFirst().stage, Smtp::State::Idle);

    LoggedSession failed = makeSession(u"New one"_s, u"Work"_s, Smtp::Outcome::Failed, t0.addDays(1));
    failed.stage = Smtp::State::Auth;
    QVERIFY(log.append(failed).ok());
    sessions = log.sessions();
    QCOMPARE(sessions.size(), 2);
    QCOMPARE(sessions.constFirst().stage, Smtp::State::Auth);
}

QTEST_GUILESS_MAIN(ConversationLogTest)
#include "ConversationLogTest.moc"
