#include "MessagesDialog.h"

#include "MessageBoxes.h"
#include "ThemedIcon.h"
#include "store/DraftStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int idRole = Qt::UserRole;

QString recipientsText(const Message &message)
{
    QStringList names;
    const QList<Mailbox> recipients = message.envelopeRecipients();
    for (const Mailbox &mailbox : recipients)
        names << mailbox.toDisplayString();
    return names.join(u", "_s);
}

QString subjectText(const Message &message)
{
    const QString subject = message.subject.trimmed();
    return subject.isEmpty() ? MessagesDialog::tr("(no subject)") : subject;
}

QString when(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

// Attachments that are gone are named, so a retry is not a surprise.
void markMissingFiles(QTreeWidgetItem *item, const Message &message)
{
    const QStringList missing = DraftStore::missingFiles(message);
    if (missing.isEmpty())
        return;
    item->setIcon(0, ThemedIcon::coloured(u"dialog-warning"_s));
    item->setToolTip(0, MessagesDialog::tr("Missing attachments:\n%1").arg(missing.join(u'\n')));
}

QTreeWidget *makeView(QWidget *parent, const QString &name)
{
    auto *view = new QTreeWidget(parent);
    view->setObjectName(name);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setAlternatingRowColors(true);
    view->header()->setStretchLastSection(true);
    return view;
}

} // namespace

MessagesDialog::MessagesDialog(DraftStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"messagesDialog"_s);
    setWindowTitle(tr("Drafts and Outbox"));
    m_drafts = makeView(this, u"draftsView"_s);
    m_drafts->setHeaderLabels({ tr("Subject"), tr("To"), tr("Account"), tr("Saved") });
    m_drafts->setAccessibleName(tr("Drafts"));
    m_outbox = makeView(this, u"outboxView"_s);
    m_outbox->setHeaderLabels({ tr("Subject"), tr("To"), tr("Why it was not sent"), tr("Last Attempt"), tr("Attempts") });
    m_outbox->setAccessibleName(tr("Outbox"));
    m_tabs->setObjectName(u"messagesTabWidget"_s);
    m_tabs->addTab(m_drafts, ThemedIcon::themed(u"drafts"_s), QString());
    m_tabs->addTab(m_outbox, ThemedIcon::themed(u"outbox"_s), QString());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_openButton = buttons->addButton(tr("Open"), QDialogButtonBox::ActionRole);
    m_openButton->setObjectName(u"openMessageButton"_s);
    m_deleteButton = buttons->addButton(tr("Delete"), QDialogButtonBox::ActionRole);
    m_deleteButton->setObjectName(u"deleteMessageButton"_s);
    m_deleteButton->setIcon(ThemedIcon::themed(u"remove"_s));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openButton, &QPushButton::clicked, this, &MessagesDialog::openSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &MessagesDialog::deleteSelected);

    for (QTreeWidget *view : { m_drafts, m_outbox }) {
        connect(view, &QTreeWidget::itemSelectionChanged, this, &MessagesDialog::updateButtons);
        connect(view, &QTreeWidget::itemActivated, this, &MessagesDialog::openSelected);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &MessagesDialog::updateButtons);
    connect(m_store, &DraftStore::draftsChanged, this, &MessagesDialog::reload);
    connect(m_store, &DraftStore::outboxChanged, this, &MessagesDialog::reload);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);

    reload();
    // Something waiting to be retried matters more than drafts.
    if (m_outbox->topLevelItemCount() > 0)
        m_tabs->setCurrentWidget(m_outbox);
    resize(760, 380);
    restoreGeometry(QSettings().value(u"messagesDialog/geometry"_s).toByteArray());
    connect(this, &QDialog::finished, this,
        [this] { QSettings().setValue(u"messagesDialog/geometry"_s, saveGeometry()); });
}

void MessagesDialog::reload()
{
    m_drafts->clear();
    const QList<Draft> drafts = m_store->drafts();
    for (const Draft &draft : drafts) {
        auto *item = new QTreeWidgetItem(m_drafts,
            { subjectText(draft.message), recipientsText(draft.message), draft.profileName, when(draft.savedAt) });
        item->setData(0, idRole, draft.id);
        markMissingFiles(item, draft.message);
    }
    m_outbox->clear();
    const QList<OutboxItem> outbox = m_store->outbox();
    for (const OutboxItem &entry : outbox) {
        auto *item = new QTreeWidgetItem(m_outbox,
            { subjectText(entry.message), recipientsText(entry.message), entry.reason, when(entry.failedAt),
                QLocale().toString(entry.attempts) });
        item->setData(0, idRole, entry.id);
        item->setToolTip(2, entry.reason);
        markMissingFiles(item, entry.message);
    }
    for (QTreeWidget *view : { m_drafts, m_outbox })
        view->resizeColumnToContents(0);
    m_tabs->setTabText(0, tr("Drafts (%1)").arg(m_drafts->topLevelItemCount()));
    m_tabs->setTabText(1, tr("Outbox (%1)").arg(m_outbox->topLevelItemCount()));
    updateButtons();
}

QTreeWidget *MessagesDialog::currentView() const
{
    return m_tabs->currentWidget() == m_outbox ? m_outbox : m_drafts;
}

void MessagesDialog::updateButtons()
{
    const int selected = int(currentView()->selectedItems().size());
    m_openButton->setText(currentView() == m_outbox ? tr("Open to Retry") : tr("Open"));
    m_openButton->setEnabled(selected == 1);
    m_deleteButton->setEnabled(selected > 0);
}

void MessagesDialog::openSelected()
{
    const QList<QTreeWidgetItem *> selected = currentView()->selectedItems();
    if (selected.size() != 1)
        return;
    const QString id = selected.constFirst()->data(0, idRole).toString();
    if (currentView() == m_outbox)
        Q_EMIT outboxItemChosen(id);
    else
        Q_EMIT draftChosen(id);
    accept();
}

void MessagesDialog::deleteSelected()
{
    QTreeWidget *view = currentView();
    QStringList ids;
    const QList<QTreeWidgetItem *> selected = view->selectedItems();
    for (const QTreeWidgetItem *item : selected)
        ids << item->data(0, idRole).toString();
    if (ids.isEmpty())
        return;
    const bool outbox = view == m_outbox;
    auto *box = windowModalBox(this, QMessageBox::Question, u"deleteMessagesBox"_s, tr("Delete Messages?"),
        outbox ? tr("Delete %n message(s) from the outbox? They will not be sent.", nullptr, int(ids.size()))
               : tr("Delete %n draft(s)?", nullptr, int(ids.size())));
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    connect(box, &QMessageBox::finished, this, [this, box, remove, ids, outbox] {
        if (box->clickedButton() != remove)
            return;
        for (const QString &id : ids) {
            if (outbox)
                m_store->removeFromOutbox(id);
            else
                m_store->removeDraft(id);
        }
        reload();
    });
    box->open();
}
