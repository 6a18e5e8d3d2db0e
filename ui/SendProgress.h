#pragma once

#include "send/SendTypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QLabel;
class QProgressBar;
class SendController;

// The composer's progress row while a send runs: the stage's sentence with the time so far,
// the bytes sent and the time left, and — when the server goes quiet — that it is not answering
// and what Cancel does (SendStatusText::waiting). Only displays.
class SendProgress : public QObject
{
    Q_OBJECT
public:
    SendProgress(QProgressBar *bar, QLabel *label, QObject *parent = nullptr);

    void follow(SendController *controller);
    void begin(); // a send starts: busy until the first body byte
    void showCancelling();
    void end(); // the result speaks now

private:
    void showStage(Send::Stage stage, const QString &text);
    void showProgress(qint64 sentBytes, qint64 totalBytes);
    void showWaiting(qint64 elapsedMs, qint64 silentMs);

    QProgressBar *m_bar = nullptr;
    QLabel *m_label = nullptr;
    bool m_active = false;
    Send::Stage m_stage = Send::Stage::Idle;
    QString m_stageText;
    QElapsedTimer m_bodyClock; // since the first body byte, for the time left
    qint64 m_bodyStartBytes = 0;
};
