#pragma once

#include "core/model/EmailAddress.h"

#include <QCompleter>
#include <QList>

class QStringListModel;

namespace MentorDesk {

// Completion for a line of several addresses ("Priya Sharma <priya@…>, jo|"): only the entry being typed is
// completed, matching anywhere in a name or address, and choosing one keeps the entries before it.
class AddressCompleter : public QCompleter
{
    Q_OBJECT

public:
    explicit AddressCompleter(QObject *parent = nullptr);

    void setPeople(const QList<EmailAddress> &people);
    int peopleCount() const;

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;

    // The text before the entry being typed ("a@x.org, "), for pathFromIndex().
    static QString completedPrefix(const QString &text);

private:
    QStringListModel *m_model;
};

} // namespace MentorDesk
