#pragma once

#include <QWidget>

class AttachmentModel;
class QLabel;
class QListView;
class QToolButton;

// The attachments of the message: "Attach…" picker (several files at once), drag and drop from
// a file manager, each file with icon, name and size, removable; the total; a warning when the
// encoded message would exceed the SIZE limit the server stated in the last session; and, above
// the files, a marked row while files a mailto: link asked for wait for the person's confirmation.
class AttachmentList : public QWidget
{
    Q_OBJECT
public:
    explicit AttachmentList(QWidget *parent = nullptr);
    ~AttachmentList() override;

    AttachmentModel *model() const { return m_model; }
    QStringList addFiles(const QStringList &paths); // returns the paths that could not be added
    // Files a link asked for, already checked (LinkAttachments): shown as requested by the link.
    QStringList addRequestedFiles(const QStringList &paths);
    void removeSelected();

    // The server's SIZE limit from the last session, 0 when none was stated.
    void setSizeLimit(qint64 sizeLimitBytes);
    qint64 sizeLimit() const { return m_sizeLimitBytes; }
    bool exceedsSizeLimit() const;
    // What the attachments add to the message once base64-encoded (RFC 2045 §6.8: 4 characters
    // per 3 octets, lines of 76 plus CRLF), with room for each part's headers.
    static qint64 encodedSizeEstimate(qint64 rawBytes);

public Q_SLOTS:
    void chooseFiles(); // opens the file picker (window-modal, open())

Q_SIGNALS:
    void filesRejected(const QStringList &paths);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateSummary();
    void updateRequested();
    void retranslate();

    AttachmentModel *m_model = nullptr;
    QToolButton *m_attachButton = nullptr;
    QToolButton *m_removeButton = nullptr;
    QLabel *m_totalLabel = nullptr;
    QLabel *m_hintLabel = nullptr;
    QListView *m_listView = nullptr;
    QLabel *m_warningIcon = nullptr;
    QLabel *m_warningLabel = nullptr;
    QWidget *m_warningRow = nullptr;
    QWidget *m_requestRow = nullptr;
    QLabel *m_requestIcon = nullptr;
    QLabel *m_requestLabel = nullptr;
    QToolButton *m_removeRequestedButton = nullptr;
    qint64 m_sizeLimitBytes = 0;
};
