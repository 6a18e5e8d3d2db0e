#pragma once

#include "SendJob.h"
#include "smtp/SendResult.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>

class AppServices;
class SendController;

// One message from the moment the person sends it to its result. It first waits — the seconds
// in which the send can be undone, or until the time it was scheduled for — kept in the outbox
// meanwhile, so a crash loses nothing (SendScheduler offers it at the next start). Then its own
// SendController sends it, so the composer is free for the next message while it goes.
//
// Undone, it leaves the outbox and `undone` hands the message back exactly as it was sent.
// Cancelled while sending, or partly refused, it also leaves the outbox: the person has it in
// front of them. A failure keeps it in the outbox with the reason (SendController does that).
class OutgoingMessage : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Waiting, Sending, Finished, Undone };
    Q_ENUM(State)

    // services: not owned, outlives this. job.records should include Send::Record::Outbox.
    OutgoingMessage(AppServices *services, const SendJob &job, QObject *parent = nullptr);
    ~OutgoingMessage() override;

    // Waits `delay` (zero: sends on the next event-loop turn). Once.
    void start(std::chrono::milliseconds delay);
    // While waiting: the message leaves the outbox and comes back through `undone`. False once
    // it is being sent.
    bool undo();
    void sendNow(); // while waiting
    void cancel(); // waiting: undo(); sending: the delivery is cancelled

    State state() const { return m_state; }
    const SendJob &job() const { return m_job; } // messageId: its id in the outbox
    SendController *controller() const { return m_controller; }
    QDateTime dueAt() const { return m_dueAt; } // UTC
    int secondsLeft() const;
    std::optional<SendResult> result() const { return m_result; }

Q_SIGNALS:
    void countdown(int secondsLeft); // every second while waiting
    void started(); // the controller takes over: follow its signals from here
    void finished(const SendResult &result);
    void undone(const SendJob &job);
    void warning(const QString &message); // it could not be kept in the outbox while waiting

private:
    void send();
    void onFinished(const SendResult &result);
    void leaveOutbox();

    AppServices *m_services = nullptr;
    SendJob m_job;
    SendController *m_controller = nullptr;
    State m_state = State::Idle;
    QDateTime m_dueAt;
    QTimer m_tick;
    std::optional<SendResult> m_result;
};
