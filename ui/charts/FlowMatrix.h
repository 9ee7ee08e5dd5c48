// Moves between stages as a from × to grid: each cell the number of customers who made
// that move in the period, shaded in the colour of the stage they moved to. A click on a
// cell asks for the customers behind it.
#pragma once

#include "domain/Enums.h"

#include <QWidget>

#include <optional>
#include <vector>

class QPainter;
class QTableWidget;

namespace fd {

class FlowMatrix : public QWidget {
    Q_OBJECT

public:
    struct Cell {
        std::optional<Stage> from; // none: entered the funnel
        Stage to = Stage::Onboarding;
        qint64 count = 0;
    };

    explicit FlowMatrix(QWidget* parent = nullptr);
    // `cells[i]` is reported back as i when clicked.
    void setCells(const std::vector<Cell>& cells);
    // Draws the matrix (its title, stage names and shaded counts) into `target` as vector
    // graphics, in the painter's font: a PDF report's chart.
    void paint(QPainter& painter, const QRectF& target) const;

signals:
    void clicked(int cell);

private:
    QTableWidget* m_table = nullptr;
    std::vector<Cell> m_cells;
};

} // namespace fd
