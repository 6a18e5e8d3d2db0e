#include "LogWindow.h"

#include "LogModel.h"
#include "ThemedIcon.h"
#include "TranscriptView.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMetaEnum>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int searchDelayMs = 250; // typing a word re-queries once, not once per letter
constexpr int allItems = -1; // item data of the "All" entries in the outcome combo
constexpr int statusMessageMs = 8000;
const int retentionChoices[] = { 0, 7, 30, 90, 365 }; // days; 0 keeps forever

QString retentionText(int days)
{
    switch (days) {
    case 0:
        return LogWindow::tr("Forever");
    case 7:
        return LogWindow::tr("7 days");
    case 30:
        return LogWindow::tr("30 days");
    case 90:
        return LogWindow::tr("90 days");
    case 365:
        return LogWindow::tr("1 year");
    default:
        return LogWindow::tr("%n day(s)", nullptr, days); // set elsewhere, say by mailwright-send
    }
}

} // namespace

LogWindow::LogWindow(ConversationLog *log, QWidget *parent)
    : QMainWindow(parent)
    , m_log(log)
    , m_model(new LogModel(this))
{
    setObjectName(u"logWindow"_s);
    setWindowIcon(ThemedIcon::themed(u"log"_s));

    auto *central = new QWidget(this);

    // Filters.
    m_searchLineEdit = new QLineEdit(central);
    m_searchLineEdit->setObjectName(u"logSearchLineEdit"_s);
    m_searchLineEdit->setClearButtonEnabled(true);
    m_searchLineEdit->addAction(ThemedIcon::themed(u"search"_s), QLineEdit::LeadingPosition);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_searchLineEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &LogWindow::refresh);

    m_outcomeLabel = new QLabel(central);
    m_outcomeComboBox = new QComboBox(central);
    m_outcomeComboBox->setObjectName(u"logOutcomeComboBox"_s);
    m_outcomeComboBox->addItem(QString(), allItems);
    const QMetaEnum outcomes = QMetaEnum::fromType<Smtp::Outcome>();
    for (int i = 0; i < outcomes.keyCount(); ++i) {
        const auto outcome = Smtp::Outcome(outcomes.value(i));
        m_outcomeComboBox->addItem(LogModel::outcomeIcon(outcome), QString(), int(outcome));
    }
    m_outcomeLabel->setBuddy(m_outcomeComboBox);
    connect(m_outcomeComboBox, &QComboBox::currentIndexChanged, this, &LogWindow::refresh);

    m_profileLabel = new QLabel(central);
    m_profileComboBox = new QComboBox(central);
    m_profileComboBox->setObjectName(u"logProfileComboBox"_s);
    m_profileComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileComboBox->addItem(QString()); // "All", data null
    m_profileLabel->setBuddy(m_profileComboBox);
    connect(m_profileComboBox, &QComboBox::currentIndexChanged, this, &LogWindow::refresh);

    // Actions: buttons in the filter row, the table's context menu, shortcuts.
    m_exportAction = new QAction(ThemedIcon::themed(u"save"_s), QString(), this);
    m_exportAction->setObjectName(u"actionExportLog"_s);
    m_exportAction->setShortcut(QKeySequence::Save);
    connect(m_exportAction, &QAction::triggered, this, &LogWindow::chooseExportFile);
    m_deleteAction = new QAction(ThemedIcon::themed(u"remove"_s), QString(), this);
    m_deleteAction->setObjectName(u"actionDeleteSessions"_s);
    connect(m_deleteAction, &QAction::triggered, this, &LogWindow::confirmDeleteSelected);
    m_findAction = new QAction(this);
    m_findAction->setObjectName(u"actionFindInLog"_s);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_searchLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchLineEdit->selectAll();
    });
    m_closeAction = new QAction(this);
    m_closeAction->setObjectName(u"actionCloseLog"_s);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &QWidget::close);
    addActions({ m_exportAction, m_findAction, m_closeAction });

    const auto makeButton = [central](QAction *action, const QString &name) {
        auto *button = new QToolButton(central);
        button->setObjectName(name);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        return button;
    };
    m_exportButton = makeButton(m_exportAction, u"logExportButton"_s);
    m_deleteButton = makeButton(m_deleteAction, u"logDeleteButton"_s);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_searchLineEdit, 1);
    filterRow->addSpacing(6);
    filterRow->addWidget(m_outcomeLabel);
    filterRow->addWidget(m_outcomeComboBox);
    filterRow->addSpacing(6);
    filterRow->addWidget(m_profileLabel);
    filterRow->addWidget(m_profileComboBox);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_exportButton);
    filterRow->addWidget(m_deleteButton);

    // The list, or a sentence when it is empty.
    m_tableView = new QTableView(central);
    m_tableView->setObjectName(u"logTableView"_s);
    m_tableView->setModel(m_model);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->setTextElideMode(Qt::ElideRight);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->verticalHeader()->hide();
    m_tableView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->horizontalHeader()->setSectionsMovable(true);
    m_tableView->horizontalHeader()->setSortIndicator(LogModel::TimeColumn, Qt::DescendingOrder);
    m_tableView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tableView->addActions({ m_exportAction, m_deleteAction });
    // Delete acts on the list only, so it never eats a key meant for the search line.
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LogWindow::updateSelection);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LogWindow::updateSelection);

    m_emptyLabel = new QLabel(central);
    m_emptyLabel->setObjectName(u"logEmptyLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);

    m_listStack = new QStackedWidget(central);
    m_listStack->setObjectName(u"logListStack"_s);
    m_listStack->addWidget(m_tableView);
    m_listStack->addWidget(m_emptyLabel);

    // The chosen session: what came of it, then its transcript.
    auto *details = new QWidget(central);
    m_sessionIconLabel = new QLabel(details);
    m_sessionIconLabel->setObjectName(u"logSessionIconLabel"_s);
    m_sessionIconLabel->setAlignment(Qt::AlignTop);
    m_sessionHeaderLabel = new QLabel(details);
    m_sessionHeaderLabel->setObjectName(u"logSessionHeaderLabel"_s);
    m_sessionHeaderLabel->setWordWrap(true);
    m_sessionHeaderLabel->setTextFormat(Qt::PlainText);
    m_sessionHeaderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_transcriptView = new TranscriptView(details);
    m_transcriptView->setObjectName(u"logTranscriptView"_s);
    // A logged session is a record: nothing to clear.
    m_transcriptView->setTools(TranscriptView::Tool::Filter | TranscriptView::Tool::Copy | TranscriptView::Tool::Save);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(4, 4, 4, 0);
    header->addWidget(m_sessionIconLabel);
    header->addWidget(m_sessionHeaderLabel, 1);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->setSpacing(0);
    detailsLayout->addLayout(header);
    detailsLayout->addWidget(m_transcriptView, 1);

    m_splitter = new QSplitter(Qt::Vertical, central);
    m_splitter->setObjectName(u"logSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(details);

    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    // Status: how many are listed; how long they are kept.
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"logCountLabel"_s);
    m_retentionLabel = new QLabel(this);
    m_retentionComboBox = new QComboBox(this);
    m_retentionComboBox->setObjectName(u"logRetentionComboBox"_s);
    m_retentionLabel->setBuddy(m_retentionComboBox);
    connect(m_retentionComboBox, &QComboBox::activated, this,
        [this](int index) { requestRetentionDays(m_retentionComboBox->itemData(index).toInt()); });
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_retentionLabel);
    statusBar()->addPermanentWidget(m_retentionComboBox);

    if (m_log) {
        connect(m_log, &ConversationLog::sessionAdded, this, [this] {
            updateProfiles();
            refresh();
        });
        connect(m_log, &ConversationLog::sessionsRemoved, this, [this] {
            updateProfiles();
            refresh();
        });
    }

    retranslate();
    updateProfiles();
    updateRetentionCombo();
    const bool restoredColumns = restoreSettings();
    // After the header state: turning sorting on sorts by the restored indicator.
    m_tableView->setSortingEnabled(true);
    refresh();
    if (!restoredColumns)
        m_tableView->resizeColumnsToContents();
}

LogWindow::~LogWindow() = default;

LogFilter LogWindow::filter() const
{
    LogFilter filter;
    filter.text = m_searchLineEdit->text().trimmed();
    const int outcome = m_outcomeComboBox->currentData().toInt();
    if (outcome != allItems)
        filter.outcome = Smtp::Outcome(outcome);
    filter.profile = m_profileComboBox->currentData().toString();
    return filter;
}

bool LogWindow::isFiltering() const
{
    const LogFilter f = filter();
    return !f.text.isEmpty() || f.outcome.has_value() || !f.profile.isEmpty();
}

QList<qint64> LogWindow::listedIds() const
{
    return m_model->ids();
}

QList<qint64> LogWindow::selectedIds() const
{
    QList<int> rows;
    const QModelIndexList selected = m_tableView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (const int row : std::as_const(rows))
        ids.append(m_model->idAt(row));
    return ids;
}

void LogWindow::refresh()
{
    m_searchTimer->stop(); // whatever was typed is in this query
    const QList<qint64> selected = selectedIds();
    QItemSelectionModel *selection = m_tableView->selectionModel();
    const qint64 current = m_model->idAt(selection->currentIndex().row());

    m_refreshing = true;
    m_model->setSessions(m_log ? m_log->sessions(filter()) : QList<LoggedSession>());
    QItemSelection keep;
    for (const qint64 id : selected) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            keep.select(m_model->index(row, 0), m_model->index(row, LogModel::ColumnCount - 1));
    }
    selection->select(keep, QItemSelectionModel::ClearAndSelect);
    const int currentRow = m_model->rowOf(current);
    if (currentRow >= 0)
        selection->setCurrentIndex(m_model->index(currentRow, 0), QItemSelectionModel::NoUpdate);
    m_refreshing = false;

    updateEmptyState();
    updateSelection();
}

void LogWindow::updateEmptyState()
{
    const int count = m_model->rowCount();
    if (count > 0) {
        m_listStack->setCurrentWidget(m_tableView);
        m_countLabel->setText(isFiltering() ? tr("Matching sessions: %L1").arg(count) : tr("Sessions: %L1").arg(count));
        return;
    }
    QString text;
    if (!m_log || !m_log->isOpen()) {
        text = tr("The conversation log is not available.");
    } else {
        LogFilter any;
        any.limit = 1;
        const bool logIsEmpty = !isFiltering() || m_log->sessions(any).isEmpty();
        text = logIsEmpty ? tr("No sessions yet. Each send and connection test will be listed here.")
                          : tr("No session matches the filter.");
    }
    m_emptyLabel->setText(text);
    m_emptyLabel->setAccessibleName(text);
    m_listStack->setCurrentWidget(m_emptyLabel);
    m_countLabel->setText(isFiltering() ? tr("No session matches") : tr("No sessions yet"));
}

void LogWindow::updateActions()
{
    m_exportAction->setEnabled(m_model->rowCount() > 0);
    m_deleteAction->setEnabled(m_tableView->selectionModel()->hasSelection());
}

void LogWindow::updateSelection()
{
    if (m_refreshing)
        return;
    updateActions();
    // The current row, when it is selected: with several rows selected, the one last clicked.
    const QItemSelectionModel *selection = m_tableView->selectionModel();
    const QModelIndex current = selection->currentIndex();
    const bool shown = current.isValid() && selection->isRowSelected(current.row(), QModelIndex());
    showSession(shown ? m_model->idAt(current.row()) : 0);
}

void LogWindow::showSession(qint64 id)
{
    if (id == m_shownId && id != 0)
        return; // a refresh keeps the reader's place in the transcript
    const std::optional<LoggedSession> session = (id != 0 && m_log) ? m_log->session(id) : std::nullopt;
    m_shownId = session ? id : 0;
    if (!session) {
        m_transcriptView->setEntries({});
        m_sessionIconLabel->clear();
        const int selected = int(m_tableView->selectionModel()->selectedRows().size());
        m_sessionHeaderLabel->setText(selected > 1 ? tr("%n sessions selected.", nullptr, selected)
                                                   : tr("Choose a session to see its conversation with the server."));
        return;
    }
    const int iconSize = m_sessionHeaderLabel->fontMetrics().height();
    m_sessionIconLabel->setPixmap(LogModel::outcomeIcon(session->outcome).pixmap(iconSize, iconSize));
    QString text = tr("%1 · %2 · %3 · %4")
                       .arg(LogModel::outcomeText(session->outcome), LogModel::kindText(session->kind), LogModel::serverText(session->server),
                           QLocale().toString(session->startedAt.toLocalTime(), QLocale::ShortFormat));
    if (!session->resultMessage.isEmpty())
        text += u'\n' + session->resultMessage;
    m_sessionHeaderLabel->setText(text);
    m_transcriptView->setEntries(session->transcript);
}

void LogWindow::selectSession(qint64 id)
{
    int row = m_model->rowOf(id);
    if (row < 0 && isFiltering()) {
        clearFilters();
        refresh();
        row = m_model->rowOf(id);
    }
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_tableView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tableView->scrollTo(index);
}

void LogWindow::clearFilters()
{
    const QSignalBlocker search(m_searchLineEdit);
    const QSignalBlocker outcome(m_outcomeComboBox);
    const QSignalBlocker profile(m_profileComboBox);
    m_searchLineEdit->clear();
    m_outcomeComboBox->setCurrentIndex(0);
    m_profileComboBox->setCurrentIndex(0);
}

void LogWindow::updateProfiles()
{
    const QString chosen = m_profileComboBox->currentData().toString();
    QStringList profiles = m_log ? m_log->profiles() : QStringList();
    // A chosen profile whose sessions are all gone stays, rather than the filter changing under the reader.
    if (!chosen.isEmpty() && !profiles.contains(chosen))
        profiles.append(chosen);
    const QSignalBlocker blocker(m_profileComboBox);
    while (m_profileComboBox->count() > 1)
        m_profileComboBox->removeItem(1);
    for (const QString &profile : std::as_const(profiles))
        m_profileComboBox->addItem(profile, profile);
    m_profileComboBox->setCurrentIndex(chosen.isEmpty() ? 0 : m_profileComboBox->findData(chosen));
}

void LogWindow::updateRetentionCombo()
{
    const int days = m_log ? m_log->retentionDays() : 0;
    const QSignalBlocker blocker(m_retentionComboBox);
    m_retentionComboBox->clear();
    for (const int choice : retentionChoices)
        m_retentionComboBox->addItem(retentionText(choice), choice);
    if (m_retentionComboBox->findData(days) < 0)
        m_retentionComboBox->addItem(retentionText(days), days);
    m_retentionComboBox->setCurrentIndex(m_retentionComboBox->findData(days));
    m_retentionComboBox->setEnabled(m_log && m_log->isOpen());
}

void LogWindow::requestRetentionDays(int days)
{
    if (!m_log || days == m_log->retentionDays())
        return;
    int older = 0;
    if (days > 0) {
        const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-days);
        const QList<LoggedSession> all = m_log->sessions();
        older = int(
            std::count_if(all.cbegin(), all.cend(), [&](const LoggedSession &s) { return s.startedAt < cutoff; }));
    }
    if (older == 0) {
        setRetentionDays(days);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Keep Sessions for %1").arg(retentionText(days)),
        tr("%n session(s) older than that will be deleted now, with their transcripts.", nullptr, older),
        QMessageBox::NoButton, this);
    box->setObjectName(u"logRetentionMessageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *deleteButton = box->addButton(tr("Delete Older Sessions"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    connect(box, &QMessageBox::buttonClicked, this, [this, deleteButton, days](QAbstractButton *button) {
        if (button == deleteButton)
            setRetentionDays(days);
        else
            updateRetentionCombo(); // back to what is in force
    });
    box->open();
}

void LogWindow::setRetentionDays(int days)
{
    if (!m_log)
        return;
    if (!m_log->setRetentionDays(days)) {
        showWarning(u"logRetentionErrorMessageBox"_s, tr("Conversation Log"),
            tr("The setting could not be saved: %1").arg(m_log->lastError()));
        updateRetentionCombo();
        return;
    }
    const int removed = m_log->applyRetention(); // sessionsRemoved refreshes the list
    updateRetentionCombo();
    if (removed > 0)
        statusBar()->showMessage(tr("%n old session(s) deleted.", nullptr, removed), statusMessageMs);
}

void LogWindow::chooseExportFile()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + u"/mailwright-log-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s) + u".txt"_s;
    auto *dialog = new QFileDialog(this, tr("Export Conversations"), suggested, tr("Text files (*.txt)"));
    dialog->setObjectName(u"exportLogFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"txt"_s);
    connect(dialog, &QFileDialog::fileSelected, this, &LogWindow::exportTo);
    dialog->open();
}

void LogWindow::exportTo(const QString &path)
{
    QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        ids = listedIds();
    QString error;
    if (!m_log || ids.isEmpty()) {
        error = tr("There are no sessions to export.");
    } else {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
            error = file.errorString();
        } else {
            file.write(m_log->exportText(ids).toUtf8());
            if (!file.commit())
                error = file.errorString();
        }
    }
    if (error.isEmpty()) {
        statusBar()->showMessage(
            tr("%n session(s) exported to %1.", nullptr, int(ids.size())).arg(QDir::toNativeSeparators(path)),
            statusMessageMs);
    } else {
        showWarning(u"logExportErrorMessageBox"_s, tr("Export Conversations"),
            tr("The sessions could not be exported to %1: %2").arg(QDir::toNativeSeparators(path), error));
    }
    Q_EMIT exported(path, error);
}

void LogWindow::confirmDeleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const int count = int(ids.size());
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Sessions"),
        tr("Delete %n session(s) from the conversation log?", nullptr, count), QMessageBox::NoButton, this);
    box->setObjectName(u"logDeleteMessageBox"_s);
    box->setInformativeText(tr("Their transcripts are deleted too. This cannot be undone."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *deleteButton = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    connect(box, &QMessageBox::buttonClicked, this, [this, deleteButton, ids](QAbstractButton *button) {
        if (button == deleteButton)
            deleteSessions(ids);
    });
    box->open();
}

void LogWindow::deleteSessions(const QList<qint64> &ids)
{
    if (!m_log || ids.isEmpty())
        return;
    if (!m_log->remove(ids)) { // on success, sessionsRemoved refreshes the list
        showWarning(u"logDeleteErrorMessageBox"_s, tr("Delete Sessions"),
            tr("The sessions could not be deleted: %1").arg(m_log->lastError()));
        return;
    }
    statusBar()->showMessage(tr("%n session(s) deleted.", nullptr, int(ids.size())), statusMessageMs);
}

void LogWindow::showWarning(const QString &objectName, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void LogWindow::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslate();
        break;
    case QEvent::ActivationChange:
        // mailwright-send writes to the same file from another process, which sends no signal.
        if (isActiveWindow() && m_log) {
            updateProfiles();
            updateRetentionCombo();
            refresh();
        }
        break;
    default:
        break;
    }
    QMainWindow::changeEvent(event);
}

void LogWindow::retranslate()
{
    setWindowTitle(tr("Conversation Log"));
    m_searchLineEdit->setPlaceholderText(tr("Search subjects, recipients, servers and transcripts"));
    m_searchLineEdit->setAccessibleName(tr("Search the log"));
    m_outcomeLabel->setText(tr("&Outcome:"));
    m_outcomeComboBox->setAccessibleName(tr("Show sessions with this outcome"));
    m_outcomeComboBox->setItemText(0, tr("All"));
    for (int i = 1; i < m_outcomeComboBox->count(); ++i)
        m_outcomeComboBox->setItemText(i, LogModel::outcomeText(Smtp::Outcome(m_outcomeComboBox->itemData(i).toInt())));
    m_profileLabel->setText(tr("&Profile:"));
    m_profileComboBox->setAccessibleName(tr("Show sessions of this profile"));
    m_profileComboBox->setItemText(0, tr("All"));
    m_exportAction->setText(tr("&Export…"));
    m_exportAction->setToolTip(tr("Save the selected sessions, or all listed ones, as a text file"));
    m_exportButton->setAccessibleName(tr("Export sessions"));
    m_deleteAction->setText(tr("&Delete"));
    m_deleteAction->setToolTip(tr("Delete the selected sessions from the log"));
    m_deleteButton->setAccessibleName(tr("Delete sessions"));
    m_findAction->setText(tr("&Find"));
    m_closeAction->setText(tr("&Close"));
    m_tableView->setAccessibleName(tr("Logged sessions"));
    m_listStack->setAccessibleName(tr("Logged sessions"));
    m_sessionIconLabel->setAccessibleName(tr("Outcome"));
    m_sessionHeaderLabel->setAccessibleName(tr("Session summary"));
    m_transcriptView->setAccessibleName(tr("Conversation with the server"));
    m_countLabel->setAccessibleName(tr("Number of sessions"));
    m_retentionLabel->setText(tr("&Keep sessions:"));
    m_retentionComboBox->setAccessibleName(tr("How long the log keeps sessions"));
    m_retentionComboBox->setToolTip(tr("Older sessions are deleted, here and each time the log is opened"));
    for (int i = 0; i < m_retentionComboBox->count(); ++i)
        m_retentionComboBox->setItemText(i, retentionText(m_retentionComboBox->itemData(i).toInt()));
    m_model->retranslate();
    updateEmptyState();
    m_shownId = 0; // the header is words too
    updateSelection();
}

bool LogWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(u"logWindow"_s);
    if (!restoreGeometry(settings.value(u"geometry"_s).toByteArray()))
        resize(960, 640);
    if (!m_splitter->restoreState(settings.value(u"splitter"_s).toByteArray()))
        m_splitter->setSizes({ 300, 340 });
    return m_tableView->horizontalHeader()->restoreState(settings.value(u"header"_s).toByteArray());
}

void LogWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(u"logWindow"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"splitter"_s, m_splitter->saveState());
    settings.setValue(u"header"_s, m_tableView->horizontalHeader()->saveState());
}

void LogWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}
