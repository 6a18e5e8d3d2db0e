#pragma once

#include <QtGlobal>

// Checks that bytes fed in pieces of any size are well-formed UTF-8 (RFC 3629: no overlong
// forms, no surrogates, nothing above U+10FFFF), keeping only the state of one unfinished
// sequence: a file can be checked block by block, memory flat.
class Utf8Validator
{
public:
    void feed(const char *data, qsizetype size);
    bool failed() const { return m_failed; }
    // Every byte so far well-formed and no sequence left unfinished.
    bool isComplete() const { return !m_failed && m_needed == 0; }

private:
    int m_needed = 0; // continuation bytes still expected
    uchar m_low = 0x80; // allowed range of the next continuation byte (narrowed after
    uchar m_high = 0xbf; // E0, ED, F0 and F4 to exclude overlongs and surrogates)
    bool m_failed = false;
};
