#include "sandbox/graph/GraphContext.h"

using namespace Qt::StringLiterals;

namespace MentorDesk::Sandbox {

bool GraphContext::hasAnyScope(const QStringList &accepted) const
{
    for (const QString &scope : scopes) {
        if (accepted.contains(scope, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QStringList GraphContext::select() const
{
    QStringList fields;
    for (const QString &field : param(u"$select"_s).split(u',', Qt::SkipEmptyParts))
        fields << field.trimmed();
    return fields;
}

} // namespace MentorDesk::Sandbox
