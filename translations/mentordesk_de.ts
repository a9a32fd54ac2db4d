<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MentorDesk::AboutDialog</name>
    <message>
        <source>About MentorDesk</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book Teams mentoring sessions, read your Outlook calendars and post to a Teams channel, with delegated Microsoft Graph permissions only: MentorDesk acts as you and can never reach data you cannot reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
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
    <name>MentorDesk::MainWindow</name>
    <message>
        <source>MentorDesk (demo tenant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk</source>
        <translation type="unfinished"></translation>
    </message>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MentorDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
