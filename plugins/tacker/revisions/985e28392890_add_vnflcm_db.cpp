// Revision 985e28392890: the VNF LCM tables — vnf_instances, their
// instantiated info (mostly JSON documents) and their resources.
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
Column json(std::string name) { return column(std::move(name), types::sql_json()); }

void upgrade(Operations& op) {
  const Type deleted = deleted_type(op);

  op.create_table(keyed(
      table("vnf_instances",
            {uuid_column("id"), string("vnf_instance_name", 255), string("vnf_instance_description", 1024),
             uuid_column("vnfd_id"), string("vnf_provider", 255).not_null(),
             string("vnf_product_name", 255).not_null(), string("vnf_software_version", 255).not_null(),
             string("vnfd_version", 255).not_null(), string("instantiation_state", 255).not_null(),
             string("task_state", 255), json("vim_connection_info"), string("tenant_id", 64).not_null(),
             soft_delete_columns(deleted)}),
      {}));

  op.create_table(keyed(
      table("vnf_instantiated_info",
            {column("id", types::integer()).not_null(), uuid_column("vnf_instance_id"),
             string("flavour_id", 255).not_null(), json("ext_cp_info"), json("ext_virtual_link_info"),
             json("ext_managed_virtual_link_info"), json("vnfc_resource_info"),
             json("vnf_virtual_link_resource_info"), json("virtual_storage_resource_info"),
             string("vnf_state", 255).not_null(), string("instance_id", 255), string("instantiation_level_id", 255),
             json("additional_params"), soft_delete_columns(deleted)}),
      {foreign_key("vnf_instance_id", "vnf_instances")}));

  op.create_table(keyed(
      table("vnf_resources",
            {uuid_column("id"), uuid_column("vnf_instance_id"), string("resource_name", 255).not_null(),
             string("resource_type", 255).not_null(), string("resource_identifier", 255).not_null(),
             string("resource_status", 255).not_null(), soft_delete_columns(deleted)}),
      {foreign_key("vnf_instance_id", "vnf_instances")}));
}

}  // namespace

DBM_REVISION({
    .id = "985e28392890",
    .down = {"975e28392888"},
    .message = "VNF instance management changes",
    .create_date = "2019-12-10 02:40:12.966027",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
