#include "Message.h"

#include <QFileInfo>
#include <QSet>

QString Attachment::effectiveFileName() const
{
    if (!fileName.isEmpty())
        return fileName;
    return QFileInfo(filePath).fileName();
}

QList<Mailbox> Message::envelopeRecipients() const
{
    // The same mailbox twice (say in To and Bcc) gets one RCPT TO. Domains compare without
    // case; local parts are the receiving server's business (RFC 5321 §2.4), so they compare
    // exactly.
    QList<Mailbox> out;
    QSet<QString> seen;
    for (const QList<Mailbox> *list : { &to, &cc, &bcc }) {
        for (const Mailbox &mailbox : *list) {
            const QString key = mailbox.localPart() + u'@' + mailbox.asciiDomain().toLower();
            if (!seen.contains(key)) {
                seen.insert(key);
                out.append(mailbox);
            }
        }
    }
    return out;
}

QString Message::envelopeSender() const
{
    return from.address.isEmpty() ? QString() : from.envelopeAddress();
}

QStringList Message::envelopeRecipientAddresses() const
{
    QStringList out;
    const QList<Mailbox> mailboxes = envelopeRecipients();
    for (const Mailbox &mailbox : mailboxes)
        out << mailbox.envelopeAddress();
    return out;
}
