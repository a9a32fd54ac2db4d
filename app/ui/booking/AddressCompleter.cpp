#include "ui/booking/AddressCompleter.h"

#include "core/booking/AddressList.h"

#include <QStringListModel>

using namespace Qt::StringLiterals;

namespace MentorDesk {

AddressCompleter::AddressCompleter(QObject *parent)
    : QCompleter(parent)
    , m_model(new QStringListModel(this))
{
    setModel(m_model);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
    setCompletionMode(QCompleter::PopupCompletion);
    setMaxVisibleItems(8);
}

void AddressCompleter::setPeople(const QList<EmailAddress> &people)
{
    QStringList entries;
    entries.reserve(people.size());
    for (const EmailAddress &person : people)
        entries << AddressList::formatOne(person);
    m_model->setStringList(entries);
}

int AddressCompleter::peopleCount() const
{
    return m_model->rowCount();
}

namespace {
// Where the entry being typed starts: just after the last separator outside quotes.
qsizetype entryStart(const QString &text)
{
    qsizetype start = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'"')
            quoted = !quoted;
        else if (!quoted && (text.at(i) == u',' || text.at(i) == u';'))
            start = i + 1;
    }
    return start;
}
} // namespace

QString AddressCompleter::completedPrefix(const QString &text)
{
    const qsizetype start = entryStart(text);
    return start == 0 ? QString() : text.left(start) + u' ';
}

QStringList AddressCompleter::splitPath(const QString &path) const
{
    return {path.mid(entryStart(path)).trimmed()};
}

QString AddressCompleter::pathFromIndex(const QModelIndex &index) const
{
    // The line as it was typed (completionPrefix()), not as it is now: highlighting a row in the popup already
    // put a completion into the line, and choosing it must not add it a second time.
    return completedPrefix(completionPrefix()) + QCompleter::pathFromIndex(index) + u", "_s;
}

} // namespace MentorDesk
