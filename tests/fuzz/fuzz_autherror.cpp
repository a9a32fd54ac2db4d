// AuthError::fromTokenEndpoint and fromRedirect: what the token endpoint and the browser's redirect say went wrong.
// Every error the user can meet has a translated message.
#include "FuzzInput.h"
#include "core/auth/AuthError.h"

#include <iterator>

using namespace MentorDesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Fuzz::FuzzInput input(data, size);
    const QByteArray body = input.next();
    static const int statuses[] = {400, 401, 403, 429, 500, 502, 503, 200, 0};
    const int status = statuses[input.nextChoice(int(std::size(statuses)))];
    static const QNetworkReply::NetworkError errors[] = {QNetworkReply::NoError,
                                                         QNetworkReply::ProtocolInvalidOperationError,
                                                         QNetworkReply::ContentAccessDenied,
                                                         QNetworkReply::ConnectionRefusedError,
                                                         QNetworkReply::TimeoutError,
                                                         QNetworkReply::UnknownServerError};
    const QNetworkReply::NetworkError networkError = errors[input.nextChoice(int(std::size(errors)))];

    const AuthError error = AuthError::fromTokenEndpoint(status, body, networkError, QStringLiteral("Error"));
    MD_FUZZ_CHECK(error.isError());
    MD_FUZZ_CHECK(!error.userMessage().isEmpty());
    MD_FUZZ_CHECK(error.aadsts >= 0);

    const QString redirectError = input.nextString();
    const QString description = input.nextString();
    const AuthError redirect = AuthError::fromRedirect(redirectError, description);
    MD_FUZZ_CHECK(!redirect.isError() || !redirect.userMessage().isEmpty());
    (void)AuthError::decodeFormValue(description);
    return 0;
}
