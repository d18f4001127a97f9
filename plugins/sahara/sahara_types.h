// sahara's own column types (sahara.db.sqlalchemy.types) and the column and
// table shapes its revisions repeat, in the plugin API's terms. Private to
// the sahara plugin. The shapes dbm/columns.h shares (timestamps(),
// foreign_key(), primary_key()) are used from there.
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include <dbm/columns.h>
#include <dbm/schema.h>

namespace dbm::sahara {

/// JsonEncoded: TEXT on every dialect; the JSON encoding happens in the service.
inline Type json_encoded() { return types::text(); }
/// LongText: LONGTEXT on MySQL, TEXT elsewhere.
inline Type long_text() { return types::long_text(); }
/// sahara's LargeBinary: LONGBLOB on MySQL, BYTEA on PostgreSQL, BLOB on SQLite.
inline Type large_binary() { return types::long_binary(); }

/// `mysql_engine='InnoDB', mysql_charset='utf8'`, which Alembic renders as
/// `)CHARSET=utf8 ENGINE=InnoDB`: charset first.
inline std::vector<TableOption> innodb_utf8() {
  return {{.key = "mysql_charset", .value = "utf8"}, {.key = "mysql_engine", .value = "InnoDB"}};
}

/// Every table's id: VARCHAR(36) NOT NULL, keyed by an explicit PRIMARY KEY.
/// Not dbm::primary_key_id(): upstream never flags the column primary_key=True,
/// it names the key in a PrimaryKeyConstraint('id') (keyed_table's).
inline Column id() { return column("id", types::string(36)).not_null(); }
inline Column tenant_id() { return column("tenant_id", types::string(36)); }

/// A table with an explicit PRIMARY KEY (id) and unnamed unique constraints;
/// `columns` as dbm::table() takes them: `{timestamps(), id(), ...}`.
inline Table keyed_table(std::string name, std::initializer_list<ColumnGroup> columns,
                         std::vector<ForeignKey> foreign_keys = {}, std::vector<std::vector<std::string>> unique = {}) {
  Table t = table(std::move(name), columns);
  t.primary_key = primary_key({"id"});
  t.foreign_keys = std::move(foreign_keys);
  for (auto& columns_of_key : unique) t.unique_constraints.push_back({.columns = std::move(columns_of_key)});
  t.options = innodb_utf8();
  return t;
}

}  // namespace dbm::sahara
