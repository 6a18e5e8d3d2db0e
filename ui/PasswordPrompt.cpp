#include "PasswordPrompt.h"

#include "ThemedIcon.h"
#include "account/ProviderPresets.h"
#include "send/SendController.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PasswordPrompt::PasswordPrompt(const SecretRequest &request, const QString &action, QWidget *parent)
    : QDialog(parent)
    , m_keychainUsable(request.lookup.keychainUsable())
    , m_passwordLineEdit(new QLineEdit(this))
    , m_keepCheckBox(new QCheckBox(this))
    , m_warningLabel(new QLabel(this))
{
    setObjectName(u"passwordPrompt"_s);
    const AccountProfile &profile = request.profile;
    const QString &reason = request.reason;
    const bool token = profile.auth == Smtp::AuthMethod::XOAuth2;
    setWindowTitle(token ? tr("Access Token Needed") : tr("Password Needed"));

    auto *intro = new QLabel(this);
    intro->setObjectName(u"passwordPromptLabel"_s);
    intro->setWordWrap(true);
    const QString account = profile.user.isEmpty() ? profile.senderAddress : profile.user;
    QString text = token ? tr("Enter the access token for <b>%1</b> on %2 (profile “%3”).")
                         : tr("Enter the password for <b>%1</b> on %2 (profile “%3”).");
    text = text.arg(account.toHtmlEscaped(), profile.host.toHtmlEscaped(), profile.name.toHtmlEscaped());
    if (!reason.isEmpty())
        text = u"<p>%1</p><p>%2</p>"_s.arg(reason.toHtmlEscaped(), text);
    intro->setText(text);

    auto *note = new QLabel(this);
    note->setObjectName(u"providerNoteLabel"_s);
    note->setWordWrap(true);
    if (const std::optional<ProviderPreset> preset = ProviderPresets::forAddress(profile.senderAddress);
        preset && !preset->note.isEmpty())
        note->setText(preset->translatedNote());
    note->setVisible(!note->text().isEmpty());

    m_passwordLineEdit->setObjectName(u"promptPasswordLineEdit"_s);
    m_passwordLineEdit->setEchoMode(QLineEdit::Password);
    m_passwordLineEdit->setAccessibleName(token ? tr("Access token") : tr("Password"));
    QAction *reveal
        = m_passwordLineEdit->addAction(ThemedIcon::themed(u"show-password"_s), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the password"));
    connect(reveal, &QAction::toggled, this, [this, reveal](bool shown) {
        m_passwordLineEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        reveal->setIcon(ThemedIcon::themed(shown ? u"hide-password"_s : u"show-password"_s));
    });

    m_keepCheckBox->setObjectName(u"keepPasswordCheckBox"_s);
    if (m_keychainUsable) {
        m_keepCheckBox->setText(tr("Remember it in the keychain"));
        m_keepCheckBox->setChecked(true);
    } else {
        m_keepCheckBox->setText(tr("Store it in the settings file (not encrypted)"));
        m_keepCheckBox->setChecked(false);
    }

    m_warningLabel->setObjectName(u"passwordWarningLabel"_s);
    m_warningLabel->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(action);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_passwordLineEdit, &QLineEdit::textChanged, this,
        [buttons](const QString &typed) { buttons->button(QDialogButtonBox::Ok)->setEnabled(!typed.isEmpty()); });
    connect(m_keepCheckBox, &QCheckBox::toggled, this, &PasswordPrompt::updateWarning);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(note);
    layout->addWidget(m_passwordLineEdit);
    layout->addWidget(m_keepCheckBox);
    m_keepCheckBox->setVisible(request.canKeep); // e.g. an unsaved profile has nowhere to keep it
    layout->addWidget(m_warningLabel);
    layout->addWidget(buttons);
    updateWarning();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60); // wrapped sentences stay readable
    m_passwordLineEdit->setFocus();
}

QString PasswordPrompt::password() const
{
    return m_passwordLineEdit->text();
}

Send::SecretKeep PasswordPrompt::keep() const
{
    if (!m_keepCheckBox->isChecked() || m_keepCheckBox->isHidden())
        return Send::SecretKeep::ThisSession;
    return m_keychainUsable ? Send::SecretKeep::Keychain : Send::SecretKeep::SettingsFile;
}

PasswordPrompt *PasswordPrompt::answer(
    SendController *controller, const SecretRequest &request, const QString &action, QWidget *parent)
{
    auto *prompt = new PasswordPrompt(request, action, parent);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->setWindowModality(Qt::WindowModal);
    const QPointer<SendController> guard(controller);
    connect(prompt, &QDialog::finished, prompt, [prompt, guard](int answer) {
        if (!guard)
            return;
        if (answer == QDialog::Accepted)
            guard->provideSecret(prompt->password(), prompt->keep());
        else
            guard->cancel();
    });
    prompt->open();
    return prompt;
}

void PasswordPrompt::updateWarning()
{
    if (m_keychainUsable || m_keepCheckBox->isHidden()) {
        m_warningLabel->setVisible(false);
        return;
    }
    QPalette palette = m_warningLabel->palette();
    if (m_keepCheckBox->isChecked()) {
        m_warningLabel->setText(tr("Warning: the settings file is readable only by your user account, but the "
                                   "password is stored in it unencrypted. Anyone who can read your files or "
                                   "backups can read it."));
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    } else {
        m_warningLabel->setText(tr("No keychain is available, so Mailwright keeps the password only until it "
                                   "quits and will ask again next time."));
        palette = QPalette();
    }
    m_warningLabel->setPalette(palette);
    m_warningLabel->setVisible(true);
}
