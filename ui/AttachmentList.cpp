#include "AttachmentList.h"

#include "AttachmentModel.h"
#include "ThemedIcon.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMimeData>
#include <QStandardPaths>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace {

QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls)
        if (url.isLocalFile())
            paths << url.toLocalFile();
    return paths;
}

} // namespace

AttachmentList::AttachmentList(QWidget *parent)
    : QWidget(parent)
    , m_model(new AttachmentModel(this))
{
    setAcceptDrops(true);

    m_attachButton = new QToolButton(this);
    m_attachButton->setObjectName(QStringLiteral("attachButton"));
    m_attachButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_attachButton->setIcon(ThemedIcon::themed(QStringLiteral("attach")));
    m_attachButton->setAutoRaise(true);
    connect(m_attachButton, &QToolButton::clicked, this, &AttachmentList::chooseFiles);

    m_removeButton = new QToolButton(this);
    m_removeButton->setObjectName(QStringLiteral("removeAttachmentButton"));
    m_removeButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_removeButton->setIcon(ThemedIcon::themed(QStringLiteral("remove")));
    m_removeButton->setAutoRaise(true);
    m_removeButton->setEnabled(false);
    connect(m_removeButton, &QToolButton::clicked, this, &AttachmentList::removeSelected);

    m_totalLabel = new QLabel(this);
    m_totalLabel->setObjectName(QStringLiteral("attachmentTotalLabel"));
    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(QStringLiteral("attachmentHintLabel"));
    m_hintLabel->setEnabled(false); // drawn in the palette's muted text colour

    m_listView = new QListView(this);
    m_listView->setObjectName(QStringLiteral("attachmentListView"));
    m_listView->setModel(m_model);
    m_listView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_listView->setFlow(QListView::LeftToRight);
    m_listView->setWrapping(true);
    m_listView->setResizeMode(QListView::Adjust);
    m_listView->setSpacing(2);
    m_listView->setTextElideMode(Qt::ElideMiddle);
    m_listView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_listView->installEventFilter(this);
    m_listView->setAcceptDrops(false); // drops go to this widget, which knows what a file is

    auto *removeAction = new QAction(ThemedIcon::themed(QStringLiteral("remove")), QString(), m_listView);
    removeAction->setObjectName(QStringLiteral("removeAttachmentAction"));
    connect(removeAction, &QAction::triggered, this, &AttachmentList::removeSelected);
    m_listView->addAction(removeAction);

    m_warningIcon = new QLabel(this);
    m_warningLabel = new QLabel(this);
    m_warningLabel->setObjectName(QStringLiteral("sizeWarningLabel"));
    m_warningLabel->setWordWrap(true);
    m_warningRow = new QWidget(this);
    auto *warningLayout = new QHBoxLayout(m_warningRow);
    warningLayout->setContentsMargins(0, 0, 0, 0);
    warningLayout->addWidget(m_warningIcon);
    warningLayout->addWidget(m_warningLabel, 1);
    m_warningRow->hide();

    m_requestIcon = new QLabel(this);
    m_requestLabel = new QLabel(this);
    m_requestLabel->setObjectName(QStringLiteral("linkRequestLabel"));
    m_requestLabel->setWordWrap(true);
    m_removeRequestedButton = new QToolButton(this);
    m_removeRequestedButton->setObjectName(QStringLiteral("removeRequestedButton"));
    m_removeRequestedButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_removeRequestedButton->setIcon(ThemedIcon::themed(QStringLiteral("remove")));
    connect(m_removeRequestedButton, &QToolButton::clicked, m_model, &AttachmentModel::removeRequestedFiles);
    m_requestRow = new QWidget(this);
    m_requestRow->setObjectName(QStringLiteral("linkRequestRow"));
    auto *requestLayout = new QHBoxLayout(m_requestRow);
    requestLayout->setContentsMargins(0, 0, 0, 0);
    requestLayout->addWidget(m_requestIcon);
    requestLayout->addWidget(m_requestLabel, 1);
    requestLayout->addWidget(m_removeRequestedButton);
    m_requestRow->hide();

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_attachButton);
    header->addWidget(m_totalLabel);
    header->addWidget(m_hintLabel, 1);
    header->addWidget(m_removeButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_requestRow);
    layout->addWidget(m_listView, 1);
    layout->addWidget(m_warningRow);

    connect(m_model, &AttachmentModel::totalChanged, this, &AttachmentList::updateSummary);
    connect(m_model, &AttachmentModel::requestedFilesChanged, this, &AttachmentList::updateRequested);
    connect(m_listView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { m_removeButton->setEnabled(m_listView->selectionModel()->hasSelection()); });

    retranslate();
    updateSummary();
}

AttachmentList::~AttachmentList() = default;

QStringList AttachmentList::addFiles(const QStringList &paths)
{
    const QStringList rejected = m_model->addFiles(paths);
    if (!rejected.isEmpty())
        Q_EMIT filesRejected(rejected);
    return rejected;
}

QStringList AttachmentList::addRequestedFiles(const QStringList &paths)
{
    const QStringList rejected = m_model->addFiles(paths, AttachmentModel::Origin::RequestedByLink);
    if (!rejected.isEmpty())
        Q_EMIT filesRejected(rejected);
    return rejected;
}

void AttachmentList::removeSelected()
{
    QList<int> rows;
    const QModelIndexList selected = m_listView->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected)
        rows << index.row();
    m_model->removeRows(rows);
}

void AttachmentList::setSizeLimit(qint64 sizeLimitBytes)
{
    m_sizeLimitBytes = qMax<qint64>(0, sizeLimitBytes);
    updateSummary();
}

qint64 AttachmentList::encodedSizeEstimate(qint64 rawBytes)
{
    const qint64 characters = (rawBytes + 2) / 3 * 4;
    const qint64 lines = (characters + 75) / 76;
    return characters + 2 * lines;
}

bool AttachmentList::exceedsSizeLimit() const
{
    if (m_sizeLimitBytes <= 0)
        return false;
    constexpr qint64 partHeadersBytes = 400; // Content-Type, -Disposition, -Transfer-Encoding
    qint64 estimate = 0;
    for (const AttachmentModel::Item &item : m_model->items())
        estimate += encodedSizeEstimate(item.sizeBytes) + partHeadersBytes;
    return estimate > m_sizeLimitBytes;
}

void AttachmentList::chooseFiles()
{
    auto *dialog = new QFileDialog(
        window(), tr("Attach Files"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->setObjectName(QStringLiteral("attachFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &files) { addFiles(files); });
    dialog->open();
}

void AttachmentList::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void AttachmentList::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    addFiles(files);
    event->acceptProposedAction();
}

void AttachmentList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool AttachmentList::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_listView && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AttachmentList::updateSummary()
{
    const int count = m_model->rowCount();
    const QLocale locale;
    if (count == 0)
        m_totalLabel->clear();
    else
        m_totalLabel->setText(
            tr("%n file(s), %1", nullptr, count).arg(locale.formattedDataSize(m_model->totalBytes())));
    m_listView->setVisible(count > 0);
    m_hintLabel->setVisible(count == 0);
    m_removeButton->setVisible(count > 0);

    const bool tooLarge = exceedsSizeLimit();
    if (tooLarge) {
        m_warningIcon->setPixmap(ThemedIcon::coloured(QStringLiteral("dialog-warning")).pixmap(16, 16));
        m_warningLabel->setText(tr("The attachments alone come to about %1 once encoded, more than the %2 the "
                                   "server accepts. Sending will be refused; share large files another way.")
                                    .arg(locale.formattedDataSize(encodedSizeEstimate(m_model->totalBytes())),
                                        locale.formattedDataSize(m_sizeLimitBytes)));
    }
    m_warningRow->setVisible(tooLarge);
    m_listView->setAccessibleDescription(m_totalLabel->text());
}

void AttachmentList::updateRequested()
{
    const qsizetype count = m_model->requestedFiles().size();
    if (count > 0) {
        m_requestIcon->setPixmap(ThemedIcon::coloured(QStringLiteral("dialog-warning")).pixmap(16, 16));
        m_requestLabel->setText(tr("The link that opened this message asked to attach %n file(s), marked below. "
                                   "Nothing is sent until you confirm them when you send.",
            nullptr, int(count)));
    }
    m_removeRequestedButton->setText(tr("Remove the File(s)", nullptr, int(count)));
    m_requestRow->setVisible(count > 0);
}

void AttachmentList::retranslate()
{
    m_attachButton->setText(tr("Attach…"));
    m_attachButton->setToolTip(tr("Attach files (you can choose several)"));
    m_attachButton->setAccessibleName(tr("Attach files"));
    m_removeButton->setText(tr("Remove"));
    m_removeButton->setToolTip(tr("Remove the selected attachments"));
    m_removeButton->setAccessibleName(tr("Remove selected attachments"));
    m_hintLabel->setText(tr("No attachments — drop files here to attach them"));
    m_listView->setAccessibleName(tr("Attachments"));
    m_listView->actions().constFirst()->setText(tr("Remove"));
    m_warningLabel->setAccessibleName(tr("Size warning"));
    m_removeRequestedButton->setToolTip(tr("Remove the files the link asked to attach"));
    m_requestLabel->setAccessibleName(tr("Files requested by the link"));
    updateSummary();
    updateRequested();
}
