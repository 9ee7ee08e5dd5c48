#include "csv/ImportMapping.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <climits>
#include <span>
#include <string_view>

namespace fd {

using namespace Qt::StringLiterals;

namespace {

using Entity = ImportMapping::Entity;

// A field and the normalised header texts that name it, best first: the first is the field
// itself, so an exact header beats a synonym when two columns want one field. Within one
// entity no text names two fields (tested).
struct FieldSynonyms {
    std::string_view field;
    std::string_view synonyms; // space-separated
};

constexpr FieldSynonyms kCustomerFields[] = {
    {"name", "name customername customer fullname contactname client clientname"},
    {"email", "email customeremail emailaddress mail contactemail primaryemail"},
    {"company", "company companyname customercompany account organization organisation"},
    {"plan", "plan tier subscription planname customerplan"},
    {"owner", "owner accountowner accountmanager customersuccessmanager csm rep agent "
              "assignedto"},
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
    {"external_ref", "externalref ticketid id ticketnumber ticketno number ref reference "
                     "ticketref externalid"},
    {"customer_name", "customername requester requestername contactname name customer client "
                      "clientname"},
    {"customer_email", "customeremail email requesteremail emailaddress contactemail mail "
                       "customeremailaddress requesteremailaddress"},
    {"customer_company", "customercompany company companyname account accountname "
                         "organization organisation"},
    {"customer_since", "customersince dateofpurchase purchasedate since firstsale"},
    {"subject", "subject ticketsubject title summary tickettitle"},
    {"description", "description ticketdescription body details message content text"},
    {"status", "status ticketstatus state"},
    {"priority", "priority ticketpriority urgency severity"},
    {"channel", "channel ticketchannel source via medium"},
    {"category", "category tickettype type ticketcategory"},
    {"created_at", "createdat created opened datecreated createddate createdon openedat "
                   "creationdate submittedat"},
    {"first_response_at", "firstresponseat firstresponsetime firstreplyat firstresponse "
                          "firstreplytime"},
    {"solved_at", "solvedat timetoresolution resolvedat closedat solved resolved closed "
                  "resolutiondate dateresolved"},
    {"csat", "csat customersatisfactionrating satisfaction satisfactionrating csatscore rating"},
    {"assignee", "assignee agent assignedto assigneename owner"},
    {"tags", "tags labels"}, // beyond PRODUCT.md's list, for exports to import unchanged
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

std::span<const FieldSynonyms> fieldTable(Entity entity)
{
    switch (entity) {
    case Entity::Customers:
        return kCustomerFields;
    case Entity::Tickets:
        return kTicketFields;
    case Entity::Touchpoints:
        return kTouchpointFields;
    }
    return {};
}

QString latin1(std::string_view text)
{
    return QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
}

// Letters and digits only, lower case: "E-mail", "e_mail" and "E Mail" are all "email".
// Small enough for the stack, so value lookups over millions of cells allocate nothing.
using Key = QVarLengthArray<char16_t, 64>;

Key normalised(QStringView text)
{
    Key key;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            key.append(u);
        else if (u >= u'A' && u <= u'Z')
            key.append(u + (u'a' - u'A'));
        else if (u >= 0x80 && c.isLetterOrNumber())
            key.append(c.toLower().unicode());
    }
    return key;
}

bool sameKey(const Key& key, std::string_view word)
{
    return QStringView(key.constData(), key.size()) ==
           QLatin1StringView(word.data(), static_cast<qsizetype>(word.size()));
}

// Position of key among a field's synonyms (0 = the field's own name), or -1.
int synonymRank(const Key& key, std::string_view synonyms)
{
    int rank = 0;
    while (!synonyms.empty()) {
        const auto space = synonyms.find(' ');
        const std::string_view word = synonyms.substr(0, space);
        if (!word.empty() && sameKey(key, word))
            return rank;
        ++rank;
        if (space == std::string_view::npos)
            break;
        synonyms.remove_prefix(space + 1);
    }
    return -1;
}

QString entityNoun(Entity entity)
{
    switch (entity) {
    case Entity::Customers:
        return ImportMapping::tr("customer");
    case Entity::Tickets:
        return ImportMapping::tr("ticket");
    case Entity::Touchpoints:
        return ImportMapping::tr("touchpoint");
    }
    return {};
}

// "a, b or c": the allowed values in a reason.
QString orList(const QStringList& names)
{
    if (names.size() < 2)
        return names.value(0);
    return ImportMapping::tr("%1 or %2")
        .arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.back());
}

template <typename E>
QStringList allNames()
{
    QStringList names;
    for (std::size_t i = 0; i < enumCount<E>(); ++i)
        names << toString(static_cast<E>(i));
    return names;
}

// Value synonyms, normalised. Every stable name is in its table too (tested), so our own
// exports read back whatever their case or separators.
template <typename E>
struct ValueSynonym {
    std::string_view key;
    E value;
};

constexpr ValueSynonym<TicketStatus> kStatuses[] = {
    {"new", TicketStatus::New},
    {"unassigned", TicketStatus::New},
    {"open", TicketStatus::Open},
    {"inprogress", TicketStatus::Open},
    {"reopened", TicketStatus::Open},
    {"assigned", TicketStatus::Open},
    {"active", TicketStatus::Open},
    {"pending", TicketStatus::Pending},
    {"pendingcustomerresponse", TicketStatus::Pending},
    {"pendingcustomer", TicketStatus::Pending},
    {"awaitingcustomer", TicketStatus::Pending},
    {"awaitingcustomerresponse", TicketStatus::Pending},
    {"waitingoncustomer", TicketStatus::Pending},
    {"waitingforcustomer", TicketStatus::Pending},
    {"awaitingreply", TicketStatus::Pending},
    {"onhold", TicketStatus::OnHold},
    {"hold", TicketStatus::OnHold},
    {"waiting", TicketStatus::OnHold},
    {"paused", TicketStatus::OnHold},
    {"solved", TicketStatus::Solved},
    {"resolved", TicketStatus::Solved},
    {"done", TicketStatus::Solved},
    {"fixed", TicketStatus::Solved},
    {"completed", TicketStatus::Solved},
    {"closed", TicketStatus::Closed},
};

constexpr ValueSynonym<Priority> kPriorities[] = {
    {"low", Priority::Low},         {"lowest", Priority::Low},       {"minor", Priority::Low},
    {"normal", Priority::Normal},   {"medium", Priority::Normal},    {"moderate", Priority::Normal},
    {"standard", Priority::Normal}, {"high", Priority::High},        {"major", Priority::High},
    {"urgent", Priority::Urgent},   {"critical", Priority::Urgent},  {"highest", Priority::Urgent},
    {"blocker", Priority::Urgent},  {"emergency", Priority::Urgent},
};

// Kinds that name how a contact happened; the ticket channels are among them.
constexpr ValueSynonym<TouchpointKind> kKinds[] = {
    {"selfservice", TouchpointKind::SelfService},
    {"web", TouchpointKind::SelfService},
    {"portal", TouchpointKind::SelfService},
    {"webform", TouchpointKind::SelfService},
    {"website", TouchpointKind::SelfService},
    {"helpcenter", TouchpointKind::SelfService},
    {"helpcentre", TouchpointKind::SelfService},
    {"livechat", TouchpointKind::LiveChat},
    {"chat", TouchpointKind::LiveChat},
    {"webchat", TouchpointKind::LiveChat},
    {"messaging", TouchpointKind::LiveChat},
    {"email", TouchpointKind::Email},
    {"mail", TouchpointKind::Email},
    {"phone", TouchpointKind::Phone},
    {"call", TouchpointKind::Phone},
    {"phonecall", TouchpointKind::Phone},
    {"telephone", TouchpointKind::Phone},
    {"voice", TouchpointKind::Phone},
    {"inperson", TouchpointKind::InPerson},
    {"walkin", TouchpointKind::InPerson},
    {"onsite", TouchpointKind::InPerson},
    {"facetoface", TouchpointKind::InPerson},
    {"partner", TouchpointKind::Partner},
    {"reseller", TouchpointKind::Partner},
    {"socialmedia", TouchpointKind::SocialMedia},
    {"social", TouchpointKind::SocialMedia},
    {"twitter", TouchpointKind::SocialMedia},
    {"facebook", TouchpointKind::SocialMedia},
    {"successreview", TouchpointKind::SuccessReview},
    {"businessreview", TouchpointKind::SuccessReview},
    {"qbr", TouchpointKind::SuccessReview},
    {"usergroup", TouchpointKind::UserGroup},
    {"communityforum", TouchpointKind::CommunityForum},
    {"forum", TouchpointKind::CommunityForum},
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

// The stable name first, as it is (our own files), then the synonyms.
template <typename E, std::size_t N>
std::optional<E> lookUp(QStringView text, const ValueSynonym<E> (&table)[N])
{
    if (const auto exact = enumFromString<E>(text))
        return exact;
    const Key key = normalised(text);
    for (const auto& synonym : table) {
        if (sameKey(key, synonym.key))
            return synonym.value;
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
Result<E> mapValue(QStringView text, const ValueSynonym<E> (&table)[N], const char* reason)
{
    if (const auto value = lookUp(text, table))
        return *value;
    return failure(ImportMapping::tr(reason).arg(text.toString(), orList(allNames<E>())));
}

Result<int> wholeNumber(QStringView text, int low, int high, const char* reason)
{
    bool ok = false;
    const double number = text.trimmed().toDouble(&ok);
    if (ok && number >= low && number <= high && number == static_cast<int>(number))
        return static_cast<int>(number);
    return failure(ImportMapping::tr(reason).arg(text.toString()));
}

// --- dates ---

// A value split into its parts before anyone decides which part is the day.
struct DateParts {
    int first = 0;
    int second = 0;
    int third = 0;
    char separator = 0;
    bool yearFirst = false;
    bool hasTime = false;
    QTime time;
    std::optional<int> offsetSecs;
};

bool readDigits(QStringView t, qsizetype& i, int minCount, int maxCount, int& value,
                int* count = nullptr)
{
    int n = 0;
    value = 0;
    while (i < t.size() && n < maxCount && t[i] >= u'0' && t[i] <= u'9') {
        value = value * 10 + (t[i].unicode() - u'0');
        ++i;
        ++n;
    }
    if (count)
        *count = n;
    return n >= minCount && (i == t.size() || t[i] < u'0' || t[i] > u'9');
}

bool isChar(QStringView t, qsizetype i, char16_t c)
{
    return i < t.size() && t[i].unicode() == c;
}

// The clock after the date: "HH:MM[:SS[.fff]]", then a zone for year-first dates or
// AM/PM for the others.
bool splitTime(QStringView t, qsizetype i, DateParts& p)
{
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (!readDigits(t, i, 1, 2, hour) || !isChar(t, i++, u':') || !readDigits(t, i, 2, 2, minute))
        return false;
    if (isChar(t, i, u':')) {
        ++i;
        if (!readDigits(t, i, 2, 2, second))
            return false;
        if (isChar(t, i, u'.') || isChar(t, i, u',')) {
            int fraction = 0;
            ++i;
            if (!readDigits(t, i, 1, 9, fraction))
                return false;
        }
    }
    if (p.yearFirst) {
        if (isChar(t, i, u'Z')) {
            ++i;
            p.offsetSecs = 0;
        } else if (isChar(t, i, u'+') || isChar(t, i, u'-')) {
            const int sign = t[i++] == u'-' ? -1 : 1;
            int hours = 0;
            int minutes = 0;
            int digits = 0;
            if (!readDigits(t, i, 2, 4, hours, &digits) || digits == 3)
                return false;
            if (digits == 4) { // ±hhmm
                minutes = hours % 100;
                hours /= 100;
            } else if (isChar(t, i, u':')) {
                ++i;
                if (!readDigits(t, i, 2, 2, minutes))
                    return false;
            }
            if (hours > 14 || minutes > 59)
                return false;
            p.offsetSecs = sign * (hours * 3600 + minutes * 60);
        }
    } else {
        while (isChar(t, i, u' '))
            ++i;
        if (t.size() - i == 2 && (t[i + 1] == u'M' || t[i + 1] == u'm')) {
            const char16_t half = t[i].toUpper().unicode();
            if ((half != u'A' && half != u'P') || hour < 1 || hour > 12)
                return false;
            hour = hour % 12 + (half == u'P' ? 12 : 0);
            i += 2;
        }
    }
    if (i != t.size() || hour > 23 || minute > 59 || second > 59)
        return false;
    p.hasTime = true;
    p.time = QTime(hour, minute, second);
    return true;
}

bool splitDate(QStringView t, DateParts& p)
{
    qsizetype i = 0;
    int firstDigits = 0;
    int thirdDigits = 0;
    if (!readDigits(t, i, 1, 4, p.first, &firstDigits) || i == t.size())
        return false;
    const char16_t separator = t[i].unicode();
    if (separator != u'-' && separator != u'/' && separator != u'.')
        return false;
    ++i;
    if (!readDigits(t, i, 1, 2, p.second) || !isChar(t, i++, separator) ||
        !readDigits(t, i, 1, 4, p.third, &thirdDigits))
        return false;
    p.separator = static_cast<char>(separator);
    if (firstDigits == 4 && separator == u'-' && thirdDigits <= 2)
        p.yearFirst = true;
    else if (firstDigits <= 2 && thirdDigits == 4)
        p.yearFirst = false;
    else
        return false;
    if (i == t.size())
        return true;
    if (isChar(t, i, u'T') && p.yearFirst) {
        ++i;
    } else if (isChar(t, i, u' ')) {
        while (isChar(t, i, u' '))
            ++i;
    } else {
        return false;
    }
    return splitTime(t, i, p);
}

QDate dateOf(const DateParts& p, ImportMapping::DateFormat::Order order)
{
    using Order = ImportMapping::DateFormat::Order;
    switch (order) {
    case Order::YearMonthDay:
        return QDate(p.first, p.second, p.third);
    case Order::DayMonthYear:
        return QDate(p.third, p.second, p.first);
    case Order::MonthDayYear:
        return QDate(p.third, p.first, p.second);
    }
    return {};
}

// Local time through QDateTime asks the C library on every call, and glibc re-reads
// /etc/localtime each time when TZ is unset: microseconds per value, too slow for a million
// rows. A day's UTC offset is the same from its start to its end except on the days the
// clocks change, so it is looked up once per day; those days take the slow, exact path.
// The cache is per thread and assumes the process's time zone does not change under it.
QDateTime localToUtc(const QDate& date, const QTime& time)
{
    struct Day {
        qint64 julian = -1;
        int offset = 0;
        bool steady = false;
    };
    thread_local std::array<Day, 512> days;
    const qint64 julian = date.toJulianDay();
    Day& day = days[static_cast<std::size_t>(julian) % days.size()];
    if (day.julian != julian) {
        const QDateTime start = date.startOfDay();
        const int offset = start.offsetFromUtc();
        day = {julian, offset,
               start.time() == QTime(0, 0) && date.endOfDay().offsetFromUtc() == offset};
    }
    if (!day.steady)
        return time.isValid() ? QDateTime(date, time, Qt::LocalTime).toUTC()
                              : date.startOfDay().toUTC();
    constexpr qint64 kUnixEpochJulian = 2440588;
    const qint64 localSecs = (julian - kUnixEpochJulian) * 86400 +
                             (time.isValid() ? time.msecsSinceStartOfDay() / 1000 : 0);
    return QDateTime::fromSecsSinceEpoch(localSecs - day.offset, Qt::UTC);
}

QDateTime toUtc(const QDate& date, const DateParts& p)
{
    if (p.offsetSecs)
        return QDateTime(date, p.time, Qt::OffsetFromUTC, *p.offsetSecs).toUTC();
    return localToUtc(date, p.hasTime ? p.time : QTime());
}

QString patternText(ImportMapping::DateFormat::Order order, char separator)
{
    using Order = ImportMapping::DateFormat::Order;
    const QChar s = QLatin1Char(separator);
    switch (order) {
    case Order::YearMonthDay:
        return u"YYYY"_s + s + u"MM"_s + s + u"DD"_s;
    case Order::DayMonthYear:
        return u"DD"_s + s + u"MM"_s + s + u"YYYY"_s;
    case Order::MonthDayYear:
        return u"MM"_s + s + u"DD"_s + s + u"YYYY"_s;
    }
    return {};
}

QString lineText(qint64 line)
{
    return line > 0 ? ImportMapping::tr(" (line %1)").arg(line) : QString();
}

} // namespace

std::optional<ImportMapping::Entity> ImportMapping::entityFromString(QStringView name)
{
    if (name == u"customers")
        return Entity::Customers;
    if (name == u"tickets")
        return Entity::Tickets;
    if (name == u"touchpoints")
        return Entity::Touchpoints;
    return std::nullopt;
}

QStringList ImportMapping::fields(Entity entity)
{
    QStringList names;
    for (const auto& f : fieldTable(entity))
        names << latin1(f.field);
    return names;
}

QStringList ImportMapping::synonyms(Entity entity, QStringView field)
{
    for (const auto& f : fieldTable(entity)) {
        if (QLatin1StringView(f.field.data(), static_cast<qsizetype>(f.field.size())) == field)
            return latin1(f.synonyms).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    return {};
}

Result<ImportMapping> ImportMapping::fromHeader(Entity entity, const QStringList& header,
                                                const QStringList& overrides)
{
    const auto table = fieldTable(entity);
    ImportMapping mapping;
    mapping.m_entity = entity;
    mapping.m_header = header;
    mapping.m_columns = QList<qsizetype>(static_cast<qsizetype>(table.size()), -1);
    QList<int> ranks(static_cast<qsizetype>(table.size()), INT_MAX);
    for (qsizetype column = 0; column < header.size(); ++column) {
        const Key key = normalised(header.at(column));
        for (qsizetype f = 0; f < ranks.size(); ++f) {
            const int rank = synonymRank(key, table[static_cast<std::size_t>(f)].synonyms);
            if (rank >= 0 && rank < ranks[f]) {
                ranks[f] = rank;
                mapping.m_columns[f] = column;
            }
            if (rank >= 0)
                break;
        }
    }

    const QStringList names = fields(entity);
    for (const QString& item : overrides) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        const QString field = item.left(equals).trimmed();
        const qsizetype f = names.indexOf(field);
        if (equals < 0 || f < 0)
            return failure(tr("'%1' does not name a %2 field; write FIELD=COLUMN with one of "
                              "these fields: %3.")
                               .arg(item, entityNoun(entity), names.join(QStringLiteral(", "))));
        const QString columnName = item.mid(equals + 1).trimmed();
        if (columnName.isEmpty()) {
            mapping.m_columns[f] = -1;
            continue;
        }
        qsizetype column = -1;
        for (qsizetype c = 0; c < header.size() && column < 0; ++c) {
            if (header.at(c).trimmed() == columnName)
                column = c;
        }
        for (qsizetype c = 0; c < header.size() && column < 0; ++c) {
            if (header.at(c).trimmed().compare(columnName, Qt::CaseInsensitive) == 0)
                column = c;
        }
        if (column < 0)
            return failure(tr("The file has no column '%1' (in %2); its columns are: %3.")
                               .arg(columnName, item, header.join(QStringLiteral(", "))));
        // The column now feeds this field only.
        std::replace(mapping.m_columns.begin(), mapping.m_columns.end(), column, qsizetype(-1));
        mapping.m_columns[f] = column;
    }
    return mapping;
}

qsizetype ImportMapping::column(QStringView field) const
{
    const auto table = fieldTable(m_entity);
    for (std::size_t f = 0; f < table.size(); ++f) {
        if (QLatin1StringView(table[f].field.data(),
                              static_cast<qsizetype>(table[f].field.size())) == field)
            return m_columns.at(static_cast<qsizetype>(f));
    }
    return -1;
}

QStringList ImportMapping::unmappedColumns() const
{
    QStringList unmapped;
    for (qsizetype c = 0; c < m_header.size(); ++c) {
        if (!m_columns.contains(c))
            unmapped << m_header.at(c);
    }
    return unmapped;
}

Status ImportMapping::checkRequired() const
{
    const bool customerKnown = m_entity == Entity::Customers || column(u"customer_email") >= 0 ||
                               column(u"customer_name") >= 0;
    if (!customerKnown)
        return failure(tr("No column maps to customer_email or customer_name, so the rows "
                          "cannot be matched to customers; map a column to one of them."));
    QStringList required;
    switch (m_entity) {
    case Entity::Customers:
        required = {u"name"_s};
        break;
    case Entity::Tickets:
        required = {u"subject"_s};
        break;
    case Entity::Touchpoints:
        required = {u"kind"_s, u"occurred_at"_s};
        break;
    }
    for (const QString& field : required) {
        if (column(field) < 0)
            return failure(tr("No column maps to the %1 field %2, which every %1 needs; map a "
                              "column to it.")
                               .arg(entityNoun(m_entity), field));
    }
    return {};
}

Result<TicketStatus> ImportMapping::ticketStatus(QStringView text)
{
    return mapValue(text, kStatuses, QT_TR_NOOP("'%1' is not a ticket status; expected %2."));
}

Result<Priority> ImportMapping::priority(QStringView text)
{
    return mapValue(text, kPriorities, QT_TR_NOOP("'%1' is not a priority; expected %2."));
}

Result<TouchpointKind> ImportMapping::channel(QStringView text)
{
    const auto kind = lookUp(text, kKinds);
    if (kind && isTicketChannel(*kind))
        return *kind;
    QStringList channels;
    for (std::size_t i = 0; i < enumCount<TouchpointKind>(); ++i) {
        if (isTicketChannel(static_cast<TouchpointKind>(i)))
            channels << toString(static_cast<TouchpointKind>(i));
    }
    return failure(
        tr("'%1' is not a ticket channel; expected %2.").arg(text.toString(), orList(channels)));
}

Result<Category> ImportMapping::category(QStringView text)
{
    return mapValue(text, kCategories, QT_TR_NOOP("'%1' is not a ticket category; expected %2."));
}

Result<TouchpointKind> ImportMapping::touchpointKind(QStringView text)
{
    return mapValue(text, kKinds, QT_TR_NOOP("'%1' is not a touchpoint kind; expected %2."));
}

Result<Direction> ImportMapping::direction(QStringView text)
{
    return mapValue(text, kDirections, QT_TR_NOOP("'%1' is not a direction; expected %2."));
}

Result<CustomerStatus> ImportMapping::customerStatus(QStringView text)
{
    return mapValue(text, kCustomerStatuses,
                    QT_TR_NOOP("'%1' is not a customer status; expected %2."));
}

Result<Stage> ImportMapping::stage(QStringView text)
{
    return mapValue(text, kStages, QT_TR_NOOP("'%1' is not a stage; expected %2."));
}

Result<int> ImportMapping::csat(QStringView text)
{
    return wholeNumber(text, 1, 5,
                       QT_TR_NOOP("'%1' is not a satisfaction rating; expected a whole "
                                  "number from 1 to 5."));
}

Result<int> ImportMapping::score(QStringView text)
{
    return wholeNumber(text, 0, 10,
                       QT_TR_NOOP("'%1' is not a survey score; expected a whole number from 0 "
                                  "to 10."));
}

QString ImportMapping::DateFormat::pattern() const
{
    return qtFormat.isEmpty() ? patternText(order, separator) : qtFormat;
}

Result<QDateTime> ImportMapping::DateFormat::parse(QStringView text) const
{
    const QStringView trimmed = text.trimmed();
    if (!qtFormat.isEmpty()) {
        const QDateTime local = QDateTime::fromString(trimmed.toString(), qtFormat);
        if (local.isValid())
            return local.toUTC();
    } else {
        DateParts parts;
        if (splitDate(trimmed, parts) && parts.separator == separator &&
            parts.yearFirst == (order == Order::YearMonthDay)) {
            const QDate date = dateOf(parts, order);
            if (date.isValid())
                return toUtc(date, parts);
        }
    }
    return failure(tr("'%1' is not a date in the form %2.").arg(text.toString(), pattern()));
}

Result<ImportMapping::DateFormat> ImportMapping::dateFormatFromString(const QString& qtFormat)
{
    // A format that reads back its own rendering of a known moment has a year, a month
    // and a day in it.
    const QDateTime probe(QDate(2024, 12, 31), QTime(13, 45, 30));
    const QDateTime back = QDateTime::fromString(probe.toString(qtFormat), qtFormat);
    if (qtFormat.trimmed().isEmpty() || !back.isValid() || back.date() != probe.date())
        return failure(tr("'%1' is not a usable date format; write it with yyyy, MM, dd, HH, "
                          "mm and ss, as in dd/MM/yyyy HH:mm.")
                           .arg(qtFormat));
    DateFormat format;
    format.qtFormat = qtFormat;
    return format;
}

void ImportMapping::DateDetector::add(QStringView value, qint64 line)
{
    if (!m_error.isEmpty())
        return;
    value = value.trimmed();
    if (value.isEmpty())
        return;
    DateParts parts;
    if (!splitDate(value, parts))
        return fail(value, line);
    const Shape shape = parts.yearFirst ? Shape::YearFirst : Shape::YearLast;
    if (m_shape == Shape::None) {
        m_shape = shape;
        m_separator = parts.separator;
        m_monthFirst = parts.separator != '.'; // dotted dates are day first everywhere
    } else if (shape != m_shape || parts.separator != m_separator) {
        return fail(value, line);
    }
    using Order = DateFormat::Order;
    if (shape == Shape::YearFirst) {
        if (!dateOf(parts, Order::YearMonthDay).isValid())
            return fail(value, line);
        ++m_values;
        return;
    }
    const bool dayFirst = m_dayFirst && dateOf(parts, Order::DayMonthYear).isValid();
    const bool monthFirst = m_monthFirst && dateOf(parts, Order::MonthDayYear).isValid();
    if (!dayFirst && !monthFirst)
        return fail(value, line);
    m_dayFirst = dayFirst;
    m_monthFirst = monthFirst;
    ++m_values;
}

// What the values so far allow: "DD/MM/YYYY or MM/DD/YYYY" while undecided.
QString ImportMapping::DateDetector::currentPattern() const
{
    using Order = DateFormat::Order;
    if (m_shape == Shape::YearFirst)
        return patternText(Order::YearMonthDay, m_separator);
    if (m_dayFirst && m_monthFirst)
        return tr("%1 or %2")
            .arg(patternText(Order::DayMonthYear, m_separator),
                 patternText(Order::MonthDayYear, m_separator));
    return patternText(m_dayFirst ? Order::DayMonthYear : Order::MonthDayYear, m_separator);
}

void ImportMapping::DateDetector::fail(QStringView value, qint64 line)
{
    if (m_values == 0)
        m_error = tr("Column '%1' does not hold dates in a known format: '%2'%3 is none of "
                     "YYYY-MM-DD, DD/MM/YYYY, MM/DD/YYYY, DD-MM-YYYY, MM-DD-YYYY or DD.MM.YYYY "
                     "(each with an optional time); name the format with --date-format.")
                      .arg(m_column, value.toString(), lineText(line));
    else
        m_error = tr("Column '%1' mixes date formats: '%2'%3 does not fit %4, the format of the "
                     "values before it.")
                      .arg(m_column, value.toString(), lineText(line), currentPattern());
}

bool ImportMapping::DateDetector::settled() const
{
    return m_error.isEmpty() && (m_shape == Shape::YearFirst || (m_shape == Shape::YearLast && m_dayFirst != m_monthFirst));
}

Result<ImportMapping::DateFormat> ImportMapping::DateDetector::result() const
{
    if (!m_error.isEmpty())
        return failure(m_error);
    DateFormat format;
    if (m_shape == Shape::None)
        return format;
    format.separator = m_separator;
    if (m_shape == Shape::YearFirst)
        return format;
    format.order = m_dayFirst ? DateFormat::Order::DayMonthYear : DateFormat::Order::MonthDayYear;
    if (m_dayFirst && m_monthFirst) {
        const QString monthFirst = patternText(DateFormat::Order::MonthDayYear, m_separator)
                                       .replace(u"YYYY"_s, u"yyyy"_s)
                                       .replace(u"DD"_s, u"dd"_s);
        format.note = tr("Every date in column '%1' could be day first or month first; they "
                         "are read as %2 (use --date-format %3 if they are month first).")
                          .arg(m_column, format.pattern(), monthFirst);
    }
    return format;
}

Result<ImportMapping::DateFormat> ImportMapping::detectDateFormat(const QString& column,
                                                                  const QStringList& values)
{
    DateDetector detector(column);
    for (const QString& value : values)
        detector.add(value);
    return detector.result();
}

} // namespace fd
