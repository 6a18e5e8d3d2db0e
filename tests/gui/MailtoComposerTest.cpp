// The composer opened from mailto: links, driven by object name on the offscreen platform: the
// fields a link fills, the notes on what it left out, and the files it asks for — refused
// outright when they are hidden or system files, otherwise shown as requested by the link and
// sent only after the one confirmation Send asks for.
#include "AttachmentList.h"
#include "AttachmentModel.h"
#include "BodyEditor.h"
#include "ComposerWindow.h"
#include "ComposerWindows.h"
#include "ScriptedSmtpServer.h"
#include "SenderChooser.h"
#include "TestServices.h"
#include "WidgetTestSupport.h"

#include "account/MemorySecretStore.h"
#include "account/ProfileStore.h"
#include "mailto/MailtoLink.h"
#include "send/AppServices.h"
#include "store/ConversationLog.h"
#include "store/DraftStore.h"

#include <QDir>
#include <QFile>
#include <QFrame>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QUrl>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

QString percentEncoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QStringList requestedFiles(ComposerWindow &window)
{
    return window.attachmentList()->model()->requestedFiles();
}

const QStringList sendScript = {
    u"S: 220 scripted.test ESMTP"_s,
    u"C: EHLO *"_s,
    u"S: 250 scripted.test"_s,
    u"C: MAIL FROM:<ann@example.org>*"_s,
    u"S: 250 2.1.0 ok"_s,
    u"C: RCPT TO:<bob@example.org>*"_s,
    u"S: 250 2.1.5 ok"_s,
    u"C: DATA"_s,
    u"S: 354 go ahead"_s,
    u"DATA"_s,
    u"S: 250 2.0.0 queued"_s,
    u"C: QUIT"_s,
    u"S: 221 bye"_s,
};

} // namespace

class MailtoComposerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void linkFillsTheFields();
    void brokenLinkIsExplained();
    void refusedFilesAreListedNotShown_data();
    void refusedFilesAreListedNotShown();
    void requestedFilesAreMarked();
    void sendAsksOnceThenSendsTheFiles();
    void cancelOrRemoveSendsNothing();
    void requestedFilesStayOutOfDrafts();
    void commandLineFilesAttachDirectly();
    void eachRequestOpensAWindow();

private:
    void chooseSender(ComposerWindow &window, quint16 port);
    QString fixture(const QString &relative) const { return m_home->filePath(relative); }

    std::unique_ptr<QTemporaryDir> m_home; // a home with ordinary, hidden and special files
    std::unique_ptr<QTemporaryDir> m_storeDir;
    std::unique_ptr<AppServices> m_services;
};

void MailtoComposerTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"MailwrightTest"_s);
    QCoreApplication::setApplicationName(u"MailtoComposerTest"_s);
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, fixture(u"settings"_s));
    const QDir home(m_home->path());
    QVERIFY(home.mkpath(u".ssh"_s));
    QVERIFY(home.mkpath(u"Documents/folder"_s));
    for (const QString &name : { u"Documents/report.pdf"_s, u"Documents/notes.txt"_s, u".ssh/id_rsa"_s }) {
        QFile file(fixture(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("contents of " + name.toUtf8() + '\n');
    }
    QVERIFY(QFile::link(fixture(u".ssh/id_rsa"_s), fixture(u"Documents/cv.pdf"_s)));
    QCOMPARE(::mkfifo(QFile::encodeName(fixture(u"Documents/pipe"_s)).constData(), 0600), 0);
}

void MailtoComposerTest::init()
{
    QSettings().clear();
    m_services.reset();
    m_storeDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_storeDir->isValid());
    m_services = makeTestServices(m_storeDir->path(), new MemorySecretStore);
}

void MailtoComposerTest::cleanup()
{
    QTest::qWait(0); // boxes opened with open() go with their windows
}

void MailtoComposerTest::chooseSender(ComposerWindow &window, quint16 port)
{
    AccountProfile profile;
    profile.name = u"Scripted"_s;
    profile.senderName = u"Ann Lee"_s;
    profile.senderAddress = u"ann@example.org"_s;
    profile.host = u"127.0.0.1"_s;
    profile.port = port;
    profile.security = Smtp::Security::None;
    profile.timeoutSeconds = 20;
    const ProfileStoreResult saved = m_services->profiles()->save(profile);
    QVERIFY2(saved.ok(), qPrintable(saved.error));
    Q_EMIT m_services->profilesChanged();
    window.senderChooser()->selectProfile(profile.name);
}

void MailtoComposerTest::linkFillsTheFields()
{
    ComposerWindow window(m_services.get());
    window.show();
    window.openLink(MailtoLink::parse(
        u"mailto:bob@example.org?cc=Cy%20%3Ccy@example.org%3E&bcc=dee@example.org&subject=Quarterly%20%E6%8A%A5%E5%91%"
        u"8A"
        "&body=Hello%2C%0D%0A.%0D%0ABye&in-reply-to=%3C42@example.org%3E&From=ceo@example.org&X-Evil=1"_s));

    QCOMPARE(child<QLineEdit>(&window, u"toLineEdit"_s)->text(), u"bob@example.org"_s);
    QCOMPARE(child<QLineEdit>(&window, u"ccLineEdit"_s)->text(), u"Cy <cy@example.org>"_s);
    QCOMPARE(child<QLineEdit>(&window, u"bccLineEdit"_s)->text(), u"dee@example.org"_s);
    // A link's Bcc is never hidden from the person.
    QVERIFY(child<QLineEdit>(&window, u"bccLineEdit"_s)->isVisible());
    QCOMPARE(child<QLineEdit>(&window, u"subjectLineEdit"_s)->text(), u"Quarterly 报告"_s);
    QCOMPARE(window.bodyEditor()->textEdit()->toPlainText(), u"Hello,\n.\nBye"_s);
    QCOMPARE(window.windowTitle(), u"Quarterly 报告 — Mailwright"_s);
    const Message typed = window.typedMessage();
    QCOMPARE(typed.extraHeaders.size(), 1);
    QCOMPARE(typed.extraHeaders.constFirst().first, QByteArray("In-Reply-To"));
    QCOMPARE(typed.extraHeaders.constFirst().second, u"<42@example.org>"_s);

    // What was left out is listed above the fields, each with its reason.
    QVERIFY(child<QFrame>(&window, u"linkInfoFrame"_s)->isVisible());
    const QString notes = child<QLabel>(&window, u"linkInfoLabel"_s)->text();
    QVERIFY2(notes.contains(u"“From”"_s) && notes.contains(u"who the message is from"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"“X-Evil”"_s), qPrintable(notes));
    QCOMPARE(window.linkNotes().size(), 2);
    QTest::mouseClick(child<QToolButton>(&window, u"closeLinkInfoButton"_s), Qt::LeftButton);
    QVERIFY(!child<QFrame>(&window, u"linkInfoFrame"_s)->isVisible());
}

void MailtoComposerTest::brokenLinkIsExplained()
{
    ComposerWindow window(m_services.get());
    window.show();
    window.openLink(MailtoLink::parse(u"mailto:?body="_s + QString(MailtoLink::maxLength, u'x')));
    QVERIFY(child<QFrame>(&window, u"linkInfoFrame"_s)->isVisible());
    QVERIFY(child<QLabel>(&window, u"linkInfoLabel"_s)->text().contains(u"could not be used"_s));
    QVERIFY(window.bodyEditor()->textEdit()->toPlainText().isEmpty());
}

void MailtoComposerTest::refusedFilesAreListedNotShown_data()
{
    QTest::addColumn<QString>("requested"); // "$HOME" is the fixture home
    QTest::addColumn<QString>("why");
    QTest::newRow("in a hidden folder") << u"$HOME/.ssh/id_rsa"_s << u"hidden"_s;
    QTest::newRow("a link to a hidden file") << u"$HOME/Documents/cv.pdf"_s << u"hidden"_s;
    QTest::newRow("/proc") << u"/proc/self/environ"_s << u"system file"_s;
    QTest::newRow("/sys") << u"/sys/kernel/notes"_s << u"system file"_s;
    QTest::newRow("/dev") << u"/dev/zero"_s << u"system file"_s;
    QTest::newRow("a folder") << u"$HOME/Documents/folder"_s << u"not an ordinary file"_s;
    QTest::newRow("a named pipe") << u"$HOME/Documents/pipe"_s << u"not an ordinary file"_s;
    QTest::newRow("missing") << u"$HOME/Documents/gone.pdf"_s << u"no such file"_s;
    QTest::newRow("relative") << u"Documents/report.pdf"_s << u"full path"_s;
    QTest::newRow("on the web") << u"https://example.org/x.pdf"_s << u"not a file on this computer"_s;
}

void MailtoComposerTest::refusedFilesAreListedNotShown()
{
    QFETCH(QString, requested);
    QFETCH(QString, why);
    requested.replace(u"$HOME"_s, m_home->path());
    ComposerWindow window(m_services.get());
    window.show();
    window.openLink(MailtoLink::parse(u"mailto:bob@example.org?attach="_s + percentEncoded(requested)
        + u"&attachment="_s + percentEncoded(fixture(u"Documents/report.pdf"_s))));

    // The acceptable file waits for confirmation; the refused one is not even offered.
    QCOMPARE(requestedFiles(window), QStringList { fixture(u"Documents/report.pdf"_s) });
    QVERIFY(!window.attachmentList()->model()->filePaths().contains(requested));
    const QString notes = child<QLabel>(&window, u"linkInfoLabel"_s)->text();
    QVERIFY2(notes.contains(requested + u" was not attached"_s), qPrintable(notes));
    QVERIFY2(notes.contains(why), qPrintable(notes));
}

void MailtoComposerTest::requestedFilesAreMarked()
{
    ComposerWindow window(m_services.get());
    window.show();
    const QString report = fixture(u"Documents/report.pdf"_s);
    window.openLink(MailtoLink::parse(u"mailto:bob@example.org?attach="_s + percentEncoded(report)));

    AttachmentModel *model = window.attachmentList()->model();
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex row = model->index(0);
    QVERIFY(row.data(AttachmentModel::RequestedByLinkRole).toBool());
    QVERIFY(row.data(Qt::DisplayRole).toString().contains(u"requested by the link"_s));
    QVERIFY(row.data(Qt::ToolTipRole).toString().contains(report));
    QVERIFY(child<QWidget>(&window, u"linkRequestRow"_s)->isVisible());
    QVERIFY(child<QLabel>(&window, u"linkRequestLabel"_s)->text().contains(u"1 file"_s));
    // Nothing was left out, so there is no note bar.
    QVERIFY(!child<QFrame>(&window, u"linkInfoFrame"_s)->isVisible());

    // "Remove Them" in the list drops the request.
    QTest::mouseClick(child<QToolButton>(&window, u"removeRequestedButton"_s), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!child<QWidget>(&window, u"linkRequestRow"_s)->isVisible());
}

void MailtoComposerTest::sendAsksOnceThenSendsTheFiles()
{
    ScriptedSmtpServer server;
    server.setScript(sendScript);
    QVERIFY(server.start());

    ComposerWindow window(m_services.get());
    window.show();
    chooseSender(window, server.serverPort());
    const QString report = fixture(u"Documents/report.pdf"_s);
    window.openLink(MailtoLink::parse(u"mailto:bob@example.org?subject=Report&body=Here.%0D%0A.%0D%0AEnd"
                                      "&in-reply-to=%3C42@example.org%3E&attach="_s
        + percentEncoded(report)));
    window.attachmentList()->addFiles({ fixture(u"Documents/notes.txt"_s) }); // chosen by the person

    QSignalSpy finished(&window, &ComposerWindow::sendFinished);
    QTest::mouseClick(child<QPushButton>(&window, u"sendButton"_s), Qt::LeftButton);
    QMessageBox *box = openBox(&window, u"linkAttachmentsMessageBox"_s);
    QVERIFY(box);
    QVERIFY(!window.isSending()); // nothing happens before the answer
    QCOMPARE(server.connectionCount(), 0);
    QVERIFY(box->text().contains(u"1 file"_s));
    QVERIFY(box->informativeText().contains(QDir::toNativeSeparators(report)));
    QVERIFY(!box->informativeText().contains(u"notes.txt"_s)); // the person's own file is not in question
    QCOMPARE(box->defaultButton()->text(), box->button(QMessageBox::Cancel)->text());
    QTest::mouseClick(child<QPushButton>(box, u"sendWithLinkFilesButton"_s), Qt::LeftButton);

    QVERIFY(finished.count() == 1 || finished.wait(20000));
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
    const QByteArray data = server.receivedData();
    QVERIFY(data.contains("report.pdf"));
    QVERIFY(data.contains("notes.txt"));
    QVERIFY(data.contains("In-Reply-To: <42@example.org>\r\n"));
    QVERIFY(data.contains("\r\nHere.\r\n..\r\nEnd")); // the link's lone dot is text, dot-stuffed (RFC 5321 §4.5.2)
    // Asked once: the box never came back.
    for (QMessageBox *shown : window.findChildren<QMessageBox *>(u"linkAttachmentsMessageBox"_s))
        QVERIFY(shown == box || !shown->isVisible());
}

void MailtoComposerTest::cancelOrRemoveSendsNothing()
{
    ScriptedSmtpServer server;
    server.setScript(sendScript);
    QVERIFY(server.start());
    ComposerWindow window(m_services.get());
    window.show();
    chooseSender(window, server.serverPort());
    const QString report = fixture(u"Documents/report.pdf"_s);
    window.openLink(MailtoLink::parse(u"mailto:bob@example.org?subject=Hi&attach="_s + percentEncoded(report)));

    window.send();
    QMessageBox *box = openBox(&window, u"linkAttachmentsMessageBox"_s);
    QVERIFY(box);
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!box->isVisible());
    QVERIFY(!window.isSending());
    QCOMPARE(requestedFiles(window), QStringList { report }); // still waiting, still marked

    window.send(); // asked again: nothing was confirmed
    box = openBox(&window, u"linkAttachmentsMessageBox"_s);
    QVERIFY(box);
    QTest::mouseClick(child<QPushButton>(box, u"removeLinkFilesButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!box->isVisible());
    QVERIFY(!window.isSending());
    QCOMPARE(window.attachmentList()->model()->rowCount(), 0);
    QVERIFY(window.statusBar()->currentMessage().contains(u"Nothing was sent"_s));
    QTest::qWait(50);
    QCOMPARE(server.connectionCount(), 0);
}

void MailtoComposerTest::requestedFilesStayOutOfDrafts()
{
    ComposerWindow window(m_services.get());
    window.show();
    const QString report = fixture(u"Documents/report.pdf"_s);
    window.openLink(MailtoLink::parse(u"mailto:bob@example.org?subject=Draft&attach="_s + percentEncoded(report)));
    QVERIFY(window.typedMessage().attachments.isEmpty());
    window.saveDraft();
    std::optional<Draft> saved = m_services->drafts()->draft(window.messageId());
    QVERIFY(saved);
    QCOMPARE(saved->message.subject, u"Draft"_s);
    QVERIFY(saved->message.attachments.isEmpty()); // a draft reopened later attaches nothing unasked

    window.attachmentList()->model()->confirmRequestedFiles();
    window.saveDraft();
    saved = m_services->drafts()->draft(window.messageId());
    QVERIFY(saved);
    QCOMPARE(saved->message.attachments.size(), 1);
    QCOMPARE(saved->message.attachments.constFirst().filePath, report);
}

void MailtoComposerTest::commandLineFilesAttachDirectly()
{
    ComposerWindows windows(m_services.get());
    const QString notes = fixture(u"Documents/notes.txt"_s);
    ComposerWindow *window = windows.open({ InstanceProtocol::Kind::Compose, QString(), { notes } });
    QVERIFY(window);
    QCOMPARE(window->attachmentList()->model()->filePaths(), QStringList { notes });
    QVERIFY(!window->attachmentList()->model()->hasRequestedFiles());
    QCOMPARE(window->typedMessage().attachments.size(), 1);
}

void MailtoComposerTest::eachRequestOpensAWindow()
{
    auto windows = std::make_unique<ComposerWindows>(m_services.get());
    const QString report = fixture(u"Documents/report.pdf"_s);
    windows->open({});
    windows->open({ InstanceProtocol::Kind::Compose,
        u"mailto:bob@example.org?subject=Second&attach="_s + percentEncoded(report) + u"&attach=/proc/self/environ"_s,
        {} });
    QCOMPARE(windows->windows().size(), 2);
    // Every window shares the one set of stores.
    for (ComposerWindow *window : windows->windows())
        QCOMPARE(window->services(), m_services.get());

    const QJsonArray described = windows->describe();
    QCOMPARE(described.size(), 2);
    QCOMPARE(described.at(0).toObject().value(u"subject"_s).toString(), QString());
    const QJsonObject second = described.at(1).toObject();
    QCOMPARE(second.value(u"to"_s).toString(), u"bob@example.org"_s);
    QCOMPARE(second.value(u"subject"_s).toString(), u"Second"_s);
    const QJsonObject attachment = second.value(u"attachments"_s).toArray().at(0).toObject();
    QCOMPARE(attachment.value(u"path"_s).toString(), report);
    QVERIFY(attachment.value(u"requestedByLink"_s).toBool());
    QCOMPARE(second.value(u"attachments"_s).toArray().size(), 1);
    QVERIFY(second.value(u"linkNotes"_s).toArray().at(0).toString().contains(u"/proc/self/environ"_s));

    // A closed window is gone from the list.
    ComposerWindow *first = windows->windows().constFirst();
    QSignalSpy destroyed(first, &QObject::destroyed);
    first->close();
    QTRY_COMPARE(destroyed.count(), 1); // qWait, unlike QSignalSpy::wait, runs deferred deletes
    QCOMPARE(windows->windows().size(), 1);
    QCOMPARE(windows->describe().size(), 1);
}

QTEST_MAIN(MailtoComposerTest)
#include "MailtoComposerTest.moc"
