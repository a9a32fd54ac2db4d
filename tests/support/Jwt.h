#pragma once

#include <QJsonObject>
#include <QString>

namespace MentorDesk::Test {

// An unsigned JWT-shaped string (header.payload.signature) with the given claims, for id_token tests.
QString makeJwt(const QJsonObject &claims);
// The claims of a JWT (the payload, unverified); empty when it is not header.payload.signature.
QJsonObject jwtClaims(const QString &jwt);

} // namespace MentorDesk::Test
