#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// A failed invariant in a fuzz target: printed, then abort(), which libFuzzer reports as a crash (and saves the
// input) and which fails the corpus replay test in the normal build.
#define MD_FUZZ_CHECK(condition)                                                                                       \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", __FILE__, __LINE__, #condition);                    \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace MentorDesk::Fuzz {

// One fuzz input read as several fields separated by NUL bytes, so a target can take a status, a name and a body
// from it. Text seeds (JSON, HTML) hold no NUL and arrive whole as the first field; the fuzzer inserts NULs to
// reach the later ones. Missing fields are empty.
class FuzzInput
{
public:
    FuzzInput(const std::uint8_t *data, std::size_t size)
        : m_data(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)))
    { }

    QByteArray whole() const { return QByteArray(m_data.constData(), m_data.size()); }
    bool atEnd() const { return m_position > m_data.size(); }

    QByteArray next()
    {
        if (atEnd())
            return {};
        const qsizetype end = m_data.indexOf('\0', m_position);
        const qsizetype stop = end < 0 ? m_data.size() : end;
        QByteArray field(m_data.constData() + m_position, stop - m_position);
        m_position = stop + 1;
        return field;
    }
    QString nextString() { return QString::fromUtf8(next()); }
    // A small number from a field's first byte (0 when the field is empty), for choosing among cases.
    int nextChoice(int count)
    {
        const QByteArray field = next();
        return field.isEmpty() ? 0 : int(std::uint8_t(field.at(0))) % count;
    }

private:
    QByteArray m_data;
    qsizetype m_position = 0;
};

// The items of a Graph reply as a parser meets them: each element of a collection's "value" array (or of a bare
// array), else the object itself (an empty one when the document is no object at all).
template<typename Visit>
void forEachItem(const QJsonDocument &document, const Visit &visit)
{
    const QJsonObject object = document.object();
    if (object.value(QLatin1String("value")).isArray()) {
        for (const QJsonValue &value : object.value(QLatin1String("value")).toArray())
            visit(value);
    } else if (document.isArray()) {
        for (const QJsonValue &value : document.array())
            visit(value);
    } else {
        visit(QJsonValue(object));
    }
}

} // namespace MentorDesk::Fuzz
