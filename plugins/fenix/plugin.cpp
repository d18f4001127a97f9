// Assembles the fenix plugin: identity, config conventions, its one revision.
#include "fenix_plugin.h"

#include "revisions.h"

namespace dbm::fenix {

namespace {

Plugin build() {
  Plugin p{};
  p.name = "fenix";
  p.description = "OpenStack Fenix (rolling infrastructure maintenance) database migrations";
  // The upstream tree this revision ports: openstack/fenix ac9fe415e63d.
  p.version = "ac9fe415";
  // fenix's CLI builds its config without a project name, so oslo.config only
  // looks for <prog>.conf (fenix-db-manage.conf) by default: no fenix.conf.
  p.config.config_project = "";
  p.config.version_table = "alembic_version";
  p.revisions = {rev_001()};
  // Upstream's models declare the same six tables the revision creates.
  p.models = initial_tables();
  return p;
}

}  // namespace

const Plugin& plugin() {
  static const Plugin instance = build();
  return instance;
}

}  // namespace dbm::fenix
