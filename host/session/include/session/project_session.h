// Everything a command may need about one project, computed on first use and
// kept: the plugin, its validated revision graph, its config files, its
// database URL and dialect, its connection and migration context. Commands
// that only print the graph never read a config file or open a connection.
#pragma once

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace dbm {
class Context;
}
namespace dbm::config {
class OsloConfig;
struct DbUrl;
}  // namespace dbm::config
namespace dbm::db {
class Database;
}
namespace dbm::dialect {
class Dialect;
}
namespace dbm::graph {
class RevisionGraph;
}
namespace dbm::plugins {
class LoadedPlugin;
}
namespace dbm::schema {
struct Schema;
}  // namespace dbm::schema
namespace dbm::runtime {
class MigrationContext;
struct ProjectView;
class RevisionSelection;
}  // namespace dbm::runtime

namespace dbm::session {

/// Where a project's settings come from (oslo.config's command-line half).
struct ConfigSources {
  std::vector<std::string> config_files;  ///< --config-file, in order
  std::vector<std::string> config_dirs;   ///< --config-dir, in order
  std::string prog;                       ///< argv[0] name, for oslo's <prog>.conf default
};

/// A config value given on the command line (a plugin's ConfigOption).
struct ConfigValue {
  std::string section;
  std::string option;
  std::string value;
};

/// What a deployment manifest or the command line may set instead of the service's own config.
struct ProjectOverrides {
  std::optional<std::string> name{};           ///< the project's name in the run, when not the plugin's
  std::optional<std::string> database_url{};   ///< replaces the URL from the config files
  std::optional<std::string> version_table{};  ///< replaces the plugin's convention
  std::vector<ConfigValue> config_values{};    ///< above every config file, as oslo's CLI options are
};

class ProjectSession {
 public:
  ProjectSession(const plugins::LoadedPlugin& plugin, ConfigSources sources, ProjectOverrides overrides = {});
  ~ProjectSession();

  const plugins::LoadedPlugin& plugin() const { return plugin_; }
  /// The project's name in this run: the manifest's, else the plugin's.
  const std::string& name() const;

  /// The plugin's revision graph; an invalid tree throws PluginError.
  const graph::RevisionGraph& graph();
  /// Starts building graph() on another thread. For commands that wait on the
  /// database first: at 10000 revisions the graph costs about as much as
  /// SQLite's loading of a 3000-table schema, and the two need not take turns.
  void build_graph_in_background();
  /// The layered config files (the default search path when none were given).
  const config::OsloConfig& config();
  /// The database URL (the override, else from the config files), its form
  /// checked by its dialect; throws the upstream "Provide a configuration
  /// file…" error when there is none.
  const config::DbUrl& url();
  /// The URL as configured, unparsed; std::nullopt when none is.
  std::optional<std::string> configured_url();
  /// The dialect the URL names, chosen once.
  const dialect::Dialect& dialect();
  std::string version_table() const;
  /// What the project's revisions read while they record: the dialect's name
  /// and the config files' values.
  const dbm::Context& revision_context();
  /// Which revisions run for this project's config (quantum's core_plugin);
  /// every one when the plugin names no runs_for_option.
  runtime::RevisionSelection revision_selection();
  /// What a migration run needs of this project (runtime::MigrationContext).
  runtime::ProjectView view();
  /// The schema the revisions up to `heads` build on `dialect`, whatever
  /// dialect the URL names (revisions record for `dialect`, with this
  /// project's config values); the project's database is not opened
  /// (runtime::MigrationContext::built_schema).
  schema::Schema built_schema(const dialect::Dialect& dialect, const std::vector<std::string>& heads);

  /// The migration context on the project's database, made on first use
  /// (logging Alembic's context lines); it connects when it first needs to,
  /// and reads a file database that does not exist yet as empty without
  /// creating it.
  runtime::MigrationContext& migration_context();
  /// A migration context that writes a script to `out` for a database at
  /// `start` ("a" of "a:b"; none: base).
  std::unique_ptr<runtime::MigrationContext> script_context(std::ostream& out, std::optional<std::string> start);
  /// The version table's rows (migration_context().current_heads()); empty
  /// for a database Alembic never touched.
  const std::vector<std::string>& current_heads();
  /// The connection, opened on first use.
  db::Database& database();

  /// Before the process ends without destroying this session: closes the
  /// connection unless closing would only free memory
  /// (Database::closing_only_frees_memory). A SQLite connection that only
  /// read holds nothing the kernel does not release, and sqlite3_close frees
  /// the parsed schema object by object (1.6 ms at 3334 tables).
  void close_connection_before_exit();

 private:
  /// view() with `context` in place of the project's own (another dialect's).
  runtime::ProjectView view_with(const dbm::Context& context);
  /// What is computed on first use (graph, config, URL, connection, ...).
  struct Computed;

  const plugins::LoadedPlugin& plugin_;
  ConfigSources sources_;
  ProjectOverrides overrides_;
  std::unique_ptr<Computed> computed_;
};

}  // namespace dbm::session
