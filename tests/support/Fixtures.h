#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace MentorDesk::Test {

// Reads tests/data/<relativePath>; fails the current test (QFAIL-style, via qFatal) when missing.
QByteArray readFixture(const QString &relativePath);
QJsonDocument readJsonFixture(const QString &relativePath);
QString sourcePath(const QString &relativePath);

} // namespace MentorDesk::Test
