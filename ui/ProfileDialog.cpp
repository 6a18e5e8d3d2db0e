#include "ProfileDialog.h"
#include "ui_ProfileDialog.h"

#include "ConnectionTestDialog.h"
#include "SignInDialog.h"
#include "SignInPanel.h"
#include "ThemedIcon.h"
#include "account/ProfileStore.h"
#include "account/ProviderPresets.h"
#include "address/AddressParser.h"
#include "smtp/Fingerprint.h"
#include "smtp/ServerSettings.h"
#include "send/AppServices.h"
#include "send/OAuthAccount.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QIntValidator>
#include <QListWidget>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace {

constexpr int NameRole = Qt::UserRole; // the stored name; empty on the new, unsaved profile
constexpr int NewRole = Qt::UserRole + 1;

const QString geometryKey = u"profileDialog/geometry"_s;
const QString splitterKey = u"profileDialog/splitter"_s;

// Readable on light and dark window colours alike (the same red as CertificateDialog).
QColor problemColour(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xff, 0x85, 0x80) : QColor(0xb8, 0x1d, 0x24);
}

// Amber rather than red: these are consequences the person chose, not mistakes.
QColor warningColour(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xff, 0xc1, 0x5c) : QColor(0x8a, 0x4b, 0x00);
}

void setTextColour(QWidget *widget, const QColor &colour)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, colour);
    widget->setPalette(palette);
}

// Keeps names in the list aligned whether or not the row carries the default star.
QIcon blankIcon(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    return QIcon(pixmap);
}

// 95 characters of hex and colons rarely fit: the tooltip shows the whole one.
void addFingerprintItem(QListWidget *list, const QString &fingerprint)
{
    auto *item = new QListWidgetItem(fingerprint, list);
    item->setToolTip(fingerprint);
}

} // namespace

ProfileDialog::ProfileDialog(AppServices *services, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
    , m_services(services)
    , m_store(services->profiles())
    , m_passwords(services->passwords())
{
    setObjectName(u"profileDialog"_s);
    m_ui->setupUi(this);

    QPushButton *saveButton = m_ui->buttonBox->button(QDialogButtonBox::Save);
    QPushButton *closeButton = m_ui->buttonBox->button(QDialogButtonBox::Close);
    // Not "closeButton": the connection test dialog, a child of this one, has one.
    saveButton->setObjectName(u"saveProfileButton"_s);
    closeButton->setObjectName(u"closeProfilesButton"_s);
    saveButton->setIcon(ThemedIcon::themed(u"save"_s));

    m_ui->addProfileButton->setIcon(ThemedIcon::themed(u"add"_s));
    m_ui->duplicateProfileButton->setIcon(ThemedIcon::themed(u"copy"_s));
    m_ui->removeProfileButton->setIcon(ThemedIcon::themed(u"remove"_s));
    m_ui->setDefaultButton->setIcon(ThemedIcon::themed(u"star"_s));
    m_ui->removeFingerprintButton->setIcon(ThemedIcon::themed(u"remove"_s));
    m_ui->showPasswordButton->setIcon(ThemedIcon::themed(u"show-password"_s));

    m_ui->portLineEdit->setValidator(new QIntValidator(0, 65535, m_ui->portLineEdit));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->fingerprintListWidget->setFont(fixed);
    m_ui->signatureHtmlTextEdit->setFont(fixed);

    for (const Smtp::Security security : { Smtp::Security::None, Smtp::Security::StartTls, Smtp::Security::Tls })
        m_ui->securityComboBox->addItem(QString(), QVariant::fromValue(security));
    for (const Smtp::AuthMethod auth : { Smtp::AuthMethod::Auto, Smtp::AuthMethod::Plain, Smtp::AuthMethod::Login,
                                         Smtp::AuthMethod::CramMd5, Smtp::AuthMethod::XOAuth2, Smtp::AuthMethod::None })
        m_ui->authComboBox->addItem(QString(), QVariant::fromValue(auth));
    // Signing in with a provider is offered in the same box: a person chooses how to log in once.
    for (const OAuthSettings::Provider provider :
        { OAuthSettings::Provider::Microsoft, OAuthSettings::Provider::Google, OAuthSettings::Provider::Custom })
        m_ui->authComboBox->addItem(QString(), QVariant::fromValue(provider));
    m_signInPanel = new SignInPanel(this);
    m_signInPanel->setObjectName(u"signInPanel"_s);
    int authRow = -1;
    QFormLayout::ItemRole authRole;
    m_ui->serverFormLayout->getWidgetPosition(m_ui->authComboBox, &authRow, &authRole);
    m_ui->serverFormLayout->insertRow(authRow + 1, tr("Sign-in:"), m_signInPanel);
    connect(m_signInPanel, &SignInPanel::edited, this, [this] {
        updateDependentWidgets();
        updateButtons();
    });
    connect(m_signInPanel, &SignInPanel::signInRequested, this, &ProfileDialog::signIn);
    connect(m_signInPanel, &SignInPanel::signOutRequested, this, &ProfileDialog::signOut);

    m_ui->profileSplitter->setStretchFactor(1, 1);
    m_presetTimer.setSingleShot(true);
    m_presetTimer.setInterval(700);

    connect(m_ui->profileListWidget, &QListWidget::currentItemChanged, this, &ProfileDialog::onCurrentItemChanged);
    connect(m_ui->addProfileButton, &QToolButton::clicked, this, &ProfileDialog::addProfile);
    connect(m_ui->duplicateProfileButton, &QToolButton::clicked, this, &ProfileDialog::duplicateProfile);
    connect(m_ui->removeProfileButton, &QToolButton::clicked, this, &ProfileDialog::removeProfile);
    connect(m_ui->setDefaultButton, &QPushButton::clicked, this, &ProfileDialog::setDefaultProfile);
    connect(m_ui->removeFingerprintButton, &QPushButton::clicked, this, &ProfileDialog::removeFingerprint);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    // Save keeps the dialog open; only Close (reject) ends it.
    connect(saveButton, &QPushButton::clicked, this, &ProfileDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);

    connect(m_ui->senderAddressLineEdit, &QLineEdit::editingFinished, this, &ProfileDialog::senderAddressFinished);
    connect(m_ui->senderAddressLineEdit, &QLineEdit::textEdited, &m_presetTimer, qOverload<>(&QTimer::start));
    connect(&m_presetTimer, &QTimer::timeout, this, [this] { applyPreset(false); });
    connect(m_ui->passwordLineEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        // An emptied field means "keep what is stored", as if never touched.
        m_passwordEdited = !text.isEmpty();
        updateButtons();
    });
    // A stored password can be removed on purpose (a shared machine, a revoked app password);
    // an emptied field only means "keep what is stored".
    m_forgetPasswordAction
        = m_ui->passwordLineEdit->addAction(ThemedIcon::themed(u"clear"_s), QLineEdit::TrailingPosition);
    m_forgetPasswordAction->setObjectName(u"forgetPasswordAction"_s);
    m_forgetPasswordAction->setVisible(false);
    connect(m_forgetPasswordAction, &QAction::triggered, this, &ProfileDialog::forgetPassword);
    connect(m_ui->showPasswordButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->passwordLineEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showPasswordButton->setIcon(ThemedIcon::themed(shown ? u"hide-password"_s : u"show-password"_s));
        updateDependentWidgets();
    });
    connect(m_ui->fingerprintListWidget, &QListWidget::currentRowChanged, this, &ProfileDialog::updateButtons);
    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, &ProfileDialog::updatePendingItem);

    const auto changed = [this] {
        updateDependentWidgets();
        updateButtons();
    };
    for (QLineEdit *edit : { m_ui->nameLineEdit, m_ui->senderNameLineEdit, m_ui->senderAddressLineEdit,
                             m_ui->hostLineEdit, m_ui->portLineEdit, m_ui->userLineEdit, m_ui->ehloLineEdit })
        connect(edit, &QLineEdit::textChanged, this, changed);
    for (QComboBox *combo : { m_ui->securityComboBox, m_ui->authComboBox })
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    for (QAbstractButton *button : { static_cast<QAbstractButton *>(m_ui->relayRadioButton),
                                     static_cast<QAbstractButton *>(m_ui->allowPlainTextAuthCheckBox),
                                     static_cast<QAbstractButton *>(m_ui->settingsFilePasswordCheckBox) })
        connect(button, &QAbstractButton::toggled, this, changed);
    for (QPlainTextEdit *edit : { m_ui->signaturePlainTextEdit, m_ui->signatureHtmlTextEdit })
        connect(edit, &QPlainTextEdit::textChanged, this, changed);
    connect(m_ui->timeoutSpinBox, &QSpinBox::valueChanged, this, changed);

    applyColours();
    showStatus(QString(), StatusKind::Info);
    clearFieldErrors();

    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(880, 640);
    if (!m_ui->profileSplitter->restoreState(settings.value(splitterKey).toByteArray()))
        m_ui->profileSplitter->setSizes({ 220, 660 });

    const QString first = m_store->defaultProfileName();
    if (first.isEmpty())
        startNewProfile(); // first run: straight to the form
    else
        showProfile(first);
    retranslate();
}

ProfileDialog::~ProfileDialog()
{
    // ~QDialog hides the dialog, and hiding moves the focus: a focused senderAddressLineEdit
    // emits editingFinished into senderAddressFinished() of an object that is no longer a
    // ProfileDialog (UBSan: downcast of a QDialog). Cut every child's connection to this first.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

void ProfileDialog::selectProfile(const QString &name)
{
    if (!m_store->contains(name) || (!m_isNew && name == m_loaded.name))
        return;
    confirmUnsaved([this, name] { showProfile(name); });
}

QString ProfileDialog::currentProfileName() const
{
    return m_isNew ? QString() : m_loaded.name;
}

bool ProfileDialog::isModified() const
{
    return hasProfile() && (m_passwordEdited || profileFromForm() != m_loaded);
}

// ---- list ----------------------------------------------------------------------------------

void ProfileDialog::reloadList(const QString &selectName)
{
    QListWidget *list = m_ui->profileListWidget;
    const QSignalBlocker blocker(list);
    list->clear();
    m_defaultName = m_store->defaultProfileName();
    const int iconSize = list->iconSize().isValid() ? list->iconSize().height() : 16;
    const QIcon blank = blankIcon(qMax(iconSize, 16));
    QListWidgetItem *selected = nullptr;
    const QStringList names = m_store->names();
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name, list);
        item->setData(NameRole, name);
        if (name == m_defaultName) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            item->setIcon(ThemedIcon::themed(u"star"_s));
            item->setToolTip(tr("The default profile: new messages are sent from it"));
            item->setData(Qt::AccessibleTextRole, tr("%1 (default)").arg(name));
        } else {
            item->setIcon(blank);
        }
        if (!m_isNew && name == selectName)
            selected = item;
    }
    if (m_isNew) {
        auto *item = new QListWidgetItem(list);
        item->setData(NewRole, true);
        item->setIcon(blank);
        QFont font = item->font();
        font.setItalic(true);
        item->setFont(font);
        item->setToolTip(tr("Not saved yet"));
        selected = item;
        updatePendingItem();
    }
    list->setCurrentItem(selected);
}

void ProfileDialog::updatePendingItem()
{
    QListWidgetItem *item = m_isNew ? itemForEditor() : nullptr;
    if (!item)
        return;
    const QString name = m_ui->nameLineEdit->text().trimmed();
    item->setText(name.isEmpty() ? tr("New Profile") : name);
    item->setData(Qt::AccessibleTextRole, tr("%1 (not saved)").arg(item->text()));
}

QListWidgetItem *ProfileDialog::itemForEditor() const
{
    const QListWidget *list = m_ui->profileListWidget;
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        if (m_isNew ? item->data(NewRole).toBool()
                    : (!m_loaded.id.isEmpty() && item->data(NameRole).toString() == m_loaded.name))
            return item;
    }
    return nullptr;
}

void ProfileDialog::onCurrentItemChanged(QListWidgetItem *current, QListWidgetItem *)
{
    QListWidgetItem *editorItem = itemForEditor();
    if (!current || current == editorItem)
        return;
    const QString target = current->data(NameRole).toString();
    // The list keeps showing the profile being edited until the person has decided about its
    // changes. Deferred: a mouse press goes on to select the clicked row after this signal.
    QTimer::singleShot(0, this, [this] {
        const QSignalBlocker blocker(m_ui->profileListWidget);
        if (QListWidgetItem *item = itemForEditor())
            m_ui->profileListWidget->setCurrentItem(item);
    });
    if (target.isEmpty() || m_question)
        return;
    confirmUnsaved([this, target] { showProfile(target); });
}

void ProfileDialog::confirmUnsaved(const std::function<void()> &proceed)
{
    if (m_question)
        return;
    if (!isModified()) {
        if (m_isNew)
            discardChanges(); // an untouched new profile is not worth a question
        proceed();
        return;
    }
    const QString name = m_ui->nameLineEdit->text().trimmed();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved Changes"),
        m_isNew ? tr("Save the new profile “%1”?").arg(name) : tr("Save the changes to “%1”?").arg(m_loaded.name),
        QMessageBox::NoButton, this);
    box->setObjectName(u"unsavedChangesMessageBox"_s);
    box->setInformativeText(tr("Discarded changes are lost."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *saveButton = box->addButton(QMessageBox::Save);
    saveButton->setObjectName(u"saveChangesButton"_s);
    QPushButton *discardButton = box->addButton(QMessageBox::Discard);
    discardButton->setObjectName(u"discardChangesButton"_s);
    QPushButton *cancelButton = box->addButton(QMessageBox::Cancel);
    cancelButton->setObjectName(u"cancelChangesButton"_s);
    box->setDefaultButton(saveButton);
    box->setEscapeButton(cancelButton);
    connect(box, &QMessageBox::finished, this, [this, box, saveButton, discardButton, proceed] {
        m_question = nullptr; // answered; the box itself goes later (WA_DeleteOnClose)
        const QAbstractButton *clicked = box->clickedButton();
        if (clicked == saveButton) {
            saveThen(proceed); // refused: the form stays, the reasons shown next to the fields
        } else if (clicked == discardButton) {
            discardChanges();
            proceed();
        }
    });
    m_question = box;
    box->open();
}

void ProfileDialog::showProfile(const QString &name)
{
    const std::optional<AccountProfile> profile = m_store->load(name);
    if (!profile)
        return;
    m_isNew = false;
    m_loaded = *profile;
    reloadList(name);
    populateForm(m_loaded);
    clearFieldErrors();
    lookUpPassword();
    updateButtons();
}

void ProfileDialog::discardChanges()
{
    if (m_isNew) {
        m_isNew = false;
        m_loaded = AccountProfile();
        reloadList(QString());
        populateForm(m_loaded);
    } else {
        populateForm(m_loaded);
        lookUpPassword();
    }
    clearFieldErrors();
    updateButtons();
}

// ---- list buttons --------------------------------------------------------------------------

void ProfileDialog::addProfile()
{
    confirmUnsaved([this] { startNewProfile(); });
}

void ProfileDialog::startNewProfile()
{
    AccountProfile profile;
    profile.name = m_store->uniqueName(tr("New Profile"));
    m_isNew = true;
    m_loaded = profile;
    reloadList(QString());
    populateForm(profile);
    clearFieldErrors();
    lookUpPassword();
    m_ui->editorTabWidget->setCurrentWidget(m_ui->serverTab);
    m_ui->nameLineEdit->setFocus();
    m_ui->nameLineEdit->selectAll();
    updateButtons();
}

void ProfileDialog::duplicateProfile()
{
    if (m_isNew || m_loaded.id.isEmpty())
        return;
    // The copy is made from the store, so what is in the form is saved (or dropped) first.
    confirmUnsaved([this] { duplicateStored(); });
}

void ProfileDialog::duplicateStored()
{
    const std::optional<AccountProfile> original = m_store->load(m_loaded.name);
    if (!original)
        return;
    const QString newName = m_store->uniqueName(tr("%1 (copy)").arg(original->name));
    const ProfileStoreResult result = m_store->duplicate(original->name, newName);
    if (!result.ok()) {
        showStatus(result.error, StatusKind::Problem);
        return;
    }
    showProfile(newName);
    showStatus(tr("“%1” is a copy of “%2”.").arg(newName, original->name), StatusKind::Info);
    if (m_passwords) {
        const QString id = result.profile.id;
        m_passwords->copy(*original, result.profile, this, [this, id, newName](const PasswordStoreResult &copied) {
            if (!copied.ok())
                showStatus(tr("“%1”: %2").arg(newName, copied.message), StatusKind::Problem);
            if (id == m_loaded.id && !m_passwordEdited)
                lookUpPassword(); // the lookup showProfile() made ran before the copy landed
        });
    }
    Q_EMIT profilesChanged();
}

void ProfileDialog::removeProfile()
{
    if (m_question)
        return;
    if (m_isNew) {
        // Never saved: nothing to delete but the form.
        discardChanges();
        if (!m_defaultName.isEmpty())
            showProfile(m_defaultName);
        return;
    }
    if (m_loaded.id.isEmpty())
        return;
    const QString name = m_loaded.name;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Profile"),
        tr("Remove the profile “%1”?").arg(name), QMessageBox::NoButton, this);
    box->setObjectName(u"removeProfileMessageBox"_s);
    box->setInformativeText(tr("Its settings and its stored password are deleted. This cannot be undone."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *removeButton = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    removeButton->setObjectName(u"confirmRemoveButton"_s);
    QPushButton *cancelButton = box->addButton(QMessageBox::Cancel);
    cancelButton->setObjectName(u"cancelRemoveButton"_s);
    box->setDefaultButton(cancelButton);
    box->setEscapeButton(cancelButton);
    connect(box, &QMessageBox::finished, this, [this, box, removeButton, name] {
        m_question = nullptr;
        if (box->clickedButton() == removeButton)
            removeStored(name);
    });
    m_question = box;
    box->open();
}

void ProfileDialog::removeStored(const QString &name)
{
    const std::optional<AccountProfile> profile = m_store->load(name);
    if (!profile)
        return;
    if (!m_store->remove(name)) {
        showStatus(tr("The profile “%1” could not be removed from %2.").arg(name, m_store->filePath()),
                   StatusKind::Problem);
        return;
    }
    // The keychain entry is keyed by id, so it can go after the profile itself.
    if (m_passwords) {
        m_passwords->forget(*profile, this, [this, name](const PasswordStoreResult &forgotten) {
            if (!forgotten.ok())
                showStatus(tr("“%1”: %2").arg(name, forgotten.message), StatusKind::Problem);
        });
    }
    m_isNew = false;
    m_loaded = AccountProfile();
    const QString next = m_store->defaultProfileName();
    if (next.isEmpty()) {
        reloadList(QString());
        populateForm(m_loaded);
        lookUpPassword();
        updateButtons();
    } else {
        showProfile(next);
    }
    showStatus(tr("Removed “%1”.").arg(name), StatusKind::Info);
    Q_EMIT profilesChanged();
}

void ProfileDialog::setDefaultProfile()
{
    if (m_isNew || m_loaded.id.isEmpty())
        return;
    if (!m_store->setDefaultProfile(m_loaded.name)) {
        showStatus(tr("The default profile could not be saved to %1.").arg(m_store->filePath()), StatusKind::Problem);
        return;
    }
    reloadList(m_loaded.name);
    updateButtons();
    Q_EMIT profilesChanged();
}

// ---- saving --------------------------------------------------------------------------------

bool ProfileDialog::save()
{
    return saveThen({});
}

bool ProfileDialog::validate()
{
    clearFieldErrors();
    QWidget *firstInvalid = nullptr;
    const auto refuse = [&firstInvalid](QWidget *field) {
        if (!firstInvalid)
            firstInvalid = field;
    };

    const QString name = m_ui->nameLineEdit->text().trimmed();
    if (name.isEmpty()) {
        showFieldError(m_ui->nameErrorLabel, tr("A profile needs a name."));
        refuse(m_ui->nameLineEdit);
    } else if ((m_isNew || name != m_loaded.name) && m_store->contains(name)) {
        showFieldError(m_ui->nameErrorLabel, tr("There is already a profile called “%1”.").arg(name));
        refuse(m_ui->nameLineEdit);
    }

    const QString address = m_ui->senderAddressLineEdit->text().trimmed();
    if (address.isEmpty()) {
        showFieldError(m_ui->senderAddressErrorLabel, tr("Enter the address you send from."));
        refuse(m_ui->senderAddressLineEdit);
    } else if (const MailboxParse parsed = AddressParser::parseMailbox(address); !parsed.ok()) {
        showFieldError(m_ui->senderAddressErrorLabel, tr("This is not a valid address: %1").arg(parsed.error));
        refuse(m_ui->senderAddressLineEdit);
    }

    if (m_ui->relayRadioButton->isChecked()) {
        if (m_ui->hostLineEdit->text().trimmed().isEmpty()) {
            showFieldError(m_ui->hostErrorLabel,
                           tr("Enter the outgoing (SMTP) server, or choose to deliver directly."));
            refuse(m_ui->hostLineEdit);
        }
        const QString portText = m_ui->portLineEdit->text().trimmed();
        bool ok = true;
        const uint port = portText.isEmpty() ? 0 : portText.toUInt(&ok);
        if (!ok || port > 65535) {
            showFieldError(m_ui->portErrorLabel, tr("A port is a number up to 65535; leave it empty for the usual one."));
            refuse(m_ui->portLineEdit);
        }
    }

    if (!firstInvalid)
        return true;
    if (m_ui->serverTab->isAncestorOf(firstInvalid))
        m_ui->editorTabWidget->setCurrentWidget(m_ui->serverTab);
    firstInvalid->setFocus();
    showStatus(tr("Not saved: please correct the marked fields."), StatusKind::Problem);
    return false;
}

bool ProfileDialog::saveThen(const std::function<void()> &then)
{
    if (m_busy || !hasProfile() || !validate())
        return false;
    const AccountProfile profile = profileFromForm();
    const QString typed = m_passwordEdited ? m_ui->passwordLineEdit->text() : QString();
    const bool moveStored = !m_isNew && typed.isEmpty() && m_passwords
        && profile.passwordStorage != m_loaded.passwordStorage;
    if (!moveStored)
        return commit(profile, typed, then);

    // Saving with the other storage erases the settings-file copy, so read the password first
    // and store it again in its new place.
    m_busy = true;
    updateButtons();
    m_passwords->lookup(m_loaded, this, [this, profile, then](const PasswordLookup &found) {
        m_busy = false;
        commit(profile, found.found() ? found.secret : QString(), then);
        updateButtons();
    });
    return true;
}

bool ProfileDialog::commit(const AccountProfile &profile, const QString &password, const std::function<void()> &then)
{
    // ProfileStore::rename moves the default along; save() then writes every other field under
    // the same id (so the keychain key, "profile/<id>", stays put).
    if (!m_isNew && profile.name != m_loaded.name) {
        const ProfileStoreResult renamed = m_store->rename(m_loaded.name, profile.name);
        if (!renamed.ok()) {
            showFieldError(m_ui->nameErrorLabel, renamed.error);
            showStatus(tr("Not saved: please correct the marked fields."), StatusKind::Problem);
            return false;
        }
        m_loaded.name = profile.name;
        Q_EMIT profilesChanged();
    }
    const bool kindChanged = !m_isNew && m_loaded.oauth.provider != profile.oauth.provider;
    const ProfileStoreResult result = m_store->save(profile);
    if (!result.ok()) {
        showStatus(result.error, StatusKind::Problem);
        reloadList(m_loaded.name);
        updateButtons();
        return false;
    }
    // A password is no sign-in and one provider's sign-in is no other's: what is stored goes
    // (a password typed now replaces it anyway).
    if (kindChanged && password.isEmpty() && m_passwords)
        m_passwords->forget(m_loaded, this, nullptr);

    m_isNew = false;
    m_loaded = result.profile;
    reloadList(m_loaded.name);
    populateForm(m_loaded);
    clearFieldErrors();
    showStatus(tr("Saved “%1”.").arg(m_loaded.name), StatusKind::Info);
    lookUpPassword();
    if (!password.isEmpty())
        storePassword(m_loaded, password); // after the lookup, so its answer supersedes the lookup's
    updateButtons();
    Q_EMIT profilesChanged();
    if (then)
        then();
    return true;
}

void ProfileDialog::storePassword(const AccountProfile &profile, const QString &password)
{
    if (!m_passwords)
        return;
    const quint64 request = ++m_passwordRequest;
    const QString id = profile.id;
    const QString name = profile.name;
    const bool wantedKeychain = profile.passwordStorage == AccountProfile::PasswordStorage::Keychain;
    m_passwords->store(profile, password, this,
                       [this, request, id, name, wantedKeychain](const PasswordStoreResult &stored) {
                           if (!stored.ok()) {
                               QString text = tr("“%1”: %2").arg(name, stored.message);
                               if (wantedKeychain && stored.storedIn == PasswordLookup::Source::Memory)
                                   text += u' '
                                       + tr("To keep it after Mailwright quits, tick “Store the password in the "
                                            "settings file” and save again.");
                               showStatus(text, StatusKind::Problem);
                           }
                           if (request == m_passwordRequest && id == m_loaded.id)
                               showPasswordState(stored.storedIn,
                                                 stored.keychainStatus == SecretResult::Status::Ok
                                                     || stored.keychainStatus == SecretResult::Status::NotFound);
                       });
}

void ProfileDialog::lookUpPassword()
{
    const quint64 request = ++m_passwordRequest;
    if (!m_passwords || m_loaded.id.isEmpty()) {
        showPasswordState(PasswordLookup::Source::None, true);
        return;
    }
    m_ui->passwordLineEdit->setPlaceholderText(QString());
    m_passwords->lookup(m_loaded, this, [this, request](const PasswordLookup &found) {
        if (request == m_passwordRequest)
            showPasswordState(found.source, found.keychainUsable());
    });
}

void ProfileDialog::showPasswordState(PasswordLookup::Source source, bool keychainUsable)
{
    m_passwordSource = source;
    m_keychainUsable = keychainUsable;
    QString text;
    switch (source) {
    case PasswordLookup::Source::Keychain:
        text = tr("Stored in the keychain — type to change");
        break;
    case PasswordLookup::Source::Memory:
        text = tr("Kept until Mailwright quits — type to change");
        break;
    case PasswordLookup::Source::SettingsFile:
        text = tr("Stored in the settings file — type to change");
        break;
    case PasswordLookup::Source::None:
        if (!keychainUsable)
            text = tr("Not stored; no keychain is available");
        break;
    }
    m_ui->passwordLineEdit->setPlaceholderText(text);
    m_forgetPasswordAction->setVisible(source != PasswordLookup::Source::None);
    m_forgetPasswordAction->setToolTip(tr("Forget the stored password"));
}

void ProfileDialog::forgetPassword()
{
    if (!m_passwords || m_loaded.id.isEmpty())
        return;
    const quint64 request = ++m_passwordRequest;
    m_passwords->forget(m_loaded, this, [this, request](const PasswordStoreResult &forgotten) {
        if (!forgotten.ok())
            showStatus(forgotten.message, StatusKind::Problem);
        else
            showStatus(tr("The password of “%1” is forgotten; it will be asked for when sending.").arg(m_loaded.name),
                StatusKind::Info);
        if (request == m_passwordRequest)
            lookUpPassword();
    });
}

// ---- the form ------------------------------------------------------------------------------

AccountProfile ProfileDialog::profileFromForm() const
{
    AccountProfile p = m_loaded; // keeps the id and anything the form does not show
    p.name = m_ui->nameLineEdit->text().trimmed();
    p.senderName = m_ui->senderNameLineEdit->text().trimmed();
    p.senderAddress = m_ui->senderAddressLineEdit->text().trimmed();
    p.host = m_ui->hostLineEdit->text().trimmed();
    const uint port = m_ui->portLineEdit->text().trimmed().toUInt();
    p.port = port <= 65535 ? quint16(port) : 0;
    if (m_ui->securityComboBox->currentIndex() >= 0)
        p.security = m_ui->securityComboBox->currentData().value<Smtp::Security>();
    if (m_ui->authComboBox->currentIndex() >= 0 && formProvider() == OAuthSettings::Provider::None) {
        p.auth = m_ui->authComboBox->currentData().value<Smtp::AuthMethod>();
        p.oauth = OAuthSettings();
    } else if (m_ui->authComboBox->currentIndex() >= 0) {
        p.auth = Smtp::AuthMethod::Auto; // the bearer mechanism the server offers
        p.oauth = m_signInPanel->settings();
        if (p.oauth.provider != formProvider()) { // another provider: another sign-in
            p.oauth = OAuthSettings();
            p.oauth.provider = formProvider();
        }
    }
    p.user = m_ui->userLineEdit->text().trimmed();
    p.ehloName = m_ui->ehloLineEdit->text().trimmed();
    p.timeoutSeconds = m_ui->timeoutSpinBox->value();
    p.signaturePlain = m_ui->signaturePlainTextEdit->toPlainText();
    p.signatureHtml = m_ui->signatureHtmlTextEdit->toPlainText();
    p.route = m_ui->directRadioButton->isChecked() ? AccountProfile::Route::Direct : AccountProfile::Route::Relay;
    p.allowPlainTextAuth = m_ui->allowPlainTextAuthCheckBox->isChecked();
    p.trustedFingerprints.clear();
    for (int row = 0; row < m_ui->fingerprintListWidget->count(); ++row)
        p.trustedFingerprints.append(m_ui->fingerprintListWidget->item(row)->text());
    p.passwordStorage = m_ui->settingsFilePasswordCheckBox->isChecked() ? AccountProfile::PasswordStorage::SettingsFile
                                                                        : AccountProfile::PasswordStorage::Keychain;
    return p;
}

void ProfileDialog::populateForm(const AccountProfile &p)
{
    m_presetTimer.stop();
    m_ui->nameLineEdit->setText(p.name);
    m_ui->senderNameLineEdit->setText(p.senderName);
    m_ui->senderAddressLineEdit->setText(p.senderAddress);
    m_ui->hostLineEdit->setText(p.host);
    m_ui->portLineEdit->setText(p.port ? QString::number(p.port) : QString());
    // A security the form does not offer (Opportunistic) shows as no choice and is kept.
    m_ui->securityComboBox->setCurrentIndex(m_ui->securityComboBox->findData(QVariant::fromValue(p.security)));
    m_ui->authComboBox->setCurrentIndex(p.usesOAuth() ? m_ui->authComboBox->findData(QVariant::fromValue(p.oauth.provider))
                                                      : m_ui->authComboBox->findData(QVariant::fromValue(p.auth)));
    m_signInPanel->setSettings(p.oauth);
    m_ui->userLineEdit->setText(p.user);
    m_ui->ehloLineEdit->setText(p.ehloName);
    m_ui->timeoutSpinBox->setValue(p.timeoutSeconds);
    m_ui->signaturePlainTextEdit->setPlainText(p.signaturePlain);
    m_ui->signatureHtmlTextEdit->setPlainText(p.signatureHtml);
    (p.route == AccountProfile::Route::Direct ? m_ui->directRadioButton : m_ui->relayRadioButton)->setChecked(true);
    m_ui->allowPlainTextAuthCheckBox->setChecked(p.allowPlainTextAuth);
    m_ui->settingsFilePasswordCheckBox->setChecked(p.passwordStorage == AccountProfile::PasswordStorage::SettingsFile);
    m_ui->fingerprintListWidget->clear();
    for (const QString &fingerprint : p.trustedFingerprints)
        addFingerprintItem(m_ui->fingerprintListWidget, fingerprint);

    m_ui->passwordLineEdit->clear();
    m_passwordEdited = false;
    m_ui->showPasswordButton->setChecked(false);

    // A host that is still the provider's own may follow a changed address to another provider.
    const std::optional<ProviderPreset> preset = ProviderPresets::forAddress(p.senderAddress);
    const bool presetHost = preset && !p.host.isEmpty() && p.host == preset->host;
    m_presetHost = presetHost ? p.host : QString();
    m_presetUser = presetHost && p.user == p.senderAddress ? p.user : QString();
    const QString note = presetHost ? preset->translatedNote() : QString();
    m_ui->presetNoteLabel->setText(note.isEmpty() ? QString() : tr("%1: %2").arg(preset->name, note));
    setRowShown(m_ui->presetNoteLabel, !note.isEmpty());

    updateDependentWidgets();
}

void ProfileDialog::senderAddressFinished()
{
    m_presetTimer.stop();
    // "Ann Lee <ann@example.org>" typed into the address field: the name goes to its own field.
    const MailboxParse parsed = AddressParser::parseMailbox(m_ui->senderAddressLineEdit->text());
    if (parsed.ok() && !parsed.mailbox.displayName.isEmpty()) {
        if (m_ui->senderNameLineEdit->text().trimmed().isEmpty())
            m_ui->senderNameLineEdit->setText(parsed.mailbox.displayName);
        m_ui->senderAddressLineEdit->setText(parsed.mailbox.address);
    }
    applyPreset(true);
}

void ProfileDialog::applyPreset(bool showErrors)
{
    const QString text = m_ui->senderAddressLineEdit->text().trimmed();
    const MailboxParse parsed = AddressParser::parseMailbox(text);
    if (text.isEmpty() || !parsed.ok()) {
        // While typing, an address is invalid most of the time: complain only once it is left.
        if (showErrors && !text.isEmpty())
            showFieldError(m_ui->senderAddressErrorLabel, tr("This is not a valid address: %1").arg(parsed.error));
        return;
    }
    showFieldError(m_ui->senderAddressErrorLabel, QString());

    const std::optional<ProviderPreset> preset = ProviderPresets::forAddress(parsed.mailbox.address);
    const QString host = m_ui->hostLineEdit->text().trimmed();
    if (preset && (host.isEmpty() || host == m_presetHost)) {
        AccountProfile profile = profileFromForm();
        profile.senderAddress = parsed.mailbox.address;
        if (!m_presetUser.isEmpty() && profile.user == m_presetUser)
            profile.user.clear(); // derived from the previous address: follow the new one
        const bool userWasEmpty = profile.user.isEmpty();
        preset->applyTo(profile);
        m_ui->hostLineEdit->setText(profile.host);
        m_ui->portLineEdit->setText(profile.port ? QString::number(profile.port) : QString());
        m_ui->securityComboBox->setCurrentIndex(
            m_ui->securityComboBox->findData(QVariant::fromValue(profile.security)));
        m_ui->authComboBox->setCurrentIndex(m_ui->authComboBox->findData(QVariant::fromValue(profile.auth)));
        m_ui->userLineEdit->setText(profile.user);
        m_presetHost = profile.host;
        m_presetUser = userWasEmpty ? profile.user : QString();
    }

    const bool usesPreset = preset && m_ui->hostLineEdit->text().trimmed() == preset->host;
    const QString note = usesPreset ? preset->translatedNote() : QString();
    m_ui->presetNoteLabel->setText(note.isEmpty() ? QString() : tr("%1: %2").arg(preset->name, note));
    setRowShown(m_ui->presetNoteLabel, !note.isEmpty());
}

void ProfileDialog::updateDependentWidgets()
{
    const bool relay = m_ui->relayRadioButton->isChecked();
    const QList<QWidget *> serverWidgets = { m_ui->hostLabel, m_ui->hostLineEdit, m_ui->portLabel,
        m_ui->portLineEdit, m_ui->securityLabel, m_ui->securityComboBox, m_ui->authLabel, m_ui->authComboBox,
        m_ui->userLabel, m_ui->userLineEdit, m_ui->passwordLabel, m_ui->passwordLineEdit, m_ui->showPasswordButton,
        m_ui->settingsFilePasswordCheckBox, m_ui->allowPlainTextAuthCheckBox };
    for (QWidget *widget : serverWidgets)
        widget->setEnabled(relay);

    ServerSettings defaults;
    defaults.security = m_ui->securityComboBox->currentIndex() >= 0
        ? m_ui->securityComboBox->currentData().value<Smtp::Security>()
        : m_loaded.security;
    m_ui->portLineEdit->setPlaceholderText(tr("%1 (default)").arg(defaults.effectivePort()));

    const OAuthSettings::Provider provider = formProvider();
    const bool oauth = provider != OAuthSettings::Provider::None;
    if (oauth && m_signInPanel->settings().provider != provider) {
        OAuthSettings chosen; // a provider just chosen: its own, empty sign-in
        chosen.provider = provider;
        m_signInPanel->setSettings(chosen);
    }
    setRowShown(m_signInPanel, oauth && relay);
    m_ui->serverFormLayout->setRowVisible(m_ui->passwordLabel, !oauth);
    m_ui->settingsFilePasswordCheckBox->setText(oauth ? tr("Keep the sign-in in the settings &file (not encrypted)")
                                                      : tr("Store the password in the settings &file (not encrypted)"));
    m_ui->allowPlainTextAuthCheckBox->setText(oauth ? tr("Allow the sign-in over an unen&crypted connection")
                                                    : tr("Allow the password over an unen&crypted connection"));
    const bool token = !oauth && m_ui->authComboBox->currentData().value<Smtp::AuthMethod>() == Smtp::AuthMethod::XOAuth2;
    m_ui->passwordLabel->setText(token ? tr("Access to&ken:") : tr("Pass&word:"));
    m_ui->passwordLineEdit->setAccessibleName(token ? tr("Access token") : tr("Password"));
    const bool shown = m_ui->showPasswordButton->isChecked();
    const QString showText = token ? (shown ? tr("Hide the access token") : tr("Show the access token"))
                                   : (shown ? tr("Hide the password") : tr("Show the password"));
    m_ui->showPasswordButton->setToolTip(showText);
    m_ui->showPasswordButton->setAccessibleName(showText);

    setRowShown(m_ui->plainTextAuthWarningLabel, m_ui->allowPlainTextAuthCheckBox->isChecked());
    setRowShown(m_ui->settingsFileWarningLabel, m_ui->settingsFilePasswordCheckBox->isChecked());
}

void ProfileDialog::updateButtons()
{
    const bool modified = isModified();
    const bool stored = !m_isNew && !m_loaded.id.isEmpty();
    m_ui->profileSplitter->setEnabled(!m_busy);
    m_ui->editorPane->setEnabled(hasProfile());
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(modified && !m_busy);
    m_ui->duplicateProfileButton->setEnabled(stored);
    m_ui->removeProfileButton->setEnabled(hasProfile());
    m_ui->setDefaultButton->setEnabled(stored && m_loaded.name != m_defaultName);
    m_ui->removeFingerprintButton->setEnabled(m_ui->fingerprintListWidget->currentItem() != nullptr);
    // Direct delivery has no one server to test.
    m_ui->testConnectionButton->setEnabled(hasProfile() && !m_busy && m_ui->relayRadioButton->isChecked());
    setWindowModified(modified);
}

// ---- certificates and connection test ------------------------------------------------------

void ProfileDialog::addFingerprint(const QString &sha256)
{
    const QString normalized = Fingerprint::normalized(sha256);
    if (normalized.isEmpty())
        return;
    for (int row = 0; row < m_ui->fingerprintListWidget->count(); ++row) {
        if (Fingerprint::normalized(m_ui->fingerprintListWidget->item(row)->text()) == normalized)
            return;
    }
    addFingerprintItem(m_ui->fingerprintListWidget, normalized);
    updateButtons();
}

OAuthSettings::Provider ProfileDialog::formProvider() const
{
    const QVariant data = m_ui->authComboBox->currentData();
    return data.metaType() == QMetaType::fromType<OAuthSettings::Provider>() ? data.value<OAuthSettings::Provider>()
                                                                            : OAuthSettings::Provider::None;
}

void ProfileDialog::signIn()
{
    if (m_busy || !hasProfile())
        return;
    const auto start = [this] {
        auto *dialog = new SignInDialog(m_services, m_loaded, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SignInDialog::signedIn, this, [this](const AccountProfile &signedIn) {
            m_loaded = signedIn;
            reloadList(m_loaded.name);
            populateForm(m_loaded);
            lookUpPassword();
            updateButtons();
            showStatus(tr("Signed in as %1.").arg(signedIn.oauth.account), StatusKind::Info);
        });
        dialog->open();
        dialog->start();
    };
    // The sign-in is kept with the saved profile: save the form first when it differs.
    if (m_isNew || isModified())
        saveThen(start);
    else
        start();
}

void ProfileDialog::signOut()
{
    if (m_busy || m_isNew)
        return;
    OAuthAccount::signOut(m_services, m_loaded, this, [this](const ProfileStoreResult &signedOut) {
        if (!signedOut.profile.id.isEmpty() && signedOut.profile.id == m_loaded.id) {
            m_loaded = signedOut.profile;
            populateForm(m_loaded);
            lookUpPassword();
        }
        updateButtons();
        showStatus(signedOut.ok() ? tr("Signed out of “%1”; the sign-in is forgotten.").arg(m_loaded.name)
                                  : signedOut.error,
            signedOut.ok() ? StatusKind::Info : StatusKind::Problem);
    });
}

void ProfileDialog::removeFingerprint()
{
    delete m_ui->fingerprintListWidget->currentItem();
    updateButtons();
}

void ProfileDialog::testConnection()
{
    if (m_busy || !hasProfile())
        return;
    clearFieldErrors();
    if (m_ui->hostLineEdit->text().trimmed().isEmpty()) {
        showFieldError(m_ui->hostErrorLabel, tr("Enter the outgoing (SMTP) server to test."));
        m_ui->editorTabWidget->setCurrentWidget(m_ui->serverTab);
        m_ui->hostLineEdit->setFocus();
        return;
    }
    // What the form says now, saved or not; the password as typed, else as stored (or asked for).
    const std::optional<QString> typed
        = m_passwordEdited ? std::optional<QString>(m_ui->passwordLineEdit->text()) : std::nullopt;
    auto *dialog = new ConnectionTestDialog(m_services, profileFromForm(), typed, this);
    dialog->setKeepAskedPassword(false); // the form keeps passwords, saved with everything else
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Pinned in the form, not the store: it is saved with everything else, or discarded.
    connect(dialog, &ConnectionTestDialog::certificateTrusted, this, &ProfileDialog::addFingerprint);
    dialog->open();
    dialog->start();
}

// ---- feedback ------------------------------------------------------------------------------

void ProfileDialog::showFieldError(QLabel *label, const QString &text)
{
    label->setText(text);
    setRowShown(label, !text.isEmpty());
}

void ProfileDialog::clearFieldErrors()
{
    for (QLabel *label : { m_ui->nameErrorLabel, m_ui->senderAddressErrorLabel, m_ui->hostErrorLabel,
                           m_ui->portErrorLabel })
        showFieldError(label, QString());
}

void ProfileDialog::showStatus(const QString &text, StatusKind kind)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setProperty("problem", kind == StatusKind::Problem);
    setTextColour(m_ui->statusLabel,
                  kind == StatusKind::Problem ? problemColour(palette()) : palette().color(QPalette::WindowText));
    m_ui->statusLabel->setVisible(!text.isEmpty());
}

void ProfileDialog::setRowShown(QWidget *field, bool shown)
{
    // QFormLayout::setRowVisible (Qt 6.4) also drops the row's spacing, so hidden messages
    // leave no gaps.
    for (QFormLayout *form : { m_ui->identityFormLayout, m_ui->serverFormLayout }) {
        int row = -1;
        QFormLayout::ItemRole role;
        form->getWidgetPosition(field, &row, &role);
        if (row >= 0) {
            form->setRowVisible(row, shown);
            return;
        }
    }
    field->setVisible(shown);
}

void ProfileDialog::applyColours()
{
    const QPalette base = palette();
    for (QWidget *label : { m_ui->nameErrorLabel, m_ui->senderAddressErrorLabel, m_ui->hostErrorLabel,
                            m_ui->portErrorLabel })
        setTextColour(label, problemColour(base));
    for (QWidget *label : { m_ui->plainTextAuthWarningLabel, m_ui->settingsFileWarningLabel })
        setTextColour(label, warningColour(base));
    const bool problem = m_ui->statusLabel->property("problem").toBool();
    setTextColour(m_ui->statusLabel, problem ? problemColour(base) : base.color(QPalette::WindowText));
}

// ---- dialog --------------------------------------------------------------------------------

void ProfileDialog::reject()
{
    if (m_busy)
        return;
    confirmUnsaved([this] { QDialog::reject(); });
}

void ProfileDialog::done(int result)
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(splitterKey, m_ui->profileSplitter->saveState());
    QDialog::done(result);
}

void ProfileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        applyColours();
    }
    QDialog::changeEvent(event);
}

void ProfileDialog::retranslate()
{
    m_ui->securityComboBox->setItemText(0, tr("None (not encrypted)"));
    m_ui->securityComboBox->setItemText(1, tr("STARTTLS"));
    m_ui->securityComboBox->setItemText(2, tr("SSL/TLS"));
    m_ui->authComboBox->setItemText(0, tr("Automatic"));
    m_ui->authComboBox->setItemText(1, tr("PLAIN"));
    m_ui->authComboBox->setItemText(2, tr("LOGIN"));
    m_ui->authComboBox->setItemText(3, tr("CRAM-MD5"));
    m_ui->authComboBox->setItemText(4, tr("XOAUTH2 (access token)"));
    m_ui->authComboBox->setItemText(5, tr("None (do not log in)"));
    m_ui->authComboBox->setItemText(6, tr("Sign in with Microsoft (Outlook, Microsoft 365)"));
    m_ui->authComboBox->setItemText(7, tr("Sign in with Google (Gmail, Google Workspace)"));
    m_ui->authComboBox->setItemText(8, tr("Sign in with another OAuth 2.0 provider"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save profile"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    reloadList(m_loaded.name);
    showPasswordState(m_passwordSource, m_keychainUsable);
    updateDependentWidgets();
    updateButtons();
}
