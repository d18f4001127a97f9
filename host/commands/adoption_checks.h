// Checks before a run on a database that has no version rows yet: one built
// before version tracking (quantum's Folsom databases) is adopted with
// `stamp`, never rebuilt over; an empty one is built with `upgrade`, never
// stamped. Each refusal happens before anything is written and says what to run.
#pragma once

#include "migration_run.h"
#include "runtime/planner.h"

namespace dbm::runtime {
class MigrationContext;
}

namespace dbm::commands {

/// `upgrade` from no version rows: refuses (CommandError) when the database
/// already holds tables the plan's first revision creates.
void check_unversioned_upgrade(runtime::MigrationContext& context, const runtime::Plan& plan);

/// `stamp <the plugin's adoption_revision>`: refuses (CommandError) when the
/// database holds none of the tables that revision creates for this configuration.
void check_adoption_stamp(ProjectSession& project, runtime::MigrationContext& context,
                          const MigrationRequest& request);

}  // namespace dbm::commands
