#include "ComposerWindow.h"
#include "ui_ComposerWindow.h"

#include "AttachmentList.h"
#include "AttachmentModel.h"
#include "BodyEditor.h"
#include "ConnectionTestDialog.h"
#include "LogWindow.h"
#include "MessageBoxes.h"
#include "MessagesDialog.h"
#include "PasswordPrompt.h"
#include "ProfileDialog.h"
#include "RecipientField.h"
#include "SendProgress.h"
#include "SendReport.h"
#include "SenderChooser.h"
#include "ThemedIcon.h"
#include "TranscriptPane.h"
#include "TranscriptView.h"

#include "account/ProfileStore.h"
#include "mailto/LinkAttachments.h"
#include "mailto/MailtoLink.h"
#include "mime/EmlWriter.h"
#include "send/AppServices.h"
#include "send/AttachmentReminder.h"
#include "send/SendController.h"
#include "send/SendStatusText.h"
#include "send/ServerFacts.h"
#include "store/AddressHistory.h"
#include "store/ConversationLog.h"
#include "store/DraftAutosaver.h"
#include "store/DraftStore.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStringListModel>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

constexpr int maxKnownAddresses = 500;

// One file per line, as the person's system writes paths.
QString nativePaths(const QStringList &paths)
{
    QStringList names;
    for (const QString &path : paths)
        names << QDir::toNativeSeparators(path);
    return names.join(u'\n');
}

void bringToFront(QWidget *window)
{
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace

ComposerWindow::ComposerWindow(AppServices *services, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::ComposerWindow>())
    , m_ownedServices(services ? nullptr : std::make_unique<AppServices>())
    , m_services(services ? services : m_ownedServices.get())
    , m_controller(new SendController(m_services, this))
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
    m_ui->linkInfoFrame->hide();
    m_ui->linkInfoIconLabel->setPixmap(ThemedIcon::coloured(u"dialog-warning"_s).pixmap(16, 16));
    connect(m_ui->closeLinkInfoButton, &QToolButton::clicked, m_ui->linkInfoFrame, &QWidget::hide);

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
        showProblem(tr("Attach Files"),
            tr("These could not be attached because they are not readable files:\n%1").arg(nativePaths(paths)));
    });

    m_transcriptPane->view()->follow(m_controller);
    m_progress = new SendProgress(m_ui->sendProgressBar, m_ui->progressLabel, this);
    m_progress->follow(m_controller);
    connect(m_controller, &SendController::secretRequired, this,
        [this](const SecretRequest &request) { PasswordPrompt::answer(m_controller, request, tr("Send"), this); });
    connect(m_controller, &SendController::warning, this,
        [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_controller, &SendController::keptInOutbox, this, [this](const QString &id) { m_messageId = id; });
    connect(m_controller, &SendController::finished, this, &ComposerWindow::showResult);

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
    return m_controller->isBusy(); // from send() to finished, password prompt included
}

void ComposerWindow::setupActions()
{
    const struct
    {
        QAction *action;
        QKeySequence shortcut;
        const char16_t *icon;
    } looks[] = {
        { m_ui->actionNewMessage, QKeySequence::New, u"new-message" },
        { m_ui->actionAttachFiles, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), u"attach" },
        { m_ui->actionSaveAsEml, QKeySequence::SaveAs, u"save" },
        { m_ui->actionSaveDraft, QKeySequence::Save, u"drafts" },
        { m_ui->actionOpenDrafts, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), u"outbox" },
        { m_ui->actionManageProfiles, QKeySequence(), u"account" },
        { m_ui->actionConversationLog, QKeySequence(Qt::CTRL | Qt::Key_L), u"log" },
        { m_ui->actionQuit, QKeySequence::Quit, u"quit" },
        { m_ui->actionShowCcBcc, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), u"cc-bcc" },
        { m_ui->actionCopy, QKeySequence(), u"copy" },
        { m_ui->actionAbout, QKeySequence(), u"about" },
        { m_ui->actionSend, QKeySequence(), u"send" },
    };
    for (const auto &look : looks) {
        if (!look.shortcut.isEmpty())
            look.action->setShortcut(look.shortcut);
        look.action->setIcon(ThemedIcon::themed(QString::fromUtf16(look.icon)));
    }
    // Ctrl+Return on the main keyboard and Ctrl+Enter on the keypad.
    m_ui->actionSend->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    m_ui->actionSend->setShortcutContext(Qt::WindowShortcut);

    connect(m_ui->actionNewMessage, &QAction::triggered, this, &ComposerWindow::newMessage);
    connect(m_ui->actionSend, &QAction::triggered, this, &ComposerWindow::send);
    connect(m_ui->actionAttachFiles, &QAction::triggered, m_ui->attachmentList, &AttachmentList::chooseFiles);
    connect(m_ui->actionSaveAsEml, &QAction::triggered, this, &ComposerWindow::chooseEmlFile);
    connect(m_ui->actionSaveDraft, &QAction::triggered, this, &ComposerWindow::saveDraft);
    connect(m_ui->actionOpenDrafts, &QAction::triggered, this, &ComposerWindow::showDraftsDialog);
    connect(m_ui->actionManageProfiles, &QAction::triggered, this, &ComposerWindow::showProfileDialog);
    connect(m_ui->actionTestConnection, &QAction::triggered, this, &ComposerWindow::testConnection);
    connect(m_ui->actionConversationLog, &QAction::triggered, this, &ComposerWindow::showConversationLog);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionShowCcBcc, &QAction::toggled, this, &ComposerWindow::setCcBccVisible);
    m_ui->ccBccToolButton->setDefaultAction(m_ui->actionShowCcBcc);

    // Edit acts on whichever field has focus: line edits and text edits share these slots. The
    // shortcut is shown in the menu; the focused widget handles the key itself.
    const struct
    {
        QAction *action;
        QKeySequence::StandardKey key;
        const char *slot;
    } edits[] = {
        { m_ui->actionUndo, QKeySequence::Undo, "undo" },
        { m_ui->actionRedo, QKeySequence::Redo, "redo" },
        { m_ui->actionCut, QKeySequence::Cut, "cut" },
        { m_ui->actionCopy, QKeySequence::Copy, "copy" },
        { m_ui->actionPaste, QKeySequence::Paste, "paste" },
        { m_ui->actionSelectAll, QKeySequence::SelectAll, "selectAll" },
    };
    for (const auto &edit : edits) {
        edit.action->setShortcut(edit.key);
        edit.action->setShortcutContext(Qt::WidgetShortcut);
        connect(edit.action, &QAction::triggered, this, [slot = edit.slot] {
            if (QWidget *focus = QApplication::focusWidget())
                QMetaObject::invokeMethod(focus, slot);
        });
    }

    QAction *paneAction = m_transcriptPane->toggleViewAction();
    paneAction->setObjectName(u"actionServerConversation"_s);
    paneAction->setIcon(ThemedIcon::themed(u"transcript"_s));
    paneAction->setShortcut(QKeySequence(Qt::Key_F12));
    m_ui->menuView->insertAction(m_ui->actionConversationLog, paneAction);

    connect(m_ui->actionAbout, &QAction::triggered, this, [this] { aboutBox(this)->open(); });
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

bool ComposerWindow::hasContent() const
{
    return !m_ui->toLineEdit->text().trimmed().isEmpty() || !m_ui->ccLineEdit->text().trimmed().isEmpty()
        || !m_ui->bccLineEdit->text().trimmed().isEmpty() || !m_ui->subjectLineEdit->text().trimmed().isEmpty()
        || !m_ui->bodyEditor->isUntouched() || m_ui->attachmentList->model()->rowCount() > 0;
}

void ComposerWindow::applySignature()
{
    const std::optional<AccountProfile> profile = m_ui->senderChooser->currentProfile();
    m_ui->bodyEditor->setSignature(profile ? profile->signaturePlain.trimmed() : QString(),
        profile ? profile->signatureHtml.trimmed() : QString());
}

ComposerWindow::Collected ComposerWindow::collectMessage(Collect how) const
{
    Collected collected;
    const std::optional<AccountProfile> profile = m_ui->senderChooser->currentProfile();
    if (how == Collect::ForSending && !profile) {
        collected.problem = tr("Choose the account to send from, or add one with Account → Manage Profiles.");
        collected.field = m_ui->senderChooser;
        return collected;
    }
    Message &message = collected.message;
    if (profile) {
        message.from.displayName = profile->senderName;
        message.from.address = profile->senderAddress;
    }
    const QList<QPair<RecipientField *, QString>> fields = {
        { m_ui->toLineEdit, tr("To") },
        { m_ui->ccLineEdit, tr("Cc") },
        { m_ui->bccLineEdit, tr("Bcc") },
    };
    QList<QList<Mailbox>> lists;
    for (const auto &[field, name] : fields) {
        const AddressListParse parsed = field->parse();
        const QString typed = field->text().trimmed();
        if (how == Collect::AsTyped && !parsed.ok() && !typed.isEmpty()) {
            Mailbox raw; // kept exactly as typed, so restoring it loses nothing
            raw.address = typed;
            lists << QList<Mailbox> { raw };
            continue;
        }
        if (how != Collect::AsTyped) {
            field->validate();
            if (!parsed.ok()) {
                collected.problem = tr("An address in %1 is not valid: %2").arg(name, parsed.error);
                collected.field = field;
                return collected;
            }
        }
        lists << parsed.mailboxes;
    }
    message.to = lists.at(0);
    message.cc = lists.at(1);
    message.bcc = lists.at(2);
    if (how == Collect::ForSending && message.envelopeRecipients().isEmpty()) {
        collected.problem = tr("Add at least one recipient in To, Cc or Bcc.");
        collected.field = m_ui->toLineEdit;
        return collected;
    }
    message.subject = m_ui->subjectLineEdit->text();
    m_ui->bodyEditor->fillMessage(message);
    message.extraHeaders = m_extraHeaders;
    for (const AttachmentModel::Item &item : m_ui->attachmentList->model()->items()) {
        // A file a link asked for is read only once the person has confirmed it (send() asks).
        if (item.origin == AttachmentModel::Origin::RequestedByLink)
            continue;
        Attachment attachment;
        attachment.filePath = item.filePath;
        attachment.fileName = item.fileName;
        message.attachments << attachment;
    }
    return collected;
}

Message ComposerWindow::typedMessage() const
{
    return collectMessage(Collect::AsTyped).message;
}

Draft ComposerWindow::currentDraft() const
{
    Draft draft;
    draft.id = m_messageId;
    draft.profileName = m_ui->senderChooser->currentName();
    draft.message = collectMessage(Collect::AsTyped).message;
    return draft;
}

void ComposerWindow::send()
{
    if (isSending() || isAsking())
        return;
    const Collected collected = collectMessage(Collect::ForSending);
    if (!collected.problem.isEmpty()) {
        showProblem(tr("Cannot Send Yet"), collected.problem, collected.field);
        return;
    }
    if (m_ui->attachmentList->model()->hasRequestedFiles()) {
        askAboutRequestedFiles(); // sends, once confirmed
        return;
    }
    if (!AttachmentReminder::seemsForgotten(collected.message)) {
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
            startSending(collectMessage(Collect::ForSending));
        else
            m_ui->attachmentList->chooseFiles();
    });
    m_pendingQuestion = box;
    box->open();
}

void ComposerWindow::askAboutRequestedFiles()
{
    // A web page can name any file in a link (CVE-2020-11879): the person sees each one and says
    // yes once, here, before anything is read.
    AttachmentModel *model = m_ui->attachmentList->model();
    const QStringList files = model->requestedFiles();
    constexpr int shownFiles = 10;
    QString list = nativePaths(files.mid(0, shownFiles));
    if (files.size() > shownFiles)
        list += u'\n' + tr("and %n more file(s)", nullptr, int(files.size() - shownFiles));
    auto *box = windowModalBox(this, QMessageBox::Warning, u"linkAttachmentsMessageBox"_s,
        tr("Send the Files the Link Asked For?"),
        tr("The link that opened this message asked to attach %n file(s). Send them to the recipients?", nullptr,
            int(files.size())));
    box->setInformativeText(list);
    QPushButton *sendWith
        = box->addButton(tr("Send with the File(s)", nullptr, int(files.size())), QMessageBox::AcceptRole);
    sendWith->setObjectName(u"sendWithLinkFilesButton"_s);
    QPushButton *remove
        = box->addButton(tr("Remove the File(s)", nullptr, int(files.size())), QMessageBox::DestructiveRole);
    remove->setObjectName(u"removeLinkFilesButton"_s);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::finished, this, [this, box, sendWith, remove, files] {
        AttachmentModel *model = m_ui->attachmentList->model();
        if (box->clickedButton() == sendWith) {
            // Exactly the files that were shown; anything added meanwhile is asked about again.
            if (model->requestedFiles() != files)
                return;
            model->confirmRequestedFiles();
            send();
        } else if (box->clickedButton() == remove) {
            model->removeRequestedFiles();
            statusBar()->showMessage(tr("The files the link asked for were removed. Nothing was sent."), 8000);
        }
    });
    m_pendingQuestion = box;
    box->open();
}

void ComposerWindow::startSending(const Collected &collected, const QString &askAgainBecause)
{
    if (!collected.problem.isEmpty()) {
        showProblem(tr("Cannot Send Yet"), collected.problem, collected.field);
        return;
    }
    SendJob job;
    job.message = collected.message;
    job.profile = *m_ui->senderChooser->currentProfile();
    job.askAgainBecause = askAgainBecause;
    job.messageId = m_messageId;
    job.origin = LoggedSession::Origin::Gui;
    job.records = Send::Record::Log | Send::Record::Outbox | Send::Record::AddressHistory | Send::Record::Secret;
    m_controller->start(job);
    setSending(true);
}

void ComposerWindow::cancelSend()
{
    if (!isSending())
        return;
    m_progress->showCancelling();
    m_controller->cancel(); // finishes at once, through showResult
}

void ComposerWindow::setSending(bool sending)
{
    for (QWidget *widget : std::initializer_list<QWidget *> { m_ui->senderChooser, m_ui->toLineEdit, m_ui->ccLineEdit,
             m_ui->bccLineEdit, m_ui->subjectLineEdit, m_ui->bodyEditor, m_ui->attachmentList, m_ui->ccBccToolButton })
        widget->setEnabled(!sending);
    m_ui->sendButton->setEnabled(!sending);
    for (QAction *action : { m_ui->actionSend, m_ui->actionNewMessage, m_ui->actionAttachFiles, m_ui->actionOpenDrafts,
             m_ui->actionTestConnection })
        action->setEnabled(!sending);
    m_ui->cancelButton->setVisible(sending);
    m_ui->cancelButton->setEnabled(sending);
    m_ui->cancelButton->setShortcut(sending ? QKeySequence(Qt::Key_Escape) : QKeySequence());
    if (sending)
        m_progress->begin();
    else
        m_progress->end();
}

void ComposerWindow::showResult(const SendResult &result)
{
    setSending(false);
    updateSizeLimit(); // what the server said of SIZE this time
    if (result.tls.encrypted || !result.tls.sha256Fingerprint.isEmpty())
        m_transcriptPane->setTlsSummary(result.tls);
    statusBar()->showMessage(SendReport::statusLine(result), 8000);
    if (result.outcome == Smtp::Outcome::Sent || result.outcome == Smtp::Outcome::PartlyRefused)
        loadKnownAddresses();
    if (result.outcome == Smtp::Outcome::Sent)
        clearComposer(); // ready for the next message; the sender stays
    if (SendReport *report = SendReport::open(this, m_services, m_controller, m_controller->job().profile, result)) {
        connect(report, &SendReport::retryRequested, this, [this](const QString &askAgainBecause) {
            if (!isSending())
                startSending(collectMessage(Collect::ForSending), askAgainBecause);
        });
    }
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

void ComposerWindow::updateSizeLimit()
{
    const std::optional<AccountProfile> profile = m_ui->senderChooser->currentProfile();
    m_ui->attachmentList->setSizeLimit(profile ? m_services->serverFacts()->sizeLimit(profile->endpointLabel()) : 0);
}

void ComposerWindow::loadKnownAddresses()
{
    QStringList known;
    const QList<AddressUse> entries = m_services->addressHistory()->entries();
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
    m_extraHeaders.clear();
    showLinkNotes(QString(), {});
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
    const std::optional<AccountProfile> current = m_ui->senderChooser->currentProfile();
    if (!message.from.address.isEmpty()
        && (!current || current->senderAddress.compare(message.from.address, Qt::CaseInsensitive) != 0)) {
        if (const std::optional<AccountProfile> sender = m_services->profiles()->forSender(message.from.address))
            m_ui->senderChooser->selectProfile(sender->name);
    }
    m_ui->toLineEdit->setText(Mailbox::toDisplayString(message.to));
    m_ui->ccLineEdit->setText(Mailbox::toDisplayString(message.cc));
    m_ui->bccLineEdit->setText(Mailbox::toDisplayString(message.bcc));
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
    m_extraHeaders = message.extraHeaders;
    m_ui->attachmentList->model()->clear();
    QStringList paths;
    for (const Attachment &attachment : message.attachments)
        if (!attachment.filePath.isEmpty())
            paths << attachment.filePath;
    m_ui->attachmentList->addFiles(paths);
}

void ComposerWindow::openLink(const MailtoLink &link)
{
    if (!link.ok()) {
        showLinkNotes(tr("The link that opened this message could not be used:"), { link.error });
        return;
    }
    setMessage(link.toMessage());
    QStringList notes = link.notes();
    QStringList offered;
    for (const QString &requested : link.attachments) {
        const LinkAttachmentCheck checked = LinkAttachments::check(requested);
        if (checked.ok())
            offered << checked.filePath;
        else
            notes << checked.refusal;
    }
    // Checked a moment ago; a file that vanished since is reported by filesRejected.
    m_ui->attachmentList->addRequestedFiles(offered);
    showLinkNotes(tr("Parts of the link that opened this message were left out:"), notes);
}

void ComposerWindow::showLinkNotes(const QString &heading, const QStringList &notes)
{
    m_linkNotes = notes;
    if (notes.isEmpty()) {
        m_ui->linkInfoFrame->hide();
        return;
    }
    QString text = heading;
    for (const QString &note : notes)
        text += u"\n• "_s + note;
    m_ui->linkInfoLabel->setText(text);
    m_ui->linkInfoFrame->show();
}

void ComposerWindow::chooseEmlFile()
{
    auto *dialog = new QFileDialog(this, tr("Save Message As"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
            + EmlWriter::suggestedFileName(m_ui->subjectLineEdit->text()),
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
    const Collected collected = collectMessage(Collect::ForSaving);
    if (!collected.problem.isEmpty()) {
        showProblem(tr("Cannot Save"), collected.problem, collected.field);
        Q_EMIT emlSaved(path, collected.problem);
        return;
    }
    statusBar()->showMessage(tr("Saving %1…").arg(QDir::toNativeSeparators(path)));
    EmlWriter *writer = EmlWriter::start(collected.message, path, this);
    connect(writer, &EmlWriter::finished, this, [this, path](const QString &error) {
        if (error.isEmpty()) {
            statusBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), 8000);
        } else {
            statusBar()->clearMessage();
            showProblem(tr("Cannot Save"), tr("The message could not be saved: %1").arg(error));
        }
        Q_EMIT emlSaved(path, error);
    });
}

void ComposerWindow::restoreSettings()
{
    QSettings settings;
    loadKnownAddresses();
    loadProfiles();
    const QString lastProfile = settings.value(u"composer/profile"_s).toString();
    if (!lastProfile.isEmpty())
        m_ui->senderChooser->selectProfile(lastProfile);
    if (!restoreGeometry(settings.value(u"composer/geometry"_s).toByteArray())) {
        const QSize room = screen()->availableSize() * 0.9;
        resize(std::min(1100, room.width()), std::min(900, room.height()));
    }
    // The conversation pane's first height: its bar and summary, and a dozen lines of the
    // conversation. Resized by the person, it is remembered with the window state.
    if (!restoreState(settings.value(u"composer/windowState"_s).toByteArray()))
        resizeDocks({ m_transcriptPane }, { 18 * fontMetrics().lineSpacing() }, Qt::Vertical);
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
    if (isSending() && !m_closeConfirmed)
        m_controller->cancel(); // closing mid-send cancels; the message stays recoverable either way
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
    if (!missing.isEmpty())
        showProblem(tr("Attachments Missing"),
            tr("These files were attached but no longer exist, so they are not attached now:\n%1")
                .arg(nativePaths(missing)));
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
    loadDraft(item->toDraft());
    statusBar()->showMessage(tr("Last attempt: %1").arg(item->reason), 15000);
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
        m_profileDialog = new ProfileDialog(m_services, this);
        m_profileDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_profileDialog, &ProfileDialog::profilesChanged, m_services, &AppServices::profilesChanged);
    }
    if (const QString current = m_ui->senderChooser->currentName(); !current.isEmpty())
        m_profileDialog->selectProfile(current);
    bringToFront(m_profileDialog);
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
    bringToFront(m_logWindow);
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
    auto *dialog = new ConnectionTestDialog(m_services, profile, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectionTestDialog::certificateTrusted, this, [this, profile](const QString &sha256) {
        const ProfileStoreResult saved = m_controller->trustCertificate(profile.name, sha256);
        if (!saved.ok())
            statusBar()->showMessage(saved.error, 10000);
    });
    dialog->open();
    dialog->start();
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
