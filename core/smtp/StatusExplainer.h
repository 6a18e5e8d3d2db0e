#pragma once

#include <QCoreApplication>
#include <QString>

// Plain words for SMTP reply codes and RFC 3463 enhanced status codes, e.g. 5.7.8 → "The
// server refused the user name or password." The most specific knowledge wins: the enhanced
// code's subject and detail, then its class, then the basic reply code.
class StatusExplainer
{
    Q_DECLARE_TR_FUNCTIONS(StatusExplainer)
public:
    // serverText, when given, lets a provider's own well-known wording win (NetEase's "DT:SPM").
    static QString explain(int replyCode, const QString &enhancedCode, const QString &serverText = {});

    // For a refused recipient: explain(), and for a 4xx that the refusal is temporary.
    static QString explainRecipient(int replyCode, const QString &enhancedCode, const QString &serverText = {});

    // For credentials refused by providers whose SMTP wants an app-specific code (QQ, NetEase, …):
    // a sentence naming what to do, or empty when the host is not one of them.
    static QString authorizationCodeHint(const QString &host);
};
