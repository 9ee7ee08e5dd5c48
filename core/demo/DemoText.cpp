#include "demo/DemoText.h"

#include "demo/Random.h"

#include <array>

namespace fd::demo {

namespace {

using Words = std::span<const std::string_view>;

template <std::size_t N>
std::string_view pickFrom(const std::array<std::string_view, N>& words, Random& random)
{
    return random.pick(Words(words));
}

constexpr std::array<std::string_view, 48> kFirst = {
    "Ava",   "Liam",  "Noah",  "Emma",   "Olivia", "Mateo", "Sofia",  "Lucas", "Mia",   "Ethan",
    "Amara", "Kenji", "Priya", "Omar",   "Chloe",  "Hugo",  "Ingrid", "Diego", "Yara",  "Felix",
    "Nina",  "Tariq", "Lena",  "Rafael", "Zoe",    "Arjun", "Maya",   "Jonas", "Leila", "Samuel",
    "Hana",  "Pablo", "Freya", "Malik",  "Clara",  "Ivan",  "Aisha",  "Theo",  "Elif",  "Marco",
    "Sara",  "Tomas", "Mei",   "Oscar",  "Nora",   "Kofi",  "Julia",  "Anton"};
constexpr std::array<std::string_view, 48> kLast = {
    "Garcia",   "Nguyen",    "Smith",   "Müller", "Rossi",   "Kowalski", "Okafor",  "Tanaka",
    "Silva",    "Johansson", "Dubois",  "Patel",  "Kim",     "Novak",    "Hansen",  "Moreau",
    "Costa",    "Schmidt",   "Haddad",  "Jensen", "Lopez",   "Fischer",  "Ivanova", "Brown",
    "Yilmaz",   "Andersen",  "Park",    "Romano", "Mensah",  "Weber",    "Sato",    "Ortiz",
    "Berg",     "Lindqvist", "Chen",    "Murphy", "Adeyemi", "Varga",    "Santos",  "Kaur",
    "Nakamura", "Eriksen",   "Bianchi", "Walsh",  "Horvat",  "Ali",      "Petrov",  "Mendes"};
constexpr std::array<std::string_view, 40> kCompany = {
    "Acme",      "Northwind",  "Bluebird", "Copperleaf", "Evergreen", "Lighthouse", "Brightpath",
    "Summit",    "Riverstone", "Nimbus",   "Falcon",     "Harbor",    "Maple",      "Orbit",
    "Pioneer",   "Quartz",     "Redwood",  "Sterling",   "Tidewater", "Vertex",     "Willow",
    "Zenith",    "Atlas",      "Beacon",   "Cascade",    "Driftwood", "Ember",      "Foxglove",
    "Granite",   "Horizon",    "Ironclad", "Juniper",    "Keystone",  "Lumen",      "Meridian",
    "Northstar", "Oakridge",   "Prism",    "Sequoia",    "Trailhead"};
constexpr std::array<std::string_view, 10> kSuffix = {
    "Corp",    "Labs",  "Logistics", "Health",   "Retail",
    "Studios", "Foods", "Systems",   "Partners", "Analytics"};
constexpr std::array<std::string_view, 4> kPlan = {"Starter", "Team", "Business", "Enterprise"};
constexpr std::array<std::string_view, 8> kRole = {
    "Admin", "Team lead", "Engineer", "Finance", "Operations", "Support lead", "Analyst", "Owner"};
constexpr std::array<std::string_view, 16> kFeature = {"the dashboard",
                                                       "SSO login",
                                                       "the CSV export",
                                                       "user invitations",
                                                       "the mobile app",
                                                       "email notifications",
                                                       "the API",
                                                       "billing settings",
                                                       "workflow rules",
                                                       "the calendar sync",
                                                       "custom fields",
                                                       "the reports page",
                                                       "data import",
                                                       "the Slack integration",
                                                       "two-factor authentication",
                                                       "audit logs"};

constexpr std::array<std::string_view, 8> kSetup = {
    "Cannot finish account setup", "How do I invite my team?",    "SSO configuration fails",
    "Importing our existing data", "Setting up email forwarding", "Where do I find the API key?",
    "Connecting the calendar",     "First login does not work"};
constexpr std::array<std::string_view, 8> kUsage = {
    "Report totals look wrong",       "How to automate weekly exports", "Workflow rule not firing",
    "Best way to organise projects",  "Dashboard loads slowly",         "Bulk edit of records",
    "Custom field missing in export", "Notifications arrive twice"};
constexpr std::array<std::string_view, 6> kBilling = {
    "Invoice shows the wrong plan", "Upgrade to Business plan", "Refund for duplicate charge",
    "Change billing contact",       "VAT number on invoices",   "Downgrade at renewal"};
constexpr std::array<std::string_view, 8> kBug = {
    "Error 500 when saving",     "Export file is empty",      "App crashes on upload",
    "Search returns no results", "Timezone shifts due dates", "Login loop after password reset",
    "Attachment preview broken", "Sync stops after an hour"};
constexpr std::array<std::string_view, 6> kQuestion = {
    "Is there an offline mode?",  "Data retention policy",          "Do you support SAML?",
    "Roadmap for the mobile app", "GDPR data processing agreement", "Training for new hires"};
constexpr std::array<std::string_view, 4> kOther = {
    "Feedback on the new release", "Partnership enquiry", "Account ownership transfer",
    "Question about the status page"};

constexpr std::array<std::string_view, 6> kDetail = {
    "We noticed this yesterday afternoon and it affects several people on our team.",
    "Steps: open the page, change the setting, save. Nothing happens and no error is shown.",
    "This blocks our rollout to the rest of the company, so a quick answer would help.",
    "We followed the documentation but the result is not what it describes.",
    "It started after the last update; before that everything worked fine.",
    "Could you point us to the right article or walk us through it on a call?"};
constexpr std::array<std::string_view, 6> kReply = {
    "Thanks for reaching out! I have reproduced this and walked through the fix below.",
    "Good question. You can do this under Settings; I have attached a short guide.",
    "We have deployed a fix for this. Could you try again and let us know?",
    "I have escalated this to our engineers and will update you within a day.",
    "That setting is per workspace. I changed it for you; it should work now.",
    "Happy to help. Here is the article that covers it step by step."};
constexpr std::array<std::string_view, 4> kNote = {
    "Customer is on an older browser; asked for version.", "Linked to known issue in sync service.",
    "Offered a training call with the success team.", "Checked logs: quota exceeded on import."};

} // namespace

std::string_view firstName(Random& r)
{
    return pickFrom(kFirst, r);
}
std::string_view lastName(Random& r)
{
    return pickFrom(kLast, r);
}
std::string_view firstNameAt(std::size_t i)
{
    return kFirst[i % kFirst.size()];
}
std::string_view lastNameAt(std::size_t i)
{
    return kLast[i % kLast.size()];
}
std::string_view companyWord(Random& r)
{
    return pickFrom(kCompany, r);
}
std::string_view companySuffix(Random& r)
{
    return pickFrom(kSuffix, r);
}
std::string_view plan(Random& r)
{
    return pickFrom(kPlan, r);
}
std::string_view contactRole(Random& r)
{
    return pickFrom(kRole, r);
}
std::string_view feature(Random& r)
{
    return pickFrom(kFeature, r);
}
std::string_view replyText(Random& r)
{
    return pickFrom(kReply, r);
}
std::string_view noteText(Random& r)
{
    return pickFrom(kNote, r);
}
std::string_view ticketDetail(Category, Random& r)
{
    return pickFrom(kDetail, r);
}

std::string_view ticketSubject(Category category, Random& r)
{
    switch (category) {
    case Category::Setup:
        return pickFrom(kSetup, r);
    case Category::Usage:
        return pickFrom(kUsage, r);
    case Category::Billing:
        return pickFrom(kBilling, r);
    case Category::Bug:
        return pickFrom(kBug, r);
    case Category::Question:
        return pickFrom(kQuestion, r);
    case Category::Other:
        break;
    }
    return pickFrom(kOther, r);
}

std::string_view touchpointSummary(TouchpointKind kind, Random& r)
{
    static constexpr std::array<std::string_view, 16> kSummaries = {
        "Read the getting-started guide",   "Chat about first steps",
        "Email follow-up on setup",         "Phone call to walk through configuration",
        "On-site kickoff workshop",         "Introduced via integration partner",
        "Mentioned us on social media",     "Quarterly success review",
        "Attended the regional user group", "Answered a question in the community forum",
        "Gave a written testimonial",       "Spoke at a customer meetup",
        "Attended the user conference",     "Sent release notes for the new version",
        "Answered the satisfaction survey", "Referred another company"};
    (void)r;
    return kSummaries[static_cast<std::size_t>(kind)];
}

std::vector<CannedReply> cannedReplies()
{
    auto reply = [](const char* title, const char* body) {
        return CannedReply{0, QString::fromUtf8(title), QString::fromUtf8(body), {}};
    };
    return {
        reply("Greeting", "Hi {customer.name},\n\nThanks for reaching out. "),
        reply("Looking into it",
              "Hi {customer.name},\n\nThanks for the details. I am looking into "
              "ticket #{ticket.id} now and will update you within the day.\n\n{agent.name}"),
        reply("Need more information",
              "Hi {customer.name},\n\nCould you send a screenshot and the "
              "steps that lead to the problem? That will help us reproduce it.\n\n{agent.name}"),
        reply("Fixed in the next release",
              "Hi {customer.name},\n\nThe fix is part of the next release. "
              "I will keep #{ticket.id} open until it ships.\n\n{agent.name}"),
        reply("Closing: solved",
              "Hi {customer.name},\n\nGlad this is sorted. I am marking #{ticket.id} "
              "as solved; reply here if anything comes up again.\n\n{agent.name}"),
        reply("Success review invitation",
              "Hi {customer.name},\n\nIt has been a while since we looked "
              "at how things are going. Would you have 30 minutes for a "
              "success review next week?\n\n{agent.name}"),
    };
}

} // namespace fd::demo
