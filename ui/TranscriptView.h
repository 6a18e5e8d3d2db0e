#pragma once

#include "smtp/SendResult.h"
#include "smtp/TranscriptEntry.h"

#include <QFlags>
#include <QList>
#include <QWidget>

class SendController;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTextCursor;
class QToolButton;

// A server conversation: each TranscriptEntry as one monospaced line, coloured and marked by
// direction, with its time since the session started. Follows the newest line unless the person
// has scrolled up; then a button counts the lines that came since and jumps to them. Filter, copy, save as text, clear;
// above the lines, the capabilities and the TLS summary of the last session. It only displays: the session redacts at
// the source. TranscriptPane docks it in the composer (live); LogWindow shows logged sessions with it.
class TranscriptView : public QWidget
{
    Q_OBJECT
public:
    // The controls in the bar above the lines; a logged session has nothing to clear, say.
    enum class Tool {
        Filter = 0x1,
        Copy = 0x2,
        Save = 0x4,
        Clear = 0x8,
    };
    Q_DECLARE_FLAGS(Tools, Tool)
    Q_FLAG(Tools)

    explicit TranscriptView(QWidget *parent = nullptr);
    ~TranscriptView() override;

    QList<TranscriptEntry> entries() const { return m_entries; }
    QStringList visibleLines() const; // as shown, filter applied
    QString filterText() const;
    bool isFollowing() const; // the view keeps the newest line in sight
    int unseenLines() const { return m_unseen; } // arrived while the person looked further up
    bool saveToFile(const QString &path, QString *error = nullptr) const;

    Tools tools() const { return m_tools; }
    void setTools(Tools tools); // default: all

    // Shows every session the controller runs, live: a separator per session, its lines, the
    // capabilities and TLS summary.
    void follow(SendController *controller);

public Q_SLOTS:
    void scrollToNewest(); // and follow from now on
    void beginSession(const QString &serverName); // a separator line; times restart at 0
    void append(const TranscriptEntry &entry);
    // Replaces everything with a finished transcript, laid out in one pass; shows its first line.
    void setEntries(const QList<TranscriptEntry> &entries);
    void setCapabilities(const QStringList &capabilities);
    void setTlsSummary(const TlsSummary &tls);
    void setFilterText(const QString &text);
    void copyToClipboard();
    void chooseSaveFile(); // file dialog, window-modal, open()
    void clear(); // the lines; the capability and TLS summary stay until the next session

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Line
    {
        TranscriptEntry entry;
        bool separator = false;
    };

    bool matchesFilter(const Line &line) const;
    void appendToView(const Line &line);
    void insertLine(QTextCursor &cursor, const Line &line) const;
    void rebuildView();
    void retranslate();
    void updateSummary();
    QString lineText(const Line &line) const;
    void updateNewLinesButton();

    QList<TranscriptEntry> m_entries;
    QList<Line> m_lines;
    QStringList m_capabilities;
    TlsSummary m_tls;
    bool m_haveTls = false;
    Tools m_tools;
    // Whether the newest line stays in sight. Kept as a state, not read off the scroll bar when a
    // line arrives: the summary labels above the lines appear mid-session and shrink the view,
    // which would otherwise look like the person scrolled up.
    bool m_following = true;
    int m_unseen = 0;

    QLineEdit *m_filterLineEdit = nullptr;
    QToolButton *m_copyButton = nullptr;
    QToolButton *m_saveButton = nullptr;
    QToolButton *m_clearButton = nullptr;
    QLabel *m_capabilitiesLabel = nullptr;
    QLabel *m_tlsLabel = nullptr;
    QPlainTextEdit *m_view = nullptr;
    QToolButton *m_newLinesButton = nullptr; // over the lines' bottom edge
};
Q_DECLARE_OPERATORS_FOR_FLAGS(TranscriptView::Tools)
