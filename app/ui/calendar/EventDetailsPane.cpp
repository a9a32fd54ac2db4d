#include "ui/calendar/EventDetailsPane.h"

#include "core/auth/BrowserOpener.h"
#include "core/calendar/EventBodySanitizer.h"
#include "core/calendar/EventChangeRule.h"
#include "core/calendar/EventFormatter.h"
#include "core/model/GraphTime.h"
#include "ui/calendar/EventPalette.h"
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
    else if (event.responseStatus.response != ResponseStatus::Response::None)
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
