#include "calendar/CalendarExport.h"

#include <libical/ical.h>

#include <memory>

namespace fd {

namespace {

struct ComponentFree {
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

icaltimetype allDay(const QDate& day)
{
    icaltimetype t = icaltime_null_date();
    t.year = day.year();
    t.month = day.month();
    t.day = day.day();
    return t;
}

} // namespace

QByteArray CalendarExport::ics(std::span<const Task> tasks, const QDateTime& stamp,
                               const QString& uidDomain)
{
    Component calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(),
                               icalproperty_new_prodid("-//FunnelDesk//Success tasks//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    const icaltimetype dtstamp = icaltime_from_timet_with_zone(
        static_cast<time_t>(stamp.toSecsSinceEpoch()), 0, icaltimezone_get_utc_timezone());
    for (const Task& t : tasks) {
        icalcomponent* event = icalcomponent_new_vevent();
        const QByteArray uid = QStringLiteral("task-%1@%2").arg(t.id).arg(uidDomain).toUtf8();
        const QByteArray summary = (t.title + QStringLiteral(": ") + t.customerName).toUtf8();
        QString about = QStringLiteral("Customer %1 (%2).").arg(t.customerName).arg(t.customerId);
        if (!t.ownerName.isEmpty())
            about += QStringLiteral(" Owner: %1.").arg(t.ownerName);
        if (t.kind)
            about += QStringLiteral(" Marking it done records a touchpoint: %1.")
                         .arg(displayName(*t.kind));
        const QByteArray description = about.toUtf8();
        icalcomponent_add_property(event, icalproperty_new_uid(uid.constData()));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(dtstamp));
        icalcomponent_add_property(event, icalproperty_new_dtstart(allDay(t.dueDay)));
        icalcomponent_add_property(event, icalproperty_new_dtend(allDay(t.dueDay.addDays(1))));
        icalcomponent_add_property(event, icalproperty_new_summary(summary.constData()));
        icalcomponent_add_property(event, icalproperty_new_description(description.constData()));
        icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
        icalcomponent_add_component(calendar.get(), event); // the calendar owns it now
    }
    char* text = icalcomponent_as_ical_string_r(calendar.get());
    QByteArray bytes(text);
    icalmemory_free_buffer(text);
    return bytes;
}

} // namespace fd
