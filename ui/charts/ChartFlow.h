// The dashboards' charts two to a row when both fit side by side at their minimum widths
// (BarChart and FlowMatrix size those from their labels), else one to a row, so no label is
// elided and nothing scrolls sideways; the number tiles four to a row, or as many as fit.
// Reflows when the scroll area's viewport is resized.
#pragma once

#include <QObject>

class QGridLayout;
class QWidget;

namespace fd {

class ChartFlow : public QObject {
    Q_OBJECT

public:
    // `grid` holds the charts in order (index i is the i-th added); `viewport` is the widget
    // whose width (logical pixels) the charts must fit in; at most `mostColumns` to a row,
    // never fewer than one. Owned by `viewport`.
    ChartFlow(QGridLayout* grid, QWidget* viewport, int mostColumns = 2);
    // Places the charts again: always when `force` (new ones were added), else only when
    // the number of columns changes.
    void reflow(bool force = true);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QGridLayout* m_grid;
    QWidget* m_viewport;
    int m_mostColumns;
    int m_columns = 0; // as placed; 0 when not yet
};

} // namespace fd
