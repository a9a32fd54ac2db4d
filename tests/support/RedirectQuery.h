#pragma once

#include <QByteArray>
#include <QString>

namespace MentorDesk::Test {

// A query value of a redirect's Location, read as a browser or Qt would: percent-decoded, '+' is a space.
QString redirectQueryValue(const QByteArray &location, const QString &name);

} // namespace MentorDesk::Test
