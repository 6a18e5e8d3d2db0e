#pragma once

// Deterministic sessions and drafts for the durability tests: the crash writer stores
// fixture N, the test recomputes fixture N and compares, so any torn or mixed-up record shows.

#include "store/DraftStore.h"
#include "store/LoggedSession.h"

#include <QString>

namespace StoreFixtures {

inline QString filler(int seed, int length)
{
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i)
        text.append(QChar(u'a' + (seed * 7 + i * 13) % 26));
    return text;
}

inline LoggedSession session(int seq)
{
    LoggedSession s;
    s.startedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000LL + qint64(seq) * 1000, Qt::UTC);
    s.kind = seq % 5 == 0 ? LoggedSession::Kind::ConnectionTest : LoggedSession::Kind::Send;
    s.origin = seq % 2 == 0 ? LoggedSession::Origin::Cli : LoggedSession::Origin::Gui;
    s.profile = QStringLiteral("Profile %1").arg(seq % 3);
    s.server = QStringLiteral("smtp%1.example.org:587").arg(seq % 4);
    s.subject = QStringLiteral("session %1").arg(seq);
    s.recipients = { QStringLiteral("r%1@example.org").arg(seq), QStringLiteral("张三%1@例子.中国").arg(seq) };
    s.outcome = seq % 7 == 0 ? Smtp::Outcome::Failed : Smtp::Outcome::Sent;
    s.resultMessage = QStringLiteral("result of %1").arg(seq);
    const int lines = 150 + seq % 97;
    for (int i = 0; i < lines; ++i) {
        TranscriptEntry e;
        e.elapsedMs = qint64(i) * 3 + seq;
        e.direction = Smtp::Direction(i % 5);
        e.text = QStringLiteral("%1/%2 ").arg(seq).arg(i) + filler(seq + i, 60 + i % 40);
        s.transcript.append(e);
    }
    s.transcriptSize = int(s.transcript.size());
    return s;
}

inline Draft draft(int n)
{
    Draft d;
    d.id = QStringLiteral("crash-draft");
    d.profileName = QStringLiteral("Work");
    d.message.from = Mailbox { QStringLiteral("Ann"), QStringLiteral("ann@example.org") };
    d.message.to = { Mailbox { QStringLiteral("Bob"), QStringLiteral("bob@example.org") } };
    d.message.subject = QStringLiteral("autosave %1").arg(n);
    // Large enough that a write takes a while and a kill lands inside one.
    d.message.plainBody = filler(n, 200'000);
    Attachment a;
    a.filePath = QStringLiteral("/tmp/report-%1.pdf").arg(n);
    d.message.attachments = { a };
    return d;
}

} // namespace StoreFixtures
