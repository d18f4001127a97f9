// Revision 9d425296f2c3: the VNF package tables — packages, their user data,
// VNFDs, deployment flavours, software images and image metadata.
// vnf_package_vnfd.deleted is BOOLEAN on every dialect (upstream does not use
// the PostgreSQL SMALLINT there, unlike the other five tables).
#include <string>
#include <utility>
#include <vector>

#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

Column string(std::string name, int length) { return column(std::move(name), types::string(length)); }
Column uuid_column(std::string name) { return column(std::move(name), uuid()).not_null(); }
Column text_column(std::string name) { return column(std::move(name), types::text()); }

// A key/value table with indexes on key and on value, and a named unique
// constraint on (id, key, deleted).
Table key_value_table(const std::string& name, const std::string& owner, const std::string& owner_table,
                      const Type& deleted, std::string key_index, std::string value_index, std::string unique) {
  Table t = keyed(table(name, {column("id", types::integer()).not_null(), uuid_column(owner),
                               string("key", 255).not_null(), string("value", 255).not_null(),
                               soft_delete_columns(deleted)}),
                  {foreign_key(owner, owner_table)});
  t.indexes = {{.name = std::move(key_index), .table = name, .columns = {"key"}},
               {.name = std::move(value_index), .table = name, .columns = {"value"}}};
  t.unique_constraints = {{.name = std::move(unique), .columns = {"id", "key", "deleted"}}};
  return t;
}

void upgrade(Operations& op) {
  const Type deleted = deleted_type(op);

  op.create_table(keyed(
      table("vnf_packages",
            {uuid_column("id"), string("onboarding_state", 255).not_null(),
             string("operational_state", 255).not_null(), string("usage_state", 255).not_null(),
             string("tenant_id", 64).not_null(), string("algorithm", 64), string("hash", 128),
             text_column("location_glance_store"), soft_delete_columns(deleted)}),
      {}));

  op.create_table(key_value_table("vnf_packages_user_data", "package_uuid", "vnf_packages", deleted,
                                  "vnf_packages_user_data_key_idx", "vnf_packages_user_data_value_idx",
                                  "uniq_vnf_packages_user_data0idid0key0deleted"));

  op.create_table(keyed(
      table("vnf_package_vnfd",
            {uuid_column("id"), uuid_column("package_uuid"), uuid_column("vnfd_id"),
             string("vnf_provider", 255).not_null(), string("vnf_product_name", 255).not_null(),
             string("vnf_software_version", 255).not_null(), string("vnfd_version", 255).not_null(),
             soft_delete_columns(types::boolean())}),
      {foreign_key("package_uuid", "vnf_packages")}));

  op.create_table(keyed(
      table("vnf_deployment_flavours",
            {uuid_column("id"), uuid_column("package_uuid"), string("flavour_id", 255).not_null(),
             text_column("flavour_description").not_null(), text_column("instantiation_levels"),
             soft_delete_columns(deleted)}),
      {foreign_key("package_uuid", "vnf_packages")}));

  op.create_table(keyed(
      table("vnf_software_images",
            {uuid_column("id"), string("software_image_id", 255).not_null(), uuid_column("flavour_uuid"),
             string("name", 255).not_null(), string("provider", 255).not_null(), string("version", 255).not_null(),
             string("algorithm", 64).not_null(), string("hash", 128).not_null(),
             string("container_format", 20).not_null(), string("disk_format", 20).not_null(),
             column("min_disk", types::integer()).not_null(), column("min_ram", types::integer()).not_null(),
             column("size", types::big_integer()).not_null(), text_column("image_path").not_null(),
             soft_delete_columns(deleted)}),
      {foreign_key("flavour_uuid", "vnf_deployment_flavours")}));

  op.create_table(key_value_table("vnf_software_image_metadata", "image_uuid", "vnf_software_images", deleted,
                                  "vnf_software_image_metadata_key_idx", "vnf_software_image_metadata_value_idx",
                                  "uniq_vnf_software_image_metadata0idid0key0deleted"));
}

}  // namespace

DBM_REVISION({
    .id = "9d425296f2c3",
    .down = {"cd04a8335c18"},
    .message = "add db tables for vnf packages",
    .create_date = "2019-06-03 08:37:05.095587",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
