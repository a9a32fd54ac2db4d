#include "sandbox/SandboxLogging.h"

Q_LOGGING_CATEGORY(lcSandbox, "mentordesk.sandbox", QtInfoMsg)
