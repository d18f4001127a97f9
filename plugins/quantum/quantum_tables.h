// Table shapes and steps that more than one quantum revision records, so
// that a table created in one revision and re-created in another's downgrade
// is written once.
#pragma once

#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/schema.h>

#include <string>
#include <vector>

namespace dbm::quantum {

/// An unnamed foreign key `column` → `ref_table`.`ref_column` with ON DELETE
/// CASCADE, the tree's most common key.
ForeignKey cascading_key(std::string column, std::string ref_table, std::string ref_column = "id");

/// quotas: folsom creates it with an index on tenant_id (ix_quotas_tenant_id),
/// 1b693c095aa3 (NEC) with the same columns and no index.
Table quotas_table(bool tenant_id_indexed);

/// ofp_server (ryu): folsom keys it by an integer id the database does not
/// generate; 49332180ca96's downgrade re-creates it with a generated id.
Table ofp_server_table(Autoincrement id_autoincrement);

/// The three cisco tables folsom creates and 2a6d0b51f4bb drops (and its
/// downgrade puts back), in an order their foreign keys allow creating.
Table cisco_portprofiles_table();
Table cisco_portprofile_bindings_table();  ///< references ports and portprofiles
Table cisco_port_bindings_table();

/// Drops the named PostgreSQL enum type a revision's create_table made; no-op
/// on the dialects without named enum types.
void drop_enum_type(Operations& op, const std::string& name);

}  // namespace dbm::quantum
