#include "core/common/Logging.h"

Q_LOGGING_CATEGORY(lcApp, "mentordesk.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "mentordesk.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "mentordesk.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "mentordesk.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConsent, "mentordesk.consent", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGraph, "mentordesk.graph", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGraphTraffic, "mentordesk.graph.traffic", QtWarningMsg)
Q_LOGGING_CATEGORY(lcOutbox, "mentordesk.outbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCalendar, "mentordesk.calendar", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBooking, "mentordesk.booking", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTeams, "mentordesk.teams", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "mentordesk.ui", QtInfoMsg)
