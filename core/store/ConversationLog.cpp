#include "ConversationLog.h"

#include "EnumText.h"

#include "AtomicFile.h"

#include <QFile>
#include <QFileInfo>
#include <QMetaEnum>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

// Qt SQL binds a null QString as SQL NULL, which the NOT NULL text columns refuse: an empty
// subject or a blank transcript line would lose the whole session.
QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

constexpr int schemaVersion = 2; // 2: sessions.stage

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

// Recipients in one column, one per line: addresses never contain a line break.
QString joinRecipients(const QStringList &recipients)
{
    return recipients.join(u'\n');
}

LoggedSession sessionFromRow(const QSqlQuery &q)
{
    LoggedSession s;
    s.id = q.value(0).toLongLong();
    s.startedAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    s.kind = enumFromString(q.value(2).toString(), LoggedSession::Kind::Send);
    s.origin = enumFromString(q.value(3).toString(), LoggedSession::Origin::Gui);
    s.profile = q.value(4).toString();
    s.server = q.value(5).toString();
    s.subject = q.value(6).toString();
    const QString recipients = q.value(7).toString();
    s.recipients = recipients.isEmpty() ? QStringList() : recipients.split(u'\n');
    s.outcome = enumFromString(q.value(8).toString(), Smtp::Outcome::Failed);
    s.resultMessage = q.value(9).toString();
    s.transcriptSize = q.value(10).toInt();
    s.stage = enumFromString(q.value(11).toString(), Smtp::State::Idle);
    return s;
}

const QString sessionColumns = u"id, started_ms, kind, origin, profile, server, subject, recipients, outcome, "
                               u"result_message, entry_count, stage"_s;

} // namespace

ConversationLog::ConversationLog(QObject *parent)
    : QObject(parent)
    , m_connectionName(u"mailwright-log-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ConversationLog::~ConversationLog()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString ConversationLog::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/conversations.sqlite"_s;
}

bool ConversationLog::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

bool ConversationLog::exec(const QString &sql) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(sql)) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

StoreStatus ConversationLog::open(const QString &filePath)
{
    StoreStatus status;
    m_filePath = filePath.isEmpty() ? defaultFilePath() : filePath;
    if (!AtomicFile::makePrivateDirectory(QFileInfo(m_filePath).absolutePath())) {
        status.error = tr("Could not create the folder for the conversation log, %1.").arg(m_filePath);
        return status;
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
        ? QSqlDatabase::database(m_connectionName, false)
        : QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!db.isValid()) {
        status.error = tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).");
        return status;
    }
    db.close();
    db.setDatabaseName(m_filePath);
    // Wait for another writer (the GUI and mailwright-send share the file) instead of failing.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        status.error = tr("Could not open the conversation log %1: %2").arg(m_filePath, db.lastError().text());
        return status;
    }
    QFile::setPermissions(m_filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // WAL: a commit appends to the -wal file and is valid only once its commit frame (with
    // checksums) is complete; a torn tail is ignored on recovery. synchronous=FULL fsyncs the
    // WAL at every commit, so a committed session survives power loss too, not only a crash.
    const QStringList setup = {
        u"PRAGMA journal_mode=WAL"_s,
        u"PRAGMA synchronous=FULL"_s,
        u"CREATE TABLE IF NOT EXISTS sessions ("
        u" id INTEGER PRIMARY KEY AUTOINCREMENT,"
        u" started_ms INTEGER NOT NULL,"
        u" kind TEXT NOT NULL, origin TEXT NOT NULL,"
        u" profile TEXT NOT NULL DEFAULT '', server TEXT NOT NULL DEFAULT '',"
        u" subject TEXT NOT NULL DEFAULT '', recipients TEXT NOT NULL DEFAULT '',"
        u" outcome TEXT NOT NULL, result_message TEXT NOT NULL DEFAULT '',"
        u" entry_count INTEGER NOT NULL DEFAULT 0, stage TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX IF NOT EXISTS sessions_started ON sessions(started_ms)"_s,
        u"CREATE TABLE IF NOT EXISTS transcript ("
        u" session_id INTEGER NOT NULL, seq INTEGER NOT NULL,"
        u" elapsed_ms INTEGER NOT NULL, direction TEXT NOT NULL, text TEXT NOT NULL,"
        u" PRIMARY KEY (session_id, seq)) WITHOUT ROWID"_s,
        u"CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
    };
    for (const QString &sql : setup) {
        if (!exec(sql)) {
            status.error = tr("The conversation log %1 cannot be used: %2").arg(m_filePath, m_lastError);
            db.close();
            return status;
        }
    }
    QSqlQuery version(db);
    const int stored = version.exec(u"PRAGMA user_version"_s) && version.next() ? version.value(0).toInt() : 0;
    if (stored > schemaVersion) {
        status.error = tr("The conversation log %1 was written by a newer Mailwright.").arg(m_filePath);
        db.close();
        return status;
    }
    if (stored == 1 && !exec(u"ALTER TABLE sessions ADD COLUMN stage TEXT NOT NULL DEFAULT ''"_s)) {
        status.error = tr("The conversation log %1 cannot be used: %2").arg(m_filePath, m_lastError);
        db.close();
        return status;
    }
    // A write (and an fsync) only when it changes: mailwright-send opens the log on every send.
    if (stored != schemaVersion)
        exec(u"PRAGMA user_version=%1"_s.arg(schemaVersion));
    applyRetention();
    return status;
}

LogAppendResult ConversationLog::append(const LoggedSession &session)
{
    LogAppendResult result;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen()) {
        result.error = tr("The conversation log is not open.");
        return result;
    }
    if (!db.transaction()) {
        result.error = tr("Could not write to the conversation log: %1").arg(db.lastError().text());
        return result;
    }
    auto fail = [&](const QSqlQuery &q) {
        result.error = tr("Could not write to the conversation log: %1").arg(q.lastError().text());
        result.id = 0;
        db.rollback();
        return result;
    };

    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO sessions (started_ms, kind, origin, profile, server, subject, recipients, outcome,"
                   u" result_message, entry_count, stage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QDateTime started = session.startedAt.isValid() ? session.startedAt : QDateTime::currentDateTimeUtc();
    insert.addBindValue(started.toMSecsSinceEpoch());
    insert.addBindValue(enumToString(session.kind));
    insert.addBindValue(enumToString(session.origin));
    insert.addBindValue(notNull(session.profile));
    insert.addBindValue(notNull(session.server));
    insert.addBindValue(notNull(session.subject));
    insert.addBindValue(notNull(joinRecipients(session.recipients)));
    insert.addBindValue(enumToString(session.outcome));
    insert.addBindValue(notNull(session.resultMessage));
    insert.addBindValue(int(session.transcript.size()));
    insert.addBindValue(enumToString(session.stage));
    if (!insert.exec())
        return fail(insert);
    result.id = insert.lastInsertId().toLongLong();

    QSqlQuery line(db);
    line.prepare(u"INSERT INTO transcript (session_id, seq, elapsed_ms, direction, text) VALUES (?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < session.transcript.size(); ++i) {
        const TranscriptEntry &entry = session.transcript.at(i);
        line.bindValue(0, result.id);
        line.bindValue(1, qint64(i));
        line.bindValue(2, entry.elapsedMs);
        line.bindValue(3, enumToString(entry.direction));
        line.bindValue(4, notNull(entry.text));
        if (!line.exec())
            return fail(line);
    }
    if (!db.commit()) {
        result.error = tr("Could not write to the conversation log: %1").arg(db.lastError().text());
        result.id = 0;
        db.rollback();
        return result;
    }
    Q_EMIT sessionAdded(result.id);
    return result;
}

QList<LoggedSession> ConversationLog::sessions(const LogFilter &filter) const
{
    QList<LoggedSession> result;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return result;
    QString sql = u"SELECT "_s + sessionColumns + u" FROM sessions WHERE 1"_s;
    QVariantList values;
    if (!filter.text.isEmpty()) {
        const QString pattern = likePattern(filter.text);
        sql += u" AND (subject LIKE ? ESCAPE '\\' OR recipients LIKE ? ESCAPE '\\' OR profile LIKE ? ESCAPE '\\'"
               u" OR server LIKE ? ESCAPE '\\' OR result_message LIKE ? ESCAPE '\\'"
               u" OR EXISTS (SELECT 1 FROM transcript t WHERE t.session_id = sessions.id"
               u" AND t.text LIKE ? ESCAPE '\\'))"_s;
        for (int i = 0; i < 6; ++i)
            values.append(pattern);
    }
    if (filter.outcome) {
        sql += u" AND outcome = ?"_s;
        values.append(enumToString(*filter.outcome));
    }
    if (!filter.profile.isEmpty()) {
        sql += u" AND profile = ?"_s;
        values.append(filter.profile);
    }
    sql += u" ORDER BY started_ms DESC, id DESC"_s;
    if (filter.limit > 0)
        sql += u" LIMIT %1"_s.arg(filter.limit);

    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return result;
    }
    while (q.next())
        result.append(sessionFromRow(q));
    return result;
}

std::optional<LoggedSession> ConversationLog::session(qint64 id) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return std::nullopt;
    // One read transaction: the session and its lines come from the same snapshot.
    db.transaction();
    QSqlQuery q(db);
    q.prepare(u"SELECT "_s + sessionColumns + u" FROM sessions WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        db.rollback();
        return std::nullopt;
    }
    LoggedSession s = sessionFromRow(q);
    QSqlQuery lines(db);
    lines.setForwardOnly(true);
    lines.prepare(u"SELECT elapsed_ms, direction, text FROM transcript WHERE session_id = ? ORDER BY seq"_s);
    lines.addBindValue(id);
    if (lines.exec()) {
        while (lines.next()) {
            TranscriptEntry entry;
            entry.elapsedMs = lines.value(0).toLongLong();
            entry.direction = enumFromString(lines.value(1).toString(), Smtp::Direction::Info);
            entry.text = lines.value(2).toString();
            s.transcript.append(entry);
        }
    }
    db.rollback();
    return s;
}

QStringList ConversationLog::profiles() const
{
    QStringList result;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(u"SELECT DISTINCT profile FROM sessions WHERE profile <> '' ORDER BY profile"_s)) {
        while (q.next())
            result.append(q.value(0).toString());
    }
    return result;
}

bool ConversationLog::remove(const QList<qint64> &ids)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen() || !db.transaction())
        return false;
    QSqlQuery lines(db);
    lines.prepare(u"DELETE FROM transcript WHERE session_id = ?"_s);
    QSqlQuery sessions(db);
    sessions.prepare(u"DELETE FROM sessions WHERE id = ?"_s);
    for (const qint64 id : ids) {
        lines.bindValue(0, id);
        sessions.bindValue(0, id);
        if (!lines.exec() || !sessions.exec()) {
            m_lastError = db.lastError().text();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        m_lastError = db.lastError().text();
        db.rollback();
        return false;
    }
    Q_EMIT sessionsRemoved();
    return true;
}

int ConversationLog::removeOlderThan(int days, const QDateTime &now)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (days <= 0 || !db.isOpen() || !db.transaction())
        return 0;
    const qint64 cutoff = now.addDays(-days).toMSecsSinceEpoch();
    QSqlQuery lines(db);
    lines.prepare(u"DELETE FROM transcript WHERE session_id IN (SELECT id FROM sessions WHERE started_ms < ?)"_s);
    lines.addBindValue(cutoff);
    QSqlQuery sessions(db);
    sessions.prepare(u"DELETE FROM sessions WHERE started_ms < ?"_s);
    sessions.addBindValue(cutoff);
    if (!lines.exec() || !sessions.exec()) {
        m_lastError = db.lastError().text();
        db.rollback();
        return 0;
    }
    const int removed = sessions.numRowsAffected();
    if (!db.commit()) {
        m_lastError = db.lastError().text();
        db.rollback();
        return 0;
    }
    if (removed > 0)
        Q_EMIT sessionsRemoved();
    return removed;
}

int ConversationLog::retentionDays() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT value FROM settings WHERE key = 'retentionDays'"_s);
    if (q.exec() && q.next())
        return qMax(0, q.value(0).toInt());
    return 0;
}

bool ConversationLog::setRetentionDays(int days)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"INSERT OR REPLACE INTO settings (key, value) VALUES ('retentionDays', ?)"_s);
    q.addBindValue(QString::number(qMax(0, days)));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

int ConversationLog::applyRetention(const QDateTime &now)
{
    return removeOlderThan(retentionDays(), now);
}

QString ConversationLog::toText(const LoggedSession &s)
{
    QString text;
    const QString kind = s.kind == LoggedSession::Kind::ConnectionTest ? tr("connection test") : tr("send");
    const QString origin = s.origin == LoggedSession::Origin::Cli ? u"mailwright-send"_s : u"Mailwright"_s;
    text += tr("Session %1 — %2 (%3, %4)\n")
                .arg(QString::number(s.id), s.startedAt.toLocalTime().toString(Qt::ISODateWithMs), kind, origin);
    text += tr("Profile: %1\n").arg(s.profile.isEmpty() ? tr("(none)") : s.profile);
    text += tr("Server: %1\n").arg(s.server);
    if (s.kind == LoggedSession::Kind::Send) {
        text += tr("Subject: %1\n").arg(s.subject);
        text += tr("Recipients: %1\n").arg(s.recipients.join(u", "_s));
    }
    text += tr("Outcome: %1\n").arg(enumToString(s.outcome));
    if (!s.resultMessage.isEmpty())
        text += tr("Result: %1\n").arg(s.resultMessage);
    text += u'\n';
    for (const TranscriptEntry &entry : s.transcript)
        text += entry.toDisplayLine() + u'\n';
    return text;
}

QString ConversationLog::exportText(const QList<qint64> &ids) const
{
    QStringList parts;
    for (const qint64 id : ids) {
        if (const std::optional<LoggedSession> s = session(id))
            parts.append(toText(*s));
    }
    return parts.join(u'\n');
}

StoreStatus ConversationLog::checkIntegrity() const
{
    StoreStatus status;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(u"PRAGMA integrity_check"_s)) {
        status.error = q.lastError().text();
        return status;
    }
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != u"ok"_s)
            problems.append(line);
    }
    QSqlQuery counts(QSqlDatabase::database(m_connectionName, false));
    if (counts.exec(u"SELECT s.id FROM sessions s WHERE s.entry_count <>"
                    u" (SELECT COUNT(*) FROM transcript t WHERE t.session_id = s.id)"_s)) {
        while (counts.next())
            problems.append(tr("Session %1 has lost transcript lines.").arg(counts.value(0).toString()));
    }
    status.error = problems.join(u'\n');
    return status;
}
