#include "ui/calendar/EventDetailsPane.h"

#include "core/auth/BrowserOpener.h"
#include "core/calendar/EventBodySanitizer.h"
#include "core/calendar/EventChangeRule.h"
#include "core/calendar/EventFormatter.h"
#include "core/common/DateFormats.h"
#include "core/graph/NetworkReachability.h"
#include "core/model/GraphTime.h"
#include "core/outbox/OutboxWrite.h"
#include "ui/calendar/EventPalette.h"
#include "ui/calendar/RespondDialog.h"
#include "ui/calendar/SafeTextBrowser.h"
#include "ui/common/Theme.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

QLabel *makeLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString responseMark(ResponseStatus::Response response)
{
    switch (response) {
    case ResponseStatus::Response::Accepted:
    case ResponseStatus::Response::Organizer:
        return u"✓"_s;
    case ResponseStatus::Response::TentativelyAccepted:
        return u"?"_s;
    case ResponseStatus::Response::Declined:
        return u"✗"_s;
    case ResponseStatus::Response::None:
    case ResponseStatus::Response::NotResponded:
        break;
    }
    return u"○"_s;
}

} // namespace

EventDetailsPane::EventDetailsPane(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(u"eventDetailsPane"_s);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Event details"));

    m_content = new QWidget(this);
    m_content->setObjectName(u"eventDetailsContent"_s);
    auto *outer = new QVBoxLayout(m_content);
    outer->setContentsMargins(16, 14, 16, 14);
    outer->setSpacing(10);

    m_empty = new QLabel(tr("Select an event to see its details."), m_content);
    m_empty->setObjectName(u"eventDetailsEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    outer->addWidget(m_empty);

    m_details = new QWidget(m_content);
    m_details->setObjectName(u"eventDetailsBody"_s);
    auto *layout = new QVBoxLayout(m_details);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    m_title = makeLabel(m_details, u"eventTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_calendarLabel = makeLabel(m_details, u"eventCalendar"_s);
    m_calendarLabel->setTextFormat(Qt::RichText);
    layout->addWidget(m_calendarLabel);
    m_account = makeLabel(m_details, u"eventAccount"_s);
    m_account->setTextFormat(Qt::PlainText); // the account's name comes from Graph
    m_account->hide();
    layout->addWidget(m_account);
    m_readOnly = makeLabel(m_details, u"eventReadOnly"_s);
    layout->addWidget(m_readOnly);

    m_form = new QFormLayout;
    m_form->setContentsMargins(0, 4, 0, 4);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(8);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_when = makeLabel(m_details, u"eventWhen"_s);
    m_ownZone = makeLabel(m_details, u"eventOwnZone"_s);
    m_recurrence = makeLabel(m_details, u"eventRecurrence"_s);
    m_status = makeLabel(m_details, u"eventStatus"_s);
    m_location = makeLabel(m_details, u"eventLocation"_s);
    m_organizer = makeLabel(m_details, u"eventOrganizer"_s);
    m_attendees = makeLabel(m_details, u"eventAttendees"_s);
    m_form->addRow(tr("When"), m_when);
    m_form->addRow(tr("Their time"), m_ownZone);
    m_form->addRow(tr("Repeats"), m_recurrence);
    m_form->addRow(tr("Status"), m_status);
    m_form->addRow(tr("Where"), m_location);
    m_form->addRow(tr("Organiser"), m_organizer);
    m_form->addRow(tr("Attendees"), m_attendees);
    layout->addLayout(m_form);

    // Your answer to an invitation.
    m_answerBox = new QWidget(m_details);
    m_answerBox->setObjectName(u"eventAnswerBox"_s);
    auto *answerLayout = new QVBoxLayout(m_answerBox);
    answerLayout->setContentsMargins(0, 0, 0, 4);
    answerLayout->setSpacing(6);
    auto *answerHeading = new QLabel(tr("Your answer"), m_answerBox);
    answerHeading->setObjectName(u"eventAnswerHeading"_s);
    QFont answerFont = answerHeading->font();
    answerFont.setWeight(QFont::DemiBold);
    answerHeading->setFont(answerFont);
    answerLayout->addWidget(answerHeading);
    m_answer = makeLabel(m_answerBox, u"eventAnswer"_s);
    answerLayout->addWidget(m_answer);
    m_answerNote = makeLabel(m_answerBox, u"eventAnswerNote"_s);
    answerLayout->addWidget(m_answerNote);
    m_accept = new QPushButton(tr("Acce&pt"), m_answerBox);
    m_accept->setObjectName(u"acceptButton"_s);
    m_accept->setAccessibleName(tr("Accept"));
    m_tentative = new QPushButton(tr("Te&ntative"), m_answerBox);
    m_tentative->setObjectName(u"tentativeButton"_s);
    m_tentative->setAccessibleName(tr("Tentative"));
    m_decline = new QPushButton(tr("&Decline"), m_answerBox);
    m_decline->setObjectName(u"declineButton"_s);
    m_decline->setAccessibleName(tr("Decline"));
    auto *answerButtons = new QHBoxLayout;
    answerButtons->setSpacing(6);
    for (QPushButton *button : {m_accept, m_tentative, m_decline}) {
        button->setCheckable(true); // the answer given is the checked one
        answerButtons->addWidget(button, 1);
    }
    answerLayout->addLayout(answerButtons);
    m_retry = new QPushButton(tr("&Retry…"), m_answerBox);
    m_retry->setObjectName(u"retryAnswerButton"_s);
    m_retry->setAccessibleName(tr("Retry the answer"));
    m_retry->setToolTip(tr("Open the answer again, with what you wrote, and send it"));
    answerLayout->addWidget(m_retry, 0, Qt::AlignLeading);
    layout->addWidget(m_answerBox);

    m_join = new QPushButton(tr("&Join Teams meeting"), m_details);
    m_join->setObjectName(u"joinButton"_s);
    m_join->setAccessibleName(tr("Join Teams meeting"));
    m_join->setToolTip(tr("Opens the meeting in your browser or the Teams app"));
    m_web = new QPushButton(tr("Open in &Outlook on the web"), m_details);
    m_web->setObjectName(u"outlookWebButton"_s);
    m_web->setAccessibleName(tr("Open in Outlook on the web"));
    m_web->setToolTip(tr("Opens this event in Outlook on the web, in your browser"));
    m_move = new QPushButton(tr("Mo&ve meeting…"), m_details);
    m_move->setObjectName(u"moveEventButton"_s);
    m_move->setAccessibleName(tr("Move meeting"));
    m_cancel = new QPushButton(tr("&Cancel meeting…"), m_details);
    m_cancel->setObjectName(u"cancelEventButton"_s);
    m_cancel->setAccessibleName(tr("Cancel meeting"));
    m_share = new QPushButton(tr("&Share in a Teams channel…"), m_details);
    m_share->setObjectName(u"shareEventButton"_s);
    m_share->setAccessibleName(tr("Share in a Teams channel"));
    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_join);
    buttons->addWidget(m_web);
    auto *bookingButtons = new QHBoxLayout;
    bookingButtons->addWidget(m_move, 1);
    bookingButtons->addWidget(m_cancel, 1);
    buttons->addLayout(bookingButtons);
    buttons->addWidget(m_share);
    layout->addLayout(buttons);

    m_bodyHeading = new QLabel(tr("Description"), m_details);
    m_bodyHeading->setObjectName(u"eventBodyHeading"_s);
    QFont headingFont = m_bodyHeading->font();
    headingFont.setWeight(QFont::DemiBold);
    m_bodyHeading->setFont(headingFont);
    layout->addSpacing(4);
    layout->addWidget(m_bodyHeading);
    m_body = new SafeTextBrowser(m_details);
    m_body->setObjectName(u"eventBody"_s);
    m_body->setAccessibleName(tr("Event description"));
    m_body->setMinimumHeight(60);
    m_body->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_body->setFrameShape(QFrame::StyledPanel);
    m_bodyHeading->setBuddy(m_body);
    layout->addWidget(m_body);
    m_bodyNote = makeLabel(m_details, u"eventBodyNote"_s);
    layout->addWidget(m_bodyNote);

    outer->addWidget(m_details);
    outer->addStretch(1);
    setWidget(m_content);

    connect(m_accept, &QPushButton::clicked, this, [this] { openRespondDialog(EventActions::Response::Accept); });
    connect(m_tentative, &QPushButton::clicked, this,
            [this] { openRespondDialog(EventActions::Response::TentativelyAccept); });
    connect(m_decline, &QPushButton::clicked, this, [this] { openRespondDialog(EventActions::Response::Decline); });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (const LocalAnswer *local = localFor(m_event))
            openRespondDialog(local->answer.response);
    });
    connect(m_join, &QPushButton::clicked, this, [this] {
        if (m_opener && m_event.hasJoinUrl())
            m_opener->openUrl(m_event.joinUrl);
    });
    connect(m_web, &QPushButton::clicked, this, [this] {
        if (m_opener && m_event.webLink.isValid())
            m_opener->openUrl(m_event.webLink);
    });
    connect(m_move, &QPushButton::clicked, this, [this] {
        if (hasEvent())
            Q_EMIT rescheduleRequested(m_event);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (hasEvent())
            Q_EMIT cancelRequested(m_event);
    });
    connect(m_share, &QPushButton::clicked, this, [this] {
        if (hasEvent())
            Q_EMIT shareRequested(m_event);
    });
    applyColors();
    clear();
}

void EventDetailsPane::setBrowserOpener(BrowserOpener *opener)
{
    m_opener = opener;
    m_body->setBrowserOpener(opener);
}

void EventDetailsPane::setViewerZone(const QTimeZone &zone)
{
    m_viewerZone = zone;
    refresh();
}

void EventDetailsPane::setEvent(const Event &event, const Calendar &calendar, const QColor &calendarColor,
                                const QString &accountName)
{
    const bool same
        = event.id == m_event.id && event.calendarId == m_event.calendarId && event.accountKey == m_event.accountKey;
    if (!same)
        m_master = {};
    m_event = event;
    m_calendar = calendar;
    m_calendarColor = calendarColor;
    // An answer sent from here gives way to Graph's once the calendar shows it.
    if (const LocalAnswer *local = localFor(event); local && local->sent) {
        const ResponseStatus::Response expected = local->answer.response == EventActions::Response::Accept
            ? ResponseStatus::Response::Accepted
            : local->answer.response == EventActions::Response::TentativelyAccept
            ? ResponseStatus::Response::TentativelyAccepted
            : ResponseStatus::Response::Declined;
        if (event.responseStatus.response == expected)
            m_local.remove(localKey(local->accountKey, local->eventId));
    }
    m_accountName = accountName;
    refresh();
    if (!same)
        verticalScrollBar()->setValue(0);
}

void EventDetailsPane::updateDetails(const Event &event, const Event &seriesMaster)
{
    if (event.id != m_event.id)
        return;
    if (!event.body.content.isEmpty())
        m_event.body = event.body;
    if (!seriesMaster.id.isEmpty() && seriesMaster.id == m_event.seriesMasterId)
        m_master = seriesMaster;
    refresh();
}

void EventDetailsPane::clear()
{
    m_event = {};
    m_master = {};
    m_calendar = {};
    m_accountName.clear();
    refresh();
}

void EventDetailsPane::setRescheduleAvailable(bool available)
{
    m_rescheduleAvailable = available;
    updateActionButtons();
}

void EventDetailsPane::setCancelAvailable(bool available)
{
    m_cancelAvailable = available;
    updateActionButtons();
}

void EventDetailsPane::setShareAvailable(bool available)
{
    m_shareAvailable = available;
    updateActionButtons();
}

void EventDetailsPane::setRow(QLabel *field, const QString &text)
{
    field->setText(text);
    field->setVisible(!text.isEmpty());
    if (QWidget *label = m_form->labelForField(field))
        label->setVisible(!text.isEmpty());
}

void EventDetailsPane::updateActionButtons()
{
    // Move and cancel only where the user may (see EventChangeRule); elsewhere the buttons are not offered at all.
    const EventChangeRule rule(m_event, m_calendar);
    const bool cancellable = rule.allows(EventChangeRule::Change::Cancel);
    const bool movable = rule.allows(EventChangeRule::Change::Move);
    m_move->setVisible(movable);
    m_move->setEnabled(movable && m_rescheduleAvailable);
    m_move->setToolTip(m_rescheduleAvailable ? tr("Choose a new time for this meeting and tell the attendees")
                                             : tr("Moving meetings from MentorDesk is not available yet; move it in "
                                                  "Outlook for now"));
    m_cancel->setVisible(cancellable);
    m_cancel->setEnabled(cancellable && m_cancelAvailable);
    m_cancel->setToolTip(m_cancelAvailable ? tr("Cancel this meeting and tell the attendees")
                                           : tr("Cancelling meetings from MentorDesk is not available yet; cancel it "
                                                "in Outlook for now"));
    m_share->setVisible(hasEvent());
    m_share->setEnabled(hasEvent() && m_shareAvailable);
    m_share->setToolTip(m_shareAvailable ? tr("Post this event to a Teams channel you choose")
                                         : tr("Sharing to Teams channels is not available yet (it needs the Teams "
                                              "features, which are not set up)"));
}

void EventDetailsPane::refresh()
{
    const bool has = hasEvent();
    m_empty->setVisible(!has);
    m_details->setVisible(has);
    if (!has) {
        setAccessibleDescription(m_empty->text());
        m_body->clear();
        updateActionButtons();
        updateAnswer();
        return;
    }
    const QLocale locale;
    const Event &event = m_event;
    m_title->setText(event.subject.isEmpty() ? tr("(no title)") : event.subject);
    QFont titleFont = m_title->font();
    titleFont.setStrikeOut(event.isCancelled);
    m_title->setFont(titleFont);

    // The calendar, with its colour and whose it is.
    QString owner;
    switch (m_calendar.kind) {
    case Calendar::Kind::Own:
        owner = tr("your calendar");
        break;
    case Calendar::Kind::Delegate:
        owner = tr("delegated to you");
        break;
    case Calendar::Kind::SharedReadOnly:
        owner = tr("shared with you");
        break;
    }
    const QColor swatch = m_calendarColor.isValid() ? m_calendarColor : palette().color(QPalette::Highlight);
    m_calendarLabel->setText(u"<span style=\"color:%1\">■</span> %2 <span style=\"color:%3\">· %4</span>"_s.arg(
        swatch.name(), m_calendar.name.toHtmlEscaped(),
        EventPalette::mix(palette().color(QPalette::WindowText), palette().color(QPalette::Window), 0.4).name(),
        owner.toHtmlEscaped()));
    m_calendarLabel->setAccessibleName(tr("Calendar: %1, %2").arg(m_calendar.name, owner));
    // Which account: equal calendars ("Calendar") may exist in each signed-in account.
    const QString account = m_accountName.isEmpty() ? QString() : tr("Account: %1").arg(m_accountName);
    m_account->setText(account);
    m_account->setAccessibleName(account);
    m_account->setVisible(!account.isEmpty());
    if (m_calendar.id.isEmpty()) {
        m_readOnly->clear();
    } else if (m_calendar.isReadOnly()) {
        m_readOnly->setText(m_calendar.isOwn()
                                ? tr("Read-only: MentorDesk cannot change events in this calendar.")
                                : tr("Read-only: this calendar belongs to %1; MentorDesk cannot change it.")
                                      .arg(m_calendar.owner.displayName()));
    } else {
        m_readOnly->clear();
    }
    m_readOnly->setVisible(!m_readOnly->text().isEmpty());

    // When.
    const QString range = EventFormatter::timeRange(event, m_viewerZone, locale);
    QString when;
    if (event.isAllDay || event.spansMultipleDays(m_viewerZone)) {
        when = event.spansMultipleDays(m_viewerZone)
            ? range
            : locale.toString(event.firstDate(m_viewerZone), QLocale::LongFormat) + u'\n' + range;
    } else {
        when = locale.toString(event.firstDate(m_viewerZone), QLocale::LongFormat) + u'\n' + range;
    }
    setRow(m_when, when);
    const QString own = EventFormatter::ownZoneTimeRange(event, m_viewerZone, locale);
    setRow(m_ownZone, own);

    QString recurrence;
    if (event.recurrence)
        recurrence = EventFormatter::recurrenceText(*event.recurrence, locale);
    else if (m_master.recurrence)
        recurrence = EventFormatter::recurrenceText(*m_master.recurrence, locale);
    else if (event.isRecurring())
        recurrence = tr("Part of a recurring series");
    if (event.type == Event::Type::Exception && !recurrence.isEmpty())
        recurrence = tr("%1 (this occurrence was changed)").arg(recurrence);
    setRow(m_recurrence, recurrence);

    QStringList status;
    // On a colleague's calendar, isOrganizer and the response are theirs, not the user's.
    const bool ownCalendar = m_calendar.id.isEmpty() || m_calendar.isOwn();
    const QString calendarOwner = m_calendar.owner.displayName();
    if (event.isCancelled)
        status << tr("Cancelled by the organiser");
    else if (event.isOrganizer)
        status << (ownCalendar ? tr("You organise this") : tr("%1 organises this").arg(calendarOwner));
    else if (event.responseStatus.response != ResponseStatus::Response::None && !isInvitation()) // else: Your answer
        status << (ownCalendar
                       ? tr("Your response: %1").arg(EventFormatter::responseText(event.responseStatus.response))
                       : tr("%1's response: %2")
                             .arg(calendarOwner, EventFormatter::responseText(event.responseStatus.response)));
    status << tr("Show as %1").arg(EventFormatter::showAsText(event.showAs).toLower());
    if (event.sensitivity == Event::Sensitivity::Private)
        status << tr("Private");
    setRow(m_status, status.join(u'\n'));

    QStringList where;
    if (!event.location.displayName.isEmpty())
        where << event.location.displayName;
    if (!event.location.addressText().isEmpty())
        where << event.location.addressText();
    setRow(m_location, where.join(u'\n'));
    setRow(m_organizer,
           event.organizer.isEmpty() ? QString()
                                     : (event.organizer.address.isEmpty() || event.organizer.name.isEmpty()
                                            ? event.organizer.displayName()
                                            : u"%1 <%2>"_s.arg(event.organizer.name, event.organizer.address)));

    QStringList attendees;
    int accepted = 0;
    for (const Attendee &attendee : event.attendees) {
        if (attendee.status.response == ResponseStatus::Response::Accepted)
            ++accepted;
        //: an attendee: %1 a mark (✓, ?, ✗ or ○), %2 name, %3 response ("Accepted")
        QString line = tr("%1 %2 — %3")
                           .arg(responseMark(attendee.status.response), attendee.emailAddress.displayName(),
                                EventFormatter::responseText(attendee.status.response));
        if (attendee.type == Attendee::Type::Optional)
            line += tr(" (optional)");
        attendees << line;
    }
    if (!attendees.isEmpty() && attendees.size() > 1)
        attendees.prepend(tr("%1 of %n accepted", nullptr, int(event.attendees.size())).arg(accepted));
    setRow(m_attendees, event.hideAttendees ? tr("The organiser hid the attendee list") : attendees.join(u'\n'));

    updateAnswer();

    // Actions.
    m_join->setVisible(event.hasJoinUrl() && !event.isCancelled);
    m_join->setEnabled(m_opener != nullptr);
    m_web->setVisible(event.webLink.isValid() && !event.webLink.isEmpty());
    m_web->setEnabled(m_opener != nullptr);
    updateActionButtons();

    // Body.
    const EventBodySanitizer::Result body = EventBodySanitizer::sanitizeBody(event.body);
    const bool hasBody = !body.html.trimmed().isEmpty()
        && !QString(body.html).remove(QRegularExpression(u"<[^>]*>"_s)).trimmed().isEmpty();
    m_body->setHtml(body.html);
    m_body->setVisible(hasBody);
    fitBody();
    m_bodyHeading->setVisible(hasBody);
    QStringList notes;
    if (body.truncated)
        notes << tr("This invitation is very long; MentorDesk shows its first megabyte only. Open it in Outlook to "
                    "read the rest.");
    if (body.imagesRemoved > 0)
        notes << tr("Pictures in this description are not shown (they would load from the internet).");
    if (body.linksRemoved > 0)
        notes << tr("Links that could run code on your computer were turned into plain text.");
    if (hasBody)
        notes << tr("Links open in your browser.");
    m_bodyNote->setText(notes.join(u' '));
    m_bodyNote->setVisible(hasBody && !notes.isEmpty());

    setAccessibleDescription(tr("%1, %2").arg(m_title->text(), when));
}

void EventDetailsPane::fitBody()
{
    // As tall as the description (a short one takes little room, a long one scrolls inside the pane).
    const int width = qMax(100, viewport()->width() - 40);
    m_body->document()->setTextWidth(width - 2 * m_body->frameWidth() - 8);
    const int height = int(m_body->document()->size().height()) + 2 * m_body->frameWidth() + 10;
    m_body->setFixedHeight(qBound(60, height, qMax(160, viewport()->height() - 120)));
}

void EventDetailsPane::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    if (hasEvent())
        fitBody();
}

void EventDetailsPane::applyColors()
{
    const QPalette base = palette();
    const QColor secondary = EventPalette::mix(base.color(QPalette::WindowText), base.color(QPalette::Window), 0.38);
    for (QLabel *label : {m_empty, m_bodyNote, m_ownZone}) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, secondary);
        label->setPalette(p);
    }
    for (int row = 0; row < m_form->rowCount(); ++row) {
        if (QLayoutItem *item = m_form->itemAt(row, QFormLayout::LabelRole); item && item->widget()) {
            QPalette p = item->widget()->palette();
            p.setColor(QPalette::WindowText, secondary);
            item->widget()->setPalette(p);
        }
    }
    QPalette warning = m_readOnly->palette();
    warning.setColor(QPalette::WindowText, Theme::warning());
    m_readOnly->setPalette(warning);
}

void EventDetailsPane::changeEvent(QEvent *event)
{
    QScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        static bool applying = false;
        if (!applying) {
            applying = true;
            applyColors();
            if (hasEvent())
                refresh();
            applying = false;
        }
    }
}

void EventDetailsPane::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT dismissed();
        return;
    }
    QScrollArea::keyPressEvent(event);
}

QString EventDetailsPane::localKey(const QString &accountKey, const QString &eventId)
{
    return accountKey + u'|' + eventId;
}

void EventDetailsPane::setEventActions(const QHash<QString, EventActions *> &actions)
{
    for (const QPointer<EventActions> &old : std::as_const(m_actions)) {
        if (old)
            old->disconnect(this);
    }
    m_actions.clear();
    for (auto it = actions.cbegin(); it != actions.cend(); ++it) {
        if (!it.value())
            continue;
        const QString accountKey = it.key();
        m_actions.insert(accountKey, it.value());
        connect(it.value(), &EventActions::actionStateChanged, this,
                [this, accountKey](qint64 id, EventActions::Action action, const QString &, OutboxState state,
                                   const GraphResult &result) {
                    onActionStateChanged(accountKey, id, action, state, result);
                });
        connect(it.value(), &EventActions::actionFinished, this,
                [this, accountKey](qint64 id, EventActions::Action action, const QString &, const GraphResult &result) {
                    onActionFinished(accountKey, id, action, result);
                });
    }
    // Answers of accounts that are gone go with them.
    for (auto it = m_local.begin(); it != m_local.end();) {
        if (m_actions.contains(it->accountKey))
            ++it;
        else
            it = m_local.erase(it);
    }
    updateAnswer();
}

void EventDetailsPane::setReachability(NetworkReachability *reachability)
{
    if (m_reachability)
        m_reachability->disconnect(this);
    m_reachability = reachability;
    if (reachability)
        connect(reachability, &NetworkReachability::onlineChanged, this, &EventDetailsPane::updateAnswer);
    updateAnswer();
}

EventActions *EventDetailsPane::actionsFor(const QString &accountKey) const
{
    return m_actions.value(accountKey);
}

bool EventDetailsPane::isInvitation() const
{
    // On a colleague's calendar the response is theirs, not the user's.
    const bool ownCalendar = m_calendar.id.isEmpty() || m_calendar.isOwn();
    return hasEvent() && ownCalendar && !m_event.isOrganizer && m_event.responseRequested && !m_event.isCancelled;
}

bool EventDetailsPane::changedSinceAnswered(const Event &event)
{
    return event.responseStatus.response == ResponseStatus::Response::NotResponded
        && event.responseStatus.time.isValid() && event.lastModifiedDateTime.isValid()
        && event.responseStatus.time < event.lastModifiedDateTime;
}

QString EventDetailsPane::responseStatusText(const Event &event, const QTimeZone &zone)
{
    const QLocale locale;
    const QDateTime at = event.responseStatus.time.toTimeZone(zone);
    //: when the answer was given: %1 weekday, day and month, %2 time ("Tue 24 Nov 10:02")
    const QString when = at.isValid() ? tr("%1 %2").arg(locale.toString(at.date(), DateFormats::weekdayDayMonth()),
                                                        locale.toString(at.time(), QLocale::ShortFormat))
                                      : QString();
    const auto withTime = [&](const QString &text) {
        //: an answer and when it was given: "You accepted · Tue 24 Nov 10:02"
        return when.isEmpty() ? text : tr("%1 · %2").arg(text, when);
    };
    switch (event.responseStatus.response) {
    case ResponseStatus::Response::Accepted:
        return withTime(tr("You accepted"));
    case ResponseStatus::Response::TentativelyAccepted:
        return withTime(tr("You tentatively accepted"));
    case ResponseStatus::Response::Declined:
        return withTime(tr("You declined"));
    case ResponseStatus::Response::Organizer:
        return tr("You organise this");
    case ResponseStatus::Response::None:
    case ResponseStatus::Response::NotResponded:
        break;
    }
    return changedSinceAnswered(event) ? tr("Changed by the organiser since you answered") : tr("Not answered yet");
}

const EventDetailsPane::LocalAnswer *EventDetailsPane::localFor(const Event &event) const
{
    if (event.id.isEmpty())
        return nullptr;
    if (const auto it = m_local.constFind(localKey(event.accountKey, event.id)); it != m_local.cend())
        return &it.value();
    // An answer for the whole series shows on each of its occurrences.
    if (!event.seriesMasterId.isEmpty()) {
        for (const LocalAnswer &local : m_local) {
            if (local.wholeSeries && local.accountKey == event.accountKey && local.targetId == event.seriesMasterId)
                return &local;
        }
    }
    return nullptr;
}

void EventDetailsPane::updateAnswer()
{
    const bool invitation = isInvitation();
    m_answerBox->setVisible(invitation);
    if (!invitation) {
        m_answer->clear();
        m_answerNote->clear();
        return;
    }
    EventActions *actions = actionsFor(m_event.accountKey);
    const LocalAnswer *local = localFor(m_event);
    QString answer;
    QString note;
    bool failed = false;
    std::optional<EventActions::Response> chosen;
    const bool offline = m_reachability && !m_reachability->isOnline();
    if (local) {
        chosen = local->answer.response;
        switch (local->answer.response) {
        case EventActions::Response::Accept:
            answer = tr("You accepted");
            break;
        case EventActions::Response::TentativelyAccept:
            answer = tr("You tentatively accepted");
            break;
        case EventActions::Response::Decline:
            answer = tr("You declined");
            break;
        }
        if (local->wholeSeries)
            answer = tr("%1 (the whole series)").arg(answer);
        if (!local->answer.sendResponse)
            answer = tr("%1, without telling the organiser").arg(answer);
        if (local->sent) {
            note = tr("Sent. Updating the calendar…");
        } else if (!local->failure.isEmpty()) {
            answer = tr("%1 (not sent)").arg(answer);
            note = local->failure;
            failed = true;
        } else if (local->state == OutboxState::Sending) {
            note = tr("Sending…");
        } else {
            note = offline ? tr("Waiting to send (offline)") : tr("Waiting to send");
        }
    } else {
        answer = responseStatusText(m_event, m_viewerZone);
        switch (m_event.responseStatus.response) {
        case ResponseStatus::Response::Accepted:
            chosen = EventActions::Response::Accept;
            break;
        case ResponseStatus::Response::TentativelyAccepted:
            chosen = EventActions::Response::TentativelyAccept;
            break;
        case ResponseStatus::Response::Declined:
            chosen = EventActions::Response::Decline;
            break;
        default:
            break;
        }
        // Queued in an earlier run (or from elsewhere in the app) and not sent yet.
        if (actions) {
            const QList<EventActions::Pending> pending = actions->pendingFor(m_event.id);
            if (!pending.isEmpty()) {
                const EventActions::Pending &last = pending.constLast();
                note = last.state == OutboxState::Sending ? tr("Sending your answer…")
                    : last.state == OutboxState::Pending  ? (offline ? tr("An answer is waiting to be sent (offline)")
                                                                     : tr("An answer is waiting to be sent"))
                                                          : tr("An answer could not be sent; see the Outbox");
                failed = last.state == OutboxState::Failed || last.state == OutboxState::NeedsAttention;
            }
        }
    }
    m_answer->setText(answer);
    m_answer->setAccessibleName(tr("Your answer: %1").arg(answer));
    m_answerNote->setText(note);
    m_answerNote->setAccessibleName(note);
    m_answerNote->setVisible(!note.isEmpty());
    QPalette p = m_answerNote->palette();
    p.setColor(QPalette::WindowText,
               failed
                   ? Theme::danger()
                   : EventPalette::mix(palette().color(QPalette::WindowText), palette().color(QPalette::Window), 0.38));
    m_answerNote->setPalette(p);
    m_retry->setVisible(local && failed);

    const bool busy = local && !local->sent && local->failure.isEmpty();
    const QString unavailable = actions ? QString() : tr("Sign in to answer invitations");
    const std::pair<QPushButton *, EventActions::Response> buttons[] = {
        {m_accept, EventActions::Response::Accept},
        {m_tentative, EventActions::Response::TentativelyAccept},
        {m_decline, EventActions::Response::Decline},
    };
    for (const auto &[button, response] : buttons) {
        button->setChecked(chosen == response);
        button->setEnabled(actions != nullptr && !busy);
        button->setToolTip(!unavailable.isEmpty() ? unavailable
                               : busy             ? tr("Your answer is on its way")
                                                  : RespondDialog::title(response));
    }
}

void EventDetailsPane::openRespondDialog(EventActions::Response response)
{
    updateAnswer(); // a click toggled the button: the answer given stays the checked one
    if (!isInvitation() || !actionsFor(m_event.accountKey))
        return;
    delete m_dialog.data();
    m_dialog = new RespondDialog(m_event, response, m_viewerZone, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialogEventKey = localKey(m_event.accountKey, m_event.id);
    if (const LocalAnswer *local = localFor(m_event);
        local && !local->failure.isEmpty() && local->answer.response == response)
        m_dialog->setAnswer(local->answer, local->wholeSeries, local->failure);
    connect(m_dialog, &QDialog::finished, this, &EventDetailsPane::onDialogFinished);
    m_dialog->open();
}

void EventDetailsPane::onDialogFinished(int result)
{
    RespondDialog *dialog = m_dialog;
    if (!dialog || result != QDialog::Accepted)
        return;
    if (localKey(m_event.accountKey, m_event.id) != m_dialogEventKey)
        return; // the selection moved meanwhile (a sync replaced the event): answer what the dialog showed
    EventActions *actions = actionsFor(m_event.accountKey);
    if (!actions)
        return;
    // Answering again after a failure replaces the failed attempt.
    if (const LocalAnswer *previous = localFor(m_event);
        previous && !previous->sent && previous->outboxId > 0 && !previous->failure.isEmpty())
        actions->discard(previous->outboxId);
    LocalAnswer local;
    local.accountKey = m_event.accountKey;
    local.eventId = m_event.id;
    local.wholeSeries = dialog->wholeSeries();
    local.targetId = dialog->target().id;
    local.answer = dialog->answer();
    if (OutboxWrite *write = actions->respond(dialog->target(), local.answer)) {
        local.outboxId = write->id();
        local.state = write->state();
    } else {
        local.failure = tr("MentorDesk could not keep this answer to send it. Try again.");
    }
    m_local.insert(localKey(local.accountKey, local.eventId), local);
    updateAnswer();
}

void EventDetailsPane::onActionStateChanged(const QString &accountKey, qint64 outboxId, EventActions::Action action,
                                            OutboxState state, const GraphResult &result)
{
    for (LocalAnswer &local : m_local) {
        if (local.accountKey != accountKey || local.outboxId != outboxId)
            continue;
        local.state = state;
        local.failure = state == OutboxState::Failed || state == OutboxState::NeedsAttention
            ? EventActions::failureText(action, result)
            : QString();
        updateAnswer();
        return;
    }
}

void EventDetailsPane::onActionFinished(const QString &accountKey, qint64 outboxId, EventActions::Action action,
                                        const GraphResult &result)
{
    for (auto it = m_local.begin(); it != m_local.end(); ++it) {
        if (it->accountKey != accountKey || it->outboxId != outboxId)
            continue;
        if (result.status == GraphStatus::Cancelled) {
            m_local.erase(it); // discarded (in the Outbox dialog): back to what Graph says
        } else if (result.isOk()) {
            it->sent = true;
            it->failure.clear();
        } else {
            it->failure = EventActions::failureText(action, result);
        }
        updateAnswer();
        return;
    }
    updateAnswer(); // one queued in an earlier run
}

RespondDialog *EventDetailsPane::respondDialog() const
{
    return m_dialog;
}

QString EventDetailsPane::answerText() const
{
    return m_answerBox->isVisibleTo(m_details) ? m_answer->text() : QString();
}

QString EventDetailsPane::answerNoteText() const
{
    return m_answerBox->isVisibleTo(m_details) ? m_answerNote->text() : QString();
}

QString EventDetailsPane::titleText() const
{
    return m_title->text();
}

QString EventDetailsPane::whenText() const
{
    return m_when->text();
}

QString EventDetailsPane::ownZoneText() const
{
    return m_ownZone->isVisibleTo(m_details) ? m_ownZone->text() : QString();
}

QString EventDetailsPane::readOnlyText() const
{
    return m_readOnly->text();
}

QString EventDetailsPane::accountText() const
{
    return m_account->text();
}

QString EventDetailsPane::locationText() const
{
    return m_location->text();
}

QString EventDetailsPane::organizerText() const
{
    return m_organizer->text();
}

QString EventDetailsPane::attendeesText() const
{
    return m_attendees->text();
}

QString EventDetailsPane::recurrenceText() const
{
    return m_recurrence->text();
}

QString EventDetailsPane::bodyNoteText() const
{
    return m_bodyNote->text();
}

} // namespace MentorDesk
