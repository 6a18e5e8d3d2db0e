#include "OutgoingMessage.h"

#include "AppServices.h"
#include "SendController.h"
#include "SendScheduler.h"
#include "store/DraftStore.h"

#include <cmath>

OutgoingMessage::OutgoingMessage(AppServices *services, const SendJob &job, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_job(job)
    , m_controller(new SendController(services, this))
{
    m_tick.setInterval(1000);
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (QDateTime::currentDateTimeUtc() >= m_dueAt)
            send();
        else
            Q_EMIT countdown(secondsLeft());
    });
    connect(m_controller, &SendController::keptInOutbox, this, [this](const QString &id) { m_job.messageId = id; });
    connect(m_controller, &SendController::finished, this, &OutgoingMessage::onFinished);
}

OutgoingMessage::~OutgoingMessage()
{
    if (m_state == State::Waiting || m_state == State::Sending)
        m_services->scheduler()->release(m_job.messageId); // it stays in the outbox: offered at the next start
}

void OutgoingMessage::start(std::chrono::milliseconds delay)
{
    if (m_state != State::Idle)
        return;
    m_state = State::Waiting;
    m_dueAt = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
    if (delay.count() > 0) {
        OutboxItem item;
        item.id = m_job.messageId;
        item.profileName = m_job.profile.name;
        item.message = m_job.message;
        const DraftSaveResult kept = m_services->drafts()->scheduleInOutbox(item, m_dueAt);
        if (kept.ok())
            m_job.messageId = kept.id;
        else
            Q_EMIT warning(tr("The message could not be kept in the outbox while it waits: %1").arg(kept.error));
    }
    if (!m_job.messageId.isEmpty())
        m_services->scheduler()->hold(m_job.messageId);
    if (delay.count() <= 0) {
        QTimer::singleShot(0, this, &OutgoingMessage::send);
        return;
    }
    m_tick.start();
    Q_EMIT countdown(secondsLeft());
}

int OutgoingMessage::secondsLeft() const
{
    if (m_state != State::Waiting)
        return 0;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(m_dueAt);
    return ms <= 0 ? 0 : int(std::ceil(double(ms) / 1000.0));
}

bool OutgoingMessage::undo()
{
    if (m_state != State::Waiting)
        return false;
    m_tick.stop();
    m_state = State::Undone;
    leaveOutbox();
    Q_EMIT undone(m_job);
    return true;
}

void OutgoingMessage::sendNow()
{
    if (m_state == State::Waiting)
        send();
}

void OutgoingMessage::cancel()
{
    if (m_state == State::Waiting)
        undo();
    else if (m_state == State::Sending)
        m_controller->cancel(); // finishes through onFinished
}

void OutgoingMessage::send()
{
    if (m_state != State::Waiting)
        return;
    m_tick.stop();
    m_state = State::Sending;
    Q_EMIT started();
    m_controller->start(m_job);
}

void OutgoingMessage::onFinished(const SendResult &result)
{
    m_state = State::Finished;
    m_result = result;
    // A failure stays in the outbox with its reason; what was cancelled or partly refused is in
    // front of the person, not waiting for a time any more.
    if (result.outcome == Smtp::Outcome::Cancelled || result.outcome == Smtp::Outcome::PartlyRefused)
        leaveOutbox();
    else
        m_services->scheduler()->release(m_job.messageId);
    Q_EMIT finished(result);
}

void OutgoingMessage::leaveOutbox()
{
    if (m_job.messageId.isEmpty())
        return;
    if (const std::optional<OutboxItem> item = m_services->drafts()->outboxItem(m_job.messageId);
        item && item->isScheduled())
        m_services->drafts()->removeFromOutbox(m_job.messageId);
    m_services->scheduler()->release(m_job.messageId);
}
