// Tab leaves a date or time field (QDateEdit, QDateTimeEdit) for the next field, as in every
// other field of the window; the field's parts (day, month, year, hour, minute) are reached
// with the arrow keys and filled as digits are typed. Qt's own Tab walked the parts first:
// a summary typed after three Tabs was lost in a form (issue 15, "Keys"), and a dashboard's
// period took three Tabs per date (issue 15, Step 9).
#pragma once

namespace fd::DateFieldTab {

// From now on, in every window of the application: Tab and Shift+Tab (without Ctrl or Alt)
// in a QDateTimeEdit move the focus to the next or previous widget of its window. Idempotent;
// needs a QApplication. The main window and every guarded form (InputGuard) call it.
void install();

} // namespace fd::DateFieldTab
