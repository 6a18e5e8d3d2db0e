#pragma once

#include "SmtpTypes.h"

#include <QMetaType>
#include <QString>

// One line of a session's conversation, as the pane, the log and `--transcript` show it.
// Entries are redacted at the source: credentials never reach a TranscriptEntry.
struct TranscriptEntry
{
    qint64 elapsedMs = 0; // since the session started
    Smtp::Direction direction = Smtp::Direction::Info;
    QString text; // without CRLF

    // "  12.345 C: EHLO client.example" — the shape shared by the CLI and exported logs.
    QString toDisplayLine() const;
    static QString marker(Smtp::Direction direction); // "C:", "S:", "TLS", "--", "!!"
};
Q_DECLARE_METATYPE(TranscriptEntry)
