// The customers model pages, sorts and filters in SQL and passes Qt's model checks.
#include "models/CustomerTableModel.h"

#include "demo/Generator.h"
#include "storage/AgentRepository.h"
#include "storage/StatsRepository.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

using namespace fd;

namespace {

std::unique_ptr<Database> generated(const test::Scratch& scratch)
{
    auto db = test::openDatabase(scratch.file(QStringLiteral("m.sqlite")));
    GeneratorOptions options;
    options.customers = 700; // several pages of 200
    options.tickets = 3000;
    options.touchpoints = 9000;
    REQUIRE(Generator::run(*db, options, FixedClock(test::testNow())));
    return db;
}

QString text(const CustomerTableModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

TEST_CASE("The customers model passes QAbstractItemModelTester while it sorts and filters",
          "[ui][model]")
{
    test::Scratch scratch;
    auto db = generated(scratch);
    CustomerTableModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    CHECK(model.rowCount() == 700);
    CHECK(model.columnCount() == CustomerTableModel::ColumnCount);
    for (int column = 0; column < CustomerTableModel::ColumnCount; ++column) {
        model.sort(column, Qt::DescendingOrder);
        model.sort(column, Qt::AscendingOrder);
    }
    model.setStageFilter(Stage::Retention);
    model.setSearch(QStringLiteral("a"));
    model.setSearch(QString());
    model.setStageFilter(std::nullopt);
    CHECK(model.rowCount() == 700);
    CHECK(model.lastError().isEmpty());
}

TEST_CASE("Rows come in SQL's order across page boundaries", "[ui][model]")
{
    test::Scratch scratch;
    auto db = generated(scratch);
    CustomerTableModel model(*db);
    model.sort(CustomerTableModel::NameColumn, Qt::AscendingOrder);
    // The names, without the "(customer 12)" a shared one is shown with (ties go by id).
    auto name = [&](int row) {
        const QString shown = text(model, row, CustomerTableModel::NameColumn);
        const QString apart = model.index(row, CustomerTableModel::NameColumn)
                                  .data(PagedTableModel::KeepEndRole)
                                  .toString();
        return shown.left(shown.size() - apart.size());
    };
    for (int row = 1; row < model.rowCount(); ++row) {
        const QString previous = name(row - 1);
        const QString current = name(row);
        INFO(row);
        REQUIRE(QString::compare(previous, current, Qt::CaseInsensitive) <= 0);
    }
    model.sort(CustomerTableModel::OpenTicketsColumn, Qt::DescendingOrder);
    const int most = model.data(model.index(0, CustomerTableModel::OpenTicketsColumn)).toInt();
    const int least =
        model.data(model.index(model.rowCount() - 1, CustomerTableModel::OpenTicketsColumn))
            .toInt();
    CHECK(most >= least);
    CHECK(most > 0);
}

TEST_CASE("Filters count what the stats count, and search looks in name, email and company",
          "[ui][model]")
{
    test::Scratch scratch;
    auto db = generated(scratch);
    auto counts = StatsRepository(*db).counts();
    REQUIRE(counts);
    CustomerTableModel model(*db);
    model.setStatusFilter(CustomerStatus::Active);
    for (std::size_t i = 0; i < enumCount<Stage>(); ++i) {
        model.setStageFilter(static_cast<Stage>(i));
        CHECK(model.rowCount() == counts->activeByStage[i]);
    }
    model.setStageFilter(std::nullopt);
    model.setStatusFilter(CustomerStatus::Churned);
    CHECK(model.rowCount() == counts->churned);
    CHECK(CustomerList(*db).count(model.query()).value_or(-1) == counts->churned);
    model.setStatusFilter(std::nullopt);

    const QString company = text(model, 0, CustomerTableModel::CompanyColumn);
    model.setSearch(company.toUpper());
    REQUIRE(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(text(model, row, CustomerTableModel::CompanyColumn) == company);
    model.setSearch(QStringLiteral("%"));
    CHECK(model.rowCount() == 0); // a literal percent sign, not a wildcard
    model.setSearch(QString());

    // The owner filter: one agent's customers, or those with none; together, everyone.
    const int everyone = model.rowCount();
    int owned = 0;
    auto agents = AgentRepository(*db).all();
    REQUIRE(agents);
    for (const Agent& a : *agents) {
        model.setOwnerFilter(a.id);
        for (int row = 0; row < model.rowCount(); ++row)
            CHECK(text(model, row, CustomerTableModel::OwnerColumn) == a.name);
        owned += model.rowCount();
    }
    model.setOwnerFilter(qint64(0));
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(text(model, row, CustomerTableModel::OwnerColumn).isEmpty());
    CHECK(owned + model.rowCount() == everyone);
}
