#include "common/OutboxDialog.h"

#include "common/Theme.h"
#include "graph/Outbox.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace MentorDesk {

OutboxDialog::OutboxDialog(Outbox *outbox, QWidget *parent)
    : QDialog(parent)
    , m_outbox(outbox)
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
    m_view->setModel(outbox);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);

    m_details = new QLabel(this);
    m_details->setObjectName(u"outboxDetails"_s);
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
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_outbox)
            m_outbox->retry(selectedId());
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (m_outbox)
            m_outbox->discard(selectedId());
    });
    connect(m_tryNow, &QPushButton::clicked, this, [this] {
        if (m_outbox)
            m_outbox->sendPendingNow();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &OutboxDialog::updateButtons);
    connect(outbox, &QAbstractItemModel::dataChanged, this, &OutboxDialog::updateButtons);
    connect(outbox, &QAbstractItemModel::rowsRemoved, this, &OutboxDialog::updateButtons);
    connect(outbox, &QAbstractItemModel::rowsInserted, this, &OutboxDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);
    layout->addWidget(buttons);
    resize(560, 360);
    if (outbox->rowCount() > 0)
        m_view->setCurrentIndex(outbox->index(0, 0));
    updateButtons();
}

qint64 OutboxDialog::selectedId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(Outbox::IdRole).toLongLong() : 0;
}

void OutboxDialog::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    const bool valid = m_outbox && current.isValid();
    m_retry->setEnabled(valid && current.data(Outbox::CanRetryRole).toBool());
    m_discard->setEnabled(valid && current.data(Outbox::CanDiscardRole).toBool());
    m_tryNow->setEnabled(m_outbox && m_outbox->count(OutboxState::Pending) > 0);
    m_details->setText(valid ? u"%1 — %2\n%3"_s
                                   .arg(current.data(Outbox::StateTextRole).toString(),
                                        current.data(Outbox::MessageRole).toString(),
                                        current.data(Outbox::ErrorDetailsRole).toString())
                                   .trimmed()
                             : tr("Nothing is waiting."));
    if (!valid && m_outbox && m_outbox->rowCount() > 0)
        m_view->setCurrentIndex(m_outbox->index(0, 0));
}

OutboxIndicator::OutboxIndicator(QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(u"outboxIndicator"_s);
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
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
        connect(outbox, &QAbstractItemModel::rowsInserted, this, &OutboxIndicator::refresh);
        connect(outbox, &QAbstractItemModel::rowsRemoved, this, &OutboxIndicator::refresh);
        connect(outbox, &QAbstractItemModel::dataChanged, this, &OutboxIndicator::refresh);
        connect(outbox, &QAbstractItemModel::modelReset, this, &OutboxIndicator::refresh);
    }
    refresh();
}

void OutboxIndicator::refresh()
{
    const int total = m_outbox ? m_outbox->rowCount() : 0;
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
