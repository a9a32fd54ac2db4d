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
    <name>MentorDesk::AgendaView</name>
    <message>
        <source>Up/Down move through the events, Left/Right jump a day, Enter opens the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tentative</source>
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
    <name>MentorDesk::BookingConfirmationView</name>
    <message>
        <source>Teams &amp;join link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share in a Teams channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams join link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy join link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share in a Teams channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post the session and its join link to a Teams channel you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 – %2 in %3)</source>
        <extracomment>the session&apos;s time in its own zone: &quot;(10:00 – 11:00 in Europe/Berlin)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams meeting booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one was invited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 did not return a Teams join link, even when asked again. Open the meeting in Outlook or Teams to add one; the invitation has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a calendar event without a Teams meeting: agree with your mentees where you meet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams meeting link ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calendar entry was created and no invitation was sent. Share the link with your mentee yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting ID: %1 · Passcode: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::BookingService</name>
    <message>
        <source>Without a Teams meeting: the invitation has no join link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal Microsoft accounts cannot create Teams meetings. MentorDesk books a calendar event and sends the invitation, without a Teams link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar &quot;%1&quot; does not offer Teams meetings. The session is booked as a calendar event without a Teams link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Teams meeting is added; the invitation carries its join link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is not available any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has been cancelled already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the organizer can reschedule or cancel this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the organizer can reschedule or cancel this meeting; %1 invited you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is in &quot;%1&quot;, which MentorDesk can only read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the highlighted fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking was changed and sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This booking is being sent; its outcome is shown where it was sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>outbox label: &quot;Mentoring: Priya Sharma · Fri 27 Nov 2026, 10:00 – 11:00&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking could not be saved for sending (%1). Your draft is kept; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking the Teams meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking the session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session cannot be moved into the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <extracomment>outbox label: &quot;Move “Mentoring: Priya” to Fri 27 Nov 2026, 10:00 – 11:00&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved for sending (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the series “%1”</source>
        <extracomment>outbox label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel “%1” on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cancellation could not be saved for sending (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a Teams meeting link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Teams meeting link is ready. No calendar entry was created and no invitation was sent: share the link with your mentee yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link was created. Your draft is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a window of days that ends in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for times when you are free…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for times when everyone is free…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 could not suggest times: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing when you are free in your own calendar (working hours, Monday to Friday). Your mentees&apos; calendars were not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is being sent right now and cannot be stopped. MentorDesk tells you when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent. Your draft is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked. Fetching the Teams join link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to %1. Your attendees get the updated invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Your attendees get the cancellation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked, and the invitation was sent to %1. Microsoft 365 did not return a Teams join link, even when asked again: open the meeting in Outlook or Teams to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked as a Teams meeting. The invitation was sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked. The invitation was sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 is busy or did not answer; trying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk could not confirm whether this reached Microsoft 365. Check your calendar before trying again; the request waits in the outbox until you retry or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::BookingText</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <extracomment>%1 day, %2 start time, %3 end time: &quot;Fri 27 Nov 2026, 10:00 – 11:00&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 – %3 %4</source>
        <extracomment>a session over midnight: &quot;Fri 27 Nov 2026, 23:00 – Sat 28 Nov 00:30&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>&quot;Priya Sharma, Jonas Weber and Sofia Rossi&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and one other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 others</source>
        <extracomment>&quot;Priya Sharma, Jonas Weber and 2 others&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time in this window suits everyone: your mentees are busy whenever you are free. Try a longer window or a shorter session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time found: your mentees are busy, or Microsoft 365 cannot see their calendars (for example people outside your organisation). Try a longer window, or agree a time with them directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time found: the requested location is not free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no free time in this window within your working hours. Try a longer window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 found no suitable time and did not say why. Try a longer window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tentative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>&quot;Jonas Weber: busy&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new time is saved in MentorDesk&apos;s outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cancellation is saved in MentorDesk&apos;s outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your booking is saved (draft and outbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are offline: MentorDesk sends it as soon as the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired: sign in again and MentorDesk sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 did not answer in time: MentorDesk tries again automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single session of a series cannot be moved onto or past the day of the session before or after it. Pick a time between its neighbours, or move the whole series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mailbox does not accept this time zone. Pick another time zone and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the organizer can cancel this meeting. Decline it in Outlook instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session was changed elsewhere (for example in Outlook) since MentorDesk last loaded it. Refresh the calendar and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar could not be found. It may have been deleted; pick another calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session no longer exists: it may have been cancelled or deleted elsewhere. Refresh the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 did not allow creating a Teams meeting link. Your organisation may not allow Teams meetings for your account; check the Permissions page or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 did not allow this change to your calendar. Check the Permissions page; your organisation may have to allow it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::BusyIndicator</name>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
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
    <name>MentorDesk::CalendarListProxyModel</name>
    <message>
        <source>Your main calendar · read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your main calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours · read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated to you · read-only here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with you · read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s calendar, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::CalendarListView</name>
    <message>
        <source>Calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space shows or hides the selected calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 view (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop updating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop updating the calendar; what has arrived is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get the latest from Outlook (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in on the time axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out on the time axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Previous %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished">Nicht angemeldet</translation>
    </message>
    <message>
        <source>Showing the saved calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to get the latest from Outlook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::CalendarSync</name>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shared with you any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::CalendarView</name>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected event: %1. Enter opens its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Selected day: %1, %n event(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MentorDesk::CancelSessionDialog</name>
    <message>
        <source>&amp;Keep session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message to your attendees (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to your attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Sorry, something came up. I will suggest a new time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole &amp;series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your attendees get a cancellation with your message, and the session is removed from the calendars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Schließen</translation>
    </message>
</context>
<context>
    <name>MentorDesk::ChannelListModel</name>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, standard channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, private channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, shared channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::ChannelPickerWidget</name>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words from a team&apos;s name or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load your teams and channels again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh teams and channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished">Teams</translation>
    </message>
    <message>
        <source>Missing a team? Teams nobody has opened for a long time are not listed until someone opens them in Microsoft Teams; then choose Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 team matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n teams match.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading your teams…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading your teams… %n groups checked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You are not a member of any team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n teams.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading was cancelled. Refresh to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your teams could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is archived: its channels are read-only, so nothing can be posted there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the channels of &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channels could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team has no channel you can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 channel you can post to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n channels you can post to.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MentorDesk::ChannelTarget</name>
    <message>
        <source>%1 › %2</source>
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
    <name>MentorDesk::ComposerDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post to a Teams channel</source>
        <translation type="unfinished">In einem Teams-Kanal posten</translation>
    </message>
    <message>
        <source>Subject (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text. **bold**, *italic*, [text](https://…) for a link, and &quot;- &quot; at the start of a line for a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your message. Use the buttons above for bold, italic, links and lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold: **text**</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic: *text*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: [text](https://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list: &quot;- &quot; at the start of a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message and preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mportance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams accepts posts up to about 28 KB, formatting included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished">&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Retry sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished">&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Discard the unsent post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Schließen</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a team and a channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a team and a channel first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk could not confirm whether the earlier attempt arrived. If it did, the channel will show both. Post this text anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk could not confirm whether this post arrived. Look at the channel in Teams first: send it again only if it is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is being sent right now and can no longer be stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded. Your text is still here if you want to change it and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it in Teams</source>
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
    <name>MentorDesk::DraftStore</name>
    <message>
        <source>The saved session drafts could not be read; they were set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::DraftValidator</name>
    <message>
        <source>Add at least one mentee&apos;s email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address. Use the form name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are not email addresses: %1. Use the form name@example.com.</source>
        <extracomment>%1: the entries, quoted and comma-separated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is your own address: you are the organizer already. Add your mentee&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A session can have at most %n mentees.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The subject is too long: at most %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The agenda is too long: at most %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a time zone for the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session lasts between %1 minutes and %2 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date and a start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time is in the past. Pick a time from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series has between 2 and %1 sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the date the series ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series must end after its first session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series can run for at most two years. Pick an earlier end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder can be at most two weeks before the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This calendar no longer exists. Pick another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; belongs to %2. MentorDesk can only book into your own calendars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is read-only. Pick a calendar you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::EventDetailsPane</name>
    <message>
        <source>Event details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join Teams meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join Teams meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the meeting in your browser or the Teams app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;Outlook on the web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Outlook on the web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens this event in Outlook on the web, in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;ve meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share in a Teams channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share in a Teams channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new time for this meeting and tell the attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving meetings from MentorDesk is not available yet; move it in Outlook for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this meeting and tell the attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling meetings from MentorDesk is not available yet; cancel it in Outlook for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post this event to a Teams channel you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing to Teams channels is not available yet (it needs the Teams features, which are not set up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegated to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: MentorDesk cannot change events in this calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: this calendar belongs to %1; MentorDesk cannot change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of a recurring series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this occurrence was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You organise this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 organises this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s response: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <extracomment>an attendee: %1 a mark (✓, ?, ✗ or ○), %2 name, %3 response (&quot;Accepted&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n accepted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The organiser hid the attendee list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures in this description are not shown (they would load from the internet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links that could run code on your computer were turned into plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links open in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
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
    <message>
        <source>%1 is signed out: MentorDesk removed the sign-in and every cached item of this account from this computer. The permissions you granted stay with Microsoft until you revoke them at My Apps (myapps.microsoft.com); administrators revoke them in the Microsoft Entra admin center (Enterprise applications).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post to a Teams &amp;channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post to a channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post an announcement or notes to a Teams channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your message?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message you are writing will be replaced by the announcement of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a mentoring session (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::MessageComposer</name>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message to post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is too long for Teams: %1, and Teams accepts at most %2. Shorten it by about %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::MessageEditor</name>
    <message>
        <source>link text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::MiniMonthView</name>
    <message>
        <source>Month navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys pick a day, Enter shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; selected %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::MonthView</name>
    <message>
        <source>Arrow keys move the day, Ctrl+Up/Down pick an event, Enter opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month view, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show all events of this day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::NewSessionDialog</name>
    <message>
        <source>New mentoring session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsent draft from %1. Use Discard draft to start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This booking waits in the outbox and is sent automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or address; several separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text; it becomes the invitation&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you want to talk about (sent with the invitation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own calendars. Calendars shared with you are read-only for MentorDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 hours before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unti&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat until a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last possible date of the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat a number of times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Teams meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just give me a Teams &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just give me a Teams link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a Teams meeting link only, for a session arranged elsewhere: no calendar entry, no invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard dra&amp;ft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Schließen</translation>
    </message>
    <message>
        <source>Close; your draft is kept for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your default calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book as Teams meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have another event at this time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have %1 other events at this time: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting. A booking not yet sent is withdrawn and your draft kept; one already on its way finishes in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the highlighted fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a Teams link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams meeting link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This booking is being sent right now and cannot be withdrawn any more.</source>
        <translation type="unfinished"></translation>
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
    <name>MentorDesk::PermissionNotice</name>
    <message>
        <source>Open &amp;Permissions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Permissions</source>
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
    <name>MentorDesk::RescheduleDialog</name>
    <message>
        <source>&amp;Keep as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole &amp;series (every session moves by the same amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your attendees get an updated invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have another event then: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have %1 other events then: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Schließen</translation>
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
    <name>MentorDesk::SessionAnnouncement</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: %1 (all day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In UTC: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the Teams meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::SessionDraft</name>
    <message>
        <source>Mentoring session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring: %1</source>
        <extracomment>%1: the mentees&apos; names, comma-separated</extracomment>
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
    <name>MentorDesk::SuggestionsPanel</name>
    <message>
        <source>Suggested times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest times from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest times until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for times when you and your mentees are free, within working hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find times looks for times when you and your mentees are free, within working hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for free times…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Press Find times to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · confidence %2%</source>
        <extracomment>&quot;Everyone is free · confidence 100%&quot; (Graph&apos;s confidence that everyone can attend)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a time to use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::TeamListModel</name>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, archived, read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorDesk::TeamsService</name>
    <message>
        <source>MentorDesk cannot store the post before sending it, so it was not sent. Restart MentorDesk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a team and a channel first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is archived: its channels are read-only, so nothing can be posted there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for its turn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk could not store the post before sending it, so it was not sent. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk could not confirm whether this post arrived in %1. Look at the channel in Teams: if it is not there, choose Retry; if it is, choose Discard. It is never sent again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams did not accept the post in %1: you may no longer be allowed to post there (the team may be archived or you may have left it), or a permission is missing (see Permissions). Your text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists, or you are no longer a member. Choose another channel; your text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text is kept.</source>
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
    <name>MentorDesk::TimeGridView</name>
    <message>
        <source>Arrow keys move the day and time, Ctrl+Up/Down pick an event, Enter opens it or books the free time; drag over free time to book it; Ctrl+wheel zooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day view, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week view, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected time: %1, %2 to %3, free. Enter books a session here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
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
