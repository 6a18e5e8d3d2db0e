#include "SignInPanel.h"
#include "ui_SignInPanel.h"

#include "oauth/OAuthProvider.h"

#include <QEvent>
#include <QLocale>

SignInPanel::SignInPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SignInPanel>())
{
    m_ui->setupUi(this);
    m_ui->oauthAdvancedWidget->hide();
    connect(m_ui->oauthAdvancedButton, &QToolButton::toggled, this, [this](bool open) {
        m_ui->oauthAdvancedButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_ui->oauthAdvancedWidget->setVisible(open);
    });
    connect(m_ui->signInButton, &QPushButton::clicked, this, &SignInPanel::signInRequested);
    connect(m_ui->signOutButton, &QPushButton::clicked, this, &SignInPanel::signOutRequested);
    for (QLineEdit *edit : { m_ui->oauthClientIdLineEdit, m_ui->oauthClientSecretLineEdit, m_ui->oauthTenantLineEdit,
             m_ui->oauthAuthorizationUrlLineEdit, m_ui->oauthTokenUrlLineEdit, m_ui->oauthDeviceUrlLineEdit,
             m_ui->oauthScopesLineEdit }) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            update();
            Q_EMIT edited();
        });
    }
    retranslate();
}

SignInPanel::~SignInPanel() = default;

void SignInPanel::setSettings(const OAuthSettings &settings)
{
    m_settings = settings;
    m_ui->oauthClientIdLineEdit->setText(settings.clientId);
    m_ui->oauthClientSecretLineEdit->setText(settings.clientSecret);
    m_ui->oauthTenantLineEdit->setText(settings.tenant);
    m_ui->oauthAuthorizationUrlLineEdit->setText(settings.authorizationUrl);
    m_ui->oauthTokenUrlLineEdit->setText(settings.tokenUrl);
    m_ui->oauthDeviceUrlLineEdit->setText(settings.deviceAuthorizationUrl);
    m_ui->oauthScopesLineEdit->setText(settings.scopes);
    // A custom provider has nothing to sign in with until its endpoints are filled in.
    const bool custom = settings.provider == OAuthSettings::Provider::Custom;
    m_ui->oauthAdvancedButton->setChecked(custom && OAuthProvider::forSettings(settings).problem().size());
    update();
}

OAuthSettings SignInPanel::settings() const
{
    OAuthSettings s = m_settings;
    s.clientId = m_ui->oauthClientIdLineEdit->text().trimmed();
    s.clientSecret = m_ui->oauthClientSecretLineEdit->text().trimmed();
    const bool microsoft = s.provider == OAuthSettings::Provider::Microsoft;
    const bool custom = s.provider == OAuthSettings::Provider::Custom;
    s.tenant = microsoft ? m_ui->oauthTenantLineEdit->text().trimmed() : QString();
    s.authorizationUrl = custom ? m_ui->oauthAuthorizationUrlLineEdit->text().trimmed() : QString();
    s.tokenUrl = custom ? m_ui->oauthTokenUrlLineEdit->text().trimmed() : QString();
    s.deviceAuthorizationUrl = custom ? m_ui->oauthDeviceUrlLineEdit->text().trimmed() : QString();
    s.scopes = custom ? m_ui->oauthScopesLineEdit->text().simplified() : QString();
    return s;
}

void SignInPanel::update()
{
    const OAuthSettings current = settings();
    const OAuthProvider provider = OAuthProvider::forSettings(current);
    const bool microsoft = current.provider == OAuthSettings::Provider::Microsoft;
    const bool google = current.provider == OAuthSettings::Provider::Google;
    const bool custom = current.provider == OAuthSettings::Provider::Custom;
    for (QWidget *widget :
        { static_cast<QWidget *>(m_ui->oauthTenantLabel), static_cast<QWidget *>(m_ui->oauthTenantLineEdit) })
        widget->setVisible(microsoft);
    for (QWidget *widget : { static_cast<QWidget *>(m_ui->oauthClientSecretLabel),
             static_cast<QWidget *>(m_ui->oauthClientSecretLineEdit) })
        widget->setVisible(google || custom);
    for (QWidget *widget : { static_cast<QWidget *>(m_ui->oauthAuthorizationUrlLabel),
             static_cast<QWidget *>(m_ui->oauthAuthorizationUrlLineEdit),
             static_cast<QWidget *>(m_ui->oauthTokenUrlLabel), static_cast<QWidget *>(m_ui->oauthTokenUrlLineEdit),
             static_cast<QWidget *>(m_ui->oauthDeviceUrlLabel), static_cast<QWidget *>(m_ui->oauthDeviceUrlLineEdit),
             static_cast<QWidget *>(m_ui->oauthScopesLabel), static_cast<QWidget *>(m_ui->oauthScopesLineEdit) })
        widget->setVisible(custom);

    const bool signedIn = current.signedInAt.isValid();
    m_ui->signInStatusLabel->setText(signedIn
            ? tr("Signed in as %1 since %2.")
                  .arg(current.account.isEmpty() ? tr("(unknown account)") : current.account,
                      QLocale().toString(current.signedInAt.toLocalTime(), QLocale::ShortFormat))
            : tr("Not signed in."));
    m_ui->signInButton->setText(signedIn ? tr("Sign &In Again…") : tr("Sign &In with %1…").arg(provider.name));
    m_ui->signOutButton->setVisible(signedIn);
    const QString problem = provider.problem();
    m_ui->signInProblemLabel->setText(problem);
    m_ui->signInProblemLabel->setVisible(!problem.isEmpty());
    m_ui->signInButton->setEnabled(problem.isEmpty());
}

void SignInPanel::retranslate()
{
    m_ui->retranslateUi(this);
    update();
}

void SignInPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
