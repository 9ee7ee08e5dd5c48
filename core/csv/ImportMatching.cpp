// The customers and agents a row names (see ImportRun.h): found among those the database and
// the file so far hold, by email then name, or created from the row.
#include "csv/ImportRun.h"

#include "domain/Validation.h"

#include <algorithm>

namespace fd::importing {

void Run::remember(std::unordered_map<QString, qint64>& byEmail,
                   std::unordered_map<QString, qint64>& byName, qint64 id, const QString& name,
                   const QString& email)
{
    if (!email.isEmpty())
        byEmail.try_emplace(Validation::emailKey(email), id); // as add's duplicate check
    if (!name.isEmpty())
        byName.try_emplace(lowerKey(name), id);
}

void Run::noteNamesake(qint64 id, const QString& name)
{
    if (name.isEmpty())
        return;
    const QString key = lowerKey(name);
    if (auto it = m_customersByName.find(key); it != m_customersByName.end() && it->second != id)
        m_namesakes.insert(key);
}

std::optional<qint64> Run::findCustomer(const QString& name, const QString& email) const
{
    if (!email.isEmpty()) {
        if (email == m_lastEmail)
            return m_lastEmailId;
        if (auto it = m_customersByEmail.find(Validation::emailKey(email));
            it != m_customersByEmail.end()) {
            m_lastEmail = email;
            m_lastEmailId = it->second;
            return it->second;
        }
    }
    // By name only when the emails cannot disagree: a row with another email is
    // another person who happens to share the name.
    if (!name.isEmpty()) {
        if (auto it = m_customersByName.find(lowerKey(name));
            it != m_customersByName.end() &&
            (email.isEmpty() || !m_customersWithEmail.contains(it->second)))
            return it->second;
    }
    return std::nullopt;
}

std::variant<qint64, Rejection> Run::agent(const QString& nameOrEmail, const char* field)
{
    // A few agents on a million rows: their texts as written, before any folding.
    if (auto it = m_agentsByText.find(nameOrEmail); it != m_agentsByText.end())
        return it->second;
    auto id = agentByKey(nameOrEmail, field);
    if (const qint64* found = std::get_if<qint64>(&id))
        m_agentsByText.emplace(nameOrEmail, *found);
    return id;
}

std::variant<qint64, Rejection> Run::agentByKey(const QString& nameOrEmail, const char* field)
{
    if (auto it = m_agentsByEmail.find(Validation::emailKey(nameOrEmail));
        it != m_agentsByEmail.end())
        return it->second;
    if (auto it = m_agentsByName.find(lowerKey(nameOrEmail)); it != m_agentsByName.end())
        return it->second;
    Agent a;
    const bool isEmail = nameOrEmail.contains(QLatin1Char('@'));
    a.name = isEmail ? nameOrEmail.section(QLatin1Char('@'), 0, 0) : nameOrEmail;
    // An assignee given by number (another helpdesk's agent id, e.g. Zendesk's
    // assignee_id) is an agent all the same: "Agent 4711", which keeps that agent's
    // tickets together and can be renamed, rather than the row refused by the name rule.
    if (!isEmail &&
        std::all_of(a.name.begin(), a.name.end(), [](QChar c) { return c.isDigit(); })) {
        a.name = CsvImporter::tr("Agent %1").arg(nameOrEmail);
        if (auto it = m_agentsByName.find(lowerKey(a.name)); it != m_agentsByName.end())
            return it->second;
        ++m_agentsByNumber;
    }
    // Named after an address whose first part another agent is called: named by the whole
    // address, so no two agents share a name (AgentRepository::add's rule).
    if (isEmail && m_agentsByName.contains(lowerKey(a.name)))
        a.name = nameOrEmail;
    a.email = isEmail ? nameOrEmail : QString();
    if (const QString problem = Validation::check(a); !problem.isEmpty())
        return Rejection{QLatin1String(field), problem};
    a.id = m_nextAgentId++;
    remember(m_agentsByEmail, m_agentsByName, a.id, a.name, a.email);
    ++m_agentsCreated;
    m_batch.agents.push_back(std::move(a));
    return m_batch.agents.back().id;
}

qint64 Run::createCustomer(Customer c, const QString& reason)
{
    const qint64 id = m_nextCustomerId++;
    c.id = id;
    StageTransition entry;
    entry.customerId = id;
    entry.to = c.stage;
    entry.at = c.stageEnteredAt;
    entry.actor = QStringLiteral("import");
    entry.reason = reason;
    m_batch.entries.push_back(std::move(entry));
    noteNamesake(id, c.name);
    remember(m_customersByEmail, m_customersByName, id, c.name, c.email);
    if (!c.email.isEmpty())
        m_customersWithEmail.insert(id);
    m_created.insert(id);
    m_customerNames.insert(id, c.name);
    m_earliestSince[id] = c.since.startOfDay().toUTC();
    m_batch.customers.push_back(std::move(c));
    return id;
}

std::pair<QString, QString> Run::customerKeys() const
{
    QString name = text("customer_name");
    QString email = text("customer_email");
    if (email.isEmpty() && name.contains(QLatin1Char('@')) && !name.contains(QLatin1Char(' ')))
        std::swap(name, email);
    return {name, email};
}

std::variant<qint64, Rejection> Run::rowCustomer(bool create, const QDateTime& firstSeen)
{
    const auto [name, email] = customerKeys();
    if (email.isEmpty() && m_namesakes.contains(lowerKey(name)))
        return Rejection{
            QStringLiteral("customer_name"),
            CsvImporter::tr(
                "more than one customer is named “%1”, and the row has no email to tell them "
                "apart; add the customer's email (a column read as customer_email)")
                .arg(name)};
    if (name.isEmpty() && email.isEmpty())
        return Rejection{QStringLiteral("customer_email"),
                         CsvImporter::tr("the row names no customer (no name or email)")};
    auto since =
        create ? dateTime("customer_since") : std::variant<QDateTime, Rejection>(QDateTime());
    if (auto* bad = std::get_if<Rejection>(&since))
        return *bad;
    // The first sale: the customer_since column, else the first time the row shows.
    // Compared as UTC instants; turned into a local date only when it is kept.
    const QDateTime firstSale =
        std::get<QDateTime>(since).isValid() ? std::get<QDateTime>(since) : firstSeen;
    if (auto found = findCustomer(name, email)) {
        if (auto it = m_earliestSince.find(*found);
            it != m_earliestSince.end() && firstSale < it->second) {
            it->second = firstSale; // one of ours, seen earlier than we thought
            m_sinceMoved.insert(*found);
        }
        if (!m_created.contains(*found))
            ++m_matched;
        return *found;
    }
    if (!create)
        return Rejection{email.isEmpty() ? QStringLiteral("customer_name")
                                         : QStringLiteral("customer_email"),
                         CsvImporter::tr("no customer “%1” in the database or earlier in this "
                                         "file; import the customers or their tickets first")
                             .arg(email.isEmpty() ? name : email)};
    const QDate sinceDate = firstSale.toLocalTime().date();
    Customer c;
    c.name = name.isEmpty() ? email : name;
    c.email = email;
    c.company = text("customer_company");
    c.since = sinceDate;
    c.stageEnteredAt = sinceDate.startOfDay().toUTC();
    if (const QString problem = Validation::check(c, m_now); !problem.isEmpty())
        return Rejection{QStringLiteral("customer_email"), problem};
    const qint64 id =
        createCustomer(c, m_ticketCustomerReason.arg(m_source, sinceDate.toString(Qt::ISODate)));
    m_earliestSince[id] = firstSale;
    return id;
}

QString Run::customerLabel(qint64 id) const
{
    if (auto it = m_customerNames.find(id); it != m_customerNames.end())
        return *it;
    for (const auto* index : {&m_customersByEmail, &m_customersByName}) {
        for (const auto& [key, value] : *index) {
            if (value == id)
                return key;
        }
    }
    return QString::number(id);
}

} // namespace fd::importing
