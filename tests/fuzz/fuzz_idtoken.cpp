// IdToken::decode and validate: the id_token the token endpoint returns. Fed as a whole JWT, and as a payload
// that is wrapped into a well-formed JWT so the claims' JSON is reached.
#include "FuzzInput.h"
#include "core/auth/IdToken.h"
#include "core/model/GraphTime.h"

#include <QDateTime>

using namespace MentorDesk;

namespace {

void check(const QString &jwt, const QString &nonce)
{
    QString error;
    const IdToken token = IdToken::decode(jwt, &error);
    if (!error.isEmpty()) {
        MD_FUZZ_CHECK(token.claims.isEmpty());
        return;
    }
    (void)token.audience();
    (void)token.issuer();
    (void)token.name();
    (void)token.preferredUsername();
    (void)token.email();
    const QDateTime expires = token.expiresAt();
    MD_FUZZ_CHECK(!expires.isValid() || expires.timeSpec() == Qt::UTC);
    for (const QString &tenant : {QString(), QStringLiteral("organizations"), token.tenantId()}) {
        const IdToken::Expected expected{QStringLiteral("00000000-0000-0000-0000-00000000c1e7"), tenant,
                                         QStringLiteral("https://login.microsoftonline.com/{tenantid}/v2.0"), nonce,
                                         GraphTime::utc(QDate(2026, 11, 25), QTime(9, 0))};
        const QString failure = token.validate(expected);
        // A token with no exp can never pass.
        if (!token.claims.contains(QLatin1String("exp")))
            MD_FUZZ_CHECK(!failure.isEmpty());
        // Nor one whose nonce differs from the sign-in's.
        if (!nonce.isEmpty() && token.nonce() != nonce)
            MD_FUZZ_CHECK(!failure.isEmpty());
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Fuzz::FuzzInput input(data, size);
    const QByteArray first = input.next();
    const QString nonce = input.nextString();
    check(QString::fromUtf8(first), nonce);

    const auto encode = [](const QByteArray &bytes) {
        return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    check(encode(R"({"alg":"RS256","typ":"JWT"})") + QLatin1Char('.') + encode(first) + QLatin1String(".c2ln"), nonce);
    return 0;
}
