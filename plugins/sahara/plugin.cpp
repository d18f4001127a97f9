// Assembles the sahara plugin: identity, config conventions and the revision
// list in upstream's file order.
#include "sahara_plugin.h"

#include "revisions.h"

namespace dbm::sahara {

namespace {

Plugin build() {
  Plugin p{};
  p.name = "sahara";
  p.description = "OpenStack Sahara (data processing) database migrations";
  // The tree these revisions port: Debian's python3-sahara 1:16.0.0-2.
  p.version = "16.0.0";
  p.config.config_project = "sahara";
  p.config.version_table = "alembic_version";
  p.revisions = {
      rev_001(), rev_002(), rev_003(), rev_004(), rev_005(), rev_006(), rev_007(), rev_008(), rev_009(),
      rev_010(), rev_011(), rev_012(), rev_013(), rev_014(), rev_015(), rev_016(), rev_017(), rev_018(),
      rev_019(), rev_020(), rev_021(), rev_022(), rev_023(), rev_024(), rev_025(), rev_026(), rev_027(),
      rev_028(), rev_029(), rev_030(), rev_031(), rev_032(), rev_033(), rev_034(), rev_035(),
  };
  return p;
}

}  // namespace

const Plugin& plugin() {
  static const Plugin instance = build();
  return instance;
}

}  // namespace dbm::sahara
