// What each of the window's views does when the data changed or the rep presses F5
// (issue 15, "Numbers that are current").
#pragma once

class QWidget;

namespace fd {

// After DataChanges::changed(), for each view built so far: a list (customers, tickets)
// reads its rows and its detail pane again, keeping the selection and scroll position; a
// dashboard counts again. Each at once if shown, else when next shown (a Show event).
// Other widgets: nothing.
void refreshAfterChange(QWidget* view);

// F5 on the view shown: a dashboard counts again, a list reads its rows and detail again.
void refreshNow(QWidget* view);

} // namespace fd
