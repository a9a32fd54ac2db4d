#include "ui/main/AboutDialog.h"

#include "core/common/Version.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace MentorDesk {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About MentorDesk"));
    setObjectName(u"aboutDialog"_s);

    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAccessibleName(tr("MentorDesk icon"));

    auto *title = new QLabel(u"<h2>%1</h2>"_s.arg(tr("MentorDesk")), this);
    m_version
        = new QLabel(tr("Version %1 (Qt %2)").arg(QLatin1StringView(kVersion), QLatin1StringView(qVersion())), this);
    m_version->setObjectName(u"aboutVersion"_s);
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *text
        = new QLabel(tr("Book Teams mentoring sessions, read your Outlook calendars and post to a Teams channel, "
                        "with delegated Microsoft Graph permissions only: MentorDesk acts as you and can never "
                        "reach data you cannot reach."),
                     this);
    text->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *textColumn = new QVBoxLayout;
    textColumn->addWidget(title);
    textColumn->addWidget(m_version);
    textColumn->addWidget(text);
    textColumn->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addLayout(textColumn, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString AboutDialog::versionText() const
{
    return m_version->text();
}

} // namespace MentorDesk
