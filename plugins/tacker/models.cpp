// The tacker schema at head as upstream's ORM models declare it, for
// autogenerate: openstack/tacker fea54ab7db0bc62865fbdc03cf8317337b73b3f4,
// tacker/db/common_services/common_services_db.py, tacker/db/nfvo/nfvo_db.py
// and tacker/db/vnfm/vnfm_db.py (here, with the mixins of tacker/db/models_v1.py
// and the base of tacker/db/model_base.py), tacker/db/db_sqlalchemy/models.py
// (models_vnflcm.cpp) and tacker/sol_refactored/db/sqlalchemy/models.py
// (models_sol.cpp). Facts only: client-side defaults are not schema. Columns
// come in SQLAlchemy's order (mixin columns first). Knows no revision.
//
// Upstream has no model/migration comparison test, so none of the following
// is an accepted difference there; where the two disagree the models are
// ported as they are:
// - Tables: the legacy NFVO models (ns, nsd, nsd_attribute, vnffg*,
//   aclmatchcriterias) were removed upstream, but no revision drops their
//   tables; VnfArtifactMetadata (vnf_artifact_metadata) has no revision.
// - Soft delete: oslo.db's mixins make `deleted` INTEGER and created_at
//   nullable; the revisions made `deleted` BOOLEAN (SMALLINT on PostgreSQL)
//   and created_at NOT NULL.
// - Keys: no unique key or key/value indexes on vnf_packages_user_data and
//   vnf_software_image_metadata (the revisions create them); a foreign key on
//   placement_constraint the revisions never made; vims' unique key is
//   uniq_vim0..., the revisions' uniq_vims0...; the models' keys carry no
//   names, where the renamed device tables (vnfd, vnfd_attribute, vnf,
//   vnf_attribute, and servicetypes' key to vnfd) keep older ones.
// - Columns: vnf_lcm_filters' derived columns are plain here (generated, and
//   typed otherwise, by the revisions); lengths, types and nullability differ
//   on vnf, vims.extra, vnf_software_images, vnf_instantiated_info,
//   vnf_lcm_op_occs and placement_constraint; vnf_packages' size and
//   downloading have no server default here. The PostgreSQL-only types of the
//   revisions (VARCHAR(65535), SMALLINT flags) are TEXT(65535) and BOOLEAN
//   here; the length-less VARCHAR of vnf_instantiated_info.vnf_instance_id
//   is a type MySQL refuses (TEXT(65535) it takes: the smallest TEXT type
//   holding that many characters).
// - Options: a model with table arguments of its own (vims, vnfd, vnf,
//   vnf_package_vnfd) loses the base's mysql_engine=InnoDB, while vimauths,
//   vnfd_attribute and vnf_attribute have it and their revisions do not.
// - Enums: upstream's carry no name and ask for a CHECK constraint (made on
//   SQLite only); here each has its revision's PostgreSQL type name and no
//   CHECK. On PostgreSQL GrantRequestV1.operation's eleven values share the
//   type "operation" with VnfLcmOpOccV2's twelve.
#include <dbm/columns.h>

#include "models_parts.h"
#include "tacker_plugin.h"
#include "tacker_types.h"

namespace dbm::tacker {

namespace models_parts {

Table innodb(Table t) {
  t.options = {{.key = "mysql_engine", .value = "InnoDB"}};
  return t;
}

}  // namespace models_parts

namespace {

using models_parts::innodb;

Column string(std::string name, int length) { return column(std::move(name), types::string(length)); }

// models_v1.HasTenant.
Column tenant_id() { return string("tenant_id", 64).not_null(); }

// models_v1.Audit: created_at (its default is client-side), updated_at, deleted_at.
std::vector<Column> audit() {
  return {created_at(), updated_at(), column("deleted_at", types::date_time())};
}

// A legacy key/value table (vnfd_attribute, vnf_attribute): a uuid id, the
// owner's key, NOT NULL key and a TEXT(65535) value.
Table attribute_table(std::string name, Column owner, const std::string& owner_table) {
  const std::string owner_column = owner.name;
  Table t = innodb(table(std::move(name), {
      primary_key_id(uuid()),
      std::move(owner),
      string("key", 255).not_null(),
      column("value", types::text(65535)),
  }));
  t.foreign_keys = {foreign_key(owner_column, owner_table)};
  return t;
}

// The unique key on (tenant_id, name, deleted_at) that Vim, VNFD and VNF
// declare, named uniq_<prefix>0tenant_id0name0deleted_at.
UniqueConstraint unique_name_per_tenant(const std::string& prefix) {
  return {.name = "uniq_" + prefix + "0tenant_id0name0deleted_at", .columns = {"tenant_id", "name", "deleted_at"}};
}

// tacker/db/common_services/common_services_db.py
Table events() {
  return innodb(table("events", {
      column("id", types::integer()).primary(),
      column("resource_id", uuid()).not_null(),
      string("resource_state", 64).not_null(),
      string("resource_type", 64).not_null(),
      column("timestamp", types::date_time()).not_null(),
      string("event_type", 64).not_null(),
      column("event_details", json_text()),
  }));
}

// tacker/db/nfvo/nfvo_db.py. Vim's own table arguments drop the InnoDB option.
Table vims() {
  Table t = table("vims", {
      tenant_id(),
      primary_key_id(uuid()),
      audit(),
      string("type", 64).not_null(),
      string("name", 255).not_null(),
      column("description", types::text()),
      column("placement_attr", json_text()),
      column("shared", types::boolean()).not_null().with_default(ServerDefault::false_value()),
      column("is_default", types::boolean()).not_null().with_default(ServerDefault::false_value()),
      column("extra", json_text()),
  });
  // "vim", where the migrations (e7993093baf1) name it after the table, "vims".
  t.unique_constraints = {unique_name_per_tenant("vim")};
  return t;
}

Table vimauths() {
  Table t = innodb(table("vimauths", {
      primary_key_id(uuid()),
      column("vim_id", uuid()).not_null(),
      string("password", 255),
      string("auth_url", 255).not_null(),
      column("vim_project", json_text()).not_null(),
      column("auth_cred", json_text()).not_null(),
  }));
  t.foreign_keys = {foreign_key("vim_id", "vims")};
  return t;
}

// tacker/db/vnfm/vnfm_db.py. VNFD and VNF set table arguments of their own
// (their unique keys), which drops the InnoDB option.
Table vnfd() {
  Table t = table("vnfd", {
      tenant_id(),
      audit(),
      primary_key_id(types::string(255)),
      string("name", 255).not_null(),
      column("description", types::text()),
      string("mgmt_driver", 255),
      string("template_source", 255).with_default(ServerDefault::literal("onboarded")),
  });
  t.unique_constraints = {unique_name_per_tenant("vnfd")};
  return t;
}

Table servicetypes() {
  Table t = innodb(table("servicetypes", {
      tenant_id(),
      primary_key_id(uuid()),
      string("vnfd_id", 255).not_null(),
      string("service_type", 64).not_null(),
  }));
  t.foreign_keys = {foreign_key("vnfd_id", "vnfd")};
  return t;
}

Table vnf() {
  Table t = table("vnf", {
      tenant_id(),
      primary_key_id(uuid()),
      audit(),
      string("vnfd_id", 255),
      string("name", 255).not_null(),
      column("description", types::text()),
      string("instance_id", 64),
      string("mgmt_ip_address", 255),
      string("status", 64).not_null(),
      column("vim_id", uuid()).not_null(),
      column("placement_attr", json_text()),
      column("error_reason", types::text()),
  });
  t.foreign_keys = {foreign_key("vnfd_id", "vnfd"), foreign_key("vim_id", "vims")};
  t.unique_constraints = {unique_name_per_tenant("vnf")};
  return t;
}

}  // namespace

std::vector<Table> models() {
  std::vector<Table> tables = {
      events(),
      vims(),
      vimauths(),
      vnfd(),
      servicetypes(),
      attribute_table("vnfd_attribute", string("vnfd_id", 255).not_null(), "vnfd"),
      vnf(),
      attribute_table("vnf_attribute", column("vnf_id", uuid()).not_null(), "vnf"),
  };
  for (auto* part : {&models_parts::vnflcm, &models_parts::sol}) {
    for (Table& t : part()) tables.push_back(std::move(t));
  }
  return tables;
}

}  // namespace dbm::tacker
