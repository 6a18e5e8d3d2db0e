#include "MimeStream.h"

#include "Encoders.h"

#include <QFile>

#include <algorithm>
#include <cstring>

namespace {

// Attachment input is read in blocks of whole base64 lines: 2048 lines, 114 KiB in, 156 KiB out.
constexpr qint64 InputBlock = Encoders::Base64LineInput * 2048;
// Reads smaller than this are served from a pending block, so the output is still made in
// large pieces however small the reads.
constexpr qint64 DirectMinimum = 4096;
constexpr qint64 PendingCapacity = 64 * 1024;

} // namespace

qint64 MimeStream::Segment::outputSize() const
{
    return kind == Kind::Bytes ? bytes.size() : Encoders::base64LinesSize(inputSize);
}

MimeStream::MimeStream(const QList<Segment> &segments, const QByteArray &headers, QObject *parent)
    : QIODevice(parent)
    , m_segments(segments)
    , m_headers(headers)
{
    for (const Segment &segment : std::as_const(m_segments))
        m_size += segment.outputSize();
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

MimeStream::~MimeStream() = default;

QSharedPointer<MimeStream> MimeStream::clone() const
{
    return QSharedPointer<MimeStream>::create(m_segments, m_headers);
}

qint64 MimeStream::bytesAvailable() const
{
    if (m_failed)
        return 0;
    return m_size - m_produced + QIODevice::bytesAvailable();
}

qint64 MimeStream::writeData(const char *, qint64)
{
    return -1;
}

qint64 MimeStream::readData(char *data, qint64 maxSize)
{
    if (m_failed)
        return -1;
    qint64 done = 0;
    if (m_pendingPos < m_pendingLength) {
        const qint64 n = std::min(maxSize, m_pendingLength - m_pendingPos);
        std::memcpy(data, m_pending.get() + m_pendingPos, size_t(n));
        m_pendingPos += n;
        done = n;
    }
    while (done < maxSize && m_segment < m_segments.size()) {
        const qint64 room = maxSize - done;
        if (room >= DirectMinimum) {
            const qint64 n = produce(data + done, room);
            if (n < 0)
                return -1;
            done += n;
            if (n == 0)
                break;
        } else {
            if (!m_pending)
                m_pending = std::make_unique<char[]>(size_t(PendingCapacity));
            const qint64 n = produce(m_pending.get(), PendingCapacity);
            if (n < 0)
                return -1;
            m_pendingLength = n;
            m_pendingPos = std::min(room, n);
            std::memcpy(data + done, m_pending.get(), size_t(m_pendingPos));
            done += m_pendingPos;
            break;
        }
    }
    m_produced += done;
    return done;
}

qint64 MimeStream::produce(char *out, qint64 capacity)
{
    qint64 written = 0;
    while (written < capacity && m_segment < m_segments.size()) {
        const qsizetype current = m_segment;
        const Segment &segment = m_segments[current];
        if (segment.kind == Segment::Kind::Bytes) {
            const qint64 n = std::min(capacity - written, qint64(segment.bytes.size()) - m_offset);
            std::memcpy(out + written, segment.bytes.constData() + m_offset, size_t(n));
            m_offset += n;
            written += n;
            if (m_offset == segment.bytes.size())
                nextSegment();
        } else {
            const qint64 n = produceBase64(segment, out + written, capacity - written);
            if (n < 0)
                return -1;
            written += n;
        }
        if (m_segment == current)
            break; // out of room for this segment
    }
    return written;
}

qint64 MimeStream::produceBase64(const Segment &segment, char *out, qint64 capacity)
{
    const bool fromFile = !segment.filePath.isEmpty();
    if (fromFile && !m_file && !openFile(segment))
        return -1;

    char *dst = out;
    char *const dstEnd = out + capacity;
    while (m_offset < segment.inputSize) {
        if (fromFile && m_inputPos == m_inputLength && !refillInput(segment))
            return -1;
        const char *const in = fromFile ? m_input.get() + m_inputPos : segment.bytes.constData() + m_offset;
        const qint64 available = fromFile ? m_inputLength - m_inputPos : segment.inputSize - m_offset;
        // Whole lines only: 57 bytes in, 76 characters out, CRLF between lines. Only the very
        // last line of the segment is shorter, so `available` never ends mid-line elsewhere.
        const char *src = in;
        const char *const srcEnd = in + available;
        while (src < srcEnd) {
            const qint64 lineInput = std::min<qint64>(Encoders::Base64LineInput, srcEnd - src);
            const qint64 lineOutput = (lineInput + 2) / 3 * 4;
            if (dstEnd - dst < lineOutput + (m_lines > 0 ? 2 : 0))
                break;
            if (m_lines > 0) {
                *dst++ = '\r';
                *dst++ = '\n';
            }
            Encoders::base64Encode(src, lineInput, dst);
            dst += lineOutput;
            src += lineInput;
            ++m_lines;
        }
        const qint64 consumed = src - in;
        m_offset += consumed;
        if (fromFile)
            m_inputPos += consumed;
        if (src < srcEnd)
            return dst - out; // out of room
    }
    if (fromFile && !finishFile(segment))
        return -1;
    nextSegment();
    return dst - out;
}

bool MimeStream::openFile(const Segment &segment)
{
    m_file = std::make_unique<QFile>(segment.filePath);
    if (!m_file->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        if (!m_file->exists())
            fail(tr("“%1” disappeared while it was being sent").arg(segment.displayName));
        else
            fail(tr("Cannot read attachment “%1”: %2").arg(segment.displayName, m_file->errorString()));
        return false;
    }
    if (m_file->size() != segment.inputSize) {
        fail(tr("“%1” changed while it was being sent").arg(segment.displayName));
        return false;
    }
    m_fileModified = m_file->fileTime(QFileDevice::FileModificationTime);
    if (!m_input)
        m_input = std::make_unique<char[]>(size_t(InputBlock));
    m_inputPos = 0;
    m_inputLength = 0;
    return true;
}

bool MimeStream::refillInput(const Segment &segment)
{
    const qint64 wanted = std::min(InputBlock, segment.inputSize - m_offset);
    qint64 got = 0;
    while (got < wanted) {
        const qint64 n = m_file->read(m_input.get() + got, wanted - got);
        if (n < 0) {
            fail(tr("Cannot read attachment “%1”: %2").arg(segment.displayName, m_file->errorString()));
            return false;
        }
        if (n == 0) { // shorter than it was
            fail(tr("“%1” changed while it was being sent").arg(segment.displayName));
            return false;
        }
        got += n;
    }
    m_inputPos = 0;
    m_inputLength = got;
    return true;
}

bool MimeStream::finishFile(const Segment &segment)
{
    // Longer than it was, or rewritten in place while we read it: what went out may be a mix
    // of two versions.
    const bool unchanged
        = m_file->size() == segment.inputSize && m_file->fileTime(QFileDevice::FileModificationTime) == m_fileModified;
    m_file.reset();
    if (!unchanged) {
        fail(tr("“%1” changed while it was being sent").arg(segment.displayName));
        return false;
    }
    return true;
}

void MimeStream::nextSegment()
{
    ++m_segment;
    m_offset = 0;
    m_lines = 0;
    m_inputPos = 0;
    m_inputLength = 0;
}

void MimeStream::fail(const QString &message)
{
    m_failed = true;
    m_file.reset();
    setErrorString(message);
}
