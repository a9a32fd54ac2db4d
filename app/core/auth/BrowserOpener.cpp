#include "core/auth/BrowserOpener.h"

namespace MentorDesk {

BrowserOpener::~BrowserOpener() = default;

} // namespace MentorDesk
