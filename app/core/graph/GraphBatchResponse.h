#pragma once

#include "core/graph/GraphResponse.h"

#include <QList>
#include <QString>

#include <optional>

namespace MentorDesk {

// The answers inside one POST /$batch reply, read as Graph documents them: {"responses":[{"id","status",
// "headers"?,"body"?}, ...]}, in any order, each with its own status; a binary body arrives base64-encoded in a
// JSON string. https://learn.microsoft.com/en-us/graph/json-batching
// Untrusted input (the fuzz target tests/fuzz/fuzz_graphbatchresponse.cpp feeds it anything).
class GraphBatchResponse
{
public:
    struct Answer
    {
        QString id; // as sent: a string, or a number written as one
        GraphResponse response; // Completed, with the item's status, lower-cased headers and body
    };

    // The answers of a successful outer reply, nullopt when its body has no "responses" array. Elements that are
    // not objects give an answer with an empty id (matching no request). outer's client-request-id is kept.
    static std::optional<QList<Answer>> parse(const GraphResponse &outer);
};

} // namespace MentorDesk
