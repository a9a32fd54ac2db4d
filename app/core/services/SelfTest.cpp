#include "core/services/SelfTest.h"

#include "core/auth/SecretBackend.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QImageReader>
#include <QLibraryInfo>
#include <QPluginLoader>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslSocket>
#include <QTimer>
#include <QTranslator>
#include <QUuid>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

using Check = SelfTest::Check;
using Status = SelfTest::Status;

Check tls()
{
    // The backend is a plugin since Qt 6 (tls/): without it no https request can be made.
    if (!QSslSocket::supportsSsl() || QSslSocket::activeBackend().isEmpty())
        return {u"tls"_s, Status::Missing,
                u"no TLS backend plugin (tls/) could be loaded; available: %1"_s.arg(
                    QSslSocket::availableBackends().join(u", "_s))};
    return {u"tls"_s, Status::Ok,
            u"%1 backend, %2"_s.arg(QSslSocket::activeBackend(), QSslSocket::sslLibraryVersionString())};
}

Check sqlite()
{
    const QString connection = u"self-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Check check{u"sqlite"_s, Status::Missing, {}};
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
        check.detail = u"the QSQLITE driver plugin (sqldrivers/) is missing"_s;
        return check;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(u":memory:"_s);
        QSqlQuery query(db);
        if (!db.open())
            check.detail = u"an in-memory database did not open: "_s + db.lastError().text();
        else if (!query.exec(u"SELECT sqlite_version()"_s) || !query.next())
            check.detail = u"a query failed: "_s + query.lastError().text();
        else
            check = {u"sqlite"_s, Status::Ok, u"SQLite "_s + query.value(0).toString()};
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return check;
}

Check keychain(SecretBackend *backend, int timeoutMs)
{
    if (!backend)
        return {u"keychain"_s, Status::Unavailable, u"no keychain backend given"_s};
    // One read of a key that never exists: "not found" proves the keychain answers.
    QEventLoop loop;
    std::unique_ptr<SecretBackend::Result> result;
    QObject context;
    backend->read(u"self-test-probe"_s, &context, [&](const SecretBackend::Result &r) {
        result = std::make_unique<SecretBackend::Result>(r);
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!result)
        return {u"keychain"_s, Status::Unavailable,
                u"no answer within %1 s; tokens would stay in memory only"_s.arg(timeoutMs / 1000)};
    switch (result->status) {
    case SecretBackend::Status::Ok:
    case SecretBackend::Status::NotFound:
        return {u"keychain"_s, Status::Ok, u"reachable"_s};
    case SecretBackend::Status::Locked:
        return {u"keychain"_s, Status::Unavailable, u"locked; tokens would stay in memory only"_s};
    case SecretBackend::Status::Unavailable:
    case SecretBackend::Status::Error:
        break;
    }
    return {u"keychain"_s, Status::Unavailable,
            u"not reachable (%1); tokens would stay in memory only"_s.arg(result->errorString)};
}

// Looks for a plugin the way Qt does (every library path, <path>/<type>/), and loads it: that also proves its own
// dependencies (e.g. libxcb) are installed. Returns the file loaded, or empty.
QString loadPlugin(const QString &type, const QStringList &names, QString *error)
{
    for (const QString &path : QCoreApplication::libraryPaths()) {
        const QDir dir(QDir(path).filePath(type));
        for (const QString &file : dir.entryList(QDir::Files)) {
            const QString base = QFileInfo(file).completeBaseName();
            const bool wanted = std::any_of(names.cbegin(), names.cend(), [&base](const QString &name) {
                return base == name || base == u"lib"_s + name || base == u"libq"_s + name || base == u"q"_s + name;
            });
            if (!wanted)
                continue;
            QPluginLoader loader(dir.filePath(file));
            if (loader.load())
                return QDir::toNativeSeparators(dir.filePath(file));
            *error = loader.errorString();
        }
    }
    return {};
}

Check plugin(const QString &part, const QString &type, const QStringList &names)
{
    QString error;
    const QString file = loadPlugin(type, names, &error);
    if (!file.isEmpty())
        return {part, Status::Ok, file};
    return {part, Status::Missing,
            u"no %1/ plugin among %2 in %3%4"_s.arg(type, names.join(u", "_s),
                                                    QCoreApplication::libraryPaths().join(u"; "_s),
                                                    error.isEmpty() ? QString() : u" ("_s + error + u')')};
}

Check images()
{
    if (!QImageReader::supportedImageFormats().contains("svg"))
        return {u"images"_s, Status::Missing, u"the SVG image plugin (imageformats/) is missing"_s};
    Check engine = plugin(u"images"_s, u"iconengines"_s, {u"svgicon"_s});
    if (engine.status == Status::Ok)
        engine.detail = u"svg; icon engine "_s + engine.detail;
    return engine;
}

Check icons(const QString &directory)
{
    int count = 0;
    QDirIterator it(directory, {u"*.svg"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QImageReader(path).read().isNull())
            return {u"icons"_s, Status::Missing, path + u" does not render"_s};
        ++count;
    }
    if (count == 0)
        return {u"icons"_s, Status::Missing, u"no SVG icons in "_s + directory};
    return {u"icons"_s, Status::Ok, u"%1 in %2 render"_s.arg(count).arg(directory)};
}

Check translations(const QString &directory)
{
    const QStringList files = QDir(directory).entryList({u"mentordesk_*.qm"_s}, QDir::Files, QDir::Name);
    QStringList languages;
    for (const QString &file : files) {
        QTranslator translator;
        if (!translator.load(file, directory))
            return {u"translations"_s, Status::Missing, file + u" does not load"_s};
        languages << translator.language();
    }
    if (languages.isEmpty())
        return {u"translations"_s, Status::Missing, u"no mentordesk_*.qm in "_s + directory};
    // Qt's own strings (standard buttons) come from the Qt install; without them those stay English.
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const bool qtOwn = !QDir(qtDirectory).entryList({u"qtbase_*.qm"_s}, QDir::Files).isEmpty();
    return {u"translations"_s, Status::Ok,
            u"MentorDesk: %1; Qt's own: %2"_s.arg(languages.join(u", "_s),
                                                  qtOwn ? u"found"_s : u"not installed (Qt's buttons stay English)"_s)};
}

} // namespace

QStringList SelfTest::platformPlugins()
{
#if defined(Q_OS_WIN)
    return {u"windows"_s};
#elif defined(Q_OS_MACOS)
    return {u"cocoa"_s};
#else
    return {u"xcb"_s, u"wayland"_s};
#endif
}

QList<SelfTest::Check> SelfTest::run(const Parts &parts)
{
    return {tls(),
            sqlite(),
            keychain(parts.keychain, parts.keychainTimeoutMs),
            plugin(u"platform"_s, u"platforms"_s, platformPlugins()),
            images(),
            icons(parts.iconsDirectory),
            translations(parts.translationsDirectory)};
}

QString SelfTest::line(const Check &check)
{
    const QString verdict = check.status == Status::Ok ? u"ok"_s
        : check.status == Status::Missing              ? u"MISSING"_s
                                                       : u"unavailable"_s;
    return u"%1: %2 (%3)"_s.arg(check.part, verdict, check.detail);
}

int SelfTest::exitCode(const QList<Check> &checks)
{
    return std::any_of(checks.cbegin(), checks.cend(), [](const Check &c) { return c.status == Status::Missing; }) ? 1
                                                                                                                   : 0;
}

} // namespace MentorDesk
