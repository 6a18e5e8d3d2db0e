#pragma once

#include "store/DraftStore.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QTimer>

// "Send later": the outbox's scheduled messages (OutboxItem::scheduledFor), each announced by
// `due` when its time comes while Mailwright runs — whoever shows windows sends it then. A
// message whose time passed while Mailwright was not running is not sent behind the person's
// back: it is listed by overdue() for them to decide. An OutgoingMessage holds the message it is
// waiting with (the seconds in which a send can be undone), so it is not announced twice.
class SendScheduler : public QObject
{
    Q_OBJECT
public:
    // drafts: not owned. Reads the outbox now and whenever it changes.
    explicit SendScheduler(DraftStore *drafts, QObject *parent = nullptr);

    void hold(const QString &id);
    void release(const QString &id);
    // Scheduled before this run began and not held: to be asked about (oldest first).
    QList<OutboxItem> overdue() const;
    // The scheduled messages, soonest first (held ones included).
    QList<OutboxItem> scheduled() const;

Q_SIGNALS:
    void due(const OutboxItem &item);

private:
    void reread();

    DraftStore *m_drafts = nullptr;
    QDateTime m_startedAt;
    QSet<QString> m_held;
    QSet<QString> m_announced; // each scheduled time is announced once
    QTimer m_timer;
};
