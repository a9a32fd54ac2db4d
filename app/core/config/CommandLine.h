#pragma once

#include "core/config/AppConfig.h"

#include <QCoreApplication>
#include <QStringList>

namespace MentorDesk {

// Parses mentordesk's command line into an AppConfig without needing a QApplication, so --help and
// --version work on a machine without a display and errors never open a window.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::CommandLine)

public:
    enum class Action {
        Run,
        ShowHelp,
        ShowVersion,
        SelfTest, // check the install's run-time parts and exit (services/SelfTest)
        Error,
    };

    struct Result
    {
        Action action = Action::Run;
        QString text; // help text, version line, or the error message (translated)
        AppConfig config; // the input config with command-line overrides applied (Action::Run)
        int exitCode() const { return action == Action::Error ? 2 : 0; }
    };

    // args includes the program name as its first element, like QCoreApplication::arguments().
    static Result parse(const QStringList &args, const AppConfig &base);
};

} // namespace MentorDesk
