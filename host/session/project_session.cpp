// Lazily computed per-project state; each piece is read at most once per run.
#include "session/project_session.h"

#include <cstdlib>

#include <fmt/format.h>

#include "db/database.h"
#include "db/version_table.h"
#include "config/config_sources.h"
#include "config/database_url.h"
#include "ddl/dialect.h"
#include "base/error.h"
#include "log/log.h"
#include "plugins/plugin_graph.h"

namespace dbm::session {
namespace {

/// The pair of lines Alembic logs when its migration context starts.
void log_context(const ddl::Dialect& dialect) {
  log::migration().info(fmt::format("Context impl {}.", dialect.impl_name));
  log::migration().info(fmt::format("Will assume {} DDL.", dialect.transactional_ddl ? "transactional" : "non-transactional"));
}

}  // namespace
ProjectSession::ProjectSession(const plugins::LoadedPlugin& plugin, ConfigSources sources,
                               ProjectOverrides overrides)
    : plugin_(plugin), sources_(std::move(sources)), overrides_(std::move(overrides)) {}

// The graph keeps the plugin's order, so a graph index is a revision index.
const dbm::Revision& ProjectSession::revision(const std::string& id) {
  return plugin_.plugin().revisions.at(static_cast<std::size_t>(graph().index_of(id)));
}

db::Database& ProjectSession::database() {
  if (!database_) {
    const config::DbUrl& where = url();
    log_context(ddl::dialect_named(where.dialect));
    database_ = db::Database::connect(where);
  }
  return *database_;
}

ProjectSession::~ProjectSession() = default;

void ProjectSession::close_connection_before_exit() {
  if (database_ && !database_->closing_only_frees_memory()) database_.reset();
}

const graph::RevisionGraph& ProjectSession::graph() {
  if (!graph_) {
    // A failure on the other thread is rethrown here, where it would have happened.
    graph_.emplace(graph_in_background_.valid() ? graph_in_background_.get()
                                                : plugins::build_revision_graph(plugin_));
  }
  return *graph_;
}

void ProjectSession::build_graph_in_background() {
  if (graph_ || graph_in_background_.valid()) return;
  // Reads only the plugin, which nothing changes once loaded.
  graph_in_background_ = std::async(std::launch::async, [this] { return plugins::build_revision_graph(plugin_); });
}

const config::OsloConfig& ProjectSession::config() {
  if (!config_) {
    std::vector<std::string> files = sources_.config_files;
    // As oslo.config: without --config-file the default files are read, with
    // or without --config-dir.
    if (files.empty()) {
      const char* home = std::getenv("HOME");
      files = config::default_config_files(plugin_.plugin().config.config_project, sources_.prog,
                                           home != nullptr ? home : "");
    }
    config_.emplace(config::OsloConfig::load(files, sources_.config_dirs));
  }
  return *config_;
}

const config::DbUrl& ProjectSession::url() {
  if (!url_) {
    auto raw = overrides_.database_url ? overrides_.database_url
                                       : config::find_database_url(config(), plugin_.plugin().config.url_options);
    if (!raw) throw ConfigError(config::kNoUrlMessage);
    url_.emplace(config::DbUrl::parse(*raw));
  }
  return *url_;
}

std::string ProjectSession::version_table() const {
  return overrides_.version_table.value_or(plugin_.plugin().config.version_table);
}

const std::vector<std::string>& ProjectSession::current_heads() {
  if (!heads_) {
    db::check_version_table_name(version_table());
    if (db::is_missing_sqlite_file(url())) {
      log_context(ddl::dialect_named(url().dialect));
      heads_.emplace();
    } else {
      heads_.emplace(db::read_version_rows(database(), version_table()));
    }
  }
  return *heads_;
}

}  // namespace dbm::session
