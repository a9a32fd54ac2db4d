#include "sandbox/identity/ConsentPage.h"

using namespace Qt::StringLiterals;

namespace MentorDesk::Sandbox {

QString ConsentPage::frame(const QString &title, const QString &content)
{
    return u"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"_s + title.toHtmlEscaped()
        + u"</title><style>body{font-family:'Segoe UI',sans-serif;background:#f2f2f2;margin:0}"
          u"main{background:#fff;max-width:440px;margin:48px auto;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}"
          u".banner{font-size:13px;color:#605e5c}.scope{margin:10px 0}.admin{color:#a4262c;font-size:12px}"
          u"button{min-width:108px;padding:6px 12px;margin-right:8px}.primary{background:#0067b8;color:#fff;border:0}"
          u"</style></head><body><main><div class=\"banner\">MentorDesk sandbox &middot; "
          u"not a Microsoft service</div>"_s
        + content + u"</main></body></html>"_s;
}

QString ConsentPage::consent(const QString &action, const QString &flowId, const QString &appName,
                             const QString &account, const QString &tenantName, const QString &redirectHost,
                             const QList<ScopeLine> &scopes)
{
    QString list;
    for (const ScopeLine &line : scopes) {
        QString note;
        if (line.info.adminConsentRequired) {
            note = line.alreadyGrantedByAdmin ? tr("Admin consent required; already granted for your organization.")
                                              : tr("Admin consent required.");
        } else if (line.alreadyGrantedByAdmin) {
            note = tr("Already granted for your organization.");
        }
        if (!note.isEmpty())
            note = u"<div class=\"admin\">"_s + note.toHtmlEscaped() + u"</div>"_s;
        list += u"<li class=\"scope\" data-scope=\""_s + line.info.name.toHtmlEscaped() + u"\"><strong>"_s
            + line.info.description.toHtmlEscaped() + u"</strong> <code>"_s + line.info.name.toHtmlEscaped()
            + u"</code>"_s + note + u"</li>"_s;
    }
    const QString content = u"<p class=\"account\">"_s + account.toHtmlEscaped() + u"</p><h1>"_s
        + tr("Permissions requested").toHtmlEscaped() + u"</h1><p>"_s
        + tr("%1 (unverified) would like to:").arg(appName).toHtmlEscaped() + u"</p><ul>"_s + list + u"</ul><p>"_s
        + tr("Accepting these permissions means that you allow this app to use your data as specified in their terms "
             "of service and privacy statement. It will return you to %1. Organization: %2.")
              .arg(redirectHost, tenantName)
              .toHtmlEscaped()
        + u"</p><form method=\"post\" action=\""_s + action.toHtmlEscaped()
        + u"\"><input type=\"hidden\" name=\"flow\" value=\""_s + flowId.toHtmlEscaped()
        + u"\"><button type=\"submit\" name=\"decision\" value=\"cancel\">"_s + tr("Cancel").toHtmlEscaped()
        + u"</button><button class=\"primary\" type=\"submit\" name=\"decision\" value=\"accept\">"_s
        + tr("Accept").toHtmlEscaped() + u"</button></form>"_s;
    return frame(tr("Permissions requested"), content);
}

QString ConsentPage::needAdminApproval(const QString &action, const QString &flowId, const QString &appName,
                                       const QString &account, const QStringList &adminScopes)
{
    QString list;
    for (const QString &scope : adminScopes)
        list += u"<li><code>"_s + scope.toHtmlEscaped() + u"</code></li>"_s;
    const QString content = u"<p class=\"account\">"_s + account.toHtmlEscaped() + u"</p><h1>"_s
        + tr("Need admin approval").toHtmlEscaped() + u"</h1><p>"_s
        + tr("%1 needs permission to access resources in your organization that only an admin can grant. Please ask "
             "an admin to grant permission to this app before you can use it.")
              .arg(appName)
              .toHtmlEscaped()
        + u"</p><ul>"_s + list + u"</ul><form method=\"post\" action=\""_s + action.toHtmlEscaped()
        + u"\"><input type=\"hidden\" name=\"flow\" value=\""_s + flowId.toHtmlEscaped()
        + u"\"><button type=\"submit\" name=\"decision\" value=\"return\">"_s
        + tr("Return to the application without granting consent").toHtmlEscaped() + u"</button></form>"_s;
    return frame(tr("Need admin approval"), content);
}

QString ConsentPage::adminConsent(const QString &action, const QString &flowId, const QString &appName,
                                  const QString &account, const QString &tenantName, const QList<ScopeLine> &scopes)
{
    QString list;
    for (const ScopeLine &line : scopes)
        list += u"<li class=\"scope\"><strong>"_s + line.info.description.toHtmlEscaped() + u"</strong> <code>"_s
            + line.info.name.toHtmlEscaped() + u"</code></li>"_s;
    const QString content = u"<p class=\"account\">"_s + account.toHtmlEscaped() + u"</p><h1>"_s
        + tr("Permissions requested: Accept for your organization").toHtmlEscaped() + u"</h1><p>"_s
        + tr("%1 would like to do the following for everyone in %2:").arg(appName, tenantName).toHtmlEscaped()
        + u"</p><ul>"_s + list + u"</ul><form method=\"post\" action=\""_s + action.toHtmlEscaped()
        + u"\"><input type=\"hidden\" name=\"flow\" value=\""_s + flowId.toHtmlEscaped()
        + u"\"><button type=\"submit\" name=\"decision\" value=\"cancel\">"_s + tr("Cancel").toHtmlEscaped()
        + u"</button><button class=\"primary\" type=\"submit\" name=\"decision\" value=\"accept\">"_s
        + tr("Accept").toHtmlEscaped() + u"</button></form>"_s;
    return frame(tr("Permissions requested"), content);
}

QString ConsentPage::error(const QString &message, const QString &traceId, const QString &correlationId,
                           const QString &timestamp)
{
    const QString content = u"<h1>"_s + tr("Sorry, but we're having trouble signing you in.").toHtmlEscaped()
        + u"</h1><p id=\"message\">"_s + message.toHtmlEscaped() + u"</p><p class=\"banner\">Request Id: "_s
        + traceId.toHtmlEscaped() + u"<br>Correlation Id: "_s + correlationId.toHtmlEscaped() + u"<br>Timestamp: "_s
        + timestamp.toHtmlEscaped() + u"</p>"_s;
    return frame(tr("Sign in to your account"), content);
}

QString ConsentPage::signedOut()
{
    return frame(tr("Signed out"), u"<h1>"_s + tr("You signed out of your account").toHtmlEscaped() + u"</h1>"_s);
}

QString ConsentPage::adminConsentApproved(const QString &appName, const QString &tenantName)
{
    const QString content = u"<h1>"_s + tr("Permissions granted").toHtmlEscaped() + u"</h1><p id=\"result\">"_s
        + tr("Approved: %1 may now be used in %2. You can close this page.").arg(appName, tenantName).toHtmlEscaped()
        + u"</p>"_s;
    return frame(tr("Permissions granted"), content);
}

QString ConsentPage::nativeClientError(const QString &error, const QString &subcode, const QString &description)
{
    // Entra's descriptions carry their Trace ID, Correlation ID and Timestamp on lines of their own.
    QString lines = description.toHtmlEscaped();
    lines.replace(u"\r\n"_s, u"\n"_s);
    lines.replace(u'\n', u"<br>"_s);
    QString code = error;
    if (!subcode.isEmpty())
        code += u" ("_s + subcode + u')';
    const QString content = u"<h1>"_s + tr("The request was not completed").toHtmlEscaped()
        + u"</h1><p><code id=\"error\">"_s + code.toHtmlEscaped() + u"</code></p><p id=\"description\">"_s + lines
        + u"</p><p>"_s + tr("You can close this page.").toHtmlEscaped() + u"</p>"_s;
    return frame(tr("The request was not completed"), content);
}

QString ConsentPage::nativeClient()
{
    const QString content = u"<h1>"_s + tr("Nothing to do here").toHtmlEscaped() + u"</h1><p>"_s
        + tr("This page is where the sign-in service sends its answers for desktop apps. You can close it.")
              .toHtmlEscaped()
        + u"</p>"_s;
    return frame(tr("MentorDesk sandbox"), content);
}

} // namespace MentorDesk::Sandbox
