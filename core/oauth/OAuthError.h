#pragma once

#include <QCoreApplication>
#include <QString>

// Why a sign-in or a token refresh did not work: the provider's error code and words
// (RFC 6749 §5.2, §4.1.2.1), or ours, and a sentence a person can act on.
struct OAuthError
{
    Q_DECLARE_TR_FUNCTIONS(OAuthError)
public:
    // Codes Mailwright itself reports, beside the providers' own ("invalid_grant", …).
    static constexpr const char *network = "network_error"; // no answer, or a transport error
    static constexpr const char *notOAuth = "not_an_oauth_reply"; // an answer, but not OAuth's JSON
    static constexpr const char *stateMismatch = "state_mismatch"; // a redirect from another sign-in
    static constexpr const char *cancelled = "cancelled";

    QString code;
    QString description; // the provider's error_description, or the transport's error
    int httpStatus = 0;

    // The sentence for a person: what happened and what to do. `provider`: "Microsoft",
    // "Google", or the custom provider's host.
    QString message(const QString &provider) const;
    // The saved sign-in is no longer accepted: only signing in again helps.
    bool needsNewSignIn() const;
};
