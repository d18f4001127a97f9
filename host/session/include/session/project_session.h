// Everything a command may need about one project, computed on first use and
// kept: the plugin, its validated revision graph, its config files, its
// database URL, its current heads. Commands that only print the graph never
// read a config file or open a connection.
#pragma once

#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "config/db_url.h"
#include "config/oslo_config.h"
#include "graph/revision_graph.h"
#include "plugins/loaded_plugin.h"

namespace dbm::db {
class Database;
}

namespace dbm::session {

/// Where a project's settings come from (oslo.config's command-line half).
struct ConfigSources {
  std::vector<std::string> config_files;  ///< --config-file, in order
  std::vector<std::string> config_dirs;   ///< --config-dir, in order
  std::string prog;                       ///< argv[0] name, for oslo's <prog>.conf default
};

/// What a deployment manifest may set instead of the service's own config.
struct ProjectOverrides {
  std::optional<std::string> name{};           ///< the project's name in the run, when not the plugin's
  std::optional<std::string> database_url{};   ///< replaces the URL from the config files
  std::optional<std::string> version_table{};  ///< replaces the plugin's convention
};

class ProjectSession {
 public:
  ProjectSession(const plugins::LoadedPlugin& plugin, ConfigSources sources, ProjectOverrides overrides = {});
  ~ProjectSession();

  const plugins::LoadedPlugin& plugin() const { return plugin_; }
  const std::string& name() const { return overrides_.name ? *overrides_.name : plugin_.name(); }

  /// The plugin's revision graph; an invalid tree throws PluginError.
  const graph::RevisionGraph& graph();
  /// Starts building graph() on another thread. For commands that wait on the
  /// database first: at 10000 revisions the graph costs about as much as
  /// SQLite's loading of a 3000-table schema, and the two need not take turns.
  void build_graph_in_background();
  /// The layered config files (the default search path when none were given).
  const config::OsloConfig& config();
  /// The database URL (the override, else from the config files); throws the
  /// upstream "Provide a configuration file…" error when there is none.
  const config::DbUrl& url();
  std::string version_table() const;
  /// The version table's rows; empty for a database Alembic never touched.
  /// Reading never creates a SQLite file or a table.
  const std::vector<std::string>& current_heads();
  /// The connection, opened on first use (logs Alembic's "Context impl" lines).
  db::Database& database();
  /// The plugin's revision with exactly this id. REQUIRES: the id is in graph().
  const dbm::Revision& revision(const std::string& id);

  /// Before the process ends without destroying this session: closes the
  /// connection unless closing would only free memory
  /// (Database::closing_only_frees_memory). A SQLite connection that only
  /// read holds nothing the kernel does not release, and sqlite3_close frees
  /// the parsed schema object by object (1.6 ms at 3334 tables).
  void close_connection_before_exit();

 private:
  const plugins::LoadedPlugin& plugin_;
  ConfigSources sources_;
  ProjectOverrides overrides_;
  std::optional<graph::RevisionGraph> graph_;
  std::future<graph::RevisionGraph> graph_in_background_;
  std::optional<config::OsloConfig> config_;
  std::optional<config::DbUrl> url_;
  std::unique_ptr<db::Database> database_;
  std::optional<std::vector<std::string>> heads_;
};

}  // namespace dbm::session
