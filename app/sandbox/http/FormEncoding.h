#pragma once

#include "sandbox/http/HttpRequest.h"

namespace MentorDesk::Sandbox {

// application/x-www-form-urlencoded as browsers and Entra use it ('+' for spaces). QUrlQuery keeps '+' as is
// and folds nothing we need, so the sandbox reads and writes this format itself; duplicates stay visible.
class FormEncoding
{
public:
    static ParameterList parse(const QByteArray &encoded);
    static QByteArray encode(const ParameterList &parameters);
    static QByteArray encodeValue(const QString &value);
    static QStringList duplicatedNames(const ParameterList &parameters);
    // The first value of name, or a null string.
    static QString firstValue(const ParameterList &parameters, QStringView name);
};

} // namespace MentorDesk::Sandbox
