#include "account/ProviderPresets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class ProviderPresetsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lookup_data();
    void lookup();
    void unknownDomains_data();
    void unknownDomains();
    void everyPresetIsComplete();
    void everyNoteIsTranslatable();
    void applyToFillsServerSettings();
};

void ProviderPresetsTest::lookup_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<Smtp::Security>("security");
    QTest::addColumn<QString>("noteMentions");
    using S = Smtp::Security;
    const QString code = u"authorization code"_s;
    QTest::newRow("qq") << u"zhang@qq.com"_s << u"qq"_s << u"smtp.qq.com"_s << 465 << S::Tls << code;
    QTest::newRow("qq, display name, upper case")
        << u"Zhang San <Zhang@QQ.COM>"_s << u"qq"_s << u"smtp.qq.com"_s << 465 << S::Tls << code;
    QTest::newRow("foxmail") << u"li@foxmail.com"_s << u"foxmail"_s << u"smtp.qq.com"_s << 465 << S::Tls << code;
    QTest::newRow("163") << u"wang@163.com"_s << u"163"_s << u"smtp.163.com"_s << 465 << S::Tls << code;
    QTest::newRow("126") << u"wang@126.com"_s << u"126"_s << u"smtp.126.com"_s << 465 << S::Tls << code;
    QTest::newRow("yeah") << u"wang@yeah.net"_s << u"yeah"_s << u"smtp.yeah.net"_s << 465 << S::Tls << code;
    QTest::newRow("sina") << u"wang@sina.com"_s << u"sina"_s << u"smtp.sina.com"_s << 465 << S::Tls << code;
    QTest::newRow("sohu") << u"wang@sohu.com"_s << u"sohu"_s << u"smtp.sohu.com"_s << 465 << S::Tls << code;
    QTest::newRow("139") << u"wang@139.com"_s << u"139"_s << u"smtp.139.com"_s << 465 << S::Tls << code;
    QTest::newRow("aliyun") << u"wang@aliyun.com"_s << u"aliyun"_s << u"smtp.aliyun.com"_s << 465 << S::Tls
                            << u"full address"_s;
    QTest::newRow("gmail") << u"ann@gmail.com"_s << u"gmail"_s << u"smtp.gmail.com"_s << 587 << S::StartTls
                           << u"app password"_s;
    QTest::newRow("googlemail") << u"ann@googlemail.com"_s << u"gmail"_s << u"smtp.gmail.com"_s << 587 << S::StartTls
                                << u"OAuth"_s;
    QTest::newRow("outlook") << u"ann@outlook.com"_s << u"outlook"_s << u"smtp-mail.outlook.com"_s << 587 << S::StartTls
                             << u"app password"_s;
    QTest::newRow("hotmail") << u"ann@hotmail.com"_s << u"hotmail"_s << u"smtp-mail.outlook.com"_s << 587 << S::StartTls
                             << u"OAuth"_s;
    QTest::newRow("live") << u"ann@live.com"_s << u"hotmail"_s << u"smtp-mail.outlook.com"_s << 587 << S::StartTls
                          << u"OAuth"_s;
    QTest::newRow("icloud") << u"ann@icloud.com"_s << u"icloud"_s << u"smtp.mail.me.com"_s << 587 << S::StartTls
                            << u"app-specific password"_s;
    QTest::newRow("me.com") << u"ann@me.com"_s << u"icloud"_s << u"smtp.mail.me.com"_s << 587 << S::StartTls
                            << u"app-specific"_s;
    QTest::newRow("mac.com") << u"ann@mac.com"_s << u"icloud"_s << u"smtp.mail.me.com"_s << 587 << S::StartTls
                             << u"app-specific"_s;
    QTest::newRow("yahoo") << u"ann@yahoo.com"_s << u"yahoo"_s << u"smtp.mail.yahoo.com"_s << 465 << S::Tls
                           << u"app password"_s;
    QTest::newRow("zoho") << u"ann@zoho.com"_s << u"zoho"_s << u"smtp.zoho.com"_s << 465 << S::Tls
                          << u"application-specific"_s;
    QTest::newRow("gmx.de") << u"ann@gmx.de"_s << u"gmx"_s << u"mail.gmx.net"_s << 587 << S::StartTls << u"SMTP"_s;
    QTest::newRow("yandex") << u"ann@yandex.ru"_s << u"yandex"_s << u"smtp.yandex.com"_s << 465 << S::Tls
                            << u"app password"_s;
    QTest::newRow("fastmail") << u"ann@fastmail.com"_s << u"fastmail"_s << u"smtp.fastmail.com"_s << 465 << S::Tls
                              << u"app password"_s;
    QTest::newRow("aol") << u"ann@aol.com"_s << u"aol"_s << u"smtp.aol.com"_s << 465 << S::Tls << u"app password"_s;
    QTest::newRow("bare domain") << u"qq.com"_s << u"qq"_s << u"smtp.qq.com"_s << 465 << S::Tls << code;
    QTest::newRow("trailing dot") << u"ann@gmail.com."_s << u"gmail"_s << u"smtp.gmail.com"_s << 587 << S::StartTls
                                  << u"app password"_s;
}

void ProviderPresetsTest::lookup()
{
    QFETCH(QString, address);
    QFETCH(QString, id);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(Smtp::Security, security);
    QFETCH(QString, noteMentions);
    const std::optional<ProviderPreset> preset = ProviderPresets::forAddress(address);
    QVERIFY(preset);
    QCOMPARE(preset->id, id);
    QCOMPARE(preset->host, host);
    QCOMPARE(int(preset->port), port);
    QCOMPARE(preset->security, security);
    QVERIFY2(preset->note.contains(noteMentions, Qt::CaseInsensitive), qPrintable(preset->note));
    QCOMPARE(preset->translatedNote(), preset->note); // no translator installed: English
}

void ProviderPresetsTest::unknownDomains_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("unknown") << u"ann@example.org"_s;
    QTest::newRow("subdomain is not the provider") << u"ann@mail.qq.com.evil.example"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("no domain") << u"ann@"_s;
}

void ProviderPresetsTest::unknownDomains()
{
    QFETCH(QString, address);
    QVERIFY(!ProviderPresets::forAddress(address));
}

void ProviderPresetsTest::everyPresetIsComplete()
{
    const QList<ProviderPreset> &all = ProviderPresets::all();
    QVERIFY(all.size() >= 20);
    QSet<QString> ids;
    QSet<QString> domains;
    for (const ProviderPreset &p : all) {
        QVERIFY2(!ids.contains(p.id), qPrintable(p.id));
        ids.insert(p.id);
        QVERIFY(!p.name.isEmpty());
        QVERIFY(!p.host.isEmpty());
        QVERIFY(!p.note.isEmpty());
        QVERIFY2(p.port == 465 || p.port == 587, qPrintable(p.id));
        QCOMPARE(p.security == Smtp::Security::Tls, p.port == 465); // implicit TLS on 465 only
        for (const QString &d : p.domains) {
            QVERIFY2(!domains.contains(d), qPrintable(d));
            domains.insert(d);
            QCOMPARE(d, d.toLower());
        }
    }
    for (const QString &id : { u"office365"_s, u"exmail"_s, u"aliyun-enterprise"_s })
        QVERIFY2(ProviderPresets::byId(id), qPrintable(id)); // hosted domains: offered by name
}

void ProviderPresetsTest::everyNoteIsTranslatable()
{
    // The JSON as shipped must match what lupdate sees in ProviderPresetNotes.cpp.
    QSet<QString> listed;
    for (const char *note : ProviderPresets::translatableNotes())
        listed.insert(QString::fromUtf8(note));
    QFile file(u":/mailwright/providers.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray providers = QJsonDocument::fromJson(file.readAll()).object().value(u"providers"_s).toArray();
    QCOMPARE(providers.size(), ProviderPresets::all().size());
    for (const QJsonValue &v : providers) {
        const QString note = v.toObject().value(u"note"_s).toString();
        QVERIFY2(listed.contains(note), qPrintable(u"not in ProviderPresetNotes.cpp: "_s + note));
    }
}

void ProviderPresetsTest::applyToFillsServerSettings()
{
    AccountProfile profile;
    profile.senderAddress = u"zhang@163.com"_s;
    profile.port = 25;
    ProviderPresets::forAddress(profile.senderAddress)->applyTo(profile);
    QCOMPARE(profile.host, u"smtp.163.com"_s);
    QCOMPARE(profile.port, quint16(465));
    QCOMPARE(profile.security, Smtp::Security::Tls);
    QCOMPARE(profile.user, u"zhang@163.com"_s);

    profile.user = u"custom"_s;
    ProviderPresets::forAddress(u"gmail.com"_s)->applyTo(profile);
    QCOMPARE(profile.user, u"custom"_s); // a user name typed by the person stays
}

QTEST_GUILESS_MAIN(ProviderPresetsTest)
#include "ProviderPresetsTest.moc"
