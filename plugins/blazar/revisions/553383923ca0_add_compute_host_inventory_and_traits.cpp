// Revision 553383923ca0: per-host resource inventory and traits, both tied to
// computehosts by unnamed foreign keys.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::blazar {

namespace {

// id is NOT NULL and named in the PRIMARY KEY constraint only, not flagged
// primary_key=True on the column: not primary_key_id().
Column id() { return column("id", types::string(36)).not_null(); }
Column count(std::string name) { return column(std::move(name), types::integer()).not_null(); }

Table computehost_resource_inventory() {
  Table t = table("computehost_resource_inventory", {
      timestamps(),
      id(),
      column("computehost_id", types::string(36)),
      column("resource_class", types::string(255)).not_null(),
      count("total"),
      count("reserved"),
      count("min_unit"),
      count("max_unit"),
      count("step_size"),
      column("allocation_ratio", types::floating()).not_null(),
  });
  t.primary_key = primary_key({"id"});
  t.foreign_keys = {foreign_key("computehost_id", "computehosts")};
  return t;
}

Table computehost_trait() {
  Table t = table("computehost_trait", {
      timestamps(),
      id(),
      column("computehost_id", types::string(36)),
      column("trait", types::string(255)).not_null(),
  });
  t.primary_key = primary_key({"id"});
  t.foreign_keys = {foreign_key("computehost_id", "computehosts")};
  return t;
}

void upgrade(Operations& op) {
  op.create_table(computehost_resource_inventory());
  op.create_table(computehost_trait());
}

void downgrade(Operations& op) {
  op.drop_table("computehost_trait");
  op.drop_table("computehost_resource_inventory");
}

}  // namespace

DBM_REVISION({
    .id = "553383923ca0",
    .down = {"02e2f2186d98"},
    .message = "Add compute host inventory and traits",
    .create_date = "2024-04-29 17:40:05.148493",
    .upgrade = upgrade,
    .downgrade = downgrade,
})

}  // namespace dbm::blazar
