// A row of controls that wraps: its items stand on one line, left to right, when the row is
// wide enough for each at its preferred width (a stretch item takes what is left); when it
// is not, the items that do not fit go to the next line, and so on. So a bar of controls
// never forces the window wider than its widest item, and nothing in it is clipped or drawn
// over its neighbour at 1024 × 768 (issue 15, "Text clipped"). Widths in logical pixels.
#pragma once

#include <QLayout>
#include <QList>

#include <vector>

namespace fd {

class WrapRow : public QLayout {
public:
    explicit WrapRow(QWidget* parent = nullptr);
    ~WrapRow() override;

    // `stretch` > 0: the item takes its share of what its line leaves over.
    void addWidget(QWidget* widget, int stretch = 0);
    // A row of groups, each kept together on one line (a null widget is skipped); the
    // first group takes what is left over, so the others stand at the right.
    static WrapRow* ofGroups(const QList<QList<QWidget*>>& groups);

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    int gap() const;
    // Lays the items out in `rect` (placing them when `apply`); returns the height used.
    int arrange(const QRect& rect, bool apply);

    QList<QLayoutItem*> m_items;
    std::vector<int> m_stretch; // per item
};

} // namespace fd
