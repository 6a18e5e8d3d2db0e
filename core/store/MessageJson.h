#pragma once

#include "mime/Message.h"

#include <QJsonObject>

// A Message as JSON, for drafts and the outbox: every field, attachments by path (in-memory
// parts as base64). fromJson(toJson(m)) gives m back.
namespace MessageJson {

QJsonObject toJson(const Message &message);
Message fromJson(const QJsonObject &object);

QJsonObject mailboxToJson(const Mailbox &mailbox);
Mailbox mailboxFromJson(const QJsonObject &object);

} // namespace MessageJson
