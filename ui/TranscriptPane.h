#pragma once

#include "smtp/SendResult.h"
#include "smtp/TranscriptEntry.h"

#include <QDockWidget>
#include <QList>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

// The live server conversation: each TranscriptEntry as one monospaced line, coloured and marked
// by direction, with its time since the session started. Follows the newest line unless the
// person has scrolled up. Filter, copy, save as text, clear; above the lines, the capabilities
// and the TLS summary of the last session. It only displays: the session redacts at the source.
class TranscriptPane : public QDockWidget
{
    Q_OBJECT
public:
    explicit TranscriptPane(QWidget *parent = nullptr);
    ~TranscriptPane() override;

    QList<TranscriptEntry> entries() const { return m_entries; }
    QStringList visibleLines() const; // as shown, filter applied
    QString filterText() const;
    bool isFollowing() const; // the view is at the newest line
    bool saveToFile(const QString &path, QString *error = nullptr) const;

public Q_SLOTS:
    void beginSession(const QString &serverName); // a separator line; times restart at 0
    void append(const TranscriptEntry &entry);
    void setCapabilities(const QStringList &capabilities);
    void setTlsSummary(const TlsSummary &tls);
    void setFilterText(const QString &text);
    void copyToClipboard();
    void chooseSaveFile(); // file dialog, window-modal, open()
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Line
    {
        TranscriptEntry entry;
        bool separator = false;
    };

    bool matchesFilter(const Line &line) const;
    void appendToView(const Line &line);
    void rebuildView();
    void retranslate();
    void updateSummary();
    QString lineText(const Line &line) const;

    QList<TranscriptEntry> m_entries;
    QList<Line> m_lines;
    QStringList m_capabilities;
    TlsSummary m_tls;
    bool m_haveTls = false;

    QLineEdit *m_filterLineEdit = nullptr;
    QToolButton *m_copyButton = nullptr;
    QToolButton *m_saveButton = nullptr;
    QToolButton *m_clearButton = nullptr;
    QLabel *m_capabilitiesLabel = nullptr;
    QLabel *m_tlsLabel = nullptr;
    QPlainTextEdit *m_view = nullptr;
};
