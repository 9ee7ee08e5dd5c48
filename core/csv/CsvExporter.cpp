#include "csv/CsvExporter.h"

#include "common/DateTimeText.h"
#include "csv/CsvWriter.h"
#include "storage/ExportRepository.h"
#include "storage/StageTransitionRepository.h"
#include "storage/Statement.h"

#include <QIODevice>

namespace fd {

namespace {

// How each column of a row is written: as it is, or (a customer's or agent's id) as the
// name and details it stands for.
enum class Kind {
    Text,
    Integer,
    DateTime,
    Customer,     // name, email, company, since
    CustomerName, // name, email
    Agent         // name
};

std::vector<Kind> kinds(CsvExporter::Entity entity)
{
    using K = Kind;
    switch (entity) {
    case CsvExporter::Entity::Customers:
        return {K::Integer, K::Text, K::Text, K::Text,     K::Text, K::Agent,
                K::Text,    K::Text, K::Text, K::DateTime, K::Text, K::Text};
    case CsvExporter::Entity::Tickets:
        return {K::Integer,  K::Text,     K::Customer, K::Text,  K::Text,
                K::Text,     K::Text,     K::Text,     K::Text,  K::DateTime,
                K::DateTime, K::DateTime, K::Integer,  K::Agent, K::Text};
    case CsvExporter::Entity::Touchpoints:
        return {K::CustomerName, K::Text, K::Text, K::DateTime, K::Agent, K::Text, K::Integer};
    }
    return {};
}

// The cells of one exported row, appended to `block`: each by its column's kind, customers
// and agents by their names.
void appendCells(std::string& block, const Statement& q, const std::vector<Kind>& columnKinds,
                 const ExportRepository::Names& names, LocalDateTimeFormatter& localTime)
{
    static const std::array<std::string, 4> unknown; // the cells of a customer id with no name
    for (int i = 0; i < static_cast<int>(columnKinds.size()); ++i) {
        if (i > 0)
            block += ',';
        const Kind kind = columnKinds[static_cast<std::size_t>(i)];
        if (kind == Kind::Customer || kind == Kind::CustomerName) {
            const auto found = names.customers.find(q.int64(i));
            const auto& c = found == names.customers.end() ? unknown : found->second;
            const std::size_t cells = kind == Kind::Customer ? 4 : 2;
            for (std::size_t k = 0; k < cells; ++k) {
                if (k > 0)
                    block += ',';
                CsvWriter::appendCell(block, c[k]);
            }
            continue;
        }
        if (q.isNull(i))
            continue;
        switch (kind) {
        case Kind::Text:
            CsvWriter::appendCell(block, q.utf8(i));
            break;
        case Kind::Integer:
            block += std::to_string(q.int64(i));
            break;
        case Kind::DateTime:
            localTime.append(q.int64(i), block);
            break;
        case Kind::Agent:
            if (const auto found = names.agents.find(q.int64(i)); found != names.agents.end())
                CsvWriter::appendCell(block, found->second);
            break;
        case Kind::Customer:
        case Kind::CustomerName:
            break;
        }
    }
}

} // namespace

std::optional<CsvExporter::Entity> CsvExporter::entityNamed(QStringView name)
{
    if (name == QLatin1String("customers"))
        return Entity::Customers;
    if (name == QLatin1String("tickets"))
        return Entity::Tickets;
    if (name == QLatin1String("touchpoints"))
        return Entity::Touchpoints;
    return std::nullopt;
}

Result<qint64> CsvExporter::write(Database& db, Entity entity, QIODevice& out,
                                  const Options& options)
{
    CsvWriter csv(out);
    if (options.bom)
        csv.writeBom();
    const auto header = ExportRepository::columns(entity);
    const auto columnKinds = kinds(entity);
    // Lines are gathered into blocks of about 1 MB: one device write each.
    std::string block;
    block.reserve((1 << 20) + (1 << 16));
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (i > 0)
            block += ',';
        block += header[i];
    }
    block += "\r\n";
    LocalDateTimeFormatter localTime;
    auto names = ExportRepository(db).names();
    if (!names)
        return failure(names.error());
    bool cancelled = false;
    qint64 written = 0;
    auto rows = ExportRepository(db).forEach(entity, options.filter, [&](const Statement& q) {
        appendCells(block, q, columnKinds, *names, localTime);
        block += "\r\n";
        if (block.size() > (1 << 20)) {
            csv.writeLines(block);
            block.clear();
        }
        if (++written % 10000 == 0) {
            if (options.progress)
                options.progress(written);
            if (options.cancel && *options.cancel) {
                cancelled = true;
                return false;
            }
        }
        return csv.ok();
    });
    if (!rows)
        return failure(rows.error());
    if (cancelled)
        return failure(tr("The export was cancelled; nothing was saved."));
    csv.writeLines(block);
    if (!csv.ok())
        return failure(
            tr("Writing the export failed (%1); nothing was saved.").arg(out.errorString()));
    return *rows;
}

Result<qint64> CsvExporter::writeTransitions(Database& db, QIODevice& out, const Options& options)
{
    StageTransitionRepository::ExportFilter filter;
    filter.from = options.filter.from;
    filter.to = options.filter.to;
    filter.toStage = options.filter.stage;
    CsvWriter csv(out);
    if (options.bom)
        csv.writeBom();
    csv.writeRow({QStringLiteral("customer_id"), QStringLiteral("customer_name"),
                  QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("at"),
                  QStringLiteral("actor"), QStringLiteral("reason")});
    qint64 rows = 0;
    auto done = StageTransitionRepository(db).forEach(filter, [&](const StageTransition& t,
                                                                  const QString& name) {
        csv.writeRow({QString::number(t.customerId), name, t.from ? toString(*t.from) : QString(),
                      toString(t.to), formatLocalDateTime(t.at), t.actor, t.reason});
        ++rows;
    });
    if (!done)
        return failure(done.error());
    if (!csv.ok())
        return failure(
            tr("Writing the export failed (%1); nothing was saved.").arg(out.errorString()));
    return rows;
}

} // namespace fd
