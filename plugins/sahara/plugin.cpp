// Assembles the sahara plugin: config conventions, the revisions of
// revisions.list in upstream's file order, and the models.
#include "sahara_plugin.h"

#include "revision_list.h"

namespace dbm::sahara {

namespace {

Plugin build() {
  Plugin p{};
  p.description = "OpenStack Sahara (data processing) database migrations";
  p.config.config_project = "sahara";
  p.config.version_table = "alembic_version";
  p.revisions = listed_revisions();
  p.models = models();
  return p;
}

}  // namespace

const Plugin& plugin() {
  static const Plugin instance = build();
  return instance;
}

}  // namespace dbm::sahara
