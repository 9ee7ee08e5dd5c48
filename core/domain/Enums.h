// Domain enums and their stable string names: the names are what the database, the
// command line and CSV files use, so they never change once released.
#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <string_view>

namespace fd {

enum class Stage { Onboarding, PostSales, Retention, Advocacy };
enum class CustomerStatus { Active, Churned };
enum class TicketStatus { New, Open, Pending, OnHold, Solved, Closed };
enum class Priority { Low, Normal, High, Urgent };
enum class Category { Setup, Usage, Billing, Bug, Question, Other };
enum class TouchpointKind {
    SelfService,
    LiveChat,
    Email,
    Phone,
    InPerson,
    Partner,
    SocialMedia,
    SuccessReview,
    UserGroup,
    CommunityForum,
    Testimonial,
    Meetup,
    UserConference,
    ProductUpdate,
    Survey,
    Referral,
};
enum class Direction { Inbound, Outbound };
enum class AgentRole { Rep, Manager };
enum class CommentKind { PublicReply, InternalNote };

template <typename E> struct EnumNames;

#define FD_ENUM_NAMES(Type, ...)                                                                   \
    template <> struct EnumNames<Type> {                                                           \
        static constexpr auto names = std::to_array<std::string_view>({__VA_ARGS__});              \
    }

FD_ENUM_NAMES(Stage, "onboarding", "post_sales", "retention", "advocacy");
FD_ENUM_NAMES(CustomerStatus, "active", "churned");
FD_ENUM_NAMES(TicketStatus, "new", "open", "pending", "on_hold", "solved", "closed");
FD_ENUM_NAMES(Priority, "low", "normal", "high", "urgent");
FD_ENUM_NAMES(Category, "setup", "usage", "billing", "bug", "question", "other");
FD_ENUM_NAMES(TouchpointKind, "self_service", "live_chat", "email", "phone", "in_person", "partner",
              "social_media", "success_review", "user_group", "community_forum", "testimonial",
              "meetup", "user_conference", "product_update", "survey", "referral");
FD_ENUM_NAMES(Direction, "inbound", "outbound");
FD_ENUM_NAMES(AgentRole, "rep", "manager");
FD_ENUM_NAMES(CommentKind, "public_reply", "internal_note");

#undef FD_ENUM_NAMES

template <typename E> constexpr std::size_t enumCount()
{
    return EnumNames<E>::names.size();
}

template <typename E> constexpr std::string_view enumName(E value)
{
    return EnumNames<E>::names[static_cast<std::size_t>(value)];
}

// The stable name as a QString (for binding, printing and CSV).
template <typename E> QString toString(E value)
{
    const auto n = enumName(value);
    return QString::fromLatin1(n.data(), static_cast<qsizetype>(n.size()));
}

template <typename E> std::optional<E> enumFromString(QStringView text)
{
    const auto& names = EnumNames<E>::names;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (QLatin1StringView(names[i].data(), static_cast<qsizetype>(names[i].size())) == text)
            return static_cast<E>(i);
    }
    return std::nullopt;
}

// The same from UTF-8 bytes, without building a QString: for scans over millions of rows.
template <typename E> std::optional<E> enumFromUtf8(std::string_view text)
{
    const auto& names = EnumNames<E>::names;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (names[i] == text)
            return static_cast<E>(i);
    }
    return std::nullopt;
}

// "onboarding, post_sales, retention, advocacy": for error sentences that list what is allowed.
template <typename E> QString enumNameList()
{
    QStringList all;
    for (std::size_t i = 0; i < enumCount<E>(); ++i)
        all << toString(static_cast<E>(i));
    return all.join(QStringLiteral(", "));
}

// Human-readable names for the UI and reason sentences.
QString displayName(Stage stage);
// Words for people (lists, forms): "On hold", "Urgent", "Live chat".
QString displayName(TicketStatus status);
QString displayName(Priority priority);
QString displayName(Category category);
QString displayName(TouchpointKind kind);

// Kinds a ticket can arrive through: its channel is recorded as an inbound touchpoint.
bool isTicketChannel(TouchpointKind kind);
bool isOpen(TicketStatus status);
// Live touchpoints (PRODUCT.md §3): live chat, email, phone and in person.
bool isLive(TouchpointKind kind);
// Advocacy touchpoints (PRODUCT.md §3): testimonial, community forum, meetup, user
// conference and referral.
bool isAdvocacy(TouchpointKind kind);
// "live chat", "self-service": a kind's one display name as it reads inside a sentence
// (its first letter lower case); lists, forms and tables use displayName.
QString kindWords(TouchpointKind kind);

} // namespace fd
