#include "DemoContent.h"

#include "BodyEditor.h"
#include "ComposerWindow.h"
#include "send/AppServices.h"
#include "SenderChooser.h"
#include "TranscriptPane.h"

#include "account/MemorySecretStore.h"
#include "account/PasswordVault.h"
#include "account/ProfileStore.h"
#include "address/AddressParser.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace {

QString writeSampleFile(const QDir &dir, const QString &name, qint64 sizeBytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.resize(sizeBytes);
        file.close();
    }
    return path;
}

QString writeSampleChart(const QDir &dir)
{
    QImage image(480, 200, QImage::Format_ARGB32);
    image.fill(QColor(0xf4, 0xf7, 0xfb));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QList<int> values = { 62, 88, 74, 120, 146, 170 };
    for (int i = 0; i < values.size(); ++i) {
        const QRectF bar(40 + i * 70, 180 - values.at(i), 44, values.at(i));
        QLinearGradient gradient(bar.topLeft(), bar.bottomLeft());
        gradient.setColorAt(0, QColor(0x4c, 0x8d, 0xf0));
        gradient.setColorAt(1, QColor(0x2f, 0x6f, 0xd6));
        painter.fillRect(bar, gradient);
    }
    painter.setPen(QPen(QColor(0x9a, 0xa6, 0xb5), 2));
    painter.drawLine(24, 181, 460, 181);
    painter.end();
    const QString path = dir.filePath(u"q3-chart.png"_s);
    image.save(path);
    return path;
}

TranscriptEntry entry(qint64 ms, Smtp::Direction direction, const QString &text)
{
    TranscriptEntry e;
    e.elapsedMs = ms;
    e.direction = direction;
    e.text = text;
    return e;
}

} // namespace

std::unique_ptr<AppServices> DemoContent::makeServices()
{
    QDir dir(QDir::temp().filePath(u"mailwright-demo"_s));
    dir.removeRecursively();
    dir.mkpath(u"."_s);
    AppServices::Locations where;
    where.profilesFile = dir.filePath(u"profiles.ini"_s);
    where.logFile = dir.filePath(u"conversations.sqlite"_s);
    where.dataDirectory = dir.filePath(u"data"_s);
    where.addressHistoryFile = dir.filePath(u"addresses.json"_s);
    where.settingsFile = dir.filePath(u"settings.ini"_s);
    auto services = std::make_unique<AppServices>(where, new MemorySecretStore);

    AccountProfile work;
    work.name = u"Work"_s;
    work.senderName = u"Li Wei"_s;
    work.senderAddress = u"li.wei@example.cn"_s;
    work.host = u"smtp.example.cn"_s;
    work.port = 587;
    work.security = Smtp::Security::StartTls;
    work.user = u"li.wei"_s;
    const ProfileStoreResult saved = services->profiles()->save(work);
    if (saved.ok())
        services->passwords()->keepForSession(saved.profile, u"demo"_s);
    return services;
}

void DemoContent::fill(ComposerWindow &window)
{
    QDir dir(QDir::temp().filePath(u"mailwright-demo"_s));
    dir.mkpath(u"."_s);
    Q_EMIT window.services()->profilesChanged();
    window.senderChooser()->selectProfile(u"Work"_s);

    Message message;
    message.from = AddressParser::parseMailbox(u"Li Wei <li.wei@example.cn>"_s).mailbox;
    message.to = AddressParser::parseList(u"Ann Lee <ann@example.org>, bob@example.com"_s).mailboxes;
    message.cc = AddressParser::parseList(u"Zhang San <zhang.san@example.cn>"_s).mailboxes;
    message.subject = u"Q3 report and the launch photos"_s;
    message.htmlBody = u"<p>Hi Ann, hi Bob,</p>"
                       "<p>the <b>Q3 report</b> is attached, with the budget sheet. Three things stand out:</p>"
                       "<ul><li>revenue up <span style=\"color:#2e9d5b\"><b>18%</b></span> on Q2</li>"
                       "<li>the Shenzhen launch moved to <i>15 October</i></li>"
                       "<li>the new dashboard: <a href=\"https://example.org/q3\">example.org/q3</a></li></ul>"
                       "<p>Here is the trend at a glance:</p><p>[chart]</p>"
                       "<p>Best regards,<br/>Li Wei</p>"_s;
    for (const auto &[name, size] : { std::pair { u"Q3 report.pdf"_s, 1'284'000 },
             std::pair { u"budget 2024.xlsx"_s, 242'000 }, std::pair { u"launch-photos.zip"_s, 6'815'000 } }) {
        Attachment attachment;
        attachment.filePath = writeSampleFile(dir, name, size);
        message.attachments << attachment;
    }
    window.setMessage(message);

    // The chart replaces the "[chart]" placeholder.
    QTextEdit *edit = window.bodyEditor()->textEdit();
    const QTextCursor placeholder = edit->document()->find(u"[chart]"_s);
    if (!placeholder.isNull()) {
        edit->setTextCursor(placeholder);
        window.bodyEditor()->insertImage(writeSampleChart(dir));
    }
    edit->moveCursor(QTextCursor::Start);

    using D = Smtp::Direction;
    TranscriptPane *pane = window.transcriptPane();
    pane->beginSession(u"smtp.example.cn:587"_s);
    const QList<TranscriptEntry> entries = {
        entry(0, D::Info, u"Connecting to smtp.example.cn:587 (STARTTLS)"_s),
        entry(38, D::Server, u"220 smtp.example.cn ESMTP ready"_s),
        entry(39, D::Client, u"EHLO workstation.example.cn"_s),
        entry(41, D::Server, u"250-smtp.example.cn"_s),
        entry(41, D::Server, u"250-PIPELINING"_s),
        entry(41, D::Server, u"250-SIZE 26214400"_s),
        entry(41, D::Server, u"250-STARTTLS"_s),
        entry(41, D::Server, u"250 8BITMIME"_s),
        entry(42, D::Client, u"STARTTLS"_s),
        entry(43, D::Server, u"220 2.0.0 Ready to start TLS"_s),
        entry(61, D::Tls, u"TLSv1.3 TLS_AES_256_GCM_SHA384, certificate smtp.example.cn verified"_s),
        entry(62, D::Client, u"EHLO workstation.example.cn"_s),
        entry(64, D::Server, u"250-smtp.example.cn"_s),
        entry(64, D::Server, u"250-PIPELINING"_s),
        entry(64, D::Server, u"250-SIZE 26214400"_s),
        entry(64, D::Server, u"250 AUTH PLAIN LOGIN"_s),
        entry(65, D::Client, u"AUTH PLAIN <redacted>"_s),
        entry(98, D::Server, u"235 2.7.0 Authentication successful"_s),
        entry(99, D::Client, u"MAIL FROM:<li.wei@example.cn> SIZE=11263880"_s),
        entry(99, D::Client, u"RCPT TO:<ann@example.org>"_s),
        entry(99, D::Client, u"RCPT TO:<bob@example.com>"_s),
        entry(99, D::Client, u"RCPT TO:<zhang.san@example.cn>"_s),
        entry(99, D::Client, u"DATA"_s),
        entry(102, D::Server, u"250 2.1.0 Ok"_s),
        entry(102, D::Server, u"250 2.1.5 Ok"_s),
        entry(102, D::Server, u"550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown"_s),
        entry(102, D::Server, u"250 2.1.5 Ok"_s),
        entry(102, D::Server, u"354 End data with <CR><LF>.<CR><LF>"_s),
        entry(103, D::Info, u"Subject: Q3 report and the launch photos"_s),
        entry(1420, D::Info, u"… 10.7 MB body streamed"_s),
        entry(1468, D::Server, u"250 2.0.0 Ok: queued as 4F2A91C03B"_s),
        entry(1469, D::Client, u"QUIT"_s),
        entry(1471, D::Server, u"221 2.0.0 Bye"_s),
    };
    for (const TranscriptEntry &e : entries)
        pane->append(e);
    pane->setCapabilities({ u"PIPELINING"_s, u"SIZE 26214400"_s, u"STARTTLS"_s, u"AUTH PLAIN LOGIN"_s,
        u"ENHANCEDSTATUSCODES"_s, u"8BITMIME"_s });
    TlsSummary tls;
    tls.encrypted = true;
    tls.protocol = u"TLSv1.3"_s;
    tls.cipher = u"TLS_AES_256_GCM_SHA384"_s;
    tls.subject = u"smtp.example.cn"_s;
    tls.issuer = u"Example Trust CA"_s;
    tls.notAfter = QDateTime(QDate::currentDate().addMonths(8), QTime(12, 0)); // always in the future
    tls.sha256Fingerprint = u"3a:91:…:c0"_s;
    pane->setTlsSummary(tls);
}

QPalette DemoContent::darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabled);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    palette.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xd8));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Light, window.lighter(150));
    palette.setColor(QPalette::Midlight, window.lighter(120));
    palette.setColor(QPalette::Mid, window.darker(120));
    palette.setColor(QPalette::Dark, window.darker(150));
    palette.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
}
