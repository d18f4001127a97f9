// Where tacker's models (models.cpp, models_vnflcm.cpp, models_sol.cpp) and the schema its revisions build at
// head differ, grouped by cause: what `check` sets aside. Every cause was read in openstack/tacker fea54ab7, in
// the model files and the migrations named. Upstream has no test comparing its models with its migrations, so
// none of this is an accepted difference there: it is what upstream's code has, ported as it is.
//
// check builds SQLite's schema on a real database and replays PostgreSQL's and MySQL's; df26c5871f3c and
// 70df18f71ba2 tell that replay what their raw SQL on vnf_lcm_filters does (Execute::schema_change).
#include "tacker_plugin.h"

namespace dbm::tacker {

std::vector<KnownDifference> known_differences() {
  // oslo.db's mixins (db_sqlalchemy/models.py) against the columns the revisions created.
  const std::string created_at =
      "the model takes created_at from oslo.db's TimestampMixin, which leaves it nullable (the value is set "
      "client-side); the revision creating the table made it NOT NULL (9d425296f2c3 for the package tables, "
      "985e28392890, e06fbdc90a32, c47a733f425a, 2c5211036579; d25c7c865ce8 adds vnf_lcm_op_occs' own)";
  const std::string deleted_flag =
      "the model takes `deleted` from oslo.db's SoftDeleteMixin, an INTEGER (SoftDeleteInteger); the revision "
      "creating the table (9d425296f2c3, 985e28392890, e06fbdc90a32, c47a733f425a, 2c5211036579) made it a "
      "Boolean, SmallInteger on PostgreSQL: BOOLEAN on SQLite, SMALLINT on PostgreSQL, TINYINT(1) on MySQL";

  // Alembic's MySQL alter_column restates the whole column (MODIFY); without existing_nullable it writes NULL.
  const std::string mysql_modify_nullable =
      "the revision changes only the column's type (b07673bb8654: vims.type, devices.status (now vnf's), "
      "servicetypes.service_type; 6e56d4474b2a: vimauths.vim_project and auth_cred; 329cd1619d41: "
      "vnf_software_images.min_disk and min_ram; d25c7c865ce8: vnf_lcm_op_occs.operation_state and operation), "
      "which on MySQL is a MODIFY that, not told the column is NOT NULL, makes it nullable; PostgreSQL (and "
      "SQLite here) keeps NOT NULL, as the models declare";
  const std::string vimauths_password =
      "5246a6bd410f creates password NOT NULL and 0ad3bbce1c19 widens it giving only the type: MySQL's MODIFY "
      "makes it nullable, PostgreSQL (and our SQLite rebuild, which follows it) keeps NOT NULL; nfvo_db.VimAuth "
      "has said nullable since 57902730 (2022), as MySQL databases have it";

  // Legacy VNFM/NFVO tables (nfvo_db.py, vnfm_db.py).
  const std::string vims_extra =
      "nfvo_db.Vim declares extra with tacker's Json type, stored as TEXT; 6dc60a5760e5 adds it as sa.JSON";
  const std::string vims_unique_name =
      "nfvo_db.Vim names its (tenant_id, name, deleted_at) key uniq_vim0...; e7993093baf1 names the key it "
      "creates after the table, uniq_vims0...";
  const std::string vnf_vnfd_id =
      "vnfm_db.VNF declares vnfd_id nullable; the revisions made it NOT NULL (f958f58e5daa as template_id, "
      "22f5385a3d50 renaming it, 4c0e2e2c2e02 widening it to VARCHAR(255))";
  const std::string vnf_description =
      "13c0e0661015 adds devices.description with server default ''; vnfm_db.VNF declares none. On MySQL "
      "c7cde2f45f82's MODIFY to TEXT drops the default, so the difference stays on SQLite and PostgreSQL";
  const std::string vnf_instance_id =
      "vnfm_db.VNF declares instance_id String(64); 7186440a306b widened it to VARCHAR(12800)";
  const std::string attribute_value =
      "5958429bcb3c (devicetemplateattributes) and 24bec5f211c7 (deviceattributes) make value VARCHAR(65535) "
      "on PostgreSQL, TEXT(65535) elsewhere; vnfm_db's VNFDAttribute and VNFAttribute declare TEXT(65535)";
  const std::string shared_operation_type =
      "a23ebee909a8 creates PostgreSQL's enum type `operation` with twelve labels for VnfLcmOpOccV2; "
      "3ff50553e9d3 declares GrantRequestV1.operation with that name and eleven of them (no MODIFY_INFO), as "
      "upstream's model does, but the type exists already, so the column has all twelve";
  const std::string legacy_tables =
      "upstream removed the NS and VNFFG models (nfvo/ns_db.py, nfvo/vnffg_db.py) in f410d66e (2024, legacy APIs "
      "obsoleted) with no migration; 0ad3bbce1c18 (ns, nsd, nsd_attribute) and 507122918800 (vnffg tables, "
      "aclmatchcriterias) create the tables and no revision drops them";

  // VNF packages and VNF LCM (db_sqlalchemy/models.py).
  const std::string artifact_metadata =
      "VnfArtifactMetadata has been declared since e29026f3 (2020), but no revision creates "
      "vnf_artifact_metadata (e06fbdc90a32 creates vnf_artifacts only)";
  const std::string metadata_keys =
      "9d425296f2c3 indexes key and value and adds a unique key (abbef484b34c re-keys vnf_packages_user_data's "
      "on package_uuid, key, deleted); VnfPackageUserData and VnfSoftwareImageMetadata declare neither";
  const std::string image_id_type =
      "VnfSoftwareImage declares software_image_id Integer; 9d425296f2c3 creates it VARCHAR(255)";
  const std::string image_nullable =
      "VnfSoftwareImage declares these columns nullable; 9d425296f2c3 creates them NOT NULL";
  const std::string image_sizes =
      "VnfSoftwareImage declares min_disk and min_ram Integer; 329cd1619d41 makes them BIGINT";
  const std::string package_defaults =
      "VnfPackage gives size and downloading a client-side default of 0 only; d2e39e01d540 and 34cfceb25a49 add "
      "them NOT NULL with server default '0'";
  const std::string instantiated_instance_id =
      "VnfInstantiatedInfo declares vnf_instance_id a String without length; 985e28392890 creates it with "
      "tacker's Uuid type, VARCHAR(36)";
  const std::string instantiated_ext_cp_info =
      "VnfInstantiatedInfo declares ext_cp_info NOT NULL; 985e28392890 creates it nullable";
  const std::string op_occ_id = "VnfLcmOpOccs declares id String(16); c47a733f425a creates it VARCHAR(36) (Uuid)";
  const std::string op_occ_lengths =
      "VnfLcmOpOccs declares operation_state and operation String(255); d25c7c865ce8 narrows them to VARCHAR(16)";
  const std::string op_occ_error_point = "VnfLcmOpOccs declares error_point NOT NULL; d25c7c865ce8 adds it nullable";
  const std::string op_occ_flags =
      "VnfLcmOpOccs declares both Boolean; c47a733f425a and d25c7c865ce8 create them with the type they give "
      "`deleted`, SmallInteger on PostgreSQL (Boolean, as declared, elsewhere)";
  const std::string placement_resource =
      "PlacementConstraint declares resource nullable; 2c5211036579 creates it NOT NULL";
  const std::string placement_fk =
      "PlacementConstraint.vnf_instance_id references vnf_instances.id; 2c5211036579 creates no foreign key and "
      "no revision adds one";

  // vnf_lcm_filters: VnfLcmFilters declares plain columns; the revisions make them generated.
  const std::string filters_generated =
      "VnfLcmFilters declares these columns plain; c47a733f425a, d25c7c865ce8 and c31f65e0d099 add them as "
      "generated columns (df26c5871f3c and 70df18f71ba2 redefine some, in raw SQL on PostgreSQL and MySQL)";
  const std::string filters_text_length =
      "c31f65e0d099 adds these text columns as VARCHAR(65535) on PostgreSQL and TEXT(65535) elsewhere; "
      "VnfLcmFilters declares Text without a length";
  const std::string filters_redefined =
      "c31f65e0d099 adds these as VARCHAR(65535) on PostgreSQL, TEXT(65535) on MySQL; 70df18f71ba2 redefines them "
      "in raw SQL as PostgreSQL's text and MySQL's mediumtext. On SQLite our 70df18f71ba2 re-adds them as TEXT, "
      "as VnfLcmFilters declares";
  const std::string filters_binary =
      "VnfLcmFilters declares notification_types and operation_types LargeBinary(65536); df26c5871f3c redefines "
      "both as text, noting a binary type was meant";
  const std::string filters_numeric_length =
      "VnfLcmFilters declares notification_types_len and operation_types_len Integer; df26c5871f3c's raw SQL "
      "redefines them as numeric(11) on PostgreSQL (int(11) on MySQL)";

  std::vector<KnownDifference> out = {
      {.operation = "modify_type", .table = "GrantRequestV1", .object = "operation", .dialects = {"postgresql"},
       .reason = shared_operation_type},
      {.operation = "modify_type", .table = "vims", .object = "extra", .reason = vims_extra},
      {.operation = "add_constraint", .table = "vims", .object = "uniq_vim0tenant_id0name0deleted_at",
       .reason = vims_unique_name},
      {.operation = "remove_constraint", .table = "vims", .object = "uniq_vims0tenant_id0name0deleted_at",
       .reason = vims_unique_name},
      {.operation = "modify_nullable", .table = "vimauths", .object = "password",
       .dialects = {"sqlite", "postgresql"}, .reason = vimauths_password},
      {.operation = "modify_nullable", .table = "vnf", .object = "vnfd_id", .reason = vnf_vnfd_id},
      {.operation = "modify_default", .table = "vnf", .object = "description",
       .dialects = {"sqlite", "postgresql"}, .reason = vnf_description},
      {.operation = "modify_type", .table = "vnf", .object = "instance_id", .reason = vnf_instance_id},
      {.operation = "add_table", .table = "vnf_artifact_metadata", .reason = artifact_metadata},
      {.operation = "modify_type", .table = "vnf_software_images", .object = "software_image_id",
       .reason = image_id_type},
      {.operation = "modify_type", .table = "vnf_instantiated_info", .object = "vnf_instance_id",
       .reason = instantiated_instance_id},
      {.operation = "modify_nullable", .table = "vnf_instantiated_info", .object = "ext_cp_info",
       .reason = instantiated_ext_cp_info},
      {.operation = "modify_type", .table = "vnf_lcm_op_occs", .object = "id", .reason = op_occ_id},
      {.operation = "modify_nullable", .table = "vnf_lcm_op_occs", .object = "error_point",
       .reason = op_occ_error_point},
      {.operation = "modify_nullable", .table = "placement_constraint", .object = "resource",
       .reason = placement_resource},
      {.operation = "add_fk", .table = "placement_constraint", .object = "(vnf_instance_id)", .reason = placement_fk},
      // All seventeen columns past id, subscription_uuid, filter and vnf_products_from_providers, on every dialect.
      {.operation = "modify_computed", .table = "vnf_lcm_filters", .object = "*", .reason = filters_generated},
      {.operation = "modify_nullable", .table = "vims", .object = "type", .dialects = {"mysql"},
       .reason = mysql_modify_nullable},
      {.operation = "modify_nullable", .table = "servicetypes", .object = "service_type", .dialects = {"mysql"},
       .reason = mysql_modify_nullable},
      {.operation = "modify_nullable", .table = "vnf", .object = "status", .dialects = {"mysql"},
       .reason = mysql_modify_nullable},
  };
  for (const char* table : {"vnf_packages_user_data", "vnf_software_image_metadata", "vnf_software_images",
                            "vnf_deployment_flavours", "vnf_package_vnfd", "vnf_artifacts", "vnf_packages",
                            "vnf_instances", "vnf_instantiated_info", "vnf_resources", "vnf_lcm_subscriptions",
                            "vnf_lcm_op_occs", "placement_constraint"}) {
    out.push_back({.operation = "modify_nullable", .table = table, .object = "created_at", .reason = created_at});
  }
  // Not vnf_package_vnfd: its own soft-delete mixin makes `deleted` VARCHAR(36), as 975e28392888 does.
  for (const char* table : {"vnf_packages_user_data", "vnf_software_image_metadata", "vnf_software_images",
                            "vnf_deployment_flavours", "vnf_artifacts", "vnf_packages", "vnf_instances",
                            "vnf_instantiated_info", "vnf_resources", "vnf_lcm_subscriptions", "vnf_lcm_op_occs",
                            "placement_constraint"}) {
    out.push_back({.operation = "modify_type", .table = table, .object = "deleted", .reason = deleted_flag});
  }
  // The two key/value indexes and the one unique key of each table.
  for (const char* table : {"vnf_packages_user_data", "vnf_software_image_metadata"}) {
    out.push_back({.operation = "remove_index", .table = table, .object = "*", .reason = metadata_keys});
    out.push_back({.operation = "remove_constraint", .table = table, .object = "*", .reason = metadata_keys});
  }
  for (const char* column : {"name", "provider", "version", "algorithm", "hash", "container_format", "disk_format"}) {
    out.push_back({.operation = "modify_nullable", .table = "vnf_software_images", .object = column,
                   .reason = image_nullable});
  }
  for (const char* column : {"min_disk", "min_ram"}) {
    out.push_back({.operation = "modify_type", .table = "vnf_software_images", .object = column,
                   .reason = image_sizes});
    out.push_back({.operation = "modify_nullable", .table = "vnf_software_images", .object = column,
                   .dialects = {"mysql"}, .reason = mysql_modify_nullable});
  }
  for (const char* column : {"size", "downloading"}) {
    out.push_back({.operation = "modify_default", .table = "vnf_packages", .object = column,
                   .reason = package_defaults});
  }
  for (const char* column : {"operation_state", "operation"}) {
    out.push_back({.operation = "modify_type", .table = "vnf_lcm_op_occs", .object = column,
                   .reason = op_occ_lengths});
    out.push_back({.operation = "modify_nullable", .table = "vnf_lcm_op_occs", .object = column,
                   .dialects = {"mysql"}, .reason = mysql_modify_nullable});
  }
  for (const char* column : {"is_automatic_invocation", "is_cancel_pending"}) {
    out.push_back({.operation = "modify_type", .table = "vnf_lcm_op_occs", .object = column,
                   .dialects = {"postgresql"}, .reason = op_occ_flags});
  }
  for (const char* column : {"vim_project", "auth_cred"}) {
    out.push_back({.operation = "modify_nullable", .table = "vimauths", .object = column, .dialects = {"mysql"},
                   .reason = mysql_modify_nullable});
  }
  for (const char* table : {"vnfd_attribute", "vnf_attribute"}) {
    out.push_back({.operation = "modify_type", .table = table, .object = "value", .dialects = {"postgresql"},
                   .reason = attribute_value});
  }
  for (const char* table : {"aclmatchcriterias", "ns", "nsd", "nsd_attribute", "vnffgchains", "vnffgclassifiers",
                            "vnffgnfps", "vnffgs", "vnffgtemplates"}) {
    out.push_back({.operation = "remove_table", .table = table, .reason = legacy_tables});
  }
  for (const char* column : {"vnf_provider", "vnf_product_name", "vnf_software_version", "vnfd_versions",
                             "operation_states"}) {
    out.push_back({.operation = "modify_type", .table = "vnf_lcm_filters", .object = column,
                   .reason = filters_text_length});
  }
  for (const char* column : {"vnfd_ids", "vnf_instance_ids", "vnf_instance_names"}) {
    out.push_back({.operation = "modify_type", .table = "vnf_lcm_filters", .object = column,
                   .dialects = {"postgresql", "mysql"}, .reason = filters_redefined});
  }
  for (const char* column : {"notification_types", "operation_types"}) {
    out.push_back({.operation = "modify_type", .table = "vnf_lcm_filters", .object = column,
                   .reason = filters_binary});
  }
  for (const char* column : {"notification_types_len", "operation_types_len"}) {
    out.push_back({.operation = "modify_type", .table = "vnf_lcm_filters", .object = column,
                   .dialects = {"postgresql"}, .reason = filters_numeric_length});
  }
  return out;
}

}  // namespace dbm::tacker
