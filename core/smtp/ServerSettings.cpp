#include "ServerSettings.h"

using namespace Qt::StringLiterals;

SmtpTimeouts SmtpTimeouts::uniform(int ms)
{
    SmtpTimeouts t;
    t.connectMs = t.greetingMs = t.commandMs = t.dataStartMs = t.dataBlockMs = t.dataConfirmMs = ms;
    t.quitMs = qMin(ms, t.quitMs);
    return t;
}

SmtpTimeouts SmtpTimeouts::interactive()
{
    SmtpTimeouts t;
    t.greetingMs = t.commandMs = t.dataStartMs = t.dataBlockMs = 60'000;
    return t;
}

quint16 ServerSettings::effectivePort() const
{
    if (port != 0)
        return port;
    switch (security) {
    case Smtp::Security::Tls:
        return 465;
    case Smtp::Security::Opportunistic:
        return 25;
    case Smtp::Security::None:
    case Smtp::Security::StartTls:
        break;
    }
    return 587;
}

QString ServerSettings::endpointLabel() const
{
    return endpointLabel(host, effectivePort());
}

QString ServerSettings::endpointLabel(const QString &host, quint16 port)
{
    // Brackets keep the port of an IPv6 address readable (RFC 3986 §3.2.2).
    const QString shown = host.contains(u':') && !host.startsWith(u'[') ? u'[' + host + u']' : host;
    return shown + u':' + QString::number(port);
}
