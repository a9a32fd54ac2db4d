#include "sandbox/faults/RandomFaults.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace MentorDesk::Sandbox {

namespace {

Fault kind(Fault::Type type, int status = 503, const QString &code = {})
{
    Fault fault;
    fault.type = type;
    fault.status = status;
    fault.code = code;
    fault.remaining = 1;
    return fault;
}

// The names in "types"; the same words as a fault's "type", with status faults split by what they answer.
QList<std::pair<QString, Fault>> namedKinds()
{
    Fault unavailable = kind(Fault::Type::Status, 503, u"serviceNotAvailable"_s);
    unavailable.retryAfterSeconds = 0;
    Fault throttled = kind(Fault::Type::Status, 429, u"TooManyRequests"_s);
    throttled.retryAfterSeconds = 0;
    Fault delay = kind(Fault::Type::Delay);
    delay.delayMs = 50;
    return {{u"503"_s, unavailable},
            {u"429"_s, throttled},
            {u"drop"_s, kind(Fault::Type::Drop)},
            {u"truncate"_s, kind(Fault::Type::Truncate, 200)},
            {u"malformed"_s, kind(Fault::Type::Malformed, 200)},
            {u"delay"_s, delay}};
}

} // namespace

QList<Fault> RandomFaults::defaultKinds()
{
    QList<Fault> kinds;
    for (const auto &[name, fault] : namedKinds())
        kinds.append(fault);
    return kinds;
}

void RandomFaults::start(double probability, quint32 seed, QList<Fault> kinds, const QString &pathPrefix)
{
    m_probability = probability;
    m_seed = seed;
    m_kinds = std::move(kinds);
    m_pathPrefix = pathPrefix;
    m_random.seed(seed);
    m_requests = 0;
    m_injected = 0;
}

void RandomFaults::stop()
{
    m_probability = 0;
    m_kinds.clear();
}

std::optional<Fault> RandomFaults::draw(const QString &path)
{
    if (!isActive() || !path.startsWith(m_pathPrefix))
        return std::nullopt;
    ++m_requests;
    // Two draws per request whatever the outcome, so the sequence depends on the seed and the request count only.
    const double roll = m_random.generateDouble();
    const quint32 which = m_random.bounded(quint32(m_kinds.size()));
    if (roll >= m_probability)
        return std::nullopt;
    ++m_injected;
    Fault fault = m_kinds.at(qsizetype(which));
    fault.id = u"random-%1"_s.arg(m_injected);
    fault.pathPrefix = m_pathPrefix;
    return fault;
}

QJsonObject RandomFaults::toJson() const
{
    QJsonArray types;
    for (const Fault &fault : m_kinds)
        types.append(fault.toJson());
    return QJsonObject{{u"active"_s, isActive()}, {u"probability"_s, m_probability}, {u"seed"_s, qint64(m_seed)},
                       {u"path"_s, m_pathPrefix}, {u"requests"_s, m_requests},       {u"injected"_s, m_injected},
                       {u"types"_s, types}};
}

bool RandomFaults::startFromJson(const QJsonObject &object, QString *error)
{
    const double probability = object.value(u"probability"_s).toDouble(0.1);
    if (!(probability >= 0 && probability <= 1)) {
        *error = u"\"probability\" must be between 0 and 1."_s;
        return false;
    }
    const QString path = object.value(u"path"_s).toString(u"/v1.0/"_s);
    if (!path.startsWith(u'/')) {
        *error = u"\"path\" must be a path prefix starting with '/', e.g. \"/v1.0/\"."_s;
        return false;
    }
    const QList<std::pair<QString, Fault>> named = namedKinds();
    QList<Fault> kinds;
    const QJsonArray types = object.value(u"types"_s).toArray();
    for (const QJsonValue &type : types) {
        const auto it = std::find_if(named.cbegin(), named.cend(),
                                     [&](const auto &entry) { return entry.first == type.toString(); });
        if (it == named.cend()) {
            QStringList names;
            for (const auto &entry : named)
                names << entry.first;
            *error = u"\"types\" may contain %1."_s.arg(names.join(u", "_s));
            return false;
        }
        kinds.append(it->second);
    }
    if (types.isEmpty())
        kinds = defaultKinds();
    start(probability, quint32(object.value(u"seed"_s).toInteger(1)), kinds, path);
    return true;
}

} // namespace MentorDesk::Sandbox
