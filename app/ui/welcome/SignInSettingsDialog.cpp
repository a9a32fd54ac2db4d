#include "ui/welcome/SignInSettingsDialog.h"

#include "ui/common/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace MentorDesk {

SignInSettingsDialog::SignInSettingsDialog(const AppConfig &config, QWidget *parent)
    : QDialog(parent)
    , m_base(config)
{
    setObjectName(u"signInSettingsDialog"_s);
    setWindowTitle(tr("Sign-in settings"));

    auto *intro = new QLabel(tr("MentorDesk signs in with your organisation's app registration in Microsoft Entra ID. "
                                "Your administrator can tell you its application (client) ID; README explains how to "
                                "register one."),
                             this);
    intro->setWordWrap(true);
    m_note = new QLabel(this);
    m_note->setObjectName(u"settingsNote"_s);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->hide();

    m_clientId = new QLineEdit(config.clientId, this);
    m_clientId->setObjectName(u"clientId"_s);
    m_clientId->setAccessibleName(tr("Application (client) ID"));
    m_clientId->setPlaceholderText(u"00000000-0000-0000-0000-000000000000"_s);
    m_tenant = new QLineEdit(config.tenant, this);
    m_tenant->setObjectName(u"tenant"_s);
    m_tenant->setAccessibleName(tr("Tenant"));
    m_tenant->setPlaceholderText(tr("organizations, a tenant ID or a domain"));
    m_cloud = new QComboBox(this);
    m_cloud->setObjectName(u"cloud"_s);
    m_cloud->setAccessibleName(tr("Cloud"));
    for (Cloud cloud : CloudInfo::all())
        m_cloud->addItem(CloudInfo::displayName(cloud), QVariant::fromValue(int(cloud)));
    m_cloud->setCurrentIndex(CloudInfo::all().indexOf(config.cloud));

    auto *form = new QFormLayout;
    form->addRow(tr("Application (&client) ID:"), m_clientId);
    form->addRow(tr("&Tenant:"), m_tenant);
    form->addRow(tr("C&loud:"), m_cloud);

    auto *advanced = new QGroupBox(tr("Advanced"), this);
    advanced->setCheckable(true);
    advanced->setChecked(!config.authorityOverride.isEmpty() || !config.graphUrlOverride.isEmpty());
    advanced->setAccessibleName(tr("Advanced settings"));
    m_authority = new QLineEdit(config.authorityOverride.toString(), advanced);
    m_authority->setObjectName(u"authority"_s);
    m_authority->setAccessibleName(tr("Sign-in authority URL"));
    m_authority->setPlaceholderText(tr("from cloud and tenant"));
    m_graphUrl = new QLineEdit(config.graphUrlOverride.toString(), advanced);
    m_graphUrl->setObjectName(u"graphUrl"_s);
    m_graphUrl->setAccessibleName(tr("Microsoft Graph URL"));
    m_graphUrl->setPlaceholderText(tr("from cloud"));
    m_timeout = new QSpinBox(advanced);
    m_timeout->setObjectName(u"timeout"_s);
    m_timeout->setAccessibleName(tr("Sign-in timeout in seconds"));
    m_timeout->setRange(30, 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(config.signInTimeoutSeconds);
    m_customCloud = new QCheckBox(tr("C&ustom cloud: trust these two addresses"), advanced);
    m_customCloud->setObjectName(u"customCloud"_s);
    m_customCloud->setAccessibleName(tr("Custom cloud"));
    m_customCloud->setChecked(config.customCloud);
    auto *customWarning = new QLabel(tr("Only for an identity provider and Graph your administrator runs outside "
                                        "Microsoft's clouds. Your sign-in and your Microsoft Graph tokens go to "
                                        "these addresses: never turn this on because a message asks you to."),
                                     advanced);
    customWarning->setObjectName(u"customCloudWarning"_s);
    customWarning->setWordWrap(true);
    customWarning->setTextFormat(Qt::PlainText);
    auto *advancedForm = new QFormLayout(advanced);
    advancedForm->addRow(tr("Sign-in &authority:"), m_authority);
    advancedForm->addRow(tr("Microsoft &Graph:"), m_graphUrl);
    advancedForm->addRow(m_customCloud);
    advancedForm->addRow(customWarning);
    advancedForm->addRow(tr("Sign-in ti&meout:"), m_timeout);
    connect(advanced, &QGroupBox::toggled, this, [this](bool on) {
        if (!on) {
            m_authority->clear();
            m_graphUrl->clear();
            m_customCloud->setChecked(false);
        }
    });

    m_error = new QLabel(this);
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText); // may quote what the user typed
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, Theme::danger());
    m_error->setPalette(palette);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_note);
    layout->addLayout(form);
    layout->addWidget(advanced);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

AppConfig SignInSettingsDialog::config() const
{
    AppConfig config = m_base;
    config.clientId = m_clientId->text().trimmed();
    config.tenant = m_tenant->text().trimmed().isEmpty() ? u"organizations"_s : m_tenant->text().trimmed();
    config.cloud = Cloud(m_cloud->currentData().toInt());
    config.authorityOverride = QUrl(m_authority->text().trimmed(), QUrl::StrictMode);
    config.graphUrlOverride = QUrl(m_graphUrl->text().trimmed(), QUrl::StrictMode);
    config.signInTimeoutSeconds = m_timeout->value();
    config.customCloud = m_customCloud->isChecked();
    return config;
}

void SignInSettingsDialog::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void SignInSettingsDialog::accept()
{
    const AppConfig candidate = config();
    QString problem = candidate.validate();
    if (problem.isEmpty() && !candidate.clientId.isEmpty() && QUuid::fromString(candidate.clientId).isNull())
        problem = tr("The application (client) ID is a GUID such as 5d2c8a3e-6b1f-4f0e-9a57-0c3d4e5f6a7b.");
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace MentorDesk
