#include "core/common/AccessTokenProvider.h"

namespace MentorDesk {

AccessTokenProvider::~AccessTokenProvider() = default;

} // namespace MentorDesk
