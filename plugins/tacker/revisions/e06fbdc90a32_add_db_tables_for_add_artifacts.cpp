// Revision e06fbdc90a32: vnf_artifacts, the artifacts of a VNF package.
#include <utility>

#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  Table t = table("vnf_artifacts", {
      column("id", uuid()).not_null(),
      column("package_uuid", uuid()).not_null(),
      column("artifact_path", types::text()).not_null(),
      column("algorithm", types::string(64)).not_null(),
      column("hash", types::string(128)).not_null(),
      column("_metadata", types::sql_json()),
      column("created_at", types::date_time()).not_null(),
      column("updated_at", types::date_time()),
      column("deleted_at", types::date_time()),
      column("deleted", deleted_type(op)),
  });
  t.primary_key = primary_key({"id"});
  t.foreign_keys = {foreign_key("package_uuid", "vnf_packages")};
  t.options = {{.key = "mysql_engine", .value = "InnoDB"}};
  op.create_table(std::move(t));
}

}  // namespace

DBM_REVISION({
    .id = "e06fbdc90a32",
    .down = {"d2e39e01d540"},
    .message = "add db tables for add artifacts",
    .create_date = "2020-09-17 02:52:41.435112",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
