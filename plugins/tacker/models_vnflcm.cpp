// The VNF package and VNF LCM models (upstream tacker/db/db_sqlalchemy/
// models.py at fea54ab7), in the order upstream declares them; the header of
// models.cpp says where they and the migrations disagree.
//
// Column order is the one SQLAlchemy gives: the oslo.db mixins' columns
// (TimestampMixin's, then SoftDeleteMixin's) come first, then tacker's own
// mixins' (tenant_id, id), then the model's columns.
#include <dbm/columns.h>

#include "models_parts.h"
#include "tacker_types.h"

namespace dbm::tacker::models_parts {

namespace {

Column string(std::string name, int length) { return column(std::move(name), types::string(length)); }
Column text(std::string name) { return column(std::move(name), types::text()); }
Column integer(std::string name) { return column(std::move(name), types::integer()); }
Column sql_json(std::string name) { return column(std::move(name), types::sql_json()); }
Column date_time(std::string name) { return column(std::move(name), types::date_time()); }

// oslo.db's TimestampMixin and SoftDeleteMixin: nullable created_at,
// updated_at and deleted_at, and `deleted` an INTEGER (SoftDeleteInteger).
std::vector<Column> soft_delete_timestamps() {
  return {created_at(), updated_at(), date_time("deleted_at"), integer("deleted")};
}

// A key/value table keyed by an integer id: user data, image and artifact metadata.
Table metadata_table(std::string name, const std::string& owner, const std::string& owner_table) {
  Table t = innodb(table(std::move(name), {
      soft_delete_timestamps(),
      integer("id").primary(),
      string(owner, 36).not_null(),
      string("key", 255).not_null(),
      string("value", 255).not_null(),
  }));
  t.foreign_keys = {foreign_key(owner, owner_table)};
  return t;
}

Table vnf_software_images() {
  Table t = innodb(table("vnf_software_images", {
      soft_delete_timestamps(),
      primary_key_id(uuid()),
      integer("software_image_id").not_null(),
      string("flavour_uuid", 36).not_null(),
      string("name", 255),
      string("provider", 255),
      string("version", 255),
      string("algorithm", 64),
      string("hash", 128),
      string("container_format", 20),
      string("disk_format", 20),
      integer("min_disk").not_null(),
      integer("min_ram").not_null(),
      column("size", types::big_integer()).not_null(),
      text("image_path").not_null(),
  }));
  t.foreign_keys = {foreign_key("flavour_uuid", "vnf_deployment_flavours")};
  return t;
}

Table vnf_deployment_flavours() {
  Table t = innodb(table("vnf_deployment_flavours", {
      soft_delete_timestamps(),
      primary_key_id(uuid()),
      string("package_uuid", 36).not_null(),
      string("flavour_id", 255).not_null(),
      text("flavour_description").not_null(),
      text("instantiation_levels"),
  }));
  t.foreign_keys = {foreign_key("package_uuid", "vnf_packages")};
  return t;
}

// Its own soft-delete mixin (`deleted` a VARCHAR(36)) and its own table
// arguments (the unique key), which drop the InnoDB option.
Table vnf_package_vnfd() {
  Table t = table("vnf_package_vnfd", {
      created_at(),
      updated_at(),
      primary_key_id(uuid()),
      date_time("deleted_at"),
      string("deleted", 36),
      string("package_uuid", 36).not_null(),
      string("vnfd_id", 255).not_null(),
      string("vnf_provider", 255).not_null(),
      string("vnf_product_name", 255).not_null(),
      string("vnf_software_version", 255).not_null(),
      string("vnfd_version", 255).not_null(),
  });
  t.foreign_keys = {foreign_key("package_uuid", "vnf_packages")};
  t.unique_constraints = {{.name = "uniq_vnf_package_vnfd0vnfd_id0deleted", .columns = {"vnfd_id", "deleted"}}};
  return t;
}

Table vnf_artifacts() {
  Table t = innodb(table("vnf_artifacts", {
      soft_delete_timestamps(),
      primary_key_id(uuid()),
      string("package_uuid", 36).not_null(),
      text("artifact_path").not_null(),
      string("algorithm", 64).not_null(),
      string("hash", 128).not_null(),
      sql_json("_metadata"),
  }));
  t.foreign_keys = {foreign_key("package_uuid", "vnf_packages")};
  return t;
}

// size and downloading default to 0 client-side only.
Table vnf_packages() {
  return innodb(table("vnf_packages", {
      soft_delete_timestamps(),
      string("tenant_id", 64).not_null(),
      primary_key_id(uuid()),
      string("onboarding_state", 255).not_null(),
      string("operational_state", 255).not_null(),
      string("usage_state", 255).not_null(),
      string("algorithm", 64),
      string("hash", 128),
      text("location_glance_store"),
      column("size", types::big_integer()).not_null(),
      integer("downloading").not_null(),
  }));
}

Table vnf_instances() {
  return innodb(table("vnf_instances", {
      soft_delete_timestamps(),
      primary_key_id(uuid()),
      string("vnf_instance_name", 255),
      string("vnf_instance_description", 1024),
      string("vnf_provider", 255).not_null(),
      string("vnf_product_name", 255).not_null(),
      string("vnf_software_version", 255).not_null(),
      string("vnfd_version", 255).not_null(),
      string("vnfd_id", 255).not_null(),
      string("instantiation_state", 255).not_null(),
      string("task_state", 255),
      sql_json("vim_connection_info"),
      string("tenant_id", 64).not_null(),
      column("vnf_pkg_id", uuid()).not_null(),
      sql_json("vnf_metadata"),
  }));
}

// vnf_instance_id is a String without a length.
Table vnf_instantiated_info() {
  Table t = innodb(table("vnf_instantiated_info", {
      soft_delete_timestamps(),
      integer("id").primary(),
      column("vnf_instance_id", types::string()).not_null(),
      string("flavour_id", 255).not_null(),
      sql_json("scale_status"),
      sql_json("ext_cp_info").not_null(),
      sql_json("ext_virtual_link_info"),
      sql_json("ext_managed_virtual_link_info"),
      sql_json("vnfc_resource_info"),
      sql_json("vnf_virtual_link_resource_info"),
      sql_json("virtual_storage_resource_info"),
      sql_json("vnfc_info"),
      string("vnf_state", 255).not_null(),
      text("instance_id"),
      string("instantiation_level_id", 255),
      sql_json("additional_params"),
  }));
  t.foreign_keys = {foreign_key("vnf_instance_id", "vnf_instances")};
  return t;
}

Table vnf_resources() {
  Table t = innodb(table("vnf_resources", {
      soft_delete_timestamps(),
      primary_key_id(uuid()),
      string("vnf_instance_id", 36).not_null(),
      text("resource_name"),
      string("resource_type", 255).not_null(),
      string("resource_identifier", 255).not_null(),
      string("resource_status", 255).not_null(),
      string("tenant_id", 64).not_null(),
  }));
  t.foreign_keys = {foreign_key("vnf_instance_id", "vnf_instances")};
  return t;
}

// Plain columns here: the model declares none of them generated. The two
// *_types columns are LargeBinary(65536).
Table vnf_lcm_filters() {
  const Type binary = types::large_binary(65536);
  Table t = innodb(table("vnf_lcm_filters", {
      integer("id").primary(),
      string("subscription_uuid", 36).not_null(),
      sql_json("filter").not_null(),
      sql_json("vnf_products_from_providers"),
      text("vnfd_ids"),
      integer("vnfd_ids_len"),
      text("vnf_provider"),
      text("vnf_product_name"),
      text("vnf_software_version"),
      text("vnfd_versions"),
      integer("vnfd_versions_len"),
      text("vnf_instance_ids"),
      integer("vnf_instance_ids_len"),
      text("vnf_instance_names"),
      integer("vnf_instance_names_len"),
      column("notification_types", binary),
      integer("notification_types_len"),
      column("operation_types", binary),
      integer("operation_types_len"),
      text("operation_states"),
      integer("operation_states_len"),
  }));
  t.foreign_keys = {foreign_key("subscription_uuid", "vnf_lcm_subscriptions")};
  return t;
}

Table vnf_lcm_subscriptions() {
  return innodb(table("vnf_lcm_subscriptions", {
      soft_delete_timestamps(),
      string("id", 36).primary(),
      string("callback_uri", 255).not_null(),
      sql_json("authentication"),
      string("tenant_id", 64).not_null(),
  }));
}

Table vnf_lcm_op_occs() {
  Table t = innodb(table("vnf_lcm_op_occs", {
      soft_delete_timestamps(),
      string("id", 16).primary(),
      string("vnf_instance_id", 36).not_null(),
      string("grant_id", 36),
      date_time("state_entered_time").not_null(),
      date_time("start_time").not_null(),
      string("operation_state", 255).not_null(),
      string("operation", 255).not_null(),
      column("is_automatic_invocation", types::boolean()).not_null(),
      sql_json("operation_params"),
      column("is_cancel_pending", types::boolean()).not_null(),
      sql_json("error"),
      sql_json("resource_changes"),
      sql_json("changed_info"),
      sql_json("changed_ext_connectivity"),
      integer("error_point").not_null(),
      string("tenant_id", 64).not_null(),
  }));
  t.foreign_keys = {foreign_key("vnf_instance_id", "vnf_instances")};
  return t;
}

Table placement_constraint() {
  Table t = innodb(table("placement_constraint", {
      soft_delete_timestamps(),
      primary_key_id(uuid()),
      string("vnf_instance_id", 36).not_null(),
      string("affinity_or_anti_affinity", 255).not_null(),
      string("scope", 255).not_null(),
      string("server_group_name", 255).not_null(),
      sql_json("resource"),
  }));
  t.foreign_keys = {foreign_key("vnf_instance_id", "vnf_instances")};
  return t;
}

}  // namespace

std::vector<Table> vnflcm() {
  return {
      metadata_table("vnf_packages_user_data", "package_uuid", "vnf_packages"),
      metadata_table("vnf_software_image_metadata", "image_uuid", "vnf_software_images"),
      vnf_software_images(),
      metadata_table("vnf_artifact_metadata", "artifact_uuid", "vnf_artifacts"),
      vnf_deployment_flavours(),
      vnf_package_vnfd(),
      vnf_artifacts(),
      vnf_packages(),
      vnf_instances(),
      vnf_instantiated_info(),
      vnf_resources(),
      vnf_lcm_filters(),
      vnf_lcm_subscriptions(),
      vnf_lcm_op_occs(),
      placement_constraint(),
  };
}

}  // namespace dbm::tacker::models_parts
