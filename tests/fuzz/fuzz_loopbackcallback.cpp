// The loopback callback's query (LoopbackReplyHandler::callbackParameters): what any local process or web page can
// send to the sign-in listener. A repeated name is refused; otherwise every parameter is read exactly once.
#include "FuzzInput.h"
#include "core/auth/LoopbackReplyHandler.h"

#include <QUrl>
#include <QUrlQuery>

using namespace MentorDesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray query(reinterpret_cast<const char *>(data), qsizetype(size));
    QUrl url(QStringLiteral("http://127.0.0.1:53682/callback"));
    url.setQuery(QString::fromUtf8(query));
    const std::optional<QVariantMap> parameters = LoopbackReplyHandler::callbackParameters(url);
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    if (!parameters) {
        // Refused only for a name that really repeats.
        QStringList names;
        for (const auto &[name, value] : items)
            names << name;
        names.removeDuplicates();
        MD_FUZZ_CHECK(names.size() < items.size());
        return 0;
    }
    MD_FUZZ_CHECK(parameters->size() == items.size());
    for (const auto &[name, value] : items)
        MD_FUZZ_CHECK(parameters->value(name).toString() == value);
    return 0;
}
