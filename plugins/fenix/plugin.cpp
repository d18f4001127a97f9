// Assembles the fenix plugin: config conventions, its one revision, models.
#include "fenix_plugin.h"

#include "revision_list.h"

namespace dbm::fenix {

namespace {

Plugin build() {
  Plugin p{};
  p.description = "OpenStack Fenix (rolling infrastructure maintenance) database migrations";
  // fenix's CLI builds its config without a project name, so oslo.config only
  // looks for <prog>.conf (fenix-db-manage.conf) by default: no fenix.conf.
  p.config.config_project = "";
  p.config.version_table = "alembic_version";
  p.revisions = listed_revisions();
  p.models = models();
  p.known_differences = known_differences();
  return p;
}

}  // namespace

const Plugin& plugin() {
  static const Plugin instance = build();
  return instance;
}

}  // namespace dbm::fenix
