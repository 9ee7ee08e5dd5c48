#include "csv/HelpdeskLayouts.h"

#include <algorithm>
#include <array>

namespace fd::layouts {

namespace {

// Where a synonym comes from is said beside it: the helpdesks' default exports are
// described, with their documentation, in docs/IMPORT-LAYOUTS.md. The Kaggle "Customer
// Support Ticket Dataset" (tests/fixtures/kaggle-support-tickets.csv) gave the first ones.

constexpr FieldSynonyms kCustomerFields[] = {
    {"name", "name customername customer fullname contactname client clientname"},
    {"email", "email customeremail emailaddress mail contactemail primaryemail"},
    {"company", "company companyname customercompany account organization organisation"},
    {"plan", "plan tier subscription planname customerplan"},
    {"owner", "owner accountowner accountmanager customersuccessmanager csm rep agent "
              "assignedto contactowner"},
    {"since", "since customersince dateofpurchase purchasedate firstsale customerfrom startdate "
              "signupdate"},
    {"status", "status customerstatus state"},
    {"stage", "stage funnelstage lifecyclestage customerstage"},
    // Beyond PRODUCT.md's list: what an export carries, so that it imports again unchanged.
    {"stage_entered_at", "stageenteredat stagedate stagesince instagesince"},
    {"tags", "tags labels"},
    {"notes", "notes note comments"},
};

constexpr FieldSynonyms kTicketFields[] = {
    // Zendesk "Id", osTicket "Ticket Number", Zammad/ServiceNow/FreeScout "Number", Jira
    // "Issue key", Help Scout "Conversation number".
    {"external_ref", "externalref ticketid id ticketnumber ticketno number ref reference "
                     "ticketref externalid issuekey key conversationnumber conversationid "
                     "incidentnumber casenumber"},
    // Zendesk "Requester", osTicket "From", Freshdesk "Full name", Jira "Reporter",
    // Zammad "Customer", ServiceNow "caller_id", HubSpot "Associated Contact" (a name or
    // an email: the importer tells them apart).
    {"customer_name", "customername requester requestername contactname name customer client "
                      "clientname from fullname reporter callerid caller associatedcontact contact "
                      "requesterfullname"},
    {"customer_email", "customeremail email requesteremail emailaddress contactemail mail "
                       "customeremailaddress requesteremailaddress fromemail reporteremail "
                       "contactemailaddress"},
    {"customer_company", "customercompany company companyname account accountname "
                         "organization organisation requesterorganization associatedcompany"},
    {"customer_since", "customersince dateofpurchase purchasedate since firstsale"},
    // HubSpot "Ticket name", ServiceNow "short_description", Zammad "Title", Jira "Summary".
    {"subject", "subject ticketsubject title summary tickettitle ticketname shortdescription "
                "conversationsubject"},
    {"description", "description ticketdescription body details message content text"},
    // osTicket "Current Status", ServiceNow "incident_state", HubSpot "Ticket status".
    {"status", "status ticketstatus state currentstatus incidentstate conversationstatus"},
    {"priority", "priority ticketpriority urgency severity"},
    // Zendesk "Via", Freshdesk/osTicket "Source", ServiceNow "contact_type", Help Scout "Type".
    {"channel", "channel ticketchannel source via medium contacttype ticketsource "
                "conversationtype channeltype createchannel"},
    // Jira "Issue Type", osTicket "Help Topic", Freshdesk/Zendesk "Type".
    {"category", "category tickettype type ticketcategory issuetype helptopic"},
    // Freshdesk "Created time", HubSpot "Create date", osTicket "Date Created", ServiceNow
    // "opened_at" / "sys_created_on".
    {"created_at", "createdat created opened datecreated createddate createdon openedat "
                   "creationdate submittedat createdtime createdate syscreatedon datereceived"},
    // Freshdesk "Initial response time" (a date-time; its "First response time (in hrs)"
    // is a duration and stays unmapped).
    {"first_response_at", "firstresponseat firstresponsetime firstreplyat firstresponse "
                          "firstreplytime firstrespondedat initialresponsetime "
                          "firstagentemailresponsedate"},
    // Freshdesk "Resolved time", HubSpot "Close date", Zammad "Closed at", osTicket
    // "Closed Date", ServiceNow "resolved_at" / "closed_at".
    {"solved_at", "solvedat timetoresolution resolvedat closedat solved resolved closed "
                  "resolutiondate dateresolved resolvedtime closedtime closedate dateclosed "
                  "closeddate"},
    // When a row was written, in exports with one row per update (ServiceNow's incident
    // log "sys_updated_at"/"sys_updated_on", Jira "Updated", osTicket "Last Updated"): the
    // latest row of a ticket gives its status, priority and assignee. Beyond PRODUCT.md.
    {"updated_at", "updatedat updated lastupdated sysupdatedat sysupdatedon lastmodified "
                   "modifiedat lastupdate updatedtime"},
    // Zendesk "Satisfaction Score", Help Scout "Rating", Freshdesk "Satisfaction survey".
    {"csat", "csat customersatisfactionrating satisfaction satisfactionrating csatscore rating "
             "satisfactionscore customersatisfaction satisfactionsurvey surveyresults"},
    // HubSpot "Ticket owner", osTicket "Agent Assigned", Freshdesk "Agent", ServiceNow
    // "assigned_to", Zammad "Owner".
    {"assignee", "assignee agent assignedto assigneename owner ticketowner agentassigned "
                 "assignedagent"},
    {"tags", "tags labels label tag"}, // beyond PRODUCT.md's list, for exports to import unchanged
};

constexpr FieldSynonyms kTouchpointFields[] = {
    {"customer_name", "customername customer name contactname requester client"},
    {"customer_email", "customeremail email emailaddress contactemail requesteremail mail"},
    {"kind", "kind touchpointkind type touchpointtype channel activitytype"},
    {"direction", "direction inout"},
    {"occurred_at", "occurredat occurred date datetime timestamp at when createdat created"},
    {"agent", "agent owner rep assignee user"},
    {"summary", "summary notes note description subject details"},
    {"score", "score surveyscore npsscore nps"},
};

constexpr std::array<std::string_view, 1> kListFields = {"tags"};

// Every stable name is in its table too (tested), so our own exports read back whatever
// their case or separators. A leading number is dropped before the lookup ("2 normal",
// "3 - Moderate"), so the tables hold the words only.
constexpr ValueSynonym<TicketStatus> kStatuses[] = {
    {"new", TicketStatus::New},
    {"unassigned", TicketStatus::New},
    {"todo", TicketStatus::New}, // Jira
    {"open", TicketStatus::Open},
    {"inprogress", TicketStatus::Open},
    {"reopened", TicketStatus::Open},
    {"assigned", TicketStatus::Open},
    {"active", TicketStatus::Open},            // ServiceNow, Help Scout, FreeScout
    {"waitingonus", TicketStatus::Open},       // HubSpot
    {"waitingforsupport", TicketStatus::Open}, // Jira Service Management
    {"escalated", TicketStatus::Open},
    {"workinprogress", TicketStatus::Open}, // Jira Service Management
    {"answered", TicketStatus::Open},
    {"pending", TicketStatus::Pending},
    {"pendingreminder", TicketStatus::Pending}, // Zammad
    {"pendingclose", TicketStatus::Pending},    // Zammad
    {"pendingcustomerresponse", TicketStatus::Pending},
    {"pendingcustomer", TicketStatus::Pending},
    {"awaitingcustomer", TicketStatus::Pending},
    {"awaitingcustomerresponse", TicketStatus::Pending},
    {"awaitinguserinfo", TicketStatus::Pending},   // ServiceNow
    {"awaitingcaller", TicketStatus::Pending},     // ServiceNow
    {"waitingoncustomer", TicketStatus::Pending},  // Freshdesk
    {"waitingforcustomer", TicketStatus::Pending}, // Jira Service Management
    {"waitingoncontact", TicketStatus::Pending},   // HubSpot
    {"awaitingreply", TicketStatus::Pending},
    {"onhold", TicketStatus::OnHold},
    {"hold", TicketStatus::OnHold}, // Zendesk
    {"waiting", TicketStatus::OnHold},
    {"paused", TicketStatus::OnHold},
    {"waitingonthirdparty", TicketStatus::OnHold}, // Freshdesk
    {"awaitingvendor", TicketStatus::OnHold},      // ServiceNow
    {"awaitingproblem", TicketStatus::OnHold},     // ServiceNow
    {"awaitingchange", TicketStatus::OnHold},      // ServiceNow
    {"awaitingevidence", TicketStatus::OnHold},    // ServiceNow
    {"solved", TicketStatus::Solved},
    {"resolved", TicketStatus::Solved},
    {"done", TicketStatus::Solved},
    {"fixed", TicketStatus::Solved},
    {"completed", TicketStatus::Solved},
    {"closed", TicketStatus::Closed},
    {"merged", TicketStatus::Closed},   // Zammad
    {"removed", TicketStatus::Closed},  // Zammad
    {"deleted", TicketStatus::Closed},  // osTicket
    {"archived", TicketStatus::Closed}, // osTicket
    {"canceled", TicketStatus::Closed}, // ServiceNow, Jira
    {"cancelled", TicketStatus::Closed},
    {"spam", TicketStatus::Closed},     // Help Scout, FreeScout
    {"wontdo", TicketStatus::Closed},   // Jira
    {"declined", TicketStatus::Closed}, // Jira Service Management
};

constexpr ValueSynonym<Priority> kPriorities[] = {
    {"low", Priority::Low},        {"lowest", Priority::Low},      {"minor", Priority::Low},
    {"trivial", Priority::Low},    {"planning", Priority::Low}, // ServiceNow "5 - Planning"
    {"p4", Priority::Low},         {"p5", Priority::Low},          {"normal", Priority::Normal},
    {"medium", Priority::Normal},  {"moderate", Priority::Normal}, {"standard", Priority::Normal},
    {"p3", Priority::Normal},      {"high", Priority::High},       {"major", Priority::High},
    {"p2", Priority::High},        {"urgent", Priority::Urgent},   {"critical", Priority::Urgent},
    {"highest", Priority::Urgent}, {"blocker", Priority::Urgent},  {"emergency", Priority::Urgent},
    {"p1", Priority::Urgent},
};

// Kinds that name how a contact happened; the ticket channels are among them.
constexpr ValueSynonym<TouchpointKind> kKinds[] = {
    {"selfservice", TouchpointKind::SelfService},
    {"web", TouchpointKind::SelfService},
    {"portal", TouchpointKind::SelfService},         // Freshdesk
    {"webform", TouchpointKind::SelfService},        // Zendesk "Web form"
    {"webwidget", TouchpointKind::SelfService},      // Zendesk
    {"feedbackwidget", TouchpointKind::SelfService}, // Freshdesk
    {"website", TouchpointKind::SelfService},
    {"helpcenter", TouchpointKind::SelfService},
    {"helpcentre", TouchpointKind::SelfService},
    {"api", TouchpointKind::SelfService}, // osTicket, Zendesk "Web service (API)"
    {"webservice", TouchpointKind::SelfService},
    {"webserviceapi", TouchpointKind::SelfService},
    {"mobile", TouchpointKind::SelfService},
    {"mobilesdk", TouchpointKind::SelfService},
    {"form", TouchpointKind::SelfService},     // HubSpot
    {"mobihelp", TouchpointKind::SelfService}, // Freshdesk
    {"bot", TouchpointKind::SelfService},      // Freshdesk
    {"livechat", TouchpointKind::LiveChat},
    {"chat", TouchpointKind::LiveChat},
    {"webchat", TouchpointKind::LiveChat},
    {"messaging", TouchpointKind::LiveChat},
    {"virtualagent", TouchpointKind::LiveChat}, // ServiceNow
    {"chatbot", TouchpointKind::LiveChat},
    {"whatsapp", TouchpointKind::LiveChat},
    {"email", TouchpointKind::Email},
    {"fax", TouchpointKind::Email}, // Zammad
    {"mail", TouchpointKind::Email},
    {"outboundemail", TouchpointKind::Email}, // Freshdesk
    {"emailinbound", TouchpointKind::Email},
    {"phone", TouchpointKind::Phone},
    {"call", TouchpointKind::Phone},
    {"phonecall", TouchpointKind::Phone},
    {"phonecallincoming", TouchpointKind::Phone}, // Zendesk
    {"phonecalloutgoing", TouchpointKind::Phone}, // Zendesk
    {"telephone", TouchpointKind::Phone},
    {"voice", TouchpointKind::Phone},
    {"voicemail", TouchpointKind::Phone},
    {"ivr", TouchpointKind::Phone}, // ServiceNow
    {"sms", TouchpointKind::Phone},
    {"text", TouchpointKind::Phone},
    {"inperson", TouchpointKind::InPerson},
    {"walkin", TouchpointKind::InPerson},        // ServiceNow
    {"directopening", TouchpointKind::InPerson}, // ServiceNow
    {"onsite", TouchpointKind::InPerson},
    {"facetoface", TouchpointKind::InPerson},
    {"partner", TouchpointKind::Partner},
    {"reseller", TouchpointKind::Partner},
    {"socialmedia", TouchpointKind::SocialMedia},
    {"social", TouchpointKind::SocialMedia},
    {"twitter", TouchpointKind::SocialMedia},
    {"facebook", TouchpointKind::SocialMedia},
    {"facebookpost", TouchpointKind::SocialMedia}, // Zendesk
    {"facebookmessage", TouchpointKind::SocialMedia},
    {"twitterstatus", TouchpointKind::SocialMedia}, // Zammad
    {"twitterdirectmessage", TouchpointKind::SocialMedia},
    {"telegrampersonalmessage", TouchpointKind::SocialMedia},
    {"whatsappmessage", TouchpointKind::SocialMedia},
    {"instagram", TouchpointKind::SocialMedia},
    {"successreview", TouchpointKind::SuccessReview},
    {"businessreview", TouchpointKind::SuccessReview},
    {"qbr", TouchpointKind::SuccessReview},
    {"usergroup", TouchpointKind::UserGroup},
    {"communityforum", TouchpointKind::CommunityForum},
    {"forum", TouchpointKind::CommunityForum}, // Freshdesk
    {"community", TouchpointKind::CommunityForum},
    {"testimonial", TouchpointKind::Testimonial},
    {"meetup", TouchpointKind::Meetup},
    {"userconference", TouchpointKind::UserConference},
    {"conference", TouchpointKind::UserConference},
    {"productupdate", TouchpointKind::ProductUpdate},
    {"releasenotes", TouchpointKind::ProductUpdate},
    {"survey", TouchpointKind::Survey},
    {"nps", TouchpointKind::Survey},
    {"referral", TouchpointKind::Referral},
};

constexpr ValueSynonym<Category> kCategories[] = {
    {"setup", Category::Setup},
    {"installation", Category::Setup},
    {"install", Category::Setup},
    {"configuration", Category::Setup},
    {"onboarding", Category::Setup},
    {"usage", Category::Usage},
    {"howto", Category::Usage},
    {"training", Category::Usage},
    {"billing", Category::Billing},
    {"billinginquiry", Category::Billing},
    {"billingenquiry", Category::Billing},
    {"refundrequest", Category::Billing},
    {"refund", Category::Billing},
    {"payment", Category::Billing},
    {"invoice", Category::Billing},
    {"bug", Category::Bug},
    {"technicalissue", Category::Bug},
    {"technicalproblem", Category::Bug},
    {"defect", Category::Bug},
    {"problem", Category::Bug},
    {"incident", Category::Bug},
    {"question", Category::Question},
    {"productinquiry", Category::Question},
    {"productenquiry", Category::Question},
    {"inquiry", Category::Question},
    {"enquiry", Category::Question},
    {"generalinquiry", Category::Question},
    {"servicerequest", Category::Question}, // Jira Service Management
    {"support", Category::Question},
    {"task", Category::Other},           // Zendesk, Jira
    {"featurerequest", Category::Other}, // Freshdesk
    {"other", Category::Other},
    {"cancellationrequest", Category::Other},
    {"cancellation", Category::Other},
    {"general", Category::Other},
    {"misc", Category::Other},
};

constexpr ValueSynonym<Direction> kDirections[] = {
    {"inbound", Direction::Inbound},   {"in", Direction::Inbound},
    {"incoming", Direction::Inbound},  {"received", Direction::Inbound},
    {"outbound", Direction::Outbound}, {"out", Direction::Outbound},
    {"outgoing", Direction::Outbound}, {"sent", Direction::Outbound},
};

constexpr ValueSynonym<CustomerStatus> kCustomerStatuses[] = {
    {"active", CustomerStatus::Active},    {"current", CustomerStatus::Active},
    {"customer", CustomerStatus::Active},  {"churned", CustomerStatus::Churned},
    {"churn", CustomerStatus::Churned},    {"cancelled", CustomerStatus::Churned},
    {"canceled", CustomerStatus::Churned}, {"inactive", CustomerStatus::Churned},
    {"lost", CustomerStatus::Churned},     {"former", CustomerStatus::Churned},
};

constexpr ValueSynonym<Stage> kStages[] = {
    {"onboarding", Stage::Onboarding},
    {"postsales", Stage::PostSales},
    {"retention", Stage::Retention},
    {"advocacy", Stage::Advocacy},
};

constexpr ValueSynonym<int> kSatisfaction[] = {
    {"good", 5},
    {"goodwithcomment", 5},
    {"great", 5},
    {"extremelyhappy", 5},
    {"extremelysatisfied", 5},
    {"verysatisfied", 5},
    {"happy", 4},
    {"satisfied", 4},
    {"awesome", 5},
    {"justokay", 3},
    {"unsatisfied", 2}, // Freshdesk
    {"veryunsatisfied", 1},
    {"extremelyunsatisfied", 1},
    {"okay", 3},
    {"ok", 3},
    {"neutral", 3},
    {"unhappy", 2},
    {"dissatisfied", 2},
    {"notgood", 1},
    {"bad", 1},
    {"badwithcomment", 1},
    {"extremelyunhappy", 1},
    {"verydissatisfied", 1},
    {"offered", 0},
    {"unoffered", 0},
    {"notoffered", 0},
};

} // namespace

std::span<const FieldSynonyms> customerFields()
{
    return kCustomerFields;
}
std::span<const FieldSynonyms> ticketFields()
{
    return kTicketFields;
}
std::span<const FieldSynonyms> touchpointFields()
{
    return kTouchpointFields;
}

bool isListField(std::string_view field)
{
    return std::find(kListFields.begin(), kListFields.end(), field) != kListFields.end();
}

std::span<const ValueSynonym<TicketStatus>> ticketStatuses()
{
    return kStatuses;
}
std::span<const ValueSynonym<Priority>> priorities()
{
    return kPriorities;
}
std::span<const ValueSynonym<TouchpointKind>> kinds()
{
    return kKinds;
}
std::span<const ValueSynonym<Category>> categories()
{
    return kCategories;
}
std::span<const ValueSynonym<Direction>> directions()
{
    return kDirections;
}
std::span<const ValueSynonym<CustomerStatus>> customerStatuses()
{
    return kCustomerStatuses;
}
std::span<const ValueSynonym<Stage>> stages()
{
    return kStages;
}
std::span<const ValueSynonym<int>> satisfactionWords()
{
    return kSatisfaction;
}

bool meansNoChannel(std::u16string_view key)
{
    return key == u"other" || key == u"note" || key == u"none" || key == u"unknown";
}

} // namespace fd::layouts
