#pragma once

#include <QByteArray>

// Turns message bytes into what goes after DATA: every line ending becomes CRLF (bare LF and
// bare CR included), a line starting with "." gets another "." (RFC 5321 §4.5.2), and finish()
// adds the terminating CRLF "." CRLF. Works on chunks: a CR at the end of one chunk and LF at
// the start of the next, or a "." after a chunk that ended a line, come out right.
class DataEncoder
{
public:
    void encode(const char *data, qsizetype size, QByteArray &out);
    void finish(QByteArray &out);

private:
    bool m_atLineStart = true;
    bool m_pendingCr = false;
};
