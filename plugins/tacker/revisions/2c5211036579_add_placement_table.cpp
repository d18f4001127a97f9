// Revision 2c5211036579: placement_constraint, the affinity / anti-affinity
// rules of a VNF instance's server groups.
#include <utility>

#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  Table t = table("placement_constraint", {
      column("id", uuid()).not_null(),
      column("vnf_instance_id", uuid()).not_null(),
      column("affinity_or_anti_affinity", types::string(255)).not_null(),
      column("scope", types::string(255)).not_null(),
      column("server_group_name", types::string(255)).not_null(),
      column("resource", types::sql_json()).not_null(),
      column("created_at", types::date_time()).not_null(),
      column("updated_at", types::date_time()),
      column("deleted_at", types::date_time()),
      column("deleted", deleted_type(op)),
  });
  t.primary_key = primary_key({"id"});
  t.options = {{.key = "mysql_engine", .value = "InnoDB"}};
  op.create_table(std::move(t));
}

}  // namespace

DBM_REVISION({
    .id = "2c5211036579",
    .down = {"ee98bbc0789d"},
    .message = "add placement table",
    .create_date = "2020-09-11 20:47:46.345771",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
