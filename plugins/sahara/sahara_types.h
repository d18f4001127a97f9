// sahara's own column types (sahara.db.sqlalchemy.types) and the column and
// table shapes its revisions repeat, in the plugin API's terms. Private to
// the sahara plugin.
#pragma once

#include <string>
#include <vector>

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
inline std::vector<TableOption> innodb_utf8() { return {{"mysql_charset", "utf8"}, {"mysql_engine", "InnoDB"}}; }

inline Column created_at() { return column("created_at", types::date_time()); }
inline Column updated_at() { return column("updated_at", types::date_time()); }
/// Every table's id: VARCHAR(36) NOT NULL, keyed by an explicit PRIMARY KEY.
inline Column id() { return column("id", types::string(36)).not_null(); }
inline Column tenant_id() { return column("tenant_id", types::string(36)); }

/// An unnamed foreign key `columns` → `table`.`id`.
inline ForeignKey references(std::string local, std::string table) {
  return {{}, {std::move(local)}, std::move(table), {"id"}, {}, {}};
}

/// A table with an explicit PRIMARY KEY (id) and unnamed unique constraints.
inline Table keyed_table(std::string name, std::vector<Column> columns, std::vector<ForeignKey> foreign_keys = {},
                         std::vector<std::vector<std::string>> unique = {}) {
  Table t{};
  t.name = std::move(name);
  t.columns = std::move(columns);
  t.primary_key = {{}, {"id"}};
  t.foreign_keys = std::move(foreign_keys);
  for (auto& columns_of_key : unique) t.unique_constraints.push_back({{}, std::move(columns_of_key)});
  t.options = innodb_utf8();
  return t;
}

}  // namespace dbm::sahara
