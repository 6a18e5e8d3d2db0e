#pragma once

#include "account/AccountProfile.h"
#include "account/PasswordVault.h"

#include <QDialog>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

class AppServices;
class ProfileStore;
class SignInPanel;
class QFormLayout;
class QLabel;
class QAction;
class QListWidgetItem;

namespace Ui {
class ProfileDialog;
}

// "Account → Manage Profiles…": the list of saved profiles on the left, an editor for the
// selected one on the right. Reads and writes through ProfileStore and PasswordVault only; the
// dialog never decides where a password lives. Emits profilesChanged() after every change that
// reached the store (save, rename, duplicate, remove, default), so the composer can refresh its
// From choices. Open it with open(); every question it asks is window-modal and asynchronous.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    // services: not owned; it must outlive the dialog.
    explicit ProfileDialog(AppServices *services, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    // Shows that profile in the editor, asking first about unsaved changes as a click would.
    void selectProfile(const QString &name);

    // The name the edited profile has in the store; empty for a new, not yet saved one.
    QString currentProfileName() const;
    // The form differs from what is stored, or a new password was typed.
    bool isModified() const;

public Q_SLOTS:
    // Saves the form. False when validation refused it (the reasons are shown next to the fields)
    // or the store failed; the password, if typed, is stored asynchronously afterwards.
    bool save();
    // Close and Escape: asks about unsaved changes first.
    void reject() override;

Q_SIGNALS:
    void profilesChanged();

protected:
    void done(int result) override;
    void changeEvent(QEvent *event) override;

private:
    enum class StatusKind {
        Info,
        Problem,
    };

    void retranslate();
    void reloadList(const QString &selectName);
    QListWidgetItem *itemForEditor() const;
    void onCurrentItemChanged(QListWidgetItem *current, QListWidgetItem *previous);
    // Runs `proceed` at once when nothing is unsaved; otherwise asks Save / Discard / Cancel and
    // runs it after a successful save or a discard.
    void confirmUnsaved(const std::function<void()> &proceed);
    void showProfile(const QString &name);
    void discardChanges();

    void addProfile();
    void startNewProfile();
    void duplicateProfile();
    void duplicateStored();
    void removeProfile();
    void removeStored(const QString &name);
    void setDefaultProfile();
    void testConnection();
    void signIn(); // saves the form first when it must
    void signOut();
    OAuthSettings::Provider formProvider() const; // chosen in the authentication box
    void removeFingerprint();
    void addFingerprint(const QString &sha256);

    // Stores the form (rename, then save), then the typed password; `then` runs once the profile
    // itself is stored. A change of password storage without a new password moves the existing
    // one, which is why this may wait for a lookup first.
    bool saveThen(const std::function<void()> &then);
    bool commit(const AccountProfile &profile, const QString &password, const std::function<void()> &then);
    void storePassword(const AccountProfile &profile, const QString &password);
    bool validate();

    AccountProfile profileFromForm() const;
    void populateForm(const AccountProfile &profile);
    void lookUpPassword();
    void forgetPassword();
    void showPasswordState(PasswordLookup::Source source, bool keychainUsable);

    void senderAddressFinished();
    void applyPreset(bool showErrors);
    void updateDependentWidgets();
    void updateButtons();
    void updatePendingItem();
    void applyColours();
    bool hasProfile() const { return m_isNew || !m_loaded.id.isEmpty(); }

    void showFieldError(QLabel *label, const QString &text);
    void clearFieldErrors();
    void showStatus(const QString &text, StatusKind kind);
    void setRowShown(QWidget *field, bool shown);

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    AppServices *m_services = nullptr;
    ProfileStore *m_store = nullptr;
    QPointer<PasswordVault> m_passwords;

    AccountProfile m_loaded; // the profile in the editor as stored (defaults for a new one)
    bool m_isNew = false;
    bool m_passwordEdited = false; // the field holds a typed password, not "unchanged"
    bool m_busy = false; // a save waits for a password lookup
    PasswordLookup::Source m_passwordSource = PasswordLookup::Source::None;
    QAction *m_forgetPasswordAction = nullptr; // in the password field, while one is stored
    SignInPanel *m_signInPanel = nullptr; // the sign-in row, for OAuth profiles
    bool m_keychainUsable = true;
    quint64 m_passwordRequest = 0; // ignores answers to superseded lookups and stores
    QString m_presetHost; // the host a provider preset filled in, replaced when the address changes
    QString m_presetUser; // the user name a preset derived from the address
    QTimer m_presetTimer; // debounces typing in the address field
    QString m_defaultName; // as of the last reloadList()
    QPointer<QDialog> m_question; // the open Save/Discard or Remove question, one at a time
};
