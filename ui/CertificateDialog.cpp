#include "CertificateDialog.h"

#include "ThemedIcon.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Readable on the light and the dark base colour alike (the transcript's error colours).
QColor problemColour(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xff, 0x85, 0x80) : QColor(0xb8, 0x1d, 0x24);
}

QLabel *valueLabel(const QString &objectName, const QString &accessibleName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

CertificateDialog::CertificateDialog(const TlsSummary &tls, const QString &serverName, const QString &profileName,
                                     QWidget *parent)
    : QDialog(parent)
    , m_tls(tls)
{
    setObjectName(u"certificateDialog"_s);
    setWindowTitle(tr("Untrusted Server Certificate"));
    setAccessibleName(tr("Untrusted server certificate"));

    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    auto *iconLabel = new QLabel(this);
    iconLabel->setObjectName(u"certificateIconLabel"_s);
    iconLabel->setAccessibleName(tr("Warning"));
    iconLabel->setPixmap(ThemedIcon::coloured(u"dialog-warning"_s).pixmap(iconSize, iconSize));
    iconLabel->setAlignment(Qt::AlignTop);

    auto *headlineLabel = new QLabel(tr("Mailwright could not verify that the server %1 is who it claims to be.")
                                         .arg(serverName),
                                     this);
    headlineLabel->setObjectName(u"certificateHeadlineLabel"_s);
    headlineLabel->setAccessibleName(tr("Summary"));
    headlineLabel->setTextFormat(Qt::PlainText);
    headlineLabel->setWordWrap(true);
    QFont headlineFont = headlineLabel->font();
    headlineFont.setBold(true);
    headlineLabel->setFont(headlineFont);

    auto *header = new QHBoxLayout;
    header->addWidget(iconLabel);
    header->addWidget(headlineLabel, 1);

    const auto orUnknown = [](const QString &text) {
        return text.isEmpty() ? tr("(not stated)") : text;
    };
    const QLocale locale;
    const auto dateText = [&locale](const QDateTime &when) {
        return when.isValid() ? locale.toString(when.toLocalTime(), QLocale::LongFormat) : tr("(not stated)");
    };

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Server:"), valueLabel(u"serverValueLabel"_s, tr("Server"), serverName, this));
    form->addRow(tr("Issued to:"), valueLabel(u"subjectValueLabel"_s, tr("Issued to"), orUnknown(tls.subject), this));
    form->addRow(tr("Issued by:"), valueLabel(u"issuerValueLabel"_s, tr("Issued by"), orUnknown(tls.issuer), this));

    // A date outside the validity period is flagged with an icon and colour as well as words, so
    // it is not missed in a row of similar-looking dates.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto dateRow = [&](const QString &name, const QString &accessible, const QDateTime &when, const QString &flag) {
        auto *row = new QWidget(this);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        QLabel *text = valueLabel(name, accessible, flag.isEmpty() ? dateText(when) : tr("%1 — %2").arg(dateText(when), flag), row);
        if (!flag.isEmpty()) {
            const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
            auto *icon = new QLabel(row);
            icon->setObjectName(name + u"Icon"_s);
            icon->setAccessibleName(tr("Problem"));
            icon->setPixmap(ThemedIcon::coloured(u"dialog-error"_s).pixmap(size, size));
            layout->addWidget(icon);
            QPalette palette = text->palette();
            palette.setColor(QPalette::WindowText, problemColour(palette));
            text->setPalette(palette);
        }
        layout->addWidget(text, 1);
        return row;
    };
    const bool notYetValid = tls.notBefore.isValid() && now < tls.notBefore;
    const bool expired = tls.notAfter.isValid() && now > tls.notAfter;
    form->addRow(tr("Valid from:"), dateRow(u"validFromValueLabel"_s, tr("Valid from"), tls.notBefore,
                                            notYetValid ? tr("not valid yet") : QString()));
    form->addRow(tr("Valid until:"), dateRow(u"validUntilValueLabel"_s, tr("Valid until"), tls.notAfter,
                                             expired ? tr("expired") : QString()));

    m_fingerprintLabel = valueLabel(u"fingerprintValueLabel"_s, tr("SHA-256 fingerprint"), orUnknown(tls.sha256Fingerprint), this);
    m_fingerprintLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprintLabel->setWordWrap(false); // hex with colons has no break opportunities that read well
    m_copyButton = new QToolButton(this);
    m_copyButton->setObjectName(u"copyFingerprintButton"_s);
    m_copyButton->setAccessibleName(tr("Copy fingerprint"));
    m_copyButton->setToolTip(tr("Copy the fingerprint to the clipboard"));
    m_copyButton->setIcon(ThemedIcon::themed(u"copy"_s));
    m_copyButton->setText(tr("Copy"));
    m_copyButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copyButton->setEnabled(!tls.sha256Fingerprint.isEmpty());
    connect(m_copyButton, &QToolButton::clicked, this, &CertificateDialog::copyFingerprint);
    auto *fingerprintRow = new QHBoxLayout;
    fingerprintRow->addWidget(m_fingerprintLabel, 1);
    fingerprintRow->addWidget(m_copyButton);
    form->addRow(tr("SHA-256 fingerprint:"), fingerprintRow);

    QStringList problems;
    for (const QString &error : tls.verificationErrors)
        problems << tr("• %1").arg(error);
    problems.removeDuplicates();
    if (problems.isEmpty())
        problems << tr("The certificate could not be verified.");
    QLabel *problemsLabel = valueLabel(u"problemsValueLabel"_s, tr("Problems"), problems.join(u'\n'), this);
    form->addRow(tr("Problems:"), problemsLabel);

    auto *warningLabel = new QLabel(
        tr("If you trust this certificate, Mailwright will accept exactly this certificate for the profile “%1” "
           "and refuse any other. When the server's certificate changes — renewed, or replaced by someone "
           "listening in on your connection — it will be refused again and you will be asked anew.\n\n"
           "Before trusting it, compare the fingerprint above with the one your mail provider or administrator "
           "publishes. If you cannot, choose Cancel.")
            .arg(profileName),
        this);
    warningLabel->setObjectName(u"trustWarningLabel"_s);
    warningLabel->setAccessibleName(tr("What trusting means"));
    warningLabel->setTextFormat(Qt::PlainText);
    warningLabel->setWordWrap(true);
    warningLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(u"certificateButtonBox"_s);
    m_trustButton = buttons->addButton(tr("Trust This Certificate for This Profile"), QDialogButtonBox::AcceptRole);
    m_trustButton->setObjectName(u"trustCertificateButton"_s);
    m_trustButton->setAccessibleName(tr("Trust this certificate for this profile"));
    m_trustButton->setEnabled(!tls.sha256Fingerprint.isEmpty()); // nothing to pin without it
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_cancelButton->setAccessibleName(tr("Cancel"));
    // Return must not trust by accident: Cancel is the default and has the focus.
    m_trustButton->setAutoDefault(false);
    m_cancelButton->setDefault(true);
    m_cancelButton->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(form);
    layout->addSpacing(layout->spacing() * 2); // what trusting means, apart from the facts
    layout->addWidget(warningLabel);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

CertificateDialog::~CertificateDialog() = default;

void CertificateDialog::copyFingerprint()
{
    QGuiApplication::clipboard()->setText(m_tls.sha256Fingerprint);
    m_copyButton->setText(tr("Copied"));
}
