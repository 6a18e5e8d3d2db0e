#include "mailto/MailtoLink.h"

#include <QMetaEnum>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using Mailto::Reason;

namespace {

QString reasonName(Reason reason)
{
    return QString::fromLatin1(QMetaEnum::fromType<Reason>().valueToKey(int(reason)));
}

// The parse as lines a row can spell out: "field=value" for every part that is set, in a fixed
// order, and "ignored=name:Reason" for each part left out.
QStringList described(const MailtoLink &link)
{
    QStringList lines;
    if (!link.ok())
        lines << u"error"_s;
    const QList<std::pair<QString, QString>> fields = {
        { u"to"_s, link.to },
        { u"cc"_s, link.cc },
        { u"bcc"_s, link.bcc },
        { u"subject"_s, link.subject },
        { u"body"_s, link.body },
        { u"in-reply-to"_s, link.inReplyTo },
        { u"references"_s, link.references },
    };
    for (const auto &[name, value] : fields)
        if (!value.isEmpty())
            lines << name + u'=' + value;
    for (const QString &file : link.attachments)
        lines << u"attach="_s + file;
    for (const MailtoLink::Ignored &ignored : link.ignored)
        lines << u"ignored="_s + ignored.name + u':' + reasonName(ignored.reason);
    return lines;
}

// What must hold for any input: nothing that could become a header line break or control
// character leaves the parser, and the lists stay bounded.
void checkInvariants(const MailtoLink &link)
{
    for (const QString &field : { link.to, link.cc, link.bcc, link.subject, link.inReplyTo, link.references })
        for (const QChar c : field)
            QVERIFY2(c == u'\t' || c.category() != QChar::Other_Control, qPrintable(field));
    QVERIFY(!link.body.contains(u'\r'));
    for (const QString &file : link.attachments)
        QVERIFY(!file.contains(u'\n') && !file.contains(u'\r') && !file.contains(QChar(0)));
    QVERIFY(link.attachments.size() <= MailtoLink::maxAttachments);
    QVERIFY(link.ignored.size() <= MailtoLink::maxIgnoredListed);
    const Message message = link.toMessage();
    for (const auto &[name, value] : message.extraHeaders) {
        QVERIFY2(name == "In-Reply-To" || name == "References", name.constData());
        QVERIFY(!value.contains(u'\n') && !value.contains(u'\r'));
    }
    if (!link.ok())
        QVERIFY(described(link) == QStringList { u"error"_s });
}

} // namespace

class MailtoLinkTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void toMessage_data();
    void toMessage();
    void everyReasonHasASentence();
    void longLinksAreRefusedWhole();
    void attachmentsAreBounded();
    void ignoredPartsAreBounded();
    void everyPrefixIsSafe();
    void randomInputKeepsInvariants();
};

void MailtoLinkTest::parse_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("expected");

    const auto row = [](const char *name, const QString &url, const QStringList &expected) {
        QTest::newRow(name) << url << expected;
    };
    // What RFC 6068 puts where
    row("address in the path", u"mailto:bob@example.org"_s, { u"to=bob@example.org"_s });
    row("several addresses in the path", u"mailto:a@x.org,b@y.org"_s, { u"to=a@x.org,b@y.org"_s });
    row("path and to= add up", u"mailto:a@x.org?to=b@y.org&to=c@z.org"_s, { u"to=a@x.org, b@y.org, c@z.org"_s });
    row("empty path with to=", u"mailto:?to=a@x.org"_s, { u"to=a@x.org"_s });
    row("scheme in capitals", u"MAILTO:a@x.org"_s, { u"to=a@x.org"_s });
    row("field names in any case", u"mailto:?SUBJECT=Hi&Cc=c@x.org&bCc=d@x.org"_s,
        { u"cc=c@x.org"_s, u"bcc=d@x.org"_s, u"subject=Hi"_s });
    row("cc and bcc add up", u"mailto:?cc=a@x.org&cc=b@x.org&bcc=c@x.org"_s,
        { u"cc=a@x.org, b@x.org"_s, u"bcc=c@x.org"_s });
    row("display name escaped in the path", u"mailto:Bob%20Lee%20%3Cbob@x.org%3E"_s, { u"to=Bob Lee <bob@x.org>"_s });
    row("subject %-decoded", u"mailto:?subject=Hello%20world%21"_s, { u"subject=Hello world!"_s });
    row("plus is a plus, not a space", u"mailto:?subject=1+1%3D2"_s, { u"subject=1+1=2"_s });
    row("UTF-8 subject", u"mailto:?subject=%E4%BD%A0%E5%A5%BD"_s, { u"subject=你好"_s });
    row("characters written as they are", u"mailto:张三@例子.中国?subject=你好"_s,
        { u"to=张三@例子.中国"_s, u"subject=你好"_s });
    row("field name %-escaped", u"mailto:?%73ubject=Hi"_s, { u"subject=Hi"_s });
    row("body with %0D%0A line breaks", u"mailto:?body=one%0D%0Atwo%0D%0A"_s, { u"body=one\ntwo\n"_s });
    row("body with bare LF and CR", u"mailto:?body=a%0Ab%0Dc"_s, { u"body=a\nb\nc"_s });
    row("body with a lone dot line is only text", u"mailto:?body=a%0D%0A.%0D%0Ab"_s, { u"body=a\n.\nb"_s });
    row("body keeps tabs", u"mailto:?body=a%09b"_s, { u"body=a\tb"_s });
    row("in-reply-to", u"mailto:?in-reply-to=%3C1234@example.org%3E"_s, { u"in-reply-to=<1234@example.org>"_s });
    row("references list", u"mailto:?references=%3Ca@x.org%3E%20%20%3Cb.c@y.org%3E"_s,
        { u"references=<a@x.org> <b.c@y.org>"_s });
    row("attach and attachment", u"mailto:?attach=%2Ftmp%2Fa.pdf&attachment=file:///tmp/b%2520c.txt"_s,
        { u"attach=/tmp/a.pdf"_s, u"attach=file:///tmp/b%20c.txt"_s });
    row("xdg-email's link", u"mailto:to@x.org?cc=C&subject=S%20T&attach=/tmp/f.txt"_s,
        { u"to=to@x.org"_s, u"cc=C"_s, u"subject=S T"_s, u"attach=/tmp/f.txt"_s });
    row("empty fields skipped", u"mailto:a@x.org?&&subject=s&"_s, { u"to=a@x.org"_s, u"subject=s"_s });
    row("field without a value", u"mailto:a@x.org?subject"_s, { u"to=a@x.org"_s });
    row("mailto: alone", u"mailto:"_s, {});
    // Names a link may not set
    row("From", u"mailto:x@y.org?From=ceo@y.org"_s, { u"to=x@y.org"_s, u"ignored=From:SetByYou"_s });
    row("Sender and Reply-To", u"mailto:?sender=a@b.org&Reply-To=evil@b.org"_s,
        { u"ignored=sender:SetByYou"_s, u"ignored=Reply-To:SetByYou"_s });
    row("Return-Path", u"mailto:?return-path=a@b.org"_s, { u"ignored=return-path:SetByYou"_s });
    row("Message-ID", u"mailto:?Message-ID=%3Ca@b%3E"_s, { u"ignored=Message-ID:SetByMailwright"_s });
    row("Content-Type", u"mailto:?content-type=text/html"_s, { u"ignored=content-type:SetByMailwright"_s });
    row("Resent-To", u"mailto:?Resent-To=a@b.org"_s, { u"ignored=Resent-To:SetByMailwright"_s });
    row("Date", u"mailto:?date=yesterday"_s, { u"ignored=date:SetByMailwright"_s });
    row("unknown X- header", u"mailto:?X-Mailer=evil"_s, { u"ignored=X-Mailer:Unknown"_s });
    row("Keywords", u"mailto:?keywords=a"_s, { u"ignored=keywords:Unknown"_s });
    row("same name listed once", u"mailto:?x=1&x=2"_s, { u"ignored=x:Unknown"_s });
    // Line breaks and controls: never a header of their own
    row("Bcc with CR/LF", u"mailto:a@x.org?bcc=b@x.org%0D%0ABcc:%20c@evil.org"_s,
        { u"to=a@x.org"_s, u"ignored=bcc:LineBreak"_s });
    row("subject injecting From", u"mailto:?subject=Hi%0D%0AFrom:%20ceo@x.org"_s, { u"ignored=subject:LineBreak"_s });
    row("LF alone in to", u"mailto:a@x.org%0Ab@x.org"_s, { u"ignored=to:LineBreak"_s });
    row("in-reply-to with CRLF", u"mailto:?in-reply-to=%3Ca@b%3E%0D%0AX:%20y"_s,
        { u"ignored=in-reply-to:LineBreak"_s });
    row("attach with LF", u"mailto:?attach=/tmp/a%0A/etc/passwd"_s, { u"ignored=attach:LineBreak"_s });
    row("NUL in subject", u"mailto:?subject=a%00b"_s, { u"ignored=subject:ControlCharacter"_s });
    row("NUL in body", u"mailto:?body=a%00b"_s, { u"ignored=body:ControlCharacter"_s });
    row("escape character in body", u"mailto:?body=%1B%5B31m"_s, { u"ignored=body:ControlCharacter"_s });
    row("C1 control in subject", u"mailto:?subject=a%C2%85b"_s, { u"ignored=subject:ControlCharacter"_s });
    row("control character in a name", u"mailto:?x%0Ay=1"_s, { u"ignored=x?y:Unknown"_s });
    // Broken encodings
    row("escape with non-hex digits", u"mailto:?subject=100%G1"_s, { u"ignored=subject:BadEscape"_s });
    row("escape cut short", u"mailto:?subject=a%4"_s, { u"ignored=subject:BadEscape"_s });
    row("lone percent at the end", u"mailto:?subject=100%"_s, { u"ignored=subject:BadEscape"_s });
    row("bad escape in the path", u"mailto:a%ZZ@x.org?subject=s"_s, { u"subject=s"_s, u"ignored=to:BadEscape"_s });
    row("bad escape in a name", u"mailto:?su%ZZbject=x"_s, { u"ignored=su%ZZbject:BadEscape"_s });
    row("not UTF-8", u"mailto:?subject=%FF%FE"_s, { u"ignored=subject:NotUtf8"_s });
    row("Latin-1 byte", u"mailto:?body=caf%E9"_s, { u"ignored=body:NotUtf8"_s });
    row("overlong UTF-8", u"mailto:?subject=%C0%AF"_s, { u"ignored=subject:NotUtf8"_s });
    row("UTF-8 surrogate", u"mailto:?subject=%ED%A0%80"_s, { u"ignored=subject:NotUtf8"_s });
    row("UTF-8 cut short", u"mailto:?subject=%E4%BD"_s, { u"ignored=subject:NotUtf8"_s });
    // Other parts left out
    row("in-reply-to that is no message id", u"mailto:?in-reply-to=hello"_s, { u"ignored=in-reply-to:NotMessageId"_s });
    row("message id without @", u"mailto:?references=%3Cabc%3E"_s, { u"ignored=references:NotMessageId"_s });
    row("message ids with commas", u"mailto:?references=%3Ca@b%3E,%3Cc@d%3E"_s,
        { u"ignored=references:NotMessageId"_s });
    row("second subject", u"mailto:?subject=first&subject=second"_s,
        { u"subject=first"_s, u"ignored=subject:Repeated"_s });
    row("second body", u"mailto:?body=one&body=two"_s, { u"body=one"_s, u"ignored=body:Repeated"_s });
    row("fragment", u"mailto:a@x.org#top"_s, { u"to=a@x.org"_s, u"ignored=#:Fragment"_s });
    row("empty fragment", u"mailto:a@x.org#"_s, { u"to=a@x.org"_s });
    // Not a link at all
    row("web link", u"https://example.org/"_s, { u"error"_s });
    row("empty", QString(), { u"error"_s });
    row("mailto without colon", u"mailto"_s, { u"error"_s });
    row("leading space", u" mailto:a@x.org"_s, { u"error"_s });
}

void MailtoLinkTest::parse()
{
    QFETCH(QString, url);
    QFETCH(QStringList, expected);
    const MailtoLink link = MailtoLink::parse(url);
    QCOMPARE(described(link), expected);
    checkInvariants(link);
    // Whatever was left out has a sentence to show.
    QCOMPARE(link.notes().size(), link.ignored.size());
    for (const QString &note : link.notes())
        QVERIFY(!note.isEmpty());
}

void MailtoLinkTest::toMessage_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("to"); // display strings
    QTest::addColumn<QStringList>("cc");
    QTest::addColumn<QStringList>("bcc");
    QTest::addColumn<QStringList>("headers"); // "Name: value"

    QTest::newRow("addresses with names")
        << u"mailto:Bob%20%3Cbob@x.org%3E,ann@y.org?cc=%22Lee,%20C%22%20%3Cc@z.org%3E"_s
        << QStringList { u"Bob <bob@x.org>"_s, u"ann@y.org"_s } << QStringList { u"\"Lee, C\" <c@z.org>"_s }
        << QStringList {} << QStringList {};
    QTest::newRow("a list that does not parse is kept as typed")
        << u"mailto:not%20an%20address?bcc=b@x.org"_s << QStringList { u"not an address"_s } << QStringList {}
        << QStringList { u"b@x.org"_s } << QStringList {};
    QTest::newRow("in-reply-to and references become headers")
        << u"mailto:a@x.org?In-Reply-To=%3C1@x.org%3E&References=%3C0@x.org%3E%20%3C1@x.org%3E"_s
        << QStringList { u"a@x.org"_s } << QStringList {} << QStringList {}
        << QStringList { u"In-Reply-To: <1@x.org>"_s, u"References: <0@x.org> <1@x.org>"_s };
    QTest::newRow("nothing") << u"mailto:"_s << QStringList {} << QStringList {} << QStringList {} << QStringList {};
}

void MailtoLinkTest::toMessage()
{
    QFETCH(QString, url);
    QFETCH(QStringList, to);
    QFETCH(QStringList, cc);
    QFETCH(QStringList, bcc);
    QFETCH(QStringList, headers);
    const Message message = MailtoLink::parse(url).toMessage();
    const auto shown = [](const QList<Mailbox> &list) {
        QStringList strings;
        for (const Mailbox &mailbox : list)
            strings << mailbox.toDisplayString();
        return strings;
    };
    QCOMPARE(shown(message.to), to);
    QCOMPARE(shown(message.cc), cc);
    QCOMPARE(shown(message.bcc), bcc);
    QStringList written;
    for (const auto &[name, value] : message.extraHeaders)
        written << QString::fromLatin1(name) + u": "_s + value;
    QCOMPARE(written, headers);
    QVERIFY(message.attachments.isEmpty());
}

void MailtoLinkTest::everyReasonHasASentence()
{
    const QMetaEnum reasons = QMetaEnum::fromType<Reason>();
    QSet<QString> sentences;
    for (int i = 0; i < reasons.keyCount(); ++i) {
        const QString sentence = MailtoLink::note({ u"Name"_s, Reason(reasons.value(i)) });
        QVERIFY2(!sentence.isEmpty(), reasons.key(i));
        sentences.insert(sentence);
    }
    QCOMPARE(sentences.size(), reasons.keyCount()); // each says something of its own
}

void MailtoLinkTest::longLinksAreRefusedWhole()
{
    const QString head = u"mailto:a@x.org?body="_s;
    QString longest = head + QString(MailtoLink::maxLength - head.size(), u'a');
    const MailtoLink accepted = MailtoLink::parse(longest);
    QVERIFY(accepted.ok());
    QCOMPARE(accepted.body.size(), MailtoLink::maxLength - head.size());

    const MailtoLink refused = MailtoLink::parse(QString(longest + u'a'));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error.contains(QString::number(MailtoLink::maxLength / 1024)));
    QVERIFY(refused.to.isEmpty() && refused.body.isEmpty());
}

void MailtoLinkTest::attachmentsAreBounded()
{
    QString url = u"mailto:?"_s;
    for (int i = 0; i < MailtoLink::maxAttachments + 5; ++i)
        url += u"attach=/tmp/f"_s + QString::number(i) + u'&';
    const MailtoLink link = MailtoLink::parse(url);
    QCOMPARE(link.attachments.size(), MailtoLink::maxAttachments);
    QCOMPARE(link.attachments.constLast(), u"/tmp/f%1"_s.arg(MailtoLink::maxAttachments - 1));
    QCOMPARE(described(link).filter(u"ignored="_s), QStringList { u"ignored=attach:TooManyAttachments"_s });
}

void MailtoLinkTest::ignoredPartsAreBounded()
{
    QString url = u"mailto:a@x.org?"_s;
    const int names = MailtoLink::maxIgnoredListed + 8;
    for (int i = 0; i < names; ++i)
        url += u"x-"_s + QString::number(i) + u"=1&"_s;
    const MailtoLink link = MailtoLink::parse(url);
    QCOMPARE(link.ignored.size(), MailtoLink::maxIgnoredListed);
    QCOMPARE(link.ignoredNotListed, 8);
    QCOMPARE(link.notes().size(), MailtoLink::maxIgnoredListed + 1);
    QVERIFY(link.notes().constLast().contains(u"8"_s));

    const QString longName(1000, u'n');
    const MailtoLink shortened = MailtoLink::parse(QString(u"mailto:?"_s + longName + u"=1"_s));
    QCOMPARE(shortened.ignored.size(), 1);
    QVERIFY(shortened.ignored.constFirst().name.size() <= 40);
}

void MailtoLinkTest::everyPrefixIsSafe()
{
    const QString url = u"mailto:a%40b@x.org,Bob%20%3Cb@y.org%3E?cc=c@z&subject=%E4%BD%A0%0D%0AX:1&body=a%0D%0A.%"
                        "0D%0A&attach=/tmp/.ssh/id&from=x&in-reply-to=%3Ca@b%3E&%FF=1#frag"_s;
    for (qsizetype length = 0; length <= url.size(); ++length) {
        const MailtoLink link = MailtoLink::parse(QStringView(url).left(length));
        checkInvariants(link);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(u"prefix of %1 characters"_s.arg(length)));
    }
}

void MailtoLinkTest::randomInputKeepsInvariants()
{
    // Links made of the characters that matter, in any order; seeded, so a failure repeats.
    QRandomGenerator random(6068);
    const QString alphabet = u"%0DAaF9?&=#:@<>,+ \r\n\t.\x01é你/"_s;
    const QStringList pieces = { u"to="_s, u"cc="_s, u"bcc="_s, u"subject="_s, u"body="_s, u"in-reply-to="_s,
        u"references="_s, u"attach="_s, u"from="_s, u"%0D%0A"_s, u"%00"_s, u"%FF"_s, u"%E4%BD"_s, u"&"_s };
    for (int round = 0; round < 3000; ++round) {
        QString url = u"mailto:"_s;
        const int length = random.bounded(60);
        for (int i = 0; i < length; ++i) {
            if (random.bounded(3) == 0)
                url += pieces.at(random.bounded(int(pieces.size())));
            else
                url += alphabet.at(random.bounded(int(alphabet.size())));
        }
        checkInvariants(MailtoLink::parse(url));
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(url));
    }
}

QTEST_GUILESS_MAIN(MailtoLinkTest)
#include "MailtoLinkTest.moc"
