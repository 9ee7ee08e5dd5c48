// Tools → Settings… (issue 18): every page's values as settings holds them; numbers take only
// their range as typed; the checks across values keep Save off with one sentence naming the
// page; the stage-rules and health pages preview live what the values being typed would change
// (the same answer as StageEngine::preview and HealthEngine::preview), each row opening its
// customers; Save lands the changed values and new agents whole; Cancel leaves everything as
// it was. Screenshots: settings-stage-rules.png, settings-health.png, settings-plans.png,
// settings-agents.png.
#include "common/Clock.h"
#include "MainWindow.h"
#include "models/CustomerTableModel.h"
#include "service/Team.h"
#include "service/TeamSettings.h"
#include "stages/StageEngine.h"
#include "success/HealthEngine.h"
#include "success/PlaybookPreview.h"
#include "support/ModalAnswer.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "views/CustomersView.h"
#include "views/SettingsDialog.h"
#include "views/SettingsPages.h"
#include "views/SettingsPreview.h"

#include <catch2/catch.hpp>

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace fd;

namespace {

void waitForPreviews(const SettingsDialog& dialog)
{
    for (int i = 0; i < 3000 && !dialog.previewsSettled(); ++i)
        QTest::qWait(20);
    REQUIRE(dialog.previewsSettled());
}

// "playbook\tagent\tcustomers" per row of `preview`, as the dialog names them.
QStringList playbookRows(const PlaybookPreview& preview)
{
    QStringList rows;
    for (const Playbook& p : preview.playbooks)
        if (preview.tasks(p.key) == 0)
            rows << QString(p.key).replace(QLatin1Char('_'), QLatin1Char(' ')) +
                        QStringLiteral("\tnobody in these days\t0");
    for (const PlaybookReach& r : preview.reach)
        rows << QStringLiteral("%1\t%2\t%3")
                    .arg(QString(r.key).replace(QLatin1Char('_'), QLatin1Char(' ')),
                         r.assignee.isEmpty() ? QStringLiteral("nobody: no owner or manager")
                                              : r.assignee)
                    .arg(r.customerIds.size());
    rows.sort();
    return rows;
}

std::map<QString, QString> savedSettings(const QString& path)
{
    auto list = TeamSettings(*test::openDatabase(path)).list();
    REQUIRE(list);
    std::map<QString, QString> saved;
    for (const SettingEntry& e : *list) {
        if (e.saved)
            saved.emplace(e.key, e.value);
    }
    return saved;
}

QPushButton* saveButton(SettingsDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
}

} // namespace

TEST_CASE("Settings previews the stage rules and the health score live, as core counts them",
          "[ui][ui-pg][settings]")
{
    test::Scratch scratch;
    const QString path =
        test::demoFile(scratch, QStringLiteral("settings.sqlite"), 300, 1500, 6000);
    {
        auto db = test::openDatabase(path);
        REQUIRE(HealthEngine(*db, Clock::system()).recompute());
    }
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    SettingsDialog* dialog = window.openSettings();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    CHECK(window.openSettings() == dialog); // one at a time
    // Every value of `settings list`, as it lists it.
    {
        auto list = TeamSettings(*test::openDatabase(path)).list();
        REQUIRE(list);
        for (const SettingEntry& e : *list) {
            CAPTURE(e.key);
            // A plan's steps one a line in the dialog, separated by "; " on the command line.
            CHECK(dialog->value(e.key) ==
                  (e.key.startsWith(QLatin1String("plan."))
                       ? QString(e.value).replace(QStringLiteral("; "), QStringLiteral("\n"))
                       : e.value));
        }
    }
    CHECK(dialog->problem().isEmpty());
    CHECK_FALSE(saveButton(*dialog)->isEnabled()); // nothing changed yet

    // Stage rules: onboarding done after 1 day and no touchpoint moves many; the rows are
    // StageEngine::preview's moves.
    REQUIRE(dialog->setValue(QStringLiteral("stage_rule.onboarding.complete.min_days"),
                             QStringLiteral("1")));
    REQUIRE(dialog->setValue(QStringLiteral("stage_rule.onboarding.complete.min_touchpoints"),
                             QStringLiteral("0")));
    waitForPreviews(*dialog);
    auto expected = StageEngine(*test::openDatabase(path), Clock::system())
                        .preview({QStringLiteral("onboarding.complete.min_days=1"),
                                  QStringLiteral("onboarding.complete.min_touchpoints=0")});
    REQUIRE(expected);
    REQUIRE(expected->moveCount() > 0);
    std::map<QString, qint64> rows;
    for (const QString& row : dialog->stagePreview()->rows())
        rows[row.section(QLatin1Char('\t'), 0, 1)] = row.section(QLatin1Char('\t'), 2).toLongLong();
    std::map<QString, qint64> counted;
    for (const StageChange& c : expected->changes)
        ++counted[displayName(c.from) + QLatin1Char('\t') + displayName(c.to)];
    CHECK(rows == counted);
    CHECK(dialog->stagePreview()->summary().startsWith(
        QStringLiteral("%1 customers would move, of ")
            .arg(static_cast<qint64>(expected->changes.size()))));
    CHECK(saveButton(*dialog)->isEnabled());
    test::screenshot(*dialog, QStringLiteral("settings-stage-rules"));

    // The first row opens its customers in the window's list; the dialog stays.
    dialog->stagePreview()->openRow(0);
    QTest::qWait(50);
    CHECK(window.currentView() == MainWindow::View::Customers);
    auto* customers = qobject_cast<CustomersView*>(window.viewWidget(MainWindow::View::Customers));
    REQUIRE(customers);
    CHECK(customers->isDrilled());
    CHECK(customers->model()->rowCount() ==
          dialog->stagePreview()->rows().front().section(QLatin1Char('\t'), 2).toInt());
    CHECK(dialog->isVisible());

    // Health: Healthy from 30 moves customers up a band (the demo's customers, made at
    // testNow(), are long silent by now), as HealthEngine::preview says.
    dialog->showPage(SettingsDialog::Page::Health);
    REQUIRE(dialog->setValue(QStringLiteral("health.band.at_risk_below"), QStringLiteral("20")));
    REQUIRE(dialog->setValue(QStringLiteral("health.band.healthy_min"), QStringLiteral("30")));
    waitForPreviews(*dialog);
    auto bands = HealthEngine(*test::openDatabase(path), Clock::system())
                     .preview({QStringLiteral("health.band.healthy_min=30"),
                               QStringLiteral("health.band.at_risk_below=20")});
    REQUIRE(bands);
    REQUIRE(bands->moved() > 0);
    QStringList expectedRows;
    for (const auto& [fromTo, ids] : bands->moves)
        expectedRows << QStringLiteral("%1\t%2\t%3")
                            .arg(HealthScorer::displayName(fromTo.first),
                                 HealthScorer::displayName(fromTo.second))
                            .arg(ids.size());
    QStringList shownRows = dialog->healthPreview()->rows();
    shownRows.sort();
    expectedRows.sort();
    CHECK(shownRows == expectedRows);
    test::screenshot(*dialog, QStringLiteral("settings-health"));

    // A value that contradicts another: one sentence with its page, Save off, no preview.
    REQUIRE(dialog->setValue(QStringLiteral("health.band.at_risk_below"), QStringLiteral("99")));
    CHECK(
        dialog->problem() ==
        QStringLiteral(
            "Health score: band.at_risk_below (99) must not be more than band.healthy_min (30)."));
    CHECK_FALSE(saveButton(*dialog)->isEnabled());
    CHECK_FALSE(dialog->save());
    CHECK(dialog->healthPreview()->rows().isEmpty());
    // A number beyond its range cannot be typed: the spin box keeps it within.
    auto* weight = dialog->findChild<QSpinBox*>(QStringLiteral("health.recency.weight"));
    REQUIRE(weight);
    CHECK(weight->accessibleName() == QStringLiteral("Recency of the last touch: Weight (points)"));
    weight->setFocus();
    weight->selectAll();
    QTest::keyClicks(weight, QStringLiteral("250"));
    CHECK(weight->value() <= 100);
    CHECK(weight->maximum() == 100);

    // Cancel, Discard: nothing was saved.
    auto asked = test::answerUnsaved(QMessageBox::Discard);
    dialog->reject();
    CHECK(asked->seen == 1);
    CHECK(savedSettings(path).empty());
}

TEST_CASE("Settings saves the changed values and the new agents in one go, and refuses whole",
          "[ui][ui-pg][settings]")
{
    test::Scratch scratch;
    const QString path =
        test::demoFile(scratch, QStringLiteral("settings-save.sqlite"), 20, 60, 200);
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    SettingsDialog* dialog = window.openSettings();
    REQUIRE(dialog);

    dialog->showPage(SettingsDialog::Page::Plans);
    REQUIRE(dialog->setValue(
        QStringLiteral("plan.retention"),
        QStringLiteral("every 60:success_review:Quarterly review;30:email:Share the roadmap")));
    REQUIRE(
        dialog->setValue(QStringLiteral("sla.urgent.first_response_hours"), QStringLiteral("2")));
    REQUIRE(dialog->setValue(QStringLiteral("stage_target.onboarding.behind_days"),
                             QStringLiteral("20")));
    test::screenshot(*dialog, QStringLiteral("settings-plans"));
    // A playbook that does not parse: its sentence with its page and its name, Save off.
    REQUIRE(dialog->setValue(QStringLiteral("playbook.detractor_call"),
                             QStringLiteral("whenever -> 1:phone:Call for owner")));
    CHECK(dialog->problem().startsWith(QStringLiteral("Playbooks, detractor call: ")));
    CHECK(dialog->problem().contains(QStringLiteral("whenever")));
    CHECK_FALSE(saveButton(*dialog)->isEnabled());
    REQUIRE(dialog->setValue(QStringLiteral("playbook.detractor_call"), QString())); // switched off
    // A plan's step twice: the stage's plan is named.
    REQUIRE(dialog->setValue(QStringLiteral("plan.advocacy"),
                             QStringLiteral("14:email:Ask;14:email:Ask")));
    CHECK(dialog->problem().startsWith(QStringLiteral("Success plans, Advocacy: ")));
    REQUIRE(dialog->setValue(QStringLiteral("plan.advocacy"),
                             QStringLiteral("14:email:Ask for a testimonial or a referral")));
    CHECK(dialog->problem().isEmpty());
    // A number field left blank is a problem, not a silent old value.
    auto* days = dialog->findChild<QSpinBox*>(QStringLiteral("stage_target.advocacy.stuck_days"));
    REQUIRE(days);
    days->setFocus();
    days->selectAll();
    QTest::keyClick(days, Qt::Key_Backspace); // as a manager empties it
    CHECK(dialog->problem() ==
          QStringLiteral(
              "Targets: “Advocacy: Stuck after (days)” needs a whole number from 1 to 3650."));
    CHECK_FALSE(saveButton(*dialog)->isEnabled());
    QTest::keyClicks(days, QStringLiteral("90"));
    CHECK(dialog->problem().isEmpty());

    dialog->showPage(SettingsDialog::Page::Agents);
    auto* agents = dialog->agentsPage();
    const auto existing = Team(*test::openDatabase(path)).all();
    REQUIRE(existing);
    REQUIRE_FALSE(existing->empty());
    CHECK(agents->addAgent(existing->front().name.toUpper(), {}, AgentRole::Rep)
              .contains(QStringLiteral("already")));
    CHECK(
        agents
            ->addAgent(QStringLiteral("Someone"), QStringLiteral("not an address"), AgentRole::Rep)
            .contains(QStringLiteral("email")));
    CHECK(agents
              ->addAgent(QStringLiteral("  Nadia   Okafor "), QStringLiteral("nadia@example.com"),
                         AgentRole::Manager)
              .isEmpty());
    CHECK(agents
              ->addAgent(QStringLiteral("Nadia Twin"), QStringLiteral("NADIA@example.com"),
                         AgentRole::Rep)
              .contains(QStringLiteral("already")));
    // Return in the new agent's name adds it and leaves the dialog open (Save is no default).
    auto* name = agents->findChildren<QLineEdit*>().front();
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Omar Reyes"));
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(dialog->isVisible());
    CHECK(agents->newAgents().size() == 2);
    agents->findChild<QTableWidget*>()->selectRow(static_cast<int>(existing->size()) + 1);
    agents->removeSelectedNew(); // Omar Reyes, taken off again
    CHECK(agents->newAgents().size() == 1);
    // A name typed and not added is added by Save, never dropped.
    QTest::keyClicks(name, QStringLiteral("Zed Quinn"));
    test::screenshot(*dialog, QStringLiteral("settings-agents"));
    CHECK(dialog->changes().size() == 4);
    REQUIRE(saveButton(*dialog)->isEnabled());
    REQUIRE(dialog->save());
    CHECK_FALSE(dialog->isVisible());

    const auto saved = savedSettings(path);
    CHECK(saved.at(QStringLiteral("plan.retention")) ==
          QStringLiteral("every 60:success_review:Quarterly review; 30:email:Share the roadmap"));
    CHECK(saved.at(QStringLiteral("sla.urgent.first_response_hours")) == QStringLiteral("2"));
    CHECK(saved.at(QStringLiteral("stage_target.onboarding.behind_days")) == QStringLiteral("20"));
    CHECK(saved.at(QStringLiteral("playbook.detractor_call")).isEmpty());
    CHECK(saved.size() == 4);
    const auto after = Team(*test::openDatabase(path)).all();
    REQUIRE(after);
    CHECK(after->size() == existing->size() + 2);
    int found = 0;
    for (const Agent& a : *after)
        found += (a.name == QStringLiteral("Nadia Okafor") && a.role == AgentRole::Manager) ||
                 a.name == QStringLiteral("Zed Quinn");
    CHECK(found == 2);
    // A target changed: the window scores everyone again at once (the demo had no score).
    CHECK(QTest::qWaitFor(
        [&] {
            auto current = HealthEngine(*test::openDatabase(path), Clock::system()).recompute(true);
            return current && current->evaluated > 0 && current->changed == 0;
        },
        30000));

    // Opened again: the saved values are the dialog's; nothing changed, Save off.
    QTest::qWait(20); // the closed one goes (WA_DeleteOnClose)
    dialog = window.openSettings();
    REQUIRE(dialog);
    CHECK(dialog->value(QStringLiteral("sla.urgent.first_response_hours")) == QStringLiteral("2"));
    CHECK_FALSE(dialog->isChanged());
    // A new agent whose name another client took meanwhile: nothing of the save lands.
    REQUIRE(
        dialog->setValue(QStringLiteral("sla.urgent.first_response_hours"), QStringLiteral("3")));
    CHECK(
        dialog->agentsPage()->addAgent(QStringLiteral("Late Comer"), {}, AgentRole::Rep).isEmpty());
    REQUIRE(Team(*test::openDatabase(path))
                .add(Agent{0, QStringLiteral("Late Comer"), {}, AgentRole::Rep, true, {}}));
    auto refused = test::whenModal(
        QStringLiteral(""), [](QWidget* w) { w->close(); }, 1,
        QStringLiteral("Settings not saved"));
    CHECK_FALSE(dialog->save());
    CHECK(refused->seen == 1);
    CHECK(savedSettings(path).at(QStringLiteral("sla.urgent.first_response_hours")) ==
          QStringLiteral("2"));
    CHECK(dialog->isVisible());
}

TEST_CASE("Settings previews whom each playbook, saved or as edited, would give a task",
          "[ui][ui-pg][settings][playbooks]")
{
    test::Scratch scratch;
    const QString path =
        test::demoFile(scratch, QStringLiteral("settings.sqlite"), 300, 1500, 6000);
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    SettingsDialog* dialog = window.openSettings();
    REQUIRE(dialog);
    CHECK(dialog->previewsSettled()); // nothing counted before the page shows
    CHECK(dialog->playbookPreview()->rows().isEmpty());

    // The saved playbooks, agent by agent, as PlaybookPreviewer counts them.
    dialog->showPage(SettingsDialog::Page::Playbooks);
    waitForPreviews(*dialog);
    auto saved = PlaybookPreviewer(*test::openDatabase(path), Clock::system()).preview({});
    REQUIRE(saved);
    REQUIRE(saved->tasks(QStringLiteral("silent_reach_out")) >
            0); // the demo's customers are long silent
    QStringList shown = dialog->playbookPreview()->rows();
    shown.sort();
    CHECK(shown == playbookRows(*saved));
    CHECK(dialog->playbookPreview()->summary().startsWith(
        QStringLiteral("The saved playbooks would have made ")));

    // Edited: a silence for the manager, a detractor's call switched off.
    REQUIRE(dialog->setValue(QStringLiteral("playbook.silent_reach_out"),
                             QStringLiteral("silent>=30 -> 1:email:Check in for manager")));
    REQUIRE(dialog->setValue(QStringLiteral("playbook.detractor_call"), QString()));
    CHECK(dialog->problem().isEmpty());
    waitForPreviews(*dialog);
    auto edited =
        PlaybookPreviewer(*test::openDatabase(path), Clock::system())
            .preview({QStringLiteral("playbook.detractor_call="),
                      QStringLiteral(
                          "playbook.silent_reach_out=silent>=30 -> 1:email:Check in for manager")});
    REQUIRE(edited);
    shown = dialog->playbookPreview()->rows();
    shown.sort();
    CHECK(shown == playbookRows(*edited));
    CHECK(dialog->playbookPreview()->summary().contains(
        QStringLiteral("Switched off: detractor call.")));
    test::screenshot(*dialog, QStringLiteral("settings-playbooks"));

    // A row opens its customers in the window's list.
    const QStringList rows = dialog->playbookPreview()->rows();
    const auto withCustomers = std::find_if(rows.begin(), rows.end(), [](const QString& r) {
        return !r.endsWith(QLatin1String("\t0"));
    });
    REQUIRE(withCustomers != rows.end());
    dialog->playbookPreview()->openRow(static_cast<int>(withCustomers - rows.begin()));
    QTest::qWait(50);
    CHECK(window.currentView() == MainWindow::View::Customers);
    auto* customers = qobject_cast<CustomersView*>(window.viewWidget(MainWindow::View::Customers));
    REQUIRE(customers);
    CHECK(customers->model()->rowCount() == withCustomers->section(QLatin1Char('\t'), 2).toInt());

    // A line that does not parse: no preview, Save off.
    REQUIRE(dialog->setValue(QStringLiteral("playbook.silent_reach_out"),
                             QStringLiteral("silent>=30 Check in")));
    CHECK_FALSE(dialog->problem().isEmpty());
    CHECK(dialog->playbookPreview()->rows().isEmpty());
    auto asked = test::answerUnsaved(QMessageBox::Discard);
    dialog->reject();
    CHECK(savedSettings(path).empty());
}

TEST_CASE("Settings' At risk page keeps each threshold to its range as typed and saves it",
          "[ui][settings][at-risk]")
{
    test::Scratch scratch;
    const QString path =
        test::demoFile(scratch, QStringLiteral("settings-risk.sqlite"), 10, 20, 40);
    MainWindow window(test::openDatabase(path));
    window.resize(1280, 800);
    window.show();
    SettingsDialog* dialog = window.openSettings();
    REQUIRE(dialog);
    dialog->showPage(SettingsDialog::Page::AtRisk);
    // Every threshold, at its default, taking only its range.
    auto* below = dialog->findChild<QSpinBox*>(QStringLiteral("at_risk.csat.below"));
    REQUIRE(below);
    CHECK(below->value() == 3);
    CHECK(below->minimum() == 2);
    CHECK(below->maximum() == 6);
    CHECK(below->accessibleName() == QStringLiteral("A low CSAT rating: Rated below"));
    for (const char* key : {"at_risk.surge.min_tickets", "at_risk.surge.window_days",
                            "at_risk.csat.window_days", "at_risk.silent.after_days"})
        CHECK(dialog->findChild<QSpinBox*>(QString::fromLatin1(key)));
    CHECK(dialog->value(QStringLiteral("at_risk.silent.after_days")) == QStringLiteral("60"));
    below->setFocus();
    below->selectAll();
    QTest::keyClick(below, Qt::Key_Backspace);
    CHECK(dialog->problem() ==
          QStringLiteral(
              "At risk: “A low CSAT rating: Rated below” needs a whole number from 2 to 6."));
    CHECK_FALSE(saveButton(*dialog)->isEnabled());
    QTest::keyClicks(below, QStringLiteral("9")); // out of range: not taken
    CHECK_FALSE(saveButton(*dialog)->isEnabled());
    QTest::keyClicks(below, QStringLiteral("4"));
    CHECK(dialog->problem().isEmpty());
    REQUIRE(dialog->setValue(QStringLiteral("at_risk.silent.after_days"), QStringLiteral("45")));
    CHECK(dialog->changes() == QStringList{QStringLiteral("at_risk.csat.below=4"),
                                           QStringLiteral("at_risk.silent.after_days=45")});
    REQUIRE(dialog->save());
    const auto saved = savedSettings(path);
    CHECK(saved.at(QStringLiteral("at_risk.csat.below")) == QStringLiteral("4"));
    CHECK(saved.at(QStringLiteral("at_risk.silent.after_days")) == QStringLiteral("45"));
    CHECK(saved.size() == 2);
}
