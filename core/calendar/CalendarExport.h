// Tasks as an iCalendar file (RFC 5545), written with Debian's libical (issue 18: "Reviews
// export to a calendar as .ics"); libical stays behind this one function, in its own library
// (funneldesk_calendar), so core links Qt, SQLite and libpq only.
//
// One VCALENDAR (METHOD:PUBLISH, PRODID "-//FunnelDesk//Success tasks//EN") with one all-day
// VEVENT per task on its due day (DTSTART;VALUE=DATE, DTEND the day after), not a VTODO:
// calendar programs import events everywhere, to-dos in few. UID "task-<id>@<uidDomain>" keeps
// a task one event when the file is imported again; SUMMARY "<task>: <customer>"; DESCRIPTION
// names the customer's id, the owner and what marking it done records. libical escapes and
// folds the text (commas, semicolons, line breaks; 75-octet lines).
#pragma once

#include "domain/Task.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <span>

namespace fd {

class CalendarExport {
public:
    // The file's bytes (UTF-8, CRLF line ends). `stamp` (UTC) is every event's DTSTAMP.
    static QByteArray ics(std::span<const Task> tasks, const QDateTime& stamp,
                          const QString& uidDomain);
};

} // namespace fd
