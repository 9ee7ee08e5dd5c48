// Nothing a rep needs is clipped, at the window sizes and scale factors reps use: every
// view and dialog is drawn at 1024 × 768, 1280 × 800 and 1920 × 1080 (logical pixels;
// ctest runs the [sizes] tests again with QT_SCALE_FACTOR=2), saved under
// screenshots/sizes/ to look at, and checked: each header's text fits its section, no
// chart label is elided, no cell with a number in it is elided, the list columns that
// matter are not behind a horizontal scroll bar, no button or label is narrower than its
// text, and every chart has room to draw.
#include "MainWindow.h"
#include "WindowFit.h"

#include "charts/BarChart.h"
#include "charts/FlowMatrix.h"
#include "domain/Sla.h"
#include "support/UiTestSupport.h"
#include "views/CustomerDetail.h"
#include "views/CustomersView.h"
#include "views/DashboardView.h"
#include "views/ImportWizard.h"
#include "views/KeepEndDelegate.h"
#include "views/TicketsView.h"
#include "views/WelcomeDialog.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStyleOptionHeader>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

using namespace fd;

namespace {

QString scaleTag()
{
    return QStringLiteral("x%1").arg(qApp->devicePixelRatio());
}

void shot(QWidget& widget, const QString& name)
{
    QDir().mkpath(QStringLiteral(FUNNELDESK_SCREENSHOT_DIR "/sizes"));
    test::screenshot(widget, QStringLiteral("sizes/") + name + QLatin1Char('-') + scaleTag());
}

// The width a header section needs for its text: the text, the style's margins on both
// sides and the sort arrow when it is shown there.
int neededWidth(const QHeaderView& header, int section)
{
    const QString text =
        header.model()->headerData(section, header.orientation(), Qt::DisplayRole).toString();
    QFont font = header.font();
    const QVariant headerFont =
        header.model()->headerData(section, header.orientation(), Qt::FontRole);
    if (headerFont.canConvert<QFont>())
        font = headerFont.value<QFont>();
    int widest = 0;
    for (const QString& line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, QFontMetrics(font).horizontalAdvance(line));
    const int margin = header.style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, &header);
    int needed = widest + 2 * margin;
    if (header.isSortIndicatorShown() && header.sortIndicatorSection() == section)
        needed += header.style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, &header) + margin;
    return needed;
}

// What a rep sees cut, one line each; empty when nothing is.
QStringList clipped(QWidget& root)
{
    QStringList found;
    for (QHeaderView* header : root.findChildren<QHeaderView*>()) {
        if (!header->isVisible() || !header->model())
            continue;
        for (int s = 0; s < header->count(); ++s) {
            if (header->isSectionHidden(s))
                continue;
            const QString text =
                header->model()->headerData(s, header->orientation(), Qt::DisplayRole).toString();
            const int room =
                header->orientation() == Qt::Horizontal ? header->sectionSize(s) : header->width();
            if (neededWidth(*header, s) > room)
                found << QStringLiteral("header “%1” of %2: needs %3 px, has %4")
                             .arg(text, header->parentWidget()->objectName())
                             .arg(neededWidth(*header, s))
                             .arg(room);
        }
    }
    static const QRegularExpression digit(QStringLiteral("\\d"));
    for (QAbstractItemView* list : root.findChildren<QAbstractItemView*>()) {
        auto* table = qobject_cast<QTableView*>(list);
        auto* tree = qobject_cast<QTreeView*>(list);
        if (!list->isVisible() || !list->model() || (!table && !tree))
            continue;
        const QHeaderView* header = table ? table->horizontalHeader() : tree->header();
        const QAbstractItemModel* model = list->model();
        const int first = std::max(0, list->indexAt(QPoint(1, 1)).row());
        for (int c = 0; c < model->columnCount(); ++c) {
            // The column that takes the rest (a subject, a name, a sentence) may elide its
            // text: it is whole in the tooltip. Numbers and dates elsewhere may not.
            const bool elastic =
                header->sectionResizeMode(c) == QHeaderView::Stretch ||
                (header->stretchLastSection() && header->visualIndex(c) == header->count() - 1);
            if (header->isSectionHidden(c) || elastic)
                continue;
            for (int r = first; r < model->rowCount() && r < first + 40; ++r) {
                const QModelIndex index = model->index(r, c);
                if (list->visualRect(index).top() > list->viewport()->height())
                    break;
                // A name told apart by its number needs the number whole, not the name
                // (KeepEndDelegate: "Acme L… (12)").
                const QString text = KeepEndDelegate::leastWithNumbers(index);
                if (!text.contains(digit))
                    continue;
                QFont font = list->font();
                if (const QVariant f = index.data(Qt::FontRole); f.canConvert<QFont>())
                    font = f.value<QFont>();
                const int margin =
                    list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list) + 1;
                const int needed = QFontMetrics(font).horizontalAdvance(text) + 2 * margin;
                if (needed > header->sectionSize(c))
                    found << QStringLiteral("cell “%1” of %2: needs %3 px, has %4")
                                 .arg(text, list->objectName())
                                 .arg(needed)
                                 .arg(header->sectionSize(c));
            }
        }
        // Every column of a list in view, none behind a horizontal scroll bar (not the import
        // wizard's preview of a file, which shows the file's columns as they are).
        if (!list->objectName().isEmpty() && list->horizontalScrollBar()->isVisible() &&
            list->horizontalScrollBar()->maximum() > 0)
            found << QStringLiteral("%1 scrolls sideways (%2 steps)")
                         .arg(list->objectName())
                         .arg(list->horizontalScrollBar()->maximum());
    }
    for (BarChart* chart : root.findChildren<BarChart*>()) {
        if (!chart->isVisible())
            continue;
        if (chart->elidedLabels() > 0)
            found << QStringLiteral("%1 elides %2 labels")
                         .arg(chart->objectName())
                         .arg(chart->elidedLabels());
        if (chart->plotHeight() < 100)
            found << QStringLiteral("%1 plots in %2 px")
                         .arg(chart->objectName())
                         .arg(chart->plotHeight());
    }
    for (QAbstractButton* button : root.findChildren<QAbstractButton*>()) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        // A tool button (a tile, Refresh) has no minimum of its own: its text and padding.
        const int needed = button->inherits("QToolButton") ? button->sizeHint().width()
                                                           : button->minimumSizeHint().width();
        if (needed > button->width())
            found << QStringLiteral("button “%1”: needs %2 px, has %3")
                         .arg(button->text())
                         .arg(needed)
                         .arg(button->width());
    }
    for (QComboBox* combo : root.findChildren<QComboBox*>()) {
        if (!combo->isVisible() || combo->isEditable() || combo->currentText().isEmpty())
            continue;
        // The choice shown whole ("Sam Rep & Co", not "Sam Rep ("): its text in the box's frame and
        // arrow. The text is drawn in the box's edit field (QStyle::SC_ComboBoxEditField).
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.frame = combo->hasFrame();
        option.subControls = QStyle::SC_All;
        option.currentText = combo->currentText();
        const int room =
            combo->style()
                ->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo)
                .width();
        const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText());
        if (needed > room)
            found << QStringLiteral("choice “%1”: needs %2 px, has %3")
                         .arg(combo->currentText())
                         .arg(needed)
                         .arg(room);
    }
    for (QTabBar* tabs : root.findChildren<QTabBar*>()) {
        if (!tabs->isVisible())
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->rect().contains(tabs->tabRect(i)))
                found << QStringLiteral("tab “%1” is not in view").arg(tabs->tabText(i));
        }
    }
    for (QLabel* label : root.findChildren<QLabel*>()) {
        if (!label->isVisible() || label->wordWrap() || label->text().isEmpty() ||
            !label->pixmap().isNull())
            continue;
        if (label->minimumSizeHint().width() > label->width())
            found << QStringLiteral("label “%1”: needs %2 px, has %3")
                         .arg(label->text().left(40))
                         .arg(label->minimumSizeHint().width())
                         .arg(label->width());
    }
    for (QLineEdit* edit : root.findChildren<QLineEdit*>()) {
        if (!edit->isVisible() || !edit->text().isEmpty() || edit->placeholderText().isEmpty() ||
            edit->inherits("QAbstractSpinBox") ||
            qobject_cast<QAbstractSpinBox*>(edit->parentWidget()) ||
            qobject_cast<QComboBox*>(edit->parentWidget()))
            continue;
        // The hint a rep reads to know what goes there (margins: the frame and text margins).
        const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 12;
        if (needed > edit->width())
            found << QStringLiteral("hint “%1”: needs %2 px, has %3")
                         .arg(edit->placeholderText())
                         .arg(needed)
                         .arg(edit->width());
    }
    return found;
}

void requireNothingClipped(QWidget& root, const QString& where)
{
    const QStringList found = clipped(root);
    INFO(where.toStdString() + ":\n  " + found.join(QStringLiteral("\n  ")).toStdString());
    CHECK(found.isEmpty());
}

// A demo database generated up to now, so the dashboards (which count to the system's
// clock) have moves, weeks and tickets in their periods.
QString recentDemo(const test::Scratch& scratch, qint64 customers, qint64 tickets,
                   qint64 touchpoints)
{
    const QString path = scratch.file(QStringLiteral("sizes.sqlite"));
    auto db = test::openDatabase(path);
    GeneratorOptions options;
    options.customers = customers;
    options.tickets = tickets;
    options.touchpoints = touchpoints;
    REQUIRE(Generator::run(*db, options, FixedClock(QDateTime::currentDateTimeUtc())));
    return path;
}

const std::vector<QSize>& sizes()
{
    static const std::vector<QSize> all{{1024, 768}, {1280, 800}, {1920, 1080}};
    return all;
}

QString sizeName(QSize size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

// Opens a modal dialog with `open`, and while it runs, looks at it and closes it.
void lookAtModal(const std::function<void()>& open, const QString& name)
{
    bool seen = false;
    QTimer::singleShot(0, [&] {
        QTest::qWait(100);
        QWidget* dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        shot(*dialog, name);
        requireNothingClipped(*dialog, name);
        seen = true;
        // It fits the smallest screen.
        INFO(name.toStdString() << " needs at least " << dialog->minimumSizeHint().width() << " × "
                                << dialog->minimumSizeHint().height());
        CHECK(dialog->minimumSizeHint().width() <= WindowFit::smallestWindow().width());
        CHECK(dialog->minimumSizeHint().height() <= WindowFit::smallestWindow().height());
        if (auto* d = qobject_cast<QDialog*>(dialog))
            d->reject();
        else
            dialog->close();
    });
    open();
    REQUIRE(QTest::qWaitFor([&] { return seen; }, 5000));
}

QAction* actionNamed(MainWindow& window, const QString& text)
{
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text() == text)
            return action;
    }
    FAIL("no action " << text.toStdString());
    return nullptr;
}

QPushButton* buttonNamed(QWidget& root, const QString& text)
{
    for (QPushButton* button : root.findChildren<QPushButton*>()) {
        if (button->text() == text && button->isVisible())
            return button;
    }
    FAIL("no button " << text.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("Every view shows its headers, labels, axes and numbers whole at every window size",
          "[ui][sizes]")
{
    test::Scratch scratch;
    const QString path = recentDemo(scratch, 400, 2500, 9000);
    MainWindow window(test::openDatabase(path));
    window.show();
    const std::vector<std::pair<MainWindow::View, QString>> views{
        {MainWindow::View::Overview, QStringLiteral("overview")},
        {MainWindow::View::Onboarding, QStringLiteral("onboarding")},
        {MainWindow::View::PostSales, QStringLiteral("post-sales")},
        {MainWindow::View::Retention, QStringLiteral("retention")},
        {MainWindow::View::Advocacy, QStringLiteral("advocacy")},
        {MainWindow::View::Customers, QStringLiteral("customers")},
        {MainWindow::View::Tickets, QStringLiteral("tickets")}};
    for (const QSize size : sizes()) {
        window.resize(size);
        QTest::qWait(50);
        // The size asked for, not a larger minimum that won silently.
        INFO("asked for " << size.width() << " × " << size.height() << ", the window is "
                          << window.width() << " × " << window.height());
        REQUIRE(window.size() == size);
        for (const auto& [view, name] : views) {
            window.showView(view);
            QWidget* page = window.viewWidget(view);
            if (auto* dashboard = qobject_cast<DashboardView*>(page))
                REQUIRE(QTest::qWaitFor([&] { return dashboard->isReady(); }, 20000));
            if (auto* customers = qobject_cast<CustomersView*>(page)) {
                auto* table = customers->findChild<QTableView*>();
                REQUIRE(table);
                table->selectRow(0);
            }
            QTest::qWait(100);
            const QString where = name + QLatin1Char('-') + sizeName(size);
            INFO(where.toStdString()
                 << ": the window is " << window.width() << " × " << window.height());
            CHECK(window.size() == size); // this view's minimum did not win
            shot(window, where);
            requireNothingClipped(window, where);
            if (auto* dashboard = qobject_cast<DashboardView*>(page)) {
                // All of it, below the fold too; then the 90 days' weekly axis, and back.
                shot(*dashboard->findChild<QScrollArea*>()->widget(),
                     where + QStringLiteral("-whole"));
                for (const int days : {90, 30}) {
                    dashboard->setPeriod(Period::lastDays(QDateTime::currentDateTimeUtc(), days));
                    REQUIRE(QTest::qWaitFor([&] { return dashboard->isReady(); }, 20000));
                    QTest::qWait(100);
                    if (days == 90) {
                        shot(*dashboard->findChild<QScrollArea*>()->widget(),
                             where + QStringLiteral("-90days"));
                        requireNothingClipped(window, where + QStringLiteral(", 90 days"));
                    }
                }
            }
        }
    }
}

TEST_CASE("Every dialog shows its labels and buttons whole", "[ui][sizes]")
{
    test::Scratch scratch;
    const QString path = recentDemo(scratch, 60, 200, 300);
    test::rememberFirstAgent(path); // the dialogs themselves, not "Who are you?" first
    MainWindow window(test::openDatabase(path));
    window.resize(1024, 768);
    window.show();
    lookAtModal([&] { actionNamed(window, QObject::tr("&New customer…"))->trigger(); },
                QStringLiteral("dialog-new-customer"));
    lookAtModal([&] { actionNamed(window, QObject::tr("New &ticket…"))->trigger(); },
                QStringLiteral("dialog-new-ticket"));
    lookAtModal([&] { actionNamed(window, QObject::tr("&Canned replies…"))->trigger(); },
                QStringLiteral("dialog-canned-replies"));
    lookAtModal([&] { actionNamed(window, QObject::tr("&Export to CSV…"))->trigger(); },
                QStringLiteral("dialog-export"));

    window.showView(MainWindow::View::Customers);
    auto* customers = qobject_cast<CustomersView*>(window.viewWidget(MainWindow::View::Customers));
    REQUIRE(customers);
    customers->findChild<QTableView*>()->selectRow(0);
    QTest::qWait(100);
    lookAtModal([&] { buttonNamed(*customers->detail(), QObject::tr("Move…"))->click(); },
                QStringLiteral("dialog-move"));
    lookAtModal([&] { buttonNamed(*customers->detail(), QObject::tr("Log touchpoint…"))->click(); },
                QStringLiteral("dialog-log-touchpoint"));
    lookAtModal([&] { buttonNamed(*customers->detail(), QObject::tr("Edit…"))->click(); },
                QStringLiteral("dialog-edit-customer"));
    lookAtModal([&] { buttonNamed(*customers->detail(), QObject::tr("Add contact…"))->click(); },
                QStringLiteral("dialog-add-contact"));

    {
        WelcomeDialog welcome(scratch.file(QStringLiteral("new.sqlite")),
                              scratch.file(QStringLiteral("demo.sqlite")), Clock::system(),
                              &window);
        welcome.show();
        QTest::qWait(100);
        shot(welcome, QStringLiteral("dialog-welcome"));
        requireNothingClipped(welcome, QStringLiteral("welcome"));
        CHECK(welcome.minimumSizeHint().boundedTo(WindowFit::smallestWindow()) ==
              welcome.minimumSizeHint());
    }
    {
        ImportWizard wizard(test::databaseAt(path), Clock::system(), &window);
        wizard.show();
        QTest::qWait(100);
        shot(wizard, QStringLiteral("dialog-import-file"));
        requireNothingClipped(wizard, QStringLiteral("import: file"));
        wizard.setFile(QStringLiteral(FUNNELDESK_TEST_FIXTURES "/kaggle-support-tickets.csv"),
                       ImportMapping::Entity::Tickets);
        for (const QString& page :
             {QStringLiteral("preview"), QStringLiteral("mapping"), QStringLiteral("values")}) {
            wizard.next();
            QTest::qWait(200);
            shot(wizard, QStringLiteral("dialog-import-") + page);
            requireNothingClipped(wizard, QStringLiteral("import: ") + page);
            CHECK(wizard.minimumSizeHint().boundedTo(WindowFit::smallestWindow()) ==
                  wizard.minimumSizeHint());
        }
    }
}

TEST_CASE("The tickets list says an SLA in one unit, the tooltip in full", "[ui][sizes]")
{
    const QDateTime now = QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
    SlaClock breached;
    breached.state = SlaClock::State::Breached;
    breached.breachedAt =
        now.addSecs(-(9 * 3600 + 2 * 60)); // the "breached 9 h 02 min ag…"
    CHECK(Sla::describeBriefly(breached, now) == QStringLiteral("breached 9 h ago"));
    CHECK(Sla::describe(breached, now) == QStringLiteral("breached 9 h 02 min ago"));
    breached.breachedAt = now.addSecs(-(32 * 3600 + 34 * 60));
    CHECK(Sla::describeBriefly(breached, now) == QStringLiteral("breached 32 h ago"));
    breached.breachedAt = now.addDays(-4);
    CHECK(Sla::describeBriefly(breached, now) == QStringLiteral("breached 4 d ago"));
    // Imported history: months, then years, never "1279 d" (hostile tester, Step 9).
    breached.breachedAt = now.addDays(-59);
    CHECK(Sla::describeBriefly(breached, now) == QStringLiteral("breached 59 d ago"));
    breached.breachedAt = now.addDays(-61);
    CHECK(Sla::describeBriefly(breached, now) == QStringLiteral("breached 2 mo ago"));
    CHECK(Sla::describe(breached, now) == QStringLiteral("breached 2 months ago"));
    breached.breachedAt = now.addDays(-1279);
    CHECK(Sla::describeBriefly(breached, now) == QStringLiteral("breached 3 yr ago"));
    CHECK(Sla::describe(breached, now) == QStringLiteral("breached 3 years ago"));
    breached.breachedAt = now.addDays(-400);
    CHECK(Sla::describeBriefly(breached, now) == QStringLiteral("breached 13 mo ago"));
    CHECK(Sla::describe(breached, now) == QStringLiteral("breached 13 months ago"));
    SlaClock running;
    running.due = now.addSecs(40 * 60 + 30);
    CHECK(Sla::describeBriefly(running, now) == QStringLiteral("due in 40 min"));
    SlaClock paused;
    paused.state = SlaClock::State::Paused;
    paused.due = now.addDays(2).addSecs(3600);
    CHECK(Sla::describeBriefly(paused, now) == QStringLiteral("paused, 2 d left"));
}
