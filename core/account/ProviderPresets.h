#pragma once

#include "AccountProfile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The SMTP settings of one well-known provider, from resources/providers.json.
struct ProviderPreset
{
    QString id; // "qq"
    QString name; // "QQ Mail", shown as is (a brand)
    QStringList domains; // lower-case; empty for hosted mail on the customer's own domain
    QString host;
    quint16 port = 0;
    Smtp::Security security = Smtp::Security::StartTls;
    Smtp::AuthMethod auth = Smtp::AuthMethod::Auto;
    QString note; // English, as stored

    // The note in the person's language: QCoreApplication::translate("ProviderPresets", note).
    QString translatedNote() const;
    // Server, port, security and auth method filled in; the user name becomes the address when
    // it was empty (every listed provider logs in with the full address).
    void applyTo(AccountProfile &profile) const;
};

// Looks presets up by the sender address's domain. Data-driven: the table is the JSON file
// compiled into the library as :/mailwright/providers.json, read once.
//
// Translation: the JSON keeps English text only. Each distinct note is also listed with
// QT_TRANSLATE_NOOP("ProviderPresets", …) in ProviderPresetNotes.cpp, so lupdate puts it in the
// .ts files; translatedNote() translates at display time in that context. A test keeps the
// JSON and the list in step.
class ProviderPresets
{
public:
    static const QList<ProviderPreset> &all();
    // "Zhang San <zhang@QQ.com>", "zhang@qq.com" or "qq.com"; exact domain match, case-insensitive.
    static std::optional<ProviderPreset> forAddress(const QString &address);
    static std::optional<ProviderPreset> forDomain(const QString &domain);
    static std::optional<ProviderPreset> byId(const QString &id);

    static const QList<const char *> &translatableNotes();
};
