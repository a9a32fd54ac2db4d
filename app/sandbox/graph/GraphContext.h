#pragma once

#include "sandbox/graph/EventSerializer.h"
#include "sandbox/http/HttpRequest.h"

namespace MentorDesk::Sandbox {

// One Graph request after authentication: who calls, with which scopes, and how the answer should look.
struct GraphContext
{
    HttpRequest request; // for $batch items: the inner request
    QString requestId;
    QString clientRequestId;
    QString baseUrl; // http://127.0.0.1:PORT
    QStringList path; // segments after /v1.0, "users/{me}" folded into "me"
    const User *me = nullptr;
    QStringList scopes;
    bool personal = false; // the token belongs to a Microsoft account (MSA tenant)
    EventView view;
    QStringList preferenceApplied;

    QString graphBase() const { return baseUrl + QStringLiteral("/v1.0"); }
    bool hasAnyScope(const QStringList &accepted) const;
    QString param(const QString &name) const { return request.queryValue(name); }
    bool hasParam(const QString &name) const { return request.hasQueryItem(name); }
    QStringList select() const; // $select, split
};

} // namespace MentorDesk::Sandbox
