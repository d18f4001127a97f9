// Assembles the blazar plugin: identity, config conventions and the revision
// list in upstream's file-listing order. Knows nothing of what each revision
// does, nor of how the host loads or runs them.
#include "blazar_plugin.h"

#include "revisions.h"

namespace dbm::blazar {

namespace {

Plugin build() {
  Plugin p{};
  p.name = "blazar";
  p.description = "OpenStack Blazar (resource reservation) database migrations";
  // The upstream tree these revisions port: openstack/blazar acc44dc9792c.
  p.version = "acc44dc9";
  p.config.config_project = "blazar";
  p.config.version_table = "alembic_version";
  p.revisions = {
      rev_0_1(),          rev_10e34bba18e8(), rev_2bcfe76b0474(), rev_23d6240b51b2(),
      rev_1fd6c2eded89(), rev_7f1a7bbb2cd2(), rev_8805be233864(), rev_ba75b766b64e(),
      rev_6bfd1c23aa18(), rev_97d2cad1504e(), rev_e66f199a5414(), rev_75a74e4539cb(),
      rev_c0ae6b08b0d7(), rev_35b314cd39ee(), rev_9593f3656974(), rev_e069c014356d(),
      rev_f4084140f608(), rev_02e2f2186d98(), rev_553383923ca0(),
  };
  p.models = models();
  return p;
}

}  // namespace

const Plugin& plugin() {
  static const Plugin instance = build();
  return instance;
}

}  // namespace dbm::blazar
