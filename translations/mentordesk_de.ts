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
        <translation>MentorDesk-Symbol</translation>
    </message>
    <message>
        <source>MentorDesk</source>
        <translation>MentorDesk</translation>
    </message>
    <message>
        <source>Version %1 (Qt %2)</source>
        <translation>Version %1 (Qt %2)</translation>
    </message>
    <message>
        <source>Book Teams mentoring sessions, read your Outlook calendars and post to a Teams channel, with delegated Microsoft Graph permissions only: MentorDesk acts as you and can never reach data you cannot reach.</source>
        <translation>Buchen Sie Mentoring-Termine in Teams, lesen Sie Ihre Outlook-Kalender und posten Sie in einem Teams-Kanal – ausschließlich mit delegierten Microsoft Graph-Berechtigungen: MentorDesk handelt in Ihrem Namen und kann nie auf Daten zugreifen, auf die Sie selbst keinen Zugriff haben.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>MentorDesk::AccountServices</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>MentorDesk::AdminConsentRequest</name>
    <message>
        <source>Request: approve MentorDesk for our organisation</source>
        <translation>Anfrage: MentorDesk für unsere Organisation genehmigen</translation>
    </message>
    <message>
        <source>

%1</source>
        <translation>

%1</translation>
    </message>
    <message>
        <source>Hello,

I would like to use MentorDesk, a desktop app for mentoring sessions, with my work account. Our organisation lets only administrators approve apps, so MentorDesk needs your approval once, for everyone.

MentorDesk uses delegated permissions only: it acts as the signed-in user and can never reach data that user cannot reach. It has no client secret and no access of its own. The permissions are listed below.

To review and approve them, open this link and sign in with an administrator account:
%1

Microsoft then shows the permissions and asks you to accept. Afterwards the page says that the app was approved; nothing else needs to be installed or configured. You can revoke the approval at any time in the Microsoft Entra admin center (Enterprise applications → MentorDesk → Permissions).

Thank you!%2</source>
        <translation>Guten Tag,

ich möchte MentorDesk, eine Desktop-App für Mentoring-Termine, mit meinem Geschäftskonto verwenden. In unserer Organisation darf nur die Administration Apps genehmigen, daher benötigt MentorDesk einmalig Ihre Genehmigung, die dann für alle gilt.

MentorDesk verwendet ausschließlich delegierte Berechtigungen: Es handelt im Namen des angemeldeten Benutzers und kann nie auf Daten zugreifen, auf die dieser Benutzer selbst keinen Zugriff hat. Es hat keinen geheimen Clientschlüssel und keinen eigenen Zugriff. Die Berechtigungen sind unten aufgeführt.

Um sie zu prüfen und zu genehmigen, öffnen Sie diesen Link, und melden Sie sich mit einem Administratorkonto an:
%1

Microsoft zeigt Ihnen dann die Berechtigungen an und bittet Sie, sie zu akzeptieren. Anschließend meldet die Seite, dass die App genehmigt wurde; es muss nichts weiter installiert oder konfiguriert werden. Sie können die Genehmigung jederzeit im Microsoft Entra Admin Center widerrufen (Unternehmensanwendungen → MentorDesk → Berechtigungen).

Vielen Dank!%2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Application: MentorDesk</source>
        <translation>Anwendung: MentorDesk</translation>
    </message>
    <message>
        <source>Application (client) ID: %1</source>
        <translation>Anwendungs-ID (Client): %1</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Mandant: %1</translation>
    </message>
    <message>
        <source>Delegated permissions (Microsoft Graph):</source>
        <translation>Delegierte Berechtigungen (Microsoft Graph):</translation>
    </message>
    <message>
        <source>needs an administrator</source>
        <translation>Genehmigung durch die Administration erforderlich</translation>
    </message>
    <message>
        <source>users may consent, unless not allowed</source>
        <translation>Benutzer können zustimmen, sofern nicht untersagt</translation>
    </message>
    <message>
        <source>- %1 (%2): %3 [%4]</source>
        <translation>- %1 (%2): %3 [%4]</translation>
    </message>
    <message>
        <source>Administrator consent link: %1</source>
        <translation>Link zur Administratorzustimmung: %1</translation>
    </message>
</context>
<context>
    <name>MentorDesk::AdminRequestDialog</name>
    <message>
        <source>Request approval from IT</source>
        <translation>Genehmigung bei der IT anfordern</translation>
    </message>
    <message>
        <source>Your organisation may let only administrators approve apps. Send this request to your IT department: it says what MentorDesk is, which permissions it asks for and why, and has the link an administrator opens to approve it for everyone. Once they have approved, choose &quot;Check again&quot; in MentorDesk.</source>
        <translation>Möglicherweise darf in Ihrer Organisation nur die Administration Apps genehmigen. Senden Sie diese Anfrage an Ihre IT-Abteilung: Sie erklärt, was MentorDesk ist, welche Berechtigungen es anfordert und warum, und enthält den Link, den die Administration öffnet, um es für alle zu genehmigen. Sobald die Genehmigung erteilt wurde, wählen Sie in MentorDesk „Erneut prüfen“.</translation>
    </message>
    <message>
        <source>Application (client) ID:</source>
        <translation>Anwendungs-ID (Client):</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Anwendungs-ID (Client)</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Administrator consent link</source>
        <translation>Link zur Administratorzustimmung</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>Copy administrator consent link</source>
        <translation>Link zur Administratorzustimmung kopieren</translation>
    </message>
    <message>
        <source>The administrator&apos;s link is on the clipboard.</source>
        <translation>Der Link für die Administration ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Administrator&apos;s link:</source>
        <translation>Link für die Administration:</translation>
    </message>
    <message>
        <source>Delegated permissions MentorDesk asks for</source>
        <translation>Delegierte Berechtigungen, die MentorDesk anfordert</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Why MentorDesk needs it</source>
        <translation>Warum MentorDesk sie braucht</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Columns of the permissions</source>
        <translation>Spalten der Berechtigungen</translation>
    </message>
    <message>
        <source>Needs an administrator</source>
        <translation>Genehmigung durch die Administration erforderlich</translation>
    </message>
    <message>
        <source>Users may consent, unless not allowed</source>
        <translation>Benutzer können zustimmen, sofern nicht untersagt</translation>
    </message>
    <message>
        <source>Message for your IT department</source>
        <translation>Nachricht für Ihre IT-Abteilung</translation>
    </message>
    <message>
        <source>&amp;Copy request</source>
        <translation>Anfrage &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy request</source>
        <translation>Anfrage kopieren</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>Save request as a file</source>
        <translation>Anfrage als Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Email…</source>
        <translation>Per &amp;E-Mail senden…</translation>
    </message>
    <message>
        <source>Open the request in your mail program</source>
        <translation>Anfrage in Ihrem E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Nachricht:</translation>
    </message>
    <message>
        <source>The request is on the clipboard: paste it into a message or a ticket for your IT department.</source>
        <translation>Die Anfrage ist in der Zwischenablage: Fügen Sie sie in eine Nachricht oder ein Ticket für Ihre IT-Abteilung ein.</translation>
    </message>
    <message>
        <source>Save the request</source>
        <translation>Anfrage speichern</translation>
    </message>
    <message>
        <source>MentorDesk approval request.txt</source>
        <translation>MentorDesk-Genehmigungsanfrage.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>The request could not be saved to %1: %2</source>
        <translation>Die Anfrage konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Your mail program has the request; add your IT department&apos;s address and send it.</source>
        <translation>Die Anfrage ist in Ihrem E-Mail-Programm geöffnet; fügen Sie die Adresse Ihrer IT-Abteilung hinzu, und senden Sie sie ab.</translation>
    </message>
    <message>
        <source>No mail program could be opened. Copy the request or save it, and send it another way.</source>
        <translation>Es konnte kein E-Mail-Programm geöffnet werden. Kopieren oder speichern Sie die Anfrage, und senden Sie sie auf anderem Weg.</translation>
    </message>
</context>
<context>
    <name>MentorDesk::AgendaView</name>
    <message>
        <source>Up/Down move through the events, Left/Right jump a day, Enter opens the event</source>
        <translation>Pfeil nach oben/unten wechselt zwischen den Terminen, Pfeil nach links/rechts springt um einen Tag, die Eingabetaste öffnet den Termin</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Agenda, %1 to %2</source>
        <translation>Agenda, %1 bis %2</translation>
    </message>
    <message>
        <source>Nothing planned from %1 to %2.</source>
        <translation>Von %1 bis %2 ist nichts geplant.</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <source>Today · %1</source>
        <translation>Heute · %1</translation>
    </message>
    <message>
        <source>Tomorrow · %1</source>
        <translation>Morgen · %1</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(kein Titel)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Vorläufig</translation>
    </message>
</context>
<context>
    <name>MentorDesk::AppConfig</name>
    <message>
        <source>The sign-in authority &quot;%1&quot; is not a valid URL.</source>
        <translation>Die Anmeldeautorität „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The sign-in authority must use https (plain http is only allowed on this computer, for the demo tenant): &quot;%1&quot;.</source>
        <translation>Die Anmeldeautorität muss https verwenden (einfaches http ist nur auf diesem Computer für den Demo-Mandanten erlaubt): „%1“.</translation>
    </message>
    <message>
        <source>The Microsoft Graph address &quot;%1&quot; is not a valid URL.</source>
        <translation>Die Microsoft Graph-Adresse „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The Microsoft Graph address must use https (plain http is only allowed on this computer): &quot;%1&quot;.</source>
        <translation>Die Microsoft Graph-Adresse muss https verwenden (einfaches http ist nur auf diesem Computer erlaubt): „%1“.</translation>
    </message>
    <message>
        <source>The tenant must be &quot;organizations&quot;, &quot;common&quot;, &quot;consumers&quot;, a tenant ID or a domain such as contoso.onmicrosoft.com; &quot;%1&quot; is none of these.</source>
        <translation>Der Mandant muss „organizations“, „common“, „consumers“, eine Mandanten-ID oder eine Domäne wie contoso.onmicrosoft.com sein; „%1“ ist nichts davon.</translation>
    </message>
    <message>
        <source>The sign-in timeout must be between 30 seconds and one hour.</source>
        <translation>Das Zeitlimit für die Anmeldung muss zwischen 30 Sekunden und einer Stunde liegen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Microsoft sign-in address of the %2 cloud (%3). To sign in somewhere else, choose a custom cloud, with both a custom sign-in authority and a custom Microsoft Graph address.</source>
        <translation>„%1“ ist keine Microsoft-Anmeldeadresse der Cloud „%2“ (%3). Um sich anderswo anzumelden, wählen Sie eine benutzerdefinierte Cloud, und legen Sie sowohl eine eigene Anmeldeautorität als auch eine eigene Microsoft Graph-Adresse fest.</translation>
    </message>
    <message>
        <source>A Microsoft Graph address on this computer (&quot;%1&quot;) only works with a sign-in authority on this computer, such as the demo tenant&apos;s.</source>
        <translation>Eine Microsoft Graph-Adresse auf diesem Computer („%1“) funktioniert nur mit einer Anmeldeautorität auf diesem Computer, etwa der des Demo-Mandanten.</translation>
    </message>
    <message>
        <source>The Microsoft Graph address must use https or, on this computer, http: &quot;%1&quot;.</source>
        <translation>Die Microsoft Graph-Adresse muss https oder, auf diesem Computer, http verwenden: „%1“.</translation>
    </message>
    <message>
        <source>MentorDesk sends your Microsoft Graph sign-in only to Microsoft Graph of the %1 cloud (%2), never to &quot;%3&quot;. To use another Graph address, choose a custom cloud, with both a custom sign-in authority and a custom Microsoft Graph address.</source>
        <translation>MentorDesk sendet Ihre Microsoft Graph-Anmeldung nur an Microsoft Graph der Cloud „%1“ (%2), niemals an „%3“. Um eine andere Graph-Adresse zu verwenden, wählen Sie eine benutzerdefinierte Cloud, und legen Sie sowohl eine eigene Anmeldeautorität als auch eine eigene Microsoft Graph-Adresse fest.</translation>
    </message>
    <message>
        <source>A custom cloud needs both a custom sign-in authority and a custom Microsoft Graph address.</source>
        <translation>Eine benutzerdefinierte Cloud benötigt sowohl eine eigene Anmeldeautorität als auch eine eigene Microsoft Graph-Adresse.</translation>
    </message>
    <message>
        <source>Unknown cloud: use global, usgov, usgov-dod or china.</source>
        <translation>Unbekannte Cloud: Verwenden Sie global, usgov, usgov-dod oder china.</translation>
    </message>
    <message>
        <source>The sign-in timeout must be a number of seconds.</source>
        <translation>Das Zeitlimit für die Anmeldung muss eine Anzahl von Sekunden sein.</translation>
    </message>
</context>
<context>
    <name>MentorDesk::AuthError</name>
    <message>
        <source>unexpected answer (HTTP %1)</source>
        <translation>unerwartete Antwort (HTTP %1)</translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Sign-in timed out: MentorDesk did not hear back from the browser. Try again, and finish signing in in the browser tab that opens.</source>
        <translation>Zeitüberschreitung bei der Anmeldung: MentorDesk hat keine Antwort vom Browser erhalten. Versuchen Sie es erneut, und schließen Sie die Anmeldung in dem Browsertab ab, der sich öffnet.</translation>
    </message>
    <message>
        <source>You declined the permissions MentorDesk asked for, so nothing was granted. You can review them and try again at any time.</source>
        <translation>Sie haben die von MentorDesk angeforderten Berechtigungen abgelehnt, daher wurde nichts erteilt. Sie können sie jederzeit prüfen und es erneut versuchen.</translation>
    </message>
    <message>
        <source>MentorDesk does not have your consent for some permissions yet. Sign in again and accept them, or ask your administrator if your organisation does not allow you to consent.</source>
        <translation>MentorDesk hat für einige Berechtigungen noch nicht Ihre Zustimmung. Melden Sie sich erneut an und akzeptieren Sie sie, oder wenden Sie sich an Ihre Administration, falls Ihre Organisation Ihnen die Zustimmung nicht erlaubt.</translation>
    </message>
    <message>
        <source>The browser answered for a different sign-in attempt, so MentorDesk ignored it for your safety. Start signing in again.</source>
        <translation>Der Browser hat für einen anderen Anmeldeversuch geantwortet, daher hat MentorDesk die Antwort zu Ihrer Sicherheit ignoriert. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid (it expired, was revoked or was already used). Sign in again.</source>
        <translation>Ihre Anmeldung ist nicht mehr gültig (sie ist abgelaufen, wurde widerrufen oder wurde bereits verwendet). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your organisation needs you to sign in again interactively (for example for multi-factor authentication).</source>
        <translation>Ihre Organisation verlangt, dass Sie sich erneut interaktiv anmelden (zum Beispiel für die mehrstufige Authentifizierung).</translation>
    </message>
    <message>
        <source>The app registration does not accept MentorDesk&apos;s redirect address. Register http://localhost/callback under &quot;Mobile and desktop applications&quot; (see README).</source>
        <translation>Die App-Registrierung akzeptiert die Umleitungsadresse von MentorDesk nicht. Registrieren Sie http://localhost/callback unter „Mobile Anwendungen und Desktopanwendungen“ (siehe README).</translation>
    </message>
    <message>
        <source>The app registration is not set up as a public desktop client. Register the redirect under &quot;Mobile and desktop applications&quot; (not Web or Single-page application); MentorDesk never uses a client secret.</source>
        <translation>Die App-Registrierung ist nicht als öffentlicher Desktopclient eingerichtet. Registrieren Sie die Umleitung unter „Mobile Anwendungen und Desktopanwendungen“ (nicht unter „Web“ oder „Single-Page-Anwendung“); MentorDesk verwendet nie einen geheimen Clientschlüssel.</translation>
    </message>
    <message>
        <source>The application (client) ID is not known to this tenant. Check the client ID in MentorDesk&apos;s settings.</source>
        <translation>Die Anwendungs-ID (Client) ist diesem Mandanten nicht bekannt. Prüfen Sie die Client-ID in den Einstellungen von MentorDesk.</translation>
    </message>
    <message>
        <source>The sign-in request was refused because of the app&apos;s configuration: %1</source>
        <translation>Die Anmeldeanfrage wurde aufgrund der Konfiguration der App abgelehnt: %1</translation>
    </message>
    <message>
        <source>The sign-in service reported a problem: %1</source>
        <translation>Der Anmeldedienst hat ein Problem gemeldet: %1</translation>
    </message>
    <message>
        <source>MentorDesk could not reach the sign-in service (%1). Check your connection and try again.</source>
        <translation>MentorDesk konnte den Anmeldedienst nicht erreichen (%1). Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>MentorDesk could not read the sign-in configuration of this authority: %1</source>
        <translation>MentorDesk konnte die Anmeldekonfiguration dieser Autorität nicht lesen: %1</translation>
    </message>
    <message>
        <source>The sign-in answer could not be trusted (%1), so MentorDesk did not sign you in.</source>
        <translation>Der Antwort der Anmeldung konnte nicht vertraut werden (%1), daher hat MentorDesk Sie nicht angemeldet.</translation>
    </message>
    <message>
        <source>Your system keychain could not be used: %1</source>
        <translation>Ihr System-Schlüsselbund konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Programs or web pages on this computer sent MentorDesk&apos;s sign-in %1 requests that did not belong to it, so MentorDesk stopped waiting for the browser, for your safety. Start signing in again; if this happens again, close other browser tabs and programs first.</source>
        <translation>Programme oder Webseiten auf diesem Computer haben %1 Anfragen an die Anmeldung von MentorDesk gesendet, die nicht dazu gehörten; daher hat MentorDesk zu Ihrer Sicherheit aufgehört, auf den Browser zu warten. Starten Sie die Anmeldung erneut; falls dies wieder passiert, schließen Sie zuerst andere Browsertabs und Programme.</translation>
    </message>
    <message>
        <source>An administrator of your organisation has to approve some of these permissions before you can use them. MentorDesk has prepared a request you can send them.</source>
        <translation>Die Administration Ihrer Organisation muss einige dieser Berechtigungen genehmigen, bevor Sie sie verwenden können. MentorDesk hat eine Anfrage vorbereitet, die Sie ihr senden können.</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort innerhalb der Frist</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>the server was not found</source>
        <translation>der Server wurde nicht gefunden</translation>
    </message>
    <message>
        <source>no secure connection could be made</source>
        <translation>es konnte keine sichere Verbindung hergestellt werden</translation>
    </message>
    <message>
        <source>no network</source>
        <translation>kein Netzwerk</translation>
    </message>
    <message>
        <source>the proxy could not be used</source>
        <translation>der Proxy konnte nicht verwendet werden</translation>
    </message>
    <message>
        <source>the connection was interrupted</source>
        <translation>die Verbindung wurde unterbrochen</translation>
    </message>
    <message>
        <source>The sign-in service is busy or not available right now (HTTP %1). Try again in a few minutes.</source>
        <translation>Der Anmeldedienst ist gerade ausgelastet oder nicht verfügbar (HTTP %1). Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
</context>
<context>
    <name>MentorDesk::Avatar</name>
    <message>
        <source>Picture of %1</source>
        <translation>Bild von %1</translation>
    </message>
</context>
<context>
    <name>MentorDesk::AwaitingAnswerPanel</name>
    <message>
        <source>No invitation is waiting for your answer.</source>
        <translation>Keine Einladung wartet auf Ihre Antwort.</translation>
    </message>
    <message>
        <source>Awaiting &amp;your answer</source>
        <translation>Wa&amp;rten auf Ihre Antwort</translation>
    </message>
    <message>
        <source>Awaiting &amp;your answer (1)</source>
        <translation>Wa&amp;rten auf Ihre Antwort (1)</translation>
    </message>
    <message numerus="yes">
        <source>Awaiting &amp;your answer (%n)</source>
        <translation>
            <numerusform>Wa&amp;rten auf Ihre Antwort (%n)</numerusform>
            <numerusform>Wa&amp;rten auf Ihre Antwort (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitations awaiting your answer</source>
        <translation>Einladungen, die auf Ihre Antwort warten</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(kein Titel)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>an invitation&apos;s day and time: %1 &quot;Thu 26 Nov&quot;, %2 &quot;16:00 – 16:30&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Recurring series</source>
        <translation>Serientermin</translation>
    </message>
    <message>
        <source>Changed by the organiser since you answered</source>
        <translation>Seit Ihrer Antwort vom Organisator geändert</translation>
    </message>
    <message>
        <source>Show this invitation to answer it</source>
        <translation>Diese Einladung anzeigen, um sie zu beantworten</translation>
    </message>
</context>
<context>
    <name>MentorDesk::Banner</name>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>MentorDesk::BookingConfirmationView</name>
    <message>
        <source>Teams &amp;join link</source>
        <translation>Teams-&amp;Teilnahmelink</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Share in a Teams channel…</source>
        <translation>&amp;In einem Teams-Kanal teilen…</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Teams join link</source>
        <translation>Teams-Teilnahmelink</translation>
    </message>
    <message>
        <source>Copy join link</source>
        <translation>Teilnahmelink kopieren</translation>
    </message>
    <message>
        <source>Share in a Teams channel</source>
        <translation>In einem Teams-Kanal teilen</translation>
    </message>
    <message>
        <source>Post the session and its join link to a Teams channel you choose.</source>
        <translation>Den Termin und seinen Teilnahmelink in einem Teams-Kanal Ihrer Wahl posten.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>(%1 – %2 in %3)</source>
        <extracomment>the session&apos;s time in its own zone: &quot;(10:00 – 11:00 in Europe/Berlin)&quot;</extracomment>
        <translation>(%1 – %2 in %3)</translation>
    </message>
    <message>
        <source>Teams meeting booked</source>
        <translation>Teams-Besprechung gebucht</translation>
    </message>
    <message>
        <source>Session booked</source>
        <translation>Termin gebucht</translation>
    </message>
    <message>
        <source>No one was invited.</source>
        <translation>Es wurde niemand eingeladen.</translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation>Einladung an %1 gesendet.</translation>
    </message>
    <message>
        <source>Microsoft 365 did not return a Teams join link, even when asked again. Open the meeting in Outlook or Teams to add one; the invitation has been sent.</source>
        <translation>Microsoft 365 hat auch auf erneute Anfrage keinen Teams-Teilnahmelink geliefert. Öffnen Sie die Besprechung in Outlook oder Teams, um einen hinzuzufügen; die Einladung wurde gesendet.</translation>
    </message>
    <message>
        <source>This is a calendar event without a Teams meeting: agree with your mentees where you meet.</source>
        <translation>Dies ist ein Kalendertermin ohne Teams-Besprechung: Vereinbaren Sie mit Ihren Mentees, wo Sie sich treffen.</translation>
    </message>
    <message>
        <source>Teams meeting link ready</source>
        <translation>Teams-Besprechungslink bereit</translation>
    </message>
    <message>
        <source>No calendar entry was created and no invitation was sent. Share the link with your mentee yourself.</source>
        <translation>Es wurde kein Kalendereintrag erstellt und keine Einladung gesendet. Teilen Sie den Link selbst mit Ihrem Mentee.</translation>
    </message>
    <message>
        <source>Meeting ID: %1</source>
        <translation>Besprechungs-ID: %1</translation>
    </message>
    <message>
        <source>Meeting ID: %1 · Passcode: %2</source>
        <translation>Besprechungs-ID: %1 · Passcode: %2</translation>
    </message>
</context>
<context>
    <name>MentorDesk::BookingService</name>
    <message>
        <source>Please check the highlighted fields.</source>
        <translation>Bitte prüfen Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>The booking was changed and sent again.</source>
        <translation>Die Buchung wurde geändert und erneut gesendet.</translation>
    </message>
    <message>
        <source>This booking is being sent; its outcome is shown where it was sent again.</source>
        <translation>Diese Buchung wird gerade gesendet; das Ergebnis wird dort angezeigt, wo sie erneut gesendet wurde.</translation>
    </message>
    <message>
        <source>Sending the booking…</source>
        <translation>Buchung wird gesendet…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>outbox label: &quot;Mentoring: Priya Sharma · Fri 27 Nov 2026, 10:00 – 11:00&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The booking could not be saved for sending. Your draft is kept; try again.</source>
        <translation>Die Buchung konnte nicht zum Senden gespeichert werden. Ihr Entwurf bleibt erhalten; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Booking the Teams meeting…</source>
        <translation>Teams-Besprechung wird gebucht…</translation>
    </message>
    <message>
        <source>Booking the session…</source>
        <translation>Termin wird gebucht…</translation>
    </message>
    <message>
        <source>Not moved.</source>
        <translation>Nicht verschoben.</translation>
    </message>
    <message>
        <source>It is being sent right now and cannot be stopped. MentorDesk tells you when it is done.</source>
        <translation>Das wird gerade gesendet und lässt sich nicht mehr anhalten. MentorDesk meldet sich, sobald es erledigt ist.</translation>
    </message>
    <message>
        <source>Not sent. Your draft is kept.</source>
        <translation>Nicht gesendet. Ihr Entwurf bleibt erhalten.</translation>
    </message>
    <message>
        <source>Not cancelled.</source>
        <translation>Nicht abgesagt.</translation>
    </message>
    <message>
        <source>Booked. Fetching the Teams join link…</source>
        <translation>Gebucht. Der Teams-Teilnahmelink wird abgerufen…</translation>
    </message>
    <message>
        <source>Moved to %1. Your attendees get the updated invitation.</source>
        <translation>Auf %1 verschoben. Ihre Teilnehmer erhalten die aktualisierte Einladung.</translation>
    </message>
    <message>
        <source>Cancelled. Your attendees get the cancellation.</source>
        <translation>Abgesagt. Ihre Teilnehmer erhalten die Absage.</translation>
    </message>
    <message>
        <source>Booked, and the invitation was sent to %1. Microsoft 365 did not return a Teams join link, even when asked again: open the meeting in Outlook or Teams to add one.</source>
        <translation>Gebucht, und die Einladung wurde an %1 gesendet. Microsoft 365 hat auch auf erneute Anfrage keinen Teams-Teilnahmelink geliefert: Öffnen Sie die Besprechung in Outlook oder Teams, um einen hinzuzufügen.</translation>
    </message>
    <message>
        <source>Booked as a Teams meeting. The invitation was sent to %1.</source>
        <translation>Als Teams-Besprechung gebucht. Die Einladung wurde an %1 gesendet.</translation>
    </message>
    <message>
        <source>Booked. The invitation was sent to %1.</source>
        <translation>Gebucht. Die Einladung wurde an %1 gesendet.</translation>
    </message>
    <message>
        <source>Microsoft 365 is busy or did not answer; trying again…</source>
        <translation>Microsoft 365 ist ausgelastet oder hat nicht geantwortet; neuer Versuch…</translation>
    </message>
    <message>
        <source>MentorDesk could not confirm whether this reached Microsoft 365. Check your calendar before trying again; the request waits in the outbox until you retry or discard it.</source>
        <translation>MentorDesk konnte nicht bestätigen, ob dies bei Microsoft 365 angekommen ist. Prüfen Sie Ihren Kalender, bevor Sie es erneut versuchen; die Anfrage wartet im Postausgang, bis Sie sie wiederholen oder verwerfen.</translation>
    </message>
</context>
<context>
    <name>MentorDesk::BookingText</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <extracomment>%1 day, %2 start time, %3 end time: &quot;Fri 27 Nov 2026, 10:00 – 11:00&quot;</extracomment>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <source>%1, %2 – %3 %4</source>
        <extracomment>a session over midnight: &quot;Fri 27 Nov 2026, 23:00 – Sat 28 Nov 00:30&quot;</extracomment>
        <translation>%1, %2 – %3 %4</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>&quot;Priya Sharma, Jonas Weber and Sofia Rossi&quot;</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 and one other</source>
        <translation>%1 und eine weitere Person</translation>
    </message>
    <message>
        <source>%1 and %2 others</source>
        <extracomment>&quot;Priya Sharma, Jonas Weber and 2 others&quot;</extracomment>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>No time in this window suits everyone: your mentees are busy whenever you are free. Try a longer window or a shorter session.</source>
        <translation>In diesem Zeitraum passt keine Zeit für alle: Ihre Mentees sind immer dann beschäftigt, wenn Sie frei sind. Versuchen Sie einen längeren Zeitraum oder einen kürzeren Termin.</translation>
    </message>
    <message>
        <source>No time found: your mentees are busy, or Microsoft 365 cannot see their calendars (for example people outside your organisation). Try a longer window, or agree a time with them directly.</source>
        <translation>Keine Zeit gefunden: Ihre Mentees sind beschäftigt, oder Microsoft 365 kann ihre Kalender nicht sehen (zum Beispiel bei Personen außerhalb Ihrer Organisation). Versuchen Sie einen längeren Zeitraum, oder vereinbaren Sie direkt mit ihnen eine Zeit.</translation>
    </message>
    <message>
        <source>No time found: the requested location is not free.</source>
        <translation>Keine Zeit gefunden: Der gewünschte Ort ist nicht frei.</translation>
    </message>
    <message>
        <source>You have no free time in this window within your working hours. Try a longer window.</source>
        <translation>Sie haben in diesem Zeitraum innerhalb Ihrer Arbeitszeit keine freie Zeit. Versuchen Sie einen längeren Zeitraum.</translation>
    </message>
    <message>
        <source>Microsoft 365 found no suitable time and did not say why. Try a longer window.</source>
        <translation>Microsoft 365 hat keine passende Zeit gefunden und keinen Grund genannt. Versuchen Sie einen längeren Zeitraum.</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>vorläufig</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>beschäftigt</translation>
    </message>
    <message>
        <source>out of office</source>
        <translation>abwesend</translation>
    </message>
    <message>
        <source>working elsewhere</source>
        <translation>anderswo tätig</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>You are free</source>
        <translation>Sie sind frei</translation>
    </message>
    <message>
        <source>Everyone is free</source>
        <translation>Alle sind frei</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>&quot;Jonas Weber: busy&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The new time is saved in MentorDesk&apos;s outbox.</source>
        <translation>Die neue Zeit ist im Postausgang von MentorDesk gespeichert.</translation>
    </message>
    <message>
        <source>The cancellation is saved in MentorDesk&apos;s outbox.</source>
        <translation>Die Absage ist im Postausgang von MentorDesk gespeichert.</translation>
    </message>
    <message>
        <source>Your booking is saved (draft and outbox).</source>
        <translation>Ihre Buchung ist gespeichert (Entwurf und Postausgang).</translation>
    </message>
    <message>
        <source>You are offline: MentorDesk sends it as soon as the connection is back.</source>
        <translation>Sie sind offline: MentorDesk sendet sie, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Your sign-in has expired: sign in again and MentorDesk sends it.</source>
        <translation>Ihre Anmeldung ist abgelaufen: Melden Sie sich erneut an, dann sendet MentorDesk sie.</translation>
    </message>
    <message>
        <source>Microsoft 365 did not answer in time: MentorDesk tries again automatically.</source>
        <translation>Microsoft 365 hat nicht rechtzeitig geantwortet: MentorDesk versucht es automatisch erneut.</translation>
    </message>
    <message>
        <source>A single session of a series cannot be moved onto or past the day of the session before or after it. Pick a time between its neighbours, or move the whole series.</source>
        <translation>Ein einzelner Termin einer Serie kann nicht auf oder über den Tag des vorherigen oder nächsten Termins hinaus verschoben werden. Wählen Sie eine Zeit zwischen den benachbarten Terminen, oder verschieben Sie die gesamte Serie.</translation>
    </message>
    <message>
        <source>Your mailbox does not accept this time zone. Pick another time zone and try again.</source>
        <translation>Ihr Postfach akzeptiert diese Zeitzone nicht. Wählen Sie eine andere Zeitzone und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Only the organizer can cancel this meeting. Decline it in Outlook instead.</source>
        <translation>Nur der Organisator kann diese Besprechung absagen. Lehnen Sie sie stattdessen in Outlook ab.</translation>
    </message>
    <message>
        <source>This session was changed elsewhere (for example in Outlook) since MentorDesk last loaded it. Refresh the calendar and try again.</source>
        <translation>Dieser Termin wurde an anderer Stelle (zum Beispiel in Outlook) geändert, seit MentorDesk ihn zuletzt geladen hat. Aktualisieren Sie den Kalender und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The calendar could not be found. It may have been deleted; pick another calendar.</source>
        <translation>Der Kalender wurde nicht gefunden. Möglicherweise wurde er gelöscht; wählen Sie einen anderen Kalender.</translation>
    </message>
    <message>
        <source>This session no longer exists: it may have been cancelled or deleted elsewhere. Refresh the calendar.</source>
        <translation>Dieser Termin existiert nicht mehr: Möglicherweise wurde er an anderer Stelle abgesagt oder gelöscht. Aktualisieren Sie den Kalender.</translation>
    </message>
    <message>
        <source>Microsoft 365 did not allow creating a Teams meeting link. Your organisation may not allow Teams meetings for your account; check the Permissions page or ask your administrator.</source>
        <translation>Microsoft 365 hat das Erstellen eines Teams-Besprechungslinks nicht erlaubt. Möglicherweise erlaubt Ihre Organisation für Ihr Konto keine Teams-Besprechungen; prüfen Sie die Seite „Berechtigungen“, oder wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <source>Microsoft 365 did not allow this change to your calendar. Check the Permissions page; your organisation may have to allow it.</source>
        <translation>Microsoft 365 hat diese Änderung an Ihrem Kalender nicht erlaubt. Prüfen Sie die Seite „Berechtigungen“; möglicherweise muss Ihre Organisation sie erlauben.</translation>
    </message>
</context>
<context>
    <name>MentorDesk::BusyIndicator</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
        <translation>Ihr Kalender (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Delegated by %1 &lt;%2&gt; (read-only in MentorDesk)</source>
        <translation>Delegiert von %1 &lt;%2&gt; (in MentorDesk schreibgeschützt)</translation>
    </message>
    <message>
        <source>Shared by %1 &lt;%2&gt; (read-only)</source>
        <translation>Freigegeben von %1 &lt;%2&gt; (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;, opened by address</source>
        <translation>%1 &lt;%2&gt;, über die Adresse geöffnet</translation>
    </message>
</context>
<context>
    <name>MentorDesk::CalendarListProxyModel</name>
    <message>
        <source>Your main calendar · read-only</source>
        <translation>Ihr Hauptkalender · schreibgeschützt</translation>
    </message>
    <message>
        <source>Your main calendar</source>
        <translation>Ihr Hauptkalender</translation>
    </message>
    <message>
        <source>Yours · read-only</source>
        <translation>Eigener Kalender · schreibgeschützt</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Eigener Kalender</translation>
    </message>
    <message>
        <source>Delegated to you · read-only here</source>
        <translation>An Sie delegiert · hier schreibgeschützt</translation>
    </message>
    <message>
        <source>Shared with you · read-only</source>
        <translation>Für Sie freigegeben · schreibgeschützt</translation>
    </message>
    <message>
        <source>%1&apos;s calendar, %2</source>
        <translation>Kalender von %1, %2</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>eingeblendet</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>The calendars of this account follow</source>
        <translation>Es folgen die Kalender dieses Kontos</translation>
    </message>
</context>
<context>
    <name>MentorDesk::CalendarListView</name>
    <message>
        <source>Calendars</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Space shows or hides the selected calendar</source>
        <translation>Die Leertaste blendet den ausgewählten Kalender ein oder aus</translation>
    </message>
    <message>
        <source>&amp;Remove %1&apos;s calendar</source>
        <translation>Kalender von %1 &amp;entfernen</translation>
    </message>
    <message>
        <source>Open a &amp;colleague&apos;s calendar…</source>
        <translation>Kalender einer &amp;Kollegin oder eines Kollegen öffnen…</translation>
    </message>
</context>
<context>
    <name>MentorDesk::CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Zu heute wechseln</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Zu heute wechseln (T)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Zurück (Bild auf)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Weiter (Bild ab)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>%1 view</source>
        <translation>Ansicht: %1</translation>
    </message>
    <message>
        <source>%1 view (%2)</source>
        <translation>Ansicht: %1 (%2)</translation>
    </message>
    <message>
        <source>Updating the calendar</source>
        <translation>Kalender wird aktualisiert</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop updating</source>
        <translation>Aktualisierung anhalten</translation>
    </message>
    <message>
        <source>Stop updating the calendar; what has arrived is kept</source>
        <translation>Aktualisierung des Kalenders anhalten; bereits Empfangenes bleibt erhalten</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the calendar</source>
        <translation>Kalender aktualisieren</translation>
    </message>
    <message>
        <source>Get the latest from Outlook (F5)</source>
        <translation>Neueste Daten aus Outlook abrufen (F5)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>Go to &amp;today</source>
        <translation>Zu &amp;heute wechseln</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>W&amp;eiter</translation>
    </message>
    <message>
        <source>Zoom &amp;in on the time axis</source>
        <translation>Zeitachse ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out on the time axis</source>
        <translation>Zeitachse ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Refresh calendar</source>
        <translation>Kalender akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>month</source>
        <translation>einen Monat</translation>
    </message>
    <message>
        <source>week</source>
        <translation>eine Woche</translation>
    </message>
    <message>
        <source>day</source>
        <translation>einen Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous %1</source>
        <translation>Zurück um %1</translation>
    </message>
    <message>
        <source>Next %1</source>
        <translation>Weiter um %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Showing the saved calendar</source>
        <translation>Der gespeicherte Kalender wird angezeigt</translation>
    </message>
    <message>
        <source>Sign in to get the latest from Outlook</source>
        <translation>Melden Sie sich an, um die neuesten Daten aus Outlook abzurufen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>account name, its calendar&apos;s status</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MentorDesk::CalendarSync</name>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Offline · %1</source>
        <translation>Offline · %1</translation>
    </message>
    <message>
        <source>Could not update: %1 %2</source>
        <translation>Aktualisierung fehlgeschlagen: %1 %2</translation>
    </message>
    <message>
        <source>Not shared with you any more</source>
        <translation>Nicht mehr für Sie freigegeben</translation>
    </message>
    <message>
        <source>Could not be updated</source>
        <translation>Konnte nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Another program is using the calendar saved on this computer, so the update could not be saved. The calendar shown is as it was; MentorDesk tries again at the next update.</source>
        <translation>Ein anderes Programm verwendet den auf diesem Computer gespeicherten Kalender, daher konnte die Aktualisierung nicht gespeichert werden. Der Kalender wird wie zuvor angezeigt; MentorDesk versucht es bei der nächsten Aktualisierung erneut.</translation>
    </message>
    <message>
        <source>The disk is full, so the update could not be saved on this computer. The calendar shown is as it was; free some space and the next update saves everything.</source>
        <translation>Der Datenträger ist voll, daher konnte die Aktualisierung nicht auf diesem Computer gespeichert werden. Der Kalender wird wie zuvor angezeigt; geben Sie Speicherplatz frei, dann speichert die nächste Aktualisierung alles.</translation>
    </message>
    <message>
        <source>The update could not be saved on this computer. The calendar shown is as it was; MentorDesk tries again at the next update.</source>
        <translation>Die Aktualisierung konnte nicht auf diesem Computer gespeichert werden. Der Kalender wird wie zuvor angezeigt; MentorDesk versucht es bei der nächsten Aktualisierung erneut.</translation>
    </message>
</context>
<context>
    <name>MentorDesk::CalendarView</name>
    <message>
        <source>(no title)</source>
        <translation>(kein Titel)</translation>
    </message>
    <message>
        <source>calendar %1</source>
        <translation>Kalender %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>Selected event: %1. Enter opens its details.</source>
        <translation>Ausgewählter Termin: %1. Die Eingabetaste öffnet die Details.</translation>
    </message>
    <message numerus="yes">
        <source>Selected day: %1, %n event(s).</source>
        <translation>
            <numerusform>Ausgewählter Tag: %1, %n Termin.</numerusform>
            <numerusform>Ausgewählter Tag: %1, %n Termine.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MentorDesk::CancelSessionDialog</name>
    <message>
        <source>&amp;Keep session</source>
        <translation>Termin &amp;behalten</translation>
    </message>
    <message>
        <source>C&amp;ancel session</source>
        <translation>Termin &amp;absagen</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Termin absagen</translation>
    </message>
    <message>
        <source>Cancel this session?</source>
        <translation>Diesen Termin absagen?</translation>
    </message>
    <message>
        <source>&amp;Message to your attendees (optional)</source>
        <translation>&amp;Nachricht an Ihre Teilnehmer (optional)</translation>
    </message>
    <message>
        <source>Message to your attendees</source>
        <translation>Nachricht an Ihre Teilnehmer</translation>
    </message>
    <message>
        <source>For example: Sorry, something came up. I will suggest a new time.</source>
        <translation>Zum Beispiel: Leider ist etwas dazwischengekommen. Ich schlage einen neuen Termin vor.</translation>
    </message>
    <message>
        <source>The whole &amp;series</source>
        <translation>Die gesamte &amp;Serie</translation>
    </message>
    <message>
        <source>Your attendees get a cancellation with your message, and the session is removed from the calendars.</source>
        <translation>Ihre Teilnehmer erhalten eine Absage mit Ihrer Nachricht, und der Termin wird aus den Kalendern entfernt.</translation>
    </message>
    <message>
        <source>Keep session</source>
        <translation>Termin behalten</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgesagt…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>An&amp;halten</translation>
    </message>
</context>
<context>
    <name>MentorDesk::ChannelListModel</name>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>%1, standard channel</source>
        <translation>%1, Standardkanal</translation>
    </message>
    <message>
        <source>%1, private channel</source>
        <translation>%1, privater Kanal</translation>
    </message>
    <message>
        <source>%1, shared channel</source>
        <translation>%1, freigegebener Kanal</translation>
    </message>
</context>
<context>
    <name>MentorDesk::ChannelPickerWidget</name>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>Filter teams</source>
        <translation>Teams filtern</translation>
    </message>
    <message>
        <source>Type words from a team&apos;s name or description</source>
        <translation>Geben Sie Wörter aus dem Namen oder der Beschreibung eines Teams ein</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load your teams and channels again</source>
        <translation>Ihre Teams und Kanäle neu laden</translation>
    </message>
    <message>
        <source>Refresh teams and channels</source>
        <translation>Teams und Kanäle aktualisieren</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Missing a team? Teams nobody has opened for a long time are not listed until someone opens them in Microsoft Teams; then choose Refresh.</source>
        <translation>Fehlt ein Team? Teams, die lange niemand geöffnet hat, werden erst aufgeführt, wenn jemand sie in Microsoft Teams öffnet; wählen Sie dann „Aktualisieren“.</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <source>No team matches.</source>
        <translation>Kein Team passt.</translation>
    </message>
    <message>
        <source>1 team matches.</source>
        <translation>1 Team passt.</translation>
    </message>
    <message numerus="yes">
        <source>%n teams match.</source>
        <translation>
            <numerusform>%n Team passt.</numerusform>
            <numerusform>%n Teams passen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading your teams…</source>
        <translation>Ihre Teams werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Loading your teams… %n groups checked</source>
        <translation>
            <numerusform>Ihre Teams werden geladen… %n Gruppe geprüft</numerusform>
            <numerusform>Ihre Teams werden geladen… %n Gruppen geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>You are not a member of any team.</source>
        <translation>Sie sind in keinem Team Mitglied.</translation>
    </message>
    <message>
        <source>1 team.</source>
        <translation>1 Team.</translation>
    </message>
    <message numerus="yes">
        <source>%n teams.</source>
        <translation>
            <numerusform>%n Team.</numerusform>
            <numerusform>%n Teams.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading was cancelled. Refresh to try again.</source>
        <translation>Das Laden wurde abgebrochen. Aktualisieren Sie, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Your teams could not be loaded. %1</source>
        <translation>Ihre Teams konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is archived: its channels are read-only, so nothing can be posted there.</source>
        <translation>„%1“ ist archiviert: Seine Kanäle sind schreibgeschützt, daher kann dort nichts gepostet werden.</translation>
    </message>
    <message>
        <source>Loading the channels of &quot;%1&quot;…</source>
        <translation>Kanäle von „%1“ werden geladen…</translation>
    </message>
    <message>
        <source>The channels could not be loaded. %1</source>
        <translation>Die Kanäle konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>This team has no channel you can see.</source>
        <translation>Dieses Team hat keinen Kanal, den Sie sehen können.</translation>
    </message>
    <message>
        <source>1 channel you can post to.</source>
        <translation>1 Kanal, in dem Sie posten können.</translation>
    </message>
    <message numerus="yes">
        <source>%n channels you can post to.</source>
        <translation>
            <numerusform>%n Kanal, in dem Sie posten können.</numerusform>
            <numerusform>%n Kanäle, in denen Sie posten können.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MentorDesk::ChannelTarget</name>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
</context>
<context>
    <name>MentorDesk::CloudInfo</name>
    <message>
        <source>Global (Microsoft 365)</source>
        <translation>Global (Microsoft 365)</translation>
    </message>
    <message>
        <source>US Government (GCC High)</source>
        <translation>US-Regierung (GCC High)</translation>
    </message>
    <message>
        <source>US Government (DoD)</source>
        <translation>US-Regierung (DoD)</translation>
    </message>
    <message>
        <source>China (operated by 21Vianet)</source>
        <translation>China (betrieben von 21Vianet)</translation>
    </message>
</context>
<context>
    <name>MentorDesk::ColleagueCalendarDialog</name>
    <message>
        <source>Open a Colleague&apos;s Calendar</source>
        <translation>Kalender einer Kollegin oder eines Kollegen öffnen</translation>
    </message>
    <message>
        <source>Type the address of a mentee or colleague. If they share their calendar with you, MentorDesk shows their events; otherwise it shows when they are busy.</source>
        <translation>Geben Sie die Adresse einer Mentee oder eines Kollegen ein. Wenn die Person ihren Kalender für Sie freigegeben hat, zeigt MentorDesk ihre Termine; andernfalls zeigt es, wann sie beschäftigt ist.</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Colleague&apos;s address</source>
        <translation>Adresse der Kollegin oder des Kollegen</translation>
    </message>
    <message>
        <source>Completed from people you have met before</source>
        <translation>Ergänzt aus Personen, mit denen Sie schon Termine hatten</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the colleague&apos;s calendar</source>
        <translation>Kalender der Kollegin oder des Kollegen öffnen</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Colleagues&apos; calendars you opened:</source>
        <translation>&amp;Geöffnete Kalender von Kolleginnen und Kollegen:</translation>
    </message>
    <message>
        <source>Colleagues&apos; calendars you opened</source>
        <translation>Geöffnete Kalender von Kolleginnen und Kollegen</translation>
    </message>
    <message>
        <source>Scroll the colleagues&apos; calendars</source>
        <translation>Durch die Kalender der Kolleginnen und Kollegen blättern</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected colleague&apos;s calendar</source>
        <translation>Ausgewählten Kalender entfernen</translation>
    </message>
    <message>
        <source>Asking Microsoft 365 about %1&apos;s calendar…</source>
        <translation>Microsoft 365 wird nach dem Kalender von %1 gefragt…</translation>
    </message>
    <message>
        <source>Type the colleague&apos;s address first.</source>
        <translation>Geben Sie zuerst die Adresse der Person ein.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1&apos;s calendar was removed from your calendar list.</source>
        <translation>Der Kalender von %1 wurde aus Ihrer Kalenderliste entfernt.</translation>
    </message>
</context>
<context>
    <name>MentorDesk::ColleagueCalendarText</name>
    <message>
        <source>%1 has not shared their calendar with you. Ask them to share it in Outlook; until then MentorDesk can only show when they are free or busy.</source>
        <translation>%1 hat den eigenen Kalender nicht für Sie freigegeben. Bitten Sie darum, ihn in Outlook freizugeben; bis dahin kann MentorDesk nur anzeigen, wann die Person frei oder beschäftigt ist.</translation>
    </message>
    <message>
        <source>Microsoft 365 has no calendar for %1. Check the address; the person may not have an Outlook mailbox in your organisation.</source>
        <translation>Microsoft 365 hat keinen Kalender für %1. Prüfen Sie die Adresse; möglicherweise hat die Person kein Outlook-Postfach in Ihrer Organisation.</translation>
    </message>
    <message>
        <source>Microsoft 365 does not know %1 in your organisation, so their free and busy times are unknown. Check the address.</source>
        <translation>Microsoft 365 kennt %1 in Ihrer Organisation nicht, daher sind die freien und belegten Zeiten unbekannt. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>Microsoft 365 could not tell when %1 is free or busy.</source>
        <translation>Microsoft 365 konnte nicht mitteilen, wann %1 frei oder beschäftigt ist.</translation>
    </message>
</context>
<context>
    <name>MentorDesk::ColleagueCalendars</name>
    <message>
        <source>“%1” is not an email address. Type the colleague&apos;s address, like name@example.com.</source>
        <translation>„%1“ ist keine E-Mail-Adresse. Geben Sie die Adresse der Person ein, etwa name@example.com.</translation>
    </message>
    <message>
        <source>%1&apos;s calendar is in your calendar list already.</source>
        <translation>Der Kalender von %1 ist bereits in Ihrer Kalenderliste.</translation>
    </message>
    <message>
        <source>%1 shares their calendar with you: it is in your calendar list already, as “%2”.</source>
        <translation>%1 hat den Kalender für Sie freigegeben: Er ist bereits als „%2“ in Ihrer Kalenderliste.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was added.</source>
        <translation>Abgebrochen. Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Could not open %1&apos;s calendar: %2</source>
        <translation>Der Kalender von %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 has not shared their calendar with you, so MentorDesk shows only when they are busy, tentative, away or working elsewhere; subjects appear only where they allow it. Ask them to share their calendar in Outlook to see their events.</source>
        <translation>%1 hat den Kalender nicht für Sie freigegeben, daher zeigt MentorDesk nur, wann die Person beschäftigt, vorläufig gebucht, abwesend oder an einem anderen Ort tätig ist; Betreffe erscheinen nur, wo sie es erlaubt. Bitten Sie sie, den Kalender in Outlook freizugeben, um ihre Termine zu sehen.</translation>
    </message>
    <message>
        <source>%1 shares their calendar with you: MentorDesk shows their events (read-only) and keeps them up to date with yours.</source>
        <translation>%1 hat den Kalender für Sie freigegeben: MentorDesk zeigt die Termine (schreibgeschützt) und hält sie zusammen mit Ihren aktuell.</translation>
    </message>
    <message>
        <source>Free/busy only · not shared with you</source>
        <translation>Nur frei/gebucht · nicht für Sie freigegeben</translation>
    </message>
    <message>
        <source>Opened by address · read-only</source>
        <translation>Über die Adresse geöffnet · schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>MentorDesk::CommandLine</name>
    <message>
        <source>MentorDesk: your Outlook calendars, Teams mentoring sessions and channel posts, with delegated Microsoft Graph permissions only.</source>
        <translation>MentorDesk: Ihre Outlook-Kalender, Mentoring-Termine in Teams und Kanalbeiträge – ausschließlich mit delegierten Microsoft Graph-Berechtigungen.</translation>
    </message>
    <message>
        <source>Use the built-in demo tenant (a local imitation of Microsoft 365) instead of Microsoft&apos;s services.</source>
        <translation>Den integrierten Demo-Mandanten (eine lokale Nachbildung von Microsoft 365) statt der Microsoft-Dienste verwenden.</translation>
    </message>
    <message>
        <source>Application (client) ID of your Entra app registration.</source>
        <translation>Anwendungs-ID (Client) Ihrer Entra-App-Registrierung.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Tenant to sign in to: organizations, common, a tenant ID or a domain.</source>
        <translation>Mandant für die Anmeldung: organizations, common, eine Mandanten-ID oder eine Domäne.</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>mandant</translation>
    </message>
    <message>
        <source>Microsoft cloud: global, usgov, usgov-dod or china.</source>
        <translation>Microsoft-Cloud: global, usgov, usgov-dod oder china.</translation>
    </message>
    <message>
        <source>cloud</source>
        <translation>cloud</translation>
    </message>
    <message>
        <source>Sign-in authority URL, including the tenant (https, or http on loopback).</source>
        <translation>URL der Anmeldeautorität einschließlich des Mandanten (https, oder http auf Loopback).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Microsoft Graph base URL, including the version, e.g. https://graph.microsoft.com/v1.0.</source>
        <translation>Basis-URL von Microsoft Graph einschließlich der Version, z. B. https://graph.microsoft.com/v1.0.</translation>
    </message>
    <message>
        <source>%1
Run &quot;mentordesk --help&quot; to see the options.</source>
        <translation>%1
Führen Sie &quot;mentordesk --help&quot; aus, um die Optionen anzuzeigen.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.
Run &quot;mentordesk --help&quot; to see the options.</source>
        <translation>Unerwartetes Argument &quot;%1&quot;.
Führen Sie &quot;mentordesk --help&quot; aus, um die Optionen anzuzeigen.</translation>
    </message>
    <message>
        <source>Unknown cloud &quot;%1&quot;: use global, usgov, usgov-dod or china.</source>
        <translation>Unbekannte Cloud &quot;%1&quot;: Verwenden Sie global, usgov, usgov-dod oder china.</translation>
    </message>
    <message>
        <source>Trust --authority and --graph-url although they are not Microsoft&apos;s (a custom cloud). Your sign-in and your Microsoft Graph tokens then go to those addresses.</source>
        <translation>--authority und --graph-url vertrauen, obwohl sie nicht zu Microsoft gehören (eine benutzerdefinierte Cloud). Ihre Anmeldung und Ihre Microsoft Graph-Token gehen dann an diese Adressen.</translation>
    </message>
    <message>
        <source>Check that every part MentorDesk needs at run time is installed and works, print one line per part and exit; the exit code is not 0 when a part is missing.</source>
        <translation>Prüfen, ob jeder Teil, den MentorDesk zur Laufzeit braucht, installiert ist und funktioniert, je Teil eine Zeile ausgeben und beenden; der Exit-Code ist nicht 0, wenn ein Teil fehlt.</translation>
    </message>
</context>
<context>
    <name>MentorDesk::ComposerDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Post to a Teams channel</source>
        <translation>In einem Teams-Kanal posten</translation>
    </message>
    <message>
        <source>Subject (optional)</source>
        <translation>Betreff (optional)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Plain text. **bold**, *italic*, [text](https://…) for a link, and &quot;- &quot; at the start of a line for a list.</source>
        <translation>Nur-Text. **fett**, *kursiv*, [Text](https://…) für einen Link und &quot;- &quot; am Zeilenanfang für eine Liste.</translation>
    </message>
    <message>
        <source>Write your message. Use the buttons above for bold, italic, links and lists.</source>
        <translation>Schreiben Sie Ihre Nachricht. Verwenden Sie die Schaltflächen oben für Fett, Kursiv, Links und Listen.</translation>
    </message>
    <message>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>Bold: **text**</source>
        <translation>Fett: **Text**</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Italic: *text*</source>
        <translation>Kursiv: *Text*</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Insert link</source>
        <translation>Link einfügen</translation>
    </message>
    <message>
        <source>Link: [text](https://…)</source>
        <translation>Link: [Text](https://…)</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <source>Bulleted list: &quot;- &quot; at the start of a line</source>
        <translation>Aufzählung: &quot;- &quot; am Zeilenanfang</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Message and preview</source>
        <translation>Nachricht und Vorschau</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>Verf&amp;assen</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Vo&amp;rschau</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>I&amp;mportance:</source>
        <translation>W&amp;ichtigkeit:</translation>
    </message>
    <message>
        <source>Message size</source>
        <translation>Nachrichtengröße</translation>
    </message>
    <message>
        <source>Teams accepts posts up to about 28 KB, formatting included.</source>
        <translation>Teams akzeptiert Beiträge bis etwa 28 KB, einschließlich Formatierung.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Senden abbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation>Senden wiederholen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Discard the unsent post</source>
        <translation>Den nicht gesendeten Beitrag verwerfen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Posting to %1</source>
        <translation>Beitrag in %1</translation>
    </message>
    <message>
        <source>Choose a team and a channel</source>
        <translation>Wählen Sie ein Team und einen Kanal</translation>
    </message>
    <message>
        <source>Choose a team and a channel first.</source>
        <translation>Wählen Sie zuerst ein Team und einen Kanal.</translation>
    </message>
    <message>
        <source>Post again?</source>
        <translation>Erneut posten?</translation>
    </message>
    <message>
        <source>MentorDesk could not confirm whether the earlier attempt arrived. If it did, the channel will show both. Post this text anyway?</source>
        <translation>MentorDesk konnte nicht bestätigen, ob der vorherige Versuch angekommen ist. Falls ja, zeigt der Kanal beide Beiträge an. Diesen Text trotzdem posten?</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Wird an %1 gesendet…</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>Erneut senden?</translation>
    </message>
    <message>
        <source>MentorDesk could not confirm whether this post arrived. Look at the channel in Teams first: send it again only if it is not there.</source>
        <translation>MentorDesk konnte nicht bestätigen, ob dieser Beitrag angekommen ist. Sehen Sie zuerst im Kanal in Teams nach: Senden Sie ihn nur dann erneut, wenn er dort nicht erscheint.</translation>
    </message>
    <message>
        <source>It is being sent right now and can no longer be stopped.</source>
        <translation>Er wird gerade gesendet und kann nicht mehr angehalten werden.</translation>
    </message>
    <message>
        <source>Discarded. Your text is still here if you want to change it and send it again.</source>
        <translation>Verworfen. Ihr Text ist noch da, falls Sie ihn ändern und erneut senden möchten.</translation>
    </message>
    <message>
        <source>Posted to %1.</source>
        <translation>In %1 gepostet.</translation>
    </message>
    <message>
        <source>Open it in Teams</source>
        <translation>In Teams öffnen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>The account that posts: its teams and channels are listed below.</source>
        <translation>Das Konto, mit dem gepostet wird: Seine Teams und Kanäle sind unten aufgeführt.</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>K&amp;onto</translation>
    </message>
</context>
<context>
    <name>MentorDesk::ConfigProblem</name>
    <message>
        <source>The setting %1 = &quot;%2&quot; in MentorDesk&apos;s settings file was refused: %3</source>
        <translation>Die Einstellung %1 = „%2“ in der Einstellungsdatei von MentorDesk wurde abgelehnt: %3</translation>
    </message>
</context>
<context>
    <name>MentorDesk::ConsentCheckResult</name>
    <message>
        <source>Approved. Your administrator has approved MentorDesk, and everything that was waiting for it works now.</source>
        <translation>Genehmigt. Ihre Administration hat MentorDesk genehmigt, und alles, was darauf gewartet hat, funktioniert jetzt.</translation>
    </message>
    <message>
        <source>Not approved yet. Your administrator has not approved MentorDesk so far. Send them the request if you have not yet, and check again once they tell you it is done.</source>
        <translation>Noch nicht genehmigt. Ihre Administration hat MentorDesk bisher nicht genehmigt. Senden Sie ihr die Anfrage, falls noch nicht geschehen, und prüfen Sie erneut, sobald sie Ihnen mitteilt, dass die Genehmigung erteilt ist.</translation>
    </message>
    <message>
        <source>You need to sign in again before MentorDesk can check: %1</source>
        <translation>Sie müssen sich erneut anmelden, bevor MentorDesk prüfen kann: %1</translation>
    </message>
    <message>
        <source>The check was cancelled. Nothing changed.</source>
        <translation>Die Prüfung wurde abgebrochen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>MentorDesk could not reach Microsoft to check. Check your connection and try again.</source>
        <translation>MentorDesk konnte Microsoft für die Prüfung nicht erreichen. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s sign-in service could not answer the check right now. Nothing changed; try again in a few minutes.</source>
        <translation>Der Anmeldedienst von Microsoft konnte die Prüfung gerade nicht beantworten. Es wurde nichts geändert; versuchen Sie es in einigen Minuten erneut.</translation>
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
        <translation>Wenn Sie fortfahren, öffnet Ihr Browser die Anmeldeseite von Microsoft, und MentorDesk fordert die unten aufgeführten Berechtigungen an. Es wurde noch nichts an Microsoft gesendet. MentorDesk handelt ausschließlich in Ihrem Namen, mit diesen delegierten Berechtigungen, und kann nie auf Daten zugreifen, auf die Sie selbst keinen Zugriff haben.</translation>
    </message>
    <message>
        <source>Teams features need three more permissions. Your browser opens Microsoft&apos;s consent page for them when you continue; nothing has been sent yet. Your organisation may require an administrator to approve &quot;Read the groups you belong to&quot; first; if so, MentorDesk tells you what to send them. Everything else keeps working either way. The permissions you already granted are asked for again with them; Microsoft only prompts you for the new ones.</source>
        <translation>Für die Teams-Funktionen sind drei weitere Berechtigungen nötig. Wenn Sie fortfahren, öffnet Ihr Browser dafür die Zustimmungsseite von Microsoft; es wurde noch nichts gesendet. Möglicherweise verlangt Ihre Organisation, dass die Administration „Ihre Gruppen lesen“ zuerst genehmigt; in diesem Fall teilt MentorDesk Ihnen mit, was Sie ihr senden müssen. Alles andere funktioniert in jedem Fall weiter. Die bereits erteilten Berechtigungen werden zusammen mit den neuen erneut angefordert; Microsoft fragt Sie nur nach den neuen.</translation>
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
        <translation>• Ihre E-Mails lesen, senden oder durchsuchen
• Anwendungsberechtigungen (nur App) oder mandantenweiten Zugriff verwenden: Es handelt in Ihrem Namen und nur, während Sie es verwenden
• im Hintergrund laufen oder synchronisieren, während es geschlossen ist
• Ihre Token an einem anderen Ort als Ihrem System-Schlüsselbund aufbewahren</translation>
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
        <translation>Ein: MentorDesk fordert zusätzlich „Angemeldet bleiben“ (offline_access) an und speichert ein Aktualisierungstoken in Ihrem System-Schlüsselbund, damit es seinen Zugriff erneuern kann, ohne Sie erneut zu fragen. Aus (empfohlen auf gemeinsam genutzten Computern): Sie melden sich erneut an, wenn der Zugriff abläuft, meist nach etwa einer Stunde; dabei geht nichts verloren, woran Sie gerade arbeiten.</translation>
    </message>
    <message>
        <source>&amp;Continue in browser</source>
        <translation>Im Browser &amp;fortfahren</translation>
    </message>
    <message>
        <source>Continue in browser</source>
        <translation>Im Browser fortfahren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>MentorDesk::DateFormats</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>date pattern, e.g. &quot;Fri 27 Nov 2026&quot;</extracomment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <extracomment>date pattern, e.g. &quot;Fri 27 Nov&quot;</extracomment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>date pattern, e.g. &quot;27 Nov 2026&quot;</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>date pattern, e.g. &quot;27 Nov&quot;</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <extracomment>date pattern, e.g. &quot;27 November&quot;</extracomment>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>date pattern, e.g. &quot;27 November 2026&quot;</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>date pattern, e.g. &quot;November 2026&quot;</extracomment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>dddd, d MMMM</source>
        <extracomment>date pattern, e.g. &quot;Friday, 27 November&quot;</extracomment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <extracomment>date pattern, e.g. &quot;Friday, 27 November 2026&quot;</extracomment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>d</source>
        <extracomment>date pattern: the first day of a range in one month, e.g. the &quot;23&quot; of &quot;23 – 29 November 2026&quot;</extracomment>
        <translation>d.</translation>
    </message>
</context>
<context>
    <name>MentorDesk::DesktopNotifier</name>
    <message>
        <source>Open reminders</source>
        <translation>Erinnerungen öffnen</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Teilnehmen</translation>
    </message>
    <message>
        <source>Snooze 5 minutes</source>
        <translation>In 5 Minuten erneut erinnern</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>MentorDesk::DraftStore</name>
    <message>
        <source>The saved session drafts could not be read; they were set aside.</source>
        <translation>Die gespeicherten Terminentwürfe konnten nicht gelesen werden; sie wurden beiseitegelegt.</translation>
    </message>
    <message>
        <source>Your session draft could not be saved: %1</source>
        <translation>Ihr Terminentwurf konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>MentorDesk::DraftValidator</name>
    <message>
        <source>Add at least one mentee&apos;s email address.</source>
        <translation>Fügen Sie die E-Mail-Adresse mindestens eines Mentees hinzu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address. Use the form name@example.com.</source>
        <translation>„%1“ ist keine E-Mail-Adresse. Verwenden Sie die Form name@example.com.</translation>
    </message>
    <message>
        <source>These are not email addresses: %1. Use the form name@example.com.</source>
        <extracomment>%1: the entries, quoted and comma-separated</extracomment>
        <translation>Dies sind keine E-Mail-Adressen: %1. Verwenden Sie die Form name@example.com.</translation>
    </message>
    <message>
        <source>%1 is your own address: you are the organizer already. Add your mentee&apos;s address.</source>
        <translation>%1 ist Ihre eigene Adresse: Sie sind bereits der Organisator. Fügen Sie die Adresse Ihres Mentees hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>A session can have at most %n mentees.</source>
        <translation>
            <numerusform>Ein Termin kann höchstens %n Mentee haben.</numerusform>
            <numerusform>Ein Termin kann höchstens %n Mentees haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The subject is too long: at most %n characters.</source>
        <translation>
            <numerusform>Der Betreff ist zu lang: höchstens %n Zeichen.</numerusform>
            <numerusform>Der Betreff ist zu lang: höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The agenda is too long: at most %n characters.</source>
        <translation>
            <numerusform>Die Agenda ist zu lang: höchstens %n Zeichen.</numerusform>
            <numerusform>Die Agenda ist zu lang: höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a time zone for the session.</source>
        <translation>Wählen Sie eine Zeitzone für den Termin.</translation>
    </message>
    <message>
        <source>A session lasts between %1 minutes and %2 hours.</source>
        <translation>Ein Termin dauert zwischen %1 Minuten und %2 Stunden.</translation>
    </message>
    <message>
        <source>Pick a date and a start time.</source>
        <translation>Wählen Sie ein Datum und eine Startzeit.</translation>
    </message>
    <message>
        <source>The session must end after it starts.</source>
        <translation>Der Termin muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>This time is in the past. Pick a time from now on.</source>
        <translation>Diese Zeit liegt in der Vergangenheit. Wählen Sie eine Zeit ab jetzt.</translation>
    </message>
    <message>
        <source>A series has between 2 and %1 sessions.</source>
        <translation>Eine Serie umfasst zwischen 2 und %1 Termine.</translation>
    </message>
    <message>
        <source>Pick the date the series ends.</source>
        <translation>Wählen Sie das Enddatum der Serie.</translation>
    </message>
    <message>
        <source>The series must end after its first session.</source>
        <translation>Die Serie muss nach ihrem ersten Termin enden.</translation>
    </message>
    <message>
        <source>A series can run for at most two years. Pick an earlier end date.</source>
        <translation>Eine Serie kann höchstens zwei Jahre laufen. Wählen Sie ein früheres Enddatum.</translation>
    </message>
    <message>
        <source>A reminder can be at most two weeks before the session.</source>
        <translation>Eine Erinnerung kann höchstens zwei Wochen vor dem Termin liegen.</translation>
    </message>
    <message>
        <source>This calendar no longer exists. Pick another one.</source>
        <translation>Dieser Kalender existiert nicht mehr. Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; belongs to %2. MentorDesk can only book into your own calendars.</source>
        <translation>„%1“ gehört %2. MentorDesk kann nur in Ihren eigenen Kalendern buchen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read-only. Pick a calendar you can write to.</source>
        <translation>„%1“ ist schreibgeschützt. Wählen Sie einen Kalender, in den Sie schreiben können.</translation>
    </message>
</context>
<context>
    <name>MentorDesk::EventActions</name>
    <message>
        <source>You organise this meeting, so there is no invitation to answer.</source>
        <translation>Sie organisieren diese Besprechung selbst, daher gibt es keine Einladung zu beantworten.</translation>
    </message>
    <message>
        <source>This meeting has been cancelled; there is nothing to answer.</source>
        <translation>Diese Besprechung wurde abgesagt; es gibt nichts zu beantworten.</translation>
    </message>
    <message>
        <source>A new time can only be proposed with a tentative answer or a decline.</source>
        <translation>Eine neue Zeit kann nur mit einer vorläufigen Zusage oder einer Absage vorgeschlagen werden.</translation>
    </message>
    <message>
        <source>The organizer does not accept proposals for a new time for this meeting.</source>
        <translation>Der Organisator lässt für diese Besprechung keine Vorschläge für eine neue Zeit zu.</translation>
    </message>
    <message>
        <source>The proposed time must end after it starts.</source>
        <translation>Die vorgeschlagene Zeit muss nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Dismiss the reminder for “%1”</source>
        <translation>Erinnerung für „%1“ schließen</translation>
    </message>
    <message>
        <source>Snooze the reminder for “%1”</source>
        <translation>Erinnerung für „%1“ zurückstellen</translation>
    </message>
    <message>
        <source>Accept “%1”</source>
        <translation>„%1“ zusagen</translation>
    </message>
    <message>
        <source>Tentatively accept “%1”</source>
        <translation>„%1“ vorläufig zusagen</translation>
    </message>
    <message>
        <source>Decline “%1”</source>
        <translation>„%1“ absagen</translation>
    </message>
    <message>
        <source>This event no longer exists, so its reminder is gone too.</source>
        <translation>Dieser Termin existiert nicht mehr, daher ist auch seine Erinnerung entfallen.</translation>
    </message>
    <message>
        <source>This invitation no longer exists: the meeting may have been cancelled or deleted. Refresh the calendar.</source>
        <translation>Diese Einladung existiert nicht mehr: Möglicherweise wurde die Besprechung abgesagt oder gelöscht. Aktualisieren Sie den Kalender.</translation>
    </message>
    <message>
        <source>Microsoft 365 did not accept this answer. If you proposed a new time, the organizer may not allow proposals; answer without one.</source>
        <translation>Microsoft 365 hat diese Antwort nicht angenommen. Falls Sie eine neue Zeit vorgeschlagen haben, lässt der Organisator möglicherweise keine Vorschläge zu; antworten Sie ohne Vorschlag.</translation>
    </message>
    <message>
        <source>Microsoft 365 did not accept this answer. You may be the organizer, or the meeting may have changed; refresh the calendar.</source>
        <translation>Microsoft 365 hat diese Antwort nicht angenommen. Möglicherweise sind Sie der Organisator oder die Besprechung hat sich geändert; aktualisieren Sie den Kalender.</translation>
    </message>
    <message>
        <source>Microsoft 365 did not accept this change to the reminder. Refresh and try again.</source>
        <translation>Microsoft 365 hat diese Änderung an der Erinnerung nicht angenommen. Aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Microsoft 365 did not allow this change to your calendar. Check the Permissions page; your organisation may have to allow it.</source>
        <translation>Microsoft 365 hat diese Änderung an Ihrem Kalender nicht erlaubt. Prüfen Sie die Seite „Berechtigungen“; möglicherweise muss Ihre Organisation sie erlauben.</translation>
    </message>
</context>
<context>
    <name>MentorDesk::EventChangeRule</name>
    <message>
        <source>This session is not available any more.</source>
        <translation>Dieser Termin ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>This session has been cancelled already.</source>
        <translation>Dieser Termin wurde bereits abgesagt.</translation>
    </message>
    <message>
        <source>Only the organizer can reschedule or cancel this meeting.</source>
        <translation>Nur der Organisator kann diese Besprechung verschieben oder absagen.</translation>
    </message>
    <message>
        <source>Only the organizer can reschedule or cancel this meeting; %1 invited you.</source>
        <translation>Nur der Organisator kann diese Besprechung verschieben oder absagen; %1 hat Sie eingeladen.</translation>
    </message>
    <message>
        <source>This session is in &quot;%1&quot;, which MentorDesk can only read.</source>
        <translation>Dieser Termin befindet sich in „%1“; diesen Kalender kann MentorDesk nur lesen.</translation>
    </message>
    <message>
        <source>MentorDesk moves sessions with a start and end time, not all-day events. Move this one in Outlook.</source>
        <translation>MentorDesk verschiebt Termine mit Beginn und Ende, keine ganztägigen Termine. Verschieben Sie diesen in Outlook.</translation>
    </message>
</context>
<context>
    <name>MentorDesk::EventDetailsPane</name>
    <message>
        <source>Event details</source>
        <translation>Termindetails</translation>
    </message>
    <message>
        <source>Select an event to see its details.</source>
        <translation>Wählen Sie einen Termin aus, um die Details zu sehen.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Their time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisator</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>&amp;Join Teams meeting</source>
        <translation>An Teams-Besprechung tei&amp;lnehmen</translation>
    </message>
    <message>
        <source>Join Teams meeting</source>
        <translation>An Teams-Besprechung teilnehmen</translation>
    </message>
    <message>
        <source>Opens the meeting in your browser or the Teams app</source>
        <translation>Öffnet die Besprechung in Ihrem Browser oder in der Teams-App</translation>
    </message>
    <message>
        <source>Open in &amp;Outlook on the web</source>
        <translation>In &amp;Outlook im Web öffnen</translation>
    </message>
    <message>
        <source>Open in Outlook on the web</source>
        <translation>In Outlook im Web öffnen</translation>
    </message>
    <message>
        <source>Opens this event in Outlook on the web, in your browser</source>
        <translation>Öffnet diesen Termin in Outlook im Web, in Ihrem Browser</translation>
    </message>
    <message>
        <source>Mo&amp;ve meeting…</source>
        <translation>Besprechung &amp;verschieben…</translation>
    </message>
    <message>
        <source>Move meeting</source>
        <translation>Besprechung verschieben</translation>
    </message>
    <message>
        <source>&amp;Cancel meeting…</source>
        <translation>Besprechung ab&amp;sagen…</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Besprechung absagen</translation>
    </message>
    <message>
        <source>&amp;Share in a Teams channel…</source>
        <translation>&amp;In einem Teams-Kanal teilen…</translation>
    </message>
    <message>
        <source>Share in a Teams channel</source>
        <translation>In einem Teams-Kanal teilen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Event description</source>
        <translation>Terminbeschreibung</translation>
    </message>
    <message>
        <source>Choose a new time for this meeting and tell the attendees</source>
        <translation>Eine neue Zeit für diese Besprechung wählen und die Teilnehmer informieren</translation>
    </message>
    <message>
        <source>Moving meetings from MentorDesk is not available yet; move it in Outlook for now</source>
        <translation>Das Verschieben von Besprechungen ist in MentorDesk noch nicht verfügbar; verschieben Sie sie vorerst in Outlook</translation>
    </message>
    <message>
        <source>Cancel this meeting and tell the attendees</source>
        <translation>Diese Besprechung absagen und die Teilnehmer informieren</translation>
    </message>
    <message>
        <source>Cancelling meetings from MentorDesk is not available yet; cancel it in Outlook for now</source>
        <translation>Das Absagen von Besprechungen ist in MentorDesk noch nicht verfügbar; sagen Sie sie vorerst in Outlook ab</translation>
    </message>
    <message>
        <source>Post this event to a Teams channel you choose</source>
        <translation>Diesen Termin in einem Teams-Kanal Ihrer Wahl posten</translation>
    </message>
    <message>
        <source>Sharing to Teams channels is not available yet (it needs the Teams features, which are not set up)</source>
        <translation>Das Teilen in Teams-Kanälen ist noch nicht verfügbar (dafür sind die Teams-Funktionen nötig, die nicht eingerichtet sind)</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(kein Titel)</translation>
    </message>
    <message>
        <source>your calendar</source>
        <translation>Ihr Kalender</translation>
    </message>
    <message>
        <source>delegated to you</source>
        <translation>an Sie delegiert</translation>
    </message>
    <message>
        <source>shared with you</source>
        <translation>für Sie freigegeben</translation>
    </message>
    <message>
        <source>Calendar: %1, %2</source>
        <translation>Kalender: %1, %2</translation>
    </message>
    <message>
        <source>Read-only: MentorDesk cannot change events in this calendar.</source>
        <translation>Schreibgeschützt: MentorDesk kann Termine in diesem Kalender nicht ändern.</translation>
    </message>
    <message>
        <source>Read-only: this calendar belongs to %1; MentorDesk cannot change it.</source>
        <translation>Schreibgeschützt: Dieser Kalender gehört %1; MentorDesk kann ihn nicht ändern.</translation>
    </message>
    <message>
        <source>Part of a recurring series</source>
        <translation>Teil einer Terminserie</translation>
    </message>
    <message>
        <source>%1 (this occurrence was changed)</source>
        <translation>%1 (dieses Vorkommen wurde geändert)</translation>
    </message>
    <message>
        <source>Cancelled by the organiser</source>
        <translation>Vom Organisator abgesagt</translation>
    </message>
    <message>
        <source>You organise this</source>
        <translation>Von Ihnen organisiert</translation>
    </message>
    <message>
        <source>%1 organises this</source>
        <translation>Organisiert von %1</translation>
    </message>
    <message>
        <source>Your response: %1</source>
        <translation>Ihre Antwort: %1</translation>
    </message>
    <message>
        <source>%1&apos;s response: %2</source>
        <translation>Antwort von %1: %2</translation>
    </message>
    <message>
        <source>Show as %1</source>
        <translation>Anzeigen als: %1</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <extracomment>an attendee: %1 a mark (✓, ?, ✗ or ○), %2 name, %3 response (&quot;Accepted&quot;)</extracomment>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (optional)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n accepted</source>
        <translation>
            <numerusform>Zusagen: %1 von %n</numerusform>
            <numerusform>Zusagen: %1 von %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The organiser hid the attendee list</source>
        <translation>Der Organisator hat die Teilnehmerliste ausgeblendet</translation>
    </message>
    <message>
        <source>Pictures in this description are not shown (they would load from the internet).</source>
        <translation>Bilder in dieser Beschreibung werden nicht angezeigt (sie würden aus dem Internet geladen).</translation>
    </message>
    <message>
        <source>Links that could run code on your computer were turned into plain text.</source>
        <translation>Links, die Code auf Ihrem Computer ausführen könnten, wurden in reinen Text umgewandelt.</translation>
    </message>
    <message>
        <source>Links open in your browser.</source>
        <translation>Links werden in Ihrem Browser geöffnet.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>This invitation is very long; MentorDesk shows its first megabyte only. Open it in Outlook to read the rest.</source>
        <translation>Diese Einladung ist sehr lang; MentorDesk zeigt nur das erste Megabyte an. Öffnen Sie sie in Outlook, um den Rest zu lesen.</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Acce&amp;pt</source>
        <translation>&amp;Zusagen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <source>Te&amp;ntative</source>
        <translation>&amp;Mit Vorbehalt</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Vorläufig</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>Ableh&amp;nen</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>&amp;Retry…</source>
        <translation>&amp;Wiederholen…</translation>
    </message>
    <message>
        <source>Retry the answer</source>
        <translation>Antwort erneut senden</translation>
    </message>
    <message>
        <source>Open the answer again, with what you wrote, and send it</source>
        <translation>Die Antwort mit Ihrem Text wieder öffnen und senden</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>when the answer was given: %1 weekday, day and month, %2 time (&quot;Tue 24 Nov 10:02&quot;)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>an answer and when it was given: &quot;You accepted · Tue 24 Nov 10:02&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>You accepted</source>
        <translation>Sie haben zugesagt</translation>
    </message>
    <message>
        <source>You tentatively accepted</source>
        <translation>Sie haben mit Vorbehalt zugesagt</translation>
    </message>
    <message>
        <source>You declined</source>
        <translation>Sie haben abgelehnt</translation>
    </message>
    <message>
        <source>Changed by the organiser since you answered</source>
        <translation>Seit Ihrer Antwort vom Organisator geändert</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Noch nicht beantwortet</translation>
    </message>
    <message>
        <source>%1 (the whole series)</source>
        <translation>%1 (die gesamte Serie)</translation>
    </message>
    <message>
        <source>%1, without telling the organiser</source>
        <translation>%1, ohne den Organisator zu benachrichtigen</translation>
    </message>
    <message>
        <source>Sent. Updating the calendar…</source>
        <translation>Gesendet. Der Kalender wird aktualisiert…</translation>
    </message>
    <message>
        <source>%1 (not sent)</source>
        <translation>%1 (nicht gesendet)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Waiting to send (offline)</source>
        <translation>Wartet auf das Senden (offline)</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Wartet auf das Senden</translation>
    </message>
    <message>
        <source>Sending your answer…</source>
        <translation>Ihre Antwort wird gesendet…</translation>
    </message>
    <message>
        <source>An answer is waiting to be sent (offline)</source>
        <translation>Eine Antwort wartet auf das Senden (offline)</translation>
    </message>
    <message>
        <source>An answer is waiting to be sent</source>
        <translation>Eine Antwort wartet auf das Senden</translation>
    </message>
    <message>
        <source>An answer could not be sent; see the Outbox</source>
        <translation>Eine Antwort konnte nicht gesendet werden; siehe Postausgang</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation>Ihre Antwort: %1</translation>
    </message>
    <message>
        <source>Sign in to answer invitations</source>
        <translation>Melden Sie sich an, um Einladungen zu beantworten</translation>
    </message>
    <message>
        <source>Your answer is on its way</source>
        <translation>Ihre Antwort ist unterwegs</translation>
    </message>
    <message>
        <source>MentorDesk could not keep this answer to send it. Try again.</source>
        <translation>MentorDesk konnte diese Antwort nicht zum Senden speichern. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>MentorDesk::EventFormatter</name>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>first</source>
        <translation>ersten</translation>
    </message>
    <message>
        <source>second</source>
        <translation>zweiten</translation>
    </message>
    <message>
        <source>third</source>
        <translation>dritten</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>vierten</translation>
    </message>
    <message>
        <source>last</source>
        <translation>letzten</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Alle %n Tage</numerusform>
            <numerusform>Alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly on %1</source>
        <translation>Wöchentlich am %1</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks on %1</source>
        <translation>
            <numerusform>Alle %n Wochen am %1</numerusform>
            <numerusform>Alle %n Wochen am %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly on day %1</source>
        <translation>Monatlich am %1.</translation>
    </message>
    <message numerus="yes">
        <source>Every %n months on day %1</source>
        <translation>
            <numerusform>Alle %n Monate am %1.</numerusform>
            <numerusform>Alle %n Monate am %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly on the %1 %2</source>
        <translation>Monatlich am %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Every %n months on the %1 %2</source>
        <translation>
            <numerusform>Alle %n Monate am %1 %2</numerusform>
            <numerusform>Alle %n Monate am %1 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Yearly on %1 %2</source>
        <translation>Jährlich am %1. %2</translation>
    </message>
    <message>
        <source>Yearly on the %1 %2 of %3</source>
        <translation>Jährlich am %1 %2 im %3</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1, once</source>
        <translation>%1, einmal</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n times</source>
        <translation>
            <numerusform>%1, %n-mal</numerusform>
            <numerusform>%1, %n-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organisator</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>Vorläufig</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Working elsewhere</source>
        <translation>Anderswo tätig</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Noch nicht aktualisiert</translation>
    </message>
    <message>
        <source>Last updated just now</source>
        <translation>Zuletzt aktualisiert: gerade eben</translation>
    </message>
    <message>
        <source>Last updated 1 minute ago</source>
        <translation>Zuletzt aktualisiert: vor 1 Minute</translation>
    </message>
    <message numerus="yes">
        <source>Last updated %n minutes ago</source>
        <translation>
            <numerusform>Zuletzt aktualisiert: vor %n Minute</numerusform>
            <numerusform>Zuletzt aktualisiert: vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Last updated today at %1</source>
        <translation>Zuletzt aktualisiert: heute um %1</translation>
    </message>
    <message>
        <source>Last updated on %1</source>
        <translation>Zuletzt aktualisiert: am %1</translation>
    </message>
</context>
<context>
    <name>MentorDesk::FeatureGate</name>
    <message>
        <source>Sign in to use &quot;%1&quot;.</source>
        <translation>Melden Sie sich an, um „%1“ zu verwenden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a work or school account: Microsoft does not offer it for personal Microsoft accounts.</source>
        <translation>„%1“ erfordert ein Geschäfts-, Schul- oder Unikonto: Microsoft bietet diese Funktion für persönliche Microsoft-Konten nicht an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not available in the %2 cloud.</source>
        <translation>„%1“ ist in der Cloud „%2“ nicht verfügbar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is part of the Teams features, which are off. Turn them on in Permissions; MentorDesk will then ask for the Teams permissions.</source>
        <translation>„%1“ gehört zu den Teams-Funktionen, die ausgeschaltet sind. Schalten Sie sie unter „Berechtigungen“ ein; MentorDesk fordert dann die Teams-Berechtigungen an.</translation>
    </message>
    <message>
        <source>&quot;Stay signed in&quot; is off. Turn it on when you sign in if you want MentorDesk to renew its access without asking you every hour.</source>
        <translation>„Angemeldet bleiben“ ist ausgeschaltet. Schalten Sie es bei der Anmeldung ein, wenn MentorDesk seinen Zugriff erneuern soll, ohne Sie jede Stunde zu fragen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs permissions that were not granted (%2). Retry consent from the Permissions page; if your organisation blocks them, ask your administrator.</source>
        <translation>„%1“ benötigt Berechtigungen, die nicht erteilt wurden (%2). Fordern Sie die Zustimmung auf der Seite „Berechtigungen“ erneut an; falls Ihre Organisation sie blockiert, wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; waits for an administrator of your organisation to approve %2 for MentorDesk; calendar and booking work meanwhile. Send your IT department the request, then choose &quot;Check again&quot; in Permissions.</source>
        <translation>„%1“ wartet darauf, dass die Administration Ihrer Organisation %2 für MentorDesk genehmigt; Kalender und Buchungen funktionieren in der Zwischenzeit. Senden Sie Ihrer IT-Abteilung die Anfrage, und wählen Sie dann „Erneut prüfen“ unter „Berechtigungen“.</translation>
    </message>
</context>
<context>
    <name>MentorDesk::FreeBusy</name>
    <message>
        <source>Microsoft 365 did not answer for %1.</source>
        <translation>Microsoft 365 hat für %1 nicht geantwortet.</translation>
    </message>
    <message>
        <source>Microsoft 365 sent no free/busy for %1.</source>
        <translation>Microsoft 365 hat für %1 keine Frei/Gebucht-Zeiten gesendet.</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>vorläufig</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>beschäftigt</translation>
    </message>
    <message>
        <source>away</source>
        <translation>abwesend</translation>
    </message>
    <message>
        <source>working elsewhere</source>
        <translation>anderswo tätig</translation>
    </message>
    <message>
        <source>no information</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>a stretch of time on one day: &quot;10:00–11:00&quot;
----------
working hours as they set them: &quot;09:30–18:30&quot;</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>%1: no free/busy available. %2</source>
        <extracomment>%1 a person, %2 why (a sentence)</extracomment>
        <translation>%1: keine Frei/Gebucht-Zeiten verfügbar. %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>&quot;busy 10:00–11:00&quot;
----------
a time on another day than the user&apos;s: &quot;02:00 Sat&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>free all day</source>
        <translation>den ganzen Tag frei</translation>
    </message>
    <message>
        <source>free otherwise</source>
        <translation>sonst frei</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1; working hours %2 in a time zone MentorDesk does not know</source>
        <translation>%1; Arbeitszeit %2 in einer Zeitzone, die MentorDesk nicht kennt</translation>
    </message>
    <message>
        <source>%1; not a working day for them</source>
        <translation>%1; an diesem Tag kein Arbeitstag</translation>
    </message>
    <message>
        <source>%1; working hours %2 %3 time</source>
        <extracomment>%1 the row so far, %2 &quot;09:00–17:00&quot;, %3 a city naming the zone</extracomment>
        <translation>%1; Arbeitszeit %2 Ortszeit %3</translation>
    </message>
    <message>
        <source>%1; working hours %2 %3 time (%4 here)</source>
        <extracomment>%1 the row so far, %2 &quot;09:30–18:30&quot;, %3 a city naming the zone, %4 the same hours on the dialog&apos;s clock</extracomment>
        <translation>%1; Arbeitszeit %2 Ortszeit %3 (hier %4)</translation>
    </message>
    <message>
        <source>%1 for you</source>
        <extracomment>the session&apos;s start on the user&apos;s clock: &quot;10:00 for you&quot;</extracomment>
        <translation>%1 bei Ihnen</translation>
    </message>
    <message>
        <source>looking up %1&apos;s time zone…</source>
        <translation>Zeitzone von %1 wird ermittelt…</translation>
    </message>
    <message>
        <source>%1&apos;s local time is not known</source>
        <translation>Ortszeit von %1 unbekannt</translation>
    </message>
    <message>
        <source>%1 for %2 (%3)</source>
        <extracomment>&quot;18:00 for Priya (Tokyo)&quot;</extracomment>
        <translation>%1 bei %2 (%3)</translation>
    </message>
</context>
<context>
    <name>MentorDesk::GraphResult</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>MentorDesk cannot reach Microsoft 365 right now. Check your internet connection and try again.</source>
        <translation>MentorDesk kann Microsoft 365 gerade nicht erreichen. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection to Microsoft 365 was interrupted. Try again.</source>
        <translation>Die Verbindung zu Microsoft 365 wurde unterbrochen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Microsoft 365 did not answer in time. Try again in a moment.</source>
        <translation>Microsoft 365 hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Microsoft 365 is limiting how many requests MentorDesk may make. Try again in 1 second.</source>
        <translation>Microsoft 365 begrenzt, wie viele Anfragen MentorDesk stellen darf. Versuchen Sie es in 1 Sekunde erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft 365 is limiting how many requests MentorDesk may make. Try again in %n seconds.</source>
        <translation>
            <numerusform>Microsoft 365 begrenzt, wie viele Anfragen MentorDesk stellen darf. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Microsoft 365 begrenzt, wie viele Anfragen MentorDesk stellen darf. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft 365 is limiting how many requests MentorDesk may make. Wait a minute and try again.</source>
        <translation>Microsoft 365 begrenzt, wie viele Anfragen MentorDesk stellen darf. Warten Sie eine Minute, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Microsoft 365 is having trouble right now. Try again in a few minutes.</source>
        <translation>Bei Microsoft 365 gibt es gerade Probleme. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to continue; what you entered is kept.</source>
        <translation>Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren; Ihre Eingaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>MentorDesk is not allowed to do this with your account: a permission is missing or your organisation does not allow it. See the Permissions page for details.</source>
        <translation>MentorDesk darf dies mit Ihrem Konto nicht tun: Eine Berechtigung fehlt, oder Ihre Organisation erlaubt es nicht. Details finden Sie auf der Seite „Berechtigungen“.</translation>
    </message>
    <message>
        <source>This item no longer exists in Microsoft 365; it may have been deleted or moved. Refresh and try again.</source>
        <translation>Dieses Element existiert in Microsoft 365 nicht mehr; möglicherweise wurde es gelöscht oder verschoben. Aktualisieren Sie, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This item was changed elsewhere in the meantime. Refresh and try again.</source>
        <translation>Dieses Element wurde inzwischen an anderer Stelle geändert. Aktualisieren Sie, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Microsoft 365 refused this request. If it keeps happening, report it with the details below.</source>
        <translation>Microsoft 365 hat diese Anfrage abgelehnt. Wenn das wiederholt passiert, melden Sie es mit den Details unten.</translation>
    </message>
    <message>
        <source>Microsoft 365 sent a reply MentorDesk could not read. Try again; if it keeps happening, report it with the details below.</source>
        <translation>Microsoft 365 hat eine Antwort gesendet, die MentorDesk nicht lesen konnte. Versuchen Sie es erneut; wenn das wiederholt passiert, melden Sie es mit den Details unten.</translation>
    </message>
    <message>
        <source>The calendar has to be loaded again from the start.</source>
        <translation>Der Kalender muss von Anfang an neu geladen werden.</translation>
    </message>
    <message>
        <source>This could not be done because a step it depends on failed. Try again.</source>
        <translation>Dies war nicht möglich, weil ein vorausgehender Schritt fehlgeschlagen ist. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>MentorDesk::IdToken</name>
    <message>
        <source>the ID token is not a JWT</source>
        <translation>das ID-Token ist kein JWT</translation>
    </message>
    <message>
        <source>the ID token is not base64url-encoded</source>
        <translation>das ID-Token ist nicht base64url-codiert</translation>
    </message>
    <message>
        <source>the ID token&apos;s claims are not JSON</source>
        <translation>die Claims des ID-Tokens sind kein JSON</translation>
    </message>
    <message>
        <source>it was issued for another application</source>
        <translation>es wurde für eine andere Anwendung ausgestellt</translation>
    </message>
    <message>
        <source>it names no tenant</source>
        <translation>es nennt keinen Mandanten</translation>
    </message>
    <message>
        <source>it was issued by another tenant</source>
        <translation>es wurde von einem anderen Mandanten ausgestellt</translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation>es ist abgelaufen</translation>
    </message>
    <message>
        <source>its nonce does not match this sign-in attempt</source>
        <translation>seine Nonce passt nicht zu diesem Anmeldeversuch</translation>
    </message>
    <message>
        <source>it does not identify the user</source>
        <translation>es identifiziert den Benutzer nicht</translation>
    </message>
    <message>
        <source>it was issued by &quot;%1&quot;, not by the sign-in service MentorDesk asked</source>
        <translation>es wurde von „%1“ ausgestellt, nicht von dem Anmeldedienst, den MentorDesk angefragt hat</translation>
    </message>
    <message>
        <source>it has no expiry time</source>
        <translation>es hat keine Ablaufzeit</translation>
    </message>
</context>
<context>
    <name>MentorDesk::LoopbackReplyHandler</name>
    <message>
        <source>Not part of your sign-in</source>
        <translation>Nicht Teil Ihrer Anmeldung</translation>
    </message>
    <message>
        <source>This address belongs to MentorDesk&apos;s sign-in and answers nothing else. The request was ignored.</source>
        <translation>Diese Adresse gehört zur Anmeldung von MentorDesk und beantwortet nichts anderes. Die Anfrage wurde ignoriert.</translation>
    </message>
    <message>
        <source>This answer is not well-formed, so MentorDesk ignored it.</source>
        <translation>Diese Antwort ist nicht korrekt aufgebaut, daher hat MentorDesk sie ignoriert.</translation>
    </message>
    <message>
        <source>This answer does not belong to MentorDesk&apos;s current sign-in, so it was ignored. If you are signing in, use the browser tab MentorDesk opened last.</source>
        <translation>Diese Antwort gehört nicht zur aktuellen Anmeldung von MentorDesk und wurde daher ignoriert. Wenn Sie sich gerade anmelden, verwenden Sie den Browsertab, den MentorDesk zuletzt geöffnet hat.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Bitte warten</translation>
    </message>
    <message>
        <source>MentorDesk is finishing your sign-in.</source>
        <translation>MentorDesk schließt Ihre Anmeldung ab.</translation>
    </message>
    <message>
        <source>MentorDesk %1</source>
        <translation>MentorDesk %1</translation>
    </message>
</context>
<context>
    <name>MentorDesk::MainWindow</name>
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
        <translation>Hauptsymbolleiste</translation>
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
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source> (demo tenant)</source>
        <translation> (Demo-Mandant)</translation>
    </message>
    <message>
        <source>MentorDesk — %1%2</source>
        <translation>MentorDesk — %1%2</translation>
    </message>
    <message>
        <source>MentorDesk%1</source>
        <translation>MentorDesk%1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
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
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Renewing your sign-in…</source>
        <translation>Ihre Anmeldung wird erneuert…</translation>
    </message>
    <message>
        <source>Sign-in expired</source>
        <translation>Anmeldung abgelaufen</translation>
    </message>
    <message>
        <source>One setting is missing</source>
        <translation>Eine Einstellung fehlt</translation>
    </message>
    <message>
        <source>MentorDesk needs the application (client) ID of your organisation&apos;s app registration before it can sign you in. You can also try the demo tenant.</source>
        <translation>MentorDesk benötigt die Anwendungs-ID (Client) der App-Registrierung Ihrer Organisation, bevor es Sie anmelden kann. Sie können auch den Demo-Mandanten ausprobieren.</translation>
    </message>
    <message>
        <source>The demo tenant could not start: %1</source>
        <translation>Der Demo-Mandant konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>&amp;Sign in again</source>
        <translation>Erneut &amp;anmelden</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>%1 is signed out: MentorDesk removed the sign-in and every cached item of this account from this computer. The permissions you granted stay with Microsoft until you revoke them at My Apps (myapps.microsoft.com); administrators revoke them in the Microsoft Entra admin center (Enterprise applications).</source>
        <translation>%1 ist abgemeldet: MentorDesk hat die Anmeldung und alle zwischengespeicherten Elemente dieses Kontos von diesem Computer entfernt. Die erteilten Berechtigungen bleiben bei Microsoft bestehen, bis Sie sie unter „Meine Apps“ (myapps.microsoft.com) widerrufen; die Administration widerruft sie im Microsoft Entra Admin Center (Unternehmensanwendungen).</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>&amp;Teams</translation>
    </message>
    <message>
        <source>Post to a Teams &amp;channel…</source>
        <translation>In einem Teams-&amp;Kanal posten…</translation>
    </message>
    <message>
        <source>Post to a channel</source>
        <translation>In einem Kanal posten</translation>
    </message>
    <message>
        <source>Post an announcement or notes to a Teams channel</source>
        <translation>Eine Ankündigung oder Notizen in einem Teams-Kanal posten</translation>
    </message>
    <message>
        <source>Replace your message?</source>
        <translation>Ihre Nachricht ersetzen?</translation>
    </message>
    <message>
        <source>The message you are writing will be replaced by the announcement of &quot;%1&quot;.</source>
        <translation>Die Nachricht, die Sie gerade schreiben, wird durch die Ankündigung von „%1“ ersetzt.</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Neuer Termin…</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <source>Book a mentoring session (%1)</source>
        <translation>Einen Mentoring-Termin buchen (%1)</translation>
    </message>
    <message>
        <source>You are using the demo tenant. These are the settings for your organisation&apos;s Microsoft 365: they are saved for the next time you start MentorDesk without the demo.</source>
        <translation>Sie verwenden den Demo-Mandanten. Dies sind die Einstellungen für das Microsoft 365 Ihrer Organisation: Sie werden für den nächsten Start von MentorDesk ohne den Demo-Mandanten gespeichert.</translation>
    </message>
    <message>
        <source>MentorDesk uses the default for each of these until you change it in Sign-in settings.</source>
        <translation>MentorDesk verwendet für jede dieser Einstellungen den Standardwert, bis Sie sie in den Anmeldeeinstellungen ändern.</translation>
    </message>
    <message>
        <source>%1 is signed out; your other accounts stay signed in.</source>
        <translation>%1 ist abgemeldet; Ihre anderen Konten bleiben angemeldet.</translation>
    </message>
    <message>
        <source>%1 is already signed in. To add another account, choose it when Microsoft asks which account to use.</source>
        <translation>%1 ist bereits angemeldet. Um ein weiteres Konto hinzuzufügen, wählen Sie es aus, wenn Microsoft fragt, welches Konto verwendet werden soll.</translation>
    </message>
    <message>
        <source>Sign &amp;out of this account</source>
        <translation>Dieses Konto &amp;abmelden</translation>
    </message>
    <message>
        <source>Sign out of %1 only</source>
        <translation>Nur %1 abmelden</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Sign out of &amp;all</source>
        <translation>A&amp;lle Konten abmelden</translation>
    </message>
    <message>
        <source>Request approval from &amp;IT…</source>
        <translation>Genehmigung bei der &amp;IT anfordern…</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres Konto</numerusform>
            <numerusform>%1 und %n weitere Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signed in as %1 and %n more</source>
        <translation>
            <numerusform>Angemeldet als %1 und mit %n weiteren Konto</numerusform>
            <numerusform>Angemeldet als %1 und mit %n weiteren Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing in again…</source>
        <translation>Erneute Anmeldung läuft…</translation>
    </message>
    <message>
        <source>The second demo tenant could not start: %1</source>
        <translation>Der zweite Demo-Mandant konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>If your browser showed &quot;Need admin approval&quot;, your organisation lets only administrators approve MentorDesk: choose &quot;Request approval from IT…&quot; to see what to send them.</source>
        <translation>Wenn Ihr Browser „Administratorgenehmigung erforderlich“ angezeigt hat, darf in Ihrer Organisation nur die Administration MentorDesk genehmigen: Wählen Sie „Genehmigung bei der IT anfordern…“, um zu sehen, was Sie ihr senden müssen.</translation>
    </message>
    <message>
        <source>The sign-in of %1 has expired. Sign in again to continue; everything you were doing is kept, and your other accounts keep working.</source>
        <translation>Die Anmeldung von %1 ist abgelaufen. Melden Sie sich erneut an, um fortzufahren; alles, woran Sie gerade gearbeitet haben, bleibt erhalten, und Ihre anderen Konten funktionieren weiter.</translation>
    </message>
    <message>
        <source>Permissions — %1</source>
        <translation>Berechtigungen — %1</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>&amp;System time zone (%1)</source>
        <translation>&amp;Systemzeitzone (%1)</translation>
    </message>
    <message>
        <source>&amp;Other time zone…</source>
        <translation>&amp;Andere Zeitzone…</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Erinnerungen…</translation>
    </message>
    <message>
        <source>&amp;Show MentorDesk</source>
        <translation>MentorDesk &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit MentorDesk</source>
        <translation>MentorDesk &amp;beenden</translation>
    </message>
    <message>
        <source>MentorDesk</source>
        <translation>MentorDesk</translation>
    </message>
    <message>
        <source>MentorDesk: 1 reminder</source>
        <translation>MentorDesk: 1 Erinnerung</translation>
    </message>
    <message numerus="yes">
        <source>MentorDesk: %n reminders</source>
        <translation>
            <numerusform>MentorDesk: %n Erinnerung</numerusform>
            <numerusform>MentorDesk: %n Erinnerungen</numerusform>
        </translation>
    </message>
    <message>
        <source>MentorDesk is still running</source>
        <translation>MentorDesk läuft weiter</translation>
    </message>
    <message>
        <source>Reminders keep coming while MentorDesk is in the system tray. Choose Quit MentorDesk in its menu to stop it; nothing runs after that.</source>
        <translation>Solange MentorDesk im Infobereich ist, erscheinen weiter Erinnerungen. Wählen Sie in seinem Menü „MentorDesk beenden“, um es zu beenden; danach läuft nichts mehr.</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>Ka&amp;lender</translation>
    </message>
    <message>
        <source>Open a &amp;colleague&apos;s calendar…</source>
        <translation>Kalender einer &amp;Kollegin oder eines Kollegen öffnen…</translation>
    </message>
    <message>
        <source>See a mentee&apos;s or colleague&apos;s calendar, or when they are busy, by their address</source>
        <translation>Den Kalender einer Mentee oder eines Kollegen über die Adresse sehen, oder wann die Person beschäftigt ist</translation>
    </message>
</context>
<context>
    <name>MentorDesk::MeetingLinkCreator</name>
    <message>
        <source>Creating a Teams meeting link…</source>
        <translation>Teams-Besprechungslink wird erstellt…</translation>
    </message>
    <message>
        <source>Your Teams meeting link is ready. No calendar entry was created and no invitation was sent: share the link with your mentee yourself.</source>
        <translation>Ihr Teams-Besprechungslink ist bereit. Es wurde kein Kalendereintrag erstellt und keine Einladung gesendet: Teilen Sie den Link selbst mit Ihrem Mentee.</translation>
    </message>
    <message>
        <source>No link was created. Your draft is kept.</source>
        <translation>Es wurde kein Link erstellt. Ihr Entwurf bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>MentorDesk::MeetingPlan</name>
    <message>
        <source>Without a Teams meeting: the invitation has no join link.</source>
        <translation>Ohne Teams-Besprechung: Die Einladung enthält keinen Teilnahmelink.</translation>
    </message>
    <message>
        <source>Personal Microsoft accounts cannot create Teams meetings. MentorDesk books a calendar event and sends the invitation, without a Teams link.</source>
        <translation>Mit persönlichen Microsoft-Konten können keine Teams-Besprechungen erstellt werden. MentorDesk bucht einen Kalendertermin und sendet die Einladung, ohne Teams-Link.</translation>
    </message>
    <message>
        <source>The calendar &quot;%1&quot; does not offer Teams meetings. The session is booked as a calendar event without a Teams link.</source>
        <translation>Der Kalender „%1“ bietet keine Teams-Besprechungen an. Der Termin wird als Kalendertermin ohne Teams-Link gebucht.</translation>
    </message>
    <message>
        <source>A Teams meeting is added; the invitation carries its join link.</source>
        <translation>Eine Teams-Besprechung wird hinzugefügt; die Einladung enthält ihren Teilnahmelink.</translation>
    </message>
</context>
<context>
    <name>MentorDesk::MeetingTimeFinder</name>
    <message>
        <source>Pick a window of days that ends in the future.</source>
        <translation>Wählen Sie einen Zeitraum, der in der Zukunft endet.</translation>
    </message>
    <message>
        <source>Looking for times when you are free…</source>
        <translation>Suche nach Zeiten, zu denen Sie frei sind…</translation>
    </message>
    <message>
        <source>Looking for times when everyone is free…</source>
        <translation>Suche nach Zeiten, zu denen alle frei sind…</translation>
    </message>
    <message>
        <source>Microsoft 365 could not suggest times: %1</source>
        <translation>Microsoft 365 konnte keine Zeiten vorschlagen: %1</translation>
    </message>
    <message>
        <source>Showing when you are free in your own calendar (working hours, Monday to Friday). Your mentees&apos; calendars were not checked.</source>
        <translation>Angezeigt wird, wann Sie in Ihrem eigenen Kalender frei sind (Arbeitszeit, Montag bis Freitag). Die Kalender Ihrer Mentees wurden nicht geprüft.</translation>
    </message>
    <message>
        <source>Every time Microsoft 365 suggested is busy in the calendar of another account you are signed in with. Try a longer window.</source>
        <translation>Jede von Microsoft 365 vorgeschlagene Zeit ist im Kalender eines anderen Kontos, mit dem Sie angemeldet sind, bereits belegt. Versuchen Sie einen längeren Zeitraum.</translation>
    </message>
    <message>
        <source>Showing when you are free in your own calendars, in every account you are signed in with (working hours, Monday to Friday). Your mentees&apos; calendars were not checked.</source>
        <translation>Angezeigt wird, wann Sie in Ihren eigenen Kalendern frei sind, in jedem Konto, mit dem Sie angemeldet sind (Arbeitszeit, Montag bis Freitag). Die Kalender Ihrer Mentees wurden nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>MentorDesk::MessageComposer</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Write a message to post.</source>
        <translation>Schreiben Sie eine Nachricht, die gepostet werden soll.</translation>
    </message>
    <message>
        <source>This message is too long for Teams: %1, and Teams accepts at most %2. Shorten it by about %3.</source>
        <translation>Diese Nachricht ist zu lang für Teams: %1, Teams akzeptiert aber höchstens %2. Kürzen Sie sie um etwa %3.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Important!</source>
        <translation>Wichtig!</translation>
    </message>
    <message>
        <source>Urgent!</source>
        <translation>Dringend!</translation>
    </message>
</context>
<context>
    <name>MentorDesk::MessageEditor</name>
    <message>
        <source>link text</source>
        <translation>Linktext</translation>
    </message>
</context>
<context>
    <name>MentorDesk::MiniMonthView</name>
    <message>
        <source>Month navigator</source>
        <translation>Monatsnavigation</translation>
    </message>
    <message>
        <source>Arrow keys pick a day, Enter shows it</source>
        <translation>Pfeiltasten wählen einen Tag, die Eingabetaste zeigt ihn an</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>%1; selected %2</source>
        <translation>%1; ausgewählt: %2</translation>
    </message>
</context>
<context>
    <name>MentorDesk::MonthView</name>
    <message>
        <source>Arrow keys move the day, Ctrl+Up/Down pick an event, Enter opens it</source>
        <translation>Pfeiltasten wechseln den Tag, Strg+Pfeil nach oben/unten wählt einen Termin, die Eingabetaste öffnet ihn</translation>
    </message>
    <message>
        <source>Month view</source>
        <translation>Monatsansicht</translation>
    </message>
    <message>
        <source>Month view, %1</source>
        <translation>Monatsansicht, %1</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(kein Titel)</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all events of this day</source>
        <translation>Alle Termine dieses Tages anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>+%n</source>
        <comment>a cell too narrow for &quot;+3 more&quot;</comment>
        <translation>
            <numerusform>+%n</numerusform>
            <numerusform>+%n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MentorDesk::NewSessionDialog</name>
    <message>
        <source>New mentoring session</source>
        <translation>Neuer Mentoring-Termin</translation>
    </message>
    <message>
        <source>Your unsent draft from %1. Use Discard draft to start over.</source>
        <translation>Ihr nicht gesendeter Entwurf vom %1. Mit „Entwurf verwerfen“ beginnen Sie neu.</translation>
    </message>
    <message>
        <source>This booking waits in the outbox and is sent automatically.</source>
        <translation>Diese Buchung wartet im Postausgang und wird automatisch gesendet.</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <source>Name or address; several separated by commas</source>
        <translation>Name oder Adresse; mehrere durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Clear mentees</source>
        <translation>Mentees löschen</translation>
    </message>
    <message>
        <source>&amp;Mentees</source>
        <translation>&amp;Mentees</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>Be&amp;treff</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Plain text; it becomes the invitation&apos;s text.</source>
        <translation>Nur-Text; er wird zum Text der Einladung.</translation>
    </message>
    <message>
        <source>What you want to talk about (sent with the invitation)</source>
        <translation>Worüber Sie sprechen möchten (wird mit der Einladung gesendet)</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <source>a&amp;t</source>
        <translation>&amp;um</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>Dau&amp;er</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Your own calendars. Calendars shared with you are read-only for MentorDesk.</source>
        <translation>Ihre eigenen Kalender. Für Sie freigegebene Kalender sind für MentorDesk schreibgeschützt.</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Keine Erinnerung</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Zu Beginn</translation>
    </message>
    <message>
        <source>%1 minutes before</source>
        <translation>%1 Minuten vorher</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 Stunde vorher</translation>
    </message>
    <message>
        <source>2 hours before</source>
        <translation>2 Stunden vorher</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 Tag vorher</translation>
    </message>
    <message>
        <source>&amp;Reminder</source>
        <translation>E&amp;rinnerung</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Every 2 weeks</source>
        <translation>Alle 2 Wochen</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>unti&amp;l</source>
        <translation>b&amp;is</translation>
    </message>
    <message>
        <source>Repeat until a date</source>
        <translation>Bis zu einem Datum wiederholen</translation>
    </message>
    <message>
        <source>Last possible date of the series</source>
        <translation>Letztmögliches Datum der Serie</translation>
    </message>
    <message>
        <source>&amp;for</source>
        <translation>&amp;für</translation>
    </message>
    <message>
        <source>Repeat a number of times</source>
        <translation>Eine bestimmte Anzahl von Malen wiederholen</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Anzahl der Termine</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> Termine</translation>
    </message>
    <message>
        <source>Re&amp;peat</source>
        <translation>&amp;Wiederholung</translation>
    </message>
    <message>
        <source>Add a Teams meeting</source>
        <translation>Teams-Besprechung hinzufügen</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Just give me a Teams &amp;link</source>
        <translation>Nur einen Teams-&amp;Link erstellen</translation>
    </message>
    <message>
        <source>Just give me a Teams link</source>
        <translation>Nur einen Teams-Link erstellen</translation>
    </message>
    <message>
        <source>Creates a Teams meeting link only, for a session arranged elsewhere: no calendar entry, no invitation.</source>
        <translation>Erstellt nur einen Teams-Besprechungslink für einen anderweitig vereinbarten Termin: kein Kalendereintrag, keine Einladung.</translation>
    </message>
    <message>
        <source>Discard dra&amp;ft</source>
        <translation>Entwurf &amp;verwerfen</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close; your draft is kept for next time.</source>
        <translation>Schließen; Ihr Entwurf bleibt für das nächste Mal erhalten.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Your default calendar</source>
        <translation>Ihr Standardkalender</translation>
    </message>
    <message>
        <source>&amp;Book as Teams meeting</source>
        <translation>Als Teams-Besprechung &amp;buchen</translation>
    </message>
    <message>
        <source>&amp;Book session</source>
        <translation>Termin &amp;buchen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You have another event at this time: %1</source>
        <translation>Sie haben zu dieser Zeit einen anderen Termin: %1</translation>
    </message>
    <message>
        <source>You have %1 other events at this time: %2</source>
        <translation>Sie haben zu dieser Zeit %1 andere Termine: %2</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting. A booking not yet sent is withdrawn and your draft kept; one already on its way finishes in the background.</source>
        <translation>Nicht mehr warten. Eine noch nicht gesendete Buchung wird zurückgezogen und Ihr Entwurf bleibt erhalten; eine bereits gesendete wird im Hintergrund abgeschlossen.</translation>
    </message>
    <message>
        <source>Please check the highlighted fields.</source>
        <translation>Bitte prüfen Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>Wird gebucht…</translation>
    </message>
    <message>
        <source>Session booked</source>
        <translation>Termin gebucht</translation>
    </message>
    <message>
        <source>Creating a Teams link…</source>
        <translation>Teams-Link wird erstellt…</translation>
    </message>
    <message>
        <source>Teams meeting link</source>
        <translation>Teams-Besprechungslink</translation>
    </message>
    <message>
        <source>This booking is being sent right now and cannot be withdrawn any more.</source>
        <translation>Diese Buchung wird gerade gesendet und kann nicht mehr zurückgezogen werden.</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisator</translation>
    </message>
    <message>
        <source>The account the session is booked from: its calendar, its invitation.</source>
        <translation>Das Konto, über das der Termin gebucht wird: sein Kalender, seine Einladung.</translation>
    </message>
    <message>
        <source>&amp;Organiser</source>
        <translation>&amp;Organisator</translation>
    </message>
    <message>
        <source>This booking already waits in the outbox of %1. Discard the draft first to organise the session from another account.</source>
        <translation>Diese Buchung wartet bereits im Postausgang von %1. Verwerfen Sie zuerst den Entwurf, um den Termin über ein anderes Konto zu organisieren.</translation>
    </message>
    <message>
        <source>The start on your clock and on your mentees&apos; clocks, from the time zone of their working hours in Microsoft 365.</source>
        <translation>Der Beginn nach Ihrer Uhr und nach der Uhr Ihrer Mentees, aus der Zeitzone ihrer Arbeitszeit in Microsoft 365.</translation>
    </message>
    <message>
        <source>Looking up free/busy…</source>
        <translation>Frei/Gebucht-Zeiten werden abgefragt…</translation>
    </message>
    <message>
        <source>Free/busy is not available: %1</source>
        <translation>Frei/Gebucht-Zeiten sind nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Add mentees to see when they are free.</source>
        <translation>Fügen Sie Mentees hinzu, um zu sehen, wann sie frei sind.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>Stop looking up free/busy</source>
        <translation>Abfrage der Frei/Gebucht-Zeiten anhalten</translation>
    </message>
    <message>
        <source>Stop waiting for Microsoft 365. Your draft stays as it is.</source>
        <translation>Nicht länger auf Microsoft 365 warten. Ihr Entwurf bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>Stopped looking up free/busy. Change the date or the mentees to look again.</source>
        <translation>Abfrage der Frei/Gebucht-Zeiten angehalten. Ändern Sie das Datum oder die Mentees, um erneut nachzusehen.</translation>
    </message>
    <message>
        <source>Could not look up free/busy: %1 Your draft is kept.</source>
        <translation>Frei/Gebucht-Zeiten konnten nicht abgefragt werden: %1 Ihr Entwurf bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>MentorDesk::OidcDiscovery</name>
    <message>
        <source>the OpenID configuration is not JSON</source>
        <translation>die OpenID-Konfiguration ist kein JSON</translation>
    </message>
    <message>
        <source>the OpenID configuration lacks its authorization or token endpoint</source>
        <translation>der OpenID-Konfiguration fehlt der Autorisierungs- oder Token-Endpunkt</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 von %2</translation>
    </message>
    <message>
        <source>the OpenID configuration of %1 points to another server (%2)</source>
        <translation>die OpenID-Konfiguration von %1 verweist auf einen anderen Server (%2)</translation>
    </message>
    <message>
        <source>the OpenID configuration of %1 names another issuer (&quot;%2&quot;)</source>
        <translation>die OpenID-Konfiguration von %1 nennt einen anderen Aussteller („%2“)</translation>
    </message>
</context>
<context>
    <name>MentorDesk::Outbox</name>
    <message>
        <source>The list of changes waiting to be sent was damaged. MentorDesk set it aside at %1, and new changes work again. Nothing was deleted. Changes that were still waiting in it have not been sent: check your calendar and channels, and make them again if they are missing.</source>
        <translation>Die Liste der Änderungen, die auf das Senden warten, war beschädigt. MentorDesk hat sie unter %1 beiseitegelegt, und neue Änderungen funktionieren wieder. Es wurde nichts gelöscht. Änderungen, die darin noch warteten, wurden nicht gesendet: Prüfen Sie Ihren Kalender und Ihre Kanäle, und nehmen Sie die Änderungen erneut vor, falls sie fehlen.</translation>
    </message>
    <message>
        <source>The list of changes waiting to be sent was damaged. MentorDesk set it aside (it held no changes) at %1, and new changes work again. Nothing was deleted.</source>
        <translation>Die Liste der Änderungen, die auf das Senden warten, war beschädigt. MentorDesk hat sie (sie enthielt keine Änderungen) unter %1 beiseitegelegt, und neue Änderungen funktionieren wieder. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>it held 1 change</source>
        <translation>sie enthielt 1 Änderung</translation>
    </message>
    <message numerus="yes">
        <source>it held %n changes</source>
        <translation>
            <numerusform>sie enthielt %n Änderung</numerusform>
            <numerusform>sie enthielt %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The list of changes waiting to be sent was damaged. MentorDesk set it aside (%1) at %2, and new changes work again. Nothing was deleted. Those changes have not been sent: check your calendar and channels, and make them again if they are missing.</source>
        <translation>Die Liste der Änderungen, die auf das Senden warten, war beschädigt. MentorDesk hat sie (%1) unter %2 beiseitegelegt, und neue Änderungen funktionieren wieder. Es wurde nichts gelöscht. Diese Änderungen wurden nicht gesendet: Prüfen Sie Ihren Kalender und Ihre Kanäle, und nehmen Sie die Änderungen erneut vor, falls sie fehlen.</translation>
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
        <translation>Diese Änderungen werden auf diesem Computer aufbewahrt, bis Microsoft sie erhalten hat. MentorDesk sendet sie selbstständig, sobald Ihre Verbindung und Ihre Anmeldung wieder bestehen, und niemals doppelt.</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Änderungen, die auf das Senden warten</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Retry the selected change</source>
        <translation>Ausgewählte Änderung erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Discard the selected change</source>
        <translation>Ausgewählte Änderung verwerfen</translation>
    </message>
    <message>
        <source>Try &amp;now</source>
        <translation>&amp;Jetzt versuchen</translation>
    </message>
    <message>
        <source>Try sending everything now</source>
        <translation>Jetzt versuchen, alles zu senden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Nothing is waiting.</source>
        <translation>Es wartet nichts.</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>Erneut senden?</translation>
    </message>
    <message>
        <source>MentorDesk could not confirm whether &quot;%1&quot; reached Microsoft when it was sent before. If it did, sending it again makes a duplicate: a second post in the channel or a second meeting. Look in Teams or Outlook first, and send it again only if it is not there.</source>
        <translation>MentorDesk konnte nicht bestätigen, ob „%1“ beim vorherigen Senden bei Microsoft angekommen ist. Falls ja, entsteht durch erneutes Senden ein Duplikat: ein zweiter Beitrag im Kanal oder eine zweite Besprechung. Sehen Sie zuerst in Teams oder Outlook nach, und senden Sie es nur dann erneut, wenn es dort nicht erscheint.</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>Erneut &amp;senden</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>&amp;Do not send</source>
        <translation>&amp;Nicht senden</translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation>Nicht senden</translation>
    </message>
</context>
<context>
    <name>MentorDesk::OutboxEntry</name>
    <message>
        <source>Waiting to send</source>
        <translation>Wartet auf das Senden</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Check needed</source>
        <translation>Prüfung nötig</translation>
    </message>
    <message>
        <source>MentorDesk could not confirm whether this was sent. Check before sending it again.</source>
        <translation>MentorDesk konnte nicht bestätigen, ob dies gesendet wurde. Prüfen Sie das, bevor Sie es erneut senden.</translation>
    </message>
    <message>
        <source>This will be sent as soon as possible.</source>
        <translation>Dies wird so bald wie möglich gesendet.</translation>
    </message>
    <message>
        <source>Not sent yet: your sign-in has expired. It is sent after you sign in again.</source>
        <translation>Noch nicht gesendet: Ihre Anmeldung ist abgelaufen. Es wird gesendet, sobald Sie sich erneut angemeldet haben.</translation>
    </message>
    <message>
        <source>Not sent yet: Microsoft 365 cannot be reached. It is sent when the connection is back.</source>
        <translation>Noch nicht gesendet: Microsoft 365 ist nicht erreichbar. Es wird gesendet, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Not sent yet: Microsoft 365 asked MentorDesk to slow down. It is sent again shortly.</source>
        <translation>Noch nicht gesendet: Microsoft 365 hat MentorDesk gebeten, weniger Anfragen zu senden. Es wird in Kürze erneut gesendet.</translation>
    </message>
    <message>
        <source>Not sent yet: Microsoft 365 did not answer properly. It is sent again shortly.</source>
        <translation>Noch nicht gesendet: Microsoft 365 hat nicht korrekt geantwortet. Es wird in Kürze erneut gesendet.</translation>
    </message>
</context>
<context>
    <name>MentorDesk::OutboxIndicator</name>
    <message>
        <source>1 change needs your attention</source>
        <translation>1 Änderung erfordert Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <source>%1 changes need your attention</source>
        <translation>%1 Änderungen erfordern Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <source>1 change waiting to be sent</source>
        <translation>1 Änderung wartet auf das Senden</translation>
    </message>
    <message>
        <source>%1 changes waiting to be sent</source>
        <translation>%1 Änderungen warten auf das Senden</translation>
    </message>
    <message>
        <source>Show the changes that have not reached Microsoft yet</source>
        <translation>Änderungen anzeigen, die Microsoft noch nicht erreicht haben</translation>
    </message>
</context>
<context>
    <name>MentorDesk::PermissionNotice</name>
    <message>
        <source>Open &amp;Permissions…</source>
        <translation>&amp;Berechtigungen öffnen…</translation>
    </message>
    <message>
        <source>Open Permissions</source>
        <translation>Berechtigungen öffnen</translation>
    </message>
    <message>
        <source>Request approval from &amp;IT…</source>
        <translation>Genehmigung bei der &amp;IT anfordern…</translation>
    </message>
    <message>
        <source>Request approval from IT</source>
        <translation>Genehmigung bei der IT anfordern</translation>
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
        <translation>Was ein- und ausgeschaltet ist</translation>
    </message>
    <message>
        <source>How to revoke access</source>
        <translation>So widerrufen Sie den Zugriff</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your consent stays with Microsoft until it is revoked; signing out of MentorDesk removes every token and cached item from this computer, but does not revoke it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;You&lt;/b&gt; can revoke the permissions you granted at &lt;a href=&quot;https://myapps.microsoft.com&quot;&gt;My Apps&lt;/a&gt; (choose MentorDesk, then &lt;i&gt;Manage your application&lt;/i&gt;). Personal Microsoft accounts: &lt;a href=&quot;https://account.live.com/consent/Manage&quot;&gt;account.live.com/consent/Manage&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Administrators&lt;/b&gt; can revoke them for everyone in the Microsoft Entra admin center: &lt;i&gt;Enterprise applications&lt;/i&gt; → MentorDesk → &lt;i&gt;Permissions&lt;/i&gt; (or delete its oauth2PermissionGrants with Microsoft Graph). Revoking does not prevent consenting again later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ihre Zustimmung bleibt bei Microsoft bestehen, bis sie widerrufen wird; das Abmelden von MentorDesk entfernt alle Token und zwischengespeicherten Elemente von diesem Computer, widerruft die Zustimmung aber nicht.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sie&lt;/b&gt; können die von Ihnen erteilten Berechtigungen unter &lt;a href=&quot;https://myapps.microsoft.com&quot;&gt;Meine Apps&lt;/a&gt; widerrufen (wählen Sie MentorDesk und dann &lt;i&gt;Anwendung verwalten&lt;/i&gt;). Persönliche Microsoft-Konten: &lt;a href=&quot;https://account.live.com/consent/Manage&quot;&gt;account.live.com/consent/Manage&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Die &lt;b&gt;Administration&lt;/b&gt; kann sie für alle im Microsoft Entra Admin Center widerrufen: &lt;i&gt;Unternehmensanwendungen&lt;/i&gt; → MentorDesk → &lt;i&gt;Berechtigungen&lt;/i&gt; (oder die oauth2PermissionGrants der App mit Microsoft Graph löschen). Ein Widerruf verhindert nicht, dass später erneut zugestimmt wird.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Permission details</source>
        <translation>Berechtigungsdetails</translation>
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
        <source>Administrator consent link</source>
        <translation>Link zur Administratorzustimmung</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>Copy administrator consent link</source>
        <translation>Link zur Administratorzustimmung kopieren</translation>
    </message>
    <message>
        <source>Retry &amp;consent</source>
        <translation>Zustimmung &amp;erneut anfordern</translation>
    </message>
    <message>
        <source>Retry consent</source>
        <translation>Zustimmung erneut anfordern</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>%1 · %2 · tenant %3</source>
        <translation>%1 · %2 · Mandant %3</translation>
    </message>
    <message>
        <source>personal Microsoft account</source>
        <translation>persönliches Microsoft-Konto</translation>
    </message>
    <message>
        <source>work or school account</source>
        <translation>Geschäfts-, Schul- oder Unikonto</translation>
    </message>
    <message>
        <source>%1 of %2 requested permissions granted. Teams features are %3. Stay signed in is %4.</source>
        <translation>%1 von %2 angeforderten Berechtigungen erteilt. Teams-Funktionen: %3. Angemeldet bleiben: %4.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Ask Microsoft again for the permissions that were not granted.</source>
        <translation>Die nicht erteilten Berechtigungen erneut bei Microsoft anfordern.</translation>
    </message>
    <message>
        <source>Everything requested was granted.</source>
        <translation>Alle angeforderten Berechtigungen wurden erteilt.</translation>
    </message>
    <message>
        <source>Turn Teams features o&amp;ff</source>
        <translation>Teams-Funktionen aus&amp;schalten</translation>
    </message>
    <message>
        <source>Turn Teams features o&amp;n</source>
        <translation>Teams-Funktionen ein&amp;schalten</translation>
    </message>
    <message>
        <source>Teams features need a work or school account; Microsoft does not offer them for personal Microsoft accounts.</source>
        <translation>Teams-Funktionen erfordern ein Geschäfts-, Schul- oder Unikonto; Microsoft bietet sie für persönliche Microsoft-Konten nicht an.</translation>
    </message>
    <message>
        <source>Request approval from &amp;IT…</source>
        <translation>Genehmigung bei der &amp;IT anfordern…</translation>
    </message>
    <message>
        <source>Request approval from IT</source>
        <translation>Genehmigung bei der IT anfordern</translation>
    </message>
    <message>
        <source>Checking with Microsoft whether your administrator has approved MentorDesk…</source>
        <translation>Es wird bei Microsoft geprüft, ob Ihre Administration MentorDesk genehmigt hat…</translation>
    </message>
    <message>
        <source>Nobody is signed in. These are the permissions MentorDesk asks for: the Outlook ones when you sign in, the Teams ones only when you turn Teams features on. Nothing is granted until you accept them at Microsoft.</source>
        <translation>Niemand ist angemeldet. Dies sind die Berechtigungen, die MentorDesk anfordert: die für Outlook bei der Anmeldung, die für Teams erst, wenn Sie die Teams-Funktionen einschalten. Es wird nichts erteilt, bevor Sie sie bei Microsoft akzeptieren.</translation>
    </message>
    <message>
        <source>An administrator of your organisation has to approve &quot;Read the groups you belong to&quot; (Group.Read.All) for MentorDesk once, for everyone. Calendar and booking work meanwhile. Send them the request; after they approve, choose &quot;Check again&quot;.</source>
        <translation>Die Administration Ihrer Organisation muss „Ihre Gruppen lesen“ (Group.Read.All) für MentorDesk einmalig für alle genehmigen. Kalender und Buchungen funktionieren in der Zwischenzeit. Senden Sie ihr die Anfrage; wählen Sie nach der Genehmigung „Erneut prüfen“.</translation>
    </message>
    <message>
        <source>Your organisation lets only administrators approve apps, so signing in stopped before any permission was granted. Send your IT department the request; after they approve, choose &quot;Check again&quot;.</source>
        <translation>In Ihrer Organisation darf nur die Administration Apps genehmigen, daher wurde die Anmeldung beendet, bevor eine Berechtigung erteilt wurde. Senden Sie Ihrer IT-Abteilung die Anfrage; wählen Sie nach der Genehmigung „Erneut prüfen“.</translation>
    </message>
    <message>
        <source>&amp;Cancel check</source>
        <translation>Prüfung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <source>Ask Microsoft whether your administrator has approved MentorDesk; no consent page opens.</source>
        <translation>Bei Microsoft nachfragen, ob Ihre Administration MentorDesk genehmigt hat; es wird keine Zustimmungsseite geöffnet.</translation>
    </message>
</context>
<context>
    <name>MentorDesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Time zone the calendar is shown in</source>
        <translation>Zeitzone, in der der Kalender angezeigt wird</translation>
    </message>
    <message>
        <source>Second time zone in the day and week views</source>
        <translation>Zweite Zeitzone in der Tages- und Wochenansicht</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Second time zone:</source>
        <translation>&amp;Zweite Zeitzone:</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Show &amp;reminders before events</source>
        <translation>&amp;Erinnerungen vor Terminen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Keep MentorDesk in the system tray when its window is closed</source>
        <translation>MentorDesk beim Schließen des Fensters im &amp;Infobereich behalten</translation>
    </message>
    <message>
        <source>Reminders appear only while MentorDesk runs. Nothing runs once you quit it: MentorDesk never reads your calendar in the background.</source>
        <translation>Erinnerungen erscheinen nur, solange MentorDesk läuft. Nach dem Beenden läuft nichts mehr: MentorDesk liest Ihren Kalender nie im Hintergrund.</translation>
    </message>
    <message>
        <source>This desktop has no system tray. Reminders appear while the MentorDesk window is open; nothing runs once you close it.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich. Erinnerungen erscheinen, solange das MentorDesk-Fenster geöffnet ist; nach dem Schließen läuft nichts mehr.</translation>
    </message>
    <message>
        <source>Apply the preferences</source>
        <translation>Einstellungen übernehmen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>MentorDesk::ReminderText</name>
    <message>
        <source>starts now</source>
        <translation>beginnt jetzt</translation>
    </message>
    <message>
        <source>in 1 minute</source>
        <translation>in 1 Minute</translation>
    </message>
    <message numerus="yes">
        <source>in %n minutes</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>started 1 minute ago</source>
        <translation>vor 1 Minute begonnen</translation>
    </message>
    <message numerus="yes">
        <source>started %n minutes ago</source>
        <translation>
            <numerusform>vor %n Minute begonnen</numerusform>
            <numerusform>vor %n Minuten begonnen</numerusform>
        </translation>
    </message>
    <message>
        <source>in 1 hour</source>
        <translation>in 1 Stunde</translation>
    </message>
    <message numerus="yes">
        <source>in %n hours</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>started 1 hour ago</source>
        <translation>vor 1 Stunde begonnen</translation>
    </message>
    <message numerus="yes">
        <source>started %n hours ago</source>
        <translation>
            <numerusform>vor %n Stunde begonnen</numerusform>
            <numerusform>vor %n Stunden begonnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>started %n days ago</source>
        <translation>
            <numerusform>vor %n Tag begonnen</numerusform>
            <numerusform>vor %n Tagen begonnen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(kein Titel)</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MentorDesk::ReminderWindow</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Due reminders</source>
        <translation>Fällige Erinnerungen</translation>
    </message>
    <message>
        <source>Dismiss &amp;all</source>
        <translation>&amp;Alle schließen</translation>
    </message>
    <message>
        <source>Dismiss all reminders</source>
        <translation>Alle Erinnerungen schließen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>A&amp;usblenden</translation>
    </message>
    <message>
        <source>Close the reminders</source>
        <translation>Erinnerungsfenster ausblenden</translation>
    </message>
    <message>
        <source>The reminders stay due; they show again with the next one</source>
        <translation>Die Erinnerungen bleiben fällig und erscheinen mit der nächsten wieder</translation>
    </message>
    <message>
        <source>No reminders are due.</source>
        <translation>Keine Erinnerungen fällig.</translation>
    </message>
    <message>
        <source>1 reminder</source>
        <translation>1 Erinnerung</translation>
    </message>
    <message numerus="yes">
        <source>%n reminders</source>
        <translation>
            <numerusform>%n Erinnerung</numerusform>
            <numerusform>%n Erinnerungen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Teilnehmen</translation>
    </message>
    <message>
        <source>Join %1 in Teams</source>
        <translation>An %1 in Teams teilnehmen</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Erneut erinnern</translation>
    </message>
    <message>
        <source>Snooze %1</source>
        <translation>Erneut erinnern an %1</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Until 5 minutes before start</source>
        <translation>5 Minuten vor Beginn</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Dismiss %1</source>
        <translation>Erinnerung an %1 schließen</translation>
    </message>
    <message>
        <source>MentorDesk could not store this change to send it, so nothing changed. Try again; if it keeps failing, restart MentorDesk.</source>
        <translation>MentorDesk konnte diese Änderung nicht zum Senden speichern, daher hat sich nichts geändert. Versuchen Sie es erneut; wenn es weiterhin fehlschlägt, starten Sie MentorDesk neu.</translation>
    </message>
    <message>
        <source>Scroll the reminders</source>
        <translation>Erinnerungen blättern</translation>
    </message>
</context>
<context>
    <name>MentorDesk::RescheduleDialog</name>
    <message>
        <source>&amp;Keep as it was</source>
        <translation>&amp;Unverändert lassen</translation>
    </message>
    <message>
        <source>&amp;Move session</source>
        <translation>Termin &amp;verschieben</translation>
    </message>
    <message>
        <source>Move session</source>
        <translation>Termin verschieben</translation>
    </message>
    <message>
        <source>Move this session?</source>
        <translation>Diesen Termin verschieben?</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>Neues Datum</translation>
    </message>
    <message>
        <source>New start time</source>
        <translation>Neue Startzeit</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>The whole &amp;series (every session moves by the same amount)</source>
        <translation>Die gesamte &amp;Serie (alle Termine werden um dieselbe Zeitspanne verschoben)</translation>
    </message>
    <message>
        <source>Your attendees get an updated invitation.</source>
        <translation>Ihre Teilnehmer erhalten eine aktualisierte Einladung.</translation>
    </message>
    <message>
        <source>Keep as it was</source>
        <translation>Unverändert lassen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You have another event then: %1</source>
        <translation>Sie haben zu dieser Zeit einen anderen Termin: %1</translation>
    </message>
    <message>
        <source>You have %1 other events then: %2</source>
        <translation>Sie haben zu dieser Zeit %1 andere Termine: %2</translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation>Wird verschoben…</translation>
    </message>
    <message>
        <source>&amp;at</source>
        <translation>u&amp;m</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <source>%1 does not exist on that day (the clocks change); the session starts at %2.</source>
        <translation>%1 gibt es an diesem Tag nicht (Zeitumstellung); der Termin beginnt um %2.</translation>
    </message>
</context>
<context>
    <name>MentorDesk::RespondDialog</name>
    <message>
        <source>Accept invitation</source>
        <translation>Einladung annehmen</translation>
    </message>
    <message>
        <source>Tentatively accept invitation</source>
        <translation>Einladung mit Vorbehalt annehmen</translation>
    </message>
    <message>
        <source>Decline invitation</source>
        <translation>Einladung ablehnen</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(kein Titel)</translation>
    </message>
    <message>
        <source>Answer for</source>
        <translation>Antwort für</translation>
    </message>
    <message>
        <source>&amp;This occurrence</source>
        <translation>&amp;Diesen Termin</translation>
    </message>
    <message>
        <source>This occurrence</source>
        <translation>Diesen Termin</translation>
    </message>
    <message>
        <source>The &amp;whole series</source>
        <translation>Die &amp;gesamte Serie</translation>
    </message>
    <message>
        <source>The whole series</source>
        <translation>Die gesamte Serie</translation>
    </message>
    <message>
        <source>&amp;Message to the organiser (optional)</source>
        <translation>&amp;Nachricht an den Organisator (optional)</translation>
    </message>
    <message>
        <source>Message to the organiser</source>
        <translation>Nachricht an den Organisator</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t send a response</source>
        <translation>&amp;Keine Antwort senden</translation>
    </message>
    <message>
        <source>Don&apos;t send a response</source>
        <translation>Keine Antwort senden</translation>
    </message>
    <message>
        <source>Answer in your calendar only; the organiser is not told</source>
        <translation>Nur in Ihrem Kalender antworten; der Organisator erfährt nichts</translation>
    </message>
    <message>
        <source>&amp;Propose a new time</source>
        <translation>Neue &amp;Zeit vorschlagen</translation>
    </message>
    <message>
        <source>Propose a new time</source>
        <translation>Neue Zeit vorschlagen</translation>
    </message>
    <message>
        <source>Proposed date</source>
        <translation>Vorgeschlagenes Datum</translation>
    </message>
    <message>
        <source>Proposed start</source>
        <translation>Vorgeschlagener Beginn</translation>
    </message>
    <message>
        <source>Proposed end</source>
        <translation>Vorgeschlagenes Ende</translation>
    </message>
    <message>
        <source>Dat&amp;e</source>
        <translation>Dat&amp;um</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <extracomment>%1 the zone&apos;s name, e.g. Europe/Berlin</extracomment>
        <translation>Zeiten in %1</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>Zu&amp;sagen</translation>
    </message>
    <message>
        <source>&amp;Send tentative</source>
        <translation>&amp;Mit Vorbehalt senden</translation>
    </message>
    <message>
        <source>Dec&amp;line</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>MentorDesk::Sandbox::ConsentPage</name>
    <message>
        <source>Admin consent required; already granted for your organization.</source>
        <translation>Administratorzustimmung erforderlich; für Ihre Organisation bereits erteilt.</translation>
    </message>
    <message>
        <source>Admin consent required.</source>
        <translation>Administratorzustimmung erforderlich.</translation>
    </message>
    <message>
        <source>Permissions requested</source>
        <translation>Angeforderte Berechtigungen</translation>
    </message>
    <message>
        <source>%1 (unverified) would like to:</source>
        <translation>%1 (nicht überprüft) möchte Folgendes:</translation>
    </message>
    <message>
        <source>Accepting these permissions means that you allow this app to use your data as specified in their terms of service and privacy statement. It will return you to %1. Organization: %2.</source>
        <translation>Wenn Sie diese Berechtigungen akzeptieren, erlauben Sie dieser App, Ihre Daten gemäß ihren Nutzungsbedingungen und ihrer Datenschutzerklärung zu verwenden. Sie werden zu %1 zurückgeleitet. Organisation: %2.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Akzeptieren</translation>
    </message>
    <message>
        <source>Need admin approval</source>
        <translation>Administratorgenehmigung erforderlich</translation>
    </message>
    <message>
        <source>%1 needs permission to access resources in your organization that only an admin can grant. Please ask an admin to grant permission to this app before you can use it.</source>
        <translation>%1 benötigt die Berechtigung für den Zugriff auf Ressourcen in Ihrer Organisation, die nur ein Administrator erteilen kann. Bitten Sie einen Administrator, dieser App die Berechtigung zu erteilen, bevor Sie sie verwenden.</translation>
    </message>
    <message>
        <source>Return to the application without granting consent</source>
        <translation>Ohne Zustimmung zur Anwendung zurückkehren</translation>
    </message>
    <message>
        <source>Permissions requested: Accept for your organization</source>
        <translation>Angeforderte Berechtigungen: Für Ihre Organisation akzeptieren</translation>
    </message>
    <message>
        <source>%1 would like to do the following for everyone in %2:</source>
        <translation>%1 möchte Folgendes für alle Personen in %2 tun:</translation>
    </message>
    <message>
        <source>Sorry, but we&apos;re having trouble signing you in.</source>
        <translation>Leider ist bei Ihrer Anmeldung ein Problem aufgetreten.</translation>
    </message>
    <message>
        <source>Sign in to your account</source>
        <translation>Bei Ihrem Konto anmelden</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>You signed out of your account</source>
        <translation>Sie haben sich von Ihrem Konto abgemeldet</translation>
    </message>
    <message>
        <source>Already granted for your organization.</source>
        <translation>Für Ihre Organisation bereits erteilt.</translation>
    </message>
    <message>
        <source>Permissions granted</source>
        <translation>Berechtigungen erteilt</translation>
    </message>
    <message>
        <source>Approved: %1 may now be used in %2. You can close this page.</source>
        <translation>Genehmigt: %1 kann jetzt in %2 verwendet werden. Sie können diese Seite schließen.</translation>
    </message>
    <message>
        <source>The request was not completed</source>
        <translation>Die Anfrage wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>You can close this page.</source>
        <translation>Sie können diese Seite schließen.</translation>
    </message>
    <message>
        <source>Nothing to do here</source>
        <translation>Hier gibt es nichts zu tun</translation>
    </message>
    <message>
        <source>This page is where the sign-in service sends its answers for desktop apps. You can close it.</source>
        <translation>An diese Seite sendet der Anmeldedienst seine Antworten für Desktop-Apps. Sie können sie schließen.</translation>
    </message>
    <message>
        <source>MentorDesk sandbox</source>
        <translation>MentorDesk-Sandbox</translation>
    </message>
</context>
<context>
    <name>MentorDesk::Sandbox::SandboxServer</name>
    <message>
        <source>The sandbox listens on loopback only (127.0.0.1 or ::1), not on %1.</source>
        <translation>Die Sandbox lauscht nur auf Loopback (127.0.0.1 oder ::1), nicht auf %1.</translation>
    </message>
</context>
<context>
    <name>MentorDesk::SchedulingStrip</name>
    <message>
        <source>Free/busy on the chosen day</source>
        <translation>Frei/Gebucht am gewählten Tag</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <translation>Außerhalb der Arbeitszeit</translation>
    </message>
    <message>
        <source>Chosen time</source>
        <translation>Gewählte Zeit</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>No free/busy available</source>
        <translation>Keine Frei/Gebucht-Zeiten verfügbar</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: no free/busy available</source>
        <translation>%1: keine Frei/Gebucht-Zeiten verfügbar</translation>
    </message>
    <message>
        <source>%1: %2. Enter sets the start time.</source>
        <extracomment>%1 a time, %2 who is free or busy then; read by screen readers as the strip&apos;s cursor moves</extracomment>
        <translation>%1: %2. Eingabe setzt die Anfangszeit.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
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
        <translation>Bei der Anmeldung angefordert: Ihr Profil und Ihre Kalender.</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Requested only when you turn on Teams features: your teams, their channels, and posting to a channel.</source>
        <translation>Nur angefordert, wenn Sie die Teams-Funktionen einschalten: Ihre Teams, deren Kanäle und das Posten in einem Kanal.</translation>
    </message>
    <message>
        <source>Sign you in</source>
        <translation>Sie anmelden</translation>
    </message>
    <message>
        <source>Sign you in with your work or school account.</source>
        <translation>Sie mit Ihrem Geschäfts-, Schul- oder Unikonto anmelden.</translation>
    </message>
    <message>
        <source>Signing in itself: MentorDesk learns who you are, not your password.</source>
        <translation>Die Anmeldung selbst: MentorDesk erfährt, wer Sie sind, aber nicht Ihr Kennwort.</translation>
    </message>
    <message>
        <source>Read your profile</source>
        <translation>Ihr Profil lesen</translation>
    </message>
    <message>
        <source>Read your profile (name, email address, photo) and basic information about your organisation.</source>
        <translation>Ihr Profil (Name, E-Mail-Adresse, Foto) und grundlegende Informationen über Ihre Organisation lesen.</translation>
    </message>
    <message>
        <source>To show who is signed in and to address invitations from you.</source>
        <translation>Um anzuzeigen, wer angemeldet ist, und um Einladungen mit Ihnen als Absender zu adressieren.</translation>
    </message>
    <message>
        <source>Read your email address</source>
        <translation>Ihre E-Mail-Adresse lesen</translation>
    </message>
    <message>
        <source>Read your primary email address (not your mail).</source>
        <translation>Ihre primäre E-Mail-Adresse lesen (nicht Ihre E-Mails).</translation>
    </message>
    <message>
        <source>To identify you and to put your address on the invitations you send.</source>
        <translation>Um Sie zu identifizieren und Ihre Adresse in die Einladungen einzutragen, die Sie senden.</translation>
    </message>
    <message>
        <source>Read calendars shared with you</source>
        <translation>Für Sie freigegebene Kalender lesen</translation>
    </message>
    <message>
        <source>Read events in all calendars you can access, including calendars colleagues share with you or delegate to you.</source>
        <translation>Termine in allen Kalendern lesen, auf die Sie zugreifen können, einschließlich Kalendern, die Kolleginnen und Kollegen für Sie freigeben oder an Sie delegieren.</translation>
    </message>
    <message>
        <source>To show your colleagues&apos; shared calendars next to yours and to find times when everyone is free.</source>
        <translation>Um die freigegebenen Kalender Ihrer Kolleginnen und Kollegen neben Ihrem eigenen anzuzeigen und Zeiten zu finden, zu denen alle frei sind.</translation>
    </message>
    <message>
        <source>Read and write your calendars</source>
        <translation>Ihre Kalender lesen und schreiben</translation>
    </message>
    <message>
        <source>Create, read, update and delete events in your own calendars.</source>
        <translation>Termine in Ihren eigenen Kalendern erstellen, lesen, aktualisieren und löschen.</translation>
    </message>
    <message>
        <source>To show your calendar and to book, reschedule and cancel mentoring sessions in it.</source>
        <translation>Um Ihren Kalender anzuzeigen und darin Mentoring-Termine zu buchen, zu verschieben und abzusagen.</translation>
    </message>
    <message>
        <source>Create Teams meeting links</source>
        <translation>Teams-Besprechungslinks erstellen</translation>
    </message>
    <message>
        <source>Create and read online meetings as you.</source>
        <translation>Onlinebesprechungen in Ihrem Namen erstellen und lesen.</translation>
    </message>
    <message>
        <source>For &quot;Just give me a Teams link&quot;: a meeting link for a session arranged elsewhere, without a calendar entry.</source>
        <translation>Für „Nur einen Teams-Link erstellen“: ein Besprechungslink für einen anderweitig vereinbarten Termin, ohne Kalendereintrag.</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>Angemeldet bleiben</translation>
    </message>
    <message>
        <source>Keep access to the data you gave MentorDesk access to while you are not signing in again (a refresh token, kept in your system keychain).</source>
        <translation>Den Zugriff auf die Daten, für die Sie MentorDesk Zugriff gewährt haben, auch ohne erneute Anmeldung behalten (ein Aktualisierungstoken, gespeichert in Ihrem System-Schlüsselbund).</translation>
    </message>
    <message>
        <source>Only if you turn on &quot;Stay signed in&quot;: MentorDesk then renews its access without asking you to sign in every hour. Off by default.</source>
        <translation>Nur wenn Sie „Angemeldet bleiben“ einschalten: MentorDesk erneuert dann seinen Zugriff, ohne Sie jede Stunde zur Anmeldung aufzufordern. Standardmäßig ausgeschaltet.</translation>
    </message>
    <message>
        <source>Read the groups you belong to</source>
        <translation>Ihre Gruppen lesen</translation>
    </message>
    <message>
        <source>Read the Microsoft 365 groups you can access: their names, properties and membership.</source>
        <translation>Die Microsoft 365-Gruppen lesen, auf die Sie zugreifen können: ihre Namen, Eigenschaften und Mitglieder.</translation>
    </message>
    <message>
        <source>To list the teams you belong to, so you can pick a channel. Microsoft offers no narrower permission that this app can use for it.</source>
        <translation>Um die Teams aufzulisten, denen Sie angehören, damit Sie einen Kanal auswählen können. Microsoft bietet dafür keine enger gefasste Berechtigung an, die diese App verwenden kann.</translation>
    </message>
    <message>
        <source>Read channel names</source>
        <translation>Kanalnamen lesen</translation>
    </message>
    <message>
        <source>Read the names and descriptions of channels in your teams.</source>
        <translation>Die Namen und Beschreibungen der Kanäle in Ihren Teams lesen.</translation>
    </message>
    <message>
        <source>To let you pick the channel to post to.</source>
        <translation>Damit Sie den Kanal auswählen können, in dem Sie posten.</translation>
    </message>
    <message>
        <source>Post to channels</source>
        <translation>In Kanälen posten</translation>
    </message>
    <message>
        <source>Send messages to channels as you.</source>
        <translation>Nachrichten in Ihrem Namen an Kanäle senden.</translation>
    </message>
    <message>
        <source>To post your announcements and session notes to the channel you choose. MentorDesk never reads channel messages.</source>
        <translation>Um Ihre Ankündigungen und Terminnotizen in dem von Ihnen gewählten Kanal zu posten. MentorDesk liest niemals Kanalnachrichten.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Your name, address and photo</source>
        <translation>Ihr Name, Ihre Adresse und Ihr Foto</translation>
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
        <translation>Vorgeschlagene freie Zeiten</translation>
    </message>
    <message>
        <source>Book mentoring sessions</source>
        <translation>Mentoring-Termine buchen</translation>
    </message>
    <message>
        <source>Teams meeting in invitations</source>
        <translation>Teams-Besprechung in Einladungen</translation>
    </message>
    <message>
        <source>Reschedule and cancel sessions</source>
        <translation>Termine verschieben und absagen</translation>
    </message>
    <message>
        <source>Standalone Teams meeting links</source>
        <translation>Eigenständige Teams-Besprechungslinks</translation>
    </message>
    <message>
        <source>Your teams</source>
        <translation>Ihre Teams</translation>
    </message>
    <message>
        <source>Channels of your teams</source>
        <translation>Kanäle Ihrer Teams</translation>
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
        <translation>Genehmigung durch die Administration: je nach Einstellungen Ihrer Organisation möglicherweise nötig</translation>
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
        <translation>Schaltet ein: %1</translation>
    </message>
    <message>
        <source>Without it, these are off: %1</source>
        <translation>Ohne sie ist Folgendes ausgeschaltet: %1</translation>
    </message>
    <message>
        <source>Used for: %1</source>
        <translation>Verwendet für: %1</translation>
    </message>
    <message>
        <source>Permission %1: %2</source>
        <translation>Berechtigung %1: %2</translation>
    </message>
</context>
<context>
    <name>MentorDesk::SessionAnnouncement</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Mentoring session</source>
        <translation>Mentoring-Termin</translation>
    </message>
    <message>
        <source>Mentoring session: %1</source>
        <translation>Mentoring-Termin: %1</translation>
    </message>
    <message>
        <source>When: %1 (all day)</source>
        <translation>Wann: %1 (ganztägig)</translation>
    </message>
    <message>
        <source>When: %1 (%2)</source>
        <translation>Wann: %1 (%2)</translation>
    </message>
    <message>
        <source>In UTC: %1</source>
        <translation>In UTC: %1</translation>
    </message>
    <message>
        <source>Join the Teams meeting</source>
        <translation>An der Teams-Besprechung teilnehmen</translation>
    </message>
</context>
<context>
    <name>MentorDesk::SessionChangeDialog</name>
    <message>
        <source>Only &amp;this session</source>
        <translation>Nur diesen &amp;Termin</translation>
    </message>
    <message>
        <source>Only this session</source>
        <translation>Nur diesen Termin</translation>
    </message>
    <message>
        <source>The whole series</source>
        <translation>Die gesamte Serie</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>MentorDesk::SessionChangePlanner</name>
    <message>
        <source>The session must end after it starts.</source>
        <translation>Der Termin muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>A session cannot be moved into the past.</source>
        <translation>Ein Termin kann nicht in die Vergangenheit verschoben werden.</translation>
    </message>
    <message>
        <source>Reading the series…</source>
        <translation>Serie wird gelesen…</translation>
    </message>
    <message>
        <source>Not moved.</source>
        <translation>Nicht verschoben.</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <extracomment>outbox label: &quot;Move “Mentoring: Priya” to Fri 27 Nov 2026, 10:00 – 11:00&quot;</extracomment>
        <translation>„%1“ auf %2 verschieben</translation>
    </message>
    <message>
        <source>The change could not be saved for sending. Try again.</source>
        <translation>Die Änderung konnte nicht zum Senden gespeichert werden. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Moving the session…</source>
        <translation>Termin wird verschoben…</translation>
    </message>
    <message>
        <source>Cancel the series “%1”</source>
        <extracomment>outbox label</extracomment>
        <translation>Serie „%1“ absagen</translation>
    </message>
    <message>
        <source>Cancel “%1” on %2</source>
        <translation>„%1“ am %2 absagen</translation>
    </message>
    <message>
        <source>The cancellation could not be saved for sending. Try again.</source>
        <translation>Die Absage konnte nicht zum Senden gespeichert werden. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cancelling the series…</source>
        <translation>Serie wird abgesagt…</translation>
    </message>
    <message>
        <source>Cancelling the session…</source>
        <translation>Termin wird abgesagt…</translation>
    </message>
</context>
<context>
    <name>MentorDesk::SessionDraft</name>
    <message>
        <source>Mentoring session</source>
        <translation>Mentoring-Termin</translation>
    </message>
    <message>
        <source>Mentoring: %1</source>
        <extracomment>%1: the mentees&apos; names, comma-separated</extracomment>
        <translation>Mentoring: %1</translation>
    </message>
</context>
<context>
    <name>MentorDesk::SignInFlow</name>
    <message>
        <source>the token endpoint did not answer</source>
        <translation>der Token-Endpunkt hat nicht geantwortet</translation>
    </message>
    <message>
        <source>no application (client) ID is configured; set it in the sign-in settings</source>
        <translation>es ist keine Anwendungs-ID (Client) konfiguriert; legen Sie sie in den Anmeldeeinstellungen fest</translation>
    </message>
    <message>
        <source>MentorDesk could not open a local port for the browser&apos;s answer</source>
        <translation>MentorDesk konnte keinen lokalen Port für die Antwort des Browsers öffnen</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Anmeldung nicht abgeschlossen</translation>
    </message>
    <message>
        <source>The answer contained no code.</source>
        <translation>Die Antwort enthielt keinen Code.</translation>
    </message>
    <message>
        <source>the redirect carried neither a code nor an error</source>
        <translation>die Umleitung enthielt weder einen Code noch einen Fehler</translation>
    </message>
    <message>
        <source>You are signed in</source>
        <translation>Sie sind angemeldet</translation>
    </message>
    <message>
        <source>You can close this tab and return to MentorDesk. Do not share this page&apos;s address with anyone.</source>
        <translation>Sie können diesen Tab schließen und zu MentorDesk zurückkehren. Geben Sie die Adresse dieser Seite an niemanden weiter.</translation>
    </message>
    <message>
        <source>no ID token was returned</source>
        <translation>es wurde kein ID-Token zurückgegeben</translation>
    </message>
</context>
<context>
    <name>MentorDesk::SignInProgressPanel</name>
    <message>
        <source>Sign-in in progress</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Cop&amp;y sign-in address</source>
        <translation>Anmeldeadresse &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy sign-in address</source>
        <translation>Anmeldeadresse kopieren</translation>
    </message>
    <message>
        <source>If your browser did not open, or opened where you cannot sign in, paste this address into a browser on this computer.</source>
        <translation>Falls sich Ihr Browser nicht geöffnet hat oder sich dort geöffnet hat, wo Sie sich nicht anmelden können, fügen Sie diese Adresse in einen Browser auf diesem Computer ein.</translation>
    </message>
    <message>
        <source>&amp;Cancel sign-in</source>
        <translation>Anmeldung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>MentorDesk could not open your browser. Open this address in a browser on this computer to continue:</source>
        <translation>MentorDesk konnte Ihren Browser nicht öffnen. Öffnen Sie diese Adresse in einem Browser auf diesem Computer, um fortzufahren:</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>Finish signing in as %1 in your browser. MentorDesk is waiting for it…</source>
        <translation>Schließen Sie die Anmeldung als %1 in Ihrem Browser ab. MentorDesk wartet darauf…</translation>
    </message>
    <message>
        <source>Sign in again as %1 in your browser. MentorDesk is waiting for it; everything you were doing is kept.</source>
        <translation>Melden Sie sich in Ihrem Browser erneut als %1 an. MentorDesk wartet darauf; alles, woran Sie gerade gearbeitet haben, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Sign in again in your browser. MentorDesk is waiting for it; everything you were doing is kept.</source>
        <translation>Melden Sie sich in Ihrem Browser erneut an. MentorDesk wartet darauf; alles, woran Sie gerade gearbeitet haben, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Your browser is open to approve the Teams permissions for %1. MentorDesk is waiting for it…</source>
        <translation>Ihr Browser ist geöffnet, damit Sie den Teams-Berechtigungen für %1 zustimmen können. MentorDesk wartet darauf…</translation>
    </message>
    <message>
        <source>Your browser is open to approve the Teams permissions. MentorDesk is waiting for it…</source>
        <translation>Ihr Browser ist geöffnet, damit Sie den Teams-Berechtigungen zustimmen können. MentorDesk wartet darauf…</translation>
    </message>
    <message>
        <source>Choose the account to add in your browser. MentorDesk is waiting for it…</source>
        <translation>Wählen Sie in Ihrem Browser das Konto aus, das hinzugefügt werden soll. MentorDesk wartet darauf…</translation>
    </message>
    <message>
        <source>Checking with Microsoft whether your administrator has approved MentorDesk. Your browser opens briefly and shows no consent page…</source>
        <translation>Es wird bei Microsoft geprüft, ob Ihre Administration MentorDesk genehmigt hat. Ihr Browser öffnet sich kurz und zeigt keine Zustimmungsseite an…</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. MentorDesk is waiting for it…</source>
        <translation>Schließen Sie die Anmeldung in Ihrem Browser ab. MentorDesk wartet darauf…</translation>
    </message>
    <message>
        <source>Reading the sign-in configuration…</source>
        <translation>Anmeldekonfiguration wird gelesen…</translation>
    </message>
    <message>
        <source>Completing sign-in…</source>
        <translation>Anmeldung wird abgeschlossen…</translation>
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
        <translation>MentorDesk meldet Sie über die App-Registrierung Ihrer Organisation in Microsoft Entra ID an. Ihre Administration kann Ihnen deren Anwendungs-ID (Client) nennen; in der README wird erklärt, wie Sie eine App registrieren.</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Anwendungs-ID (Client)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>organizations, a tenant ID or a domain</source>
        <translation>organizations, eine Mandanten-ID oder eine Domäne</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Application (&amp;client) ID:</source>
        <translation>Anwendungs-ID (&amp;Client):</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>C&amp;loud:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <source>Sign-in authority URL</source>
        <translation>URL der Anmeldeautorität</translation>
    </message>
    <message>
        <source>from cloud and tenant</source>
        <translation>aus Cloud und Mandant</translation>
    </message>
    <message>
        <source>Microsoft Graph URL</source>
        <translation>Microsoft Graph-URL</translation>
    </message>
    <message>
        <source>from cloud</source>
        <translation>aus der Cloud</translation>
    </message>
    <message>
        <source>Sign-in timeout in seconds</source>
        <translation>Zeitlimit für die Anmeldung in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Sign-in &amp;authority:</source>
        <translation>Anmelde&amp;autorität:</translation>
    </message>
    <message>
        <source>Microsoft &amp;Graph:</source>
        <translation>Microsoft &amp;Graph:</translation>
    </message>
    <message>
        <source>Sign-in ti&amp;meout:</source>
        <translation>Anmelde-&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The application (client) ID is a GUID such as 5d2c8a3e-6b1f-4f0e-9a57-0c3d4e5f6a7b.</source>
        <translation>Die Anwendungs-ID (Client) ist eine GUID wie 5d2c8a3e-6b1f-4f0e-9a57-0c3d4e5f6a7b.</translation>
    </message>
    <message>
        <source>C&amp;ustom cloud: trust these two addresses</source>
        <translation>&amp;Benutzerdefinierte Cloud: diesen beiden Adressen vertrauen</translation>
    </message>
    <message>
        <source>Custom cloud</source>
        <translation>Benutzerdefinierte Cloud</translation>
    </message>
    <message>
        <source>Only for an identity provider and Graph your administrator runs outside Microsoft&apos;s clouds. Your sign-in and your Microsoft Graph tokens go to these addresses: never turn this on because a message asks you to.</source>
        <translation>Nur für einen Identitätsanbieter und einen Graph-Dienst, die Ihre Administration außerhalb der Microsoft-Clouds betreibt. Ihre Anmeldung und Ihre Microsoft Graph-Token gehen an diese Adressen: Schalten Sie dies niemals ein, nur weil eine Nachricht Sie dazu auffordert.</translation>
    </message>
</context>
<context>
    <name>MentorDesk::SingleInstance</name>
    <message>
        <source>MentorDesk could not create its lock file, so it cannot make sure it runs only once.</source>
        <translation>MentorDesk konnte seine Sperrdatei nicht erstellen und kann daher nicht sicherstellen, dass es nur einmal läuft.</translation>
    </message>
    <message>
        <source>MentorDesk is already running but did not answer. Close it, or end it in your system&apos;s task manager, and start MentorDesk again.</source>
        <translation>MentorDesk läuft bereits, hat aber nicht geantwortet. Schließen Sie es, oder beenden Sie es im Task-Manager Ihres Systems, und starten Sie MentorDesk erneut.</translation>
    </message>
</context>
<context>
    <name>MentorDesk::SuggestionsPanel</name>
    <message>
        <source>Suggested times</source>
        <translation>Vorgeschlagene Zeiten</translation>
    </message>
    <message>
        <source>&amp;Find times</source>
        <translation>Zeiten su&amp;chen</translation>
    </message>
    <message>
        <source>Suggest times from</source>
        <translation>Zeiten vorschlagen ab</translation>
    </message>
    <message>
        <source>Suggest times until</source>
        <translation>Zeiten vorschlagen bis</translation>
    </message>
    <message>
        <source>Find times</source>
        <translation>Zeiten suchen</translation>
    </message>
    <message>
        <source>Look for times when you and your mentees are free, within working hours.</source>
        <translation>Nach Zeiten innerhalb der Arbeitszeit suchen, zu denen Sie und Ihre Mentees frei sind.</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>V&amp;on</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>Bi&amp;s</translation>
    </message>
    <message>
        <source>Find times looks for times when you and your mentees are free, within working hours.</source>
        <translation>„Zeiten suchen“ sucht nach Zeiten innerhalb der Arbeitszeit, zu denen Sie und Ihre Mentees frei sind.</translation>
    </message>
    <message>
        <source>Looking for free times…</source>
        <translation>Freie Zeiten werden gesucht…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>Stopped. Press Find times to try again.</source>
        <translation>Angehalten. Klicken Sie auf „Zeiten suchen“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>You are free</source>
        <translation>Sie sind frei</translation>
    </message>
    <message>
        <source>%1 · confidence %2%</source>
        <extracomment>&quot;Everyone is free · confidence 100%&quot; (Graph&apos;s confidence that everyone can attend)</extracomment>
        <translation>%1 · Wahrscheinlichkeit %2 %</translation>
    </message>
    <message>
        <source>Click a time to use it.</source>
        <translation>Klicken Sie auf eine Zeit, um sie zu übernehmen.</translation>
    </message>
</context>
<context>
    <name>MentorDesk::TeamListModel</name>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>%1, archived, read-only</source>
        <translation>%1, archiviert, schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>MentorDesk::TeamsService</name>
    <message>
        <source>MentorDesk cannot store the post before sending it, so it was not sent. Restart MentorDesk and try again.</source>
        <translation>MentorDesk kann den Beitrag vor dem Senden nicht speichern, daher wurde er nicht gesendet. Starten Sie MentorDesk neu, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Choose a team and a channel first.</source>
        <translation>Wählen Sie zuerst ein Team und einen Kanal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is archived: its channels are read-only, so nothing can be posted there.</source>
        <translation>„%1“ ist archiviert: Seine Kanäle sind schreibgeschützt, daher kann dort nichts gepostet werden.</translation>
    </message>
    <message>
        <source>Post to %1: %2</source>
        <translation>Beitrag in %1: %2</translation>
    </message>
    <message>
        <source>Waiting for its turn…</source>
        <translation>Wartet, bis er an der Reihe ist…</translation>
    </message>
    <message>
        <source>MentorDesk could not store the post before sending it, so it was not sent. Try again.</source>
        <translation>MentorDesk konnte den Beitrag vor dem Senden nicht speichern, daher wurde er nicht gesendet. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>MentorDesk could not confirm whether this post arrived in %1. Look at the channel in Teams: if it is not there, choose Retry; if it is, choose Discard. It is never sent again by itself.</source>
        <translation>MentorDesk konnte nicht bestätigen, ob dieser Beitrag in %1 angekommen ist. Sehen Sie im Kanal in Teams nach: Ist er nicht da, wählen Sie „Wiederholen“; ist er da, wählen Sie „Verwerfen“. Er wird nie von selbst erneut gesendet.</translation>
    </message>
    <message>
        <source>Posted to %1.</source>
        <translation>In %1 gepostet.</translation>
    </message>
    <message>
        <source>Discarded.</source>
        <translation>Verworfen.</translation>
    </message>
    <message>
        <source>Teams did not accept the post in %1: you may no longer be allowed to post there (the team may be archived or you may have left it), or a permission is missing (see Permissions). Your text is kept.</source>
        <translation>Teams hat den Beitrag in %1 nicht angenommen: Möglicherweise dürfen Sie dort nicht mehr posten (vielleicht ist das Team archiviert, oder Sie haben es verlassen), oder eine Berechtigung fehlt (siehe „Berechtigungen“). Ihr Text bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1 no longer exists, or you are no longer a member. Choose another channel; your text is kept.</source>
        <translation>%1 existiert nicht mehr, oder Sie sind kein Mitglied mehr. Wählen Sie einen anderen Kanal; Ihr Text bleibt erhalten.</translation>
    </message>
    <message>
        <source>Your text is kept.</source>
        <translation>Ihr Text bleibt erhalten.</translation>
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
    <name>MentorDesk::TimeGridView</name>
    <message>
        <source>Arrow keys move the day and time, Ctrl+Up/Down pick an event, Enter opens it or books the free time; drag over free time to book it; Ctrl+wheel zooms</source>
        <translation>Pfeiltasten wechseln Tag und Uhrzeit, Strg+Pfeil nach oben/unten wählt einen Termin, die Eingabetaste öffnet ihn oder bucht die freie Zeit; ziehen Sie über freie Zeit, um sie zu buchen; Strg+Mausrad zoomt</translation>
    </message>
    <message>
        <source>Week view</source>
        <translation>Wochenansicht</translation>
    </message>
    <message>
        <source>Day view, %1</source>
        <translation>Tagesansicht, %1</translation>
    </message>
    <message>
        <source>Week view, %1 to %2</source>
        <translation>Wochenansicht, %1 bis %2</translation>
    </message>
    <message>
        <source>Selected time: %1, %2 to %3, free. Enter books a session here.</source>
        <translation>Ausgewählte Zeit: %1, %2 bis %3, frei. Die Eingabetaste bucht hier einen Termin.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(kein Titel)</translation>
    </message>
    <message>
        <source>New session %1</source>
        <translation>Neuer Termin %1</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
</context>
<context>
    <name>MentorDesk::TimeZoneComboBox</name>
    <message>
        <source>System time zone (%1)</source>
        <translation>Systemzeitzone (%1)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>UTC%1%2:%3</source>
        <translation>UTC%1%2:%3</translation>
    </message>
</context>
<context>
    <name>MentorDesk::TokenSet</name>
    <message>
        <source>the answer contains no access token</source>
        <translation>die Antwort enthält kein Zugriffstoken</translation>
    </message>
    <message>
        <source>unsupported token type %1</source>
        <translation>nicht unterstützter Tokentyp %1</translation>
    </message>
</context>
<context>
    <name>MentorDesk::TokenStore</name>
    <message>
        <source>No system keychain is available. MentorDesk keeps your sign-in in memory only, so you will have to sign in again the next time you start it. Install or unlock GNOME Keyring or KWallet to stay signed in.</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar. MentorDesk behält Ihre Anmeldung nur im Arbeitsspeicher, daher müssen Sie sich beim nächsten Start erneut anmelden. Installieren oder entsperren Sie GNOME Keyring oder KWallet, um angemeldet zu bleiben.</translation>
    </message>
    <message>
        <source>The Windows Credential Manager is not available. MentorDesk keeps your sign-in in memory only, so you will have to sign in again the next time you start it.</source>
        <translation>Die Windows-Anmeldeinformationsverwaltung ist nicht verfügbar. MentorDesk behält Ihre Anmeldung nur im Arbeitsspeicher, daher müssen Sie sich beim nächsten Start erneut anmelden.</translation>
    </message>
    <message>
        <source>Your macOS keychain is not available. MentorDesk keeps your sign-in in memory only, so you will have to sign in again the next time you start it. Unlock your login keychain in Keychain Access, or allow MentorDesk to use it, to stay signed in.</source>
        <translation>Ihr macOS-Schlüsselbund ist nicht verfügbar. MentorDesk behält Ihre Anmeldung nur im Arbeitsspeicher, daher müssen Sie sich beim nächsten Start erneut anmelden. Entsperren Sie Ihren Anmeldeschlüsselbund in der Schlüsselbundverwaltung oder erlauben Sie MentorDesk, ihn zu verwenden, um angemeldet zu bleiben.</translation>
    </message>
    <message>
        <source>the sign-in data is too large for the keychain</source>
        <translation>die Anmeldedaten sind zu groß für den Schlüsselbund</translation>
    </message>
    <message>
        <source>the stored sign-in is unreadable</source>
        <translation>die gespeicherte Anmeldung ist nicht lesbar</translation>
    </message>
    <message>
        <source>part of the stored sign-in is missing</source>
        <translation>ein Teil der gespeicherten Anmeldung fehlt</translation>
    </message>
    <message>
        <source>Your keyring is locked, so MentorDesk cannot use the sign-in saved there. Nothing was deleted: unlock the keyring and restart MentorDesk to use it again. Until then, a sign-in lasts only while MentorDesk runs.</source>
        <translation>Ihr Schlüsselbund ist gesperrt, deshalb kann MentorDesk die dort gespeicherte Anmeldung nicht verwenden. Es wurde nichts gelöscht: Entsperren Sie den Schlüsselbund und starten Sie MentorDesk neu, um sie wieder zu verwenden. Bis dahin gilt eine Anmeldung nur, solange MentorDesk läuft.</translation>
    </message>
</context>
<context>
    <name>MentorDesk::WelcomePage</name>
    <message>
        <source>MentorDesk logo</source>
        <translation>MentorDesk-Logo</translation>
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
        <translation>Demo-Mandanten ausprobieren</translation>
    </message>
    <message>
        <source>A built-in imitation of Microsoft 365 on this computer: try everything without an account.</source>
        <translation>Eine integrierte Nachbildung von Microsoft 365 auf diesem Computer: Probieren Sie alles ohne Konto aus.</translation>
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
        <source>You are on the demo tenant: a local imitation of Microsoft 365 on this computer. Everything works as with a real account, and nothing leaves this computer.</source>
        <translation>Sie verwenden den Demo-Mandanten: eine lokale Nachbildung von Microsoft 365 auf diesem Computer. Alles funktioniert wie mit einem echten Konto, und nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>&amp;Sign in to the demo tenant</source>
        <translation>Beim Demo-Mandanten &amp;anmelden</translation>
    </message>
    <message>
        <source>Your Outlook calendars, Teams mentoring sessions and channel posts, with delegated permissions only: you see every permission before you consent.</source>
        <translation>Ihre Outlook-Kalender, Mentoring-Termine in Teams und Kanalbeiträge – ausschließlich mit delegierten Berechtigungen: Sie sehen jede Berechtigung, bevor Sie zustimmen.</translation>
    </message>
    <message>
        <source>&amp;Continue as %1</source>
        <translation>Als %1 &amp;fortfahren</translation>
    </message>
    <message>
        <source>&amp;Sign in with Microsoft</source>
        <translation>Mit Microsoft &amp;anmelden</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>%1 · tenant %2 · client ID %3</source>
        <translation>%1 · Mandant %2 · Client-ID %3</translation>
    </message>
    <message>
        <source>Restoring your sign-in…</source>
        <translation>Ihre Anmeldung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Request approval from &amp;IT…</source>
        <translation>Genehmigung bei der &amp;IT anfordern…</translation>
    </message>
    <message>
        <source>Request approval from IT</source>
        <translation>Genehmigung bei der IT anfordern</translation>
    </message>
    <message>
        <source>What to send your IT department if your organisation lets only administrators approve apps.</source>
        <translation>Was Sie Ihrer IT-Abteilung senden sollten, wenn in Ihrer Organisation nur die Administration Apps genehmigen darf.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Ask Microsoft whether your administrator has approved MentorDesk. Your browser opens briefly and shows no consent page.</source>
        <translation>Bei Microsoft nachfragen, ob Ihre Administration MentorDesk genehmigt hat. Ihr Browser öffnet sich kurz und zeigt keine Zustimmungsseite an.</translation>
    </message>
    <message>
        <source>Send the &amp;request to IT…</source>
        <translation>Anf&amp;rage an die IT senden…</translation>
    </message>
    <message>
        <source>Send the request to IT</source>
        <translation>Anfrage an die IT senden</translation>
    </message>
    <message>
        <source>Checking with Microsoft whether your administrator has approved MentorDesk…</source>
        <translation>Es wird bei Microsoft geprüft, ob Ihre Administration MentorDesk genehmigt hat…</translation>
    </message>
    <message>
        <source>Your organisation lets only administrators approve apps, so MentorDesk needs your IT department&apos;s approval before you can sign in. Send them the request; once they have approved, choose &quot;Check again&quot;. Signing in again before that only shows Microsoft&apos;s &quot;Need admin approval&quot; page.</source>
        <translation>In Ihrer Organisation darf nur die Administration Apps genehmigen, daher benötigt MentorDesk die Genehmigung Ihrer IT-Abteilung, bevor Sie sich anmelden können. Senden Sie ihr die Anfrage; sobald die Genehmigung erteilt wurde, wählen Sie „Erneut prüfen“. Wenn Sie sich vorher erneut anmelden, zeigt Microsoft nur die Seite „Administratorgenehmigung erforderlich“ an.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A local imitation of Microsoft Entra ID and Microsoft Graph for MentorDesk.</source>
        <translation>Eine lokale Nachbildung von Microsoft Entra ID und Microsoft Graph für MentorDesk.</translation>
    </message>
    <message>
        <source>Loopback address and port (port 0: any free port).</source>
        <translation>Loopback-Adresse und Port (Port 0: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Seed of the generated tenant.</source>
        <translation>Startwert (Seed) des generierten Mandanten.</translation>
    </message>
    <message>
        <source>Events per calendar.</source>
        <translation>Termine pro Kalender.</translation>
    </message>
    <message>
        <source>Authorize redirects straight back with a code.</source>
        <translation>Die Autorisierung leitet direkt mit einem Code zurück.</translation>
    </message>
    <message>
        <source>Personal Microsoft account tenant.</source>
        <translation>Mandant für persönliche Microsoft-Konten.</translation>
    </message>
    <message>
        <source>Group.Read.All is not yet admin-consented.</source>
        <translation>Für Group.Read.All liegt noch keine Administratorzustimmung vor.</translation>
    </message>
    <message>
        <source>Access token lifetime in seconds.</source>
        <translation>Lebensdauer des Zugriffstokens in Sekunden.</translation>
    </message>
    <message>
        <source>Anchor of the seed and start of the clock (ISO 8601).</source>
        <translation>Bezugszeitpunkt des Seeds und Startzeit der Uhr (ISO 8601).</translation>
    </message>
    <message>
        <source>Keep created items in this file between runs.</source>
        <translation>Erstellte Elemente zwischen Läufen in dieser Datei aufbewahren.</translation>
    </message>
    <message>
        <source>Demo organisation to seed: %1.</source>
        <translation>Demo-Organisation, mit der der Mandant befüllt wird: %1.</translation>
    </message>
    <message>
        <source>Users can&apos;t consent to apps: every permission needs an administrator&apos;s grant (/{tenant}/v2.0/adminconsent, signed in as admin@&lt;domain&gt;).</source>
        <translation>Benutzer können Apps nicht zustimmen: Jede Berechtigung muss von der Administration erteilt werden (/{tenant}/v2.0/adminconsent, angemeldet als admin@&lt;domain&gt;).</translation>
    </message>
    <message>
        <source>The tenant demands interaction (as MFA or conditional access would): prompt=none gets interaction_required.</source>
        <translation>Der Mandant verlangt eine Interaktion (wie es MFA oder bedingter Zugriff tun würden): prompt=none erhält interaction_required.</translation>
    </message>
    <message>
        <source>Fail this share (0 to 1) of Graph requests with random faults.</source>
        <translation>Diesen Anteil (0 bis 1) der Graph-Anfragen mit zufälligen Fehlern scheitern lassen.</translation>
    </message>
    <message>
        <source>Seed of the random faults.</source>
        <translation>Startwert der zufälligen Fehler.</translation>
    </message>
</context>
</TS>
