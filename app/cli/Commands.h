#pragma once

namespace fd::cli {

class CliContext;

// One function per command of PRODUCT.md §5; each returns the process exit code.
int init(CliContext& context);
int generate(CliContext& context);
int add(CliContext& context);
int show(CliContext& context);
int stats(CliContext& context);
int check(CliContext& context);
int backup(CliContext& context);
int restore(CliContext& context);
int migrate(CliContext& context);
int stages(CliContext& context);
int health(CliContext& context);
int tasks(CliContext& context);
int plans(CliContext& context);
int playbooks(CliContext& context);
int settings(CliContext& context);
int exportData(CliContext& context);
int importData(CliContext& context);
int report(CliContext& context);
int team(CliContext& context);
int audit(CliContext& context);

} // namespace fd::cli
