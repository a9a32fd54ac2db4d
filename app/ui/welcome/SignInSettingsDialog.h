#pragma once

#include "core/config/AppConfig.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace MentorDesk {

// Client ID, tenant, cloud and (advanced) authority / Graph URL, validated with AppConfig's rules.
class SignInSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInSettingsDialog(const AppConfig &config, QWidget *parent = nullptr);

    AppConfig config() const;
    // A sentence above the form (e.g. that the demo tenant is running and these settings are for later).
    void setNote(const QString &note);
    void accept() override;

private:
    AppConfig m_base;
    QLineEdit *m_clientId;
    QLineEdit *m_tenant;
    QComboBox *m_cloud;
    QLineEdit *m_authority;
    QLineEdit *m_graphUrl;
    QSpinBox *m_timeout;
    QCheckBox *m_customCloud;
    QLabel *m_note;
    QLabel *m_error;
};

} // namespace MentorDesk
