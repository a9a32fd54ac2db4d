// OutboxStore's stored-request round trip: a write as the app builds it, stored in a real SQLite file and read
// back, comes back as the same request (the Authorization header, never stored, aside), so a queued write that
// survives a restart sends exactly what the user asked for.
#include "FuzzInput.h"
#include "core/model/GraphTime.h"
#include "core/outbox/OutboxStore.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <memory>

using namespace MentorDesk;

namespace {

// Never destroyed: QCoreApplication cannot be torn down by exit handlers, after Qt's own globals are gone.
QCoreApplication *application = nullptr;
std::unique_ptr<QTemporaryDir> directory;
std::unique_ptr<OutboxStore> store;

QByteArray headerName(const QByteArray &raw)
{
    QByteArray name;
    for (const char c : raw) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')
            name += c;
    }
    return name;
}

QByteArray headerValue(const QByteArray &raw)
{
    QByteArray value;
    for (const char c : raw) {
        if (c >= 0x20 && c <= 0x7e)
            value += c;
    }
    return value;
}

GraphRequest requestFrom(Fuzz::FuzzInput &input)
{
    static const QByteArray methods[] = {"POST", "PATCH", "DELETE", "PUT", "GET"};
    GraphRequest request;
    request.method = methods[input.nextChoice(int(std::size(methods)))];
    QStringList segments;
    for (const QString &segment : input.nextString().split(QLatin1Char('/')))
        segments << GraphRequest::encodeSegment(segment);
    request.path = QLatin1Char('/') + segments.join(QLatin1Char('/'));
    const int queryItems = input.nextChoice(4);
    for (int i = 0; i < queryItems; ++i) {
        const QString key = input.nextString();
        request.addQuery(key, input.nextString());
    }
    const int headers = input.nextChoice(4);
    for (int i = 0; i < headers; ++i) {
        const QByteArray name = headerName(input.next());
        const QByteArray value = headerValue(input.next());
        if (!name.isEmpty())
            request.setHeader(name, value);
    }
    request.body = input.next();
    request.idempotencyKey = input.nextString();
    request.idempotent = input.nextChoice(2) == 1;
    return request;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    application = new QCoreApplication(*argc, *argv); // Qt Sql loads its driver as a plugin
    directory = std::make_unique<QTemporaryDir>();
    store = std::make_unique<OutboxStore>(directory->filePath(QStringLiteral("outbox.sqlite")));
    MD_FUZZ_CHECK(store->isOpen());
    // Closed by a handler registered after Qt Sql's own globals exist, so it runs before they are destroyed.
    std::atexit([] {
        store.reset();
        directory.reset();
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Fuzz::FuzzInput input(data, size);
    OutboxEntry entry;
    entry.kind = QStringLiteral("booking");
    entry.label = input.nextString();
    entry.request = requestFrom(input);
    entry.createdUtc = GraphTime::utc(QDate(2026, 11, 25), QTime(9, 0));
    entry.updatedUtc = entry.createdUtc;
    MD_FUZZ_CHECK(store->insert(entry));

    std::optional<OutboxEntry> loaded;
    MD_FUZZ_CHECK(store->load(entry.id, loaded));
    MD_FUZZ_CHECK(loaded.has_value());
    MD_FUZZ_CHECK(store->remove(entry.id));

    GraphRequest expected = entry.request;
    expected.headers.removeIf(
        [](const auto &header) { return header.first.compare("Authorization", Qt::CaseInsensitive) == 0; });
    GraphRequest actual = loaded->request;
    // Headers are a set (names are unique, case-insensitively): their order is not kept.
    const auto byName = [](const auto &a, const auto &b) {
        return a.first < b.first;
    };
    std::sort(expected.headers.begin(), expected.headers.end(), byName);
    std::sort(actual.headers.begin(), actual.headers.end(), byName);
    if (!(actual == expected)) {
        std::fprintf(stderr, "stored %s, read %s\n", qPrintable(expected.relativeTarget()),
                     qPrintable(actual.relativeTarget()));
        MD_FUZZ_CHECK(actual == expected);
    }
    MD_FUZZ_CHECK(loaded->label == entry.label);
    return 0;
}
