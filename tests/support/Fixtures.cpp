#include "support/Fixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace MentorDesk::Test {

QByteArray readFixture(const QString &relativePath)
{
    QFile file(QDir(QStringLiteral(MENTORDESK_TEST_DATA_DIR)).filePath(relativePath));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

QJsonDocument readJsonFixture(const QString &relativePath)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(readFixture(relativePath), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("fixture %s is not JSON: %s", qPrintable(relativePath), qPrintable(error.errorString()));
    return doc;
}

QString sourcePath(const QString &relativePath)
{
    return QDir(QStringLiteral(MENTORDESK_SOURCE_DIR)).filePath(relativePath);
}

} // namespace MentorDesk::Test
