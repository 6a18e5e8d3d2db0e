#include "DraftAutosaver.h"

DraftAutosaver::DraftAutosaver(DraftStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(3000);
    connect(&m_timer, &QTimer::timeout, this, &DraftAutosaver::flush);
}

DraftAutosaver::~DraftAutosaver()
{
    if (m_pending && m_store) {
        const DraftSaveResult result = m_store->saveRecovery(m_draft);
        Q_UNUSED(result) // nobody is left to tell
    }
}

void DraftAutosaver::setDelayMs(int delayMs)
{
    m_timer.setInterval(delayMs);
}

void DraftAutosaver::update(const Draft &draft)
{
    const QString id = m_draft.id;
    m_draft = draft;
    if (m_draft.id.isEmpty())
        m_draft.id = id; // the slot stays the same while the composer edits one message
    m_pending = true;
    if (!m_timer.isActive())
        m_timer.start();
}

void DraftAutosaver::flush()
{
    m_timer.stop();
    if (!m_pending || !m_store)
        return;
    const DraftSaveResult result = m_store->saveRecovery(m_draft);
    if (!result.ok()) {
        Q_EMIT saveFailed(result.error);
        return; // still pending: the next change tries again
    }
    m_pending = false;
    m_draft.id = result.id;
    Q_EMIT saved(result.id);
}

void DraftAutosaver::discard()
{
    m_timer.stop();
    m_pending = false;
    if (m_store && !m_draft.id.isEmpty())
        m_store->clearRecovery(m_draft.id);
}
