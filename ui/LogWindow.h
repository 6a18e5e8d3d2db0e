#pragma once

#include "store/ConversationLog.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

class LogModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;
class TranscriptView;

// The conversation log, browsable: every logged send and connection test, newest first, narrowed
// by text, outcome and profile, with the chosen session's transcript below. Exports sessions as
// text, deletes them (after asking), and sets how long the log keeps them. Follows the log live
// through its signals, and re-reads it when activated, for sessions mailwright-send added.
// The log belongs to the caller; should it go first, the window lists nothing rather than crash.
class LogWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit LogWindow(ConversationLog *log, QWidget *parent = nullptr);
    ~LogWindow() override;

    ConversationLog *log() const { return m_log; }
    LogModel *model() const { return m_model; }
    TranscriptView *transcriptView() const { return m_transcriptView; }

    LogFilter filter() const; // as the search line and the combos set it
    QList<qint64> listedIds() const; // in the order shown
    QList<qint64> selectedIds() const; // in the order shown
    qint64 shownId() const { return m_shownId; } // whose transcript is shown; 0: none

public Q_SLOTS:
    void refresh(); // re-reads the list, keeping the selection where those sessions are still listed
    // Selects that session alone and shows its transcript; clears the filters when they hide it.
    void selectSession(qint64 id);
    void chooseExportFile(); // file dialog, window-modal, open(); then exportTo()
    // The selected sessions, or every listed one when none is selected, as ConversationLog text.
    void exportTo(const QString &path);
    void confirmDeleteSelected(); // asks (open()), then deleteSessions()
    void deleteSessions(const QList<qint64> &ids); // no question asked
    // Keeps sessions this many days (0: forever) and deletes older ones now; no question asked.
    void setRetentionDays(int days);

Q_SIGNALS:
    void exported(const QString &path, const QString &error); // error empty on success

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void requestRetentionDays(int days); // from the combo: asks first when sessions would go
    void updateSelection();
    void showSession(qint64 id);
    void updateProfiles();
    void updateRetentionCombo();
    void updateEmptyState();
    void updateActions();
    void clearFilters();
    bool isFiltering() const;
    void showWarning(const QString &objectName, const QString &title, const QString &text);
    void retranslate();
    bool restoreSettings(); // whether saved column widths were there
    void saveSettings() const;

    QPointer<ConversationLog> m_log;
    LogModel *m_model = nullptr;
    qint64 m_shownId = 0;
    bool m_refreshing = false;

    QLineEdit *m_searchLineEdit = nullptr;
    QTimer *m_searchTimer = nullptr;
    QLabel *m_outcomeLabel = nullptr;
    QComboBox *m_outcomeComboBox = nullptr;
    QLabel *m_profileLabel = nullptr;
    QComboBox *m_profileComboBox = nullptr;
    QToolButton *m_exportButton = nullptr;
    QToolButton *m_deleteButton = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_closeAction = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTableView *m_tableView = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_sessionIconLabel = nullptr;
    QLabel *m_sessionHeaderLabel = nullptr;
    TranscriptView *m_transcriptView = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_retentionLabel = nullptr;
    QComboBox *m_retentionComboBox = nullptr;
};
