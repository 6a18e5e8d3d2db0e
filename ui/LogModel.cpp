#include "LogModel.h"

#include "ThemedIcon.h"

#include <QCollator>
#include <QHash>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

LogModel::LogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LogModel::kindText(LoggedSession::Kind kind)
{
    switch (kind) {
    case LoggedSession::Kind::Send:
        return tr("Send");
    case LoggedSession::Kind::ConnectionTest:
        return tr("Connection test");
    }
    return QString();
}

QString LogModel::originText(LoggedSession::Origin origin)
{
    switch (origin) {
    case LoggedSession::Origin::Gui:
        return tr("App");
    case LoggedSession::Origin::Cli:
        return tr("Command line");
    }
    return QString();
}

QString LogModel::serverText(const QString &server)
{
    // The log keeps "direct: <domains>" untranslated (DirectDelivery::endpoint()).
    const QString direct = u"direct: "_s;
    return server.startsWith(direct) ? tr("direct to %1").arg(server.mid(direct.size())) : server;
}

QString LogModel::outcomeText(Smtp::Outcome outcome)
{
    switch (outcome) {
    case Smtp::Outcome::Sent:
        return tr("Sent");
    case Smtp::Outcome::PartlyRefused:
        return tr("Partly refused");
    case Smtp::Outcome::Refused:
        return tr("Refused");
    case Smtp::Outcome::Failed:
        return tr("Failed");
    case Smtp::Outcome::Cancelled:
        return tr("Cancelled");
    case Smtp::Outcome::Unknown:
        return tr("Unconfirmed");
    case Smtp::Outcome::Verified:
        return tr("Verified");
    }
    return QString();
}

QIcon LogModel::outcomeIcon(Smtp::Outcome outcome)
{
    switch (outcome) {
    case Smtp::Outcome::Sent:
    case Smtp::Outcome::Verified:
        return ThemedIcon::coloured(u"dialog-ok"_s);
    case Smtp::Outcome::PartlyRefused:
    case Smtp::Outcome::Cancelled:
    case Smtp::Outcome::Unknown: // may have been delivered: worth a look, not an alarm
        return ThemedIcon::coloured(u"dialog-warning"_s);
    case Smtp::Outcome::Refused:
    case Smtp::Outcome::Failed:
        return ThemedIcon::coloured(u"dialog-error"_s);
    }
    return QIcon();
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const LoggedSession &s = m_sessions.at(index.row());
    switch (role) {
    case IdRole:
        return s.id;
    case OutcomeRole:
        return int(s.outcome);
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(s.startedAt.toLocalTime(), QLocale::ShortFormat);
        case KindColumn:
            return kindText(s.kind);
        case OriginColumn:
            return originText(s.origin);
        case ProfileColumn:
            return s.profile;
        case ServerColumn:
            return serverText(s.server);
        case SubjectColumn:
            return s.subject;
        case RecipientsColumn:
            return s.recipients.join(tr(", "));
        case OutcomeColumn:
            return outcomeText(s.outcome);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(s.startedAt.toLocalTime(), QLocale::LongFormat);
        case RecipientsColumn:
            return s.recipients.join(u'\n');
        case OutcomeColumn:
            return s.resultMessage;
        default:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == OutcomeColumn)
            return outcomeIcon(s.outcome);
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case OriginColumn:
        return tr("Origin");
    case ProfileColumn:
        return tr("Profile");
    case ServerColumn:
        return tr("Server");
    case SubjectColumn:
        return tr("Subject");
    case RecipientsColumn:
        return tr("Recipients");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        break;
    }
    return QVariant();
}

void LogModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;

    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const auto compare = [&](const LoggedSession &a, const LoggedSession &b) -> int {
        switch (column) {
        case TimeColumn:
            break;
        case KindColumn:
            return collator.compare(kindText(a.kind), kindText(b.kind));
        case OriginColumn:
            return collator.compare(originText(a.origin), originText(b.origin));
        case ProfileColumn:
            return collator.compare(a.profile, b.profile);
        case ServerColumn:
            return collator.compare(a.server, b.server);
        case SubjectColumn:
            return collator.compare(a.subject, b.subject);
        case RecipientsColumn:
            return collator.compare(a.recipients.join(u','), b.recipients.join(u','));
        case OutcomeColumn:
            return collator.compare(outcomeText(a.outcome), outcomeText(b.outcome));
        }
        return 0;
    };
    // Ties, and the time column, go by start time, then id: the order the log itself uses.
    const auto less = [&](const LoggedSession &a, const LoggedSession &b) {
        int c = compare(a, b);
        if (c == 0)
            c = a.startedAt < b.startedAt ? -1 : (b.startedAt < a.startedAt ? 1 : 0);
        if (c == 0)
            c = a.id < b.id ? -1 : (b.id < a.id ? 1 : 0);
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    };

    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> beforeIds;
    beforeIds.reserve(before.size());
    for (const QModelIndex &index : before)
        beforeIds.append(idAt(index.row()));
    std::stable_sort(m_sessions.begin(), m_sessions.end(), less);
    QHash<qint64, int> rows;
    rows.reserve(m_sessions.size());
    for (int row = 0; row < m_sessions.size(); ++row)
        rows.insert(m_sessions.at(row).id, row);
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i) {
        const int row = rows.value(beforeIds.at(i), -1);
        after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void LogModel::setSessions(const QList<LoggedSession> &sessions)
{
    beginResetModel();
    m_sessions = sessions;
    endResetModel();
    // ConversationLog lists newest first, which is the default order; anything else is re-applied.
    if (m_sortColumn != TimeColumn || m_sortOrder != Qt::DescendingOrder)
        sort(m_sortColumn, m_sortOrder);
}

qint64 LogModel::idAt(int row) const
{
    return row >= 0 && row < m_sessions.size() ? m_sessions.at(row).id : 0;
}

int LogModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_sessions.size(); ++row)
        if (m_sessions.at(row).id == id)
            return row;
    return -1;
}

QList<qint64> LogModel::ids() const
{
    QList<qint64> result;
    result.reserve(m_sessions.size());
    for (const LoggedSession &s : m_sessions)
        result.append(s.id);
    return result;
}

void LogModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_sessions.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
