#pragma once

#include <QLoggingCategory>

// The sandbox's own category (it links nothing from the app core). Never receives tokens, codes or secrets.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
