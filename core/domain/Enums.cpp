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

namespace {

// Listed for lupdate, translated when shown; in the order of the enums.
constexpr const char* kStatusWords[] = {QT_TRANSLATE_NOOP("fd::TicketStatus", "New"),
                                        QT_TRANSLATE_NOOP("fd::TicketStatus", "Open"),
                                        QT_TRANSLATE_NOOP("fd::TicketStatus", "Pending"),
                                        QT_TRANSLATE_NOOP("fd::TicketStatus", "On hold"),
                                        QT_TRANSLATE_NOOP("fd::TicketStatus", "Solved"),
                                        QT_TRANSLATE_NOOP("fd::TicketStatus", "Closed")};
constexpr const char* kPriorityWords[] = {
    QT_TRANSLATE_NOOP("fd::Priority", "Low"), QT_TRANSLATE_NOOP("fd::Priority", "Normal"),
    QT_TRANSLATE_NOOP("fd::Priority", "High"), QT_TRANSLATE_NOOP("fd::Priority", "Urgent")};
constexpr const char* kCategoryWords[] = {
    QT_TRANSLATE_NOOP("fd::Category", "Setup"),    QT_TRANSLATE_NOOP("fd::Category", "Usage"),
    QT_TRANSLATE_NOOP("fd::Category", "Billing"),  QT_TRANSLATE_NOOP("fd::Category", "Bug"),
    QT_TRANSLATE_NOOP("fd::Category", "Question"), QT_TRANSLATE_NOOP("fd::Category", "Other")};
constexpr const char* kKindWords[] = {QT_TRANSLATE_NOOP("fd::TouchpointKind", "Self-service"),
                                      QT_TRANSLATE_NOOP("fd::TouchpointKind", "Live chat"),
                                      QT_TRANSLATE_NOOP("fd::TouchpointKind", "Email"),
                                      QT_TRANSLATE_NOOP("fd::TouchpointKind", "Phone"),
                                      QT_TRANSLATE_NOOP("fd::TouchpointKind", "In person"),
                                      QT_TRANSLATE_NOOP("fd::TouchpointKind", "Partner"),
                                      QT_TRANSLATE_NOOP("fd::TouchpointKind", "Social media"),
                                      QT_TRANSLATE_NOOP("fd::TouchpointKind", "Success review"),
                                      QT_TRANSLATE_NOOP("fd::TouchpointKind", "User group"),
                                      QT_TRANSLATE_NOOP("fd::TouchpointKind", "Community forum"),
                                      QT_TRANSLATE_NOOP("fd::TouchpointKind", "Testimonial"),
                                      QT_TRANSLATE_NOOP("fd::TouchpointKind", "Meetup"),
                                      QT_TRANSLATE_NOOP("fd::TouchpointKind", "User conference"),
                                      QT_TRANSLATE_NOOP("fd::TouchpointKind", "Product update"),
                                      QT_TRANSLATE_NOOP("fd::TouchpointKind", "Survey"),
                                      QT_TRANSLATE_NOOP("fd::TouchpointKind", "Referral")};
static_assert(std::size(kStatusWords) == enumCount<TicketStatus>());
static_assert(std::size(kPriorityWords) == enumCount<Priority>());
static_assert(std::size(kCategoryWords) == enumCount<Category>());
static_assert(std::size(kKindWords) == enumCount<TouchpointKind>());

template <typename E, std::size_t N>
QString wordsFor(const char* context, const char* const (&table)[N], E value)
{
    return QCoreApplication::translate(context, table[static_cast<std::size_t>(value)]);
}

} // namespace

QString displayName(TicketStatus status)
{
    return wordsFor("fd::TicketStatus", kStatusWords, status);
}

QString displayName(Priority priority)
{
    return wordsFor("fd::Priority", kPriorityWords, priority);
}

QString displayName(Category category)
{
    return wordsFor("fd::Category", kCategoryWords, category);
}

QString displayName(TouchpointKind kind)
{
    return wordsFor("fd::TouchpointKind", kKindWords, kind);
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
    QString words = displayName(kind);
    // English lower-cases it inside a sentence ("by live chat"); a translation keeps its own
    // capitals (German nouns have one: "per E-Mail").
    if (!words.isEmpty() && words == QLatin1String(kKindWords[static_cast<std::size_t>(kind)]))
        words[0] = words[0].toLower();
    return words;
}

bool isOpen(TicketStatus status)
{
    return status == TicketStatus::New || status == TicketStatus::Open ||
           status == TicketStatus::Pending || status == TicketStatus::OnHold;
}

} // namespace fd
