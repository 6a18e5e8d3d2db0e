#include "StatusExplainer.h"

using namespace Qt::StringLiterals;

QString StatusExplainer::explain(int replyCode, const QString &enhancedCode, const QString &serverText)
{
    const QString e = enhancedCode;
    // Providers whose replies carry their meaning in the words, not the codes.
    // QQ, NetEase and Sina: "501 mail from address must be same as authorization user".
    if (serverText.contains(u"must be same as authorization user"_s, Qt::CaseInsensitive))
        return tr("The server only sends mail whose sender is the account you log in with: use the login address as "
                  "the From address.");
    // NetEase 163/126: "554 DT:SPM 163 smtp… mail is considered spam" (its spam filter).
    if (serverText.contains(u"DT:SPM"_s, Qt::CaseInsensitive))
        return tr(
            "The provider's spam filter (NetEase 163/126) refused the message: change its content (subject, links, "
            "attachments) or send fewer messages at a time, then try again later.");
    // Exact enhanced codes people meet in practice.
    if (e == u"5.7.0" && replyCode == 530)
        return tr("The server requires encryption or authentication first: choose STARTTLS or SSL/TLS in the profile and log in.");
    if (e == u"5.7.8" || (e.isEmpty() && replyCode == 535))
        return tr("The server refused the user name or password.");
    if (e == u"5.7.9")
        return tr("The server considers this authentication method too weak for the account; choose another method or create an app password.");
    if (e == u"5.7.11")
        return tr("The server requires encryption for this authentication method: choose STARTTLS or SSL/TLS.");
    if (e == u"5.7.139")
        return tr("The organisation behind this account has disabled basic (password) authentication for SMTP; an administrator must enable SMTP AUTH for the mailbox, or use OAuth (XOAUTH2).");
    if (e == u"5.7.57" || e == u"5.7.3")
        return tr("The server only accepts mail from logged-in users: enter a user name and password in the profile.");
    if (e == u"5.7.1")
        return tr("The server refused this on policy grounds (for example relaying is not allowed, or the sender address does not belong to this account).");
    if (e == u"5.7.0")
        return tr("The server's security policy refused this.");
    if (e == u"5.1.1")
        return tr("The recipient's mailbox does not exist: check the address for typing mistakes.");
    if (e == u"5.1.2")
        return tr("The recipient's domain does not exist or does not accept mail.");
    if (e == u"5.1.3")
        return tr("The recipient address is not valid.");
    if (e == u"5.1.7" || e == u"5.1.8")
        return tr("The server does not accept the sender address.");
    if (e == u"5.1.10")
        return tr("The recipient's domain declares that it accepts no mail (null MX).");
    if (e == u"5.2.1")
        return tr("The recipient's mailbox is disabled.");
    if (e == u"5.2.2" || e == u"4.2.2")
        return tr("The recipient's mailbox is full.");
    if (e == u"5.2.3" || e == u"5.3.4" || (e.isEmpty() && replyCode == 552))
        return tr("The message is too large for the server: remove or shrink attachments.");
    if (e == u"4.7.0")
        return tr("The server refused this for now for security reasons (for example too many attempts); try again later.");
    if (e == u"5.5.1" || e == u"5.5.2")
        return tr("The server did not understand a command.");
    if (e == u"5.6.0" || e == u"5.6.1")
        return tr("The server refused the message's content.");

    // Enhanced class and subject.
    if (e.startsWith(u"4."))
        return tr("A temporary problem on the server: try again later.");
    if (e.startsWith(u"5.1."))
        return tr("The server refused an address.");
    if (e.startsWith(u"5.2."))
        return tr("The recipient's mailbox cannot take the message.");
    if (e.startsWith(u"5.3."))
        return tr("The receiving mail system cannot take the message.");
    if (e.startsWith(u"5.4."))
        return tr("The message could not be routed to its destination.");
    if (e.startsWith(u"5.5."))
        return tr("The server reported a protocol error.");
    if (e.startsWith(u"5.6."))
        return tr("The server refused the message's content.");
    if (e.startsWith(u"5.7."))
        return tr("The server's security policy refused this.");

    // The basic reply code (RFC 5321 §4.2.2, §4.2.3).
    switch (replyCode) {
    case 421:
        return tr("The server is not available right now and closed the connection; try again later.");
    case 450:
        return tr("The mailbox is temporarily unavailable; try again later.");
    case 451:
        return tr("The server had a local error; try again later.");
    case 452:
        return tr("The server is short of storage or got too many recipients; try again later or send to fewer recipients at once.");
    case 454:
        return tr("The server cannot do this right now (TLS or authentication temporarily unavailable); try again later.");
    case 455:
        return tr("The server cannot accept the parameters right now; try again later.");
    case 500:
    case 501:
    case 502:
    case 504:
        return tr("The server did not accept a command or its arguments.");
    case 503:
        return tr("The server expected the commands in another order.");
    case 530:
        return tr("The server requires authentication: enter a user name and password in the profile.");
    case 534:
        return tr("The server considers this authentication method too weak for the account.");
    case 538:
        return tr("The server requires encryption for this authentication method.");
    case 550:
        return tr("The mailbox is unavailable or the server refused the address.");
    case 551:
        return tr("The recipient is not local to this server.");
    case 553:
        return tr("The server does not allow this mailbox name.");
    case 554:
        return tr("The server refused the transaction.");
    case 555:
        return tr("The server did not recognise the MAIL or RCPT parameters.");
    default:
        break;
    }
    if (replyCode >= 400 && replyCode < 500)
        return tr("A temporary problem on the server: try again later.");
    if (replyCode >= 500)
        return tr("The server refused this permanently.");
    return {};
}

QString StatusExplainer::explainRecipient(int replyCode, const QString &enhancedCode, const QString &serverText)
{
    const QString reason = explain(replyCode, enhancedCode, serverText);
    if (replyCode < 400 || replyCode >= 500)
        return reason;
    // A 4xx is "not now" (greylisting, a busy or full mailbox, a local error), never "never".
    return tr("This refusal is temporary: sending to this recipient again later is worth trying.") + u' ' + reason;
}

QString StatusExplainer::authorizationCodeHint(const QString &host)
{
    const QString h = host.toLower();
    auto is = [&](QLatin1String domain) { return h == domain || h.endsWith(u'.' + domain); };
    if (is("qq.com"_L1) || is("foxmail.com"_L1))
        return tr("QQ Mail needs an authorization code generated in its web settings (Settings → Account → POP3/SMTP), not your QQ password.");
    if (is("163.com"_L1) || is("126.com"_L1) || is("yeah.net"_L1))
        return tr("NetEase mail (163, 126, yeah.net) needs an authorization code generated in its web settings, not your login password.");
    if (is("sina.com"_L1) || is("sina.cn"_L1) || is("sohu.com"_L1) || is("139.com"_L1))
        return tr("This provider needs SMTP enabled in its web settings and an authorization code instead of your login password.");
    if (is("gmail.com"_L1) || is("googlemail.com"_L1))
        return tr("Gmail needs an app password (with 2-step verification) or OAuth (XOAUTH2), not your Google password.");
    return {};
}
