#include "address/AddressParser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

// Rows are named for the case, so a failure reads like the spec it breaks.
class AddressParserTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listAccepted_data();
    void listAccepted();
    void listRejected_data();
    void listRejected();
    void mailboxAccepted_data();
    void mailboxAccepted();
    void mailboxRejected_data();
    void mailboxRejected();
    void accessors_data();
    void accessors();
    void lengthLimits_data();
    void lengthLimits();
    void displayString_data();
    void displayString();
    void roundTrip_data();
    void roundTrip();
    void everyPrefixIsSafe();
    void randomInputKeepsInvariants();
};

void AddressParserTest::listAccepted_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("addresses");

    const auto row = [](const char *name, const QString &input, const QStringList &names,
                         const QStringList &addresses) { QTest::newRow(name) << input << names << addresses; };
    // Plain addresses
    row("bare address", u"a@b.c"_s, { u""_s }, { u"a@b.c"_s });
    row("dotted local part", u"john.q.public@example.com"_s, { u""_s }, { u"john.q.public@example.com"_s });
    row("atext specials in local part", u"a!#$%&'*+/=?^_`{|}~-z@x.org"_s, { u""_s },
        { u"a!#$%&'*+/=?^_`{|}~-z@x.org"_s });
    row("plus tag", u"ann+lists@example.org"_s, { u""_s }, { u"ann+lists@example.org"_s });
    row("surrounding whitespace", u"  \t a@b.c \t "_s, { u""_s }, { u"a@b.c"_s });
    row("uppercase kept as typed", u"Ann@Example.ORG"_s, { u""_s }, { u"Ann@Example.ORG"_s });
    row("localhost", u"root@localhost"_s, { u""_s }, { u"root@localhost"_s });
    row("digits in labels", u"a@123.example.com"_s, { u""_s }, { u"a@123.example.com"_s });
    row("hyphen inside label", u"a@my-host.example"_s, { u""_s }, { u"a@my-host.example"_s });
    row("punycode domain as typed", u"a@xn--bcher-kva.de"_s, { u""_s }, { u"a@xn--bcher-kva.de"_s });
    // Display names
    row("quoted name with comma", u"\"Doe, Jane\" <jane@x.org>"_s, { u"Doe, Jane"_s }, { u"jane@x.org"_s });
    row("unquoted name", u"Jane Doe <jane@x.org>"_s, { u"Jane Doe"_s }, { u"jane@x.org"_s });
    row("angle only", u"<jane@x.org>"_s, { u""_s }, { u"jane@x.org"_s });
    row("no space before angle", u"Jane<jane@x.org>"_s, { u"Jane"_s }, { u"jane@x.org"_s });
    row("spaces inside angle", u"Jane < jane@x.org >"_s, { u"Jane"_s }, { u"jane@x.org"_s });
    row("whitespace in name collapsed", u"Jane \t  Doe   <jane@x.org>"_s, { u"Jane Doe"_s }, { u"jane@x.org"_s });
    row("unquoted UTF-8 name", u"张三 <zhang@qq.com>"_s, { u"张三"_s }, { u"zhang@qq.com"_s });
    row("ideographic space before angle", u"张三\u3000<zhang@qq.com>"_s, { u"张三"_s }, { u"zhang@qq.com"_s });
    row("accented name", u"José Müller <jm@x.de>"_s, { u"José Müller"_s }, { u"jm@x.de"_s });
    row("emoji name", u"Bob 🎉 <bob@x.org>"_s, { u"Bob 🎉"_s }, { u"bob@x.org"_s });
    row("obs-phrase initial", u"John Q. Public <jpq@x.org>"_s, { u"John Q. Public"_s }, { u"jpq@x.org"_s });
    row("quoted pair in name", u"\"Jane \\\"JD\\\" Doe\" <jane@x.org>"_s, { u"Jane \"JD\" Doe"_s },
        { u"jane@x.org"_s });
    row("quoted and unquoted words", u"\"Jane\" Doe <jane@x.org>"_s, { u"Jane Doe"_s }, { u"jane@x.org"_s });
    row("empty quoted name", u"\"\" <jane@x.org>"_s, { u""_s }, { u"jane@x.org"_s });
    row("name with at sign quoted", u"\"jane@x.org\" <jane@x.org>"_s, { u"jane@x.org"_s }, { u"jane@x.org"_s });
    // Comments
    row("comment as name", u"jane@x.org (Jane Doe)"_s, { u"Jane Doe"_s }, { u"jane@x.org"_s });
    row("nested comment as name", u"jane@x.org (Jane (the boss) Doe)"_s, { u"Jane (the boss) Doe"_s },
        { u"jane@x.org"_s });
    row("leading comment as name", u"(Jane) jane@x.org"_s, { u"Jane"_s }, { u"jane@x.org"_s });
    row("comment ignored when named", u"Jane <jane@x.org> (work)"_s, { u"Jane"_s }, { u"jane@x.org"_s });
    row("comment inside name dropped", u"Jane (work) Doe <jane@x.org>"_s, { u"Jane Doe"_s }, { u"jane@x.org"_s });
    row("comment after angle as name", u"<jane@x.org> (Jane)"_s, { u"Jane"_s }, { u"jane@x.org"_s });
    row("escaped paren in comment", u"jane@x.org (a \\) b)"_s, { u"a ) b"_s }, { u"jane@x.org"_s });
    row("empty comment", u"jane@x.org ()"_s, { u""_s }, { u"jane@x.org"_s });
    // Lists and separators
    row("comma list", u"a@x.org, b@y.org"_s, { u""_s, u""_s }, { u"a@x.org"_s, u"b@y.org"_s });
    row("semicolon list", u"a@x.org; b@y.org"_s, { u""_s, u""_s }, { u"a@x.org"_s, u"b@y.org"_s });
    row("mixed separators", u"a@x.org; b@y.org, c@z.org"_s, { u""_s, u""_s, u""_s },
        { u"a@x.org"_s, u"b@y.org"_s, u"c@z.org"_s });
    row("trailing separator", u"a@x.org, "_s, { u""_s }, { u"a@x.org"_s });
    row("leading separator", u", ;a@x.org"_s, { u""_s }, { u"a@x.org"_s });
    row("duplicate separators", u"a@x.org,, ;; b@y.org"_s, { u""_s, u""_s }, { u"a@x.org"_s, u"b@y.org"_s });
    row("no space after comma", u"a@x.org,b@y.org"_s, { u""_s, u""_s }, { u"a@x.org"_s, u"b@y.org"_s });
    row("full-width comma", u"a@x.org，b@y.org"_s, { u""_s, u""_s }, { u"a@x.org"_s, u"b@y.org"_s });
    row("full-width semicolon", u"张三 <a@x.org>；李四 <b@y.org>"_s, { u"张三"_s, u"李四"_s },
        { u"a@x.org"_s, u"b@y.org"_s });
    row("pasted one per line", u"a@x.org\nb@y.org\r\nc@z.org\n"_s, { u""_s, u""_s, u""_s },
        { u"a@x.org"_s, u"b@y.org"_s, u"c@z.org"_s });
    row("pasted lines with commas", u"Ann <a@x.org>,\r\n  Bob <b@y.org>,\r\n"_s, { u"Ann"_s, u"Bob"_s },
        { u"a@x.org"_s, u"b@y.org"_s });
    row("blank lines between", u"\n\na@x.org\n\n\nb@y.org\n\n"_s, { u""_s, u""_s }, { u"a@x.org"_s, u"b@y.org"_s });
    row("named entries", u"\"Doe, Jane\" <jane@x.org>, Bob <bob@y.org>"_s, { u"Doe, Jane"_s, u"Bob"_s },
        { u"jane@x.org"_s, u"bob@y.org"_s });
    row("empty text", u""_s, {}, {});
    row("only separators", u" , ; \n "_s, {}, {});
    row("duplicates kept", u"a@x.org, a@x.org"_s, { u""_s, u""_s }, { u"a@x.org"_s, u"a@x.org"_s });
    row("zero-width space between entries", u"a@x.org,\u200Bb@y.org"_s, { u""_s, u""_s },
        { u"a@x.org"_s, u"b@y.org"_s });
    // Groups
    row("group", u"team: a@x.org, b@x.org;"_s, { u""_s, u""_s }, { u"a@x.org"_s, u"b@x.org"_s });
    row("empty group", u"undisclosed-recipients:;"_s, {}, {});
    row("empty group then address", u"undisclosed-recipients:; a@x.org"_s, { u""_s }, { u"a@x.org"_s });
    row("group then comma", u"team: a@x.org;, b@y.org"_s, { u""_s, u""_s }, { u"a@x.org"_s, u"b@y.org"_s });
    row("group with named members", u"Team: Ann <a@x.org>, \"B, B\" <b@x.org>;"_s, { u"Ann"_s, u"B, B"_s },
        { u"a@x.org"_s, u"b@x.org"_s });
    row("group without closing semicolon", u"team: a@x.org, b@x.org"_s, { u""_s, u""_s },
        { u"a@x.org"_s, u"b@x.org"_s });
    row("quoted group name", u"\"The Team\": a@x.org;"_s, { u""_s }, { u"a@x.org"_s });
    row("group over lines", u"team:\n a@x.org,\n b@x.org;\n"_s, { u""_s, u""_s }, { u"a@x.org"_s, u"b@x.org"_s });
    // Local parts
    row("quoted local part", u"\"john smith\"@x.org"_s, { u""_s }, { u"\"john smith\"@x.org"_s });
    row("needless quotes dropped", u"\"john\"@x.org"_s, { u""_s }, { u"john@x.org"_s });
    row("quoted local part with at", u"\"a@b\"@x.org"_s, { u""_s }, { u"\"a@b\"@x.org"_s });
    row("quoted local part with dots", u"\"a..b\"@x.org"_s, { u""_s }, { u"\"a..b\"@x.org"_s });
    row("quoted pair in local part", u"\"a\\\"b\"@x.org"_s, { u""_s }, { u"\"a\\\"b\"@x.org"_s });
    row("non-ASCII local part", u"用户@例子.广告"_s, { u""_s }, { u"用户@例子.广告"_s });
    // Domains
    row("IDN domain", u"user@bücher.de"_s, { u""_s }, { u"user@bücher.de"_s });
    row("IDN Japanese domain", u"user@例え.jp"_s, { u""_s }, { u"user@例え.jp"_s });
    row("ideographic full stop in domain", u"zhang@qq\u3002com"_s, { u""_s }, { u"zhang@qq\u3002com"_s });
    row("IPv4 literal", u"user@[127.0.0.1]"_s, { u""_s }, { u"user@[127.0.0.1]"_s });
    row("IPv6 loopback literal", u"user@[IPv6:::1]"_s, { u""_s }, { u"user@[IPv6:::1]"_s });
    row("IPv6 full literal", u"user@[IPv6:2001:db8:0:0:0:0:0:1]"_s, { u""_s },
        { u"user@[IPv6:2001:db8:0:0:0:0:0:1]"_s });
    row("IPv6 with IPv4 tail", u"user@[IPv6:::ffff:192.0.2.1]"_s, { u""_s }, { u"user@[IPv6:::ffff:192.0.2.1]"_s });
    row("general address literal", u"user@[x-tag:anything]"_s, { u""_s }, { u"user@[x-tag:anything]"_s });
    row("literal in angle", u"Lab <root@[10.0.0.1]>"_s, { u"Lab"_s }, { u"root@[10.0.0.1]"_s });
    // RFC 2047 encoded-words
    row("encoded-word B", u"=?UTF-8?B?5byg5LiJ?= <zhang@qq.com>"_s, { u"张三"_s }, { u"zhang@qq.com"_s });
    row("encoded-word Q", u"=?ISO-8859-1?Q?Andr=E9_Pirard?= <ap@x.be>"_s, { u"André Pirard"_s }, { u"ap@x.be"_s });
    row("encoded-word lowercase", u"=?utf-8?q?Jos=C3=A9?= <j@x.org>"_s, { u"José"_s }, { u"j@x.org"_s });
    row("adjacent encoded-words joined", u"=?UTF-8?B?5byg?= =?UTF-8?B?5LiJ?= <zhang@qq.com>"_s, { u"张三"_s },
        { u"zhang@qq.com"_s });
    row("character split across words", u"=?UTF-8?Q?=E5=BC?= =?UTF-8?Q?=A0?= <z@qq.com>"_s, { u"张"_s },
        { u"z@qq.com"_s });
    row("encoded-word beside plain word", u"Dr. =?UTF-8?Q?M=C3=BCller?= <m@x.de>"_s, { u"Dr. Müller"_s },
        { u"m@x.de"_s });
    row("encoded-word GB2312", u"=?GB2312?B?1cXI/Q==?= <zhang@163.com>"_s, { u"张三"_s }, { u"zhang@163.com"_s });
    row("encoded-word in quotes", u"\"=?UTF-8?B?5byg5LiJ?=\" <zhang@qq.com>"_s, { u"张三"_s }, { u"zhang@qq.com"_s });
    row("encoded-word in comment", u"zhang@qq.com (=?UTF-8?B?5byg5LiJ?=)"_s, { u"张三"_s }, { u"zhang@qq.com"_s });
    row("unknown charset left as typed", u"=?x-nonsense?Q?abc?= <a@x.org>"_s, { u"=?x-nonsense?Q?abc?="_s },
        { u"a@x.org"_s });
    row("malformed encoded-word left as typed", u"=?UTF-8?B?***?= <a@x.org>"_s, { u"=?UTF-8?B?***?="_s },
        { u"a@x.org"_s });
}

void AddressParserTest::listAccepted()
{
    QFETCH(QString, input);
    QFETCH(QStringList, names);
    QFETCH(QStringList, addresses);

    const AddressListParse parse = AddressParser::parseList(input);
    QVERIFY2(parse.ok(), qPrintable(parse.error));
    QCOMPARE(parse.errorPosition, -1);
    QStringList gotNames;
    QStringList gotAddresses;
    for (const Mailbox &mailbox : parse.mailboxes) {
        gotNames << mailbox.displayName;
        gotAddresses << mailbox.address;
    }
    QCOMPARE(gotAddresses, addresses);
    QCOMPARE(gotNames, names);
}

void AddressParserTest::listRejected_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("position");

    const auto row = [](const char *name, const QString &input, const QString &error, int position) {
        QTest::newRow(name) << input << error << position;
    };
    // Line breaks, NUL and control characters inside an entry
    row("LF inside name", u"Jane\nDoe <jane@x.org>"_s, u"Line breaks are not allowed in an address"_s, 4);
    row("CR inside name", u"Jane\rDoe <jane@x.org>"_s, u"Line breaks are not allowed in an address"_s, 4);
    row("CRLF fold inside name", u"Jane Doe\r\n <jane@x.org>"_s, u"Line breaks are not allowed in an address"_s, 8);
    row("LF inside quoted name", u"\"Jane\nDoe\" <jane@x.org>"_s, u"Line breaks are not allowed in an address"_s, 5);
    row("LF inside angle", u"Jane <jane@x.org\n>"_s, u"Missing '>' after jane@x.org"_s, 16);
    row("LF before at", u"jane\n@x.org"_s, u"Line breaks are not allowed in an address"_s, 4);
    row("LF inside domain", u"jane@x\n.org"_s, u"Line breaks are not allowed in an address"_s, 6);
    row("LF in quoted local part", u"\"a\nb\"@x.org"_s, u"Line breaks are not allowed in an address"_s, 2);
    row("LF in comment", u"jane@x.org (Jane\nDoe)"_s, u"Line breaks are not allowed in an address"_s, 16);
    row("escaped LF in quotes", u"\"a\\\nb\" <a@x.org>"_s, u"Line breaks are not allowed in an address"_s, 3);
    row("line separator U+2028", u"Jane\u2028Doe <jane@x.org>"_s, u"Line breaks are not allowed in an address"_s, 4);
    row("LF in encoded-word", u"=?UTF-8?Q?a=0Ab?= <a@x.org>"_s, u"Line breaks are not allowed in an address"_s, 0);
    row("NUL in address", QStringLiteral("ja\u0000ne@x.org"), u"A NUL character is not allowed"_s, 2);
    row("NUL in quoted name", QStringLiteral("\"Ja\u0000ne\" <jane@x.org>"), u"A NUL character is not allowed"_s, 3);
    row("NUL between entries", QStringLiteral("a@x.org,\u0000b@x.org"), u"A NUL character is not allowed"_s, 8);
    row("escape character", u"ja\u001Bne@x.org"_s, u"The control character U+001B is not allowed"_s, 2);
    row("DEL in name", u"Ja\u007Fne <jane@x.org>"_s, u"The control character U+007F is not allowed"_s, 2);
    row("C1 control", u"a\u0085b@x.org"_s, u"The control character U+0085 is not allowed"_s, 1);
    // Angle brackets out of place
    row("missing closing angle", u"Ann <ann@example.org"_s, u"Missing '>' after ann@example.org"_s, 20);
    row("missing closing angle before comma", u"Ann <ann@example.org, bob@x.org"_s,
        u"Missing '>' after ann@example.org"_s, 20);
    row("lone opening angle", u"Ann <"_s, u"'<' without a matching '>'"_s, 4);
    row("opening angle without address end", u"Ann <ann"_s, u"'<' without a matching '>'"_s, 4);
    row("lone closing angle", u"ann@example.org>"_s, u"'>' without a matching '<'"_s, 15);
    row("closing angle in name", u"Ann > <ann@x.org>"_s, u"'>' without a matching '<'"_s, 4);
    row("double opening angle", u"<<ann@x.org>>"_s, u"'<' inside <…> is out of place"_s, 1);
    row("empty angle", u"Ann <>"_s, u"There is no address between '<' and '>'"_s, 4);
    row("two angle addresses", u"Ann <a@x.org> <b@x.org>"_s, u"Unexpected '<' after “Ann <a@x.org>”"_s, 14);
    row("address used as name", u"jane@x.org <jane@x.org>"_s, u"a name that contains @ must be in quotes"_s, 11);
    row("text after angle", u"Ann <a@x.org> Bob"_s, u"Unexpected “Bob” after “Ann <a@x.org>”"_s, 14);
    row("no at inside angle", u"Ann <ann>"_s, u"“ann” is not an email address: it has no @"_s, 5);
    // Missing or empty parts
    row("no at", u"ann.example.org"_s, u"“ann.example.org” is not an email address: it has no @"_s, 0);
    row("no at second entry", u"a@x.org, bob"_s, u"“bob” is not an email address: it has no @"_s, 9);
    row("name only", u"Jane Doe"_s, u"“Jane Doe” is not an email address: it has no @"_s, 0);
    row("name then address on next line", u"Jane Doe\njane@x.org"_s, u"“Jane Doe” is not an email address"_s, 0);
    row("unquoted comma in name", u"Doe, Jane <jane@x.org>"_s,
        u"Put the name “Doe, Jane” in quotes: a comma separates addresses"_s, 0);
    row("full-width at sign", u"zhang＠qq.com"_s, u"has a full-width ＠: type @ instead"_s, 5);
    row("comment only", u"(Jane Doe)"_s, u"“(Jane Doe)” contains no email address"_s, 0);
    row("no domain", u"ann@"_s, u"The address “ann@” has no domain"_s, 4);
    row("no domain before comma", u"ann@, bob@x.org"_s, u"The address “ann@” has no domain"_s, 4);
    row("no domain in angle", u"Ann <ann@>"_s, u"The address “ann@” has no domain"_s, 9);
    row("empty local part", u"@example.org"_s, u"The address “@example.org” has nothing before the @"_s, 0);
    row("empty local part in angle", u"Ann <@example.org>"_s, u"has nothing before the @"_s, 5);
    row("empty quoted local part", u"\"\"@example.org"_s, u"has nothing before the @"_s, 0);
    row("two at signs", u"a@b@c.org"_s, u"The address “a@b@c.org” has more than one @"_s, 3);
    row("mailto prefix", u"mailto:ann@x.org"_s, u"Remove “mailto:” before the address"_s, 0);
    // Local part syntax
    row("double dot", u"a..b@x.org"_s, u"Two dots in a row are not allowed in “a..b@x.org”"_s, 2);
    row("leading dot", u".a@x.org"_s, u"The address “.a@x.org” cannot start with a dot"_s, 0);
    row("trailing dot", u"a.@x.org"_s, u"A dot cannot come right before the @ in “a.@x.org”"_s, 1);
    row("space in local part", u"john smith@x.org"_s, u"Spaces are not allowed in the address “john smith@x.org”"_s, 4);
    row("name without angle", u"Jane Doe jane@x.org"_s, u"Spaces are not allowed in the address"_s, 4);
    row("space before at", u"jane @x.org"_s, u"Spaces are not allowed in the address “jane @x.org”"_s, 4);
    row("space after at", u"jane@ x.org"_s, u"Spaces are not allowed in the address “jane@ x.org”"_s, 5);
    row("space inside angle address", u"Ann <ann smith@x.org>"_s, u"Spaces are not allowed in the address"_s, 8);
    row("space in domain inside angle", u"Ann <ann@x .org>"_s, u"Spaces are not allowed in the address"_s, 10);
    row("zero-width space in address", u"ann\u200B@x.org"_s, u"An invisible character (U+200B)"_s, 3);
    row("comment inside address", u"ann(x).b@x.org"_s, u"A comment cannot appear inside the address"_s, 3);
    row("partly quoted local part", u"\"a\".b@x.org"_s, u"Only the whole part before the @ may be quoted"_s, 0);
    row("backslash outside quotes", u"a\\b@x.org"_s, u"'\\' is out of place here"_s, 1);
    row("unclosed quote", u"\"Doe, Jane <jane@x.org>"_s, u"Unclosed quote"_s, 0);
    row("unclosed quote in local part", u"\"jane@x.org"_s, u"Unclosed quote"_s, 0);
    row("unclosed comment", u"jane@x.org (Jane"_s, u"Unclosed comment"_s, 11);
    row("unclosed nested comment", u"jane@x.org (Jane (x)"_s, u"Unclosed comment"_s, 11);
    row("stray closing paren", u"jane@x.org)"_s, u"')' without a matching '('"_s, 10);
    // Domains
    row("double dot domain", u"a@x..org"_s, u"The domain “x..org” is not valid"_s, 4);
    row("leading dot domain", u"a@.x.org"_s, u"The domain “.x.org” is not valid: it starts with a dot"_s, 2);
    row("trailing dot domain", u"a@x.org."_s, u"The domain “x.org.” is not valid: it ends with a dot"_s, 7);
    row("leading hyphen label", u"a@-x.org"_s, u"“-x” starts with a hyphen"_s, 2);
    row("trailing hyphen label", u"a@x-.org"_s, u"“x-” ends with a hyphen"_s, 3);
    row("underscore in domain", u"a@x_y.org"_s, u"The domain “x_y.org” is not valid: it contains “_”"_s, 3);
    row("bang in domain", u"a@x!.org"_s, u"it contains “!”"_s, 3);
    row("bare IPv4", u"a@127.0.0.1"_s, u"write it in square brackets, as a@[127.0.0.1]"_s, 2);
    row("bad IPv4 literal", u"a@[300.0.0.1]"_s, u"“[300.0.0.1]” is not a valid IP address"_s, 2);
    row("short IPv4 literal", u"a@[1.2.3]"_s, u"is not a valid IP address"_s, 2);
    row("bad IPv6 literal", u"a@[IPv6:1:::2]"_s, u"“[IPv6:1:::2]” is not a valid IPv6 address"_s, 2);
    row("IPv6 too many groups", u"a@[IPv6:1:2:3:4:5:6:7:8:9]"_s, u"is not a valid IPv6 address"_s, 2);
    row("IPv6 without tag", u"a@[::1]"_s, u"is not a valid address literal"_s, 2);
    row("unclosed literal", u"a@[127.0.0.1"_s, u"'[' without a matching ']'"_s, 2);
    row("invalid IDN", u"a@x.a\uFFFDb.de"_s, u"“a\uFFFDb” is not a valid international name"_s, 4);
    row("punycode label ends with hyphen", u"a@xn--.de"_s, u"“xn--” ends with a hyphen"_s, 5);
    // Groups
    row("nested group", u"outer: inner: a@x.org;;"_s, u"A group cannot contain another group"_s, 12);
    row("group without name", u": a@x.org;"_s, u"A group needs a name before ':'"_s, 0);
    row("bad member in group", u"team: a@x.org, bob;"_s, u"“bob” is not an email address"_s, 15);
    row("space separated addresses", u"a@x.org b@y.org"_s, u"Unexpected “b@y.org” after “a@x.org”"_s, 8);
}

void AddressParserTest::listRejected()
{
    QFETCH(QString, input);
    QFETCH(QString, error);
    QFETCH(int, position);

    const AddressListParse parse = AddressParser::parseList(input);
    QVERIFY(!parse.ok());
    QVERIFY(parse.mailboxes.isEmpty());
    QVERIFY2(parse.error.contains(error), qPrintable(parse.error));
    QCOMPARE(parse.errorPosition, position);
}

void AddressParserTest::mailboxAccepted_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("address");

    QTest::newRow("bare") << u"a@b.c"_s << u""_s << u"a@b.c"_s;
    QTest::newRow("named") << u"Zhang San <zhang@example.cn>"_s << u"Zhang San"_s << u"zhang@example.cn"_s;
    QTest::newRow("trailing separator") << u"ann@x.org;"_s << u""_s << u"ann@x.org"_s;
    QTest::newRow("trailing newline") << u"ann@x.org\r\n"_s << u""_s << u"ann@x.org"_s;
    QTest::newRow("comment name") << u"ann@x.org (Ann)"_s << u"Ann"_s << u"ann@x.org"_s;
    QTest::newRow("quoted name") << u"\"Doe, Jane\" <jane@x.org>"_s << u"Doe, Jane"_s << u"jane@x.org"_s;
}

void AddressParserTest::mailboxAccepted()
{
    QFETCH(QString, input);
    QFETCH(QString, name);
    QFETCH(QString, address);

    const MailboxParse parse = AddressParser::parseMailbox(input);
    QVERIFY2(parse.ok(), qPrintable(parse.error));
    QCOMPARE(parse.mailbox.displayName, name);
    QCOMPARE(parse.mailbox.address, address);
}

void AddressParserTest::mailboxRejected_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("position");

    QTest::newRow("empty") << u""_s << u"No email address was entered"_s << 0;
    QTest::newRow("only whitespace") << u"  \n"_s << u"No email address was entered"_s << 0;
    QTest::newRow("two addresses") << u"a@x.org, b@x.org"_s << u"Only one address is allowed here"_s << 9;
    QTest::newRow("two lines") << u"a@x.org\nb@x.org"_s << u"Only one address is allowed here"_s << 8;
    QTest::newRow("group") << u"team: a@x.org;"_s << u"A group (“team:”) is not allowed here"_s << 0;
    QTest::newRow("empty group") << u"undisclosed-recipients:;"_s << u"is not allowed here"_s << 0;
    QTest::newRow("unquoted comma") << u"Doe, Jane <jane@x.org>"_s << u"Put the name “Doe, Jane” in quotes"_s << 0;
    QTest::newRow("header injection") << u"a@x.org\r\nBcc: victim@y.org"_s << u"Only one address is allowed here"_s
                                      << 9;
    QTest::newRow("injection in name") << u"Ann\r\nBcc: v@y.org <a@x.org>"_s
                                       << u"Line breaks are not allowed in an address"_s << 3;
}

void AddressParserTest::mailboxRejected()
{
    QFETCH(QString, input);
    QFETCH(QString, error);
    QFETCH(int, position);

    const MailboxParse parse = AddressParser::parseMailbox(input);
    QVERIFY(!parse.ok());
    QVERIFY2(parse.error.contains(error), qPrintable(parse.error));
    QCOMPARE(parse.errorPosition, position);
    QCOMPARE(parse.mailbox, Mailbox());
}

void AddressParserTest::accessors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("localPart");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("asciiDomain");
    QTest::addColumn<QString>("envelope");
    QTest::addColumn<bool>("smtpUtf8");

    QTest::newRow("ascii") << u"ann@example.org"_s << u"ann"_s << u"example.org"_s << u"example.org"_s
                           << u"ann@example.org"_s << false;
    QTest::newRow("uppercase domain") << u"Ann@Example.ORG"_s << u"Ann"_s << u"Example.ORG"_s << u"example.org"_s
                                      << u"Ann@example.org"_s << false;
    QTest::newRow("IDN German") << u"user@bücher.de"_s << u"user"_s << u"bücher.de"_s << u"xn--bcher-kva.de"_s
                                << u"user@xn--bcher-kva.de"_s << false;
    QTest::newRow("IDN Japanese") << u"user@例え.jp"_s << u"user"_s << u"例え.jp"_s << u"xn--r8jz45g.jp"_s
                                  << u"user@xn--r8jz45g.jp"_s << false;
    QTest::newRow("ideographic full stop")
        << u"zhang@qq\u3002com"_s << u"zhang"_s << u"qq\u3002com"_s << u"qq.com"_s << u"zhang@qq.com"_s << false;
    QTest::newRow("non-ASCII local part") << u"用户@例子.广告"_s << u"用户"_s << u"例子.广告"_s
                                          << u"xn--fsqu00a.xn--4rr70v"_s << u"用户@xn--fsqu00a.xn--4rr70v"_s << true;
    QTest::newRow("quoted local part with at")
        << u"\"a@b\"@x.org"_s << u"\"a@b\""_s << u"x.org"_s << u"x.org"_s << u"\"a@b\"@x.org"_s << false;
    QTest::newRow("IPv4 literal") << u"u@[127.0.0.1]"_s << u"u"_s << u"[127.0.0.1]"_s << u"[127.0.0.1]"_s
                                  << u"u@[127.0.0.1]"_s << false;
    QTest::newRow("IPv6 literal") << u"u@[IPv6:::1]"_s << u"u"_s << u"[IPv6:::1]"_s << u"[IPv6:::1]"_s
                                  << u"u@[IPv6:::1]"_s << false;
}

void AddressParserTest::accessors()
{
    QFETCH(QString, input);
    const MailboxParse parse = AddressParser::parseMailbox(input);
    QVERIFY2(parse.ok(), qPrintable(parse.error));
    QTEST(parse.mailbox.localPart(), "localPart");
    QTEST(parse.mailbox.domain(), "domain");
    QTEST(parse.mailbox.asciiDomain(), "asciiDomain");
    QTEST(parse.mailbox.envelopeAddress(), "envelope");
    QTEST(parse.mailbox.needsSmtpUtf8(), "smtpUtf8");
}

void AddressParserTest::lengthLimits_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error"); // empty: accepted
    QTest::addColumn<int>("position");

    const auto repeat = [](char16_t c, int count) { return QString(count, QChar(c)); };
    // 63-character labels: "a{63}.b{63}.c{63}.d{61}" is 253 characters.
    const QString domain253
        = repeat(u'a', 63) + u'.' + repeat(u'b', 63) + u'.' + repeat(u'c', 63) + u'.' + repeat(u'd', 61);
    QTest::newRow("local part 64") << repeat(u'x', 64) + u"@x.org"_s << QString() << -1;
    QTest::newRow("local part 65") << repeat(u'x', 65) + u"@x.org"_s << u"is too long: at most 64 bytes"_s << 0;
    QTest::newRow("local part 22 CJK = 66 bytes") << repeat(u'张', 22) + u"@x.org"_s << u"at most 64 bytes"_s << 0;
    QTest::newRow("label 63") << u"a@"_s + repeat(u'l', 63) + u".org"_s << QString() << -1;
    QTest::newRow("label 64") << u"a@"_s + repeat(u'l', 64) + u".org"_s << u"longer than 63 characters"_s << 2;
    QTest::newRow("IDN label over 63 once encoded")
        << u"a@x."_s + repeat(u'ü', 60) + u".de"_s << u"is not a valid international name, or too long once encoded"_s
        << 4;
    QTest::newRow("domain 253, address too long") << u"a@"_s + domain253 << u"is too long: at most 254"_s << 0;
    QTest::newRow("domain 254") << u"a@"_s + domain253 + u'd' << u"is too long: at most 253"_s << 2;
    QTest::newRow("address 254") << repeat(u'x', 63) + u'@' + repeat(u'a', 63) + u'.' + repeat(u'b', 63) + u'.'
            + repeat(u'c', 62) << QString()
                                 << -1;
    QTest::newRow("address 255") << repeat(u'x', 64) + u'@' + repeat(u'a', 63) + u'.' + repeat(u'b', 63) + u'.'
            + repeat(u'c', 62) << u"is too long: at most 254"_s
                                 << 0;
    QTest::newRow("long quoted name is fine") << u"\""_s + repeat(u'N', 500) + u"\" <a@x.org>"_s << QString() << -1;
}

void AddressParserTest::lengthLimits()
{
    QFETCH(QString, input);
    QFETCH(QString, error);
    QFETCH(int, position);

    const AddressListParse parse = AddressParser::parseList(input);
    if (error.isEmpty()) {
        QVERIFY2(parse.ok(), qPrintable(parse.error));
        QCOMPARE(parse.mailboxes.size(), 1);
    } else {
        QVERIFY2(parse.error.contains(error), qPrintable(parse.error));
    }
    QCOMPARE(parse.errorPosition, position);
}

void AddressParserTest::displayString_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("expected");

    QTest::newRow("no name") << u""_s << u"a@x.org"_s << u"a@x.org"_s;
    QTest::newRow("plain name") << u"Zhang San"_s << u"zhang@qq.com"_s << u"Zhang San <zhang@qq.com>"_s;
    QTest::newRow("UTF-8 name") << u"张三"_s << u"zhang@qq.com"_s << u"张三 <zhang@qq.com>"_s;
    QTest::newRow("comma") << u"Doe, Jane"_s << u"jane@x.org"_s << u"\"Doe, Jane\" <jane@x.org>"_s;
    QTest::newRow("dot") << u"John Q. Public"_s << u"j@x.org"_s << u"\"John Q. Public\" <j@x.org>"_s;
    QTest::newRow("quote and backslash") << u"A \"B\" \\ C"_s << u"a@x.org"_s << u"\"A \\\"B\\\" \\\\ C\" <a@x.org>"_s;
    QTest::newRow("at sign") << u"a@x.org"_s << u"a@x.org"_s << u"\"a@x.org\" <a@x.org>"_s;
    QTest::newRow("encoded-word look-alike")
        << u"=?UTF-8?Q?x?="_s << u"a@x.org"_s << u"\"=\\?UTF-8?Q?x?=\" <a@x.org>"_s;
    QTest::newRow("full-width comma") << u"张三，李四"_s << u"a@x.org"_s << u"\"张三，李四\" <a@x.org>"_s;
}

void AddressParserTest::displayString()
{
    QFETCH(QString, name);
    QFETCH(QString, address);
    QFETCH(QString, expected);
    const Mailbox mailbox { name, address };
    QCOMPARE(mailbox.toDisplayString(), expected);
}

void AddressParserTest::roundTrip_data()
{
    QTest::addColumn<QString>("input");
    const QStringList inputs {
        u"a@b.c"_s,
        u"\"Doe, Jane\" <jane@x.org>"_s,
        u"Jane Doe <jane@x.org>"_s,
        u"张三 <zhang@qq.com>"_s,
        u"=?UTF-8?B?5byg5LiJ?= <zhang@qq.com>"_s,
        u"John Q. Public <jpq@x.org>"_s,
        u"\"Jane \\\"JD\\\" Doe\" <jane@x.org>"_s,
        u"\"a \\\\ b\" <a@x.org>"_s,
        u"jane@x.org (Jane (the boss) Doe)"_s,
        u"\"john smith\"@x.org"_s,
        u"\"a@b\"@x.org"_s,
        u"Lab <root@[IPv6:::1]>"_s,
        u"user@bücher.de"_s,
        u"\"=\\?UTF-8?Q?x?=\" <a@x.org>"_s,
        u"\"张三，李四\" <a@x.org>"_s,
        u"\"a:b;c<d>e[f]g\" <a@x.org>"_s,
        u"Bob 🎉 <bob@x.org>"_s,
    };
    for (const QString &input : inputs)
        QTest::newRow(qPrintable(input)) << input;
}

void AddressParserTest::roundTrip()
{
    QFETCH(QString, input);
    const MailboxParse first = AddressParser::parseMailbox(input);
    QVERIFY2(first.ok(), qPrintable(first.error));
    const QString shown = first.mailbox.toDisplayString();
    const MailboxParse second = AddressParser::parseMailbox(shown);
    QVERIFY2(second.ok(), qPrintable(shown + u": "_s + second.error));
    QCOMPARE(second.mailbox, first.mailbox);
    QCOMPARE(second.mailbox.toDisplayString(), shown);
}

// As a person types, every prefix of a valid list is parsed: no crash, an error always has a
// position inside the text, and a success never has one.
void AddressParserTest::everyPrefixIsSafe()
{
    const QString text = u"\"Doe, Jane\" <jane@x.org>, 张三 <zhang@例え.jp> (x (y)), team: a@[IPv6:::1], "
                         u"=?UTF-8?B?5byg5LiJ?= <z@qq.com>; undisclosed-recipients:;"_s;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const QString prefix = text.left(i);
        const AddressListParse parse = AddressParser::parseList(prefix);
        if (parse.ok()) {
            QCOMPARE(parse.errorPosition, -1);
        } else {
            QVERIFY2(parse.errorPosition >= 0 && parse.errorPosition <= prefix.size(), qPrintable(prefix));
            QVERIFY(parse.mailboxes.isEmpty());
        }
    }
    QCOMPARE(AddressParser::parseList(text).mailboxes.size(), 4); // the group runs to its ';'
}

// Random strings over the characters the grammar cares about (fixed seed, so reproducible):
// whatever is accepted has no line break or NUL, and survives toDisplayString and back.
void AddressParserTest::randomInputKeepsInvariants()
{
    const QStringList pieces { u"a"_s, u"b.c"_s, u"@"_s, u"x.org"_s, u"<"_s, u">"_s, u"\""_s, u"("_s, u")"_s, u", "_s,
        u";"_s, u":"_s, u" "_s, u"\n"_s, u"\r"_s, u"\\"_s, u"[1.2.3.4]"_s, u"=?UTF-8?B?5byg?="_s, u"=?"_s, u"张"_s,
        u"é"_s, u"\u3000"_s, u"，"_s, u"."_s, u"-"_s, u"\t"_s, QString(1, QChar(0)) };
    const QStringList locals { u"a"_s, u"b.c"_s, u"\"x y\""_s, u"\"q\\\"\""_s, u"用户"_s, u"a+b"_s };
    const QStringList domains { u"x.org"_s, u"localhost"_s, u"[1.2.3.4]"_s, u"[IPv6:::1]"_s, u"例え.jp"_s, u"b-c.d"_s };
    QRandomGenerator random(20240521);
    const auto pick = [&random](const QStringList &list) { return list.at(random.bounded(int(list.size()))); };
    int accepted = 0;
    for (int round = 0; round < 50000; ++round) {
        // A plausible entry or two, then up to two random pieces inserted anywhere.
        QString input;
        const int entries = 1 + int(random.bounded(2));
        for (int e = 0; e < entries; ++e) {
            const bool angle = random.bounded(2);
            for (int i = int(random.bounded(3)); i > 0 && angle; --i)
                input += pick(pieces) + pick(pieces);
            input += (angle ? u"<"_s : QString()) + pick(locals) + u'@' + pick(domains) + (angle ? u">"_s : QString());
            if (random.bounded(4) == 0)
                input += u" ("_s + pick(pieces) + u')';
            input += e + 1 < entries ? pick({ u", "_s, u";"_s, u"\n"_s, u"，"_s }) : QString();
        }
        for (int i = int(random.bounded(3)); i > 0; --i)
            input.insert(random.bounded(int(input.size()) + 1), pick(pieces));
        const AddressListParse parse = AddressParser::parseList(input);
        if (!parse.ok()) {
            QVERIFY2(parse.errorPosition >= 0 && parse.errorPosition <= input.size(), qPrintable(input));
            continue;
        }
        for (const Mailbox &mailbox : parse.mailboxes) {
            ++accepted;
            const QString both = mailbox.displayName + mailbox.address;
            QVERIFY2(!both.contains(u'\n') && !both.contains(u'\r') && !both.contains(QChar(0)), qPrintable(input));
            QVERIFY2(mailbox.address.contains(u'@'), qPrintable(input));
            const MailboxParse again = AddressParser::parseMailbox(mailbox.toDisplayString());
            QVERIFY2(again.ok(), qPrintable(input + u" -> "_s + mailbox.toDisplayString() + u": "_s + again.error));
            QCOMPARE(again.mailbox, mailbox);
        }
    }
    QVERIFY(accepted > 10000); // the alphabet does reach the accepting paths
}

QTEST_GUILESS_MAIN(AddressParserTest)
#include "AddressParserTest.moc"
