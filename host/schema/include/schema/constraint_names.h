// The names each database gives constraints declared without one, so that a
// later drop by name (or by columns) finds them. Facts checked against the
// reference dumps of real PostgreSQL, MariaDB and SQLite; no SQL text here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "schema/schema.h"

namespace dbm::schema {

/// Names every unnamed primary key, unique constraint and foreign key of
/// `table` as PostgreSQL does (<table>_pkey, <table>_<cols>_key, _fkey, with
/// a number on a clash). Idempotent. `schema` may or may not already hold
/// `table`; its other tables count for name clashes.
void name_like_postgresql(Table& table, const Schema& schema);

/// Names them as InnoDB does (PRIMARY, the first column, <table>_ibfk_N) and
/// adds the index it creates for a foreign key no index covers. Idempotent.
void name_like_innodb(Table& table, const Schema& schema);

/// Whether `index` is one InnoDB made for a foreign key of `table` (name_like_innodb's
/// index): on exactly the key's columns, non-unique, named after the key, after
/// its first column (with a _N suffix on a clash), or as InnoDB names keys
/// (<table>_ibfk_N: the key's name before its table was renamed).
bool innodb_made_index(const Index& index, const Table& table);

/// Whether `check` is the one MariaDB adds to a JSON column (which it keeps
/// as LONGTEXT): named after the column, `json_valid(`column`)`.
bool mariadb_made_json_check(const CheckConstraint& check, const Table& table);

/// PostgreSQL's makeObjectName: `<name1>_<name2>_<label>`, each part clipped
/// so the whole fits in 63 bytes.
std::string postgresql_object_name(std::string_view name1, std::string_view name2,
                                   std::string_view label);

}  // namespace dbm::schema
