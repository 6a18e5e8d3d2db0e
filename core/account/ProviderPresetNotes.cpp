#include "ProviderPresets.h"

#include <QtGlobal>

// The English notes of resources/providers.json, repeated here so that lupdate extracts them
// into the "ProviderPresets" context; ProviderPreset::translatedNote() looks them up there.
// ProviderPresetsTest fails when a note in the JSON is missing from this list.
const QList<const char *> &ProviderPresets::translatableNotes()
{
    static const QList<const char *> notes = {
        QT_TRANSLATE_NOOP("ProviderPresets",
            "Google accepts only an app password (Google Account → Security → 2-Step Verification → App passwords) or "
            "OAuth 2 (XOAUTH2); the normal account password is refused."),
        QT_TRANSLATE_NOOP("ProviderPresets",
            "Microsoft accounts with two-step verification need an app password (account.microsoft.com → Security); "
            "where password sign-in is switched off, only OAuth 2 (XOAUTH2) works."),
        QT_TRANSLATE_NOOP("ProviderPresets",
            "The organisation's administrator must allow SMTP AUTH for the mailbox; many tenants allow only OAuth 2 "
            "(XOAUTH2)."),
        QT_TRANSLATE_NOOP("ProviderPresets",
            "Use an app-specific password from appleid.apple.com (Sign-In and Security → App-Specific Passwords); the "
            "user name is the full address."),
        QT_TRANSLATE_NOOP("ProviderPresets",
            "Use an app password generated in the account's security settings; the login password is refused."),
        QT_TRANSLATE_NOOP("ProviderPresets",
            "Switch on the SMTP service in the mailbox's web settings and use the authorization code it generates "
            "there as the password, not the login password."),
        QT_TRANSLATE_NOOP("ProviderPresets",
            "When the administrator requires it (security login), use the client-specific password generated in the "
            "web mailbox's settings, not the login password."),
        QT_TRANSLATE_NOOP("ProviderPresets",
            "Switch on SMTP in the web mailbox's settings first; the user name is the full address."),
        QT_TRANSLATE_NOOP("ProviderPresets",
            "With two-factor authentication, use an application-specific password; accounts in the EU data centre use "
            "smtp.zoho.eu."),
        QT_TRANSLATE_NOOP("ProviderPresets", "Allow access by POP3/IMAP and SMTP in the web mailbox's settings first."),
        QT_TRANSLATE_NOOP("ProviderPresets", "Use an app password created in the Yandex ID settings for mail clients."),
        QT_TRANSLATE_NOOP(
            "ProviderPresets", "Use a password for external applications, created in the account's security settings."),
        QT_TRANSLATE_NOOP(
            "ProviderPresets", "Use an app password (Settings → Privacy & Security → App passwords) with SMTP access."),
        QT_TRANSLATE_NOOP("ProviderPresets",
            "Allow POP3/SMTP in the web mailbox's settings first; with two-step verification use an application "
            "password."),
    };
    return notes;
}
