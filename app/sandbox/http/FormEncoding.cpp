#include "sandbox/http/FormEncoding.h"

#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace MentorDesk::Sandbox {

namespace {
QString decodeComponent(QByteArray component)
{
    component.replace('+', ' ');
    return QUrl::fromPercentEncoding(component);
}
} // namespace

ParameterList FormEncoding::parse(const QByteArray &encoded)
{
    ParameterList parameters;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            parameters.append({decodeComponent(pair), QString()});
        else
            parameters.append({decodeComponent(pair.left(eq)), decodeComponent(pair.mid(eq + 1))});
    }
    return parameters;
}

QByteArray FormEncoding::encodeValue(const QString &value)
{
    // As Entra's redirects are encoded (.NET's form encoding): letters, digits and -_.!*() stay, a space becomes '+',
    // everything else is %xx with lower-case hex, e.g. "AADSTS65004%3a+User+declined".
    QByteArray encoded = QUrl::toPercentEncoding(value, " !*()", "~");
    encoded.replace(' ', '+');
    for (qsizetype i = 0; i + 2 < encoded.size(); ++i) {
        if (encoded.at(i) == '%') {
            encoded[i + 1] = QChar::toLower(char16_t(encoded.at(i + 1)));
            encoded[i + 2] = QChar::toLower(char16_t(encoded.at(i + 2)));
            i += 2;
        }
    }
    return encoded;
}

QByteArray FormEncoding::encode(const ParameterList &parameters)
{
    QByteArray out;
    for (const auto &[name, value] : parameters) {
        if (!out.isEmpty())
            out += '&';
        out += encodeValue(name) + '=' + encodeValue(value);
    }
    return out;
}

QStringList FormEncoding::duplicatedNames(const ParameterList &parameters)
{
    QSet<QString> seen;
    QStringList duplicated;
    for (const auto &parameter : parameters) {
        if (seen.contains(parameter.first) && !duplicated.contains(parameter.first))
            duplicated << parameter.first;
        seen.insert(parameter.first);
    }
    return duplicated;
}

QString FormEncoding::firstValue(const ParameterList &parameters, QStringView name)
{
    for (const auto &[key, value] : parameters) {
        if (key == name)
            return value;
    }
    return {};
}

} // namespace MentorDesk::Sandbox
