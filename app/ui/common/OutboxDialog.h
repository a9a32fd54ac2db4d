#pragma once

#include <QDialog>
#include <QPointer>
#include <QToolButton>

class QLabel;
class QPushButton;
class QTreeView;

namespace MentorDesk {

class Outbox;
class OutboxModel;

// The writes that have not reached Microsoft yet (bookings, reschedules, cancellations, posts): what each is, its
// state, what happened, and the user's choices — Retry, Discard, Try now.
class OutboxDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OutboxDialog(Outbox *outbox, QWidget *parent = nullptr);

    qint64 selectedId() const;

private:
    // Retry; for an entry whose earlier attempt may have arrived (NeedsAttention), only after the user confirms.
    void retrySelected();
    void updateButtons();

    QPointer<Outbox> m_outbox;
    OutboxModel *m_model;
    QTreeView *m_view;
    QLabel *m_details;
    QPushButton *m_retry;
    QPushButton *m_discard;
    QPushButton *m_tryNow;
};

// A status bar button that appears while writes are waiting ("2 changes waiting to be sent") and opens the dialog.
class OutboxIndicator : public QToolButton
{
    Q_OBJECT

public:
    explicit OutboxIndicator(QWidget *parent = nullptr);

    void setOutbox(Outbox *outbox);

private:
    void refresh();

    QPointer<Outbox> m_outbox;
    QPointer<OutboxDialog> m_dialog;
};

} // namespace MentorDesk
