// `--sql`: upgrade, downgrade and stamp written as a script, with no
// database at all — the same plan and executor as online, another sink.
#pragma once

#include <iosfwd>

#include "migration_run.h"

namespace dbm::commands {

/// Writes the script for `request` to `out`.
int run_offline(ProjectSession& project, const MigrationRequest& request, std::ostream& out);

}  // namespace dbm::commands
