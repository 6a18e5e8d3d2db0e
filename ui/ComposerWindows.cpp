#include "ComposerWindows.h"

#include "AttachmentList.h"
#include "AttachmentModel.h"
#include "BodyEditor.h"
#include "ComposerWindow.h"

#include "mailto/MailtoLink.h"
#include "send/AppServices.h"
#include "store/DraftStore.h"

#include <QJsonObject>
#include <QStatusBar>
#include <QTextEdit>

#include <utility>

using namespace Qt::StringLiterals;

ComposerWindows::ComposerWindows(AppServices *services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
}

ComposerWindows::~ComposerWindows()
{
    for (const QPointer<ComposerWindow> &window : std::as_const(m_windows))
        delete window.data();
}

ComposerWindow *ComposerWindows::create(const InstanceProtocol::Request &request)
{
    ComposerWindow *previous = nullptr;
    for (const QPointer<ComposerWindow> &window : std::as_const(m_windows))
        if (window && window->isVisible())
            previous = window;
    m_windows.removeAll(nullptr);

    auto *window = new ComposerWindow(m_services);
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_windows << window;
    if (!request.mailto.isEmpty())
        window->openLink(MailtoLink::parse(request.mailto));
    // --attach is the person's own, deliberate choice: attached directly, no question asked.
    if (!request.attachFiles.isEmpty())
        window->attachmentList()->addFiles(request.attachFiles);
    if (previous) // a little down and right, so the new window does not hide exactly behind the last
        window->move(previous->pos() + QPoint(32, 32));
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

ComposerWindow *ComposerWindows::open(const InstanceProtocol::Request &request)
{
    ComposerWindow *window = create(request);
    if (std::exchange(m_startedUp, true))
        return window;
    if (const QString logError = m_services->logError(); !logError.isEmpty())
        window->statusBar()->showMessage(logError, 15000);
    const bool broughtContent = !request.mailto.isEmpty() || !request.attachFiles.isEmpty();
    if (broughtContent && m_services->drafts()->hasUnsavedRecovery())
        create({})->startUp(); // restoring must not replace what the link or the files brought
    else
        window->startUp();
    return window;
}

QList<ComposerWindow *> ComposerWindows::windows() const
{
    QList<ComposerWindow *> open;
    for (const QPointer<ComposerWindow> &window : m_windows)
        if (window)
            open << window;
    return open;
}

QJsonArray ComposerWindows::describe() const
{
    QJsonArray described;
    const QList<ComposerWindow *> open = windows();
    for (ComposerWindow *window : open) {
        const Message message = window->typedMessage();
        QJsonArray headers;
        for (const auto &[name, value] : message.extraHeaders)
            headers.append(QJsonArray { QString::fromLatin1(name), value });
        QJsonArray attachments;
        for (const AttachmentModel::Item &item : window->attachmentList()->model()->items())
            attachments.append(QJsonObject {
                { u"path"_s, item.filePath },
                { u"requestedByLink"_s, item.origin == AttachmentModel::Origin::RequestedByLink },
            });
        described.append(QJsonObject {
            { u"title"_s, window->windowTitle() },
            { u"visible"_s, window->isVisible() },
            { u"to"_s, Mailbox::toDisplayString(message.to) },
            { u"cc"_s, Mailbox::toDisplayString(message.cc) },
            { u"bcc"_s, Mailbox::toDisplayString(message.bcc) },
            { u"subject"_s, message.subject },
            { u"body"_s, window->bodyEditor()->textEdit()->toPlainText() },
            { u"headers"_s, headers },
            { u"attachments"_s, attachments },
            { u"linkNotes"_s, QJsonArray::fromStringList(window->linkNotes()) },
        });
    }
    return described;
}
