#include "SignInDialog.h"
#include "ui_SignInDialog.h"

#include "ThemedIcon.h"
#include "send/OAuthAccount.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

SignInDialog::SignInDialog(AppServices *services, const AccountProfile &profile, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_services(services)
    , m_profile(profile)
    , m_provider(OAuthProvider::forSettings(profile.oauth))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Sign In with %1 — %2").arg(m_provider.name, profile.name));
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->tryAgainButton, &QPushButton::clicked, this, &SignInDialog::start);
    connect(m_ui->openAgainButton, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_page); });
    connect(m_ui->copyLinkButton, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_page.toString(QUrl::FullyEncoded)); });
    m_ui->tryAgainButton->hide();
    m_ui->openAgainButton->hide();
    m_ui->copyLinkButton->hide();
    m_ui->iconLabel->hide();
}

SignInDialog::~SignInDialog()
{
    if (m_signIn)
        m_signIn->disconnect(this);
}

void SignInDialog::start()
{
    if (m_signIn)
        return;
    if (const QString problem = m_provider.problem(); !problem.isEmpty()) {
        showProblem(tr("Signing in with %1 is not set up.").arg(m_provider.name), problem);
        return;
    }
    m_ui->iconLabel->hide();
    m_ui->tryAgainButton->hide();
    m_ui->busyProgressBar->show();
    m_ui->cancelButton->setText(tr("Cancel"));
    m_ui->headlineLabel->setText(tr("Opening %1's sign-in page…").arg(m_provider.name));
    m_ui->explanationLabel->setText(
        tr("Sign in as %1 in your browser and allow Mailwright to send mail. This window closes by itself when you "
           "are done.")
            .arg(m_profile.senderAddress));
    m_signIn = new OAuthSignIn(m_provider, this);
    connect(m_signIn, &OAuthSignIn::openBrowser, this, [this](const QUrl &url) {
        m_page = url;
        m_ui->headlineLabel->setText(tr("Waiting for you to sign in with %1 in your browser…").arg(m_provider.name));
        m_ui->openAgainButton->show();
        m_ui->copyLinkButton->show();
        if (!QDesktopServices::openUrl(url))
            m_ui->explanationLabel->setText(tr("Mailwright could not open a browser. Copy the link and open it in "
                                               "one; this window closes by itself when you are done."));
    });
    connect(m_signIn, &OAuthSignIn::finished, this, &SignInDialog::onFinished);
    m_signIn->start();
}

void SignInDialog::onFinished(const OAuthOutcome &outcome)
{
    m_signIn->deleteLater();
    m_signIn = nullptr;
    m_ui->openAgainButton->hide();
    m_ui->copyLinkButton->hide();
    if (!outcome.ok()) {
        showProblem(tr("The sign-in did not work."), outcome.error.message(m_provider.name));
        return;
    }
    m_ui->headlineLabel->setText(tr("Signed in as %1; saving…").arg(outcome.tokens.account));
    OAuthAccount::keepSignIn(m_services, m_profile, outcome.tokens, this, [this](const ProfileStoreResult &kept) {
        if (!kept.profile.id.isEmpty() && kept.profile.oauth.signedInAt.isValid()) {
            if (!kept.ok()) // kept in memory only: the person should know
                m_ui->explanationLabel->setText(kept.error);
            Q_EMIT signedIn(kept.profile);
            accept();
            return;
        }
        showProblem(tr("Signed in, but the sign-in could not be kept."), kept.error);
    });
}

void SignInDialog::showProblem(const QString &headline, const QString &text)
{
    m_ui->busyProgressBar->hide();
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_ui->iconLabel->setPixmap(ThemedIcon::coloured(u"dialog-error"_s).pixmap(size, size));
    m_ui->iconLabel->show();
    m_ui->headlineLabel->setText(headline);
    m_ui->explanationLabel->setText(text);
    m_ui->tryAgainButton->setVisible(m_provider.problem().isEmpty());
    m_ui->cancelButton->setText(tr("Close"));
}

void SignInDialog::done(int result)
{
    if (m_signIn) {
        m_signIn->disconnect(this);
        m_signIn->cancel();
        m_signIn->deleteLater();
        m_signIn = nullptr;
    }
    QDialog::done(result);
}
