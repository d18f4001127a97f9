// Revision 3ff50553e9d3: the v1 grant tables, GrantV1 and GrantRequestV1
// (keyed by vnfLcmOpOccId).
// GrantRequestV1.operation declares the PostgreSQL type "operation" again,
// with eleven values (a23ebee909a8 created it with twelve, MODIFY_INFO among
// them). We record upstream's declaration as it is. On PostgreSQL the host
// skips CREATE TYPE for a type that already exists, so the column uses
// a23ebee909a8's twelve-value type; that is what one Alembic run does (it
// remembers the types it created in the run), while a run that starts at this
// revision fails upstream with "type already exists". MySQL and SQLite have no
// named type and take the values as declared here.
#include <initializer_list>
#include <string>
#include <utility>

#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

Column string255(std::string name) { return column(std::move(name), types::string(255)); }
Column json(std::string name) { return column(std::move(name), types::sql_json()); }

// Keyed by a PRIMARY KEY constraint on `key`; InnoDB on MySQL.
Table v1_table(std::string name, std::initializer_list<ColumnGroup> columns, std::string key) {
  Table t = table(std::move(name), columns);
  t.primary_key = primary_key({std::move(key)});
  t.options = {{"mysql_engine", "InnoDB"}};
  return t;
}

void upgrade(Operations& op) {
  op.create_table(v1_table("GrantV1", {
      string255("id").not_null(),
      string255("vnfInstanceId").not_null(),
      string255("vnfLcmOpOccId").not_null(),
      json("vimConnectionInfo"),
      json("zones"),
      json("zoneGroups"),
      json("addResources"),
      json("tempResources"),
      json("removeResources"),
      json("updateResources"),
      json("vimAssets"),
      json("extVirtualLinks"),
      json("extManagedVirtualLinks"),
      json("additionalParams"),
  }, "id"));

  op.create_table(v1_table("GrantRequestV1", {
      string255("vnfInstanceId").not_null(),
      string255("vnfLcmOpOccId").not_null(),
      string255("vnfdId").not_null(),
      string255("dstVnfdId"),
      string255("flavourId"),
      column("operation",
             types::enumeration("operation", {"INSTANTIATE", "SCALE", "SCALE_TO_LEVEL", "CHANGE_FLAVOUR",
                                              "TERMINATE", "HEAL", "OPERATE", "CHANGE_EXT_CONN",
                                              "CREATE_SNAPSHOT", "REVERT_TO_SNAPSHOT", "CHANGE_VNFPKG"}))
          .not_null(),
      column("isAutomaticInvocation", types::boolean()).not_null(),
      string255("instantiationLevelId"),
      json("addResources"),
      json("tempResources"),
      json("removeResources"),
      json("updateResources"),
      json("placementConstraints"),
      json("vimConstraints"),
      json("additionalParams"),
  }, "vnfLcmOpOccId"));
}

}  // namespace

DBM_REVISION({
    .id = "3ff50553e9d3",
    .down = {"70df18f71ba2"},
    .message = "add grant and grant request",
    .create_date = "2021-10-07 03:57:25.430532",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
