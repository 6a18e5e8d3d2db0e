#include "MessageJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace MessageJson {

namespace {

QJsonArray mailboxesToJson(const QList<Mailbox> &mailboxes)
{
    QJsonArray array;
    for (const Mailbox &m : mailboxes)
        array.append(mailboxToJson(m));
    return array;
}

QList<Mailbox> mailboxesFromJson(const QJsonValue &value)
{
    QList<Mailbox> result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        result.append(mailboxFromJson(v.toObject()));
    return result;
}

QJsonArray attachmentsToJson(const QList<Attachment> &attachments)
{
    QJsonArray array;
    for (const Attachment &a : attachments) {
        QJsonObject o;
        o.insert(u"filePath"_s, a.filePath);
        if (!a.data.isEmpty())
            o.insert(u"data"_s, QString::fromLatin1(a.data.toBase64()));
        o.insert(u"fileName"_s, a.fileName);
        o.insert(u"contentType"_s, a.contentType);
        o.insert(u"contentId"_s, a.contentId);
        array.append(o);
    }
    return array;
}

QList<Attachment> attachmentsFromJson(const QJsonValue &value)
{
    QList<Attachment> result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        Attachment a;
        a.filePath = o.value(u"filePath"_s).toString();
        a.data = QByteArray::fromBase64(o.value(u"data"_s).toString().toLatin1());
        a.fileName = o.value(u"fileName"_s).toString();
        a.contentType = o.value(u"contentType"_s).toString();
        a.contentId = o.value(u"contentId"_s).toString();
        result.append(a);
    }
    return result;
}

} // namespace

QJsonObject mailboxToJson(const Mailbox &mailbox)
{
    QJsonObject o;
    o.insert(u"name"_s, mailbox.displayName);
    o.insert(u"address"_s, mailbox.address);
    return o;
}

Mailbox mailboxFromJson(const QJsonObject &object)
{
    Mailbox m;
    m.displayName = object.value(u"name"_s).toString();
    m.address = object.value(u"address"_s).toString();
    return m;
}

QJsonObject toJson(const Message &message)
{
    QJsonObject o;
    o.insert(u"from"_s, mailboxToJson(message.from));
    o.insert(u"to"_s, mailboxesToJson(message.to));
    o.insert(u"cc"_s, mailboxesToJson(message.cc));
    o.insert(u"bcc"_s, mailboxesToJson(message.bcc));
    o.insert(u"replyTo"_s, mailboxesToJson(message.replyTo));
    o.insert(u"subject"_s, message.subject);
    o.insert(u"plainBody"_s, message.plainBody);
    o.insert(u"htmlBody"_s, message.htmlBody);
    o.insert(u"inlineImages"_s, attachmentsToJson(message.inlineImages));
    o.insert(u"attachments"_s, attachmentsToJson(message.attachments));
    QJsonArray headers;
    for (const auto &header : message.extraHeaders)
        headers.append(QJsonArray { QString::fromLatin1(header.first), header.second });
    o.insert(u"extraHeaders"_s, headers);
    if (message.date.isValid())
        o.insert(u"date"_s, message.date.toString(Qt::ISODateWithMs));
    o.insert(u"messageId"_s, message.messageId);
    return o;
}

Message fromJson(const QJsonObject &o)
{
    Message message;
    message.from = mailboxFromJson(o.value(u"from"_s).toObject());
    message.to = mailboxesFromJson(o.value(u"to"_s));
    message.cc = mailboxesFromJson(o.value(u"cc"_s));
    message.bcc = mailboxesFromJson(o.value(u"bcc"_s));
    message.replyTo = mailboxesFromJson(o.value(u"replyTo"_s));
    message.subject = o.value(u"subject"_s).toString();
    message.plainBody = o.value(u"plainBody"_s).toString();
    message.htmlBody = o.value(u"htmlBody"_s).toString();
    message.inlineImages = attachmentsFromJson(o.value(u"inlineImages"_s));
    message.attachments = attachmentsFromJson(o.value(u"attachments"_s));
    const QJsonArray headers = o.value(u"extraHeaders"_s).toArray();
    for (const QJsonValue &v : headers) {
        const QJsonArray pair = v.toArray();
        message.extraHeaders.append({ pair.at(0).toString().toLatin1(), pair.at(1).toString() });
    }
    const QString date = o.value(u"date"_s).toString();
    if (!date.isEmpty())
        message.date = QDateTime::fromString(date, Qt::ISODateWithMs);
    message.messageId = o.value(u"messageId"_s).toString();
    return message;
}

} // namespace MessageJson
