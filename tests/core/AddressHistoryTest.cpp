#include "store/AddressHistory.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime t0 = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);

QStringList addresses(const QList<Mailbox> &mailboxes)
{
    QStringList result;
    for (const Mailbox &m : mailboxes)
        result.append(m.address);
    return result;
}

} // namespace

class AddressHistoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void complete_data();
    void complete();
    void rankingAndPersistence();
    void sameAddressAnyCase();
    void forget();

private:
    void fill(AddressHistory &history);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(u"addresses.json"_s); }
};

void AddressHistoryTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void AddressHistoryTest::fill(AddressHistory &history)
{
    const Mailbox bob { u"Bob Builder"_s, u"bob@example.org"_s };
    const Mailbox bea { u"Beatrice"_s, u"bea@other.net"_s };
    const Mailbox zhang { u"张 三"_s, u"zhang@qq.com"_s };
    const Mailbox anna { QString(), u"anna@berlin.de"_s };
    QVERIFY(history.recordUsed({ bob, zhang }, t0).ok());
    QVERIFY(history.recordUsed({ bea }, t0.addSecs(10)).ok());
    QVERIFY(history.recordUsed({ bob }, t0.addSecs(20)).ok());
    QVERIFY(history.recordUsed({ anna }, t0.addSecs(30)).ok());
}

void AddressHistoryTest::complete_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected");
    // Ranking: bob used twice; then by recency anna, bea, zhang.
    QTest::newRow("nothing typed: all, ranked")
        << QString()
        << QStringList { u"bob@example.org"_s, u"anna@berlin.de"_s, u"bea@other.net"_s, u"zhang@qq.com"_s };
    QTest::newRow("address prefix") << u"b"_s
                                    << QStringList { u"bob@example.org"_s, u"anna@berlin.de"_s, u"bea@other.net"_s };
    QTest::newRow("upper case") << u"BE"_s << QStringList { u"anna@berlin.de"_s, u"bea@other.net"_s };
    QTest::newRow("domain") << u"qq."_s << QStringList { u"zhang@qq.com"_s };
    QTest::newRow("second word of the name") << u"build"_s << QStringList { u"bob@example.org"_s };
    QTest::newRow("CJK name") << u"三"_s << QStringList { u"zhang@qq.com"_s };
    QTest::newRow("no match") << u"xyz"_s << QStringList {};
    QTest::newRow("middle of a word is not a match") << u"ob"_s << QStringList {};
}

void AddressHistoryTest::complete()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    AddressHistory history(path());
    fill(history);
    QCOMPARE(addresses(history.complete(typed)), expected);
}

void AddressHistoryTest::rankingAndPersistence()
{
    {
        AddressHistory history(path());
        fill(history);
    }
    AddressHistory reopened(path());
    const QList<AddressUse> entries = reopened.entries();
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.first().mailbox.address, u"bob@example.org"_s);
    QCOMPARE(entries.first().count, 2);
    QCOMPARE(entries.first().lastUsed, t0.addSecs(20));
    QCOMPARE(entries.first().mailbox.displayName, u"Bob Builder"_s);
    QCOMPARE(reopened.complete(QString(), 2).size(), 2);

    // Another writer (mailwright-send) recorded in between: both counts are kept.
    AddressHistory other(path());
    QVERIFY(other.recordUsed({ Mailbox { QString(), u"zhang@qq.com"_s } }, t0.addSecs(40)).ok());
    QVERIFY(other.recordUsed({ Mailbox { QString(), u"zhang@qq.com"_s } }, t0.addSecs(50)).ok());
    QVERIFY(reopened.recordUsed({ Mailbox { QString(), u"zhang@qq.com"_s } }, t0.addSecs(60)).ok());
    QCOMPARE(reopened.entries().first().mailbox.address, u"zhang@qq.com"_s);
    QCOMPARE(reopened.entries().first().count, 4);
    QCOMPARE(reopened.entries().first().mailbox.displayName, u"张 三"_s); // a name is not lost
}

void AddressHistoryTest::sameAddressAnyCase()
{
    AddressHistory history(path());
    QVERIFY(history.recordUsed({ Mailbox { u"Bob"_s, u"Bob@Example.org"_s } }, t0).ok());
    QVERIFY(history.recordUsed({ Mailbox { u"Robert"_s, u"bob@example.ORG"_s } }, t0.addSecs(1)).ok());
    QCOMPARE(history.entries().size(), 1);
    QCOMPARE(history.entries().first().count, 2);
    QCOMPARE(history.entries().first().mailbox.displayName, u"Robert"_s); // the latest name
}

void AddressHistoryTest::forget()
{
    AddressHistory history(path());
    fill(history);
    QVERIFY(history.forget(u"BOB@example.org"_s).ok());
    QVERIFY(!addresses(AddressHistory(path()).complete(QString())).contains(u"bob@example.org"_s));
}

QTEST_GUILESS_MAIN(AddressHistoryTest)
#include "AddressHistoryTest.moc"
