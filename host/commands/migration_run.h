// The shared body of upgrade, downgrade and stamp: lock, read the version
// rows under the lock, plan, and run the plan through the executor on the
// live database. Offline (--sql) runs arrive with their own issue.
#pragma once

#include <chrono>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include <boost/program_options.hpp>

namespace dbm::session {
class ProjectSession;
}

namespace dbm::commands {

using session::ProjectSession;


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

/// Runs `request` for `project`; the plan (dry run) or, with `sql`, the
/// script goes to `out` (or the output file). A script is written only once
/// it is complete: a failure leaves `out` and the file untouched.
int run_migration(ProjectSession& project, const MigrationRequest& request, std::ostream& out);

/// --output's file for `project`: every "{project}" replaced by its name, so
/// a multi-project run writes one script per project.
std::string output_path(std::string pattern, const std::string& project);

/// The options upgrade, downgrade and stamp share: --sql, --output,
/// --dry-run, --transaction-per-migration, --lock-timeout, -v.
void add_migration_options(boost::program_options::options_description& options);

/// The target of upgrade/downgrade: `--delta N` (non-zero) wins over a
/// revision and becomes `<sign>N`, as in the upstream tools; neither is their
/// error "You must provide a revision or relative delta".
std::string target_argument(const boost::program_options::variables_map& vm, char sign);

/// Reads the shared options into `request`.
void read_migration_options(const boost::program_options::variables_map& vm, MigrationRequest& request);

}  // namespace dbm::commands
