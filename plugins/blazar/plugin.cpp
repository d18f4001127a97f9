// Assembles the blazar plugin: config conventions, the revisions of
// revisions.list in upstream's file-listing order, and the models. Knows
// nothing of what each revision does, nor of how the host loads or runs them.
#include "blazar_plugin.h"

#include "revision_list.h"

namespace dbm::blazar {

namespace {

Plugin build() {
  Plugin p{};
  p.description = "OpenStack Blazar (resource reservation) database migrations";
  p.config.config_project = "blazar";
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

}  // namespace dbm::blazar
