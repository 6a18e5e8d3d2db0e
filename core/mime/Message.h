#pragma once

#include "address/Mailbox.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

// A part that is not the body text: a file attachment, or an inline image the HTML refers to
// by "cid:<contentId>". Either filePath (read piece by piece while sending) or data is set.
struct Attachment
{
    QString filePath; // read lazily by MimeStream; empty when data is used
    QByteArray data; // in-memory content (generated parts)
    QString fileName; // shown to the recipient; defaults to the file's name
    QString contentType; // empty: from QMimeDatabase (content first, then name)
    QString contentId; // inline images only, without angle brackets

    QString effectiveFileName() const;
};
Q_DECLARE_METATYPE(Attachment)

// The message as composed. A plain value: the composer, drafts and the CLI all build one,
// MessageBuilder turns it into bytes. Bcc recipients travel in the envelope only.
struct Message
{
    Mailbox from;
    QList<Mailbox> to;
    QList<Mailbox> cc;
    QList<Mailbox> bcc;
    QList<Mailbox> replyTo;
    QString subject;
    QString plainBody; // used as is when htmlBody is empty
    QString htmlBody; // non-empty: multipart/alternative with a generated plain part
    QList<Attachment> inlineImages; // multipart/related with the HTML
    QList<Attachment> attachments; // multipart/mixed around the rest
    QList<QPair<QByteArray, QString>> extraHeaders; // name, unencoded value
    QDateTime date; // invalid: now
    QString messageId; // empty: generated at the sender's domain, no brackets

    QList<Mailbox> envelopeRecipients() const; // to + cc + bcc, in that order, duplicates removed
    // What MAIL FROM and RCPT TO carry: Mailbox::envelopeAddress() (the domain in its ASCII
    // form, also when the local part needs SMTPUTF8), for every route and program alike.
    QString envelopeSender() const;
    QStringList envelopeRecipientAddresses() const;
};
Q_DECLARE_METATYPE(Message)
