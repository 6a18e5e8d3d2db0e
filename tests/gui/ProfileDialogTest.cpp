// The profile dialog driven as a person would: by object name, with key and mouse clicks, on the
// offscreen platform. Profiles live in a temporary INI file; the keychain is a MemorySecretStore
// (or one that is never reachable, for the no-keychain path). Connection tests go to
// ScriptedSmtpServer, in-process.
#include "UnavailableSecretStore.h"
#include "WidgetTestSupport.h"
#include "ConnectionTestDialog.h"
#include "ProfileDialog.h"
#include "ScriptedSmtpServer.h"
#include "SignInDialog.h"
#include "TestBrowser.h"
#include "TestServices.h"

#include "account/MemorySecretStore.h"
#include "account/PasswordVault.h"
#include "account/ProfileStore.h"
#include "send/AppServices.h"
#include "address/AddressParser.h"

#include <QApplication>
#include <QDesktopServices>
#include <QScopeGuard>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QAction>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Check boxes and radio buttons take clicks on their indicator and label only, not on the
// whole width the layout gives them.
void toggle(QAbstractButton *button)
{
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

void clickIn(QMessageBox *box, const QString &buttonName)
{
    QPushButton *button = box->findChild<QPushButton *>(buttonName);
    QVERIFY2(button, qPrintable(buttonName));
    QTest::mouseClick(button, Qt::LeftButton);
}

// Replaces the field's text by typing, as a person selecting all and typing over it.
void typeInto(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    QVERIFY(edit->isEnabled());
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

template<typename Enum> void choose(QComboBox *combo, Enum value)
{
    QVERIFY(combo);
    const int index = combo->findData(QVariant::fromValue(value));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

template<typename Enum> Enum chosen(QComboBox *combo)
{
    return combo->currentData().value<Enum>();
}

QListWidgetItem *itemNamed(QListWidget *list, const QString &name)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == name)
            return list->item(row);
    }
    return nullptr;
}

void clickProfile(QListWidget *list, const QString &name)
{
    QListWidgetItem *item = itemNamed(list, name);
    QVERIFY2(item, qPrintable(name));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
}

PasswordLookup lookUp(PasswordVault &vault, const AccountProfile &profile)
{
    PasswordLookup result;
    bool done = false;
    vault.lookup(profile, nullptr, [&](const PasswordLookup &found) {
        result = found;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        qWarning("password lookup never answered");
    return result;
}

SecretResult readSecret(SecretStore &keychain, const QString &key)
{
    SecretResult result;
    bool done = false;
    keychain.read(key, nullptr, [&](const SecretResult &read) {
        result = read;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        qWarning("keychain read never answered");
    return result;
}

bool storePassword(PasswordVault &vault, const AccountProfile &profile, const QString &password)
{
    bool done = false;
    bool ok = false;
    vault.store(profile, password, nullptr, [&](const PasswordStoreResult &stored) {
        ok = stored.ok();
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, 5000) && ok;
}

} // namespace

class ProfileDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addProfileThroughWidgets();
    void firstRunStartsANewProfile();
    void presetsFillServer_data();
    void presetsFillServer();
    void presetFollowsAddressButNotCustomHost();
    void displayNameTypedIntoAddressField();
    void plainTextAuthShowsWarning();
    void tokenLabelAndShowPassword();
    void directRouteDisablesServerFields();
    void invalidInputRefusedAndKept_data();
    void invalidInputRefusedAndKept();
    void duplicateNameNeverOverwrites();
    void duplicateCopiesSettingsAndPassword();
    void removeAsksAndRemovesPassword();
    void forgetPasswordOnPurpose();
    void setDefault();
    void renameKeepsPasswordAndDefault();
    void untouchedPasswordIsNotStoredAgain();
    void noKeychainKeepsPasswordUntilQuit();
    void settingsFileOptIn();
    void pinnedFingerprintsListedAndRemovable();
    void unsavedChangesOnSwitching();
    void unsavedChangesOnClosing();
    void refusedSaveFromPromptKeepsEverything();
    void geometryRemembered();
    void testConnectionUsesTypedValues();
    void testConnectionUsesStoredPassword();
    void trustedCertificateLandsInForm();
    void signsInWithAProviderAndOut();
    void switchingToASignInForgetsThePassword();

private:
    AccountProfile seed(const QString &name, const QString &password = QString());
    ProfileDialog *openDialog();
    void fillValidProfile(const QString &name, const QString &address);
    void makeServices(SecretStore *keychain); // taken over

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppServices> m_services;
    ProfileStore *m_store = nullptr; // m_services' stores
    SecretStore *m_keychain = nullptr;
    PasswordVault *m_vault = nullptr;
    std::unique_ptr<ProfileDialog> m_dialog;
    QTemporaryDir m_settingsDir;
};

void ProfileDialogTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"MailwrightTest"_s);
    QCoreApplication::setApplicationName(u"ProfileDialogTest"_s);
    // The dialog's own QSettings (geometry) stays out of the person's configuration.
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void ProfileDialogTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    makeServices(new MemorySecretStore);
    QSettings().remove(u"profileDialog"_s);
}

void ProfileDialogTest::cleanup()
{
    m_dialog.reset();
    m_services.reset();
    m_dir.reset();
}

AccountProfile ProfileDialogTest::seed(const QString &name, const QString &password)
{
    AccountProfile profile;
    profile.name = name;
    profile.senderName = name + u" Sender"_s;
    profile.senderAddress = name.toLower() + u"@example.org"_s;
    profile.host = u"smtp.example.org"_s;
    profile.port = 2525;
    profile.security = Smtp::Security::Tls;
    profile.user = name.toLower();
    const ProfileStoreResult saved = m_store->save(profile);
    if (!saved.ok())
        qWarning("seed: %s", qPrintable(saved.error));
    if (!password.isEmpty() && !storePassword(*m_vault, saved.profile, password))
        qWarning("seed: the password was not stored");
    return saved.profile;
}

void ProfileDialogTest::makeServices(SecretStore *keychain)
{
    m_dialog.reset();
    m_services = makeTestServices(m_dir->path(), keychain);
    m_store = m_services->profiles();
    m_keychain = keychain;
    m_vault = m_services->passwords();
}

ProfileDialog *ProfileDialogTest::openDialog()
{
    m_dialog = std::make_unique<ProfileDialog>(m_services.get());
    m_dialog->show();
    if (!QTest::qWaitForWindowExposed(m_dialog.get()))
        qWarning("the dialog was never shown");
    return m_dialog.get();
}

void ProfileDialogTest::fillValidProfile(const QString &name, const QString &address)
{
    ProfileDialog *dialog = m_dialog.get();
    typeInto(child<QLineEdit>(dialog, u"nameLineEdit"_s), name);
    typeInto(child<QLineEdit>(dialog, u"senderAddressLineEdit"_s), address);
    typeInto(child<QLineEdit>(dialog, u"hostLineEdit"_s), u"smtp.example.net"_s);
}

void ProfileDialogTest::addProfileThroughWidgets()
{
    seed(u"Existing"_s);
    ProfileDialog *dialog = openDialog();
    QSignalSpy changed(dialog, &ProfileDialog::profilesChanged);
    auto *list = child<QListWidget>(dialog, u"profileListWidget"_s);
    QCOMPARE(list->count(), 1);

    QTest::mouseClick(child<QToolButton>(dialog, u"addProfileButton"_s), Qt::LeftButton);
    QCOMPARE(list->count(), 2);
    QVERIFY(dialog->currentProfileName().isEmpty()); // new, not saved yet
    QVERIFY(!child<QPushButton>(dialog, u"saveProfileButton"_s)->isEnabled()); // nothing typed yet

    typeInto(child<QLineEdit>(dialog, u"nameLineEdit"_s), u"Work"_s);
    QCOMPARE(list->currentItem()->text(), u"Work"_s);
    typeInto(child<QLineEdit>(dialog, u"senderNameLineEdit"_s), u"Ann Lee"_s);
    typeInto(child<QLineEdit>(dialog, u"senderAddressLineEdit"_s), u"ann@example.org"_s);
    typeInto(child<QLineEdit>(dialog, u"hostLineEdit"_s), u"mail.example.org"_s);
    typeInto(child<QLineEdit>(dialog, u"portLineEdit"_s), u"2465"_s);
    choose(child<QComboBox>(dialog, u"securityComboBox"_s), Smtp::Security::None);
    choose(child<QComboBox>(dialog, u"authComboBox"_s), Smtp::AuthMethod::CramMd5);
    typeInto(child<QLineEdit>(dialog, u"userLineEdit"_s), u"ann.lee"_s);
    typeInto(child<QLineEdit>(dialog, u"passwordLineEdit"_s), u"s3cret pass"_s);
    toggle(child<QCheckBox>(dialog, u"allowPlainTextAuthCheckBox"_s));
    typeInto(child<QLineEdit>(dialog, u"ehloLineEdit"_s), u"client.example.org"_s);
    auto *timeout = child<QSpinBox>(dialog, u"timeoutSpinBox"_s);
    timeout->selectAll();
    QTest::keyClicks(timeout, u"45"_s);
    QCOMPARE(timeout->value(), 45);
    QTest::keyClicks(child<QPlainTextEdit>(dialog, u"signaturePlainTextEdit"_s), u"-- Ann"_s);
    QTest::keyClicks(child<QPlainTextEdit>(dialog, u"signatureHtmlTextEdit"_s), u"<p>Ann</p>"_s);
    QVERIFY(dialog->isModified());

    QTest::mouseClick(child<QPushButton>(dialog, u"saveProfileButton"_s), Qt::LeftButton);
    QCOMPARE(dialog->currentProfileName(), u"Work"_s);
    QVERIFY(!dialog->isModified());
    QVERIFY(changed.count() >= 1);

    // Read back through a second store: what is in the file, not what is cached anywhere.
    const ProfileStore reread(m_store->filePath());
    const std::optional<AccountProfile> stored = reread.load(u"Work"_s);
    QVERIFY(stored);
    QVERIFY(!stored->id.isEmpty());
    QCOMPARE(stored->senderName, u"Ann Lee"_s);
    QCOMPARE(stored->senderAddress, u"ann@example.org"_s);
    QCOMPARE(stored->host, u"mail.example.org"_s);
    QCOMPARE(stored->port, quint16(2465));
    QCOMPARE(stored->security, Smtp::Security::None);
    QCOMPARE(stored->auth, Smtp::AuthMethod::CramMd5);
    QCOMPARE(stored->user, u"ann.lee"_s);
    QCOMPARE(stored->ehloName, u"client.example.org"_s);
    QCOMPARE(stored->timeoutSeconds, 45);
    QCOMPARE(stored->signaturePlain, u"-- Ann"_s);
    QCOMPARE(stored->signatureHtml, u"<p>Ann</p>"_s);
    QCOMPARE(stored->route, AccountProfile::Route::Relay);
    QCOMPARE(stored->allowPlainTextAuth, true);
    QCOMPARE(stored->passwordStorage, AccountProfile::PasswordStorage::Keychain);
    QVERIFY(stored->trustedFingerprints.isEmpty());

    // The password went to the keychain, and nowhere else; the field shows it as "unchanged".
    auto *password = child<QLineEdit>(dialog, u"passwordLineEdit"_s);
    QTRY_VERIFY(password->placeholderText().contains(u"keychain"_s));
    QVERIFY(password->text().isEmpty());
    const SecretResult secret = readSecret(*m_keychain, stored->secretKey());
    QCOMPARE(secret.status, SecretResult::Status::Ok);
    QCOMPARE(secret.secret, u"s3cret pass"_s);
    QVERIFY(reread.settingsFilePassword(u"Work"_s).isEmpty());
    QFile file(m_store->filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("s3cret"));
}

void ProfileDialogTest::firstRunStartsANewProfile()
{
    ProfileDialog *dialog = openDialog();
    auto *list = child<QListWidget>(dialog, u"profileListWidget"_s);
    QCOMPARE(list->count(), 1);
    QVERIFY(dialog->currentProfileName().isEmpty());
    QVERIFY(child<QWidget>(dialog, u"editorPane"_s)->isEnabled());
    QVERIFY(!child<QLineEdit>(dialog, u"nameLineEdit"_s)->text().isEmpty());
    // Untouched, it goes without a question.
    QTest::mouseClick(child<QPushButton>(dialog, u"closeProfilesButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QVERIFY(m_store->names().isEmpty());
}

void ProfileDialogTest::presetsFillServer_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("leaveField"); // editingFinished by focus change, else the typing pause
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<Smtp::Security>("security");
    QTest::addColumn<QString>("note");

    QTest::newRow("qq.com, focus change") << u"zhang@qq.com"_s << true << u"smtp.qq.com"_s << u"465"_s
                                          << Smtp::Security::Tls << u"authorization code"_s;
    QTest::newRow("163.com, typing pause") << u"li@163.com"_s << false << u"smtp.163.com"_s << u"465"_s
                                           << Smtp::Security::Tls << u"authorization code"_s;
    QTest::newRow("gmail.com, typing pause") << u"ann@gmail.com"_s << false << u"smtp.gmail.com"_s << u"587"_s
                                             << Smtp::Security::StartTls << u"app password"_s;
}

void ProfileDialogTest::presetsFillServer()
{
    QFETCH(QString, address);
    QFETCH(bool, leaveField);
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(Smtp::Security, security);
    QFETCH(QString, note);

    ProfileDialog *dialog = openDialog();
    auto *addressEdit = child<QLineEdit>(dialog, u"senderAddressLineEdit"_s);
    auto *noteLabel = child<QLabel>(dialog, u"presetNoteLabel"_s);
    QVERIFY(!noteLabel->isVisible());
    if (leaveField) {
        QApplication::setActiveWindow(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        addressEdit->setFocus();
        QTRY_VERIFY(addressEdit->hasFocus());
    }
    typeInto(addressEdit, address);
    if (leaveField) {
        QTest::keyClick(addressEdit, Qt::Key_Tab);
        // At once, not after the typing pause.
        QCOMPARE(child<QLineEdit>(dialog, u"hostLineEdit"_s)->text(), host);
    }
    QTRY_COMPARE(child<QLineEdit>(dialog, u"hostLineEdit"_s)->text(), host);
    QCOMPARE(child<QLineEdit>(dialog, u"portLineEdit"_s)->text(), port);
    QCOMPARE(chosen<Smtp::Security>(child<QComboBox>(dialog, u"securityComboBox"_s)), security);
    QCOMPARE(child<QLineEdit>(dialog, u"userLineEdit"_s)->text(), address);
    QVERIFY(noteLabel->isVisible());
    QVERIFY2(noteLabel->text().contains(note), qPrintable(noteLabel->text()));
}

void ProfileDialogTest::presetFollowsAddressButNotCustomHost()
{
    ProfileDialog *dialog = openDialog();
    auto *address = child<QLineEdit>(dialog, u"senderAddressLineEdit"_s);
    auto *host = child<QLineEdit>(dialog, u"hostLineEdit"_s);
    auto *user = child<QLineEdit>(dialog, u"userLineEdit"_s);

    typeInto(address, u"zhang@qq.com"_s);
    QTRY_COMPARE(host->text(), u"smtp.qq.com"_s);
    QCOMPARE(user->text(), u"zhang@qq.com"_s);

    // Still the preset's host and the derived user: both follow a changed provider.
    typeInto(address, u"ann@gmail.com"_s);
    QTRY_COMPARE(host->text(), u"smtp.gmail.com"_s);
    QCOMPARE(user->text(), u"ann@gmail.com"_s);
    QCOMPARE(child<QLineEdit>(dialog, u"portLineEdit"_s)->text(), u"587"_s);

    // A host the person typed is theirs: the preset leaves it, and its note does not apply.
    typeInto(host, u"relay.corp.example"_s);
    typeInto(user, u"ann"_s);
    typeInto(address, u"zhang@qq.com"_s);
    QTest::qWait(1200); // longer than the typing pause
    QCOMPARE(host->text(), u"relay.corp.example"_s);
    QCOMPARE(user->text(), u"ann"_s);
    QVERIFY(!child<QLabel>(dialog, u"presetNoteLabel"_s)->isVisible());
}

void ProfileDialogTest::displayNameTypedIntoAddressField()
{
    ProfileDialog *dialog = openDialog();
    QApplication::setActiveWindow(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto *address = child<QLineEdit>(dialog, u"senderAddressLineEdit"_s);
    address->setFocus();
    QTRY_VERIFY(address->hasFocus());
    typeInto(address, u"Zhang San <zhang@qq.com>"_s);
    QTest::keyClick(address, Qt::Key_Tab);
    QCOMPARE(address->text(), u"zhang@qq.com"_s);
    QCOMPARE(child<QLineEdit>(dialog, u"senderNameLineEdit"_s)->text(), u"Zhang San"_s);
    QCOMPARE(child<QLineEdit>(dialog, u"hostLineEdit"_s)->text(), u"smtp.qq.com"_s);
}

void ProfileDialogTest::plainTextAuthShowsWarning()
{
    ProfileDialog *dialog = openDialog();
    auto *warning = child<QLabel>(dialog, u"plainTextAuthWarningLabel"_s);
    auto *checkBox = child<QCheckBox>(dialog, u"allowPlainTextAuthCheckBox"_s);
    QVERIFY(!checkBox->isChecked()); // off by default
    QVERIFY(!warning->isVisible());

    toggle(checkBox);
    QVERIFY(checkBox->isChecked());
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(u"network"_s));
    QVERIFY(warning->palette().color(QPalette::WindowText) != dialog->palette().color(QPalette::WindowText));

    toggle(checkBox);
    QVERIFY(!warning->isVisible());
}

void ProfileDialogTest::tokenLabelAndShowPassword()
{
    ProfileDialog *dialog = openDialog();
    auto *label = child<QLabel>(dialog, u"passwordLabel"_s);
    auto *password = child<QLineEdit>(dialog, u"passwordLineEdit"_s);
    QVERIFY(label->text().contains(u"word"_s));
    QCOMPARE(password->echoMode(), QLineEdit::Password);

    choose(child<QComboBox>(dialog, u"authComboBox"_s), Smtp::AuthMethod::XOAuth2);
    QVERIFY2(label->text().remove(u'&').contains(u"Access token"_s), qPrintable(label->text()));
    QCOMPARE(password->accessibleName(), u"Access token"_s);

    auto *show = child<QToolButton>(dialog, u"showPasswordButton"_s);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(password->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(password->echoMode(), QLineEdit::Password);

    // The port's placeholder follows the security.
    auto *port = child<QLineEdit>(dialog, u"portLineEdit"_s);
    choose(child<QComboBox>(dialog, u"securityComboBox"_s), Smtp::Security::Tls);
    QVERIFY(port->placeholderText().contains(u"465"_s));
    choose(child<QComboBox>(dialog, u"securityComboBox"_s), Smtp::Security::StartTls);
    QVERIFY(port->placeholderText().contains(u"587"_s));
}

void ProfileDialogTest::directRouteDisablesServerFields()
{
    ProfileDialog *dialog = openDialog();
    typeInto(child<QLineEdit>(dialog, u"nameLineEdit"_s), u"Direct"_s);
    typeInto(child<QLineEdit>(dialog, u"senderAddressLineEdit"_s), u"me@example.org"_s);
    toggle(child<QRadioButton>(dialog, u"directRadioButton"_s));
    for (const QString &name : { u"hostLineEdit"_s, u"portLineEdit"_s, u"userLineEdit"_s, u"passwordLineEdit"_s })
        QVERIFY2(!child<QWidget>(dialog, name)->isEnabled(), qPrintable(name));
    QVERIFY(!child<QComboBox>(dialog, u"securityComboBox"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, u"testConnectionButton"_s)->isEnabled());

    QVERIFY(dialog->save()); // no server needed
    QCOMPARE(m_store->load(u"Direct"_s)->route, AccountProfile::Route::Direct);

    toggle(child<QRadioButton>(dialog, u"relayRadioButton"_s));
    QVERIFY(child<QLineEdit>(dialog, u"hostLineEdit"_s)->isEnabled());
}

void ProfileDialogTest::invalidInputRefusedAndKept_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("expected");

    const QString bad = u"ann@@example.org"_s;
    QTest::newRow("invalid address") << u"Work"_s << bad << u"smtp.example.org"_s << u"senderAddressErrorLabel"_s
                                     << AddressParser::parseMailbox(bad).error;
    QTest::newRow("no address") << u"Work"_s << QString() << u"smtp.example.org"_s << u"senderAddressErrorLabel"_s
                                << u"address"_s;
    QTest::newRow("no name") << QString() << u"ann@example.org"_s << u"smtp.example.org"_s << u"nameErrorLabel"_s
                             << u"needs a name"_s;
    QTest::newRow("no host for relay") << u"Work"_s << u"ann@example.org"_s << QString() << u"hostErrorLabel"_s
                                       << u"server"_s;
}

void ProfileDialogTest::invalidInputRefusedAndKept()
{
    QFETCH(QString, name);
    QFETCH(QString, address);
    QFETCH(QString, host);
    QFETCH(QString, errorLabel);
    QFETCH(QString, expected);
    QVERIFY(!expected.isEmpty());

    ProfileDialog *dialog = openDialog();
    QSignalSpy changed(dialog, &ProfileDialog::profilesChanged);
    typeInto(child<QLineEdit>(dialog, u"nameLineEdit"_s), name);
    typeInto(child<QLineEdit>(dialog, u"senderAddressLineEdit"_s), address);
    typeInto(child<QLineEdit>(dialog, u"hostLineEdit"_s), host);
    typeInto(child<QLineEdit>(dialog, u"passwordLineEdit"_s), u"pw"_s);

    QTest::mouseClick(child<QPushButton>(dialog, u"saveProfileButton"_s), Qt::LeftButton);
    auto *label = child<QLabel>(dialog, errorLabel);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(expected), qPrintable(label->text()));
    QVERIFY(child<QLabel>(dialog, u"statusLabel"_s)->text().contains(u"Not saved"_s));
    QVERIFY(m_store->names().isEmpty());
    QCOMPARE(changed.count(), 0);
    // Nothing lost: every field as typed, still a new profile with unsaved changes.
    QCOMPARE(child<QLineEdit>(dialog, u"nameLineEdit"_s)->text(), name);
    QCOMPARE(child<QLineEdit>(dialog, u"senderAddressLineEdit"_s)->text(), address);
    QCOMPARE(child<QLineEdit>(dialog, u"hostLineEdit"_s)->text(), host);
    QCOMPARE(child<QLineEdit>(dialog, u"passwordLineEdit"_s)->text(), u"pw"_s);
    QVERIFY(dialog->isModified());

    // Corrected, it saves, and the message goes away.
    if (name.isEmpty())
        typeInto(child<QLineEdit>(dialog, u"nameLineEdit"_s), u"Work"_s);
    if (errorLabel == u"senderAddressErrorLabel"_s)
        typeInto(child<QLineEdit>(dialog, u"senderAddressLineEdit"_s), u"ann@example.org"_s);
    if (host.isEmpty())
        typeInto(child<QLineEdit>(dialog, u"hostLineEdit"_s), u"smtp.example.org"_s);
    QVERIFY(dialog->save());
    QVERIFY(!label->isVisible());
    QVERIFY(m_store->contains(u"Work"_s));
}

void ProfileDialogTest::duplicateNameNeverOverwrites()
{
    const AccountProfile existing = seed(u"Work"_s, u"work-pw"_s);
    seed(u"Home"_s);
    ProfileDialog *dialog = openDialog();

    // A new profile with the name of an existing one.
    QTest::mouseClick(child<QToolButton>(dialog, u"addProfileButton"_s), Qt::LeftButton);
    fillValidProfile(u"Work"_s, u"other@example.org"_s);
    typeInto(child<QLineEdit>(dialog, u"passwordLineEdit"_s), u"other-pw"_s);
    QVERIFY(!dialog->save());
    auto *error = child<QLabel>(dialog, u"nameErrorLabel"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"already"_s), qPrintable(error->text()));
    QVERIFY(*m_store->load(u"Work"_s) == existing);
    QCOMPARE(m_store->names(), QStringList({ u"Home"_s, u"Work"_s }));
    QCOMPARE(child<QLineEdit>(dialog, u"senderAddressLineEdit"_s)->text(), u"other@example.org"_s);
    QCOMPARE(lookUp(*m_vault, existing).secret, u"work-pw"_s);

    // Renaming onto an existing name is refused the same way.
    typeInto(child<QLineEdit>(dialog, u"nameLineEdit"_s), u"Other"_s);
    QVERIFY(dialog->save());
    typeInto(child<QLineEdit>(dialog, u"nameLineEdit"_s), u"Home"_s);
    QVERIFY(!dialog->save());
    QVERIFY(error->text().contains(u"already"_s));
    QCOMPARE(m_store->names(), QStringList({ u"Home"_s, u"Other"_s, u"Work"_s }));
    QCOMPARE(m_store->load(u"Home"_s)->senderAddress, u"home@example.org"_s);
}

void ProfileDialogTest::duplicateCopiesSettingsAndPassword()
{
    AccountProfile original = seed(u"Work"_s, u"work-pw"_s);
    original.trustFingerprint(u"AA:BB:CC"_s);
    QVERIFY(m_store->save(original).ok());
    ProfileDialog *dialog = openDialog();
    QSignalSpy changed(dialog, &ProfileDialog::profilesChanged);

    QTest::mouseClick(child<QToolButton>(dialog, u"duplicateProfileButton"_s), Qt::LeftButton);
    const QString copyName = u"Work (copy)"_s;
    QCOMPARE(dialog->currentProfileName(), copyName);
    QCOMPARE(changed.count(), 1);
    const std::optional<AccountProfile> copy = m_store->load(copyName);
    QVERIFY(copy);
    QVERIFY(copy->id != original.id);
    AccountProfile expected = original;
    expected.id = copy->id;
    expected.name = copyName;
    QVERIFY(*copy == expected);
    QTRY_COMPARE(lookUp(*m_vault, *copy).secret, u"work-pw"_s);
    QCOMPARE(lookUp(*m_vault, *copy).source, PasswordLookup::Source::Keychain);
    QTRY_VERIFY(child<QLineEdit>(dialog, u"passwordLineEdit"_s)->placeholderText().contains(u"keychain"_s));
    // The original keeps its own.
    QCOMPARE(lookUp(*m_vault, original).secret, u"work-pw"_s);
}

void ProfileDialogTest::forgetPasswordOnPurpose()
{
    const AccountProfile work = seed(u"Work"_s, u"work-pw"_s);
    ProfileDialog *dialog = openDialog();
    clickProfile(child<QListWidget>(dialog, u"profileListWidget"_s), u"Work"_s);
    auto *forget = child<QAction>(dialog, u"forgetPasswordAction"_s);
    QVERIFY(forget);
    QTRY_VERIFY(forget->isVisible()); // once the vault has said where it is
    forget->trigger();
    QTRY_VERIFY(!lookUp(*m_vault, work).found());
    QTRY_VERIFY(!forget->isVisible());
    QVERIFY(m_store->contains(u"Work"_s)); // only the password goes
    QVERIFY(child<QLabel>(dialog, u"statusLabel"_s)->text().contains(u"forgotten"_s));
}

void ProfileDialogTest::removeAsksAndRemovesPassword()
{
    seed(u"Home"_s);
    const AccountProfile work = seed(u"Work"_s, u"work-pw"_s);
    ProfileDialog *dialog = openDialog();
    QSignalSpy changed(dialog, &ProfileDialog::profilesChanged);
    clickProfile(child<QListWidget>(dialog, u"profileListWidget"_s), u"Work"_s);
    QCOMPARE(dialog->currentProfileName(), u"Work"_s);

    QTest::mouseClick(child<QToolButton>(dialog, u"removeProfileButton"_s), Qt::LeftButton);
    QMessageBox *box = openBox(dialog, u"removeProfileMessageBox"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(u"Work"_s));
    clickIn(box, u"cancelRemoveButton"_s);
    QVERIFY(m_store->contains(u"Work"_s));
    QCOMPARE(changed.count(), 0);

    QTest::mouseClick(child<QToolButton>(dialog, u"removeProfileButton"_s), Qt::LeftButton);
    box = openBox(dialog, u"removeProfileMessageBox"_s);
    QVERIFY(box);
    clickIn(box, u"confirmRemoveButton"_s);
    QTRY_VERIFY(!m_store->contains(u"Work"_s));
    QCOMPARE(m_store->names(), QStringList({ u"Home"_s }));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(dialog->currentProfileName(), u"Home"_s);
    QTRY_COMPARE(readSecret(*m_keychain, work.secretKey()).status, SecretResult::Status::NotFound);
    QVERIFY(!lookUp(*m_vault, work).found());
}

void ProfileDialogTest::setDefault()
{
    seed(u"Alpha"_s);
    seed(u"Beta"_s);
    QCOMPARE(m_store->defaultProfileName(), u"Alpha"_s);
    ProfileDialog *dialog = openDialog();
    QSignalSpy changed(dialog, &ProfileDialog::profilesChanged);
    auto *list = child<QListWidget>(dialog, u"profileListWidget"_s);
    auto *setDefaultButton = child<QPushButton>(dialog, u"setDefaultButton"_s);
    QCOMPARE(dialog->currentProfileName(), u"Alpha"_s); // opens on the default
    QVERIFY(itemNamed(list, u"Alpha"_s)->font().bold());
    QVERIFY(!setDefaultButton->isEnabled());

    clickProfile(list, u"Beta"_s);
    QCOMPARE(dialog->currentProfileName(), u"Beta"_s);
    QVERIFY(setDefaultButton->isEnabled());
    QTest::mouseClick(setDefaultButton, Qt::LeftButton);
    QCOMPARE(m_store->defaultProfileName(), u"Beta"_s);
    QCOMPARE(changed.count(), 1);
    QVERIFY(itemNamed(list, u"Beta"_s)->font().bold());
    QVERIFY(itemNamed(list, u"Beta"_s)->data(Qt::AccessibleTextRole).toString().contains(u"default"_s));
    QVERIFY(!itemNamed(list, u"Alpha"_s)->font().bold());
    QVERIFY(!setDefaultButton->isEnabled());
}

void ProfileDialogTest::renameKeepsPasswordAndDefault()
{
    const AccountProfile work = seed(u"Work"_s, u"work-pw"_s);
    seed(u"Zed"_s);
    QVERIFY(m_store->setDefaultProfile(u"Work"_s));
    ProfileDialog *dialog = openDialog();
    QSignalSpy changed(dialog, &ProfileDialog::profilesChanged);
    typeInto(child<QLineEdit>(dialog, u"nameLineEdit"_s), u"Office"_s);
    typeInto(child<QLineEdit>(dialog, u"senderNameLineEdit"_s), u"Ann at the office"_s);
    QVERIFY(dialog->save());

    QVERIFY(changed.count() >= 1);
    QVERIFY(!m_store->contains(u"Work"_s));
    const std::optional<AccountProfile> office = m_store->load(u"Office"_s);
    QVERIFY(office);
    QCOMPARE(office->id, work.id);
    QCOMPARE(office->senderName, u"Ann at the office"_s);
    QCOMPARE(m_store->defaultProfileName(), u"Office"_s);
    QCOMPARE(m_store->names(), QStringList({ u"Office"_s, u"Zed"_s }));
    const PasswordLookup password = lookUp(*m_vault, *office);
    QCOMPARE(password.source, PasswordLookup::Source::Keychain);
    QCOMPARE(password.secret, u"work-pw"_s);
    QCOMPARE(child<QListWidget>(dialog, u"profileListWidget"_s)->currentItem()->text(), u"Office"_s);
}

void ProfileDialogTest::untouchedPasswordIsNotStoredAgain()
{
    const AccountProfile work = seed(u"Work"_s, u"work-pw"_s);
    ProfileDialog *dialog = openDialog();
    auto *password = child<QLineEdit>(dialog, u"passwordLineEdit"_s);
    QTRY_VERIFY(password->placeholderText().contains(u"keychain"_s));
    QVERIFY(password->text().isEmpty()); // never shown back

    // Change the keychain behind the dialog's back: a save that re-stored the field would undo it.
    QVERIFY(storePassword(*m_vault, work, u"changed-elsewhere"_s));
    typeInto(child<QLineEdit>(dialog, u"senderNameLineEdit"_s), u"New Name"_s);
    QVERIFY(dialog->save());
    QTest::qWait(50);
    QCOMPARE(readSecret(*m_keychain, work.secretKey()).secret, u"changed-elsewhere"_s);

    // Typing and then emptying the field is still "unchanged".
    typeInto(password, u"x"_s);
    QVERIFY(dialog->isModified());
    typeInto(password, QString());
    QVERIFY(!dialog->isModified());
}

void ProfileDialogTest::noKeychainKeepsPasswordUntilQuit()
{
    makeServices(new UnavailableSecretStore);
    ProfileDialog *dialog = openDialog();
    fillValidProfile(u"Work"_s, u"ann@example.org"_s);
    typeInto(child<QLineEdit>(dialog, u"passwordLineEdit"_s), u"session-pw"_s);
    QVERIFY(dialog->save());

    auto *status = child<QLabel>(dialog, u"statusLabel"_s);
    QTRY_VERIFY2(status->text().contains(u"kept only until Mailwright quits"_s), qPrintable(status->text()));
    QVERIFY(status->isVisible());
    QVERIFY(status->text().contains(u"settings file"_s)); // offers the opt-in
    QTRY_VERIFY(child<QLineEdit>(dialog, u"passwordLineEdit"_s)->placeholderText().contains(u"until Mailwright quits"_s));
    const AccountProfile work = *m_store->load(u"Work"_s);
    QCOMPARE(lookUp(*m_vault, work).source, PasswordLookup::Source::Memory);
    QVERIFY(m_store->settingsFilePassword(u"Work"_s).isEmpty());

    // Taking the offer moves the password typed earlier into the file, without typing it again.
    toggle(child<QCheckBox>(dialog, u"settingsFilePasswordCheckBox"_s));
    QVERIFY(dialog->save());
    QTRY_COMPARE(m_store->settingsFilePassword(u"Work"_s), u"session-pw"_s);
    QCOMPARE(m_store->load(u"Work"_s)->passwordStorage, AccountProfile::PasswordStorage::SettingsFile);
}

void ProfileDialogTest::settingsFileOptIn()
{
    ProfileDialog *dialog = openDialog();
    fillValidProfile(u"Work"_s, u"ann@example.org"_s);
    auto *checkBox = child<QCheckBox>(dialog, u"settingsFilePasswordCheckBox"_s);
    auto *warning = child<QLabel>(dialog, u"settingsFileWarningLabel"_s);
    QVERIFY(!checkBox->isChecked()); // the keychain by default
    QVERIFY(!warning->isVisible());
    toggle(checkBox);
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(u"not encrypted"_s));
    QVERIFY(warning->text().contains(u"keychain"_s));
    typeInto(child<QLineEdit>(dialog, u"passwordLineEdit"_s), u"file-pw"_s);
    QVERIFY(dialog->save());

    QTRY_COMPARE(m_store->settingsFilePassword(u"Work"_s), u"file-pw"_s);
    const AccountProfile work = *m_store->load(u"Work"_s);
    QCOMPARE(work.passwordStorage, AccountProfile::PasswordStorage::SettingsFile);
    QCOMPARE(readSecret(*m_keychain, work.secretKey()).status, SecretResult::Status::NotFound);
    QTRY_VERIFY(child<QLineEdit>(dialog, u"passwordLineEdit"_s)->placeholderText().contains(u"settings file"_s));
    const QFileDevice::Permissions permissions = QFileInfo(m_store->filePath()).permissions();
    QVERIFY(permissions.testFlag(QFileDevice::ReadOwner) && permissions.testFlag(QFileDevice::WriteOwner));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther | QFileDevice::ExeOwner;
    QCOMPARE(permissions & others, QFileDevice::Permissions());

    // Back to the keychain: the password moves along and leaves the file.
    toggle(checkBox);
    QVERIFY(dialog->save());
    QTRY_COMPARE(readSecret(*m_keychain, work.secretKey()).secret, u"file-pw"_s);
    QVERIFY(m_store->settingsFilePassword(u"Work"_s).isEmpty());
    QFile file(m_store->filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("file-pw"));
}

void ProfileDialogTest::pinnedFingerprintsListedAndRemovable()
{
    AccountProfile work = seed(u"Work"_s);
    work.trustFingerprint(u"AB:CD:EF:01"_s);
    work.trustFingerprint(u"12:34:56:78"_s);
    QVERIFY(m_store->save(work).ok());
    ProfileDialog *dialog = openDialog();
    auto *list = child<QListWidget>(dialog, u"fingerprintListWidget"_s);
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), u"ab:cd:ef:01"_s);
    QCOMPARE(list->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    auto *remove = child<QPushButton>(dialog, u"removeFingerprintButton"_s);
    QVERIFY(!remove->isEnabled()); // nothing selected

    list->setCurrentRow(0);
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(list->count(), 1);
    QVERIFY(dialog->isModified());
    QVERIFY(dialog->save());
    QCOMPARE(m_store->load(u"Work"_s)->trustedFingerprints, QStringList({ u"12:34:56:78"_s }));
}

void ProfileDialogTest::unsavedChangesOnSwitching()
{
    seed(u"Alpha"_s);
    seed(u"Beta"_s);
    ProfileDialog *dialog = openDialog();
    auto *list = child<QListWidget>(dialog, u"profileListWidget"_s);
    auto *senderName = child<QLineEdit>(dialog, u"senderNameLineEdit"_s);
    typeInto(senderName, u"Edited Alpha"_s);

    // Cancel: still on Alpha, the edit still there.
    clickProfile(list, u"Beta"_s);
    QMessageBox *box = openBox(dialog, u"unsavedChangesMessageBox"_s);
    QVERIFY(box);
    clickIn(box, u"cancelChangesButton"_s);
    QTRY_COMPARE(list->currentItem()->text(), u"Alpha"_s);
    QCOMPARE(dialog->currentProfileName(), u"Alpha"_s);
    QCOMPARE(senderName->text(), u"Edited Alpha"_s);

    // Discard: on to Beta, Alpha as it was.
    clickProfile(list, u"Beta"_s);
    box = openBox(dialog, u"unsavedChangesMessageBox"_s);
    QVERIFY(box);
    clickIn(box, u"discardChangesButton"_s);
    QCOMPARE(dialog->currentProfileName(), u"Beta"_s);
    QTRY_COMPARE(list->currentItem()->text(), u"Beta"_s);
    QCOMPARE(senderName->text(), u"Beta Sender"_s);
    QCOMPARE(m_store->load(u"Alpha"_s)->senderName, u"Alpha Sender"_s);

    // Save: stored, then on to Alpha.
    typeInto(senderName, u"Edited Beta"_s);
    clickProfile(list, u"Alpha"_s);
    box = openBox(dialog, u"unsavedChangesMessageBox"_s);
    QVERIFY(box);
    clickIn(box, u"saveChangesButton"_s);
    QCOMPARE(m_store->load(u"Beta"_s)->senderName, u"Edited Beta"_s);
    QCOMPARE(dialog->currentProfileName(), u"Alpha"_s);
    QTRY_COMPARE(list->currentItem()->text(), u"Alpha"_s);

    // Nothing changed: no question.
    clickProfile(list, u"Beta"_s);
    QCOMPARE(dialog->currentProfileName(), u"Beta"_s);
    QVERIFY(!openBox(dialog, u"unsavedChangesMessageBox"_s));
}

void ProfileDialogTest::unsavedChangesOnClosing()
{
    seed(u"Alpha"_s);
    ProfileDialog *dialog = openDialog();
    typeInto(child<QLineEdit>(dialog, u"hostLineEdit"_s), u"changed.example.org"_s);
    QVERIFY(dialog->isWindowModified());

    QTest::mouseClick(child<QPushButton>(dialog, u"closeProfilesButton"_s), Qt::LeftButton);
    QMessageBox *box = openBox(dialog, u"unsavedChangesMessageBox"_s);
    QVERIFY(box);
    clickIn(box, u"cancelChangesButton"_s);
    QVERIFY(dialog->isVisible());

    QTest::keyClick(dialog, Qt::Key_Escape); // Escape asks the same
    box = openBox(dialog, u"unsavedChangesMessageBox"_s);
    QVERIFY(box);
    clickIn(box, u"saveChangesButton"_s);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(m_store->load(u"Alpha"_s)->host, u"changed.example.org"_s);
}

void ProfileDialogTest::refusedSaveFromPromptKeepsEverything()
{
    seed(u"Alpha"_s);
    seed(u"Beta"_s);
    ProfileDialog *dialog = openDialog();
    auto *address = child<QLineEdit>(dialog, u"senderAddressLineEdit"_s);
    typeInto(address, u"not an address"_s);
    clickProfile(child<QListWidget>(dialog, u"profileListWidget"_s), u"Beta"_s);
    QMessageBox *box = openBox(dialog, u"unsavedChangesMessageBox"_s);
    QVERIFY(box);
    clickIn(box, u"saveChangesButton"_s);
    QCOMPARE(dialog->currentProfileName(), u"Alpha"_s);
    QCOMPARE(address->text(), u"not an address"_s);
    QVERIFY(child<QLabel>(dialog, u"senderAddressErrorLabel"_s)->isVisible());
    QCOMPARE(m_store->load(u"Alpha"_s)->senderAddress, u"alpha@example.org"_s);
    QTRY_COMPARE(child<QListWidget>(dialog, u"profileListWidget"_s)->currentItem()->text(), u"Alpha"_s);
}

void ProfileDialogTest::geometryRemembered()
{
    seed(u"Alpha"_s);
    ProfileDialog *dialog = openDialog();
    dialog->resize(990, 710);
    QTest::mouseClick(child<QPushButton>(dialog, u"closeProfilesButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QVERIFY(QSettings().contains(u"profileDialog/geometry"_s));

    ProfileDialog *again = openDialog();
    QCOMPARE(again->size(), QSize(990, 710));
}

void ProfileDialogTest::testConnectionUsesTypedValues()
{
    ScriptedSmtpServer server;
    server.setScript({ u"S: 220 test.example ESMTP"_s, u"C: EHLO *"_s, u"S: 250-test.example"_s,
                       u"S: 250 AUTH PLAIN LOGIN"_s,
                       // "\0ann\0typed-pw" in base64
                       u"C: AUTH PLAIN AGFubgB0eXBlZC1wdw=="_s, u"S: 235 2.7.0 Authenticated"_s });
    QVERIFY(server.start());

    ProfileDialog *dialog = openDialog();
    fillValidProfile(u"Unsaved"_s, u"ann@example.org"_s);
    typeInto(child<QLineEdit>(dialog, u"hostLineEdit"_s), u"127.0.0.1"_s);
    typeInto(child<QLineEdit>(dialog, u"portLineEdit"_s), QString::number(server.serverPort()));
    choose(child<QComboBox>(dialog, u"securityComboBox"_s), Smtp::Security::None);
    typeInto(child<QLineEdit>(dialog, u"userLineEdit"_s), u"ann"_s);
    typeInto(child<QLineEdit>(dialog, u"passwordLineEdit"_s), u"typed-pw"_s);
    toggle(child<QCheckBox>(dialog, u"allowPlainTextAuthCheckBox"_s));

    QTest::mouseClick(child<QPushButton>(dialog, u"testConnectionButton"_s), Qt::LeftButton);
    auto *test = dialog->findChild<ConnectionTestDialog *>();
    QVERIFY(test);
    QTRY_VERIFY(test->isVisible());
    QCOMPARE(test->profile().host, u"127.0.0.1"_s);
    QTRY_COMPARE_WITH_TIMEOUT(test->result().outcome, Smtp::Outcome::Verified, 10000);
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
    QVERIFY(m_store->names().isEmpty()); // tested, not saved
    QVERIFY(dialog->isModified());
}

void ProfileDialogTest::testConnectionUsesStoredPassword()
{
    ScriptedSmtpServer server;
    server.setScript({ u"S: 220 test.example ESMTP"_s, u"C: EHLO *"_s, u"S: 250-test.example"_s,
                       u"S: 250 AUTH PLAIN"_s,
                       // "\0work\0stored-pw" in base64
                       u"C: AUTH PLAIN AHdvcmsAc3RvcmVkLXB3"_s, u"S: 235 2.7.0 Authenticated"_s });
    QVERIFY(server.start());
    AccountProfile work = seed(u"Work"_s, u"stored-pw"_s);
    work.host = u"127.0.0.1"_s;
    work.port = server.serverPort();
    work.security = Smtp::Security::None;
    work.allowPlainTextAuth = true;
    QVERIFY(m_store->save(work).ok());

    ProfileDialog *dialog = openDialog();
    QTest::mouseClick(child<QPushButton>(dialog, u"testConnectionButton"_s), Qt::LeftButton);
    ConnectionTestDialog *test = nullptr;
    QTRY_VERIFY((test = dialog->findChild<ConnectionTestDialog *>()) != nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(test->result().outcome, Smtp::Outcome::Verified, 10000);
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
}

void ProfileDialogTest::trustedCertificateLandsInForm()
{
    QTcpServer closed; // a port nobody answers on once closed: the test fails fast
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    AccountProfile work = seed(u"Work"_s);
    work.host = u"127.0.0.1"_s;
    work.port = port;
    QVERIFY(m_store->save(work).ok());

    ProfileDialog *dialog = openDialog();
    typeInto(child<QLineEdit>(dialog, u"passwordLineEdit"_s), u"pw"_s);
    QTest::mouseClick(child<QPushButton>(dialog, u"testConnectionButton"_s), Qt::LeftButton);
    auto *test = dialog->findChild<ConnectionTestDialog *>();
    QVERIFY(test);
    // What the test dialog announces after the person trusted the certificate there.
    Q_EMIT test->certificateTrusted(u"DE:AD:BE:EF"_s);
    auto *list = child<QListWidget>(dialog, u"fingerprintListWidget"_s);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), u"de:ad:be:ef"_s);
    Q_EMIT test->certificateTrusted(u"de:ad:be:ef"_s); // no duplicates
    QCOMPARE(list->count(), 1);
    QVERIFY(dialog->isModified());
    QVERIFY(m_store->load(u"Work"_s)->trustedFingerprints.isEmpty()); // not saved behind the person's back
    test->close();
    QVERIFY(dialog->save());
    QCOMPARE(m_store->load(u"Work"_s)->trustedFingerprints, QStringList({ u"de:ad:be:ef"_s }));
}

void ProfileDialogTest::signsInWithAProviderAndOut()
{
    const QString oauth = qEnvironmentVariable("MAILWRIGHT_TEST_OAUTH_URL");
    if (oauth.isEmpty())
        QSKIP("MAILWRIGHT_TEST_OAUTH_URL not set: start tools/testenv (tools/test.sh does)");
    // The "browser": follows the authorization page's redirect to Mailwright's loopback listener.
    TestBrowser browser;
    QDesktopServices::setUrlHandler(u"http"_s, &browser, "openUrl");
    const auto restore = qScopeGuard([] { QDesktopServices::unsetUrlHandler(u"http"_s); });

    ProfileDialog *dialog = openDialog();
    fillValidProfile(u"Company"_s, u"ann@company.example"_s);
    choose(child<QComboBox>(dialog, u"authComboBox"_s), OAuthSettings::Provider::Custom);
    QVERIFY(!child<QLineEdit>(dialog, u"passwordLineEdit"_s)->isVisible()); // no password for a sign-in
    auto *signIn = child<QPushButton>(dialog, u"signInButton"_s);
    QVERIFY(signIn->isVisible());
    QVERIFY(!signIn->isEnabled()); // no endpoints yet: what is missing is said instead
    QVERIFY(child<QLabel>(dialog, u"signInProblemLabel"_s)->text().contains(u"endpoints"_s));
    QVERIFY(child<QLineEdit>(dialog, u"oauthTokenUrlLineEdit"_s)->isVisible()); // opened for a custom provider
    typeInto(child<QLineEdit>(dialog, u"oauthClientIdLineEdit"_s), u"mailwright-test-gui"_s);
    typeInto(child<QLineEdit>(dialog, u"oauthAuthorizationUrlLineEdit"_s), oauth + u"/authorize"_s);
    typeInto(child<QLineEdit>(dialog, u"oauthTokenUrlLineEdit"_s), oauth + u"/token"_s);
    typeInto(child<QLineEdit>(dialog, u"oauthScopesLineEdit"_s), u"mail offline_access openid email"_s);
    QVERIFY(signIn->isEnabled());
    QCOMPARE(signIn->text(), u"Sign &In with 127.0.0.1…"_s);

    // Signing in saves the profile first (the sign-in is kept with it), then the browser.
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_VERIFY(m_store->contains(u"Company"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->findChild<SignInDialog *>() || !dialog->findChild<SignInDialog *>()->isVisible(), 10000);
    QCOMPARE(browser.visits(), 1);
    const QString account = qEnvironmentVariable("MAILWRIGHT_TEST_SMTP_USER");
    QTRY_VERIFY(child<QLabel>(dialog, u"signInStatusLabel"_s)->text().startsWith(u"Signed in as %1 since"_s.arg(account)));
    const AccountProfile stored = *m_store->load(u"Company"_s);
    QCOMPARE(stored.oauth.provider, OAuthSettings::Provider::Custom);
    QCOMPARE(stored.oauth.account, account);
    QVERIFY(stored.oauth.signedInAt.isValid());
    QCOMPARE(stored.user, account); // the signed-in account logs in
    QVERIFY(lookUp(*m_vault, stored).secret.contains(u"mw-rt-"_s)); // the tokens, in the keychain
    QFile settingsFile(m_store->filePath());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QVERIFY(!settingsFile.readAll().contains("mw-rt-")); // never in the settings file
    QVERIFY(!dialog->isModified());

    // Signing out forgets the tokens and says so.
    auto *signOut = child<QPushButton>(dialog, u"signOutButton"_s);
    QVERIFY(signOut->isVisible());
    QTest::mouseClick(signOut, Qt::LeftButton);
    QTRY_COMPARE(child<QLabel>(dialog, u"signInStatusLabel"_s)->text(), u"Not signed in."_s);
    QTRY_VERIFY(!lookUp(*m_vault, stored).found());
    QVERIFY(!m_store->load(u"Company"_s)->oauth.signedInAt.isValid());
}

void ProfileDialogTest::switchingToASignInForgetsThePassword()
{
    const AccountProfile work = seed(u"Work"_s, u"old-password"_s);
    ProfileDialog *dialog = openDialog();
    choose(child<QComboBox>(dialog, u"authComboBox"_s), OAuthSettings::Provider::Microsoft);
    QVERIFY(dialog->isModified());
    QVERIFY(dialog->save());
    QCOMPARE(m_store->load(u"Work"_s)->oauth.provider, OAuthSettings::Provider::Microsoft);
    QTRY_VERIFY(!lookUp(*m_vault, work).found()); // a password is no sign-in
    // And back: the Microsoft settings go with it.
    choose(child<QComboBox>(dialog, u"authComboBox"_s), Smtp::AuthMethod::Auto);
    QVERIFY(dialog->save());
    QVERIFY(!m_store->load(u"Work"_s)->usesOAuth());
}

QTEST_MAIN(ProfileDialogTest)
#include "ProfileDialogTest.moc"
