#include "InstanceProtocol.h"

#include "mailto/MailtoLink.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace InstanceProtocol {

namespace {

QByteArray frame(const QJsonObject &object)
{
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian(quint32(json.size()), bytes.data());
    return bytes + json;
}

QString notAMessage()
{
    return QCoreApplication::translate("InstanceProtocol", "The running Mailwright received a message it cannot read.");
}

QString otherVersion(int theirs)
{
    return QCoreApplication::translate("InstanceProtocol",
        "Another version of Mailwright is running (protocol %1, this one speaks %2). Close it and try again.")
        .arg(theirs)
        .arg(version);
}

// The object and its version, or why it is not one of ours.
QString readObject(const QByteArray &payload, QJsonObject *object)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return notAMessage();
    *object = document.object();
    const QJsonValue theirs = object->value(u"version"_s);
    if (!theirs.isDouble())
        return notAMessage();
    if (theirs.toInt() != version)
        return otherVersion(theirs.toInt());
    return {};
}

} // namespace

QString tooLarge()
{
    return QCoreApplication::translate("InstanceProtocol",
        "The request is too large: at most %1 files of up to %2 characters each, and a link of up to %3 KiB.")
        .arg(maxAttachFiles)
        .arg(maxPathLength)
        .arg(MailtoLink::maxLength / 1024);
}

QString checkBounds(const Request &request)
{
    if (request.mailto.size() > MailtoLink::maxLength || request.attachFiles.size() > maxAttachFiles)
        return tooLarge();
    for (const QString &path : request.attachFiles)
        if (path.size() > maxPathLength)
            return tooLarge();
    return {};
}

QByteArray encode(const Request &request)
{
    Q_ASSERT(checkBounds(request).isEmpty());
    QJsonObject object { { u"version"_s, version } };
    switch (request.kind) {
    case Kind::Compose:
        object.insert(u"kind"_s, u"compose"_s);
        object.insert(u"mailto"_s, request.mailto);
        object.insert(u"attach"_s, QJsonArray::fromStringList(request.attachFiles));
        break;
    case Kind::Describe:
        object.insert(u"kind"_s, u"describe"_s);
        break;
    }
    return frame(object);
}

QByteArray encode(const Reply &reply)
{
    QJsonObject object { { u"version"_s, version }, { u"ok"_s, reply.ok } };
    if (!reply.error.isEmpty())
        object.insert(u"error"_s, reply.error);
    if (!reply.windows.isEmpty())
        object.insert(u"windows"_s, reply.windows);
    return frame(object);
}

RequestDecode decodeRequest(const QByteArray &payload)
{
    RequestDecode decoded;
    QJsonObject object;
    decoded.error = readObject(payload, &object);
    if (!decoded.ok())
        return decoded;
    const QString kind = object.value(u"kind"_s).toString();
    if (kind == u"describe"_s) {
        decoded.request.kind = Kind::Describe;
        return decoded;
    }
    if (kind != u"compose"_s) {
        decoded.error = notAMessage();
        return decoded;
    }
    const QJsonValue mailto = object.value(u"mailto"_s);
    const QJsonValue attach = object.value(u"attach"_s);
    if (!(mailto.isString() || mailto.isUndefined()) || !(attach.isArray() || attach.isUndefined())) {
        decoded.error = notAMessage();
        return decoded;
    }
    decoded.request.mailto = mailto.toString();
    const QJsonArray files = attach.toArray();
    for (const QJsonValue &file : files) {
        if (!file.isString() || file.toString().isEmpty()) {
            decoded.error = notAMessage();
            return decoded;
        }
        decoded.request.attachFiles << file.toString();
    }
    decoded.error = checkBounds(decoded.request);
    return decoded;
}

ReplyDecode decodeReply(const QByteArray &payload)
{
    ReplyDecode decoded;
    QJsonObject object;
    const QString error = readObject(payload, &object);
    // An instance of another version still answers with "ok" and "error", which we can read.
    if (!error.isEmpty() && !(object.value(u"ok"_s).isBool() && object.value(u"error"_s).isString())) {
        decoded.error = error;
        return decoded;
    }
    if (!object.value(u"ok"_s).isBool()) {
        decoded.error = notAMessage();
        return decoded;
    }
    decoded.reply.ok = object.value(u"ok"_s).toBool();
    decoded.reply.error = object.value(u"error"_s).toString();
    decoded.reply.windows = object.value(u"windows"_s).toArray();
    if (!decoded.reply.ok && decoded.reply.error.isEmpty())
        decoded.error = notAMessage();
    return decoded;
}

FrameReader::Status FrameReader::next(QByteArray *payload)
{
    if (m_buffer.size() < 4)
        return Status::NeedMore;
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData());
    if (length > maxFrameBytes)
        return Status::TooLarge;
    if (m_buffer.size() < 4 + qsizetype(length))
        return Status::NeedMore;
    *payload = m_buffer.mid(4, length);
    m_buffer.remove(0, 4 + length);
    return Status::Frame;
}

} // namespace InstanceProtocol
