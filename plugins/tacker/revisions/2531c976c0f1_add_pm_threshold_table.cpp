// Revision 2531c976c0f1: the performance-threshold table ThresholdV2.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  Table t = table("ThresholdV2", {
      column("id", types::string(255)).not_null(),
      column("objectType", types::string(32)).not_null(),
      column("objectInstanceId", types::string(255)).not_null(),
      column("subObjectInstanceIds", types::sql_json()),
      column("criteria", types::sql_json()).not_null(),
      column("callbackUri", types::string(255)).not_null(),
      column("authentication", types::sql_json()),
      column("metadata", types::sql_json()),
  });
  t.primary_key = primary_key({"id"});
  t.options = {{"mysql_engine", "InnoDB"}};
  op.create_table(t);
}

}  // namespace

DBM_REVISION({
    .id = "2531c976c0f1",
    .down = {"de6bfa5bea46"},
    .message = "add_pm_threshold_table",
    .create_date = "2023-02-01 07:10:06.910825",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
