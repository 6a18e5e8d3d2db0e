#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

// What a later `mailwright …` says to the running one over the local socket, and the answer.
// Each message is one frame: 4 octets of big-endian length, then that many octets of UTF-8 JSON,
// an object with "version". Requests: {"version":1,"kind":"compose","mailto":"…","attach":[…]}
// or {"version":1,"kind":"describe"}; answers: {"version":1,"ok":true} or {"version":1,
// "ok":false,"error":"…"}, and for describe "windows":[…]. "ok" and "error" keep their meaning in
// every version, so an instance of another version refuses with a sentence instead of guessing.
// Everything is bounded: a frame, the link, the number and length of the paths.
namespace InstanceProtocol {
Q_NAMESPACE

constexpr int version = 1;
constexpr quint32 maxFrameBytes = 4 * 1024 * 1024; // a maximal request, JSON-escaped, fits
constexpr int maxAttachFiles = 64;
constexpr qsizetype maxPathLength = 4096; // PATH_MAX

enum class Kind {
    Compose, // open a composer window: a mailto: link, --attach files, or neither (a new message)
    Describe, // the fields of every composer window, as JSON: a test hook, refused unless enabled
};
Q_ENUM_NS(Kind)

struct Request
{
    Kind kind = Kind::Compose;
    QString mailto; // empty: no link
    QStringList attachFiles; // absolute paths given with --attach: attached directly
    bool operator==(const Request &other) const
    {
        return kind == other.kind && mailto == other.mailto && attachFiles == other.attachFiles;
    }
};

struct Reply
{
    bool ok = false;
    QString error; // why not, one translated sentence
    QJsonArray windows; // Describe
};

struct RequestDecode
{
    Request request;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct ReplyDecode
{
    Reply reply;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// The sentence for a request over the bounds.
[[nodiscard]] QString tooLarge();
// Empty when the request is within bounds, else tooLarge().
[[nodiscard]] QString checkBounds(const Request &request);
// A whole frame, length included. The request must be within bounds.
[[nodiscard]] QByteArray encode(const Request &request);
[[nodiscard]] QByteArray encode(const Reply &reply);
// A frame's payload (without the length), as FrameReader gives it.
[[nodiscard]] RequestDecode decodeRequest(const QByteArray &payload);
[[nodiscard]] ReplyDecode decodeReply(const QByteArray &payload);

// Bytes in as they arrive, however they are split; whole frames out. A length over
// maxFrameBytes is an error at once: nothing that large is ever buffered.
class FrameReader
{
    Q_GADGET
public:
    enum class Status { NeedMore, Frame, TooLarge };
    Q_ENUM(Status)
    void append(const QByteArray &bytes) { m_buffer += bytes; }
    // Frame: *payload holds the next frame's payload, removed from the buffer.
    Status next(QByteArray *payload);
    qsizetype buffered() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
};

} // namespace InstanceProtocol

Q_DECLARE_METATYPE(InstanceProtocol::Request)
