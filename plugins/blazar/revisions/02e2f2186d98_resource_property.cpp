// Revision 02e2f2186d98: extra capability names move into resource_properties
// (one 'physical:host' row per distinct name, with a fresh uuid), and
// computehost_extra_capabilities refers to them by property_id.
// On SQLite upstream only creates the table, because Alembic could not alter
// SQLite tables; real Alembic never gets this far on SQLite (it fails at step
// 15), and blazar's code queries property_id. So SQLite gets what the
// revision does elsewhere, in SQLite's terms: the rows moved (uuids from
// randomblob, version 4 as gen_random_uuid()'s), property_id added, filled
// and made NOT NULL, the foreign key, capability_name dropped (table rebuilds).
#include <string>

#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::blazar {

namespace {

// Upstream lists the timestamps last here, and id is NOT NULL and named in
// the PRIMARY KEY constraint only (not primary_key_id()).
Table resource_properties() {
  Table t = table("resource_properties", {
      column("id", types::string(36)).not_null(),
      column("resource_type", types::string(255)).not_null(),
      column("property_name", types::string(255)).not_null(),
      column("private", types::boolean()).not_null().with_default(ServerDefault::false_value()),
      created_at(),
      updated_at(),
  });
  t.primary_key = primary_key({"id"});
  t.unique_constraints = {{.columns = {"resource_type", "property_name"}}};
  return t;
}

void set_not_null(Operations& op, std::string col, Type type) {
  op.alter_column({.table = "computehost_extra_capabilities",
                   .column = std::move(col),
                   .nullable = false,
                   .existing_type = std::move(type)});
}

// A version 4 uuid in SQLite's functions, formatted as PostgreSQL's and MySQL's.
constexpr const char* kSqliteUuid =
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) "
    "|| '-' || substr('89ab', 1 + abs(random()) % 4, 1) || substr(lower(hex(randomblob(2))), 2) || '-' || "
    "lower(hex(randomblob(6)))";

const Column kPropertyId = column("property_id", types::string(255)).not_null();

void upgrade_sqlite(Operations& op, const std::string& distinct_names) {
  op.execute("INSERT INTO resource_properties (id, resource_type, property_name) SELECT " + std::string(kSqliteUuid) +
             ", 'physical:host', capability_name" + distinct_names);
  add_column_filling_rows(op, "computehost_extra_capabilities", kPropertyId,
                          "(SELECT e.id FROM resource_properties AS e "
                          "WHERE e.property_name = computehost_extra_capabilities.capability_name)");
}

// Upstream builds the INSERT in Python from a SELECT whose "physical:host" is
// a string only to MySQL (PostgreSQL reads an identifier and fails), then
// joins with MySQL-only UPDATE ... JOIN. We record per-dialect SQL with the
// same rows: INSERT ... SELECT DISTINCT with UUID() on MySQL and
// gen_random_uuid() (core since PostgreSQL 13) on PostgreSQL, and
// UPDATE ... FROM on PostgreSQL. PostgreSQL also refuses to add a NOT NULL
// column without a default to a non-empty table, so there the column is added
// nullable, filled, then made NOT NULL — the same end schema. MySQL keeps
// upstream's order.
void upgrade_servers(Operations& op, const std::string& distinct_names) {
  op.execute({.per_dialect = {
      {"mysql",
       "INSERT INTO resource_properties (id, resource_type, property_name) "
       "SELECT UUID(), 'physical:host', capability_name" + distinct_names},
      {"postgresql",
       "INSERT INTO resource_properties (id, resource_type, property_name) "
       "SELECT gen_random_uuid()::text, 'physical:host', capability_name" + distinct_names},
  }});

  if (op.dialect() == "postgresql") {
    Column nullable_first = kPropertyId;
    nullable_first.nullable = true;
    op.add_column("computehost_extra_capabilities", nullable_first);
  } else {
    op.add_column("computehost_extra_capabilities", kPropertyId);
  }
  op.execute({.per_dialect = {
      {"mysql",
       "UPDATE computehost_extra_capabilities c LEFT JOIN resource_properties e "
       "ON e.property_name = c.capability_name SET c.property_id = e.id"},
      {"postgresql",
       "UPDATE computehost_extra_capabilities AS c SET property_id = e.id "
       "FROM resource_properties AS e WHERE e.property_name = c.capability_name"},
  }});
  if (op.dialect() == "postgresql") set_not_null(op, "property_id", types::string(255));
}

void upgrade(Operations& op) {
  op.create_table(resource_properties());
  const std::string distinct_names =
      " FROM (SELECT DISTINCT capability_name FROM computehost_extra_capabilities) AS names";
  if (op.dialect() == "sqlite") {
    upgrade_sqlite(op, distinct_names);
  } else {
    upgrade_servers(op, distinct_names);
  }
  op.create_foreign_key({.name = "computehost_resource_property_id_fk",
                         .table = "computehost_extra_capabilities",
                         .ref_table = "resource_properties",
                         .columns = {"property_id"},
                         .ref_columns = {"id"}});
  op.drop_column("computehost_extra_capabilities", "capability_name");
}

// On SQLite upstream re-adds capability_name, which its SQLite upgrade never
// dropped: with the upgrade above, SQLite undoes it as the other dialects do
// (capability_name filled back from resource_properties, in SQLite's terms).
void downgrade(Operations& op) {
  const Column capability_name = column("capability_name", types::string(64)).not_null();
  if (op.dialect() == "sqlite") {
    add_column_filling_rows(op, "computehost_extra_capabilities", capability_name,
                            "(SELECT e.property_name FROM resource_properties AS e "
                            "WHERE e.id = computehost_extra_capabilities.property_id)");
  } else {
    if (op.dialect() == "postgresql") {
      Column nullable_first = capability_name;
      nullable_first.nullable = true;
      op.add_column("computehost_extra_capabilities", nullable_first);
    } else {
      op.add_column("computehost_extra_capabilities", capability_name);
    }
    op.execute({.per_dialect = {
        {"mysql",
         "UPDATE computehost_extra_capabilities c LEFT JOIN resource_properties e "
         "ON e.id = c.property_id SET c.capability_name = e.property_name"},
        {"postgresql",
         "UPDATE computehost_extra_capabilities AS c SET capability_name = e.property_name "
         "FROM resource_properties AS e WHERE e.id = c.property_id"},
    }});
    if (op.dialect() == "postgresql") set_not_null(op, "capability_name", types::string(64));
  }

  op.drop_constraint({.name = "computehost_resource_property_id_fk",
                      .table = "computehost_extra_capabilities",
                      .type = ConstraintType::kForeignKey});
  op.drop_column("computehost_extra_capabilities", "property_id");
  op.drop_table("resource_properties");
}

}  // namespace

DBM_REVISION({
    .id = "02e2f2186d98",
    .down = {"f4084140f608"},
    .message = "resource property",
    .create_date = "2020-04-17 15:51:40.542459",
    .upgrade = upgrade,
    .downgrade = downgrade,
})

}  // namespace dbm::blazar
