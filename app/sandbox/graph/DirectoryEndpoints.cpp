#include "sandbox/graph/DirectoryEndpoints.h"

#include "sandbox/graph/EventSerializer.h"
#include "sandbox/graph/GraphErrorReply.h"

#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace MentorDesk::Sandbox {

namespace {
const QStringList kUserRead{
    u"User.Read"_s,          u"User.ReadWrite"_s,     u"User.ReadBasic.All"_s,     u"User.Read.All"_s,
    u"User.ReadWrite.All"_s, u"Directory.Read.All"_s, u"Directory.ReadWrite.All"_s};
}

DirectoryEndpoints::DirectoryEndpoints(SandboxState &state)
    : m_state(state)
{ }

std::optional<HttpResponse> DirectoryEndpoints::handle(GraphContext &context)
{
    const QStringList &path = context.path;
    if (path.isEmpty() || path.at(0) != u"me"_s || context.request.method != "GET")
        return std::nullopt;
    const User &me = *context.me;
    if (path.size() == 1) {
        if (!context.hasAnyScope(kUserRead))
            return GraphErrorReply::missingScope(context, GraphErrorReply::Workload::Directory, kUserRead);
        QJsonArray phones;
        for (const QString &phone : me.businessPhones)
            phones.append(phone);
        const QJsonObject user{
            {u"@odata.context"_s, QString(context.graphBase() + u"/$metadata#users/$entity"_s)},
            {u"businessPhones"_s, phones},
            {u"displayName"_s, me.displayName},
            {u"givenName"_s, me.givenName},
            {u"jobTitle"_s, context.personal ? QJsonValue() : QJsonValue(me.jobTitle)},
            {u"mail"_s, me.upn},
            {u"mobilePhone"_s, me.mobilePhone.isEmpty() ? QJsonValue() : QJsonValue(me.mobilePhone)},
            {u"officeLocation"_s, context.personal ? QJsonValue() : QJsonValue(me.officeLocation)},
            {u"preferredLanguage"_s, me.preferredLanguage},
            {u"surname"_s, me.surname},
            {u"userPrincipalName"_s, me.upn},
            {u"id"_s, context.personal ? QString(u"00000000-0000-0000-"_s + me.id.right(17)) : me.id},
        };
        return HttpResponse::json(200, EventSerializer::select(user, context.select()));
    }
    if (path.at(1) != u"photo"_s && path.at(1) != u"photos"_s)
        return std::nullopt;
    if (!context.hasAnyScope(kUserRead))
        return GraphErrorReply::missingScope(context, GraphErrorReply::Workload::Directory, kUserRead);
    const bool wantsValue = path.last() == u"$value"_s;
    if (path.at(1) == u"photo"_s && path.size() == 2) {
        if (context.personal) {
            return GraphErrorReply::make(context, 400, u"ConsumerPhotoIsNotSupported"_s,
                                         u"Photo metadata is not supported for consumer accounts."_s);
        }
        if (!me.hasPhoto) {
            return GraphErrorReply::make(
                context, 404, u"ImageNotFound"_s,
                u"Exception of type 'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException' was thrown."_s);
        }
        return HttpResponse::json(
            200,
            QJsonObject{{u"@odata.context"_s,
                         QString(context.graphBase() + u"/$metadata#users('%1')/photo/$entity"_s.arg(me.id))},
                        {u"@odata.mediaContentType"_s, u"image/jpeg"_s},
                        {u"id"_s, u"96x96"_s},
                        {u"height"_s, 96},
                        {u"width"_s, 96}});
    }
    if (!wantsValue || path.size() > 4)
        return std::nullopt;
    if (!me.hasPhoto) {
        return GraphErrorReply::make(
            context, 404, u"ImageNotFound"_s,
            u"Exception of type 'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException' was thrown."_s);
    }
    QFile photo(u":/sandbox/mentor-photo.jpg"_s);
    if (!photo.open(QIODevice::ReadOnly))
        return GraphErrorReply::make(context, 500, u"generalException"_s, u"The photo resource is missing."_s);
    HttpResponse response;
    response.status = 200;
    response.headers.emplaceBack("Content-Type", "image/jpeg");
    response.body = photo.readAll();
    return response;
}

} // namespace MentorDesk::Sandbox
