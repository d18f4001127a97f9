// Revision e069c014356d: the floatingips table. Its reservable default is the
// SQL text `true` (not sa.true()), and (subnet_id, floating_ip_address) is an
// unnamed unique constraint.
#include "../revisions.h"

namespace dbm::blazar {

namespace {

Table floatingips() {
  Table t{};
  t.name = "floatingips";
  t.columns = {
      column("created_at", types::date_time()),
      column("updated_at", types::date_time()),
      column("id", types::string(36)).not_null(),
      column("floating_network_id", types::string(255)).not_null(),
      column("subnet_id", types::string(255)).not_null(),
      column("floating_ip_address", types::string(255)).not_null(),
      column("reservable", types::boolean())
          .not_null()
          .with_default(ServerDefault::expression("true")),
  };
  t.primary_key = {{}, {"id"}};
  t.unique_constraints = {{{}, {"subnet_id", "floating_ip_address"}}};
  return t;
}

}  // namespace

Revision rev_e069c014356d() {
  return Revision{
      .id = "e069c014356d",
      .down = {"9593f3656974"},
      .message = "add-floatingip",
      .create_date = "2019-01-10 10:15:47.874521",
      .upgrade = [](Operations& op) { op.create_table(floatingips()); },
      .downgrade = [](Operations& op) { op.drop_table("floatingips"); },
  };
}

}  // namespace dbm::blazar
