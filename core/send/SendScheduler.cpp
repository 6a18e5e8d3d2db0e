#include "SendScheduler.h"

#include <algorithm>

using namespace std::chrono_literals;

namespace {

// A key for "this message at this time": moved to another time, it is announced again.
QString announcement(const OutboxItem &item)
{
    return item.id + u'@' + item.scheduledFor.toString(Qt::ISODateWithMs);
}

} // namespace

SendScheduler::SendScheduler(DraftStore *drafts, QObject *parent)
    : QObject(parent)
    , m_drafts(drafts)
    , m_startedAt(QDateTime::currentDateTimeUtc())
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SendScheduler::reread);
    connect(m_drafts, &DraftStore::outboxChanged, this, &SendScheduler::reread);
    reread();
}

void SendScheduler::hold(const QString &id)
{
    m_held.insert(id);
}

void SendScheduler::release(const QString &id)
{
    m_held.remove(id);
    reread();
}

QList<OutboxItem> SendScheduler::scheduled() const
{
    QList<OutboxItem> result;
    const QList<OutboxItem> outbox = m_drafts->outbox();
    for (const OutboxItem &item : outbox)
        if (item.isScheduled())
            result << item;
    std::sort(result.begin(), result.end(),
        [](const OutboxItem &a, const OutboxItem &b) { return a.scheduledFor < b.scheduledFor; });
    return result;
}

QList<OutboxItem> SendScheduler::overdue() const
{
    QList<OutboxItem> result;
    const QList<OutboxItem> all = scheduled();
    for (const OutboxItem &item : all)
        if (item.scheduledFor < m_startedAt && !m_held.contains(item.id))
            result << item;
    return result;
}

void SendScheduler::reread()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime next;
    QList<OutboxItem> dueNow;
    const QList<OutboxItem> all = scheduled();
    for (const OutboxItem &item : all) {
        if (m_held.contains(item.id) || item.scheduledFor < m_startedAt)
            continue;
        if (item.scheduledFor <= now) {
            if (!m_announced.contains(announcement(item)))
                dueNow << item;
        } else if (!next.isValid() || item.scheduledFor < next) {
            next = item.scheduledFor;
        }
    }
    if (next.isValid()) {
        // Looked at again at least hourly: a suspended machine or a changed clock is caught up.
        const qint64 waitMs = std::clamp<qint64>(now.msecsTo(next), 0, 3'600'000);
        m_timer.start(std::chrono::milliseconds(waitMs));
    } else {
        m_timer.stop();
    }
    for (const OutboxItem &item : std::as_const(dueNow)) {
        m_announced.insert(announcement(item));
        Q_EMIT due(item);
    }
}
