// The shared quantum tables of quantum_tables.h.
#include "quantum_tables.h"

namespace dbm::quantum {

ForeignKey cascading_key(std::string column, std::string ref_table, std::string ref_column) {
  ForeignKey key = foreign_key(std::move(column), std::move(ref_table), std::move(ref_column));
  key.ondelete = "CASCADE";
  return key;
}

Table quotas_table(bool tenant_id_indexed) {
  Column tenant_id = column("tenant_id", types::string(255));
  // Column(index=True) inside create_table: SQLAlchemy adds CREATE INDEX
  // ix_quotas_tenant_id after the table, which the column shorthand does too.
  if (tenant_id_indexed) tenant_id = tenant_id.indexed();
  return {
      .name = "quotas",
      .columns = {column("id", types::string(36)).not_null(), tenant_id, column("resource", types::string(255)),
                  column("limit", types::integer())},
      .primary_key = primary_key({"id"}),
  };
}

Table ofp_server_table(Autoincrement id_autoincrement) {
  return {
      .name = "ofp_server",
      .columns = {column("id", types::integer()).not_null().with_autoincrement(id_autoincrement),
                  column("address", types::string(255)), column("host_type", types::string(255))},
      .primary_key = primary_key({"id"}),
  };
}

Table cisco_portprofiles_table() {
  return {
      .name = "portprofiles",
      .columns = {column("uuid", types::string(255)).not_null(), column("name", types::string(255)),
                  column("vlan_id", types::integer()), column("qos", types::string(255))},
      .primary_key = primary_key({"uuid"}),
  };
}

// Folsom's cisco tables leave nullable unset on their integer keys; the
// PRIMARY KEY makes them NOT NULL, and autoincrement=True makes them
// generated (SERIAL / AUTO_INCREMENT).
Table cisco_portprofile_bindings_table() {
  return {
      .name = "portprofile_bindings",
      .columns = {column("id", types::integer()).with_autoincrement(Autoincrement::kYes),
                  column("tenant_id", types::string(255)), column("port_id", types::string(255)).not_null(),
                  column("portprofile_id", types::string(255)).not_null(), column("default", types::boolean())},
      .primary_key = primary_key({"id"}),
      .foreign_keys = {foreign_key("port_id", "ports"), foreign_key("portprofile_id", "portprofiles", "uuid")},
  };
}

Table cisco_port_bindings_table() {
  return {
      .name = "port_bindings",
      .columns = {column("id", types::integer()).with_autoincrement(Autoincrement::kYes),
                  column("port_id", types::string(255)).not_null(),
                  column("blade_intf_dn", types::string(255)).not_null(),
                  column("portprofile_name", types::string(255)), column("vlan_name", types::string(255)),
                  column("vlan_id", types::integer()), column("qos", types::string(255)),
                  column("tenant_id", types::string(255)), column("instance_id", types::string(255)),
                  column("vif_id", types::string(255))},
      .primary_key = primary_key({"id"}),
  };
}

void drop_enum_type(Operations& op, const std::string& name) {
  op.execute({.per_dialect = {{.dialect = "postgresql", .sql = "DROP TYPE " + name}}});
}

}  // namespace dbm::quantum
