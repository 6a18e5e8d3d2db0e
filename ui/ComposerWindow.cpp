#include "ComposerWindow.h"
#include "ui_ComposerWindow.h"

#include "AppServices.h"
#include "AttachmentList.h"
#include "AttachmentModel.h"
#include "BodyEditor.h"
#include "CertificateDialog.h"
#include "ConnectionTestDialog.h"
#include "LogWindow.h"
#include "MessageBoxes.h"
#include "MessagesDialog.h"
#include "PasswordPrompt.h"
#include "ProfileDialog.h"
#include "RecipientField.h"
#include "SenderChooser.h"
#include "ThemedIcon.h"
#include "TranscriptPane.h"

#include "account/PasswordVault.h"
#include "account/ProfileStore.h"
#include "mime/MessageBuilder.h"
#include "mime/MimeStream.h"
#include "smtp/DirectDelivery.h"
#include "smtp/SmtpSession.h"
#include "store/AddressHistory.h"
#include "store/ConversationLog.h"
#include "store/DraftAutosaver.h"
#include "store/DraftStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHostAddress>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStringListModel>
#include <QTextEdit>
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

ComposerWindow::ComposerWindow(AppServices *services, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::ComposerWindow>())
    , m_ownedServices(services ? nullptr : std::make_unique<AppServices>())
    , m_services(services ? services : m_ownedServices.get())
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
    connect(m_ui->senderChooser, &SenderChooser::profileChanged, this, [this] {
        updateSizeLimit();
        applySignature();
        scheduleAutosave();
    });
    connect(m_ui->senderChooser, &SenderChooser::manageRequested, this, &ComposerWindow::showProfileDialog);
    connect(m_services, &AppServices::profilesChanged, this, &ComposerWindow::loadProfiles);

    // Every edit restarts nothing: the autosaver saves a few seconds after the first unsaved one.
    for (QLineEdit *field : std::initializer_list<QLineEdit *> {
             m_ui->toLineEdit, m_ui->ccLineEdit, m_ui->bccLineEdit, m_ui->subjectLineEdit })
        connect(field, &QLineEdit::textChanged, this, &ComposerWindow::scheduleAutosave);
    connect(m_ui->bodyEditor, &BodyEditor::textChanged, this, &ComposerWindow::scheduleAutosave);
    QAbstractItemModel *attachments = m_ui->attachmentList->model();
    connect(attachments, &QAbstractItemModel::rowsInserted, this, &ComposerWindow::scheduleAutosave);
    connect(attachments, &QAbstractItemModel::rowsRemoved, this, &ComposerWindow::scheduleAutosave);
    connect(attachments, &QAbstractItemModel::modelReset, this, &ComposerWindow::scheduleAutosave);
    startNewMessageId(QString());
    connect(m_ui->attachmentList, &AttachmentList::filesRejected, this, [this](const QStringList &paths) {
        QStringList names;
        for (const QString &path : paths)
            names << QDir::toNativeSeparators(path);
        showProblem(tr("Attach Files"),
            tr("These could not be attached because they are not readable files:\n%1").arg(names.join(u'\n')));
    });

    connect(m_session, &SmtpSession::transcript, m_transcriptPane, &TranscriptPane::append);
    connect(m_session, &SmtpSession::transcript, this,
        [this](const TranscriptEntry &entry) { m_sessionTranscript << entry; });
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

SenderChooser *ComposerWindow::senderChooser() const
{
    return m_ui->senderChooser;
}

BodyEditor *ComposerWindow::bodyEditor() const
{
    return m_ui->bodyEditor;
}

AttachmentList *ComposerWindow::attachmentList() const
{
    return m_ui->attachmentList;
}

bool ComposerWindow::isAsking() const
{
    // A box that was answered is deleted on the next turn; until then it is hidden.
    return m_pendingQuestion && m_pendingQuestion->isVisible();
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

    m_ui->actionSaveDraft->setShortcut(QKeySequence::Save);
    m_ui->actionSaveDraft->setIcon(ThemedIcon::themed(u"drafts"_s));
    connect(m_ui->actionSaveDraft, &QAction::triggered, this, &ComposerWindow::saveDraft);
    m_ui->actionOpenDrafts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_ui->actionOpenDrafts->setIcon(ThemedIcon::themed(u"outbox"_s));
    connect(m_ui->actionOpenDrafts, &QAction::triggered, this, &ComposerWindow::showDraftsDialog);

    m_ui->actionManageProfiles->setIcon(ThemedIcon::themed(u"account"_s));
    connect(m_ui->actionManageProfiles, &QAction::triggered, this, &ComposerWindow::showProfileDialog);
    connect(m_ui->actionTestConnection, &QAction::triggered, this, &ComposerWindow::testConnection);
    m_ui->actionConversationLog->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_ui->actionConversationLog->setIcon(ThemedIcon::themed(u"log"_s));
    connect(m_ui->actionConversationLog, &QAction::triggered, this, &ComposerWindow::showConversationLog);

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
        || !bodyIsUntouched() || m_ui->attachmentList->model()->rowCount() > 0;
}

bool ComposerWindow::bodyIsUntouched() const
{
    BodyEditor *body = m_ui->bodyEditor;
    if (body->isEmpty())
        return true;
    return !m_signatureBody.isEmpty() && body->textEdit()->toHtml() == m_signatureBody;
}

void ComposerWindow::applySignature()
{
    // Only into a body nobody has written in, so nothing typed is ever replaced.
    if (!bodyIsUntouched())
        return;
    const std::optional<AccountProfile> profile = m_ui->senderChooser->currentProfile();
    const QString plain = profile ? profile->signaturePlain.trimmed() : QString();
    const QString html = profile ? profile->signatureHtml.trimmed() : QString();
    const bool wasLoading = m_loading;
    m_loading = true; // not an edit: nothing to autosave
    BodyEditor *body = m_ui->bodyEditor;
    if (plain.isEmpty() && html.isEmpty()) {
        if (!body->isEmpty())
            body->setPlainText(QString()); // the previous profile's signature
        m_signatureBody.clear();
    } else if (body->mode() == BodyEditor::Mode::Html && !html.isEmpty()) {
        body->setHtml(u"<p><br></p><p>-- <br>"_s + html + u"</p>"_s);
    } else if (body->mode() == BodyEditor::Mode::Html) {
        body->setHtml(u"<p><br></p><p>-- <br>"_s + plain.toHtmlEscaped().replace(u'\n', u"<br>"_s) + u"</p>"_s);
    } else {
        body->setPlainText(u"\n\n-- \n"_s + plain); // "-- " marks a signature (RFC 3676 4.3)
    }
    if (!body->isEmpty()) {
        m_signatureBody = body->textEdit()->toHtml();
        body->textEdit()->moveCursor(QTextCursor::Start);
    }
    m_loading = wasLoading;
}

ComposerWindow::Collected ComposerWindow::collectMessage(bool forSending) const
{
    Collected collected;
    const std::optional<AccountProfile> profile = m_ui->senderChooser->currentProfile();
    if (forSending && !profile) {
        collected.problem = tr("Choose the account to send from, or add one with Account → Manage Profiles.");
        collected.field = m_ui->senderChooser;
        return collected;
    }
    if (profile) {
        collected.message.from.displayName = profile->senderName;
        collected.message.from.address = profile->senderAddress;
    }

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
            collected.problem = tr("An address in %1 is not valid: %2").arg(name, parsed.error);
            collected.field = field;
            return collected;
        }
        lists << parsed.mailboxes;
    }
    collected.message.to = lists.at(0);
    collected.message.cc = lists.at(1);
    collected.message.bcc = lists.at(2);
    if (forSending && collected.message.envelopeRecipients().isEmpty()) {
        collected.problem = tr("Add at least one recipient in To, Cc or Bcc.");
        collected.field = m_ui->toLineEdit;
        return collected;
    }
    collected.message.subject = m_ui->subjectLineEdit->text();
    m_ui->bodyEditor->fillMessage(collected.message);
    for (const AttachmentModel::Item &item : m_ui->attachmentList->model()->items()) {
        Attachment attachment;
        attachment.filePath = item.filePath;
        attachment.fileName = item.fileName;
        collected.message.attachments << attachment;
    }
    return collected;
}

Message ComposerWindow::messageAsTyped() const
{
    Message message;
    if (const std::optional<AccountProfile> profile = m_ui->senderChooser->currentProfile()) {
        message.from.displayName = profile->senderName;
        message.from.address = profile->senderAddress;
    }
    // A list that does not parse yet is kept exactly as typed, so restoring it loses nothing.
    const auto asTyped = [](const RecipientField *field) {
        const QString text = field->text().trimmed();
        const AddressListParse parsed = field->parse();
        if (parsed.ok() || text.isEmpty())
            return parsed.mailboxes;
        Mailbox raw;
        raw.address = text;
        return QList<Mailbox> { raw };
    };
    message.to = asTyped(m_ui->toLineEdit);
    message.cc = asTyped(m_ui->ccLineEdit);
    message.bcc = asTyped(m_ui->bccLineEdit);
    message.subject = m_ui->subjectLineEdit->text();
    m_ui->bodyEditor->fillMessage(message);
    for (const AttachmentModel::Item &item : m_ui->attachmentList->model()->items()) {
        Attachment attachment;
        attachment.filePath = item.filePath;
        attachment.fileName = item.fileName;
        message.attachments << attachment;
    }
    return message;
}

Draft ComposerWindow::currentDraft() const
{
    Draft draft;
    draft.id = m_messageId;
    draft.profileName = m_ui->senderChooser->currentName();
    draft.message = messageAsTyped();
    return draft;
}

void ComposerWindow::send()
{
    if (isSending() || isAsking())
        return;
    const Collected collected = collectMessage(true);
    if (!collected.problem.isEmpty()) {
        showProblem(tr("Cannot Send Yet"), collected.problem, collected.field);
        return;
    }
    const bool forgotten = collected.message.attachments.isEmpty()
        && (mentionsAttachment(collected.message.subject) || mentionsAttachment(collected.message.plainBody));
    if (!forgotten) {
        startSending(collected);
        return;
    }
    auto *box = windowModalBox(this, QMessageBox::Question, u"attachmentReminderMessageBox"_s,
        tr("Forgot an Attachment?"), tr("The message mentions an attachment, but nothing is attached."));
    box->setInformativeText(tr("Send it anyway, or go back and attach the files?"));
    QPushButton *sendAnyway = box->addButton(tr("Send Anyway"), QMessageBox::AcceptRole);
    sendAnyway->setObjectName(u"sendAnywayButton"_s);
    QPushButton *attach = box->addButton(tr("Attach Files…"), QMessageBox::RejectRole);
    attach->setObjectName(u"attachFilesButton"_s);
    box->setDefaultButton(attach);
    box->setEscapeButton(attach);
    connect(box, &QMessageBox::finished, this, [this, box, sendAnyway] {
        if (box->clickedButton() == sendAnyway)
            startSending(collectMessage(true));
        else
            m_ui->attachmentList->chooseFiles();
    });
    m_pendingQuestion = box;
    box->open();
}

void ComposerWindow::startSending(const Collected &collected)
{
    if (!collected.problem.isEmpty()) {
        showProblem(tr("Cannot Send Yet"), collected.problem, collected.field);
        return;
    }
    const AccountProfile profile = *m_ui->senderChooser->currentProfile();
    // No user name means no AUTH (SmtpSession skips it), so nothing to ask for.
    const bool needsSecret = profile.route == AccountProfile::Route::Relay && profile.auth != Smtp::AuthMethod::None
        && !profile.user.isEmpty();
    if (!needsSecret) {
        sendWithPassword(collected, profile, QString());
        return;
    }
    setSending(true); // no second Send while the keychain answers (it may be asking to unlock)
    m_ui->progressLabel->setText(tr("Looking up the password…"));
    const quint64 attempt = ++m_sendAttempt;
    m_awaitingPassword = true;
    m_services->passwords()->lookup(profile, this, [this, collected, profile, attempt](const PasswordLookup &lookup) {
        if (attempt != m_sendAttempt)
            return; // cancelled while the keychain was answering
        m_awaitingPassword = false;
        setSending(false);
        if (lookup.found())
            sendWithPassword(collected, profile, lookup.secret);
        else
            askPassword(collected, profile, lookup, QString());
    });
}

void ComposerWindow::askPassword(
    const Collected &collected, const AccountProfile &profile, const PasswordLookup &lookup, const QString &reason)
{
    auto *prompt = new PasswordPrompt(profile, lookup, reason, this);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->setWindowModality(Qt::WindowModal);
    connect(prompt, &QDialog::finished, this, [this, prompt, collected](int answer) {
        if (answer != QDialog::Accepted) {
            statusBar()->showMessage(tr("Not sent: no password was given. The message is still here."), 8000);
            return;
        }
        AccountProfile chosen = prompt->profile();
        const QString password = prompt->password();
        PasswordVault *vault = m_services->passwords();
        switch (prompt->keep()) {
        case PasswordPrompt::Keep::ForThisSession:
            vault->keepForSession(chosen, password);
            break;
        case PasswordPrompt::Keep::InSettingsFile: {
            chosen.passwordStorage = AccountProfile::PasswordStorage::SettingsFile;
            const ProfileStoreResult saved = m_services->profiles()->save(chosen);
            if (saved.ok()) {
                chosen = saved.profile;
                m_ui->senderChooser->updateProfile(chosen);
            }
            [[fallthrough]];
        }
        case PasswordPrompt::Keep::InKeychain:
            vault->store(chosen, password, this, [this](const PasswordStoreResult &stored) {
                if (!stored.ok())
                    statusBar()->showMessage(stored.message, 10000);
            });
            break;
        }
        sendWithPassword(collected, chosen, password);
    });
    prompt->open();
}

void ComposerWindow::sendWithPassword(const Collected &collected, const AccountProfile &profile, const QString &secret)
{
    const MimeBuild build = MessageBuilder::build(collected.message);
    if (!build.ok()) {
        showProblem(tr("Cannot Send"), build.error);
        return;
    }
    const bool direct = profile.route == AccountProfile::Route::Direct;
    const qint64 limit = m_ui->attachmentList->sizeLimit();
    if (!direct && limit > 0 && build.stream->size() > limit) {
        const QLocale locale;
        showProblem(tr("Message Too Large"),
            tr("The message comes to %1, but %2 accepts at most %3. Remove attachments or share large files another "
               "way.")
                .arg(locale.formattedDataSize(build.stream->size()), profile.host, locale.formattedDataSize(limit)));
        return;
    }

    const ServerSettings server = profile.toServerSettings(secret);
    const QString mailFrom = collected.message.from.envelopeAddress();
    QStringList recipients;
    const QList<Mailbox> mailboxes = collected.message.envelopeRecipients();
    for (const Mailbox &mailbox : mailboxes)
        recipients << mailbox.envelopeAddress();

    m_sending = collected.message;
    m_sendingProfile = profile;
    m_sessionTranscript.clear();
    m_sessionStartedAt = QDateTime::currentDateTimeUtc();
    m_transcriptPane->beginSession(
        direct ? tr("direct delivery") : u"%1:%2"_s.arg(server.host).arg(server.effectivePort()));
    m_bodyClock.invalidate();
    m_bodyStartBytes = 0;
    setSending(true);
    m_ui->progressLabel->clear();
    m_ui->sendProgressBar->setRange(0, 0); // busy until the first body byte

    if (direct) {
        auto *delivery = new DirectDelivery(this);
        m_direct = delivery;
        // The same test hook as mailwright-send: a private resolver instead of the system's.
        const QString dns = qEnvironmentVariable("MAILWRIGHT_DNS_SERVER");
        if (!dns.isEmpty())
            delivery->setNameserver(QHostAddress(dns));
        connect(delivery, &DirectDelivery::transcript, m_transcriptPane, &TranscriptPane::append);
        connect(delivery, &DirectDelivery::transcript, this,
            [this](const TranscriptEntry &entry) { m_sessionTranscript << entry; });
        connect(delivery, &DirectDelivery::progress, this, &ComposerWindow::showProgress);
        connect(delivery, &DirectDelivery::finished, this, [this, delivery](const SendResult &result) {
            delivery->deleteLater();
            showResult(result);
        });
        m_ui->progressLabel->setText(tr("Looking up the recipients' mail servers…"));
        const QSharedPointer<MimeStream> stream = build.stream;
        delivery->send(
            server, mailFrom, recipients, [stream]() -> QSharedPointer<QIODevice> { return stream->clone(); });
        return;
    }

    SendRequest request;
    request.server = server;
    request.mailFrom = mailFrom;
    request.recipients = recipients;
    request.body = build.stream;
    m_session->send(request);
}

void ComposerWindow::cancelSend()
{
    if (!isSending())
        return;
    if (m_awaitingPassword) {
        // Still waiting for the keychain: nothing has been sent yet.
        m_awaitingPassword = false;
        ++m_sendAttempt;
        setSending(false);
        statusBar()->showMessage(tr("Sending cancelled. The message is still here."), 8000);
        return;
    }
    m_ui->progressLabel->setText(tr("Cancelling…"));
    if (m_direct)
        m_direct->cancel();
    else
        m_session->cancel();
}

void ComposerWindow::setSending(bool sending)
{
    m_sendingNow = sending;
    for (QWidget *widget : std::initializer_list<QWidget *> { m_ui->senderChooser, m_ui->toLineEdit, m_ui->ccLineEdit,
             m_ui->bccLineEdit, m_ui->subjectLineEdit, m_ui->bodyEditor, m_ui->attachmentList, m_ui->ccBccToolButton })
        widget->setEnabled(!sending);
    m_ui->sendButton->setEnabled(!sending);
    m_ui->actionSend->setEnabled(!sending);
    m_ui->actionNewMessage->setEnabled(!sending);
    m_ui->actionAttachFiles->setEnabled(!sending);
    m_ui->actionOpenDrafts->setEnabled(!sending);
    m_ui->actionTestConnection->setEnabled(!sending);
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
    const QString host = m_sendingProfile.host;
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
    logSession(result);
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
        // Sent: it is no longer a draft, an outbox item or something to recover.
        if (!m_messageId.isEmpty()) {
            m_services->drafts()->removeDraft(m_messageId);
            m_services->drafts()->removeFromOutbox(m_messageId);
        }
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
        details = tr("Check the recipient's mailbox or your sent mail before sending again. The message is kept in "
                     "the outbox.");
        keepInOutbox(result);
        break;
    case Smtp::Outcome::Refused:
    case Smtp::Outcome::Failed:
        title = tr("Message Not Sent");
        details = tr("Nothing you wrote is lost: correct the problem and send again. The message is also kept in the "
                     "outbox (File → Drafts and Outbox).");
        statusBar()->showMessage(tr("The message was not sent."), 8000);
        keepInOutbox(result);
        break;
    }

    auto *box = windowModalBox(this, icon, u"sendReportMessageBox"_s, title, text);
    box->setStandardButtons(QMessageBox::Ok);
    QStringList informative;
    if (!serverReply.isEmpty() && result.outcome != Smtp::Outcome::Sent
        && result.outcome != Smtp::Outcome::PartlyRefused)
        informative << tr("The server said: %1").arg(serverReply);
    if (!details.isEmpty())
        informative << details;

    // A certificate that cannot be verified (self-signed, a private CA) may be trusted by its
    // fingerprint after the person has compared it; core pins it, the UI only asks.
    if (result.failure == Smtp::Failure::Certificate && !result.tls.sha256Fingerprint.isEmpty()) {
        QPushButton *view = box->addButton(tr("View Certificate…"), QMessageBox::AcceptRole);
        view->setObjectName(u"viewCertificateButton"_s);
        connect(box, &QMessageBox::finished, this, [this, box, view, result] {
            if (box->clickedButton() == view)
                offerCertificateTrust(result);
        });
    }
    // The server refused the password: the in-memory copy is wrong; ask for it again.
    if (result.failure == Smtp::Failure::Auth) {
        m_services->passwords()->forgetForSession(m_sendingProfile);
        QPushButton *retry = box->addButton(tr("Enter Password and Send…"), QMessageBox::AcceptRole);
        retry->setObjectName(u"enterPasswordButton"_s);
        const AccountProfile profile = m_sendingProfile;
        connect(box, &QMessageBox::finished, this, [this, box, retry, profile, result] {
            if (box->clickedButton() != retry)
                return;
            const Collected collected = collectMessage(true);
            if (!collected.problem.isEmpty()) {
                showProblem(tr("Cannot Send Yet"), collected.problem, collected.field);
                return;
            }
            PasswordLookup lookup; // asked because the stored one was refused
            askPassword(collected, profile, lookup, result.message);
        });
    }
    box->setInformativeText(informative.join(u"\n\n"_s));
    box->open();
    Q_EMIT sendFinished(result);
}

void ComposerWindow::showProblem(const QString &title, const QString &text, QWidget *field)
{
    auto *box = windowModalBox(this, QMessageBox::Warning, u"sendProblemMessageBox"_s, title, text);
    box->setStandardButtons(QMessageBox::Ok);
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
    settings.setValue(sizeLimitKey(), limit);
    settings.endGroup();
    m_ui->attachmentList->setSizeLimit(limit);
}

QString ComposerWindow::sizeLimitKey() const
{
    const std::optional<AccountProfile> profile = m_ui->senderChooser->currentProfile();
    if (!profile || profile->route == AccountProfile::Route::Direct)
        return u"direct"_s;
    // QSettings keys must not contain '/': "host:port" never does.
    return u"%1:%2"_s.arg(profile->host).arg(profile->toServerSettings(QString()).effectivePort());
}

void ComposerWindow::updateSizeLimit()
{
    QSettings settings;
    settings.beginGroup(u"sizeLimits"_s);
    m_ui->attachmentList->setSizeLimit(settings.value(sizeLimitKey(), 0).toLongLong());
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
    m_loading = true;
    m_ui->toLineEdit->clear();
    m_ui->ccLineEdit->clear();
    m_ui->bccLineEdit->clear();
    for (RecipientField *field : { m_ui->toLineEdit, m_ui->ccLineEdit, m_ui->bccLineEdit })
        field->validate();
    m_ui->subjectLineEdit->clear();
    m_ui->bodyEditor->setPlainText(QString());
    m_ui->attachmentList->model()->clear();
    m_signatureBody.clear();
    m_loading = false;
    applySignature();
    startNewMessageId(QString());
    m_ui->toLineEdit->setFocus();
}

void ComposerWindow::newMessage()
{
    if (isSending() || isAsking())
        return;
    if (!hasContent()) {
        clearComposer();
        return;
    }
    auto *box = windowModalBox(this, QMessageBox::Question, u"discardMessageBox"_s, tr("Discard This Message?"),
        tr("Start a new message and discard what you have written?"));
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
    m_signatureBody.clear(); // what is loaded is the person's own text
    if (!message.from.address.isEmpty()) {
        const QList<AccountProfile> profiles = m_services->profiles()->profiles();
        const std::optional<AccountProfile> current = m_ui->senderChooser->currentProfile();
        if (!current || current->senderAddress.compare(message.from.address, Qt::CaseInsensitive) != 0) {
            for (const AccountProfile &profile : profiles) {
                if (profile.senderAddress.compare(message.from.address, Qt::CaseInsensitive) == 0) {
                    m_ui->senderChooser->selectProfile(profile.name);
                    break;
                }
            }
        }
    }
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
    const Collected collected = collectMessage(false);
    if (!collected.problem.isEmpty()) {
        showProblem(tr("Cannot Save"), collected.problem, collected.field);
        Q_EMIT emlSaved(path, collected.problem);
        return;
    }
    const MimeBuild build = MessageBuilder::build(collected.message);
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
    loadProfiles();
    const QString lastProfile = settings.value(u"composer/profile"_s).toString();
    if (!lastProfile.isEmpty())
        m_ui->senderChooser->selectProfile(lastProfile);
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
    settings.setValue(u"composer/profile"_s, m_ui->senderChooser->currentName());
}

void ComposerWindow::closeEvent(QCloseEvent *event)
{
    if (isSending() && !m_closeConfirmed) {
        // Closing mid-send cancels; the message stays recoverable either way.
        if (m_direct)
            m_direct->cancel();
        else
            m_session->cancel(); // finishes promptly; QUIT is best effort
    }
    if (hasContent() && !m_closeConfirmed && !isAsking()) {
        event->ignore();
        auto *box = windowModalBox(this, QMessageBox::Question, u"closeMessageBox"_s, tr("Keep This Message?"),
            tr("Save the message as a draft before closing?"));
        box->setInformativeText(tr("A draft can be reopened from File → Drafts and Outbox."));
        QPushButton *save = box->addButton(tr("Save Draft"), QMessageBox::AcceptRole);
        save->setObjectName(u"saveDraftButton"_s);
        QPushButton *discard = box->addButton(tr("Discard"), QMessageBox::DestructiveRole);
        discard->setObjectName(u"discardButton"_s);
        box->setDefaultButton(save);
        box->setEscapeButton(box->addButton(QMessageBox::Cancel));
        connect(box, &QMessageBox::finished, this, [this, box, save, discard] {
            if (box->clickedButton() == save) {
                saveDraft();
                if (m_services->drafts()->draft(m_messageId))
                    m_closeConfirmed = true;
            } else if (box->clickedButton() == discard) {
                m_autosaver->discard();
                m_closeConfirmed = true;
            }
            if (m_closeConfirmed)
                QTimer::singleShot(0, this, &QWidget::close);
        });
        m_pendingQuestion = box;
        box->open();
        return;
    }
    if (!hasContent())
        m_autosaver->discard(); // nothing worth recovering
    else
        m_autosaver->flush();
    saveSettings();
    event->accept();
}

void ComposerWindow::scheduleAutosave()
{
    if (m_loading || !m_autosaver)
        return;
    if (!hasContent()) {
        m_autosaver->discard();
        return;
    }
    m_autosaver->update(currentDraft());
}

void ComposerWindow::startNewMessageId(const QString &id)
{
    // One autosaver per message: a new one does not carry the old message's recovery slot.
    if (m_autosaver) {
        m_autosaver->discard();
        delete m_autosaver;
    }
    m_autosaver = new DraftAutosaver(m_services->drafts(), this);
    m_messageId = id;
    connect(m_autosaver, &DraftAutosaver::saved, this, [this](const QString &savedId) { m_messageId = savedId; });
    connect(m_autosaver, &DraftAutosaver::saveFailed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("The message could not be autosaved: %1").arg(error), 10000);
    });
}

void ComposerWindow::saveDraft()
{
    if (isSending())
        return;
    const DraftSaveResult saved = m_services->drafts()->saveDraft(currentDraft());
    if (!saved.ok()) {
        showProblem(tr("Cannot Save Draft"), tr("The draft could not be saved: %1").arg(saved.error));
        return;
    }
    m_messageId = saved.id;
    m_autosaver->discard(); // saved on purpose: nothing to recover
    statusBar()->showMessage(tr("Draft saved."), 5000);
}

void ComposerWindow::loadDraft(const Draft &draft)
{
    m_loading = true;
    if (!draft.profileName.isEmpty())
        m_ui->senderChooser->selectProfile(draft.profileName);
    setMessage(draft.message);
    m_loading = false;
    startNewMessageId(draft.id);
    const QStringList missing = DraftStore::missingFiles(draft.message);
    if (!missing.isEmpty()) {
        QStringList names;
        for (const QString &path : missing)
            names << QDir::toNativeSeparators(path);
        showProblem(tr("Attachments Missing"),
            tr("These files were attached but no longer exist, so they are not attached now:\n%1")
                .arg(names.join(u'\n')));
    }
}

void ComposerWindow::openDraft(const QString &id)
{
    if (isSending() || isAsking())
        return;
    const std::optional<Draft> draft = m_services->drafts()->draft(id);
    if (!draft) {
        showProblem(tr("Cannot Open Draft"), tr("That draft no longer exists."));
        return;
    }
    if (!hasContent() || id == m_messageId) {
        loadDraft(*draft);
        return;
    }
    auto *box = windowModalBox(this, QMessageBox::Question, u"replaceMessageBox"_s, tr("Replace This Message?"),
        tr("Open the draft and keep the message you are writing as a draft?"));
    QPushButton *keep = box->addButton(tr("Save Draft and Open"), QMessageBox::AcceptRole);
    QPushButton *discard = box->addButton(tr("Discard and Open"), QMessageBox::DestructiveRole);
    box->setDefaultButton(keep);
    box->setEscapeButton(box->addButton(QMessageBox::Cancel));
    const Draft chosen = *draft;
    connect(box, &QMessageBox::finished, this, [this, box, keep, discard, chosen] {
        if (box->clickedButton() == keep)
            saveDraft();
        else if (box->clickedButton() != discard)
            return;
        loadDraft(chosen);
    });
    m_pendingQuestion = box;
    box->open();
}

void ComposerWindow::retryFromOutbox(const QString &id)
{
    const std::optional<OutboxItem> item = m_services->drafts()->outboxItem(id);
    if (!item) {
        showProblem(tr("Cannot Open Message"), tr("That message is no longer in the outbox."));
        return;
    }
    Draft draft;
    draft.id = item->id;
    draft.profileName = item->profileName;
    draft.message = item->message;
    loadDraft(draft);
    statusBar()->showMessage(tr("Last attempt: %1").arg(item->reason), 15000);
}

void ComposerWindow::keepInOutbox(const SendResult &result)
{
    OutboxItem item;
    item.id = m_messageId;
    item.profileName = m_sendingProfile.name;
    item.message = m_sending;
    item.reason = result.message;
    item.outcome = result.outcome;
    item.failure = result.failure;
    const DraftSaveResult saved = m_services->drafts()->addToOutbox(item);
    if (saved.ok())
        m_messageId = saved.id;
    else
        statusBar()->showMessage(tr("The message could not be kept in the outbox: %1").arg(saved.error), 10000);
}

void ComposerWindow::logSession(const SendResult &result)
{
    ConversationLog *log = m_services->log();
    if (!log->isOpen())
        return; // AppServices::logError() was shown at start-up
    LoggedSession session;
    session.startedAt = m_sessionStartedAt;
    session.kind = LoggedSession::Kind::Send;
    session.origin = LoggedSession::Origin::Gui;
    session.profile = m_sendingProfile.name;
    session.server = m_sendingProfile.route == AccountProfile::Route::Direct
        ? tr("direct delivery")
        : u"%1:%2"_s.arg(m_sendingProfile.host).arg(m_sendingProfile.toServerSettings(QString()).effectivePort());
    session.subject = m_sending.subject;
    const QList<Mailbox> recipients = m_sending.envelopeRecipients();
    for (const Mailbox &mailbox : recipients)
        session.recipients << mailbox.toDisplayString();
    session.transcript = m_sessionTranscript;
    session.setResult(result);
    const LogAppendResult appended = log->append(session);
    if (!appended.ok())
        statusBar()->showMessage(
            tr("The session could not be added to the conversation log: %1").arg(appended.error), 10000);
}

void ComposerWindow::offerCertificateTrust(const SendResult &result)
{
    const AccountProfile profile = m_sendingProfile;
    auto *dialog = new CertificateDialog(result.tls,
        u"%1:%2"_s.arg(profile.host).arg(profile.toServerSettings(QString()).effectivePort()), profile.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog, profile] {
        std::optional<AccountProfile> stored = m_services->profiles()->load(profile.name);
        if (!stored) {
            showProblem(tr("Cannot Trust Certificate"), tr("The profile “%1” no longer exists.").arg(profile.name));
            return;
        }
        stored->trustFingerprint(dialog->fingerprint());
        const ProfileStoreResult saved = m_services->profiles()->save(*stored);
        if (!saved.ok()) {
            showProblem(tr("Cannot Trust Certificate"), saved.error);
            return;
        }
        m_ui->senderChooser->updateProfile(saved.profile);
        Q_EMIT m_services->profilesChanged();
        send();
    });
    dialog->open();
}

void ComposerWindow::loadProfiles()
{
    ProfileStore *store = m_services->profiles();
    m_ui->senderChooser->setProfiles(store->profiles(), store->defaultProfileName());
    const bool haveProfile = m_ui->senderChooser->currentProfile().has_value();
    m_ui->actionTestConnection->setEnabled(haveProfile && !isSending());
}

void ComposerWindow::showProfileDialog()
{
    if (!m_profileDialog) {
        m_profileDialog = new ProfileDialog(m_services->profiles(), m_services->passwords(), m_services->log(), this);
        m_profileDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_profileDialog, &ProfileDialog::profilesChanged, m_services, &AppServices::profilesChanged);
    }
    if (const QString current = m_ui->senderChooser->currentName(); !current.isEmpty())
        m_profileDialog->selectProfile(current);
    m_profileDialog->show();
    m_profileDialog->raise();
    m_profileDialog->activateWindow();
}

void ComposerWindow::showConversationLog()
{
    if (!m_logWindow) {
        if (!m_services->log()->isOpen()) {
            showProblem(tr("Conversation Log Unavailable"), m_services->logError());
            return;
        }
        m_logWindow = new LogWindow(m_services->log(), this);
        m_logWindow->setWindowFlag(Qt::Window);
        m_logWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_logWindow->show();
    m_logWindow->raise();
    m_logWindow->activateWindow();
}

void ComposerWindow::showDraftsDialog()
{
    auto *dialog = new MessagesDialog(m_services->drafts(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MessagesDialog::draftChosen, this, &ComposerWindow::openDraft);
    connect(dialog, &MessagesDialog::outboxItemChosen, this, &ComposerWindow::retryFromOutbox);
    dialog->open();
}

void ComposerWindow::testConnection()
{
    const std::optional<AccountProfile> chosen = m_ui->senderChooser->currentProfile();
    if (!chosen) {
        showProfileDialog();
        return;
    }
    const AccountProfile profile = *chosen;
    if (profile.route == AccountProfile::Route::Direct) {
        showProblem(tr("Nothing to Test"),
            tr("“%1” delivers straight to each recipient's own mail server, so there is no single server to test. "
               "Its sessions appear in the conversation log.")
                .arg(profile.name));
        return;
    }
    const auto run = [this](const AccountProfile &profile, const QString &secret) {
        auto *dialog = new ConnectionTestDialog(profile, secret, m_services->log(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ConnectionTestDialog::certificateTrusted, this, [this, profile](const QString &sha256) {
            std::optional<AccountProfile> stored = m_services->profiles()->load(profile.name);
            if (!stored)
                return;
            stored->trustFingerprint(sha256);
            if (m_services->profiles()->save(*stored).ok())
                Q_EMIT m_services->profilesChanged();
        });
        dialog->open();
        dialog->start();
    };
    if (profile.auth == Smtp::AuthMethod::None || profile.user.isEmpty()) {
        run(profile, QString());
        return;
    }
    m_services->passwords()->lookup(profile, this, [this, profile, run](const PasswordLookup &lookup) {
        if (lookup.found()) {
            run(profile, lookup.secret);
            return;
        }
        auto *prompt = new PasswordPrompt(profile, lookup, QString(), this);
        prompt->setAttribute(Qt::WA_DeleteOnClose);
        prompt->setWindowModality(Qt::WindowModal);
        connect(prompt, &QDialog::accepted, this, [this, prompt, run] {
            const AccountProfile asked = prompt->profile();
            if (prompt->keep() == PasswordPrompt::Keep::ForThisSession)
                m_services->passwords()->keepForSession(asked, prompt->password());
            else
                m_services->passwords()->store(asked, prompt->password(), this, nullptr);
            run(asked, prompt->password());
        });
        prompt->open();
    });
}

void ComposerWindow::startUp()
{
    if (m_services->drafts()->hasUnsavedRecovery())
        offerRecovery();
    else if (m_services->profiles()->names().isEmpty())
        showProfileDialog();
}

void ComposerWindow::offerRecovery()
{
    const QList<Draft> recoveries = m_services->drafts()->recoveries();
    if (recoveries.isEmpty())
        return;
    const Draft recovered = recoveries.constFirst();
    auto *box = windowModalBox(this, QMessageBox::Question, u"restoreMessageBox"_s, tr("Restore Unsent Message?"),
        tr("Mailwright did not close normally last time. Restore the message you were writing?"));
    const QString subject = recovered.message.subject.trimmed();
    box->setInformativeText(tr("“%1”, last saved %2.")
                                .arg(subject.isEmpty() ? tr("(no subject)") : subject,
                                    QLocale().toString(recovered.savedAt.toLocalTime(), QLocale::ShortFormat)));
    QPushButton *restore = box->addButton(tr("Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(u"restoreButton"_s);
    QPushButton *discard = box->addButton(tr("Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(u"discardRecoveryButton"_s);
    box->setDefaultButton(restore);
    connect(box, &QMessageBox::finished, this, [this, box, restore, discard, recovered] {
        if (box->clickedButton() == restore) {
            loadDraft(recovered);
            scheduleAutosave(); // the slot now belongs to this run
        } else if (box->clickedButton() == discard) {
            m_services->drafts()->clearRecovery(recovered.id);
        }
        // Any other message left behind is offered at the next start.
    });
    m_pendingQuestion = box;
    box->open();
}
