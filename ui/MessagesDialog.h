#pragma once

#include <QDialog>

class DraftStore;
class QPushButton;
class QTabWidget;
class QTreeWidget;

// File → Drafts and Outbox: the drafts the person saved and the messages that failed to send,
// each with what it is about and, for the outbox, why it failed. Opening one hands it to the
// composer (which asks before replacing what is being written); the dialog only lists.
class MessagesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MessagesDialog(DraftStore *store, QWidget *parent = nullptr);

    QTreeWidget *draftsView() const { return m_drafts; }
    QTreeWidget *outboxView() const { return m_outbox; }

public Q_SLOTS:
    void reload();
    void openSelected();
    void deleteSelected(); // asks first

Q_SIGNALS:
    void draftChosen(const QString &id);
    void outboxItemChosen(const QString &id);

private:
    QTreeWidget *currentView() const;
    void updateButtons();

    DraftStore *m_store = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_drafts = nullptr;
    QTreeWidget *m_outbox = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
};
