#pragma once

#include <QJsonObject>
#include <QString>

namespace MentorDesk::Test {

// An unsigned JWT-shaped string (header.payload.signature) with the given claims, for id_token tests.
QString makeJwt(const QJsonObject &claims);

} // namespace MentorDesk::Test
