// The plugin interface: what one service ships to the host. Plain data, built
// once by the plugin's entry function and read by the host for as long as the
// library stays loaded. The plugin's name and version travel in its C entry
// record (dbm/entry.h), readable before any C++ type is touched.
#pragma once

#include <string>
#include <vector>

#include "dbm/command.h"
#include "dbm/revision.h"
#include "dbm/schema.h"

namespace dbm {

/// A command-line option of the service's tool that sets a config value, as
/// an oslo.config CLI option does: `--database-connection URL` is
/// `[database] connection`, above whatever the config files say. Given
/// before the command: `tacker-db-manage --database-connection URL upgrade head`.
struct ConfigOption {
  std::string flag{};  ///< the long option without its dashes: "database-connection"
  std::string section{};
  std::string option{};
  std::string help{};
};

/// Where a service keeps its settings, as its own *-db-manage tool reads them.
struct ConfigConventions {
  /// oslo.config's `project`: without --config-file, <project>.conf is looked
  /// for in ~/.<project>/, ~/, /etc/<project>/, /etc/ (and <prog>.conf too).
  std::string config_project{};
  /// `section/option` spellings that may hold the database URL, most preferred
  /// first; later entries are the deprecated spellings oslo.db still accepts.
  std::vector<std::string> url_options = {"database/connection", "DEFAULT/sql_connection",
                                          "database/sql_connection", "sql/connection"};
  /// The version table; alembic_version adopts databases Alembic managed.
  std::string version_table = "alembic_version";
  /// The tool's own options that set config values (oslo.config CLI options).
  std::vector<ConfigOption> cli_options{};
  /// `section/option` naming the dialect of a --sql run when no URL is
  /// configured (tacker's `[database] engine`); empty: a URL is required.
  std::string offline_dialect_option{};
  /// `section/option` whose value selects the revisions that run, matched
  /// exactly against each Revision::runs_for (quantum: "DEFAULT/core_plugin").
  /// Empty: every revision runs.
  std::string runs_for_option{};
};

/// A difference between the service's models and the schema its revisions
/// build that the service lives with (upstream's models and migrations
/// disagree, and upstream's own model/migration test filters it or never ran
/// on that dialect). `check` and `revision --autogenerate` leave it out; a
/// declared difference that no longer occurs is reported too, so the list
/// never outlives its reason.
struct KnownDifference {
  /// What `check` reports: "modify_type", "modify_nullable", "add_constraint", ...
  std::string operation{};
  std::string table{};
  /// The column, index or constraint as `check` names it; empty for a
  /// table; "*" for every one the operation reports on the table.
  std::string object{};
  /// The dialects it occurs on ("sqlite", "postgresql", "mysql"); empty: every one.
  std::vector<std::string> dialects{};
  /// Why it is accepted, for whoever wonders whether to fix it.
  std::string reason{};
  /// The values of ConfigConventions::runs_for_option it occurs for, as
  /// Revision::runs_for lists them ("*": any); empty: every configuration.
  std::vector<std::string> runs_for{};
};

/// Models only some configurations have: tables the service's code declares
/// when the plugin it is configured with is one of `runs_for` (quantum's core
/// plugins each bring their own), matched as Revision::runs_for is.
struct SelectedModels {
  std::vector<std::string> runs_for{};
  std::vector<Table> tables{};
};

struct Plugin {
  std::string description{};
  ConfigConventions config{};
  std::vector<Revision> revisions{};  ///< in revisions.list order; the host builds the graph
  std::vector<Table> models{};        ///< the schema at head, for autogenerate and check
  /// The head the tree must have; check_migration fails when the graph's
  /// single head is another (tacker keeps it in versions/HEAD). Empty: not checked.
  std::string declared_head{};
  /// The revision a database built before version tracking is adopted at
  /// with `stamp` (quantum: "folsom", the Folsom schema). Stamping it on a
  /// database that holds none of the tables it creates is refused: there is
  /// nothing to adopt, and `upgrade` would build on tables that are missing.
  /// Empty: stamp checks nothing, as Alembic's.
  std::string adoption_revision{};
  /// Commands the service's tool has beyond the migration commands.
  std::vector<PluginCommand> commands{};
  /// Where `models` and the revisions' head schema differ on purpose.
  std::vector<KnownDifference> known_differences{};
  /// Models beyond `models` that the configuration selects (after them, in order).
  std::vector<SelectedModels> selected_models{};
};

}  // namespace dbm
