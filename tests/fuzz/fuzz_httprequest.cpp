// The demo tenant's request target parser (HttpRequest::setTarget): the path and query of any request line.
#include "FuzzInput.h"
#include "sandbox/http/FormEncoding.h"
#include "sandbox/http/HttpRequest.h"

using namespace MentorDesk::Sandbox;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    MentorDesk::Fuzz::FuzzInput input(data, size);
    HttpRequest request;
    request.setTarget(input.next(), input.next());
    for (const QString &segment : std::as_const(request.segments))
        MD_FUZZ_CHECK(!segment.isEmpty());
    MD_FUZZ_CHECK(request.query == FormEncoding::parse(request.rawQuery));
    for (const auto &[name, value] : std::as_const(request.query)) {
        MD_FUZZ_CHECK(request.hasQueryItem(name));
        (void)value;
    }
    request.headers.append({input.next(), input.next()});
    (void)request.header(request.headers.first().first);
    request.body = input.next();
    (void)request.jsonObject();
    return 0;
}
