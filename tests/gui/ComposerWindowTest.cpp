// The composer window driven as a person would: by object name, with QTest key clicks and mouse
// clicks, on the offscreen platform. Sends go to ScriptedSmtpServer (in-process) and, when
// tools/testenv has started it, to the real aiosmtpd server.
#include "ComposerWindow.h"
#include "AttachmentList.h"
#include "AttachmentModel.h"
#include "BodyEditor.h"
#include "CertificateDialog.h"
#include "HeldSecretStore.h"
#include "LogWindow.h"
#include "MessagesDialog.h"
#include "PasswordPrompt.h"
#include "ProfileDialog.h"
#include "RecipientField.h"
#include "ScriptedSmtpServer.h"
#include "SenderChooser.h"
#include "SignInDialog.h"
#include "TestBrowser.h"
#include "TestServices.h"
#include "TranscriptPane.h"
#include "WidgetTestSupport.h"
#include "oauth/OAuthSignIn.h"
#include "send/AppServices.h"

#include "account/MemorySecretStore.h"
#include "account/PasswordVault.h"
#include "account/ProfileStore.h"
#include "send/AttachmentReminder.h"
#include "send/SendController.h"
#include "send/SendStatusText.h"
#include "smtp/Fingerprint.h"
#include "store/ConversationLog.h"
#include "store/DraftAutosaver.h"
#include "store/DraftStore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDesktopServices>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

struct Fields
{
    QString to, cc, bcc, subject, body;
    int attachments = 0;
    bool operator==(const Fields &other) const
    {
        return to == other.to && cc == other.cc && bcc == other.bcc && subject == other.subject && body == other.body
            && attachments == other.attachments;
    }
};

Fields fieldsOf(ComposerWindow &window)
{
    Fields fields;
    fields.to = child<QLineEdit>(&window, u"toLineEdit"_s)->text();
    fields.cc = child<QLineEdit>(&window, u"ccLineEdit"_s)->text();
    fields.bcc = child<QLineEdit>(&window, u"bccLineEdit"_s)->text();
    fields.subject = child<QLineEdit>(&window, u"subjectLineEdit"_s)->text();
    fields.body = window.bodyEditor()->textEdit()->toHtml();
    fields.attachments = window.attachmentList()->model()->rowCount();
    return fields;
}

// Shortcuts such as Ctrl+Return reach only the active window.
void showActive(QWidget &window)
{
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

} // namespace

class ComposerWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void fillsTheFields();
    void ccAndBccCanBeHidden();
    void invalidAddressIsMarkedWithTheReason();
    void htmlToPlainWarnsAndPlainToHtmlKeepsText();
    void producesHtmlWithInlineImages();
    void attachesFilesByPickerApiAndDrop();
    void warnsAboutTheServerSizeLimit();
    void mentionsAttachment_data();
    void mentionsAttachment();
    void remindsAboutAForgottenAttachment();
    void invalidAddressesStopTheSend();
    void failedSendKeepsEveryField();
    void sendsToScriptedServerWithLiveTranscript();
    void reportsEachRefusedRecipient();
    void cancelsMidSend();
    void sendsToRealServerWithStartTls();
    void transcriptPaneFollowsFiltersAndSaves();
    void savesAsEml();
    void remembersWindowState();
    void asksForThePasswordWhenNoneIsStored();
    void refusedPasswordIsAskedAgain();
    void failedSendIsKeptInTheOutboxAndLogged();
    void savesAndReopensDrafts();
    void offersRecoveryAfterAKilledProcess();
    void trustsACertificateAndSendsAgain();
    void menusOpenProfilesAndLog();
    void noProfileSendsToProfileDialog();
    void insertsTheProfileSignature();
    void sendsThroughPostfix();
    void deliversDirectlyFromADirectProfile();
    void cancelWhileTheKeychainAnswersSendsNothing();
    void refusedSignInIsSignedInAgainAndSent();

private:
    // A saved profile for 127.0.0.1:port (no TLS, no AUTH unless `user` is given), chosen in the window.
    AccountProfile fillSender(ComposerWindow &window, quint16 port, const QString &user = QString());
    void typeMessage(ComposerWindow &window, const QString &to, const QString &subject, const QString &body);

    QTemporaryDir m_dir;
    std::unique_ptr<QTemporaryDir> m_storeDir; // profiles, log, drafts: fresh per test
    std::unique_ptr<AppServices> m_services;
};

void ComposerWindowTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true); // AddressHistory and friends stay out of $HOME
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QCoreApplication::setOrganizationName(u"MailwrightTest"_s);
    QCoreApplication::setApplicationName(u"ComposerWindowTest"_s);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

void ComposerWindowTest::init()
{
    QSettings().clear();
    m_services.reset();
    m_storeDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_storeDir->isValid());
    // The person's keychain is never touched: an in-memory stand-in.
    m_services = makeTestServices(m_storeDir->path(), new MemorySecretStore);
    QVERIFY2(m_services->log()->isOpen(), qPrintable(m_services->logError()));
}

void ComposerWindowTest::cleanup()
{
    // Boxes opened with open() are children of windows that are gone by now.
    QTest::qWait(0);
}

AccountProfile ComposerWindowTest::fillSender(ComposerWindow &window, quint16 port, const QString &user)
{
    AccountProfile profile;
    profile.name = u"Scripted"_s;
    profile.senderName = u"Ann Lee"_s;
    profile.senderAddress = u"ann@example.org"_s;
    profile.host = u"127.0.0.1"_s;
    profile.port = port;
    profile.security = Smtp::Security::None;
    profile.user = user;
    profile.allowPlainTextAuth = !user.isEmpty();
    profile.timeoutSeconds = 20;
    if (const std::optional<AccountProfile> old = m_services->profiles()->load(profile.name))
        profile.id = old->id;
    const ProfileStoreResult saved = m_services->profiles()->save(profile);
    if (!saved.ok())
        qWarning("%s", qPrintable(saved.error));
    Q_EMIT m_services->profilesChanged();
    window.senderChooser()->selectProfile(profile.name);
    return saved.profile;
}

void ComposerWindowTest::typeMessage(
    ComposerWindow &window, const QString &to, const QString &subject, const QString &body)
{
    auto *toField = child<QLineEdit>(&window, u"toLineEdit"_s);
    toField->clear();
    QTest::keyClicks(toField, to);
    auto *subjectField = child<QLineEdit>(&window, u"subjectLineEdit"_s);
    subjectField->clear();
    QTest::keyClicks(subjectField, subject);
    QTest::keyClicks(window.bodyEditor()->textEdit(), body);
}

void ComposerWindowTest::fillsTheFields()
{
    ComposerWindow window(m_services.get());
    showActive(window);
    typeMessage(window, u"Bob <bob@example.org>, carol@example.org"_s, u"Lunch"_s, u"Noon at the usual place?"_s);
    QCOMPARE(child<QLineEdit>(&window, u"toLineEdit"_s)->text(), u"Bob <bob@example.org>, carol@example.org"_s);
    QCOMPARE(window.bodyEditor()->plainText(), u"Noon at the usual place?"_s);
    QCOMPARE(window.windowTitle(), u"Lunch — Mailwright"_s);
    auto *to = child<RecipientField>(&window, u"toLineEdit"_s);
    to->validate();
    QVERIFY(to->isValid());
    QCOMPARE(to->parse().mailboxes.size(), 2);
}

void ComposerWindowTest::ccAndBccCanBeHidden()
{
    ComposerWindow window(m_services.get());
    showActive(window);
    auto *action = child<QAction>(&window, u"actionShowCcBcc"_s);
    auto *cc = child<QLineEdit>(&window, u"ccLineEdit"_s);
    auto *bcc = child<QLineEdit>(&window, u"bccLineEdit"_s);
    if (!action->isChecked())
        action->trigger();
    QVERIFY(cc->isVisible());
    QVERIFY(bcc->isVisible());
    QTest::mouseClick(child<QWidget>(&window, u"ccBccToolButton"_s), Qt::LeftButton);
    QVERIFY(!cc->isVisible());
    QVERIFY(!bcc->isVisible());
    QVERIFY(!action->isChecked());
}

void ComposerWindowTest::invalidAddressIsMarkedWithTheReason()
{
    ComposerWindow window(m_services.get());
    showActive(window);
    auto *to = child<RecipientField>(&window, u"toLineEdit"_s);
    auto *mark = to->findChild<QAction *>(u"invalidAddressAction"_s);
    QVERIFY(mark);
    QTest::keyClicks(to, u"Ann <ann@example.org"_s);
    QTRY_VERIFY(mark->isVisible()); // after typing pauses
    QVERIFY(!to->isValid());
    QVERIFY(!to->toolTip().isEmpty());
    QCOMPARE(to->toolTip(), to->errorText());
    QTest::keyClick(to, Qt::Key_Greater);
    QTRY_VERIFY(!mark->isVisible());
    QVERIFY(to->isValid());
}

void ComposerWindowTest::htmlToPlainWarnsAndPlainToHtmlKeepsText()
{
    ComposerWindow window(m_services.get());
    showActive(window);
    BodyEditor *editor = window.bodyEditor();
    QTextEdit *text = editor->textEdit();
    auto *mode = child<QComboBox>(&window, u"modeComboBox"_s);
    QCOMPARE(editor->mode(), BodyEditor::Mode::Html);

    // Unformatted text switches without a question.
    QTest::keyClicks(text, u"plain words"_s);
    QTest::keyClick(mode, Qt::Key_Down);
    QCOMPARE(editor->mode(), BodyEditor::Mode::PlainText);
    QVERIFY(!window.findChild<QMessageBox *>(u"plainTextWarningMessageBox"_s));
    // Plain → HTML keeps the text.
    QTest::keyClick(mode, Qt::Key_Up);
    QCOMPARE(editor->mode(), BodyEditor::Mode::Html);
    QCOMPARE(editor->plainText(), u"plain words"_s);

    // Bold text: the switch asks; "keep" leaves everything as it was.
    text->selectAll();
    child<QAction>(&window, u"boldAction"_s)->trigger();
    QVERIFY(editor->hasFormatting());
    QTest::keyClick(mode, Qt::Key_Down);
    QMessageBox *box = openBox(&window, u"plainTextWarningMessageBox"_s);
    QVERIFY(box);
    QVERIFY(clickButtonWithRole(box, QMessageBox::RejectRole));
    QCOMPARE(editor->mode(), BodyEditor::Mode::Html);
    QCOMPARE(mode->currentIndex(), 0);
    QVERIFY(editor->hasFormatting());

    // "Switch" drops the formatting and keeps the words.
    QTRY_VERIFY(!window.findChild<QMessageBox *>(u"plainTextWarningMessageBox"_s));
    QTest::keyClick(mode, Qt::Key_Down);
    box = openBox(&window, u"plainTextWarningMessageBox"_s);
    QVERIFY(box);
    QVERIFY(clickButtonWithRole(box, QMessageBox::AcceptRole));
    QCOMPARE(editor->mode(), BodyEditor::Mode::PlainText);
    QCOMPARE(editor->plainText(), u"plain words"_s);
    QVERIFY(!editor->hasFormatting());
    QVERIFY(editor->html().isEmpty());
    QVERIFY(!child<QAction>(&window, u"boldAction"_s)->isEnabled());
}

void ComposerWindowTest::producesHtmlWithInlineImages()
{
    ComposerWindow window(m_services.get());
    showActive(window);
    BodyEditor *editor = window.bodyEditor();
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    const QString imagePath = m_dir.filePath(u"dot.png"_s);
    QVERIFY(image.save(imagePath));

    QTest::keyClicks(editor->textEdit(), u"Look: "_s);
    QVERIFY(editor->insertImage(imagePath));
    QVERIFY(!editor->insertImage(writeFile(m_dir, u"not-an-image.png"_s, "plain text")));
    editor->insertLink(u"https://example.org/"_s, u"our site"_s);

    Message message;
    editor->fillMessage(message);
    QCOMPARE(message.inlineImages.size(), 1);
    const Attachment inlineImage = message.inlineImages.constFirst();
    QCOMPARE(inlineImage.filePath, imagePath);
    QVERIFY(message.htmlBody.contains(u"cid:"_s + inlineImage.contentId));
    QVERIFY(message.htmlBody.contains(u"href=\"https://example.org/\""_s));
    QCOMPARE(message.plainBody, u"Look: our site"_s);
}

void ComposerWindowTest::attachesFilesByPickerApiAndDrop()
{
    ComposerWindow window(m_services.get());
    showActive(window);
    AttachmentList *list = window.attachmentList();
    const QString a = writeFile(m_dir, u"a.txt"_s, QByteArray(1000, 'a'));
    const QString b = writeFile(m_dir, u"b.pdf"_s, QByteArray(2000, 'b'));
    QSignalSpy rejected(list, &AttachmentList::filesRejected);

    QVERIFY(list->addFiles({ a, b }).isEmpty());
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(list->model()->totalBytes(), 3000);
    QVERIFY(child<QLabel>(&window, u"attachmentTotalLabel"_s)->text().startsWith(u"2 "_s));
    QVERIFY(list->model()->index(0).data(Qt::DisplayRole).toString().contains(u"a.txt"_s));
    QVERIFY(!list->model()->index(0).data(Qt::DecorationRole).value<QIcon>().isNull());

    // The same file twice is one attachment; a missing one is reported.
    QCOMPARE(list->addFiles({ a, m_dir.filePath(u"missing.bin"_s) }).size(), 1);
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(rejected.count(), 1);
    QMessageBox *problem = openBox(&window, u"sendProblemMessageBox"_s);
    QVERIFY(problem);
    QVERIFY(problem->text().contains(u"missing.bin"_s));
    problem->accept();

    // Remove with the button after selecting.
    auto *view = child<QListView>(&window, u"attachmentListView"_s);
    view->setCurrentIndex(list->model()->index(0));
    QTest::mouseClick(child<QWidget>(&window, u"removeAttachmentButton"_s), Qt::LeftButton);
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->items().constFirst().fileName, u"b.pdf"_s);

    // Drag and drop from a file manager.
    const QString c = writeFile(m_dir, u"c.png"_s, QByteArray(10, 'c'));
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(a), QUrl::fromLocalFile(c) });
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(list, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(list, &drop);
    QCOMPARE(list->model()->rowCount(), 3);
    QCOMPARE(list->model()->totalBytes(), 3010);
}

void ComposerWindowTest::warnsAboutTheServerSizeLimit()
{
    ComposerWindow window(m_services.get());
    showActive(window);
    AttachmentList *list = window.attachmentList();
    list->addFiles({ writeFile(m_dir, u"big.bin"_s, QByteArray(90'000, 'x')) });
    auto *warning = child<QLabel>(&window, u"sizeWarningLabel"_s);
    list->setSizeLimit(0); // no limit stated
    QVERIFY(!warning->isVisibleTo(&window));
    list->setSizeLimit(100'000); // 90 kB raw is about 122 kB in base64
    QVERIFY(list->exceedsSizeLimit());
    QVERIFY(warning->isVisibleTo(&window));
    list->setSizeLimit(200'000);
    QVERIFY(!warning->isVisibleTo(&window));
}

void ComposerWindowTest::mentionsAttachment_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("mentions");
    QTest::newRow("attached") << u"The report is attached."_s << true;
    QTest::newRow("attachment, capitalised") << u"See the Attachment"_s << true;
    QTest::newRow("Chinese") << u"请查收附件。"_s << true;
    QTest::newRow("no mention") << u"See you at noon."_s << false;
    QTest::newRow("only in a quoted line") << u"Thanks!\n> I attached the file"_s << false;
}

void ComposerWindowTest::mentionsAttachment()
{
    QFETCH(QString, text);
    QFETCH(bool, mentions);
    QCOMPARE(AttachmentReminder::mentionsAttachment(text), mentions);
}

void ComposerWindowTest::remindsAboutAForgottenAttachment()
{
    ComposerWindow window(m_services.get());
    showActive(window);
    fillSender(window, 1); // never reached: the reminder comes first
    typeMessage(window, u"bob@example.org"_s, u"Report"_s, u"The report is attached."_s);
    QTest::mouseClick(child<QPushButton>(&window, u"sendButton"_s), Qt::LeftButton);
    QMessageBox *box = openBox(&window, u"attachmentReminderMessageBox"_s);
    QVERIFY(box);
    QVERIFY(!window.isSending());
    // "Attach Files…" goes back to the message (and opens the picker, which we close).
    QTest::mouseClick(box->findChild<QPushButton *>(u"attachFilesButton"_s), Qt::LeftButton);
    QVERIFY(!window.isSending());
    QWidget *picker = nullptr;
    QTRY_VERIFY((picker = window.findChild<QWidget *>(u"attachFileDialog"_s)));
    picker->close();
    QCOMPARE(child<QLineEdit>(&window, u"subjectLineEdit"_s)->text(), u"Report"_s);
}

void ComposerWindowTest::invalidAddressesStopTheSend()
{
    ComposerWindow window(m_services.get());
    showActive(window);
    fillSender(window, 1);
    QSignalSpy stateChanged(window.controller(), &SendController::stageChanged);
    typeMessage(window, u"bob@example.org, carol@@example.org"_s, u"Hi"_s, u"Hello"_s);
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    QMessageBox *box = openBox(&window, u"sendProblemMessageBox"_s);
    QVERIFY(box);
    QVERIFY2(box->text().contains(u"To"_s), qPrintable(box->text()));
    QVERIFY(!window.isSending());
    QVERIFY(stateChanged.isEmpty());
    box->accept();
    QCOMPARE(child<QLineEdit>(&window, u"toLineEdit"_s)->text(), u"bob@example.org, carol@@example.org"_s);
    QTRY_VERIFY(child<QLineEdit>(&window, u"toLineEdit"_s)->hasFocus());

    // No recipient at all is stopped too.
    child<QLineEdit>(&window, u"toLineEdit"_s)->clear();
    QTest::mouseClick(child<QPushButton>(&window, u"sendButton"_s), Qt::LeftButton);
    QTRY_VERIFY((box = openBox(&window, u"sendProblemMessageBox"_s)));
    QVERIFY(!window.isSending());
    box->accept();
}

void ComposerWindowTest::failedSendKeepsEveryField()
{
    // A port nobody listens on: connection refused.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    ComposerWindow window(m_services.get());
    showActive(window);
    fillSender(window, port);
    child<QAction>(&window, u"actionShowCcBcc"_s)->setChecked(true);
    typeMessage(window, u"Bob <bob@example.org>"_s, u"Plans"_s, u"Draft "_s);
    QTest::keyClicks(child<QLineEdit>(&window, u"ccLineEdit"_s), u"carol@example.org"_s);
    QTest::keyClicks(child<QLineEdit>(&window, u"bccLineEdit"_s), u"dave@example.org"_s);
    window.bodyEditor()->textEdit()->selectAll();
    child<QAction>(&window, u"italicAction"_s)->trigger();
    window.attachmentList()->addFiles({ writeFile(m_dir, u"plan.txt"_s, "the plan") });
    const Fields before = fieldsOf(window);

    QSignalSpy finished(&window, &ComposerWindow::sendFinished);
    QTest::mouseClick(child<QPushButton>(&window, u"sendButton"_s), Qt::LeftButton);
    QVERIFY(finished.count() == 1 || finished.wait(30'000));
    const auto result = finished.constFirst().constFirst().value<SendResult>();
    QCOMPARE(result.outcome, Smtp::Outcome::Failed);

    QMessageBox *report = openBox(&window, u"sendReportMessageBox"_s);
    QVERIFY(report);
    QCOMPARE(report->icon(), QMessageBox::Critical);
    QCOMPARE(report->text(), result.message);
    QVERIFY(!result.message.isEmpty());
    report->accept();

    QVERIFY(fieldsOf(window) == before);
    QVERIFY(child<QPushButton>(&window, u"sendButton"_s)->isEnabled());
    QVERIFY(child<QLineEdit>(&window, u"toLineEdit"_s)->isEnabled());
}

void ComposerWindowTest::sendsToScriptedServerWithLiveTranscript()
{
    ScriptedSmtpServer server;
    server.setScript({
        u"S: 220 scripted.test ESMTP"_s,
        u"C: EHLO *"_s,
        u"S: 250-scripted.test"_s,
        u"S: 250 SIZE 5000000"_s,
        u"C: MAIL FROM:<ann@example.org>*"_s,
        u"S: 250 2.1.0 ok"_s,
        u"C: RCPT TO:<bob@example.org>*"_s,
        u"S: 250 2.1.5 ok"_s,
        u"C: DATA"_s,
        u"S: 354 go ahead"_s,
        u"DATA"_s,
        u"S: 250 2.0.0 queued as 42"_s,
        u"C: QUIT"_s,
        u"S: 221 bye"_s,
    });
    QVERIFY(server.start());

    ComposerWindow window(m_services.get());
    showActive(window);
    fillSender(window, server.serverPort());
    typeMessage(window, u"Bob <bob@example.org>"_s, u"Scripted hello"_s, u"Hello over a script."_s);
    window.attachmentList()->addFiles({ writeFile(m_dir, u"notes.txt"_s, "some notes") });

    QSignalSpy finished(&window, &ComposerWindow::sendFinished);
    QSignalSpy transcript(window.controller(), &SendController::transcript);
    QTest::keyClick(window.bodyEditor()->textEdit(), Qt::Key_Return, Qt::ControlModifier); // Ctrl+Return sends
    QVERIFY(window.isSending());
    QVERIFY(!child<QPushButton>(&window, u"sendButton"_s)->isEnabled());
    QVERIFY(child<QPushButton>(&window, u"cancelButton"_s)->isVisible());
    QVERIFY(child<QProgressBar>(&window, u"sendProgressBar"_s)->isVisible());

    // Lines appear while the session runs, before it is finished.
    auto *view = child<QPlainTextEdit>(&window, u"transcriptPlainTextEdit"_s);
    QTRY_VERIFY(view->toPlainText().contains(u"S: 220 scripted.test ESMTP"_s));
    QVERIFY(finished.count() == 1 || finished.wait(20'000)); // loopback may be done already
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
    const auto result = finished.constFirst().constFirst().value<SendResult>();
    QCOMPARE(result.outcome, Smtp::Outcome::Sent);
    QVERIFY(server.receivedData().contains("Subject: Scripted hello"));
    QVERIFY(server.receivedData().contains("notes.txt"));

    const QString shown = view->toPlainText();
    QVERIFY(shown.contains(u"C: EHLO "_s));
    QVERIFY(shown.contains(u"S: 250 2.0.0 queued as 42"_s));
    QCOMPARE(window.transcriptPane()->entries().size(), transcript.count());
    QVERIFY(child<QLabel>(&window, u"capabilitiesLabel"_s)->text().contains(u"SIZE 5000000"_s));
    QCOMPARE(window.attachmentList()->sizeLimit(), 5'000'000);

    QMessageBox *report = openBox(&window, u"sendReportMessageBox"_s);
    QVERIFY(report);
    QCOMPARE(report->icon(), QMessageBox::Information);
    report->accept();
    // Sent to everyone: the composer is ready for the next message, the sender stays.
    QVERIFY(child<QLineEdit>(&window, u"toLineEdit"_s)->text().isEmpty());
    QCOMPARE(window.attachmentList()->model()->rowCount(), 0);
    QCOMPARE(window.senderChooser()->currentName(), u"Scripted"_s);

    // The address is offered next time.
    auto *to = child<RecipientField>(&window, u"toLineEdit"_s);
    QTest::keyClicks(to, u"bo"_s);
    QTRY_VERIFY(to->addressCompleter()->completionCount() > 0);
    QCOMPARE(to->addressCompleter()->currentCompletion(), u"Bob <bob@example.org>"_s);
}

void ComposerWindowTest::reportsEachRefusedRecipient()
{
    ScriptedSmtpServer server;
    server.setScript({
        u"S: 220 scripted.test ESMTP"_s,
        u"C: EHLO *"_s,
        u"S: 250 scripted.test"_s,
        u"C: MAIL FROM:<ann@example.org>*"_s,
        u"S: 250 ok"_s,
        u"C: RCPT TO:<bob@example.org>*"_s,
        u"S: 250 ok"_s,
        u"C: RCPT TO:<nobody@example.org>*"_s,
        u"S: 550 5.1.1 No such user here"_s,
        u"C: DATA"_s,
        u"S: 354 go ahead"_s,
        u"DATA"_s,
        u"S: 250 queued"_s,
        u"C: QUIT"_s,
        u"S: 221 bye"_s,
    });
    QVERIFY(server.start());

    ComposerWindow window(m_services.get());
    showActive(window);
    fillSender(window, server.serverPort());
    typeMessage(window, u"bob@example.org, nobody@example.org"_s, u"Partly"_s, u"Hi both"_s);
    QSignalSpy finished(&window, &ComposerWindow::sendFinished);
    QTest::mouseClick(child<QPushButton>(&window, u"sendButton"_s), Qt::LeftButton);
    QVERIFY(finished.count() == 1 || finished.wait(20'000));
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
    QCOMPARE(finished.constFirst().constFirst().value<SendResult>().outcome, Smtp::Outcome::PartlyRefused);

    QMessageBox *report = openBox(&window, u"sendReportMessageBox"_s);
    QVERIFY(report);
    QCOMPARE(report->icon(), QMessageBox::Warning);
    QVERIFY2(report->text().contains(u"nobody@example.org"_s), qPrintable(report->text()));
    QVERIFY(report->text().contains(u"No such user here"_s));
    QVERIFY(!report->text().contains(u"bob@example.org — "_s));
    report->accept();
    QCOMPARE(child<QLineEdit>(&window, u"toLineEdit"_s)->text(), u"bob@example.org, nobody@example.org"_s);
}

void ComposerWindowTest::cancelsMidSend()
{
    ScriptedSmtpServer server;
    server.setScript({ u"S: 220 slow.test ESMTP"_s, u"C: EHLO *"_s, u"SILENCE"_s });
    QVERIFY(server.start());

    ComposerWindow window(m_services.get());
    showActive(window);
    fillSender(window, server.serverPort());
    typeMessage(window, u"bob@example.org"_s, u"Never mind"_s, u"Cancel me"_s);
    const Fields before = fieldsOf(window);
    QSignalSpy finished(&window, &ComposerWindow::sendFinished);
    QTest::mouseClick(child<QPushButton>(&window, u"sendButton"_s), Qt::LeftButton);

    auto *view = child<QPlainTextEdit>(&window, u"transcriptPlainTextEdit"_s);
    QTRY_VERIFY(view->toPlainText().contains(u"C: EHLO"_s));
    QVERIFY(window.isSending());
    // While the server says nothing, the status line counts the seconds.
    auto *progress = child<QLabel>(&window, u"progressLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(progress->text().endsWith(u" 2 s"_s), 5'000);
    QVERIFY2(
        progress->text().startsWith(SendStatusText::stage(Send::Stage::Greeting, {})), qPrintable(progress->text()));
    QTest::mouseClick(child<QPushButton>(&window, u"cancelButton"_s), Qt::LeftButton);
    QVERIFY(finished.count() == 1 || finished.wait(5'000));
    QCOMPARE(finished.constFirst().constFirst().value<SendResult>().outcome, Smtp::Outcome::Cancelled);
    QVERIFY(!window.isSending());
    QVERIFY(!child<QPushButton>(&window, u"cancelButton"_s)->isVisible());
    QVERIFY(child<QPushButton>(&window, u"sendButton"_s)->isEnabled());
    QVERIFY(!window.findChild<QMessageBox *>(u"sendReportMessageBox"_s)); // the person knows
    QVERIFY(fieldsOf(window) == before);
}

void ComposerWindowTest::sendsToRealServerWithStartTls()
{
    const QByteArray host = qgetenv("MAILWRIGHT_TEST_SMTP_HOST");
    const QByteArray port = qgetenv("MAILWRIGHT_TEST_SMTP_STARTTLS_PORT");
    const QByteArray ca = qgetenv("MAILWRIGHT_TEST_CA");
    const QByteArray user = qgetenv("MAILWRIGHT_TEST_SMTP_USER");
    const QByteArray password = qgetenv("MAILWRIGHT_TEST_SMTP_PASSWORD");
    const QByteArray maildir = qgetenv("MAILWRIGHT_TEST_MAILDIR");
    if (host.isEmpty() || port.isEmpty() || ca.isEmpty() || user.isEmpty() || password.isEmpty() || maildir.isEmpty())
        QSKIP("MAILWRIGHT_TEST_SMTP_* not set: start tools/testenv (tools/test.sh does)");

    ComposerWindow window(m_services.get());
    showActive(window);
    // The test CA is not the system's: the profile pins the server's certificate instead, as
    // a person does with "Trust this certificate".
    AccountProfile profile;
    profile.name = u"Test server"_s;
    profile.senderName = u"Ann Lee"_s;
    profile.senderAddress = u"ann@example.org"_s;
    profile.host = QString::fromLocal8Bit(host);
    profile.port = quint16(port.toUInt());
    profile.security = Smtp::Security::StartTls;
    profile.user = QString::fromLocal8Bit(user);
    profile.trustFingerprint(qEnvironmentVariable("MAILWRIGHT_TEST_LOCALHOST_SHA256"));
    QVERIFY(m_services->profiles()->save(profile).ok());
    profile = *m_services->profiles()->load(profile.name);
    m_services->passwords()->keepForSession(profile, QString::fromLocal8Bit(password));
    Q_EMIT m_services->profilesChanged();
    QVERIFY(window.senderChooser()->selectProfile(profile.name));

    // HTML with an inline image and two attachments: the issue's "done when".
    const QString subject = u"GUI STARTTLS "_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    typeMessage(window, u"Bob <bob@example.org>"_s, subject, u"Chart: "_s);
    QImage image(64, 32, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    const QString imagePath = m_dir.filePath(u"chart.png"_s);
    QVERIFY(image.save(imagePath));
    QVERIFY(window.bodyEditor()->insertImage(imagePath));
    window.bodyEditor()->textEdit()->selectAll();
    child<QAction>(&window, u"boldAction"_s)->trigger();
    window.attachmentList()->addFiles({ writeFile(m_dir, u"one.txt"_s, "first attachment"),
        writeFile(m_dir, u"two.bin"_s, QByteArray(300'000, '\x7f')) });

    QSignalSpy finished(&window, &ComposerWindow::sendFinished);
    QTest::mouseClick(child<QPushButton>(&window, u"sendButton"_s), Qt::LeftButton);
    QVERIFY(finished.count() == 1 || finished.wait(60'000));
    const auto result = finished.constFirst().constFirst().value<SendResult>();
    QVERIFY2(result.outcome == Smtp::Outcome::Sent, qPrintable(result.message));

    const QString shown = child<QPlainTextEdit>(&window, u"transcriptPlainTextEdit"_s)->toPlainText();
    QVERIFY(shown.contains(u"C: STARTTLS"_s));
    QVERIFY(shown.contains(u"<redacted>"_s) || shown.contains(u"AUTH"_s));
    QVERIFY(!shown.contains(QString::fromLocal8Bit(password)));
    QVERIFY(child<QLabel>(&window, u"tlsLabel"_s)->isVisibleTo(&window));
    // The pane followed the conversation to its end, though the summary labels appeared (and
    // took room from the lines) halfway through.
    QVERIFY(window.transcriptPane()->isVisible());
    const QScrollBar *bar = child<QPlainTextEdit>(&window, u"transcriptPlainTextEdit"_s)->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(window.transcriptPane()->isFollowing());

    // The message reached the server's maildir whole.
    QByteArray delivered;
    QDirIterator it(QString::fromLocal8Bit(maildir), { u"*.eml"_s }, QDir::Files);
    while (it.hasNext() && delivered.isEmpty()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray content = file.readAll();
            if (content.contains(subject.toUtf8()))
                delivered = content;
        }
    }
    QVERIFY(!delivered.isEmpty());
    QVERIFY(delivered.contains("multipart/mixed"));
    QVERIFY(delivered.contains("multipart/related"));
    QVERIFY(delivered.contains("one.txt"));
    QVERIFY(delivered.contains("two.bin"));
    QVERIFY(delivered.contains("text/html"));
    openBox(&window, u"sendReportMessageBox"_s)->accept();
}

void ComposerWindowTest::transcriptPaneFollowsFiltersAndSaves()
{
    ComposerWindow window(m_services.get());
    showActive(window);
    TranscriptPane *pane = window.transcriptPane();
    pane->show();
    auto *view = child<QPlainTextEdit>(&window, u"transcriptPlainTextEdit"_s);
    pane->beginSession(u"test:25"_s);
    for (int i = 0; i < 300; ++i) {
        TranscriptEntry entry;
        entry.elapsedMs = i;
        entry.direction = i % 2 ? Smtp::Direction::Server : Smtp::Direction::Client;
        entry.text = i % 2 ? u"250 ok %1"_s.arg(i) : u"NOOP %1"_s.arg(i);
        pane->append(entry);
    }
    QVERIFY(pane->isFollowing());
    QVERIFY(view->verticalScrollBar()->maximum() > 0);

    // Scrolled up: new lines do not pull the view down.
    view->verticalScrollBar()->setValue(0);
    TranscriptEntry late;
    late.direction = Smtp::Direction::Error;
    late.text = u"connection lost"_s;
    pane->append(late);
    pane->append(late);
    QCOMPARE(view->verticalScrollBar()->value(), 0);
    QVERIFY(!pane->isFollowing());
    // ...but a button says how many came, and takes the person to them.
    auto *newLines = child<QToolButton>(&window, u"transcriptNewLinesButton"_s);
    QVERIFY(newLines->isVisible());
    QVERIFY2(newLines->text().startsWith(u"2 new line"_s), qPrintable(newLines->text()));
    QTest::mouseClick(newLines, Qt::LeftButton);
    QCOMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());
    QVERIFY(pane->isFollowing());
    QVERIFY(!newLines->isVisible());
    pane->append(late);
    QCOMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());

    // Summary labels appearing above the lines shrink the view; it still follows.
    pane->setCapabilities(QStringList(40, u"CAPABILITY-WITH-A-LONG-NAME"_s));
    pane->setTlsSummary(TlsSummary { .encrypted = true });
    QTRY_COMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());
    pane->append(late);
    QCOMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());
    QVERIFY(pane->isFollowing());

    view->verticalScrollBar()->setValue(0);

    QTest::keyClicks(child<QLineEdit>(&window, u"transcriptFilterLineEdit"_s), u"NOOP 1"_s);
    const QStringList shown = pane->visibleLines();
    QVERIFY(shown.size() > 1);
    for (const QString &line : shown)
        QVERIFY(line.contains(u"NOOP 1"_s) || line.startsWith(u"────"_s));

    const QString path = m_dir.filePath(u"conversation.txt"_s);
    QVERIFY(pane->saveToFile(path));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(saved.readAll()).trimmed(), shown.join(u'\n'));

    QTest::mouseClick(child<QWidget>(&window, u"transcriptClearButton"_s), Qt::LeftButton);
    QVERIFY(pane->entries().isEmpty());
    QVERIFY(view->toPlainText().isEmpty());
}

void ComposerWindowTest::savesAsEml()
{
    ComposerWindow window(m_services.get());
    showActive(window);
    fillSender(window, 25);
    typeMessage(window, u"bob@example.org"_s, u"Saved copy"_s, u"Kept on disk."_s);
    window.attachmentList()->addFiles({ writeFile(m_dir, u"copy.txt"_s, "attached text") });
    const QString path = m_dir.filePath(u"saved.eml"_s);
    QSignalSpy saved(&window, &ComposerWindow::emlSaved);
    window.saveAsEml(path);
    QVERIFY(saved.count() == 1 || saved.wait(10'000));
    QCOMPARE(saved.constFirst().at(1).toString(), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray eml = file.readAll();
    QVERIFY(eml.contains("Subject: Saved copy"));
    QVERIFY(eml.contains("copy.txt"));
}

void ComposerWindowTest::remembersWindowState()
{
    {
        ComposerWindow window(m_services.get());
        window.show();
        window.resize(900, 700);
        child<QAction>(&window, u"actionShowCcBcc"_s)->setChecked(true);
        window.transcriptPane()->hide();
        window.close();
    }
    ComposerWindow again(m_services.get());
    again.show();
    QCOMPARE(again.size(), QSize(900, 700));
    QVERIFY(child<QAction>(&again, u"actionShowCcBcc"_s)->isChecked());
    QVERIFY(!again.transcriptPane()->isVisible());
}

namespace {

// The dialog of this type parented to the window, once it is shown.
template<typename T> T *openDialog(QWidget *window)
{
    T *dialog = nullptr;
    for (int i = 0; i < 250 && !dialog; ++i) {
        const QList<T *> all = window->findChildren<T *>();
        for (T *candidate : all)
            if (candidate->isVisible())
                dialog = candidate;
        if (!dialog)
            QTest::qWait(20);
    }
    return dialog;
}

QStringList authScript(const QByteArray &plainResponse, const QString &answer)
{
    return {
        u"S: 220 scripted.test ESMTP"_s,
        u"C: EHLO *"_s,
        u"S: 250-scripted.test"_s,
        u"S: 250 AUTH PLAIN"_s,
        u"C: AUTH PLAIN "_s + QString::fromLatin1(plainResponse.toBase64()),
        answer,
    };
}

} // namespace

void ComposerWindowTest::asksForThePasswordWhenNoneIsStored()
{
    ScriptedSmtpServer server;
    QStringList script = authScript(QByteArray("\0ann\0typed pw", 13), u"S: 235 2.7.0 ok"_s);
    script << u"C: MAIL FROM:<ann@example.org>*"_s << u"S: 250 ok"_s << u"C: RCPT TO:<bob@example.org>*"_s
           << u"S: 250 ok"_s << u"C: DATA"_s << u"S: 354 go"_s << u"DATA"_s << u"S: 250 queued"_s << u"C: QUIT"_s
           << u"S: 221 bye"_s;
    server.setScript(script);
    QVERIFY(server.start());

    ComposerWindow window(m_services.get());
    showActive(window);
    const AccountProfile profile = fillSender(window, server.serverPort(), u"ann"_s);
    typeMessage(window, u"bob@example.org"_s, u"Password please"_s, u"Hello."_s);

    QSignalSpy finished(&window, &ComposerWindow::sendFinished);
    QTest::mouseClick(child<QPushButton>(&window, u"sendButton"_s), Qt::LeftButton);
    auto *prompt = openDialog<PasswordPrompt>(&window);
    QVERIFY(prompt);
    QVERIFY(finished.isEmpty()); // nothing is sent without the password
    auto *keep = child<QCheckBox>(prompt, u"keepPasswordCheckBox"_s);
    QVERIFY(keep->isChecked()); // a keychain is there: remember it by default
    QTest::keyClicks(child<QLineEdit>(prompt, u"promptPasswordLineEdit"_s), u"typed pw"_s);
    prompt->accept();

    QVERIFY(finished.wait(20'000));
    const auto result = finished.constFirst().constFirst().value<SendResult>();
    QVERIFY2(result.outcome == Smtp::Outcome::Sent, qPrintable(result.message));
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));

    // Kept in the keychain, so the next send does not ask.
    std::optional<PasswordLookup> found;
    m_services->passwords()->lookup(profile, this, [&found](const PasswordLookup &l) { found = l; });
    QTRY_VERIFY(found.has_value());
    QCOMPARE(found->secret, u"typed pw"_s);
    // The transcript in the log has no password.
    const QList<LoggedSession> logged = m_services->log()->sessions();
    QCOMPARE(logged.size(), 1);
    const QString text = ConversationLog::toText(*m_services->log()->session(logged.constFirst().id));
    QVERIFY(text.contains(u"AUTH PLAIN"_s));
    QVERIFY(!text.contains(QString::fromLatin1(QByteArray("\0ann\0typed pw", 13).toBase64())));
    openBox(&window, u"sendReportMessageBox"_s)->accept();
}

void ComposerWindowTest::refusedPasswordIsAskedAgain()
{
    ScriptedSmtpServer server;
    QStringList script = authScript(QByteArray("\0ann\0old", 8), u"S: 535 5.7.8 Authentication credentials invalid"_s);
    script << u"C: QUIT"_s << u"S: 221 bye"_s;
    server.setScript(script);
    QVERIFY(server.start());

    ComposerWindow window(m_services.get());
    showActive(window);
    const AccountProfile profile = fillSender(window, server.serverPort(), u"ann"_s);
    m_services->passwords()->keepForSession(profile, u"old"_s);
    typeMessage(window, u"bob@example.org"_s, u"Refused"_s, u"Hello."_s);
    const Fields before = fieldsOf(window);

    QSignalSpy finished(&window, &ComposerWindow::sendFinished);
    QTest::mouseClick(child<QPushButton>(&window, u"sendButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(20'000));
    const auto result = finished.constFirst().constFirst().value<SendResult>();
    QCOMPARE(result.failure, Smtp::Failure::Auth);

    QMessageBox *report = openBox(&window, u"sendReportMessageBox"_s);
    QVERIFY(report);
    auto *again = child<QPushButton>(report, u"enterPasswordButton"_s);
    QVERIFY(again);
    QTest::mouseClick(again, Qt::LeftButton);
    auto *prompt = openDialog<PasswordPrompt>(&window);
    QVERIFY(prompt);
    QVERIFY(child<QLabel>(prompt, u"passwordPromptLabel"_s)->text().contains(result.message.toHtmlEscaped()));
    prompt->reject();
    QVERIFY(fieldsOf(window) == before);
}

void ComposerWindowTest::failedSendIsKeptInTheOutboxAndLogged()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    ComposerWindow window(m_services.get());
    showActive(window);
    fillSender(window, port);
    typeMessage(window, u"Bob <bob@example.org>"_s, u"Outbox me"_s, u"Try later."_s);
    const QString attached = writeFile(m_dir, u"outbox.txt"_s, "kept by reference");
    window.attachmentList()->addFiles({ attached });

    QSignalSpy finished(&window, &ComposerWindow::sendFinished);
    QTest::mouseClick(child<QPushButton>(&window, u"sendButton"_s), Qt::LeftButton);
    QVERIFY(finished.count() == 1 || finished.wait(30'000));
    const auto result = finished.constFirst().constFirst().value<SendResult>();
    QCOMPARE(result.outcome, Smtp::Outcome::Failed);
    openBox(&window, u"sendReportMessageBox"_s)->accept();

    const QList<OutboxItem> outbox = m_services->drafts()->outbox();
    QCOMPARE(outbox.size(), 1);
    QCOMPARE(outbox.constFirst().reason, result.message);
    QCOMPARE(outbox.constFirst().message.subject, u"Outbox me"_s);
    QCOMPARE(outbox.constFirst().message.attachments.size(), 1);
    QCOMPARE(outbox.constFirst().message.attachments.constFirst().filePath, attached);
    QCOMPARE(outbox.constFirst().profileName, u"Scripted"_s);

    const QList<LoggedSession> logged = m_services->log()->sessions();
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.constFirst().outcome, Smtp::Outcome::Failed);
    QCOMPARE(logged.constFirst().profile, u"Scripted"_s);
    QCOMPARE(logged.constFirst().subject, u"Outbox me"_s);
    QVERIFY(logged.constFirst().transcriptSize > 0);

    // Retried from the outbox in a fresh window: everything comes back.
    ComposerWindow later(m_services.get());
    showActive(later);
    later.showDraftsDialog();
    auto *dialog = openDialog<MessagesDialog>(&later);
    QVERIFY(dialog);
    QCOMPARE(dialog->outboxView()->topLevelItemCount(), 1);
    QVERIFY(dialog->outboxView()->topLevelItem(0)->text(2).contains(result.message.left(20)));
    dialog->outboxView()->setCurrentItem(dialog->outboxView()->topLevelItem(0));
    QTest::mouseClick(child<QPushButton>(dialog, u"openMessageButton"_s), Qt::LeftButton);
    QTRY_COMPARE(child<QLineEdit>(&later, u"subjectLineEdit"_s)->text(), u"Outbox me"_s);
    QCOMPARE(child<QLineEdit>(&later, u"toLineEdit"_s)->text(), u"Bob <bob@example.org>"_s);
    QCOMPARE(later.attachmentList()->model()->rowCount(), 1);
    QCOMPARE(later.messageId(), outbox.constFirst().id);
}

void ComposerWindowTest::savesAndReopensDrafts()
{
    ComposerWindow window(m_services.get());
    showActive(window);
    fillSender(window, 25);
    // An address that does not parse yet is kept exactly as typed.
    typeMessage(window, u"bob@example.org, carol@"_s, u"Half written"_s, u"To be continued"_s);
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(m_services->drafts()->drafts().size(), 1);
    const Draft saved = m_services->drafts()->drafts().constFirst();
    QCOMPARE(saved.message.subject, u"Half written"_s);
    QCOMPARE(saved.id, window.messageId());

    window.newMessage(); // asks: discard what is there
    QMessageBox *discard = openBox(&window, u"discardMessageBox"_s);
    QVERIFY(discard);
    QVERIFY(clickButtonWithRole(discard, QMessageBox::DestructiveRole));
    QTRY_VERIFY(child<QLineEdit>(&window, u"subjectLineEdit"_s)->text().isEmpty());
    QVERIFY(window.messageId().isEmpty());

    window.showDraftsDialog();
    auto *dialog = openDialog<MessagesDialog>(&window);
    QVERIFY(dialog);
    QCOMPARE(dialog->draftsView()->topLevelItemCount(), 1);
    QTreeWidgetItem *item = dialog->draftsView()->topLevelItem(0);
    QCOMPARE(item->text(0), u"Half written"_s);
    dialog->draftsView()->setCurrentItem(item);
    QTest::mouseClick(child<QPushButton>(dialog, u"openMessageButton"_s), Qt::LeftButton);
    QTRY_COMPARE(child<QLineEdit>(&window, u"subjectLineEdit"_s)->text(), u"Half written"_s);
    QCOMPARE(child<QLineEdit>(&window, u"toLineEdit"_s)->text(), u"bob@example.org, carol@"_s);
    QVERIFY(window.bodyEditor()->textEdit()->toPlainText().contains(u"To be continued"_s));
    QCOMPARE(window.messageId(), saved.id);
}

void ComposerWindowTest::offersRecoveryAfterAKilledProcess()
{
    // A real process autosaving the open message, killed mid-write: what it left is offered.
    const QString dataDir = m_storeDir->filePath(u"data"_s);
    QProcess writer;
    writer.start(QStringLiteral(MAILWRIGHT_CRASH_WRITER), { u"draft"_s, dataDir });
    QVERIFY(writer.waitForStarted());
    int lastSaved = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines)
                if (line.startsWith("saved "))
                    lastSaved = line.mid(6).toInt();
            return lastSaved >= 3;
        }(),
        20'000);
    writer.kill();
    QVERIFY(writer.waitForFinished());

    ComposerWindow window(m_services.get());
    showActive(window);
    window.offerRecovery();
    QMessageBox *box = openBox(&window, u"restoreMessageBox"_s);
    QVERIFY(box);
    QTest::mouseClick(child<QPushButton>(box, u"restoreButton"_s), Qt::LeftButton);
    const auto subject = [&window] { return child<QLineEdit>(&window, u"subjectLineEdit"_s)->text(); };
    QTRY_VERIFY(subject().startsWith(u"autosave "_s));
    QVERIFY(subject().mid(9).toInt() >= lastSaved);
    QCOMPARE(child<QLineEdit>(&window, u"toLineEdit"_s)->text(), u"Bob <bob@example.org>"_s);
    QCOMPARE(window.messageId(), u"crash-draft"_s);
    // Its attachment is gone from disk: said, not silently dropped.
    QMessageBox *missing = openBox(&window, u"sendProblemMessageBox"_s);
    QVERIFY(missing);
    QVERIFY(missing->text().contains(u"/tmp/report-"_s));
    missing->accept();
}

void ComposerWindowTest::trustsACertificateAndSendsAgain()
{
    const QString host = qEnvironmentVariable("MAILWRIGHT_TEST_SMTP_HOST");
    const QString port = qEnvironmentVariable("MAILWRIGHT_TEST_SMTP_SELFSIGNED_PORT");
    const QString fingerprint = qEnvironmentVariable("MAILWRIGHT_TEST_SELFSIGNED_SHA256");
    const QString user = qEnvironmentVariable("MAILWRIGHT_TEST_SMTP_USER");
    const QString password = qEnvironmentVariable("MAILWRIGHT_TEST_SMTP_PASSWORD");
    if (host.isEmpty() || port.isEmpty() || fingerprint.isEmpty() || user.isEmpty())
        QSKIP("MAILWRIGHT_TEST_SMTP_* not set: start tools/testenv (tools/test.sh does)");

    AccountProfile profile;
    profile.name = u"Self-signed"_s;
    profile.senderAddress = u"ann@example.org"_s;
    profile.host = host;
    profile.port = quint16(port.toUInt());
    profile.security = Smtp::Security::Tls;
    profile.user = user;
    QVERIFY(m_services->profiles()->save(profile).ok());
    profile = *m_services->profiles()->load(profile.name);
    m_services->passwords()->keepForSession(profile, password);

    ComposerWindow window(m_services.get());
    showActive(window);
    QVERIFY(window.senderChooser()->selectProfile(profile.name));
    typeMessage(window, u"bob@example.org"_s, u"Pinned"_s, u"Trusted by fingerprint."_s);
    QSignalSpy finished(&window, &ComposerWindow::sendFinished);
    QTest::mouseClick(child<QPushButton>(&window, u"sendButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(30'000));
    QCOMPARE(finished.constFirst().constFirst().value<SendResult>().failure, Smtp::Failure::Certificate);

    QMessageBox *report = openBox(&window, u"sendReportMessageBox"_s);
    QVERIFY(report);
    QTest::mouseClick(child<QPushButton>(report, u"viewCertificateButton"_s), Qt::LeftButton);
    auto *certificate = openDialog<CertificateDialog>(&window);
    QVERIFY(certificate);
    QCOMPARE(Fingerprint::normalized(certificate->fingerprint()), Fingerprint::normalized(fingerprint));
    QTest::mouseClick(child<QPushButton>(certificate, u"trustCertificateButton"_s), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30'000);
    const auto result = finished.at(1).constFirst().value<SendResult>();
    QVERIFY2(result.outcome == Smtp::Outcome::Sent, qPrintable(result.message));
    QVERIFY(result.tls.pinned);
    QCOMPARE(m_services->profiles()->load(profile.name)->trustedFingerprints,
        QStringList { Fingerprint::normalized(fingerprint) });
}

void ComposerWindowTest::menusOpenProfilesAndLog()
{
    ComposerWindow window(m_services.get());
    showActive(window);
    fillSender(window, 25);
    LoggedSession session;
    session.startedAt = QDateTime::currentDateTimeUtc();
    session.profile = u"Scripted"_s;
    session.server = u"127.0.0.1:25"_s;
    session.subject = u"From the log"_s;
    session.outcome = Smtp::Outcome::Sent;
    QVERIFY(m_services->log()->append(session).ok());

    child<QAction>(&window, u"actionManageProfiles"_s)->trigger();
    auto *profiles = openDialog<ProfileDialog>(&window);
    QVERIFY(profiles);
    profiles->close();

    child<QAction>(&window, u"actionConversationLog"_s)->trigger();
    auto *log = openDialog<LogWindow>(&window);
    QVERIFY(log);
    log->close();
}

void ComposerWindowTest::noProfileSendsToProfileDialog()
{
    ComposerWindow window(m_services.get());
    showActive(window);
    QVERIFY(!window.senderChooser()->currentProfile());
    // A first run opens the profile dialog, with a new profile to fill in.
    window.startUp();
    QPointer<ProfileDialog> profiles = openDialog<ProfileDialog>(&window);
    QVERIFY(profiles);
    QVERIFY(profiles->currentProfileName().isEmpty());
    profiles->close(); // nothing typed: closes without asking
    QTRY_VERIFY(!profiles || !profiles->isVisible());

    typeMessage(window, u"bob@example.org"_s, u"Nobody to send as"_s, u"Hello."_s);
    QTest::mouseClick(child<QPushButton>(&window, u"sendButton"_s), Qt::LeftButton);
    QMessageBox *problem = openBox(&window, u"sendProblemMessageBox"_s);
    QVERIFY(problem);
    QVERIFY(problem->text().contains(u"Manage Profiles"_s));
    problem->accept();
    QVERIFY(!window.isSending());
}

void ComposerWindowTest::insertsTheProfileSignature()
{
    AccountProfile signed_;
    signed_.name = u"Signed"_s;
    signed_.senderAddress = u"ann@example.org"_s;
    signed_.host = u"127.0.0.1"_s;
    signed_.signaturePlain = u"Ann Lee\nExample Org"_s;
    QVERIFY(m_services->profiles()->save(signed_).ok());
    AccountProfile plain = signed_;
    plain.name = u"Unsigned"_s;
    plain.signaturePlain.clear();
    QVERIFY(m_services->profiles()->save(plain).ok());

    ComposerWindow window(m_services.get());
    showActive(window);
    QVERIFY(window.senderChooser()->selectProfile(u"Signed"_s));
    QTextEdit *body = window.bodyEditor()->textEdit();
    QVERIFY(body->toPlainText().contains(u"-- \nAnn Lee\nExample Org"_s));
    QCOMPARE(body->textCursor().position(), 0); // typing starts above it

    // Another account's (empty) signature replaces it while nothing is written...
    QVERIFY(window.senderChooser()->selectProfile(u"Unsigned"_s));
    QVERIFY(body->toPlainText().trimmed().isEmpty());
    QVERIFY(window.senderChooser()->selectProfile(u"Signed"_s));
    QVERIFY(body->toPlainText().contains(u"Ann Lee"_s));
    // ...but never once the person has typed.
    QTest::keyClicks(body, u"Dear Bob,"_s);
    QVERIFY(window.senderChooser()->selectProfile(u"Unsigned"_s));
    QVERIFY(body->toPlainText().startsWith(u"Dear Bob,"_s));
    QVERIFY(body->toPlainText().contains(u"Ann Lee"_s));
}

void ComposerWindowTest::sendsThroughPostfix()
{
    const QString port = qEnvironmentVariable("MAILWRIGHT_TEST_POSTFIX_PORT");
    const QString maildir = qEnvironmentVariable("MAILWRIGHT_TEST_POSTFIX_MAILDIR");
    const QString fingerprint = qEnvironmentVariable("MAILWRIGHT_TEST_LOCALHOST_SHA256");
    if (port.isEmpty() || maildir.isEmpty() || fingerprint.isEmpty())
        QSKIP("MAILWRIGHT_TEST_POSTFIX_* not set: start tools/testenv as root (tools/test.sh does)");

    // A real MTA: Postfix with STARTTLS, no login, its certificate pinned in the profile.
    AccountProfile profile;
    profile.name = u"Postfix"_s;
    profile.senderName = u"Ann Lee"_s;
    profile.senderAddress = u"ann@example.org"_s;
    profile.host = u"127.0.0.1"_s;
    profile.port = quint16(port.toUInt());
    profile.security = Smtp::Security::StartTls;
    profile.trustFingerprint(fingerprint);
    QVERIFY(m_services->profiles()->save(profile).ok());

    ComposerWindow window(m_services.get());
    showActive(window);
    QVERIFY(window.senderChooser()->selectProfile(profile.name));
    const QString subject = u"Through Postfix "_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    typeMessage(window, u"Bob <bob@example.org>"_s, subject, u"Hello from the composer."_s);
    window.attachmentList()->addFiles({ writeFile(m_dir, u"postfix.txt"_s, "attached for postfix") });
    QSignalSpy finished(&window, &ComposerWindow::sendFinished);
    QTest::mouseClick(child<QPushButton>(&window, u"sendButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(30'000));
    const auto result = finished.constFirst().constFirst().value<SendResult>();
    QVERIFY2(result.outcome == Smtp::Outcome::Sent, qPrintable(result.message));
    QVERIFY(result.tls.encrypted);
    QVERIFY(window.transcriptPane()->visibleLines().join(u'\n').contains(u"ESMTP Postfix"_s));

    // Postfix delivers on its own schedule: wait for the Maildir file.
    const auto delivered = [&] {
        QDirIterator it(maildir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(subject.toUtf8()))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(delivered(), 15'000);
}

void ComposerWindowTest::deliversDirectlyFromADirectProfile()
{
    const QByteArray dns = qgetenv("MAILWRIGHT_TEST_DNS_SERVER");
    const QString mx2 = qEnvironmentVariable("MAILWRIGHT_TEST_DIRECT_MX2_HOST");
    if (dns.isEmpty() || mx2.isEmpty())
        QSKIP("MAILWRIGHT_TEST_DNS_SERVER not set (the direct-delivery servers need root)");
    // The composer takes the same resolver hook as mailwright-send.
    qputenv("MAILWRIGHT_DNS_SERVER", dns);
    const auto restore = qScopeGuard([] { qunsetenv("MAILWRIGHT_DNS_SERVER"); });

    AccountProfile profile;
    profile.name = u"Direct"_s;
    profile.senderAddress = u"ann@example.org"_s;
    profile.route = AccountProfile::Route::Direct;
    profile.timeoutSeconds = 20;
    QVERIFY(m_services->profiles()->save(profile).ok());

    ComposerWindow window(m_services.get());
    showActive(window);
    QVERIFY(window.senderChooser()->selectProfile(profile.name));
    QCOMPARE(child<QLabel>(&window, u"fromServerLabel"_s)->text(), u"direct to recipients' servers"_s);
    typeMessage(window, u"carol@mx.test"_s, u"Straight to the MX"_s, u"No relay."_s);
    QSignalSpy finished(&window, &ComposerWindow::sendFinished);
    QTest::mouseClick(child<QPushButton>(&window, u"sendButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(60'000));
    const auto result = finished.constFirst().constFirst().value<SendResult>();
    QVERIFY2(result.outcome == Smtp::Outcome::Sent, qPrintable(result.message));
    // MX 10 refuses connections; MX 20 took it. The pane showed both attempts.
    QVERIFY(window.transcriptPane()->visibleLines().join(u'\n').contains(mx2));

    const QList<LoggedSession> logged = m_services->log()->sessions();
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.constFirst().profile, u"Direct"_s);
    QCOMPARE(logged.constFirst().outcome, Smtp::Outcome::Sent);
    QVERIFY(logged.constFirst().transcriptSize > 0);
}

void ComposerWindowTest::cancelWhileTheKeychainAnswersSendsNothing()
{
    auto *keychain = new HeldSecretStore;
    const std::unique_ptr<AppServices> held = makeTestServices(m_storeDir->filePath(u"held"_s), keychain);
    AppServices &services = *held;
    QTcpServer listener; // nobody should connect
    QVERIFY(listener.listen(QHostAddress::LocalHost));

    AccountProfile profile;
    profile.name = u"Locked"_s;
    profile.senderAddress = u"ann@example.org"_s;
    profile.host = u"127.0.0.1"_s;
    profile.port = listener.serverPort();
    profile.security = Smtp::Security::None;
    profile.user = u"ann"_s;
    profile.allowPlainTextAuth = true;
    QVERIFY(services.profiles()->save(profile).ok());

    ComposerWindow window(&services);
    showActive(window);
    QVERIFY(window.senderChooser()->selectProfile(profile.name));
    typeMessage(window, u"bob@example.org"_s, u"Locked keychain"_s, u"Hello."_s);
    const Fields before = fieldsOf(window);
    QSignalSpy finished(&window, &ComposerWindow::sendFinished);
    QTest::mouseClick(child<QPushButton>(&window, u"sendButton"_s), Qt::LeftButton);
    QTRY_COMPARE(keychain->waiting(), 1);
    QVERIFY(window.isSending());
    QVERIFY(child<QLabel>(&window, u"progressLabel"_s)->text().contains(u"password"_s));

    QTest::mouseClick(child<QPushButton>(&window, u"cancelButton"_s), Qt::LeftButton);
    QVERIFY(!window.isSending());
    QVERIFY(child<QPushButton>(&window, u"sendButton"_s)->isEnabled());

    // Cancelled before anything was sent: one Cancelled result, nothing logged.
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.constFirst().constFirst().value<SendResult>().outcome, Smtp::Outcome::Cancelled);
    keychain->answer(u"late"_s); // the unlock prompt is answered after all
    QTest::qWait(300);
    QVERIFY(!listener.hasPendingConnections());
    QVERIFY(!window.controller()->isBusy());
    QCOMPARE(finished.count(), 1);
    QVERIFY(services.log()->sessions().isEmpty());
    QVERIFY(fieldsOf(window) == before);
}

void ComposerWindowTest::refusedSignInIsSignedInAgainAndSent()
{
    const QString oauth = qEnvironmentVariable("MAILWRIGHT_TEST_OAUTH_URL");
    const QString port = qEnvironmentVariable("MAILWRIGHT_TEST_SMTP_PLAIN_PORT");
    const QString account = qEnvironmentVariable("MAILWRIGHT_TEST_SMTP_USER");
    if (oauth.isEmpty() || port.isEmpty())
        QSKIP("MAILWRIGHT_TEST_OAUTH_URL not set: start tools/testenv (tools/test.sh does)");
    TestBrowser browser;
    QDesktopServices::setUrlHandler(u"http"_s, &browser, "openUrl");
    const auto restore = qScopeGuard([] { QDesktopServices::unsetUrlHandler(u"http"_s); });

    // A profile whose provider no longer accepts its refresh token (revoked, password changed).
    AccountProfile profile;
    profile.name = u"Signed in"_s;
    profile.senderAddress = account;
    profile.user = account;
    profile.host = u"127.0.0.1"_s;
    profile.port = quint16(port.toUInt());
    profile.security = Smtp::Security::None;
    profile.allowPlainTextAuth = true;
    profile.oauth.provider = OAuthSettings::Provider::Custom;
    profile.oauth.clientId = u"mailwright-test-gui-invalid-grant"_s;
    profile.oauth.authorizationUrl = oauth + u"/authorize"_s;
    profile.oauth.tokenUrl = oauth + u"/token"_s;
    profile.oauth.scopes = u"mail offline_access openid email"_s;
    profile = m_services->profiles()->save(profile).profile;
    OAuthTokens stale;
    stale.refreshToken = u"mw-rt-revoked"_s;
    stale.account = account;
    stale.signedInAt = QDateTime::currentDateTimeUtc().addDays(-30);
    m_services->passwords()->keepForSession(profile, QString::fromUtf8(stale.toJson()));
    Q_EMIT m_services->profilesChanged();

    ComposerWindow window(m_services.get());
    showActive(window);
    QVERIFY(window.senderChooser()->selectProfile(profile.name));
    const QString subject = u"After signing in again "_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    typeMessage(window, u"bob@example.org"_s, subject, u"Kept while I sign in."_s);
    const Fields before = fieldsOf(window);
    QSignalSpy finished(&window, &ComposerWindow::sendFinished);
    QTest::mouseClick(child<QPushButton>(&window, u"sendButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(20'000));
    const auto refused = finished.constFirst().constFirst().value<SendResult>();
    QCOMPARE(refused.failure, Smtp::Failure::Auth);
    QVERIFY(!window.findChild<PasswordPrompt *>()); // a sign-in, never a password prompt

    QMessageBox *report = openBox(&window, u"sendProblemMessageBox"_s);
    QVERIFY(report);
    QVERIFY2(report->text().contains(u"Sign in again"_s), qPrintable(report->text()));
    QVERIFY(fieldsOf(window) == before); // nothing lost
    QTest::mouseClick(child<QPushButton>(report, u"signInAgainButton"_s), Qt::LeftButton);

    // The browser signs in; the message goes at once.
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20'000);
    const auto sent = finished.at(1).constFirst().value<SendResult>();
    QVERIFY2(sent.outcome == Smtp::Outcome::Sent, qPrintable(sent.message));
    QCOMPARE(browser.visits(), 1);
    QVERIFY(m_services->profiles()->load(profile.name)->oauth.signedInAt > stale.signedInAt);
    openBox(&window, u"sendReportMessageBox"_s)->accept();
}

QTEST_MAIN(ComposerWindowTest)
#include "ComposerWindowTest.moc"
