#include "ui/common/OutboxDialog.h"

#include "core/outbox/Outbox.h"
#include "core/outbox/OutboxModel.h"
#include "ui/common/Icons.h"
#include "ui/common/Theme.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace MentorDesk {

OutboxDialog::OutboxDialog(Outbox *outbox, QWidget *parent)
    : QDialog(parent)
    , m_outbox(outbox)
    , m_model(new OutboxModel(outbox, this))
{
    setObjectName(u"outboxDialog"_s);
    setWindowTitle(tr("Waiting to be sent"));
    auto *intro = new QLabel(tr("These changes are kept on this computer until Microsoft has them. MentorDesk sends "
                                "them by itself when your connection and your sign-in are back, and never twice."),
                             this);
    intro->setWordWrap(true);

    m_view = new QTreeView(this);
    m_view->setObjectName(u"outboxList"_s);
    m_view->setAccessibleName(tr("Changes waiting to be sent"));
    m_view->setRootIsDecorated(false);
    m_view->setHeaderHidden(true); // one column: the label says it all
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);

    m_details = new QLabel(this);
    m_details->setObjectName(u"outboxDetails"_s);
    m_details->setTextFormat(Qt::PlainText); // labels and Graph's error codes and messages
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    m_retry = buttons->addButton(tr("&Retry"), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(u"outboxRetry"_s);
    m_retry->setAccessibleName(tr("Retry the selected change"));
    m_discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    m_discard->setObjectName(u"outboxDiscard"_s);
    m_discard->setAccessibleName(tr("Discard the selected change"));
    m_tryNow = buttons->addButton(tr("Try &now"), QDialogButtonBox::ActionRole);
    m_tryNow->setObjectName(u"outboxTryNow"_s);
    m_tryNow->setAccessibleName(tr("Try sending everything now"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &OutboxDialog::retrySelected);
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (m_outbox)
            m_outbox->discard(selectedId());
    });
    connect(m_tryNow, &QPushButton::clicked, this, [this] {
        if (m_outbox)
            m_outbox->sendPendingNow();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &OutboxDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OutboxDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &OutboxDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &OutboxDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);
    layout->addWidget(buttons);
    resize(560, 360);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateButtons();
}

qint64 OutboxDialog::selectedId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(OutboxModel::IdRole).toLongLong() : 0;
}

void OutboxDialog::retrySelected()
{
    if (!m_outbox)
        return;
    const qint64 id = selectedId();
    const std::optional<OutboxEntry> entry = m_outbox->entry(id);
    if (!entry)
        return;
    if (entry->state != OutboxState::NeedsAttention) {
        m_outbox->retry(id); // Pending or Failed: it surely did not arrive, so sending it again is safe
        return;
    }
    // The earlier attempt may have arrived: sending again without a look could post or book it twice.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Send again?"),
                                tr("MentorDesk could not confirm whether \"%1\" reached Microsoft when it was sent "
                                   "before. If it did, sending it again makes a duplicate: a second post in the "
                                   "channel or a second meeting. Look in Teams or Outlook first, and send it again "
                                   "only if it is not there.")
                                    .arg(entry->label),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(u"outboxRetryQuestion"_s);
    box->setTextFormat(Qt::PlainText); // the label may carry a subject, team or channel name
    box->setDefaultButton(QMessageBox::No);
    box->setEscapeButton(QMessageBox::No);
    box->button(QMessageBox::Yes)->setText(tr("&Send again"));
    box->button(QMessageBox::Yes)->setAccessibleName(tr("Send again"));
    box->button(QMessageBox::No)->setText(tr("&Do not send"));
    box->button(QMessageBox::No)->setAccessibleName(tr("Do not send"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    // Window-modal and asynchronous: no nested event loop in which the outbox or this dialog could go away.
    connect(box, &QMessageBox::finished, this, [this, box, id] {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes && m_outbox)
            m_outbox->retry(id);
    });
    box->open();
}

void OutboxDialog::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    const bool valid = m_outbox && current.isValid();
    m_retry->setEnabled(valid && current.data(OutboxModel::CanRetryRole).toBool());
    m_discard->setEnabled(valid && current.data(OutboxModel::CanDiscardRole).toBool());
    m_tryNow->setEnabled(m_outbox && m_outbox->count(OutboxState::Pending) > 0);
    m_details->setText(valid ? u"%1 — %2\n%3"_s
                                   .arg(current.data(OutboxModel::StateTextRole).toString(),
                                        current.data(OutboxModel::MessageRole).toString(),
                                        current.data(OutboxModel::ErrorDetailsRole).toString())
                                   .trimmed()
                             : tr("Nothing is waiting."));
    if (!valid && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

OutboxIndicator::OutboxIndicator(QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(u"outboxIndicator"_s);
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIcon(Icons::get(Icons::Name::Refresh));
    connect(this, &QToolButton::clicked, this, [this] {
        if (!m_outbox)
            return;
        if (!m_dialog) {
            m_dialog = new OutboxDialog(m_outbox, window());
            m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        }
        m_dialog->show();
        m_dialog->raise();
    });
    hide();
}

void OutboxIndicator::setOutbox(Outbox *outbox)
{
    if (m_dialog)
        m_dialog->close();
    if (m_outbox)
        m_outbox->disconnect(this);
    m_outbox = outbox;
    if (outbox) {
        connect(outbox, &Outbox::entryAdded, this, &OutboxIndicator::refresh);
        connect(outbox, &Outbox::entryUpdated, this, &OutboxIndicator::refresh);
        connect(outbox, &Outbox::entryRemoved, this, &OutboxIndicator::refresh);
    }
    refresh();
}

void OutboxIndicator::refresh()
{
    const int total = m_outbox ? m_outbox->size() : 0;
    setVisible(total > 0);
    if (total == 0)
        return;
    const int problems = m_outbox->count(OutboxState::Failed) + m_outbox->count(OutboxState::NeedsAttention);
    // Singular and plural spelled out: there is no English plural translation file.
    if (problems > 0)
        setText(problems == 1 ? tr("1 change needs your attention")
                              : tr("%1 changes need your attention").arg(problems));
    else
        setText(total == 1 ? tr("1 change waiting to be sent") : tr("%1 changes waiting to be sent").arg(total));
    setAccessibleName(text());
    setToolTip(tr("Show the changes that have not reached Microsoft yet"));
    QPalette p = palette();
    p.setColor(QPalette::ButtonText, problems > 0 ? Theme::danger() : Theme::warning());
    setPalette(p);
}

} // namespace MentorDesk
