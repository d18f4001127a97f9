// The table of subcommands, in the order --help lists them.
#include "commands/command.h"

namespace dbm::commands {

const std::vector<Command>& command_table() {
  static const std::vector<Command> table = {
      branches_command(), check_command(),   check_migration_command(), current_command(),
      downgrade_command(), heads_command(),  history_command(),         merge_command(),
      plugins_command(),  revision_command(), show_command(),           stamp_command(),
      status_command(),   upgrade_command(),
  };
  return table;
}

}  // namespace dbm::commands
