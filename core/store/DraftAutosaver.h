#pragma once

#include "DraftStore.h"

#include <QPointer>
#include <QTimer>

// Autosaves the open message into the DraftStore's recovery slot a few seconds after a change.
// The composer calls update() on every edit; the save happens delayMs() after the first unsaved
// change (not after the last: steady typing still gets saved). Owned by the composer; the
// DraftStore must outlive it or be owned by the same parent.
class DraftAutosaver : public QObject
{
    Q_OBJECT
public:
    explicit DraftAutosaver(DraftStore *store, QObject *parent = nullptr);
    ~DraftAutosaver() override; // saves a pending change

    void setDelayMs(int delayMs);
    int delayMs() const { return m_timer.interval(); }

    void update(const Draft &draft); // the message as it is now
    void flush(); // save a pending change now
    // The composer closed normally (sent, saved as a draft, discarded): forget the slot.
    void discard();

    QString draftId() const { return m_draft.id; }
    bool hasPendingChange() const { return m_pending; }

Q_SIGNALS:
    void saved(const QString &draftId);
    void saveFailed(const QString &error);

private:
    QPointer<DraftStore> m_store;
    QTimer m_timer;
    Draft m_draft;
    bool m_pending = false;
};
