#include "SendStatusText.h"

#include "smtp/Sentences.h"

QString SendStatusText::stage(Send::Stage stage, const QString &detail)
{
    switch (stage) {
    case Send::Stage::Idle:
    case Send::Stage::Done:
        return {};
    case Send::Stage::Credential:
        return tr("Looking up the password…");
    case Send::Stage::AskingPassword:
        return tr("Waiting for the password…");
    case Send::Stage::RenewingSignIn:
        return tr("Renewing the sign-in with %1…").arg(detail);
    case Send::Stage::Resolving:
        return tr("Looking up the mail servers of %1…").arg(detail);
    case Send::Stage::Connecting:
        return tr("Connecting to %1…").arg(detail);
    case Send::Stage::Greeting:
        return tr("Connected; asking what the server offers…");
    case Send::Stage::Securing:
        return tr("Securing the connection…");
    case Send::Stage::SigningIn:
        return detail.isEmpty() ? tr("Signing in…") : tr("Signing in as %1…").arg(detail);
    case Send::Stage::Envelope:
        return tr("Sending the addresses…");
    case Send::Stage::Body:
        return tr("Sending the message…");
    case Send::Stage::Confirm:
        return tr("Waiting for the server to accept the message…");
    case Send::Stage::Closing:
        return tr("Closing the connection…");
    }
    return {};
}

QString SendStatusText::progress(qint64 sentBytes, qint64 totalBytes, qint64 doneBytes, qint64 elapsedMs)
{
    const QString sent = Sentences::dataSize(sentBytes);
    const QString total = Sentences::dataSize(totalBytes);
    if (elapsedMs < 500 || doneBytes <= 0)
        return tr("Sending %1 of %2").arg(sent, total);
    const qint64 seconds = (totalBytes - sentBytes) * elapsedMs / doneBytes / 1000;
    if (seconds < 60)
        return tr("Sending %1 of %2 — about %n second(s) left", nullptr, int(qMax<qint64>(1, seconds)))
            .arg(sent, total);
    if (seconds < 3600)
        return tr("Sending %1 of %2 — about %n minute(s) left", nullptr, int((seconds + 30) / 60)).arg(sent, total);
    return tr("Sending %1 of %2 — about %n hour(s) left", nullptr, int((seconds + 1800) / 3600)).arg(sent, total);
}

QString SendStatusText::waiting(Send::Stage stage, const QString &stageText, qint64 elapsedMs, qint64 silentMs)
{
    const int silent = int(silentMs / 1000);
    if (silentMs >= silentAfterMs) {
        switch (stage) {
        case Send::Stage::Body:
            return tr("Nothing has gone through for %n second(s): the server or the network is not taking the "
                      "message. You can cancel; your message is kept.",
                nullptr, silent);
        case Send::Stage::Confirm:
            return tr("The server has not confirmed the message yet (%n second(s)). Checking a large message can "
                      "take minutes; if you cancel now, it may still arrive.",
                nullptr, silent);
        default:
            return tr("The server is not answering (%n second(s) without a reply). You can cancel; your message "
                      "is kept.",
                nullptr, silent);
        }
    }
    if (elapsedMs < 2000)
        return stageText;
    return tr("%1 %n s", "the stage's sentence, then the seconds since the send began", int(elapsedMs / 1000))
        .arg(stageText);
}

QStringList SendStatusText::refusedRecipients(const SendResult &result)
{
    QStringList lines;
    for (const RecipientResult &recipient : result.recipients) {
        if (recipient.accepted)
            continue;
        const QString said
            = QStringList { QString::number(recipient.replyCode), recipient.enhancedCode, recipient.serverText }
                  .join(u' ')
                  .simplified();
        lines << (recipient.explanation.isEmpty()
                ? tr("• %1 — the server said: %2").arg(recipient.address, said)
                : tr("• %1 — the server said: %2 (%3)").arg(recipient.address, said, recipient.explanation));
    }
    return lines;
}

QString SendStatusText::tooLarge(qint64 messageBytes, const QString &endpoint, qint64 limitBytes)
{
    return tr("The message comes to %1, but %2 accepts at most %3. Nothing was sent: remove attachments or share "
              "large files another way.")
        .arg(Sentences::dataSize(messageBytes), endpoint, Sentences::dataSize(limitBytes));
}
