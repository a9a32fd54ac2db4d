#include "core/common/LogRedaction.h"

#include <QAtomicPointer>
#include <QRegularExpression>
#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

QAtomicPointer<void> g_previous; // the handler installed before ours (QtMessageHandler)

#define SECRET_NAMES                                                                                                   \
    "state|session_state|nonce|code|code_verifier|code_challenge|access_token|refresh_token|id_token|client_secret|"   \
    "client_assertion|assertion|password|login_hint|domain_hint"

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (auto previous = reinterpret_cast<QtMessageHandler>(g_previous.loadAcquire()))
        previous(type, context, LogRedaction::redact(message));
}

} // namespace

QString LogRedaction::redact(const QString &message)
{
    static const QRegularExpression parameter(u"(?<![A-Za-z0-9_])(" SECRET_NAMES ")=[^&\\s\"'<>)]+"_s);
    static const QRegularExpression quoted(u"\"(" SECRET_NAMES
                                           ")\"(\\s*[:,]\\s*(?:QVariant\\(\\w+,\\s*)?)\"[^\"]*\""_s);
    static const QRegularExpression jwt(u"eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*"_s);
    static const QRegularExpression bearer(u"(?i)\\bbearer\\s+[A-Za-z0-9._~+/-]+=*"_s);
    QString redacted = message;
    redacted.replace(jwt, u"[redacted]"_s);
    redacted.replace(bearer, u"Bearer [redacted]"_s);
    redacted.replace(parameter, u"\\1=[redacted]"_s);
    redacted.replace(quoted, u"\"\\1\"\\2\"[redacted]\""_s);
    return redacted;
}

#undef SECRET_NAMES

void LogRedaction::install()
{
    const QtMessageHandler previous = qInstallMessageHandler(redactingHandler);
    if (previous != redactingHandler)
        g_previous.storeRelease(reinterpret_cast<void *>(previous));
}

} // namespace MentorDesk
