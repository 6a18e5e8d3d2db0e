#include "ComposerWindow.h"
#include "ui_ComposerWindow.h"

#include "AttachmentList.h"
#include "AttachmentModel.h"
#include "BodyEditor.h"
#include "RecipientField.h"
#include "SenderSettingsForm.h"
#include "ThemedIcon.h"
#include "TranscriptPane.h"

#include "mime/MessageBuilder.h"
#include "mime/MimeStream.h"
#include "smtp/SmtpSession.h"
#include "store/AddressHistory.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStringListModel>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr int maxKnownAddresses = 500;
constexpr qint64 emlChunkBytes = 256 * 1024; // per event-loop turn: the window stays responsive

QString joinMailboxes(const QList<Mailbox> &mailboxes)
{
    QStringList parts;
    for (const Mailbox &mailbox : mailboxes)
        parts << mailbox.toDisplayString();
    return parts.join(u", "_s);
}

QString formatDuration(qint64 seconds)
{
    if (seconds < 60)
        return ComposerWindow::tr("%n second(s)", nullptr, int(qMax<qint64>(1, seconds)));
    if (seconds < 3600)
        return ComposerWindow::tr("%n minute(s)", nullptr, int((seconds + 30) / 60));
    return ComposerWindow::tr("%n hour(s)", nullptr, int((seconds + 1800) / 3600));
}

// Copies a MimeStream into a file a block per event-loop turn, then reports once.
class EmlWriter : public QObject
{
public:
    EmlWriter(
        QSharedPointer<MimeStream> stream, const QString &path, std::function<void(QString)> done, QObject *parent)
        : QObject(parent)
        , m_stream(std::move(stream))
        , m_file(path)
        , m_done(std::move(done))
    {
        if (!m_file.open(QIODevice::WriteOnly)) {
            finish(m_file.errorString());
            return;
        }
        QTimer::singleShot(0, this, [this] { pump(); });
    }

private:
    void pump()
    {
        const QByteArray block = m_stream->read(emlChunkBytes);
        if (block.isEmpty() && m_stream->failed()) {
            m_file.cancelWriting();
            finish(m_stream->errorString());
            return;
        }
        if (!block.isEmpty() && m_file.write(block) != block.size()) {
            m_file.cancelWriting();
            finish(m_file.errorString());
            return;
        }
        if (block.isEmpty() || m_stream->atEnd()) {
            finish(m_file.commit() ? QString() : m_file.errorString());
            return;
        }
        QTimer::singleShot(0, this, [this] { pump(); });
    }

    void finish(const QString &error)
    {
        QTimer::singleShot(0, this, [this, error] {
            m_done(error);
            deleteLater();
        });
    }

    QSharedPointer<MimeStream> m_stream;
    QSaveFile m_file;
    std::function<void(QString)> m_done;
};

} // namespace

ComposerWindow::ComposerWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::ComposerWindow>())
    , m_session(new SmtpSession(this))
    , m_knownAddresses(new QStringListModel(this))
{
    m_ui->setupUi(this);
    setWindowIcon(ThemedIcon::coloured(u"mailwright"_s));

    m_transcriptPane = new TranscriptPane(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_transcriptPane);

    for (RecipientField *field : { m_ui->toLineEdit, m_ui->ccLineEdit, m_ui->bccLineEdit })
        field->setCompletionModel(m_knownAddresses);
    m_ui->bodySplitter->setStretchFactor(0, 4);
    m_ui->bodySplitter->setStretchFactor(1, 1);
    m_ui->sendButton->setIcon(ThemedIcon::themed(u"send"_s));
    m_ui->cancelButton->setIcon(ThemedIcon::themed(u"cancel"_s));
    m_ui->sendButton->setDefault(false);
    m_ui->sendButton->setAutoDefault(false);

    connect(m_ui->sendButton, &QPushButton::clicked, this, &ComposerWindow::send);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ComposerWindow::cancelSend);
    connect(m_ui->subjectLineEdit, &QLineEdit::textChanged, this, &ComposerWindow::updateTitle);
    connect(m_ui->senderSettingsForm, &SenderSettingsForm::serverChanged, this, &ComposerWindow::updateSizeLimit);
    connect(m_ui->attachmentList, &AttachmentList::filesRejected, this, [this](const QStringList &paths) {
        QStringList names;
        for (const QString &path : paths)
            names << QDir::toNativeSeparators(path);
        showProblem(tr("Attach Files"),
            tr("These could not be attached because they are not readable files:\n%1").arg(names.join(u'\n')));
    });

    connect(m_session, &SmtpSession::transcript, m_transcriptPane, &TranscriptPane::append);
    connect(m_session, &SmtpSession::progress, this, &ComposerWindow::showProgress);
    connect(m_session, &SmtpSession::stateChanged, this, &ComposerWindow::showStage);
    connect(m_session, &SmtpSession::capabilitiesChanged, this, &ComposerWindow::rememberCapabilities);
    connect(m_session, &SmtpSession::tlsEstablished, m_transcriptPane, &TranscriptPane::setTlsSummary);
    connect(m_session, &SmtpSession::finished, this, &ComposerWindow::showResult);

    setupActions();
    retranslate();
    setSending(false);
    restoreSettings();
    updateTitle();
}

ComposerWindow::~ComposerWindow() = default;

SenderSettingsForm *ComposerWindow::senderForm() const
{
    return m_ui->senderSettingsForm;
}

BodyEditor *ComposerWindow::bodyEditor() const
{
    return m_ui->bodyEditor;
}

AttachmentList *ComposerWindow::attachmentList() const
{
    return m_ui->attachmentList;
}

bool ComposerWindow::isSending() const
{
    return m_sendingNow; // from send() to finished: the session starts on the next turn
}

void ComposerWindow::setupActions()
{
    m_ui->actionNewMessage->setShortcut(QKeySequence::New);
    m_ui->actionNewMessage->setIcon(ThemedIcon::themed(u"new-message"_s));
    connect(m_ui->actionNewMessage, &QAction::triggered, this, &ComposerWindow::newMessage);

    // Ctrl+Return on the main keyboard and Ctrl+Enter on the keypad.
    m_ui->actionSend->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    m_ui->actionSend->setShortcutContext(Qt::WindowShortcut);
    m_ui->actionSend->setIcon(ThemedIcon::themed(u"send"_s));
    connect(m_ui->actionSend, &QAction::triggered, this, &ComposerWindow::send);

    m_ui->actionAttachFiles->setIcon(ThemedIcon::themed(u"attach"_s));
    m_ui->actionAttachFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_ui->actionAttachFiles, &QAction::triggered, m_ui->attachmentList, &AttachmentList::chooseFiles);

    m_ui->actionSaveAsEml->setShortcut(QKeySequence::SaveAs);
    m_ui->actionSaveAsEml->setIcon(ThemedIcon::themed(u"save"_s));
    connect(m_ui->actionSaveAsEml, &QAction::triggered, this, &ComposerWindow::chooseEmlFile);

    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionQuit->setIcon(ThemedIcon::themed(u"quit"_s));
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);

    // Edit acts on whichever field has focus: line edits and text edits share these slots.
    const QList<QPair<QAction *, QKeySequence::StandardKey>> editActions = {
        { m_ui->actionUndo, QKeySequence::Undo },
        { m_ui->actionRedo, QKeySequence::Redo },
        { m_ui->actionCut, QKeySequence::Cut },
        { m_ui->actionCopy, QKeySequence::Copy },
        { m_ui->actionPaste, QKeySequence::Paste },
        { m_ui->actionSelectAll, QKeySequence::SelectAll },
    };
    const QList<const char *> slots = { "undo", "redo", "cut", "copy", "paste", "selectAll" };
    for (int i = 0; i < editActions.size(); ++i) {
        QAction *action = editActions.at(i).first;
        // The shortcut is shown in the menu; the focused widget handles the key itself.
        action->setShortcut(editActions.at(i).second);
        action->setShortcutContext(Qt::WidgetShortcut);
        const char *slot = slots.at(i);
        connect(action, &QAction::triggered, this, [slot] {
            if (QWidget *focus = QApplication::focusWidget())
                QMetaObject::invokeMethod(focus, slot);
        });
    }
    m_ui->actionCopy->setIcon(ThemedIcon::themed(u"copy"_s));

    m_ui->actionShowCcBcc->setIcon(ThemedIcon::themed(u"cc-bcc"_s));
    m_ui->actionShowCcBcc->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_ui->ccBccToolButton->setDefaultAction(m_ui->actionShowCcBcc);
    connect(m_ui->actionShowCcBcc, &QAction::toggled, this, &ComposerWindow::setCcBccVisible);

    QAction *paneAction = m_transcriptPane->toggleViewAction();
    paneAction->setObjectName(u"actionServerConversation"_s);
    paneAction->setIcon(ThemedIcon::themed(u"transcript"_s));
    paneAction->setShortcut(QKeySequence(Qt::Key_F12));
    m_ui->menuView->insertAction(m_ui->actionConversationLog, paneAction);

    m_ui->actionAbout->setIcon(ThemedIcon::themed(u"about"_s));
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        auto *box = new QMessageBox(this);
        box->setObjectName(u"aboutMessageBox"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowTitle(tr("About Mailwright"));
        box->setIconPixmap(ThemedIcon::coloured(u"mailwright"_s).pixmap(64, 64));
        box->setText(tr("<h3>Mailwright %1</h3><p>A mail composer that shows its conversation with the "
                        "server as it happens.</p>")
                         .arg(QApplication::applicationVersion()));
        box->setInformativeText(tr("Built with Qt %1.").arg(QString::fromLatin1(qVersion())));
        box->open();
    });
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void ComposerWindow::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->ccBccToolButton->setAccessibleName(tr("Show Cc and Bcc"));
    m_transcriptPane->toggleViewAction()->setText(tr("Server &Conversation"));
    m_transcriptPane->toggleViewAction()->setToolTip(tr("Show the live conversation with the server"));
    updateTitle();
}

void ComposerWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void ComposerWindow::updateTitle()
{
    const QString subject = m_ui->subjectLineEdit->text().trimmed();
    setWindowTitle(subject.isEmpty() ? tr("New Message — Mailwright") : tr("%1 — Mailwright").arg(subject));
}

void ComposerWindow::setCcBccVisible(bool visible)
{
    m_ui->headerFormLayout->setRowVisible(m_ui->ccLineEdit, visible);
    m_ui->headerFormLayout->setRowVisible(m_ui->bccLineEdit, visible);
    if (m_ui->actionShowCcBcc->isChecked() != visible)
        m_ui->actionShowCcBcc->setChecked(visible);
}

bool ComposerWindow::mentionsAttachment(const QString &text)
{
    QStringList words = { u"attached"_s, u"attachment"_s, u"附件"_s };
    //: Words that say a message has an attachment, separated by '|'; the English ones always count.
    const QString translated = tr("attached|attachment|enclosed");
    words += translated.split(u'|', Qt::SkipEmptyParts);
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().startsWith(u'>'))
            continue; // quoted from an earlier message
        for (const QString &word : std::as_const(words))
            if (line.contains(word.trimmed(), Qt::CaseInsensitive))
                return true;
    }
    return false;
}

bool ComposerWindow::hasContent() const
{
    return !m_ui->toLineEdit->text().trimmed().isEmpty() || !m_ui->ccLineEdit->text().trimmed().isEmpty()
        || !m_ui->bccLineEdit->text().trimmed().isEmpty() || !m_ui->subjectLineEdit->text().trimmed().isEmpty()
        || !m_ui->bodyEditor->isEmpty() || m_ui->attachmentList->model()->rowCount() > 0;
}

ComposerWindow::Draft ComposerWindow::collectDraft(bool forSending) const
{
    Draft draft;
    SenderSettingsForm *sender = m_ui->senderSettingsForm;
    const MailboxParse from = sender->sender();
    if (forSending && !sender->validationError().isEmpty()) {
        draft.problem = sender->validationError();
        draft.field = sender->firstInvalidWidget();
        return draft;
    }
    if (from.ok())
        draft.message.from = from.mailbox;

    const QList<QPair<RecipientField *, QString>> fields = {
        { m_ui->toLineEdit, tr("To") },
        { m_ui->ccLineEdit, tr("Cc") },
        { m_ui->bccLineEdit, tr("Bcc") },
    };
    QList<QList<Mailbox>> lists;
    for (const auto &[field, name] : fields) {
        field->validate();
        const AddressListParse parsed = field->parse();
        if (!parsed.ok()) {
            draft.problem = tr("An address in %1 is not valid: %2").arg(name, parsed.error);
            draft.field = field;
            return draft;
        }
        lists << parsed.mailboxes;
    }
    draft.message.to = lists.at(0);
    draft.message.cc = lists.at(1);
    draft.message.bcc = lists.at(2);
    if (forSending && draft.message.envelopeRecipients().isEmpty()) {
        draft.problem = tr("Add at least one recipient in To, Cc or Bcc.");
        draft.field = m_ui->toLineEdit;
        return draft;
    }
    draft.message.subject = m_ui->subjectLineEdit->text();
    m_ui->bodyEditor->fillMessage(draft.message);
    for (const AttachmentModel::Item &item : m_ui->attachmentList->model()->items()) {
        Attachment attachment;
        attachment.filePath = item.filePath;
        attachment.fileName = item.fileName;
        draft.message.attachments << attachment;
    }
    return draft;
}

void ComposerWindow::send()
{
    if (isSending() || m_pendingQuestion)
        return;
    const Draft draft = collectDraft(true);
    if (!draft.problem.isEmpty()) {
        showProblem(tr("Cannot Send Yet"), draft.problem, draft.field);
        return;
    }
    const bool forgotten = draft.message.attachments.isEmpty()
        && (mentionsAttachment(draft.message.subject) || mentionsAttachment(draft.message.plainBody));
    if (!forgotten) {
        startSending(draft);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Forgot an Attachment?"),
        tr("The message mentions an attachment, but nothing is attached."), QMessageBox::NoButton, this);
    box->setObjectName(u"attachmentReminderMessageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Send it anyway, or go back and attach the files?"));
    QPushButton *sendAnyway = box->addButton(tr("Send Anyway"), QMessageBox::AcceptRole);
    sendAnyway->setObjectName(u"sendAnywayButton"_s);
    QPushButton *attach = box->addButton(tr("Attach Files…"), QMessageBox::RejectRole);
    attach->setObjectName(u"attachFilesButton"_s);
    box->setDefaultButton(attach);
    box->setEscapeButton(attach);
    connect(box, &QMessageBox::finished, this, [this, box, sendAnyway] {
        if (box->clickedButton() == sendAnyway)
            startSending(collectDraft(true));
        else
            m_ui->attachmentList->chooseFiles();
    });
    m_pendingQuestion = box;
    box->open();
}

void ComposerWindow::startSending(const Draft &draft)
{
    if (!draft.problem.isEmpty()) {
        showProblem(tr("Cannot Send Yet"), draft.problem, draft.field);
        return;
    }
    const MimeBuild build = MessageBuilder::build(draft.message);
    if (!build.ok()) {
        showProblem(tr("Cannot Send"), build.error);
        return;
    }
    const qint64 limit = m_ui->attachmentList->sizeLimit();
    if (limit > 0 && build.stream->size() > limit) {
        const QLocale locale;
        showProblem(tr("Message Too Large"),
            tr("The message comes to %1, but %2 accepts at most %3. Remove attachments or share large files another "
               "way.")
                .arg(locale.formattedDataSize(build.stream->size()), m_ui->senderSettingsForm->serverSettings().host,
                    locale.formattedDataSize(limit)));
        return;
    }

    SendRequest request;
    request.server = m_ui->senderSettingsForm->serverSettings();
    request.mailFrom = draft.message.from.envelopeAddress();
    const QList<Mailbox> recipients = draft.message.envelopeRecipients();
    for (const Mailbox &mailbox : recipients)
        request.recipients << mailbox.envelopeAddress();
    request.body = build.stream;

    m_sending = draft.message;
    m_ui->senderSettingsForm->saveSettings();
    m_transcriptPane->beginSession(u"%1:%2"_s.arg(request.server.host).arg(request.server.effectivePort()));
    m_bodyClock.invalidate();
    m_bodyStartBytes = 0;
    setSending(true);
    m_ui->sendProgressBar->setRange(0, 0); // busy until the first body byte
    m_session->send(request);
}

void ComposerWindow::cancelSend()
{
    if (isSending()) {
        m_ui->progressLabel->setText(tr("Cancelling…"));
        m_session->cancel();
    }
}

void ComposerWindow::setSending(bool sending)
{
    m_sendingNow = sending;
    for (QWidget *widget :
        std::initializer_list<QWidget *> { m_ui->senderSettingsForm, m_ui->toLineEdit, m_ui->ccLineEdit,
            m_ui->bccLineEdit, m_ui->subjectLineEdit, m_ui->bodyEditor, m_ui->attachmentList, m_ui->ccBccToolButton })
        widget->setEnabled(!sending);
    m_ui->sendButton->setEnabled(!sending);
    m_ui->actionSend->setEnabled(!sending);
    m_ui->actionNewMessage->setEnabled(!sending);
    m_ui->actionAttachFiles->setEnabled(!sending);
    m_ui->cancelButton->setVisible(sending);
    m_ui->cancelButton->setEnabled(sending);
    m_ui->cancelButton->setShortcut(sending ? QKeySequence(Qt::Key_Escape) : QKeySequence());
    m_ui->sendProgressBar->setVisible(sending);
    if (!sending) {
        m_ui->progressLabel->clear();
        m_ui->sendProgressBar->setRange(0, 1000);
        m_ui->sendProgressBar->setValue(0);
    }
}

void ComposerWindow::showStage(Smtp::State state)
{
    const QString host = m_ui->senderSettingsForm->serverSettings().host;
    QString text;
    switch (state) {
    case Smtp::State::Idle:
    case Smtp::State::Done:
    case Smtp::State::Body:
        return; // Body: showProgress() says more
    case Smtp::State::Connecting:
        text = tr("Connecting to %1…").arg(host);
        break;
    case Smtp::State::Greeting:
    case Smtp::State::Ehlo:
    case Smtp::State::Helo:
        text = tr("Greeting %1…").arg(host);
        break;
    case Smtp::State::StartTls:
    case Smtp::State::TlsHandshake:
        text = tr("Securing the connection…");
        break;
    case Smtp::State::Auth:
        text = tr("Signing in…");
        break;
    case Smtp::State::Envelope:
        text = tr("Sending the addresses…");
        break;
    case Smtp::State::Confirm:
        text = tr("Waiting for the server to accept the message…");
        m_ui->sendProgressBar->setRange(0, 0);
        break;
    case Smtp::State::Quit:
        text = tr("Closing the connection…");
        break;
    }
    m_ui->progressLabel->setText(text);
}

void ComposerWindow::showProgress(qint64 sentBytes, qint64 totalBytes)
{
    if (totalBytes <= 0)
        return;
    if (!m_bodyClock.isValid()) {
        m_bodyClock.start();
        m_bodyStartBytes = sentBytes;
    }
    if (m_session->state() == Smtp::State::Confirm)
        return;
    m_ui->sendProgressBar->setRange(0, 1000);
    m_ui->sendProgressBar->setValue(int(sentBytes * 1000 / totalBytes));

    const QLocale locale;
    const QString amount
        = tr("%1 of %2").arg(locale.formattedDataSize(sentBytes), locale.formattedDataSize(totalBytes));
    const qint64 elapsedMs = m_bodyClock.elapsed();
    const qint64 done = sentBytes - m_bodyStartBytes;
    if (elapsedMs < 500 || done <= 0) {
        m_ui->progressLabel->setText(tr("Sending %1").arg(amount));
        return;
    }
    const qint64 secondsLeft = (totalBytes - sentBytes) * elapsedMs / done / 1000;
    m_ui->progressLabel->setText(tr("Sending %1 — about %2 left").arg(amount, formatDuration(secondsLeft)));
}

void ComposerWindow::showResult(const SendResult &result)
{
    setSending(false);
    if (!result.capabilities.isEmpty())
        rememberCapabilities(result.capabilities);
    if (result.tls.encrypted || !result.tls.sha256Fingerprint.isEmpty())
        m_transcriptPane->setTlsSummary(result.tls);

    QMessageBox::Icon icon = QMessageBox::Critical;
    QString title;
    QString text = result.message;
    QString details;
    const QString serverReply = result.replyCode > 0
        ? u"%1 %2 %3"_s.arg(result.replyCode).arg(result.enhancedCode, result.serverText).simplified()
        : QString();

    switch (result.outcome) {
    case Smtp::Outcome::Cancelled:
        statusBar()->showMessage(tr("Sending cancelled. The message is still here."), 8000);
        Q_EMIT sendFinished(result);
        return;
    case Smtp::Outcome::Sent:
    case Smtp::Outcome::Verified:
        rememberAddresses(m_sending);
        statusBar()->showMessage(tr("Message sent."), 8000);
        icon = QMessageBox::Information;
        title = tr("Message Sent");
        text = tr(
            "The server accepted the message for %n recipient(s).", nullptr, int(result.acceptedRecipients().size()));
        clearComposer();
        break;
    case Smtp::Outcome::PartlyRefused: {
        rememberAddresses(m_sending);
        icon = QMessageBox::Warning;
        title = tr("Some Recipients Were Refused");
        text = tr("The message was sent to %n recipient(s), but the server refused these:", nullptr,
            int(result.acceptedRecipients().size()));
        QStringList refused;
        for (const RecipientResult &recipient : result.recipients) {
            if (recipient.accepted)
                continue;
            QString line = tr("• %1 — the server said: %2 %3 %4")
                               .arg(recipient.address)
                               .arg(recipient.replyCode)
                               .arg(recipient.enhancedCode, recipient.serverText)
                               .simplified();
            if (!recipient.explanation.isEmpty())
                line += u" ("_s + recipient.explanation + u')';
            refused << line;
        }
        text += u"\n\n"_s + refused.join(u'\n');
        details = tr("Everything you wrote is kept, so you can correct those addresses and send again.");
        statusBar()->showMessage(tr("Sent, but some recipients were refused."), 8000);
        break;
    }
    case Smtp::Outcome::Unknown:
        icon = QMessageBox::Warning;
        title = tr("Message May Have Been Sent");
        details = tr("Check the recipient's mailbox or your sent mail before sending again.");
        break;
    case Smtp::Outcome::Refused:
    case Smtp::Outcome::Failed:
        title = tr("Message Not Sent");
        details = tr("Nothing you wrote is lost: correct the problem and send again.");
        statusBar()->showMessage(tr("The message was not sent."), 8000);
        break;
    }

    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, this);
    box->setObjectName(u"sendReportMessageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QStringList informative;
    if (!serverReply.isEmpty() && result.outcome != Smtp::Outcome::Sent
        && result.outcome != Smtp::Outcome::PartlyRefused)
        informative << tr("The server said: %1").arg(serverReply);
    if (!details.isEmpty())
        informative << details;

    // A certificate that cannot be verified (self-signed, a private CA) may be trusted by its
    // fingerprint after the person has compared it; core pins it, the UI only asks.
    QPushButton *trustButton = nullptr;
    if (result.failure == Smtp::Failure::Certificate && !result.tls.sha256Fingerprint.isEmpty()) {
        informative << tr("Certificate SHA-256 fingerprint:\n%1\nTrust it only if it is the one your provider "
                          "publishes.")
                           .arg(result.tls.sha256Fingerprint);
        trustButton = box->addButton(tr("Trust and Send Again"), QMessageBox::AcceptRole);
        trustButton->setObjectName(u"trustCertificateButton"_s);
        const QString fingerprint = result.tls.sha256Fingerprint;
        connect(box, &QMessageBox::finished, this, [this, box, trustButton, fingerprint] {
            if (box->clickedButton() != trustButton)
                return;
            m_ui->senderSettingsForm->trustFingerprint(fingerprint);
            send();
        });
    }
    box->setInformativeText(informative.join(u"\n\n"_s));
    box->setWindowModality(Qt::WindowModal);
    box->open();
    Q_EMIT sendFinished(result);
}

void ComposerWindow::showProblem(const QString &title, const QString &text, QWidget *field)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(u"sendProblemMessageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPointer<QWidget> target = field;
    connect(box, &QMessageBox::finished, this, [target] {
        if (target)
            target->setFocus();
    });
    box->open();
}

void ComposerWindow::rememberCapabilities(const QStringList &capabilities)
{
    m_transcriptPane->setCapabilities(capabilities);
    // RFC 1870: "SIZE <n>" is the largest message the server accepts; "SIZE 0" or no number
    // means it states no limit.
    qint64 limit = 0;
    for (const QString &capability : capabilities) {
        const QStringList words = capability.split(u' ', Qt::SkipEmptyParts);
        if (words.size() >= 2 && words.constFirst().compare(u"SIZE"_s, Qt::CaseInsensitive) == 0)
            limit = words.at(1).toLongLong();
    }
    QSettings settings;
    settings.beginGroup(u"sizeLimits"_s);
    settings.setValue(m_ui->senderSettingsForm->serverKey(), limit);
    settings.endGroup();
    m_ui->attachmentList->setSizeLimit(limit);
}

void ComposerWindow::updateSizeLimit()
{
    QSettings settings;
    settings.beginGroup(u"sizeLimits"_s);
    m_ui->attachmentList->setSizeLimit(settings.value(m_ui->senderSettingsForm->serverKey(), 0).toLongLong());
    settings.endGroup();
}

void ComposerWindow::rememberAddresses(const Message &message)
{
    AddressHistory history;
    QList<Mailbox> used = message.envelopeRecipients();
    used << message.from;
    const StoreStatus status = history.recordUsed(used);
    if (!status.ok())
        statusBar()->showMessage(status.error, 8000);
    loadKnownAddresses(history);
}

void ComposerWindow::loadKnownAddresses(const AddressHistory &history)
{
    QStringList known;
    const QList<AddressUse> entries = history.entries();
    for (const AddressUse &use : entries) {
        known << use.mailbox.toDisplayString();
        if (known.size() >= maxKnownAddresses)
            break;
    }
    m_knownAddresses->setStringList(known);
}

void ComposerWindow::clearComposer()
{
    m_ui->toLineEdit->clear();
    m_ui->ccLineEdit->clear();
    m_ui->bccLineEdit->clear();
    for (RecipientField *field : { m_ui->toLineEdit, m_ui->ccLineEdit, m_ui->bccLineEdit })
        field->validate();
    m_ui->subjectLineEdit->clear();
    m_ui->bodyEditor->setPlainText(QString());
    m_ui->attachmentList->model()->clear();
    m_ui->toLineEdit->setFocus();
}

void ComposerWindow::newMessage()
{
    if (isSending() || m_pendingQuestion)
        return;
    if (!hasContent()) {
        clearComposer();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Discard This Message?"),
        tr("Start a new message and discard what you have written?"), QMessageBox::NoButton, this);
    box->setObjectName(u"discardMessageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *discard = box->addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    connect(box, &QMessageBox::finished, this, [this, box, discard] {
        if (box->clickedButton() == discard)
            clearComposer();
    });
    m_pendingQuestion = box;
    box->open();
}

void ComposerWindow::setMessage(const Message &message)
{
    if (!message.from.address.isEmpty())
        m_ui->senderSettingsForm->setSenderText(message.from.toDisplayString());
    m_ui->toLineEdit->setText(joinMailboxes(message.to));
    m_ui->ccLineEdit->setText(joinMailboxes(message.cc));
    m_ui->bccLineEdit->setText(joinMailboxes(message.bcc));
    for (RecipientField *field : { m_ui->toLineEdit, m_ui->ccLineEdit, m_ui->bccLineEdit })
        field->validate();
    setCcBccVisible(!message.cc.isEmpty() || !message.bcc.isEmpty() || m_ui->actionShowCcBcc->isChecked());
    m_ui->subjectLineEdit->setText(message.subject);
    if (message.htmlBody.isEmpty()) {
        m_ui->bodyEditor->requestMode(BodyEditor::Mode::PlainText);
        m_ui->bodyEditor->setPlainText(message.plainBody);
    } else {
        m_ui->bodyEditor->setHtml(message.htmlBody);
    }
    m_ui->attachmentList->model()->clear();
    QStringList paths;
    for (const Attachment &attachment : message.attachments)
        if (!attachment.filePath.isEmpty())
            paths << attachment.filePath;
    m_ui->attachmentList->addFiles(paths);
}

void ComposerWindow::chooseEmlFile()
{
    const QString subject = m_ui->subjectLineEdit->text().trimmed();
    QString name = subject.isEmpty() ? tr("message") : subject;
    name.replace(QRegularExpression(u"[\\\\/:*?\"<>|]"_s), u"_"_s);
    auto *dialog = new QFileDialog(this, tr("Save Message As"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + name + u".eml"_s,
        tr("Email messages (*.eml)"));
    dialog->setObjectName(u"saveEmlFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"eml"_s);
    connect(dialog, &QFileDialog::fileSelected, this, &ComposerWindow::saveAsEml);
    dialog->open();
}

void ComposerWindow::saveAsEml(const QString &path)
{
    const Draft draft = collectDraft(false);
    if (!draft.problem.isEmpty()) {
        showProblem(tr("Cannot Save"), draft.problem, draft.field);
        Q_EMIT emlSaved(path, draft.problem);
        return;
    }
    const MimeBuild build = MessageBuilder::build(draft.message);
    if (!build.ok()) {
        showProblem(tr("Cannot Save"), build.error);
        Q_EMIT emlSaved(path, build.error);
        return;
    }
    statusBar()->showMessage(tr("Saving %1…").arg(QDir::toNativeSeparators(path)));
    new EmlWriter(
        build.stream, path,
        [this, path](const QString &error) {
            if (error.isEmpty()) {
                statusBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), 8000);
            } else {
                statusBar()->clearMessage();
                showProblem(tr("Cannot Save"), tr("The message could not be saved: %1").arg(error));
            }
            Q_EMIT emlSaved(path, error);
        },
        this);
}

void ComposerWindow::restoreSettings()
{
    QSettings settings;
    loadKnownAddresses(AddressHistory());
    m_ui->senderSettingsForm->loadSettings();
    if (!restoreGeometry(settings.value(u"composer/geometry"_s).toByteArray()))
        resize(1040, 780);
    if (!restoreState(settings.value(u"composer/windowState"_s).toByteArray()))
        resizeDocks({ m_transcriptPane }, { 200 }, Qt::Vertical);
    if (!m_ui->bodySplitter->restoreState(settings.value(u"composer/bodySplitter"_s).toByteArray()))
        m_ui->bodySplitter->setSizes({ 400, 70 });
    setCcBccVisible(settings.value(u"composer/showCcBcc"_s, false).toBool());
    updateSizeLimit();
}

void ComposerWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"composer/geometry"_s, saveGeometry());
    settings.setValue(u"composer/windowState"_s, saveState());
    settings.setValue(u"composer/bodySplitter"_s, m_ui->bodySplitter->saveState());
    settings.setValue(u"composer/showCcBcc"_s, m_ui->actionShowCcBcc->isChecked());
    m_ui->senderSettingsForm->saveSettings();
}

void ComposerWindow::closeEvent(QCloseEvent *event)
{
    if (isSending())
        m_session->cancel(); // finishes promptly; QUIT is best effort
    saveSettings();
    event->accept();
}
