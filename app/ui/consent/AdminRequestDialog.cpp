#include "ui/consent/AdminRequestDialog.h"

#include "core/auth/BrowserOpener.h"
#include "ui/common/Theme.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
QLineEdit *readOnlyField(const QString &objectName, const QString &text, const QString &accessibleName, QWidget *parent)
{
    auto *field = new QLineEdit(text, parent);
    field->setObjectName(objectName);
    field->setReadOnly(true);
    field->setAccessibleName(accessibleName);
    field->setCursorPosition(0);
    return field;
}
} // namespace

AdminRequestDialog::AdminRequestDialog(const AdminConsentRequest &request, BrowserOpener *browser, QWidget *parent)
    : QDialog(parent)
    , m_request(request)
    , m_browser(browser)
{
    setObjectName(u"adminRequestDialog"_s);
    setWindowTitle(tr("Request approval from IT"));

    auto *intro = new QLabel(this);
    intro->setObjectName(u"intro"_s);
    intro->setWordWrap(true);
    intro->setText(tr("Your organisation may let only administrators approve apps. Send this request to your IT "
                      "department: it says what MentorDesk is, which permissions it asks for and why, and has the "
                      "link an administrator opens to approve it for everyone. Once they have approved, choose "
                      "\"Check again\" in MentorDesk."));

    auto *details = new QFormLayout;
    details->addRow(tr("Application (client) ID:"),
                    readOnlyField(u"clientId"_s, request.clientId(), tr("Application (client) ID"), this));
    details->addRow(tr("Tenant:"), readOnlyField(u"tenant"_s, request.tenant(), tr("Tenant"), this));
    auto *link
        = readOnlyField(u"adminConsentUrl"_s, request.adminConsentLink(), tr("Administrator consent link"), this);
    auto *copyLink = new QPushButton(tr("Copy &link"), this);
    copyLink->setObjectName(u"copyAdminLink"_s);
    copyLink->setAccessibleName(tr("Copy administrator consent link"));
    connect(copyLink, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_request.adminConsentLink());
        setStatus(tr("The administrator's link is on the clipboard."), false);
    });
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(link, 1);
    linkRow->addWidget(copyLink);
    details->addRow(tr("Administrator's link:"), linkRow);

    auto *scopes = new QTableWidget(int(request.scopes().size()), 3, this);
    scopes->setObjectName(u"scopes"_s);
    scopes->setAccessibleName(tr("Delegated permissions MentorDesk asks for"));
    scopes->setHorizontalHeaderLabels({tr("Permission"), tr("Why MentorDesk needs it"), tr("Administrator")});
    scopes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    scopes->setSelectionBehavior(QAbstractItemView::SelectRows);
    scopes->verticalHeader()->hide();
    scopes->horizontalHeader()->setAccessibleName(tr("Columns of the permissions"));
    scopes->setWordWrap(true);
    for (int row = 0; row < request.scopes().size(); ++row) {
        const AdminConsentRequest::Scope &scope = request.scopes().at(row);
        auto *name = new QTableWidgetItem(scope.name);
        name->setToolTip(scope.title);
        scopes->setItem(row, 0, name);
        scopes->setItem(row, 1, new QTableWidgetItem(scope.why));
        scopes->setItem(row, 2,
                        new QTableWidgetItem(scope.needsAdministrator ? tr("Needs an administrator")
                                                                      : tr("Users may consent, unless not allowed")));
    }
    scopes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    scopes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    scopes->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_scopes = scopes;

    auto *message = new QPlainTextEdit(request.message(), this);
    message->setObjectName(u"message"_s);
    message->setReadOnly(true);
    message->setAccessibleName(tr("Message for your IT department"));
    message->setMinimumHeight(160);

    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // a file path or an error from the system

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *copy = buttons->addButton(tr("&Copy request"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyRequest"_s);
    copy->setAccessibleName(tr("Copy request"));
    QPushButton *save = buttons->addButton(tr("&Save as…"), QDialogButtonBox::ActionRole);
    save->setObjectName(u"saveRequest"_s);
    save->setAccessibleName(tr("Save request as a file"));
    QPushButton *mail = buttons->addButton(tr("&Email…"), QDialogButtonBox::ActionRole);
    mail->setObjectName(u"emailRequest"_s);
    mail->setAccessibleName(tr("Open the request in your mail program"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(u"close"_s);
    close->setAccessibleName(tr("Close"));
    connect(copy, &QPushButton::clicked, this, &AdminRequestDialog::copyRequest);
    connect(save, &QPushButton::clicked, this, &AdminRequestDialog::saveAs);
    connect(mail, &QPushButton::clicked, this, &AdminRequestDialog::email);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(details);
    layout->addWidget(scopes, 1);
    layout->addWidget(new QLabel(tr("Message:"), this));
    layout->addWidget(message);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(820, 720);
}

void AdminRequestDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    // Rows fit their wrapped text at the width the columns get once the layout has run.
    QMetaObject::invokeMethod(m_scopes, &QTableWidget::resizeRowsToContents, Qt::QueuedConnection);
}

void AdminRequestDialog::copyRequest()
{
    QApplication::clipboard()->setText(m_request.toText());
    setStatus(tr("The request is on the clipboard: paste it into a message or a ticket for your IT department."),
              false);
}

void AdminRequestDialog::saveAs()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the request"),
                                                      QDir(folder).filePath(tr("MentorDesk approval request.txt")),
                                                      tr("Text files (*.txt)"));
    if (!path.isEmpty())
        saveTo(path);
}

bool AdminRequestDialog::saveTo(const QString &path)
{
    QSaveFile file(path);
    const QByteArray text = m_request.toText().toUtf8();
    // flush() first: commit() (Qt 6.4) misses a failure to write out the buffered rest (a full disk) and would
    // report an empty file as saved.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(text) < 0 || !file.flush() || !file.commit()) {
        setStatus(
            tr("The request could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            true);
        return false;
    }
    setStatus(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void AdminRequestDialog::email()
{
    if (m_browser && m_browser->openUrl(m_request.mailtoUrl())) {
        setStatus(tr("Your mail program has the request; add your IT department's address and send it."), false);
        return;
    }
    setStatus(tr("No mail program could be opened. Copy the request or save it, and send it another way."), true);
}

void AdminRequestDialog::setStatus(const QString &text, bool isError)
{
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, isError ? Theme::danger() : palette.color(QPalette::Text));
    m_status->setPalette(palette);
    m_status->setText(text);
}

QString AdminRequestDialog::statusText() const
{
    return m_status->text();
}

} // namespace MentorDesk
