#include "ServerSettings.h"

SmtpTimeouts SmtpTimeouts::uniform(int ms)
{
    SmtpTimeouts t;
    t.connectMs = t.greetingMs = t.commandMs = t.dataStartMs = t.dataBlockMs = t.dataConfirmMs = ms;
    t.quitMs = qMin(ms, t.quitMs);
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
