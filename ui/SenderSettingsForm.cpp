#include "SenderSettingsForm.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>

using namespace Qt::StringLiterals;

SenderSettingsForm::SenderSettingsForm(QWidget *parent)
    : QWidget(parent)
    , m_fromLineEdit(new QLineEdit(this))
    , m_serverLineEdit(new QLineEdit(this))
    , m_portSpinBox(new QSpinBox(this))
    , m_securityComboBox(new QComboBox(this))
    , m_userLineEdit(new QLineEdit(this))
    , m_passwordLineEdit(new QLineEdit(this))
    , m_serverLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
{
    m_fromLineEdit->setObjectName(u"fromLineEdit"_s);
    m_serverLineEdit->setObjectName(u"serverLineEdit"_s);
    m_portSpinBox->setObjectName(u"portSpinBox"_s);
    m_securityComboBox->setObjectName(u"securityComboBox"_s);
    m_userLineEdit->setObjectName(u"userLineEdit"_s);
    m_passwordLineEdit->setObjectName(u"passwordLineEdit"_s);

    m_portSpinBox->setRange(0, 65535);
    m_passwordLineEdit->setEchoMode(QLineEdit::Password);
    m_serverLabel->setBuddy(m_serverLineEdit);
    m_userLabel->setBuddy(m_userLineEdit);
    m_passwordLabel->setBuddy(m_passwordLineEdit);
    for (int i = 0; i < 3; ++i)
        m_securityComboBox->addItem(QString());
    m_securityComboBox->setItemData(0, QVariant::fromValue(Smtp::Security::StartTls));
    m_securityComboBox->setItemData(1, QVariant::fromValue(Smtp::Security::Tls));
    m_securityComboBox->setItemData(2, QVariant::fromValue(Smtp::Security::None));

    auto *serverRow = new QHBoxLayout;
    serverRow->setContentsMargins(0, 0, 0, 0);
    serverRow->addWidget(m_serverLabel);
    serverRow->addWidget(m_serverLineEdit, 3);
    serverRow->addWidget(m_portSpinBox);
    serverRow->addWidget(m_securityComboBox);
    serverRow->addSpacing(8);
    serverRow->addWidget(m_userLabel);
    serverRow->addWidget(m_userLineEdit, 2);
    serverRow->addWidget(m_passwordLabel);
    serverRow->addWidget(m_passwordLineEdit, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fromLineEdit);
    layout->addLayout(serverRow);

    connect(m_serverLineEdit, &QLineEdit::editingFinished, this, &SenderSettingsForm::serverChanged);
    connect(m_portSpinBox, &QSpinBox::valueChanged, this, &SenderSettingsForm::serverChanged);
    connect(m_securityComboBox, &QComboBox::currentIndexChanged, this, &SenderSettingsForm::serverChanged);

    retranslate();
}

SenderSettingsForm::~SenderSettingsForm() = default;

MailboxParse SenderSettingsForm::sender() const
{
    return AddressParser::parseMailbox(m_fromLineEdit->text());
}

QString SenderSettingsForm::senderText() const
{
    return m_fromLineEdit->text();
}

void SenderSettingsForm::setSenderText(const QString &text)
{
    m_fromLineEdit->setText(text);
}

ServerSettings SenderSettingsForm::serverSettings() const
{
    ServerSettings settings = m_extra;
    settings.host = m_serverLineEdit->text().trimmed();
    settings.port = quint16(m_portSpinBox->value());
    settings.security = m_securityComboBox->currentData().value<Smtp::Security>();
    settings.user = m_userLineEdit->text().trimmed();
    settings.secret = m_passwordLineEdit->text();
    return settings;
}

void SenderSettingsForm::setServerSettings(const ServerSettings &settings)
{
    m_extra = settings;
    m_serverLineEdit->setText(settings.host);
    m_portSpinBox->setValue(settings.port);
    m_securityComboBox->setCurrentIndex(m_securityComboBox->findData(QVariant::fromValue(settings.security)));
    m_userLineEdit->setText(settings.user);
    m_passwordLineEdit->setText(settings.secret);
    Q_EMIT serverChanged();
}

void SenderSettingsForm::trustFingerprint(const QString &sha256)
{
    if (!m_extra.trustedFingerprints.contains(sha256, Qt::CaseInsensitive))
        m_extra.trustedFingerprints << sha256;
}

QString SenderSettingsForm::validationError() const
{
    if (m_fromLineEdit->text().trimmed().isEmpty())
        return tr("Enter your address in From.");
    const MailboxParse from = sender();
    if (!from.ok())
        return tr("The From address is not valid: %1").arg(from.error);
    if (m_serverLineEdit->text().trimmed().isEmpty())
        return tr("Enter the outgoing (SMTP) server of your mail provider.");
    return {};
}

QWidget *SenderSettingsForm::firstInvalidWidget() const
{
    if (m_fromLineEdit->text().trimmed().isEmpty() || !sender().ok())
        return m_fromLineEdit;
    if (m_serverLineEdit->text().trimmed().isEmpty())
        return m_serverLineEdit;
    return nullptr;
}

QString SenderSettingsForm::serverKey() const
{
    const ServerSettings settings = serverSettings();
    return settings.host.toLower() + u':' + QString::number(settings.effectivePort());
}

void SenderSettingsForm::loadSettings()
{
    QSettings settings;
    settings.beginGroup(u"sender"_s);
    m_fromLineEdit->setText(settings.value(u"from"_s).toString());
    m_serverLineEdit->setText(settings.value(u"host"_s).toString());
    m_portSpinBox->setValue(settings.value(u"port"_s, 0).toInt());
    const int security = m_securityComboBox->findData(
        QVariant::fromValue(Smtp::Security(settings.value(u"security"_s, int(Smtp::Security::StartTls)).toInt())));
    m_securityComboBox->setCurrentIndex(qMax(0, security));
    m_userLineEdit->setText(settings.value(u"user"_s).toString());
    settings.endGroup();
    Q_EMIT serverChanged();
}

void SenderSettingsForm::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(u"sender"_s);
    settings.setValue(u"from"_s, m_fromLineEdit->text());
    settings.setValue(u"host"_s, m_serverLineEdit->text().trimmed());
    settings.setValue(u"port"_s, m_portSpinBox->value());
    settings.setValue(u"security"_s, int(m_securityComboBox->currentData().value<Smtp::Security>()));
    settings.setValue(u"user"_s, m_userLineEdit->text().trimmed());
    settings.endGroup();
}

void SenderSettingsForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SenderSettingsForm::retranslate()
{
    m_fromLineEdit->setPlaceholderText(tr("Your Name <you@example.org>"));
    m_fromLineEdit->setAccessibleName(tr("From"));
    m_serverLabel->setText(tr("&Server:"));
    m_serverLineEdit->setPlaceholderText(tr("smtp.example.org"));
    m_serverLineEdit->setAccessibleName(tr("Outgoing server"));
    m_portSpinBox->setSpecialValueText(tr("Default port"));
    m_portSpinBox->setToolTip(tr("Port: the default is 587 for STARTTLS and 465 for SSL/TLS"));
    m_portSpinBox->setAccessibleName(tr("Port"));
    m_securityComboBox->setItemText(0, tr("STARTTLS"));
    m_securityComboBox->setItemText(1, tr("SSL/TLS"));
    m_securityComboBox->setItemText(2, tr("No encryption"));
    m_securityComboBox->setAccessibleName(tr("Connection security"));
    m_userLabel->setText(tr("&User:"));
    m_userLineEdit->setPlaceholderText(tr("none"));
    m_userLineEdit->setAccessibleName(tr("User name"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_passwordLineEdit->setAccessibleName(tr("Password"));
}
