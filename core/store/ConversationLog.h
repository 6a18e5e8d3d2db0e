#pragma once

#include "LoggedSession.h"
#include "StoreStatus.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <optional>

// Which logged sessions to list. Empty fields do not filter.
struct LogFilter
{
    // Substring, case-insensitive for ASCII letters, of the subject, a recipient, the profile,
    // the server, the result message or any transcript line.
    QString text;
    std::optional<Smtp::Outcome> outcome;
    QString profile; // exact name
    int limit = 0; // 0: all
};

// What append() came to: the new session's id once it is committed to disk.
struct LogAppendResult
{
    qint64 id = 0;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// The conversation log: every session, on disk, listable, searchable, exportable.
//
// Storage: one SQLite database (Qt SQL) in WAL mode with synchronous=FULL. Each session, with
// all its transcript lines, is written in one transaction, so it is either wholly there or not
// at all; a crash or kill -9 mid-write leaves a WAL tail that SQLite discards on the next open,
// and earlier sessions are untouched. When append() returns an id, the session is on disk.
// SQLite rather than one file per session because the log is append-mostly, filtered and
// searched (by text across thousands of transcript lines, outcome, profile, age), and shared
// by the GUI and mailwright-send running at the same time, which SQLite's locking handles.
//
// Use from one thread. Several ConversationLog objects (and processes) may use the same file.
class ConversationLog : public QObject
{
    Q_OBJECT
public:
    explicit ConversationLog(QObject *parent = nullptr);
    ~ConversationLog() override;

    // filePath empty: defaultFilePath(). Creates the file and schema when missing; applies the
    // retention setting.
    [[nodiscard]] StoreStatus open(const QString &filePath = QString());
    bool isOpen() const;
    QString filePath() const { return m_filePath; }
    static QString defaultFilePath(); // <AppDataLocation>/conversations.sqlite

    [[nodiscard]] LogAppendResult append(const LoggedSession &session);

    QList<LoggedSession> sessions(const LogFilter &filter = LogFilter()) const; // newest first, no transcripts
    std::optional<LoggedSession> session(qint64 id) const; // with its transcript
    QStringList profiles() const; // distinct profile names in the log, for the filter box

    bool remove(const QList<qint64> &ids);
    // Deletes sessions started more than `days` days before `now`; returns how many.
    int removeOlderThan(int days, const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Retention kept in the log itself, so the GUI and the CLI share it. 0: keep forever.
    int retentionDays() const;
    bool setRetentionDays(int days);
    int applyRetention(const QDateTime &now = QDateTime::currentDateTimeUtc());

    // A header, then TranscriptEntry::toDisplayLine() lines; sessions separated by a blank line.
    static QString toText(const LoggedSession &session);
    QString exportText(const QList<qint64> &ids) const;

    // SQLite's own consistency check ("PRAGMA integrity_check").
    StoreStatus checkIntegrity() const;
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void sessionAdded(qint64 id);
    void sessionsRemoved();

private:
    bool exec(const QString &sql) const;

    QString m_connectionName;
    QString m_filePath;
    mutable QString m_lastError;
};
