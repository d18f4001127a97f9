// Revision 5246a6bd410f: VIMs — vims and vimauths (pickled placement, project
// and credentials; auth_url unique under an unnamed constraint), and devices
// gains placement_attr and a NOT NULL vim_id referencing vims through an
// unnamed foreign key. vim_id has no default, so, as upstream, the ALTER
// fails when devices already holds rows (PostgreSQL and SQLite refuse the
// column; MySQL fills in '' and then refuses the foreign key).
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

Column string(std::string name, int length) { return column(std::move(name), types::string(length)); }

Table vims() {
  Table t = table("vims", {
      string("id", 255).not_null(),
      string("type", 255).not_null(),
      string("tenant_id", 255),
      string("name", 255),
      string("description", 255),
      column("placement_attr", pickle()),
      column("shared", types::boolean()).not_null().with_default(ServerDefault::expression("true")),
  });
  t.primary_key = primary_key({"id"});
  t.options = {{"mysql_engine", "InnoDB"}};
  return t;
}

Table vimauths() {
  Table t = table("vimauths", {
      string("id", 36).not_null(),
      string("vim_id", 255).not_null(),
      string("password", 128).not_null(),
      string("auth_url", 255).not_null(),
      column("vim_project", pickle()).not_null(),
      column("auth_cred", pickle()).not_null(),
  });
  t.foreign_keys = {foreign_key("vim_id", "vims")};
  t.primary_key = primary_key({"id"});
  t.unique_constraints = {{.columns = {"auth_url"}}};
  return t;
}

void upgrade(Operations& op) {
  op.create_table(vims());
  op.create_table(vimauths());
  op.add_column("devices", column("placement_attr", pickle()));
  op.add_column("devices", string("vim_id", 36).not_null());
  op.create_foreign_key({.table = "devices", .ref_table = "vims", .columns = {"vim_id"}, .ref_columns = {"id"}});
}

}  // namespace

DBM_REVISION({
    .id = "5246a6bd410f",
    .down = {"24bec5f211c7"},
    .message = "multisite_vim",
    .create_date = "2016-03-22 14:05:15.129330",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
