#include "core/graph/GraphBatchResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace MentorDesk {

std::optional<QList<GraphBatchResponse::Answer>> GraphBatchResponse::parse(const GraphResponse &outer)
{
    GraphResponse parsed = outer;
    if (!parsed.parseJson())
        return std::nullopt;
    const QJsonValue responsesValue = parsed.json.object().value("responses"_L1);
    if (!responsesValue.isArray())
        return std::nullopt;

    QList<Answer> answers;
    const QJsonArray responses = responsesValue.toArray();
    answers.reserve(responses.size());
    for (const QJsonValue &value : responses) {
        const QJsonObject item = value.toObject();
        Answer answer;
        const QJsonValue id = item.value("id"_L1);
        if (id.isString())
            answer.id = id.toString();
        else if (id.isDouble())
            answer.id = QString::number(id.toInteger());

        GraphResponse &response = answer.response;
        response.transport = GraphResponse::Transport::Completed;
        response.httpStatus = item.value("status"_L1).toInt();
        response.clientRequestId = outer.clientRequestId;
        response.attempts = 1;
        const QJsonObject headers = item.value("headers"_L1).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            response.headers.insert(it.key().toLower().toLatin1(), it.value().toVariant().toString().toUtf8());
        const QJsonValue body = item.value("body"_L1);
        if (body.isObject()) {
            response.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        } else if (body.isArray()) {
            response.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
        } else if (body.isString()) {
            // Binary bodies (a photo) travel base64-encoded inside the JSON.
            const QByteArray text = body.toString().toUtf8();
            const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
            response.body = (!response.isJsonContent() && decoded) ? *decoded : text;
        }
        answers.append(std::move(answer));
    }
    return answers;
}

} // namespace MentorDesk
