// What upgrade, downgrade and stamp share: their request, their options, and
// the composition that runs one — target, plan, migration context. Private
// to host/commands.
#pragma once

#include <chrono>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "commands/command.h"

namespace dbm::commands {

struct MigrationRequest {
  enum class Kind { kUpgrade, kDowngrade, kStamp };
  Kind kind = Kind::kUpgrade;
  std::vector<std::string> targets{};  ///< one for upgrade/downgrade; one or more for stamp
  bool sql = false;                     ///< offline: write the script to `out`, touch no database
  std::optional<std::string> output{};  ///< offline: write the script to this file instead
  std::optional<std::string> start{};   ///< offline only: "a" of "a:b"
  bool purge = false;                  ///< stamp --purge
  bool dry_run = false;                ///< print the plan, touch nothing
  bool transaction_per_migration = false;
  bool verbose = false;                ///< log statements and per-revision times
  std::chrono::milliseconds lock_timeout{std::chrono::seconds(60)};
};

/// Runs `request` for `project`: on its database, or with `sql` as a script
/// to `out` (or the output file). The plan alone with `dry_run`. A script is
/// written only once it is complete: a failure leaves `out` and the file
/// untouched.
int run_migration(ProjectSession& project, const MigrationRequest& request, std::ostream& out);

/// --output's file for `project`: every "{project}" replaced by its name, so
/// a multi-project run writes one script per project.
std::string output_path(std::string pattern, const std::string& project);

/// The options upgrade, downgrade and stamp share: --sql, --output,
/// --dry-run, --transaction-per-migration, --lock-timeout, -v.
void add_migration_options(std::vector<OptionSpec>& options);

/// The target of upgrade/downgrade: `--delta N` (non-zero) wins over a
/// revision and becomes `<sign>N`, as in the upstream tools; neither is their
/// error "You must provide a revision or relative delta".
std::string target_argument(const Arguments& args, char sign);

/// Reads the shared options into `request`. Throws UsageError for --output
/// without --sql and for a --lock-timeout that is not a finite number of
/// seconds from 0 to a day.
void read_migration_options(const Arguments& args, MigrationRequest& request);

}  // namespace dbm::commands
