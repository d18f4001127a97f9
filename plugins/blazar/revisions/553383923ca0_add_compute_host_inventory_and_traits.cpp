// Revision 553383923ca0: per-host resource inventory and traits, both tied to
// computehosts by unnamed foreign keys.
#include "../revisions.h"

namespace dbm::blazar {

namespace {

Column created_at() { return column("created_at", types::date_time()); }
Column updated_at() { return column("updated_at", types::date_time()); }
Column id() { return column("id", types::string(36)).not_null(); }
Column count(std::string name) { return column(std::move(name), types::integer()).not_null(); }

ForeignKey to_computehosts() { return {{}, {"computehost_id"}, "computehosts", {"id"}, {}, {}}; }

Table computehost_resource_inventory() {
  Table t{};
  t.name = "computehost_resource_inventory";
  t.columns = {
      created_at(),
      updated_at(),
      id(),
      column("computehost_id", types::string(36)),
      column("resource_class", types::string(255)).not_null(),
      count("total"),
      count("reserved"),
      count("min_unit"),
      count("max_unit"),
      count("step_size"),
      column("allocation_ratio", types::floating()).not_null(),
  };
  t.primary_key = {{}, {"id"}};
  t.foreign_keys = {to_computehosts()};
  return t;
}

Table computehost_trait() {
  Table t{};
  t.name = "computehost_trait";
  t.columns = {
      created_at(),
      updated_at(),
      id(),
      column("computehost_id", types::string(36)),
      column("trait", types::string(255)).not_null(),
  };
  t.primary_key = {{}, {"id"}};
  t.foreign_keys = {to_computehosts()};
  return t;
}

}  // namespace

Revision rev_553383923ca0() {
  return Revision{
      .id = "553383923ca0",
      .down = {"02e2f2186d98"},
      .message = "Add compute host inventory and traits",
      .create_date = "2024-04-29 17:40:05.148493",
      .upgrade =
          [](Operations& op) {
            op.create_table(computehost_resource_inventory());
            op.create_table(computehost_trait());
          },
      .downgrade =
          [](Operations& op) {
            op.drop_table("computehost_trait");
            op.drop_table("computehost_resource_inventory");
          },
  };
}

}  // namespace dbm::blazar
