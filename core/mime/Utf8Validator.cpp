#include "Utf8Validator.h"

void Utf8Validator::feed(const char *data, qsizetype size)
{
    for (qsizetype i = 0; i < size && !m_failed; ++i) {
        const uchar c = uchar(data[i]);
        if (m_needed > 0) {
            if (c < m_low || c > m_high) {
                m_failed = true;
                return;
            }
            m_low = 0x80;
            m_high = 0xbf;
            --m_needed;
            continue;
        }
        if (c < 0x80)
            continue;
        // RFC 3629 §4, the UTF8-2/3/4 productions: the first byte fixes the length and, for some
        // lead bytes, the range of the second.
        if (c >= 0xc2 && c <= 0xdf) {
            m_needed = 1;
        } else if (c >= 0xe0 && c <= 0xef) {
            m_needed = 2;
            if (c == 0xe0)
                m_low = 0xa0; // no overlong three-byte forms
            else if (c == 0xed)
                m_high = 0x9f; // no UTF-16 surrogates
        } else if (c >= 0xf0 && c <= 0xf4) {
            m_needed = 3;
            if (c == 0xf0)
                m_low = 0x90; // no overlong four-byte forms
            else if (c == 0xf4)
                m_high = 0x8f; // nothing above U+10FFFF
        } else {
            m_failed = true; // 80-C1 (continuation or overlong lead), F5-FF
        }
    }
}
