#pragma once

#include "Message.h"
#include "MimeStream.h"

#include <QCoreApplication>
#include <QSharedPointer>
#include <QString>

// What MessageBuilder::build() made: a stream ready to read, or a sentence saying why not.
struct MimeBuild
{
    QSharedPointer<MimeStream> stream;
    QString error; // translated: "Cannot read attachment “x.pdf”: permission denied"

    bool ok() const { return error.isEmpty(); }
};

// Turns a Message into the MimeStream that sends (or saves) it: chooses the structure
// (text/plain, multipart/alternative with a generated plain part, multipart/related for inline
// images, multipart/mixed for attachments), encodes headers and text, generates Date,
// Message-ID and boundaries, and checks that every attachment can be read — all before anything
// connects. Attachment contents are not kept here: they are sniffed for their content type, and
// text attachments up to 16 MiB are read through once, in blocks, to prove them UTF-8.
class MessageBuilder
{
    Q_DECLARE_TR_FUNCTIONS(MessageBuilder)

public:
    [[nodiscard]] static MimeBuild build(const Message &message);
};
