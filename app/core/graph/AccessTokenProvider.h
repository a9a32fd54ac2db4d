#pragma once

// Moved to common/ so that auth/ (which implements it) does not depend on graph/. Include that header instead;
// this forwarder goes once every user is updated.
#include "common/AccessTokenProvider.h"
