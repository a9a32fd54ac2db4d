#pragma once

#include <QStringList>
#include <QTranslator>

namespace MentorDesk::Test {

// Loads MentorDesk's German translation and remembers every string it handed out, so a test can tell a message the
// user sees from a raw error string: a translated message is made of one of those strings (its %1 … %n filled in).
// Install it before the code under test builds its messages: QCoreApplication::installTranslator(&checker).
class UserMessageCheck : public QTranslator
{
public:
    UserMessageCheck();

    bool isLoaded() const { return m_loaded; }
    // Loaded and installed as the application's translator (call it in initTestCase()).
    bool install();
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;

    // Empty when `message` is what a user may be shown: non-empty, built from a German translation handed out since
    // install, and free of raw error text (HTTP status lines, Qt network errors, JSON, Graph/Entra codes alone).
    // Otherwise the reason it is not.
    QString problem(const QString &message) const;
    // Whether `message` fills in one of the translations handed out (the literal parts, in order).
    bool isTranslated(const QString &message) const;

private:
    bool m_loaded = false;
    mutable QStringList m_handedOut;
};

} // namespace MentorDesk::Test
