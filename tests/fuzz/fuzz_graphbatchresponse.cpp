// The $batch reply parser (GraphBatchResponse) and what GraphBatchJob does next with each answer: its
// Retry-After (seconds or an HTTP date) and its classification and error (GraphResult::fromResponse).
#include "FuzzInput.h"
#include "core/graph/GraphBatchResponse.h"
#include "core/graph/GraphResult.h"
#include "core/model/GraphTime.h"

#include <QDateTime>

using namespace MentorDesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    GraphResponse outer;
    outer.transport = GraphResponse::Transport::Completed;
    outer.httpStatus = 200;
    outer.headers.insert(QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json"));
    outer.body = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    outer.clientRequestId = QStringLiteral("6f1c0000-0000-4000-8000-000000000001");

    const auto answers = GraphBatchResponse::parse(outer);
    if (!answers)
        return 0;
    const QDateTime now = GraphTime::utc(QDate(2026, 11, 25), QTime(9, 0));
    for (const GraphBatchResponse::Answer &answer : *answers) {
        const GraphResponse &response = answer.response;
        MD_FUZZ_CHECK(response.transport == GraphResponse::Transport::Completed);
        MD_FUZZ_CHECK(response.clientRequestId == outer.clientRequestId);
        for (auto it = response.headers.cbegin(); it != response.headers.cend(); ++it)
            MD_FUZZ_CHECK(it.key() == it.key().toLower());
        const int retryAfter = response.retryAfterSeconds(now);
        MD_FUZZ_CHECK(retryAfter >= -1);
        const GraphResult result = GraphResult::fromResponse(response);
        if (response.httpStatus >= 200 && response.httpStatus < 300)
            continue;
        MD_FUZZ_CHECK(!result.isOk());
        MD_FUZZ_CHECK(!result.userMessage().isEmpty());
    }
    return 0;
}
