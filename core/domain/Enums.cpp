#include "domain/Enums.h"

#include <QCoreApplication>

namespace fd {

QString displayName(Stage stage)
{
    switch (stage) {
    case Stage::Onboarding:
        return QCoreApplication::translate("fd::Stage", "Onboarding");
    case Stage::PostSales:
        return QCoreApplication::translate("fd::Stage", "Post-sales");
    case Stage::Retention:
        return QCoreApplication::translate("fd::Stage", "Retention");
    case Stage::Advocacy:
        return QCoreApplication::translate("fd::Stage", "Advocacy");
    }
    return {};
}

bool isTicketChannel(TouchpointKind kind)
{
    switch (kind) {
    case TouchpointKind::SelfService:
    case TouchpointKind::LiveChat:
    case TouchpointKind::Email:
    case TouchpointKind::Phone:
    case TouchpointKind::InPerson:
    case TouchpointKind::SocialMedia:
    case TouchpointKind::CommunityForum:
        return true;
    default:
        return false;
    }
}

bool isLive(TouchpointKind kind)
{
    return kind == TouchpointKind::LiveChat || kind == TouchpointKind::Email ||
           kind == TouchpointKind::Phone || kind == TouchpointKind::InPerson;
}

bool isAdvocacy(TouchpointKind kind)
{
    return kind == TouchpointKind::Testimonial || kind == TouchpointKind::CommunityForum ||
           kind == TouchpointKind::Meetup || kind == TouchpointKind::UserConference ||
           kind == TouchpointKind::Referral;
}

QString kindWords(TouchpointKind kind)
{
    return toString(kind).replace(QLatin1Char('_'), QLatin1Char(' '));
}

bool isOpen(TicketStatus status)
{
    return status == TicketStatus::New || status == TicketStatus::Open ||
           status == TicketStatus::Pending || status == TicketStatus::OnHold;
}

} // namespace fd
