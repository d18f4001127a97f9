// Revision e069c014356d: the floatingips table. Its reservable default is the
// SQL text `true` (not sa.true()), and (subnet_id, floating_ip_address) is an
// unnamed unique constraint.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::blazar {

namespace {

// id is NOT NULL and named in the PRIMARY KEY constraint only, not flagged
// primary_key=True on the column: not primary_key_id().
Table floatingips() {
  Table t = table("floatingips", {
      timestamps(),
      column("id", types::string(36)).not_null(),
      column("floating_network_id", types::string(255)).not_null(),
      column("subnet_id", types::string(255)).not_null(),
      column("floating_ip_address", types::string(255)).not_null(),
      column("reservable", types::boolean()).not_null().with_default(ServerDefault::expression("true")),
  });
  t.primary_key = primary_key({"id"});
  t.unique_constraints = {{.columns = {"subnet_id", "floating_ip_address"}}};
  return t;
}

void upgrade(Operations& op) { op.create_table(floatingips()); }

void downgrade(Operations& op) { op.drop_table("floatingips"); }

}  // namespace

DBM_REVISION({
    .id = "e069c014356d",
    .down = {"9593f3656974"},
    .message = "add-floatingip",
    .create_date = "2019-01-10 10:15:47.874521",
    .upgrade = upgrade,
    .downgrade = downgrade,
})

}  // namespace dbm::blazar
