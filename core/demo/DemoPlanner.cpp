#include "demo/DemoPlanner.h"

#include "common/TimeUnits.h"
#include "demo/DemoKinds.h"
#include "demo/DemoText.h"
#include "demo/Random.h"
#include "domain/CustomerFacts.h"
#include "domain/Sla.h"
#include "stages/StageReplay.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>
#include <string_view>

namespace fd {

namespace {

constexpr int kNeverDay = 1 << 30;

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString lowerAscii(std::string_view text)
{
    return qs(text).toLower();
}

// Spreads `total` over customers in proportion to their weights; exact sum, deterministic.
std::vector<qint64> apportion(qint64 total, const std::vector<double>& weights)
{
    std::vector<qint64> counts(weights.size(), 0);
    if (weights.empty())
        return counts;
    double sum = 0;
    for (double w : weights)
        sum += w;
    qint64 assigned = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        counts[i] = static_cast<qint64>(std::floor(static_cast<double>(total) * weights[i] / sum));
        assigned += counts[i];
    }
    const std::size_t n = weights.size();
    for (qint64 k = 0; assigned < total; ++k, ++assigned)
        ++counts[static_cast<std::size_t>((k * 7919) % static_cast<qint64>(n))];
    return counts;
}

// One customer's life, planned before anything is written.
struct Life {
    qint64 sinceSecs = 0; // local midnight of the first sale, as UTC seconds
    int ageDays = 0;      // days from first sale to today
    int endDay = 0;       // last active day (churn day or today)
    bool churned = false;
    int postDay = kNeverDay; // day the customer entered each stage
    int retentionDay = kNeverDay;
    int advocacyDay = kNeverDay;
    bool unsettled =
        false; // stays in post-sales for a reason: a high-priority ticket open since before day 90

    Stage stageOn(int day) const
    {
        if (day >= advocacyDay)
            return Stage::Advocacy;
        if (day >= retentionDay)
            return Stage::Retention;
        if (day >= postDay)
            return Stage::PostSales;
        return Stage::Onboarding;
    }
};

struct PlannedTicket {
    Ticket ticket;
    int day = 0;
};

} // namespace

class PlannerImpl {
public:
    PlannerImpl(const GeneratorOptions& options, const QDateTime& now, const StageRules& rules)
        : m_options(options), m_random(options.seed), m_today(now.date()),
          m_nowSecs(now.toSecsSinceEpoch()),
          m_replay(rules, m_today.addDays(-options.days), m_nowSecs)
    {
    }

    // The agents, with the ids they will get in an empty table (1, 2, …).
    std::vector<Agent> agents()
    {
        std::vector<Agent> result;
        const qint64 count = std::clamp<qint64>(m_options.customers / 2000, 4, 60);
        for (qint64 i = 0; i < count; ++i) {
            // First name a, last name (a + 7b + 11) mod 48: distinct pairs, so unique names.
            const auto a = static_cast<std::size_t>(i % 48);
            const auto b = static_cast<std::size_t>(i / 48);
            Agent agent;
            agent.id = m_options.agentIdsAfter + i + 1;
            agent.name = qs(demo::firstNameAt(a)) + QLatin1Char(' ') +
                         qs(demo::lastNameAt((a + 7 * b + 11) % 48));
            agent.email = agent.name.toLower().replace(QLatin1Char(' '), QLatin1Char('.')) +
                          QStringLiteral("@funneldesk.example");
            agent.role = i < 2 ? AgentRole::Manager : AgentRole::Rep;
            m_agentIds.push_back(agent.id);
            result.push_back(agent);
        }
        return result;
    }

    // Plans every customer in order, handing each one's rows to `sink`; stops early when
    // `sink` returns false.
    void customers(const std::function<bool(CustomerRows&&)>& sink)
    {
        const auto n = static_cast<std::size_t>(m_options.customers);
        std::vector<int> ages(n);
        std::vector<double> ticketWeights(n), touchWeights(n);
        for (std::size_t i = 0; i < n; ++i) {
            ages[i] = static_cast<int>(m_random.below(m_options.days));
            const double age = ages[i];
            ticketWeights[i] = (0.4 + m_random.unit()) * (20.0 + std::min(age, 400.0));
            touchWeights[i] = (0.4 + m_random.unit()) * (10.0 + age);
        }
        const auto tickets = apportion(m_options.tickets, ticketWeights);
        const auto touches = apportion(m_options.touchpoints - m_options.tickets, touchWeights);
        for (std::size_t i = 0; i < n; ++i) {
            if (!sink(planCustomer(ages[i], tickets[i], touches[i])))
                return;
        }
    }

private:
    qint64 someAgent()
    {
        return m_agentIds[static_cast<std::size_t>(
            m_random.below(static_cast<qint64>(m_agentIds.size())))];
    }

    qint64 at(const Life& life, int day, bool businessHours = true)
    {
        const qint64 secs = businessHours ? (qint64(8) * 3600 + m_random.below(qint64(10) * 3600))
                                          : m_random.below(kDay);
        return std::min(life.sinceSecs + day * kDay + secs, m_nowSecs - 60 - m_random.below(3600));
    }

    static QDateTime utc(qint64 secs) { return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC); }

    Life planLife(int ageDays)
    {
        Life life;
        life.ageDays = ageDays;
        const QDate since = m_today.addDays(-ageDays);
        life.sinceSecs = since.startOfDay().toSecsSinceEpoch();
        life.endDay = ageDays;
        if (ageDays > 150 && m_random.chance(0.07)) {
            life.churned = true;
            life.endDay = static_cast<int>(m_random.between(120, ageDays));
        }
        life.postDay = 30 + static_cast<int>(m_random.below(8));
        const bool settles = m_random.chance(0.85);
        if (settles)
            life.retentionDay = 90 + static_cast<int>(m_random.below(40));
        else
            // Only a young customer is held in post-sales by one open ticket: an older one
            // would show a high-priority ticket open for years. Older customers that do not
            // settle for good go back and forth as their ticket bursts make the rules say.
            life.unsettled = !life.churned && life.endDay >= 90 && life.endDay < 120;
        if (settles && m_random.chance(0.4))
            life.advocacyDay = life.retentionDay + 45 + static_cast<int>(m_random.below(200));
        // A stage not reached by the end of the customer's life never happened.
        for (int* day : {&life.postDay, &life.retentionDay, &life.advocacyDay}) {
            if (*day > life.endDay)
                *day = kNeverDay;
        }
        if (life.postDay == kNeverDay)
            life.retentionDay = kNeverDay;
        if (life.retentionDay == kNeverDay)
            life.advocacyDay = kNeverDay;
        return life;
    }

    PlannedTicket planTicket(const Life& life, qint64 ownerId, int day,
                             std::optional<Priority> forced)
    {
        const Stage stage = life.stageOn(day);
        PlannedTicket planned;
        planned.day = day;
        Ticket& t = planned.ticket;
        t.category = demo::categoryFor(m_random, stage);
        t.channel = demo::channelFor(m_random, stage);
        t.priority =
            forced ? *forced : demo::kPriorities[m_random.weighted(demo::kPriorityWeights)];
        t.subject = qs(demo::ticketSubject(t.category, m_random));
        t.description = qs(demo::ticketDetail(t.category, m_random)) + QLatin1Char(' ') +
                        QStringLiteral("It concerns %1.").arg(qs(demo::feature(m_random)));
        t.assigneeId = m_random.chance(0.6) ? ownerId : someAgent();
        const qint64 created = at(life, day);
        t.createdAt = utc(created);

        const qint64 ageSecs = m_nowSecs - created;
        const bool calmCustomer = life.stageOn(life.endDay) >= Stage::Retention;
        if (forced) {
            t.status = TicketStatus::Open;
        } else if (!life.churned && ageSecs < 2 * kDay) {
            t.status = m_random.chance(0.5) ? TicketStatus::New : TicketStatus::Open;
        } else if (!life.churned && ageSecs < 14 * kDay && m_random.chance(0.6)) {
            static constexpr std::array<TicketStatus, 3> kOpen = {
                TicketStatus::Open, TicketStatus::Pending, TicketStatus::OnHold};
            t.status = kOpen[m_random.weighted(std::array<int, 3>{50, 35, 15})];
        } else {
            t.status = m_random.chance(0.7) ? TicketStatus::Solved : TicketStatus::Closed;
        }
        // Settled customers do not sit on an open high or urgent ticket.
        if (!forced && calmCustomer && isOpen(t.status) && t.priority >= Priority::High)
            t.status = TicketStatus::Solved;

        if (t.status != TicketStatus::New) {
            static constexpr std::array<qint64, 4> kResponseMinutes = {2000, 720, 300, 90};
            const qint64 limit = kResponseMinutes[static_cast<std::size_t>(t.priority)];
            qint64 response = created + 60 * (5 + m_random.below(limit));
            if (m_random.chance(0.08))
                response += 3600 * m_random.between(4, 48); // a slow response that breaches
            response = std::min(response, m_nowSecs - 30);
            t.firstResponseAt = utc(std::max(response, created));
        }
        if (t.status == TicketStatus::Solved || t.status == TicketStatus::Closed) {
            static constexpr std::array<qint64, 4> kSolveHours = {200, 100, 48, 8};
            const qint64 from = t.firstResponseAt.toSecsSinceEpoch();
            const qint64 hours = kSolveHours[static_cast<std::size_t>(t.priority)];
            const qint64 solved =
                std::min(from + 60 * m_random.between(30, hours * 60), m_nowSecs - 10);
            t.solvedAt = utc(std::max(solved, from));
            if (m_random.chance(0.55)) {
                static constexpr std::array<int, 5> kCsat = {4, 6, 15, 35, 40};
                t.csat = static_cast<int>(m_random.weighted(kCsat)) + 1;
            }
        }
        // A pending or on-hold ticket waits on the customer since the agent's reply.
        Sla::settle(t, m_slaTargets, utc(m_nowSecs));
        return planned;
    }

    Touchpoint planTouch(const Life& life, qint64 customerId, qint64 ownerId, int day,
                         std::optional<TouchpointKind> forced)
    {
        Touchpoint p;
        p.customerId = customerId;
        const Stage stage = life.stageOn(day);
        p.kind = forced ? *forced : demo::touchKindFor(m_random, stage);
        p.occurredAt = utc(at(life, day));
        switch (p.kind) {
        case TouchpointKind::ProductUpdate:
        case TouchpointKind::SuccessReview:
        case TouchpointKind::Survey:
            p.direction = Direction::Outbound;
            break;
        case TouchpointKind::Email:
        case TouchpointKind::Phone:
            p.direction = m_random.chance(0.45) ? Direction::Outbound : Direction::Inbound;
            break;
        default:
            p.direction = Direction::Inbound;
        }
        if (p.direction == Direction::Outbound || isLive(p.kind))
            p.agentId = m_random.chance(0.7) ? ownerId : someAgent();
        if (p.kind == TouchpointKind::Survey) {
            if (stage == Stage::Advocacy)
                p.score = static_cast<int>(m_random.between(9, 10));
            else if (life.advocacyDay != kNeverDay)
                p.score = static_cast<int>(m_random.between(7, 8));
            else
                p.score = static_cast<int>(m_random.between(5, 8));
        }
        if (demo::hasSummary(p.kind))
            p.summary = qs(demo::touchpointSummary(p.kind, m_random));
        return p;
    }

    CustomerRows planCustomer(int ageDays, qint64 ticketCount, qint64 touchCount)
    {
        CustomerRows rows;
        const Life life = planLife(ageDays);
        const qint64 ownerId = someAgent();

        Customer& c = rows.customer;
        c.id = ++m_lastCustomerId;
        const auto first = demo::firstName(m_random);
        const auto last = demo::lastName(m_random);
        const auto word = demo::companyWord(m_random);
        const auto suffix = demo::companySuffix(m_random);
        c.name = qs(first) + QLatin1Char(' ') + qs(last);
        c.company = qs(word) + QLatin1Char(' ') + qs(suffix);
        const qint64 serial = c.id;
        c.email = lowerAscii(first) + QLatin1Char('.') + lowerAscii(last) +
                  QString::number(serial) + QLatin1Char('@') + lowerAscii(word) +
                  lowerAscii(suffix) + QStringLiteral(".example");
        c.plan = qs(demo::plan(m_random));
        c.ownerId = ownerId;
        c.since = m_today.addDays(-ageDays);
        c.status = life.churned ? CustomerStatus::Churned : CustomerStatus::Active;

        // Plan events first: the stage history's reasons quote them.
        std::vector<PlannedTicket> tickets = planTickets(life, ownerId, ticketCount);
        std::vector<Touchpoint> touches = planTouches(life, ownerId, touchCount);

        rows.history = planHistory(life, c, tickets, touches);
        c.stage = rows.history.back().to;
        c.stageEnteredAt = rows.history.back().at;
        const qint64 customerId = c.id;
        for (StageTransition& t : rows.history)
            t.customerId = customerId;

        const auto contacts =
            planContacts(life, c, {first, last, word, suffix}, rows); // id, day added
        auto contactOn = [&](int day) -> std::optional<qint64> {
            std::optional<qint64> chosen;
            for (const auto& [id, added] : contacts) {
                if (added <= day && (!chosen || m_random.chance(0.4)))
                    chosen = id;
            }
            return chosen;
        };

        rows.tickets.reserve(tickets.size());
        for (PlannedTicket& planned : tickets) {
            Ticket& t = planned.ticket;
            t.id = ++m_lastTicketId;
            t.customerId = customerId;
            t.contactId = contactOn(planned.day);
            planThread(t, rows.comments);
            rows.tickets.push_back(std::move(t));
        }
        for (Touchpoint& p : touches) {
            p.customerId = customerId;
            if (isLive(p.kind))
                p.contactId = contactOn(life.ageDays);
        }
        rows.touchpoints = std::move(touches);
        return rows;
    }

    // A customer's tickets, each on the day of its life it arrives.
    std::vector<PlannedTicket> planTickets(const Life& life, qint64 ownerId, qint64 ticketCount)
    {
        std::vector<PlannedTicket> tickets;
        tickets.reserve(static_cast<std::size_t>(ticketCount));
        for (qint64 k = 0; k < ticketCount; ++k) {
            // The open high-priority ticket that keeps an unsettled customer in post-sales
            // (postsales.settled allows none) arrives before the rule could first hold: on
            // day 60 to 85, the default's 90 days since first sale less a margin, so it has
            // been open for 5 to 60 days.
            const bool forceOpenHigh = life.unsettled && k == 0;
            const int day = forceOpenHigh
                                ? std::max(life.postDay, 60) + static_cast<int>(m_random.below(26))
                                : static_cast<int>(life.endDay * std::pow(m_random.unit(), 1.6));
            tickets.push_back(planTicket(
                life, ownerId, day, forceOpenHigh ? std::optional(Priority::High) : std::nullopt));
        }
        return tickets;
    }

    // A customer's touchpoints (their customer id set later): the first ones show onboarding
    // worked and the advocacy that moved the customer.
    std::vector<Touchpoint> planTouches(const Life& life, qint64 ownerId, qint64 touchCount)
    {
        std::vector<Touchpoint> touches;
        touches.reserve(static_cast<std::size_t>(touchCount));
        for (qint64 k = 0; k < touchCount; ++k) {
            int day = static_cast<int>(m_random.below(life.endDay + 1));
            std::optional<TouchpointKind> kind;
            if (k == 0 && life.postDay != kNeverDay) {
                day = static_cast<int>(m_random.below(life.postDay)); // onboarding was worked
            } else if (k == 1 && life.advocacyDay != kNeverDay) {
                day = life.advocacyDay; // the advocacy that moved the customer
                kind = demo::kAdvocacyProof[static_cast<std::size_t>(m_random.below(4))];
            } else if (k == 2 && life.advocacyDay != kNeverDay && !life.churned) {
                day =
                    std::max(life.advocacyDay, life.endDay - static_cast<int>(m_random.below(300)));
                kind = demo::kAdvocacyProof[static_cast<std::size_t>(m_random.below(4))];
            }
            touches.push_back(planTouch(life, 0, ownerId, day, kind));
        }
        return touches;
    }

    // The words a customer's name, company and email are made of.
    struct Names {
        std::string_view first;
        std::string_view last;
        std::string_view word;
        std::string_view suffix;
    };

    // A customer's contacts, into rows.contacts: the first is the customer's own name, the
    // others join during its life. Returns each one's id and the day it was added.
    std::vector<std::pair<qint64, int>> planContacts(const Life& life, const Customer& c,
                                                     const Names& names, CustomerRows& rows)
    {
        const auto& [first, last, word, suffix] = names;
        const qint64 customerId = c.id;
        std::vector<std::pair<qint64, int>> contacts; // id, day added
        const int contactCount =
            1 + static_cast<int>(m_random.below(c.plan == QLatin1String("Enterprise") ? 5 : 3));
        for (int k = 0; k < contactCount; ++k) {
            Contact contact;
            contact.id = ++m_lastContactId;
            contact.customerId = customerId;
            const auto cf = k == 0 ? first : demo::firstName(m_random);
            const auto cl = k == 0 ? last : demo::lastName(m_random);
            contact.name = qs(cf) + QLatin1Char(' ') + qs(cl);
            contact.email = lowerAscii(cf) + QLatin1Char('.') + lowerAscii(cl) + QLatin1Char('@') +
                            lowerAscii(word) + lowerAscii(suffix) + QStringLiteral(".example");
            contact.role = qs(demo::contactRole(m_random));
            if (m_random.chance(0.5))
                contact.phone = QStringLiteral("+1 555 %1").arg(m_random.between(1000000, 9999999));
            int day = 0;
            if (k > 0) {
                const int from = life.postDay != kNeverDay ? life.postDay : 0;
                day = from + static_cast<int>(m_random.below(std::max(1, life.endDay - from + 1)));
                day = std::min(day, life.endDay);
            }
            contact.addedAt = utc(at(life, day));
            contacts.emplace_back(contact.id, day);
            rows.contacts.push_back(std::move(contact));
        }
        return contacts;
    }

    void planThread(const Ticket& t, std::vector<TicketComment>& comments)
    {
        const qint64 ticketId = t.id;
        if (!t.firstResponseAt.isValid())
            return;
        TicketComment reply;
        reply.ticketId = ticketId;
        reply.kind = CommentKind::PublicReply;
        reply.authorAgentId = t.assigneeId;
        reply.at = t.firstResponseAt;
        reply.body = qs(demo::replyText(m_random));
        comments.push_back(std::move(reply));
        if (m_random.chance(0.2)) {
            TicketComment answer;
            answer.ticketId = ticketId;
            answer.kind = CommentKind::PublicReply;
            const qint64 from = t.firstResponseAt.toSecsSinceEpoch();
            const qint64 to = t.solvedAt.isValid() ? t.solvedAt.toSecsSinceEpoch() : m_nowSecs;
            answer.at = utc(from + m_random.below(std::max<qint64>(1, to - from)));
            answer.body = QStringLiteral("Thanks, that helped. One more thing about %1.")
                              .arg(qs(demo::feature(m_random)));
            comments.push_back(std::move(answer));
        }
        if (m_random.chance(0.08)) {
            TicketComment note;
            note.ticketId = ticketId;
            note.kind = CommentKind::InternalNote;
            note.authorAgentId = t.assigneeId;
            note.at = t.firstResponseAt;
            note.body = qs(demo::noteText(m_random));
            comments.push_back(std::move(note));
        }
    }

    // The stage history: the entry into onboarding at the first sale, then the moves the
    // stage rules make when the customer's planned events are replayed through them
    // (StageReplay, as `stages recompute` and an import replay stored events), so each move
    // and its reason are the rules' own. The events are given as storage will hold them:
    // each ticket also records a touchpoint of its channel, written before the customer's
    // other touchpoints (the order among touchpoints of the same second).
    std::vector<StageTransition> planHistory(const Life& life, const Customer& c,
                                             const std::vector<PlannedTicket>& tickets,
                                             const std::vector<Touchpoint>& touches)
    {
        std::vector<StageTransition> history;
        history.push_back(FunnelEntry::of(c.id, Stage::Onboarding, c.since, utc(life.sinceSecs)));

        CustomerHistory& h = m_history;
        h.customer = CustomerFacts{};
        h.customer.customerId = c.id;
        h.customer.since = c.since;
        h.customer.stage = Stage::Onboarding;
        h.stageEnteredAt = life.sinceSecs;
        h.tickets.clear();
        h.touchpoints.clear();
        for (const PlannedTicket& planned : tickets) {
            const Ticket& t = planned.ticket;
            TicketEvent e;
            e.createdAt = t.createdAt.toSecsSinceEpoch();
            if (t.solvedAt.isValid())
                e.solvedAt = t.solvedAt.toSecsSinceEpoch();
            e.priority = t.priority;
            e.csat = t.csat.value_or(-1);
            h.tickets.push_back(e);
            h.touchpoints.push_back({e.createdAt, t.channel, -1});
        }
        for (const Touchpoint& p : touches)
            h.touchpoints.push_back(
                {p.occurredAt.toSecsSinceEpoch(), p.kind, p.score.value_or(-1)});
        std::sort(
            h.tickets.begin(), h.tickets.end(),
            [](const TicketEvent& a, const TicketEvent& b) { return a.createdAt < b.createdAt; });
        std::stable_sort(
            h.touchpoints.begin(), h.touchpoints.end(),
            [](const TouchpointEvent& a, const TouchpointEvent& b) { return a.at < b.at; });

        auto outcome = m_replay.run(h);
        if (!outcome.change)
            return history;
        // A churned customer stopped at the end of its last active day.
        const qint64 end = life.churned
                               ? c.since.addDays(life.endDay + 1).startOfDay().toSecsSinceEpoch()
                               : std::numeric_limits<qint64>::max();
        for (StageTransition& move : outcome.change->moves) {
            if (move.at.toSecsSinceEpoch() >= end)
                break;
            history.push_back(std::move(move));
        }
        return history;
    }

    GeneratorOptions m_options;
    Random m_random;
    std::vector<qint64> m_agentIds;
    QDate m_today;
    qint64 m_nowSecs = 0;
    SlaTargets m_slaTargets; // a new file has the default targets
    qint64 m_lastCustomerId = 0;
    qint64 m_lastContactId = 0;
    qint64 m_lastTicketId = 0;
    StageReplay m_replay;      // the stage rules, replaying each customer's events
    CustomerHistory m_history; // scratch, kept to save allocations
};

DemoPlanner::DemoPlanner(const GeneratorOptions& options, const QDateTime& now,
                         const StageRules& rules)
    : d(std::make_unique<PlannerImpl>(options, now, rules))
{
}

DemoPlanner::~DemoPlanner() = default;

std::vector<Agent> DemoPlanner::agents()
{
    return d->agents();
}

void DemoPlanner::customers(const std::function<bool(CustomerRows&&)>& sink)
{
    d->customers(sink);
}

} // namespace fd
