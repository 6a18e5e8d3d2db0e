#include "store/DraftStore.h"
#include "store/DraftAutosaver.h"
#include "store/MessageJson.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Message fullMessage(const QString &attachmentPath)
{
    Message m;
    m.from = Mailbox { u"Zhang San"_s, u"zhang@example.cn"_s };
    m.to = { Mailbox { u"Bob"_s, u"bob@example.org"_s }, Mailbox { QString(), u"carol@example.org"_s } };
    m.cc = { Mailbox { u"李四"_s, u"li@例子.中国"_s } };
    m.bcc = { Mailbox { QString(), u"hidden@example.org"_s } };
    m.replyTo = { Mailbox { u"Team"_s, u"team@example.org"_s } };
    m.subject = u"Quarterly report — Q1 ✓"_s;
    m.plainBody = u"Hello\r\n.\r\nline with dot\n"_s;
    m.htmlBody = u"<p>Hello <img src=\"cid:logo\"></p>"_s;
    Attachment logo;
    logo.data = QByteArray("\x89PNG\r\n\x1a\n\0\1\2", 11);
    logo.fileName = u"logo.png"_s;
    logo.contentType = u"image/png"_s;
    logo.contentId = u"logo"_s;
    m.inlineImages = { logo };
    Attachment file;
    file.filePath = attachmentPath;
    file.fileName = u"报告.pdf"_s;
    m.attachments = { file };
    m.extraHeaders = { { QByteArrayLiteral("X-Priority"), u"1"_s } };
    m.date = QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0, 123), Qt::UTC);
    m.messageId = u"abc.123@example.cn"_s;
    return m;
}

void compareMessages(const Message &got, const Message &want)
{
    QCOMPARE(got.from, want.from);
    QCOMPARE(got.to, want.to);
    QCOMPARE(got.cc, want.cc);
    QCOMPARE(got.bcc, want.bcc);
    QCOMPARE(got.replyTo, want.replyTo);
    QCOMPARE(got.subject, want.subject);
    QCOMPARE(got.plainBody, want.plainBody);
    QCOMPARE(got.htmlBody, want.htmlBody);
    QCOMPARE(got.inlineImages.size(), want.inlineImages.size());
    QCOMPARE(got.inlineImages.first().data, want.inlineImages.first().data);
    QCOMPARE(got.inlineImages.first().contentId, want.inlineImages.first().contentId);
    QCOMPARE(got.inlineImages.first().contentType, want.inlineImages.first().contentType);
    QCOMPARE(got.inlineImages.first().fileName, want.inlineImages.first().fileName);
    QCOMPARE(got.attachments.size(), want.attachments.size());
    QCOMPARE(got.attachments.first().filePath, want.attachments.first().filePath);
    QCOMPARE(got.attachments.first().fileName, want.attachments.first().fileName);
    QCOMPARE(got.extraHeaders, want.extraHeaders);
    QCOMPARE(got.date, want.date);
    QCOMPARE(got.messageId, want.messageId);
}

} // namespace

class DraftStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void messageJsonRoundTrip();
    void saveListReopenDrafts();
    void recoverySlotOfThisProcessIsNotOffered();
    void outboxKeepsReasonAndAttachments();
    void scheduledMessagesWaitInTheOutbox();
    void sentMessagesAreKeptWithTheirFiles();
    void refusesUnsafeIds();
    void ignoresDamagedFiles();
    void autosaverSavesAfterDelay();
    void autosaverDiscardClearsSlot();
    void recoveryOfARunningSiblingIsNotOffered();
    void sleepAsSibling(); // only as the child of the test above

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_attachment;
};

void DraftStoreTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_attachment = m_dir->filePath(u"report.pdf"_s);
    QFile file(m_attachment);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4\n");
}

void DraftStoreTest::messageJsonRoundTrip()
{
    const Message m = fullMessage(m_attachment);
    compareMessages(MessageJson::fromJson(MessageJson::toJson(m)), m);
    const Message empty = MessageJson::fromJson(MessageJson::toJson(Message()));
    QVERIFY(!empty.date.isValid());
    QVERIFY(empty.to.isEmpty());
}

void DraftStoreTest::saveListReopenDrafts()
{
    DraftStore store(m_dir->filePath(u"data"_s));
    QSignalSpy changed(&store, &DraftStore::draftsChanged);
    Draft first;
    first.profileName = u"Work"_s;
    first.message = fullMessage(m_attachment);
    const DraftSaveResult saved = store.saveDraft(first);
    QVERIFY2(saved.ok(), qPrintable(saved.error));
    QVERIFY(!saved.id.isEmpty());
    QCOMPARE(changed.size(), 1);

    QTest::qWait(5); // distinct savedAt
    Draft second;
    second.message.subject = u"second"_s;
    const QString secondId = store.saveDraft(second).id;

    // Reopened by another store object (the next run).
    DraftStore reopened(m_dir->filePath(u"data"_s));
    const QList<Draft> drafts = reopened.drafts();
    QCOMPARE(drafts.size(), 2);
    QCOMPARE(drafts.at(0).id, secondId); // newest first
    QCOMPARE(drafts.at(1).id, saved.id);
    const std::optional<Draft> got = reopened.draft(saved.id);
    QVERIFY(got);
    QCOMPARE(got->profileName, u"Work"_s);
    QVERIFY(got->savedAt.isValid());
    compareMessages(got->message, first.message);

    // Saving again under the same id replaces it.
    Draft edited = *got;
    edited.message.subject = u"edited"_s;
    QCOMPARE(reopened.saveDraft(edited).id, saved.id);
    QCOMPARE(store.draft(saved.id)->message.subject, u"edited"_s);
    QCOMPARE(store.drafts().size(), 2);

    QVERIFY(store.removeDraft(saved.id));
    QVERIFY(!store.removeDraft(saved.id));
    QVERIFY(!store.draft(saved.id));
    QCOMPARE(store.drafts().size(), 1);
}

void DraftStoreTest::recoverySlotOfThisProcessIsNotOffered()
{
    DraftStore store(m_dir->filePath(u"data"_s));
    Draft d;
    d.message.subject = u"open in this window"_s;
    const DraftSaveResult saved = store.saveRecovery(d);
    QVERIFY(saved.ok());
    QVERIFY(QFile::exists(m_dir->filePath(u"data/recovery/"_s + saved.id + u".json"_s)));
    QVERIFY(!store.hasUnsavedRecovery()); // our own autosave: not a crash
    QVERIFY(store.clearRecovery(saved.id));
    QVERIFY(!QFile::exists(m_dir->filePath(u"data/recovery/"_s + saved.id + u".json"_s)));
}

void DraftStoreTest::scheduledMessagesWaitInTheOutbox()
{
    DraftStore store(m_dir->filePath(u"data"_s));
    OutboxItem item;
    item.profileName = u"Work"_s;
    item.message = fullMessage(m_attachment);
    const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(3600);
    const DraftSaveResult scheduled = store.scheduleInOutbox(item, when.toLocalTime());
    QVERIFY2(scheduled.ok(), qPrintable(scheduled.error));

    // Read back by another store (another run): the time, in UTC, to the millisecond.
    const std::optional<OutboxItem> read = DraftStore(m_dir->filePath(u"data"_s)).outboxItem(scheduled.id);
    QVERIFY(read);
    QVERIFY(read->isScheduled());
    QCOMPARE(read->scheduledFor, when);
    QCOMPARE(read->attempts, 0); // waiting is not an attempt
    QVERIFY(read->reason.isEmpty());
    compareMessages(read->message, item.message);

    // Moved to another time: still one entry. Then it fails: an ordinary outbox item now,
    // waiting for the person rather than for a time, after its first attempt.
    QVERIFY(store.scheduleInOutbox(*read, when.addSecs(60)).ok());
    QCOMPARE(store.outbox().size(), 1);
    QCOMPARE(store.outboxItem(scheduled.id)->scheduledFor, when.addSecs(60));
    OutboxItem failed = *store.outboxItem(scheduled.id);
    failed.reason = u"Connection refused."_s;
    QVERIFY(store.addToOutbox(failed).ok());
    QVERIFY(!store.outboxItem(scheduled.id)->isScheduled());
    QCOMPARE(store.outboxItem(scheduled.id)->attempts, 1);
}

void DraftStoreTest::sentMessagesAreKeptWithTheirFiles()
{
    DraftStore store(m_dir->filePath(u"data"_s));
    QSignalSpy changed(&store, &DraftStore::sentChanged);
    const QString second = m_dir->filePath(u"second.txt"_s);
    QFile file(second);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("second attachment");
    file.close();

    SentItem item;
    item.profileName = u"Work"_s;
    item.message = fullMessage(m_attachment);
    Attachment more;
    more.filePath = second;
    item.message.attachments << more;
    item.outcome = Smtp::Outcome::PartlyRefused;
    item.refused = { u"nobody@example.org"_s };
    const DraftSaveResult added = store.addToSent(item);
    QVERIFY2(added.ok(), qPrintable(added.error));
    QCOMPARE(changed.size(), 1);
    SentItem older = item;
    older.sentAt = QDateTime::currentDateTimeUtc().addDays(-1);
    QVERIFY(store.addToSent(older).ok());

    const QList<SentItem> sent = DraftStore(m_dir->filePath(u"data"_s)).sent();
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.first().id, added.id); // newest first
    QCOMPARE(sent.first().outcome, Smtp::Outcome::PartlyRefused);
    QCOMPARE(sent.first().refused, item.refused);
    QCOMPARE(sent.first().files.size(), 2);
    compareMessages(sent.first().message, item.message);
    QVERIFY(DraftStore::changedFiles(sent.first()).isEmpty());

    // One file changes, one goes: both are named, so "Edit as New" can say so.
    QVERIFY(file.open(QIODevice::Append));
    file.write(" and more");
    file.close();
    QVERIFY(QFile::remove(m_attachment));
    QCOMPARE(DraftStore::changedFiles(sent.first()), (QStringList { m_attachment, second }));
    // Edit as New: a new message, not the old one's id.
    QVERIFY(sent.first().toDraft().id.isEmpty());

    QVERIFY(store.removeFromSent(added.id));
    QCOMPARE(store.sent().size(), 1);
}

void DraftStoreTest::outboxKeepsReasonAndAttachments()
{
    DraftStore store(m_dir->filePath(u"data"_s));
    QSignalSpy changed(&store, &DraftStore::outboxChanged);
    OutboxItem item;
    item.profileName = u"Work"_s;
    item.message = fullMessage(m_attachment);
    item.reason = u"The server requires encryption: choose STARTTLS or SSL/TLS in the profile."_s;
    item.outcome = Smtp::Outcome::Failed;
    item.failure = Smtp::Failure::Tls;
    const DraftSaveResult added = store.addToOutbox(item);
    QVERIFY2(added.ok(), qPrintable(added.error));
    QCOMPARE(changed.size(), 1);

    const QList<OutboxItem> outbox = DraftStore(m_dir->filePath(u"data"_s)).outbox();
    QCOMPARE(outbox.size(), 1);
    QCOMPARE(outbox.first().id, added.id);
    QCOMPARE(outbox.first().reason, item.reason);
    QCOMPARE(outbox.first().failure, Smtp::Failure::Tls);
    QCOMPARE(outbox.first().outcome, Smtp::Outcome::Failed);
    QCOMPARE(outbox.first().attempts, 1);
    QVERIFY(outbox.first().failedAt.isValid());
    compareMessages(outbox.first().message, item.message);
    QVERIFY(DraftStore::missingFiles(outbox.first().message).isEmpty());

    // Retried and failed again: same entry, one more attempt, the new reason.
    OutboxItem again = outbox.first();
    again.reason = u"Connection refused."_s;
    again.failedAt = QDateTime();
    QVERIFY(store.addToOutbox(again).ok());
    QCOMPARE(store.outbox().size(), 1);
    QCOMPARE(store.outboxItem(added.id)->attempts, 2);
    QCOMPARE(store.outboxItem(added.id)->reason, u"Connection refused."_s);

    QVERIFY(QFile::remove(m_attachment));
    QCOMPARE(DraftStore::missingFiles(store.outboxItem(added.id)->message), QStringList { m_attachment });

    QVERIFY(store.removeFromOutbox(added.id));
    QVERIFY(store.outbox().isEmpty());
}

void DraftStoreTest::refusesUnsafeIds()
{
    DraftStore store(m_dir->filePath(u"data"_s));
    Draft d;
    d.id = u"../escape"_s;
    QVERIFY(!store.saveDraft(d).ok());
    QVERIFY(!store.saveRecovery(d).ok());
    QVERIFY(!store.draft(u"../escape"_s));
    QVERIFY(!store.removeDraft(u"../../etc/passwd"_s));
}

void DraftStoreTest::ignoresDamagedFiles()
{
    DraftStore store(m_dir->filePath(u"data"_s));
    Draft d;
    d.message.subject = u"good"_s;
    QVERIFY(store.saveDraft(d).ok());
    QFile bad(m_dir->filePath(u"data/drafts/bad.json"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"id\": \"bad\", \"mess"); // torn by something other than us
    bad.close();
    QFile temp(m_dir->filePath(u"data/drafts/x.json.aBcDeF"_s)); // a QSaveFile leftover
    QVERIFY(temp.open(QIODevice::WriteOnly));
    temp.close();
    const QList<Draft> drafts = store.drafts();
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().message.subject, u"good"_s);
}

void DraftStoreTest::autosaverSavesAfterDelay()
{
    DraftStore store(m_dir->filePath(u"data"_s));
    DraftAutosaver autosaver(&store);
    autosaver.setDelayMs(50);
    QSignalSpy saved(&autosaver, &DraftAutosaver::saved);
    Draft d;
    d.message.subject = u"v1"_s;
    autosaver.update(d);
    QVERIFY(autosaver.hasPendingChange());
    QCOMPARE(saved.size(), 0); // not at once
    d.message.subject = u"v2"_s;
    autosaver.update(d);
    QVERIFY(saved.wait(5000));
    QCOMPARE(saved.size(), 1); // both changes in one write
    const QString id = saved.first().first().toString();
    QCOMPARE(autosaver.draftId(), id);
    QVERIFY(!autosaver.hasPendingChange());

    d.message.subject = u"v3"_s;
    autosaver.update(d); // same slot, though the composer's draft has no id
    autosaver.flush();
    QCOMPARE(saved.size(), 2);
    QCOMPARE(saved.last().first().toString(), id);
    const std::optional<QJsonObject> file = [&] {
        QFile f(m_dir->filePath(u"data/recovery/"_s + id + u".json"_s));
        return f.open(QIODevice::ReadOnly) ? std::optional<QJsonObject>(QJsonDocument::fromJson(f.readAll()).object())
                                           : std::nullopt;
    }();
    QVERIFY(file);
    QCOMPARE(file->value(u"message"_s).toObject().value(u"subject"_s).toString(), u"v3"_s);
}

void DraftStoreTest::autosaverDiscardClearsSlot()
{
    DraftStore store(m_dir->filePath(u"data"_s));
    const QString slot = m_dir->filePath(u"data/recovery"_s);
    {
        DraftAutosaver autosaver(&store);
        autosaver.setDelayMs(60'000);
        Draft d;
        d.message.subject = u"typed"_s;
        autosaver.update(d);
        autosaver.flush();
        QCOMPARE(QDir(slot).entryList(QDir::Files).size(), 1);
        autosaver.discard(); // sent, or closed on purpose
        QCOMPARE(QDir(slot).entryList(QDir::Files).size(), 0);
        autosaver.update(d); // pending when destroyed: saved on the way out
    }
    QCOMPARE(QDir(slot).entryList(QDir::Files).size(), 1);
}

namespace {

// Rewrites the pid a recovery slot was written by, as if another process had written it.
bool setSlotPid(const QString &file, qint64 pid)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    o.insert(u"pid"_s, pid);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(QJsonDocument(o).toJson()) > 0;
}

} // namespace

void DraftStoreTest::recoveryOfARunningSiblingIsNotOffered()
{
    DraftStore store(m_dir->filePath(u"data"_s));
    Draft d;
    d.message.subject = u"open in another window"_s;
    const DraftSaveResult saved = store.saveRecovery(d);
    QVERIFY(saved.ok());
    const QString file = m_dir->filePath(u"data/recovery/"_s + saved.id + u".json"_s);

    // Another copy of this very program, alive: its slot is its own.
    QProcess sibling;
    sibling.setProcessEnvironment([] {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MAILWRIGHT_TEST_SLEEPER"_s, u"1"_s);
        return env;
    }());
    sibling.start(QCoreApplication::applicationFilePath(), { u"sleepAsSibling"_s });
    QVERIFY(sibling.waitForStarted());
    QVERIFY(setSlotPid(file, sibling.processId()));
    QVERIFY(!store.hasUnsavedRecovery());

    // Once it has died (killed, crashed), what it left is offered.
    sibling.kill();
    QVERIFY(sibling.waitForFinished());
    QVERIFY(store.hasUnsavedRecovery());
    QCOMPARE(store.recoveries().constFirst().message.subject, u"open in another window"_s);
}

void DraftStoreTest::sleepAsSibling()
{
    if (qEnvironmentVariable("MAILWRIGHT_TEST_SLEEPER") != u"1"_s)
        QSKIP("only run as the sibling process of recoveryOfARunningSiblingIsNotOffered");
    QTest::qWait(60'000);
}

QTEST_GUILESS_MAIN(DraftStoreTest)
#include "DraftStoreTest.moc"
