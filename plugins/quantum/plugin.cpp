// Assembles the quantum plugin: quantum-db-manage's config conventions, the
// option that selects which revisions run (and which models apply), the
// revisions of revisions.list, the models and their known differences.
#include "quantum_plugin.h"
#include "models.h"
#include "revision_list.h"

namespace dbm::quantum {

namespace {

Plugin build() {
  Plugin p{};
  p.description = "OpenStack Quantum (networking, later Neutron) database migrations";
  // quantum-db-manage parses its options without naming a project, so with no
  // --config-file only quantum-db-manage.conf in ~/ and /etc/ is read.
  p.config.config_project = "";
  // Its one URL option lives in the [DATABASE] group, which 2013 configs
  // spell in upper case (the cfg module of the time looked groups up by exact
  // name). The host reads section names as oslo.config does today, without
  // regard to case, so [database] is read too; nothing upstream read is lost.
  p.config.url_options = {"DATABASE/sql_connection"};
  p.config.version_table = "alembic_version";
  // Each revision but folsom names the core plugins it applies to; the host
  // matches [DEFAULT] core_plugin against Revision::runs_for (exact strings),
  // as upstream's env.py hands core_plugin to every script.
  p.config.runs_for_option = "DEFAULT/core_plugin";
  // A Folsom database predates version tracking: `stamp folsom` adopts it.
  p.adoption_revision = "folsom";
  p.revisions = listed_revisions();
  // Which tables the service's code declares depends on core_plugin too
  // (upstream's metadata is what importing the plugin's class registers).
  p.models = common_models();
  p.selected_models = core_plugin_models();
  p.known_differences = known_differences();
  return p;
}

}  // namespace

const Plugin& plugin() {
  static const Plugin instance = build();
  return instance;
}

}  // namespace dbm::quantum
