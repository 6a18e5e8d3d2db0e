#include "SendProgress.h"

#include "send/SendController.h"
#include "send/SendStatusText.h"

#include <QLabel>
#include <QProgressBar>

SendProgress::SendProgress(QProgressBar *bar, QLabel *label, QObject *parent)
    : QObject(parent)
    , m_bar(bar)
    , m_label(label)
{
}

void SendProgress::follow(SendController *controller)
{
    connect(controller, &SendController::stageChanged, this, &SendProgress::showStage);
    connect(controller, &SendController::progress, this, &SendProgress::showProgress);
    connect(controller, &SendController::waiting, this, &SendProgress::showWaiting);
}

void SendProgress::begin()
{
    m_active = true;
    m_stage = Send::Stage::Idle;
    m_stageText.clear();
    m_bodyClock.invalidate();
    m_bodyStartBytes = 0;
    m_label->clear();
    m_bar->setRange(0, 0);
    m_bar->show();
}

void SendProgress::showCancelling()
{
    m_label->setText(tr("Cancelling…"));
}

void SendProgress::end()
{
    m_active = false;
    m_label->clear();
    m_bar->hide();
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
}

void SendProgress::showStage(Send::Stage stage, const QString &text)
{
    if (!m_active)
        return; // after the end, the result speaks
    m_stage = stage;
    m_stageText = text;
    if (stage == Send::Stage::Body)
        return; // showProgress() says more
    if (stage == Send::Stage::Confirm)
        m_bar->setRange(0, 0);
    m_label->setText(text);
}

void SendProgress::showProgress(qint64 sentBytes, qint64 totalBytes)
{
    if (!m_active || totalBytes <= 0)
        return;
    if (!m_bodyClock.isValid()) {
        m_bodyClock.start();
        m_bodyStartBytes = sentBytes;
    }
    if (m_stage == Send::Stage::Confirm)
        return;
    m_bar->setRange(0, 1000);
    m_bar->setValue(int(sentBytes * 1000 / totalBytes));
    m_label->setText(
        SendStatusText::progress(sentBytes, totalBytes, sentBytes - m_bodyStartBytes, m_bodyClock.elapsed()));
}

void SendProgress::showWaiting(qint64 elapsedMs, qint64 silentMs)
{
    if (!m_active || m_stageText.isEmpty())
        return;
    if (m_stage == Send::Stage::Body && silentMs < SendStatusText::silentAfterMs)
        return; // the bytes and the time left say more
    m_label->setText(SendStatusText::waiting(m_stage, m_stageText, elapsedMs, silentMs));
}
