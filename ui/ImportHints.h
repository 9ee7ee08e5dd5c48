// The window's words for core's import hints (common/FrontEndHints.h): what to do in the
// import wizard, by its own pages and controls ("Which column is which", "— not imported —",
// the list of values FunnelDesk does not know), never a command-line flag (issue 15, hostile
// tester, final round: the wizard said "add --map-value status:…"). The wizard installs them
// when it is made, before its first job runs; they stay for the process (the GUI's only
// front end). Qt Core only, so the core tests can check core's sentences with them.
#pragma once

namespace fd {

void installImportHints();

} // namespace fd
