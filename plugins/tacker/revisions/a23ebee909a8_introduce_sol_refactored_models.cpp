// Revision a23ebee909a8: the tables of the refactored SOL API (v2):
// LccnSubscriptionV2, VnfInstanceV2 and VnfLcmOpOccV2, with mixed-case names.
// Their enums are named types on PostgreSQL (verbosity, instantiationState,
// operationState, operation, cancelMode), created with the tables.
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

// The v2 tables are keyed by a PRIMARY KEY constraint on `key` and are InnoDB on MySQL.
Table v2_table(std::string name, std::initializer_list<ColumnGroup> columns, std::string key = "id") {
  Table t = table(std::move(name), columns);
  t.primary_key = primary_key({std::move(key)});
  t.options = {{"mysql_engine", "InnoDB"}};
  return t;
}

void upgrade(Operations& op) {
  op.create_table(v2_table("LccnSubscriptionV2", {
      string255("id").not_null(),
      json("filter"),
      string255("callbackUri").not_null(),
      json("authentication"),
      column("verbosity", types::enumeration("verbosity", {"FULL", "SHORT"})).not_null(),
  }));

  op.create_table(v2_table("VnfInstanceV2", {
      string255("id").not_null(),
      string255("vnfInstanceName"),
      column("vnfInstanceDescription", types::text()),
      string255("vnfdId").not_null(),
      string255("vnfProvider").not_null(),
      string255("vnfProductName").not_null(),
      string255("vnfSoftwareVersion").not_null(),
      string255("vnfdVersion").not_null(),
      json("vnfConfigurableProperties"),
      json("vimConnectionInfo"),
      column("instantiationState",
             types::enumeration("instantiationState", {"NOT_INSTANTIATED", "INSTANTIATED"}))
          .not_null(),
      json("instantiatedVnfInfo"),
      json("metadata"),
      json("extensions"),
  }));

  op.create_table(v2_table("VnfLcmOpOccV2", {
      string255("id").not_null(),
      column("operationState",
             types::enumeration("operationState", {"STARTING", "PROCESSING", "COMPLETED", "FAILED_TEMP",
                                                   "FAILED", "ROLLING_BACK", "ROLLED_BACK"}))
          .not_null(),
      column("stateEnteredTime", types::date_time()).not_null(),
      column("startTime", types::date_time()).not_null(),
      string255("vnfInstanceId").not_null(),
      string255("grantId"),
      // Twelve values, MODIFY_INFO among them; 3ff50553e9d3 reuses this type.
      column("operation",
             types::enumeration("operation", {"INSTANTIATE", "SCALE", "SCALE_TO_LEVEL", "CHANGE_FLAVOUR",
                                              "TERMINATE", "HEAL", "OPERATE", "CHANGE_EXT_CONN", "MODIFY_INFO",
                                              "CREATE_SNAPSHOT", "REVERT_TO_SNAPSHOT", "CHANGE_VNFPKG"}))
          .not_null(),
      column("isAutomaticInvocation", types::boolean()).not_null(),
      json("operationParams"),
      column("isCancelPending", types::boolean()).not_null(),
      column("cancelMode", types::enumeration("cancelMode", {"GRACEFUL", "FORCEFUL"})),
      json("error"),
      json("resourceChanges"),
      json("changedInfo"),
      json("changedExtConnectivity"),
      json("modificationsTriggeredByVnfPkgChange"),
      string255("vnfSnapshotInfoId"),
  }));
}

}  // namespace

DBM_REVISION({
    .id = "a23ebee909a8",
    .down = {"6dc60a5760e5"},
    .message = "introduce_sol_refactored_models",
    .create_date = "2021-04-20 15:33:42.686284",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
