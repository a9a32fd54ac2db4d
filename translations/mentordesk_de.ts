<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MentorDesk::AboutDialog</name>
    <message>
        <source>About MentorDesk</source>
        <translation>Über MentorDesk</translation>
    </message>
    <message>
        <source>MentorDesk icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 (Qt %2)</source>
        <translation>Version %1 (Qt %2)</translation>
    </message>
    <message>
        <source>Book Teams mentoring sessions, read your Outlook calendars and post to a Teams channel, with delegated Microsoft Graph permissions only: MentorDesk acts as you and can never reach data you cannot reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>MentorDesk::AppConfig</name>
    <message>
        <source>The sign-in authority &quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in authority must use https (plain http is only allowed on this computer, for the demo tenant): &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Microsoft Graph address &quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Microsoft Graph address must use https (plain http is only allowed on this computer): &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant must be &quot;organizations&quot;, &quot;common&quot;, &quot;consumers&quot;, a tenant ID or a domain such as contoso.onmicrosoft.com; &quot;%1&quot; is none of these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in timeout must be between 30 seconds and one hour.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::AuthError</name>
    <message>
        <source>unexpected answer (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Sign-in timed out: MentorDesk did not hear back from the browser. Try again, and finish signing in in the browser tab that opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declined the permissions MentorDesk asked for, so nothing was granted. You can review them and try again at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk does not have your consent for some permissions yet. Sign in again and accept them, or ask your administrator if your organisation does not allow you to consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator of your organisation has to approve some of these permissions before you can use them. The Permissions page has a link and a short text you can send them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser answered for a different sign-in attempt, so MentorDesk ignored it for your safety. Start signing in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid (it expired, was revoked or was already used). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation needs you to sign in again interactively (for example for multi-factor authentication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app registration does not accept MentorDesk&apos;s redirect address. Register http://localhost/callback under &quot;Mobile and desktop applications&quot; (see README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app registration is not set up as a public desktop client. Register the redirect under &quot;Mobile and desktop applications&quot; (not Web or Single-page application); MentorDesk never uses a client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application (client) ID is not known to this tenant. Check the client ID in MentorDesk&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in request was refused because of the app&apos;s configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service reported a problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk could not reach the sign-in service (%1). Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk could not read the sign-in configuration of this authority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer could not be trusted (%1), so MentorDesk did not sign you in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your system keychain could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::Avatar</name>
    <message>
        <source>Picture of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::Banner</name>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::CalendarListModel</name>
    <message>
        <source>Your calendar</source>
        <translation>Ihr Kalender</translation>
    </message>
    <message>
        <source>Your calendar (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated by %1 &lt;%2&gt; (read-only in MentorDesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by %1 &lt;%2&gt; (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::CloudInfo</name>
    <message>
        <source>Global (Microsoft 365)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Government (GCC High)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Government (DoD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (operated by 21Vianet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::CommandLine</name>
    <message>
        <source>MentorDesk: your Outlook calendars, Teams mentoring sessions and channel posts, with delegated Microsoft Graph permissions only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the built-in demo tenant (a local imitation of Microsoft 365) instead of Microsoft&apos;s services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application (client) ID of your Entra app registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant to sign in to: organizations, common, a tenant ID or a domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft cloud: global, usgov, usgov-dod or china.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in authority URL, including the tenant (https, or http on loopback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph base URL, including the version, e.g. https://graph.microsoft.com/v1.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Run &quot;mentordesk --help&quot; to see the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.
Run &quot;mentordesk --help&quot; to see the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown cloud &quot;%1&quot;: use global, usgov, usgov-dod or china.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::ConsentReviewDialog</name>
    <message>
        <source>Review permissions before signing in</source>
        <translation>Berechtigungen vor der Anmeldung prüfen</translation>
    </message>
    <message>
        <source>Review the Teams permissions</source>
        <translation>Teams-Berechtigungen prüfen</translation>
    </message>
    <message>
        <source>When you continue, your browser opens Microsoft&apos;s sign-in page and MentorDesk asks for the permissions below. Nothing has been sent to Microsoft yet. MentorDesk only ever acts as you, with these delegated permissions, and can never reach data you cannot reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams features need three more permissions. Your browser opens Microsoft&apos;s consent page for them when you continue; nothing has been sent yet. Your organisation may require an administrator to approve &quot;Read the groups you belong to&quot; first; if so, MentorDesk tells you what to send them. Everything else keeps working either way. The permissions you already granted are asked for again with them; Microsoft only prompts you for the new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk never:</source>
        <translation>MentorDesk wird niemals:</translation>
    </message>
    <message>
        <source>• reads, sends or searches your mail
• uses application (app-only) permissions or tenant-wide access: it acts as you, only while you use it
• runs in the background or syncs while it is closed
• keeps your tokens anywhere but your system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stay signed in</source>
        <translation>&amp;Angemeldet bleiben</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>Angemeldet bleiben</translation>
    </message>
    <message>
        <source>On: MentorDesk also asks for &quot;Stay signed in&quot; (offline_access) and keeps a refresh token in your system keychain, so it can renew its access without asking you again. Off (recommended on shared computers): you sign in again when the access expires, usually after about an hour; nothing you are doing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue in browser</source>
        <translation>Im Browser &amp;fortfahren</translation>
    </message>
    <message>
        <source>Continue in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::EventFormatter</name>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks on %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly on day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n months on day %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly on the %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n months on the %1 %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Yearly on %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly on the %1 %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, once</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n times</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated 1 minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last updated %n minutes ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Last updated today at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::FeatureGate</name>
    <message>
        <source>Sign in to use &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a work or school account: Microsoft does not offer it for personal Microsoft accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not available in the %2 cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is part of the Teams features, which are off. Turn them on in Permissions; MentorDesk will then ask for the Teams permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Stay signed in&quot; is off. Turn it on when you sign in if you want MentorDesk to renew its access without asking you every hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs permissions that only an administrator of your organisation can approve (%2). Send them the admin consent link from the Permissions page, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs permissions that were not granted (%2). Retry consent from the Permissions page; if your organisation blocks them, ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::GraphResult</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk cannot reach Microsoft 365 right now. Check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to Microsoft 365 was interrupted. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 did not answer in time. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 is limiting how many requests MentorDesk may make. Try again in 1 second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Microsoft 365 is limiting how many requests MentorDesk may make. Try again in %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft 365 is limiting how many requests MentorDesk may make. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 is having trouble right now. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to continue; what you entered is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk is not allowed to do this with your account: a permission is missing or your organisation does not allow it. See the Permissions page for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item no longer exists in Microsoft 365; it may have been deleted or moved. Refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item was changed elsewhere in the meantime. Refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 refused this request. If it keeps happening, report it with the details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 sent a reply MentorDesk could not read. Try again; if it keeps happening, report it with the details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar has to be loaded again from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be done because a step it depends on failed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::IdToken</name>
    <message>
        <source>the ID token is not a JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ID token is not base64url-encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ID token&apos;s claims are not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was issued for another application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was issued by another tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its nonce does not match this sign-in attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not identify the user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::MainWindow</name>
    <message>
        <source>Your calendar will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About MentorDesk</source>
        <translation>Über &amp;MentorDesk</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;settings…</source>
        <translation>Anmelde&amp;einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Permissions…</source>
        <translation>&amp;Berechtigungen…</translation>
    </message>
    <message>
        <source>S&amp;witch account…</source>
        <translation>Konto &amp;wechseln…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source> (demo tenant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk — %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring your sign-in…</source>
        <translation>Ihre Anmeldung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing your sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in expired</source>
        <translation>Anmeldung abgelaufen</translation>
    </message>
    <message>
        <source>One setting is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk needs the application (client) ID of your organisation&apos;s app registration before it can sign you in. You can also try the demo tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo tenant could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to continue; everything you were doing is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in again</source>
        <translation>Erneut &amp;anmelden</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>MentorDesk::OidcDiscovery</name>
    <message>
        <source>the OpenID configuration is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OpenID configuration lacks its authorization or token endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::OutboxDialog</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf das Senden</translation>
    </message>
    <message>
        <source>These changes are kept on this computer until Microsoft has them. MentorDesk sends them by itself when your connection and your sign-in are back, and never twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Retry the selected change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Discard the selected change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &amp;now</source>
        <translation>&amp;Jetzt versuchen</translation>
    </message>
    <message>
        <source>Try sending everything now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Nothing is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::OutboxEntry</name>
    <message>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk could not confirm whether this was sent. Check before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will be sent as soon as possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet: your sign-in has expired. It is sent after you sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet: Microsoft 365 cannot be reached. It is sent when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet: Microsoft 365 asked MentorDesk to slow down. It is sent again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet: Microsoft 365 did not answer properly. It is sent again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::OutboxIndicator</name>
    <message>
        <source>1 change needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes need your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the changes that have not reached Microsoft yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::PermissionsDialog</name>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>What is on and off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to revoke access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Your consent stays with Microsoft until it is revoked; signing out of MentorDesk removes every token and cached item from this computer, but does not revoke it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;You&lt;/b&gt; can revoke the permissions you granted at &lt;a href=&quot;https://myapps.microsoft.com&quot;&gt;My Apps&lt;/a&gt; (choose MentorDesk, then &lt;i&gt;Manage your application&lt;/i&gt;). Personal Microsoft accounts: &lt;a href=&quot;https://account.live.com/consent/Manage&quot;&gt;account.live.com/consent/Manage&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Administrators&lt;/b&gt; can revoke them for everyone in the Microsoft Entra admin center: &lt;i&gt;Enterprise applications&lt;/i&gt; → MentorDesk → &lt;i&gt;Permissions&lt;/i&gt; (or delete its oauth2PermissionGrants with Microsoft Graph). Revoking does not prevent consenting again later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requested and granted</source>
        <translation>&amp;Angefordert und erteilt</translation>
    </message>
    <message>
        <source>&amp;What is on and off</source>
        <translation>&amp;Was ein- und ausgeschaltet ist</translation>
    </message>
    <message>
        <source>Re&amp;voking access</source>
        <translation>Zugriff &amp;widerrufen</translation>
    </message>
    <message>
        <source>An administrator of your organisation has to approve &quot;Read the groups you belong to&quot; (Group.Read.All) for MentorDesk once, for everyone. Send them this link; after they approve, choose &quot;Check again&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator consent link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>Copy administrator consent link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy request for your &amp;administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy request for your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry &amp;consent</source>
        <translation>Zustimmung &amp;erneut anfordern</translation>
    </message>
    <message>
        <source>Retry consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Hello,

I would like to use MentorDesk, a desktop app for mentoring sessions, with my work account. It uses delegated permissions only (it acts as the signed-in user and can never reach data the user cannot reach). One of them needs an administrator&apos;s approval: Group.Read.All (delegated), which lets it list the teams I belong to so I can pick a Teams channel to post to.

Application (client) ID: %1
Permissions: %2

You can review and grant consent for our organisation here:
%3

You can revoke it at any time in the Microsoft Entra admin center (Enterprise applications → MentorDesk → Permissions).

Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>%1 · %2 · tenant %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal Microsoft account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work or school account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see which permissions were granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 requested permissions granted. Teams features are %3. Stay signed in is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Microsoft again for the permissions that were not granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything requested was granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn Teams features o&amp;ff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn Teams features o&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams features need a work or school account; Microsoft does not offer them for personal Microsoft accounts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::Sandbox::ConsentPage</name>
    <message>
        <source>Admin consent required; already granted for your organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin consent required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unverified) would like to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting these permissions means that you allow this app to use your data as specified in their terms of service and privacy statement. It will return you to %1. Organization: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need admin approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs permission to access resources in your organization that only an admin can grant. Please ask an admin to grant permission to this app before you can use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the application without granting consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions requested: Accept for your organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would like to do the following for everyone in %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, but we&apos;re having trouble signing you in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed out of your account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::Sandbox::SandboxServer</name>
    <message>
        <source>The sandbox listens on loopback only (127.0.0.1 or ::1), not on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::ScopeCatalog</name>
    <message>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <source>Requested when you sign in: your profile and your calendars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Requested only when you turn on Teams features: your teams, their channels, and posting to a channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign you in</source>
        <translation>Sie anmelden</translation>
    </message>
    <message>
        <source>Sign you in with your work or school account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in itself: MentorDesk learns who you are, not your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read your profile</source>
        <translation>Ihr Profil lesen</translation>
    </message>
    <message>
        <source>Read your profile (name, email address, photo) and basic information about your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To show who is signed in and to address invitations from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read your email address</source>
        <translation>Ihre E-Mail-Adresse lesen</translation>
    </message>
    <message>
        <source>Read your primary email address (not your mail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To identify you and to put your address on the invitations you send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read calendars shared with you</source>
        <translation>Für Sie freigegebene Kalender lesen</translation>
    </message>
    <message>
        <source>Read events in all calendars you can access, including calendars colleagues share with you or delegate to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To show your colleagues&apos; shared calendars next to yours and to find times when everyone is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and write your calendars</source>
        <translation>Ihre Kalender lesen und schreiben</translation>
    </message>
    <message>
        <source>Create, read, update and delete events in your own calendars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To show your calendar and to book, reschedule and cancel mentoring sessions in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Teams meeting links</source>
        <translation>Teams-Besprechungslinks erstellen</translation>
    </message>
    <message>
        <source>Create and read online meetings as you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &quot;Just give me a Teams link&quot;: a meeting link for a session arranged elsewhere, without a calendar entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>Angemeldet bleiben</translation>
    </message>
    <message>
        <source>Keep access to the data you gave MentorDesk access to while you are not signing in again (a refresh token, kept in your system keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if you turn on &quot;Stay signed in&quot;: MentorDesk then renews its access without asking you to sign in every hour. Off by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the groups you belong to</source>
        <translation>Ihre Gruppen lesen</translation>
    </message>
    <message>
        <source>Read the Microsoft 365 groups you can access: their names, properties and membership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To list the teams you belong to, so you can pick a channel. Microsoft offers no narrower permission that this app can use for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read channel names</source>
        <translation>Kanalnamen lesen</translation>
    </message>
    <message>
        <source>Read the names and descriptions of channels in your teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To let you pick the channel to post to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post to channels</source>
        <translation>In Kanälen posten</translation>
    </message>
    <message>
        <source>Send messages to channels as you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To post your announcements and session notes to the channel you choose. MentorDesk never reads channel messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Your name, address and photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your calendar</source>
        <translation>Ihr Kalender</translation>
    </message>
    <message>
        <source>Calendars shared with you</source>
        <translation>Für Sie freigegebene Kalender</translation>
    </message>
    <message>
        <source>Suggested free times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book mentoring sessions</source>
        <translation>Mentoring-Termine buchen</translation>
    </message>
    <message>
        <source>Teams meeting in invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule and cancel sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standalone Teams meeting links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels of your teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post to a Teams channel</source>
        <translation>In einem Teams-Kanal posten</translation>
    </message>
</context>
<context>
    <name>MentorDesk::ScopeListView</name>
    <message>
        <source>Administrator approval: not needed</source>
        <translation>Genehmigung durch die Administration: nicht nötig</translation>
    </message>
    <message>
        <source>Administrator approval: may be needed, depending on your organisation&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator approval: required</source>
        <translation>Genehmigung durch die Administration: erforderlich</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Will be requested</source>
        <translation>Wird angefordert</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation>Nicht angefordert</translation>
    </message>
    <message>
        <source>Not granted</source>
        <translation>Nicht erteilt</translation>
    </message>
    <message>
        <source>Waiting for administrator approval</source>
        <translation>Wartet auf Genehmigung durch die Administration</translation>
    </message>
    <message>
        <source>Not available for personal accounts</source>
        <translation>Für persönliche Konten nicht verfügbar</translation>
    </message>
    <message>
        <source>Allows: %1</source>
        <translation>Erlaubt: %1</translation>
    </message>
    <message>
        <source>Why MentorDesk needs it: %1</source>
        <translation>Warum MentorDesk sie braucht: %1</translation>
    </message>
    <message>
        <source>Personal Microsoft accounts: supported</source>
        <translation>Persönliche Microsoft-Konten: unterstützt</translation>
    </message>
    <message>
        <source>Personal Microsoft accounts: not supported</source>
        <translation>Persönliche Microsoft-Konten: nicht unterstützt</translation>
    </message>
    <message>
        <source>Turns on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it, these are off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::SignInFlow</name>
    <message>
        <source>the token endpoint did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no application (client) ID is configured; set it in the sign-in settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk could not open a local port for the browser&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk is waiting for this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer does not belong to MentorDesk&apos;s current sign-in, so it was ignored. Return to MentorDesk and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer contained no code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the redirect carried neither a code nor an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab and return to MentorDesk. Do not share this page&apos;s address with anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ID token was returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::SignInSettingsDialog</name>
    <message>
        <source>Sign-in settings</source>
        <translation>Anmeldeeinstellungen</translation>
    </message>
    <message>
        <source>MentorDesk signs in with your organisation&apos;s app registration in Microsoft Entra ID. Your administrator can tell you its application (client) ID; README explains how to register one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organizations, a tenant ID or a domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application (&amp;client) ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in authority URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from cloud and tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft &amp;Graph:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in ti&amp;meout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application (client) ID is a GUID such as 5d2c8a3e-6b1f-4f0e-9a57-0c3d4e5f6a7b.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::Theme</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>MentorDesk::TokenSet</name>
    <message>
        <source>the answer contains no access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported token type %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::TokenStore</name>
    <message>
        <source>No system keychain is available (%1). MentorDesk keeps your sign-in in memory only, so you will have to sign in again the next time you start it. Install or unlock GNOME Keyring or KWallet to stay signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Secret Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in data is too large for the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored sign-in is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of the stored sign-in is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::WelcomePage</name>
    <message>
        <source>MentorDesk logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to MentorDesk</source>
        <translation>Willkommen bei MentorDesk</translation>
    </message>
    <message>
        <source>Try the &amp;demo tenant</source>
        <translation>&amp;Demo-Mandanten ausprobieren</translation>
    </message>
    <message>
        <source>Try the demo tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A built-in imitation of Microsoft 365 on this computer: try everything without an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;settings…</source>
        <translation>Anmelde&amp;einstellungen…</translation>
    </message>
    <message>
        <source>Sign-in settings</source>
        <translation>Anmeldeeinstellungen</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel sign-in</source>
        <translation>Anmeldung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk could not open your browser. Open this address in a browser on this computer to continue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are on the demo tenant: a local imitation of Microsoft 365 on this computer. Everything works as with a real account, and nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in to the demo tenant</source>
        <translation>Beim Demo-Mandanten &amp;anmelden</translation>
    </message>
    <message>
        <source>Your Outlook calendars, Teams mentoring sessions and channel posts, with delegated permissions only: you see every permission before you consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in with Microsoft</source>
        <translation>Mit Microsoft &amp;anmelden</translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · tenant %2 · client ID %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring your sign-in…</source>
        <translation>Ihre Anmeldung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Reading the sign-in configuration…</source>
        <translation>Anmeldekonfiguration wird gelesen…</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. MentorDesk is waiting for it…</source>
        <translation>Schließen Sie die Anmeldung im Browser ab. MentorDesk wartet darauf…</translation>
    </message>
    <message>
        <source>Completing sign-in…</source>
        <translation>Anmeldung wird abgeschlossen…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A local imitation of Microsoft Entra ID and Microsoft Graph for MentorDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopback address and port (port 0: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the generated tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize redirects straight back with a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal Microsoft account tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group.Read.All is not yet admin-consented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token lifetime in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor of the seed and start of the clock (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep created items in this file between runs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
