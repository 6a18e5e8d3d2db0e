#pragma once

#include "store/LoggedSession.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

// The sessions a LogWindow lists, one row each, as ConversationLog::sessions() returned them
// (no transcripts). Sorts in place; setSessions() keeps the chosen order. Also the one place
// that puts kind, origin and outcome into translated words.
class LogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        KindColumn,
        OriginColumn,
        ProfileColumn,
        ServerColumn,
        SubjectColumn,
        RecipientsColumn,
        OutcomeColumn,
        ColumnCount,
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        OutcomeRole, // Smtp::Outcome as int
    };

    explicit LogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setSessions(const QList<LoggedSession> &sessions);
    const QList<LoggedSession> &sessions() const { return m_sessions; }
    qint64 idAt(int row) const; // 0 when out of range
    int rowOf(qint64 id) const; // -1 when not listed
    QList<qint64> ids() const; // in the order shown

    void retranslate(); // the header and cells are words; repaint them

    static QString kindText(LoggedSession::Kind kind);
    static QString originText(LoggedSession::Origin origin);
    static QString outcomeText(Smtp::Outcome outcome);
    // The logged endpoint as a person reads it: "smtp.example.org:587", "direct to example.org".
    static QString serverText(const QString &server);
    static QIcon outcomeIcon(Smtp::Outcome outcome);

private:
    QList<LoggedSession> m_sessions;
    int m_sortColumn = TimeColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};
