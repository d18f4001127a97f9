// Lazily computed per-project state; each piece is read at most once per run.
#include "session/project_session.h"

#include <cstdlib>
#include <future>

#include "base/error.h"
#include "config/config_sources.h"
#include "config/database_url.h"
#include "config/db_url.h"
#include "config/oslo_config.h"
#include "db/database.h"
#include "dialect/dialect.h"
#include "graph/revision_graph.h"
#include "plugins/loaded_plugin.h"
#include "plugins/plugin_graph.h"
#include "revision_context.h"
#include "runtime/migration_context.h"
#include "schema/schema.h"

namespace dbm::session {

struct ProjectSession::Computed {
  std::optional<graph::RevisionGraph> graph;
  std::future<graph::RevisionGraph> graph_in_background;
  std::optional<config::OsloConfig> config;
  std::optional<config::DbUrl> url;
  const dialect::Dialect* dialect = nullptr;
  std::unique_ptr<dbm::Context> revision_context;
  std::unique_ptr<db::Database> database;
  std::unique_ptr<runtime::MigrationContext> migration_context;
};

ProjectSession::ProjectSession(const plugins::LoadedPlugin& plugin, ConfigSources sources, ProjectOverrides overrides)
    : plugin_(plugin),
      sources_(std::move(sources)),
      overrides_(std::move(overrides)),
      computed_(std::make_unique<Computed>()) {}

const std::string& ProjectSession::name() const { return overrides_.name ? *overrides_.name : plugin_.name(); }

db::Database& ProjectSession::database() {
  if (!computed_->database) computed_->database = db::Database::connect(url(), dialect());
  return *computed_->database;
}

ProjectSession::~ProjectSession() = default;

void ProjectSession::close_connection_before_exit() {
  if (computed_->database && !computed_->database->closing_only_frees_memory()) computed_->database.reset();
}

const graph::RevisionGraph& ProjectSession::graph() {
  if (!computed_->graph) {
    // A failure on the other thread is rethrown here, where it would have happened.
    computed_->graph.emplace(computed_->graph_in_background.valid() ? computed_->graph_in_background.get()
                                                                    : plugins::build_revision_graph(plugin_));
  }
  return *computed_->graph;
}

void ProjectSession::build_graph_in_background() {
  if (computed_->graph || computed_->graph_in_background.valid()) return;
  // Reads only the plugin, which nothing changes once loaded.
  computed_->graph_in_background =
      std::async(std::launch::async, [this] { return plugins::build_revision_graph(plugin_); });
}

const config::OsloConfig& ProjectSession::config() {
  if (!computed_->config) {
    std::vector<std::string> files = sources_.config_files;
    // As oslo.config: without --config-file the default files are read, with
    // or without --config-dir.
    if (files.empty()) {
      const char* home = std::getenv("HOME");
      files = config::default_config_files(plugin_.plugin().config.config_project, sources_.prog,
                                           home != nullptr ? home : "");
    }
    computed_->config.emplace(config::OsloConfig::load(files, sources_.config_dirs));
    if (!overrides_.config_values.empty()) {
      config::IniSections given;
      for (const ConfigValue& v : overrides_.config_values) given[v.section][v.option].push_back(v.value);
      computed_->config->add_command_line(given);
    }
  }
  return *computed_->config;
}

std::optional<std::string> ProjectSession::configured_url() {
  return overrides_.database_url ? overrides_.database_url
                                 : config::find_database_url(config(), plugin_.plugin().config.url_options);
}

const config::DbUrl& ProjectSession::url() {
  if (!computed_->url) {
    auto raw = configured_url();
    if (!raw) throw ConfigError(config::kNoUrlMessage);
    config::DbUrl parsed = config::DbUrl::parse(*raw);
    computed_->dialect = &dialect::dialect_for(parsed);
    computed_->url.emplace(std::move(parsed));
  }
  return *computed_->url;
}

const dialect::Dialect& ProjectSession::dialect() {
  if (computed_->dialect != nullptr) return *computed_->dialect;
  // A plugin may name the dialect of URL-less --sql runs in its config
  // (tacker's [database] engine); a URL, when there is one, decides.
  const std::string& option = plugin_.plugin().config.offline_dialect_option;
  const auto raw = option.empty() || computed_->url ? std::nullopt : configured_url();
  if (!option.empty() && !computed_->url && (!raw || raw->empty())) {
    const auto name = config::OptionName::from_path(option);
    const auto engine = config().get(name.section, name.option);
    if (engine && !engine->empty()) {
      computed_->dialect = &dialect::dialect_named(*engine);
      return *computed_->dialect;
    }
  }
  url();
  return *computed_->dialect;
}

const dbm::Context& ProjectSession::revision_context() {
  if (!computed_->revision_context)
    computed_->revision_context = std::make_unique<RevisionContext>(std::string(dialect().name()), config());
  return *computed_->revision_context;
}

runtime::RevisionSelection ProjectSession::revision_selection() {
  const std::string& option = plugin_.plugin().config.runs_for_option;
  if (option.empty()) return {};
  const auto name = config::OptionName::from_path(option);
  return {name.section, name.option, config().get(name.section, name.option).value_or("")};
}

std::string ProjectSession::version_table() const {
  return overrides_.version_table.value_or(plugin_.plugin().config.version_table);
}

runtime::ProjectView ProjectSession::view() { return view_with(revision_context()); }

runtime::ProjectView ProjectSession::view_with(const dbm::Context& context) {
  return runtime::ProjectView{.name = name(),
                              .graph = [this]() -> const graph::RevisionGraph& { return graph(); },
                              .revisions = plugin_.plugin().revisions,
                              .context = context,
                              .version_table = version_table(),
                              .selection = revision_selection()};
}

schema::Schema ProjectSession::built_schema(const dialect::Dialect& dialect, const std::vector<std::string>& heads) {
  const RevisionContext context(std::string(dialect.name()), config());
  return runtime::MigrationContext::built_schema(view_with(context), dialect, heads);
}

runtime::MigrationContext& ProjectSession::migration_context() {
  if (!computed_->migration_context) {
    computed_->migration_context = runtime::MigrationContext::online(
        view(), dialect(), [this]() -> db::Database& { return database(); },
        [this] { return !db::is_missing_file_database(url(), dialect()); });
  }
  return *computed_->migration_context;
}

std::unique_ptr<runtime::MigrationContext> ProjectSession::script_context(std::ostream& out,
                                                                          std::optional<std::string> start) {
  return runtime::MigrationContext::offline(view(), dialect(), out, std::move(start));
}

const std::vector<std::string>& ProjectSession::current_heads() { return migration_context().current_heads(); }

}  // namespace dbm::session
