// The demo tenant's form decoder (token and authorize requests). Whatever arrives, what it reads encodes and
// decodes back to the same parameters, in order, duplicates kept.
#include "FuzzInput.h"
#include "sandbox/http/FormEncoding.h"

using namespace MentorDesk::Sandbox;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray encoded(reinterpret_cast<const char *>(data), qsizetype(size));
    const ParameterList parameters = FormEncoding::parse(encoded);
    const ParameterList again = FormEncoding::parse(FormEncoding::encode(parameters));
    MD_FUZZ_CHECK(again == parameters);
    const QStringList duplicated = FormEncoding::duplicatedNames(parameters);
    for (const QString &name : duplicated) {
        qsizetype count = 0;
        for (const auto &parameter : parameters)
            count += parameter.first == name ? 1 : 0;
        MD_FUZZ_CHECK(count > 1);
    }
    if (!parameters.isEmpty())
        MD_FUZZ_CHECK(FormEncoding::firstValue(parameters, parameters.first().first) == parameters.first().second);
    return 0;
}
