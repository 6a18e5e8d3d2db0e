#pragma once

#include "smtp/SendResult.h"
#include "smtp/TranscriptEntry.h"

#include <QDockWidget>
#include <QList>

class TranscriptView;

// The live server conversation, docked in the composer: a TranscriptView (which see) in a dock
// widget. The methods forward to the view, so callers need not know it is there.
class TranscriptPane : public QDockWidget
{
    Q_OBJECT
public:
    explicit TranscriptPane(QWidget *parent = nullptr);
    ~TranscriptPane() override;

    TranscriptView *view() const { return m_view; }

    QList<TranscriptEntry> entries() const;
    QStringList visibleLines() const; // as shown, filter applied
    QString filterText() const;
    bool isFollowing() const; // the view is at the newest line
    bool saveToFile(const QString &path, QString *error = nullptr) const;

public Q_SLOTS:
    void beginSession(const QString &serverName); // a separator line; times restart at 0
    void append(const TranscriptEntry &entry);
    void setEntries(const QList<TranscriptEntry> &entries);
    void setCapabilities(const QStringList &capabilities);
    void setTlsSummary(const TlsSummary &tls);
    void setFilterText(const QString &text);
    void copyToClipboard();
    void chooseSaveFile(); // file dialog, window-modal, open()
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    TranscriptView *m_view = nullptr;
};
