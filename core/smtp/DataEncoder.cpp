#include "DataEncoder.h"

void DataEncoder::encode(const char *data, qsizetype size, QByteArray &out)
{
    out.reserve(out.size() + size + size / 64 + 8);
    const char *p = data;
    const char *const end = data + size;
    while (p < end) {
        if (m_pendingCr) {
            m_pendingCr = false;
            out.append("\r\n", 2);
            m_atLineStart = true;
            if (*p == '\n') {
                ++p;
                continue;
            }
        }
        if (m_atLineStart && *p == '.')
            out.append('.');
        // Copy the run up to the next line ending in one append.
        const char *run = p;
        while (p < end && *p != '\r' && *p != '\n')
            ++p;
        if (p > run) {
            out.append(run, p - run);
            m_atLineStart = false;
        }
        if (p == end)
            break;
        if (*p == '\r') {
            m_pendingCr = true;
        } else {
            out.append("\r\n", 2);
            m_atLineStart = true;
        }
        ++p;
    }
}

void DataEncoder::finish(QByteArray &out)
{
    if (m_pendingCr) {
        m_pendingCr = false;
        out.append("\r\n", 2);
        m_atLineStart = true;
    }
    if (!m_atLineStart)
        out.append("\r\n", 2);
    out.append(".\r\n", 3);
    m_atLineStart = true;
}
