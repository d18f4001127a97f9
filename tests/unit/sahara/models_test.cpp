// The sahara head models (plugins/sahara/models.cpp) against the schema real
// Alembic built at head (tests/fixtures/sahara: mysql/head.json, and
// postgresql/035_035.json, PostgreSQL's head). Column order is not compared:
// the models put every column in place, the migrations append the later ones.
#include <algorithm>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "sahara_plugin.h"

namespace dbm::sahara {
namespace {

using nlohmann::json;
using Names = std::set<std::string>;

// Columns the models and head.json do not share, per table, each with why.
// None today: every model column is one a revision creates, and the reverse.
struct ColumnDifference {
  std::string table;
  std::string column;
  bool only_in_models = false;  ///< false: only in the migrations' head
  std::string reason;
};
const std::vector<ColumnDifference> kColumnDifferences = {};

bool listed(const std::string& table, const std::string& column) {
  return std::any_of(kColumnDifferences.begin(), kColumnDifferences.end(),
                     [&](const ColumnDifference& d) { return d.table == table && d.column == column; });
}

json read_dump(const std::string& relative) {
  const std::string path = std::string(DBM_SOURCE_DIR) + "/tests/fixtures/sahara/" + relative;
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  return json::parse(in);
}

const json& mysql_head() {
  static const json dump = read_dump("mysql/head.json");
  return dump;
}

const json& postgresql_head() {
  static const json dump = read_dump("postgresql/035_035.json");
  return dump;
}

const Table& model(const std::string& name) {
  static const std::vector<Table> tables = models();
  for (const Table& t : tables) {
    if (t.name == name) return t;
  }
  throw std::runtime_error("no model " + name);
}

Names head_tables(const json& dump) {
  Names names;
  for (const auto& [name, body] : dump.at("tables").items()) names.insert(name);
  names.erase("alembic_version");
  return names;
}

Names column_names(const json& table) {
  Names names;
  for (const json& c : table.at("columns")) names.insert(c.at("name").get<std::string>());
  return names;
}

Names column_names(const Table& table) {
  Names names;
  for (const Column& c : table.columns) names.insert(c.name);
  return names;
}

std::vector<std::string> strings(const json& list) { return list.get<std::vector<std::string>>(); }

// How the dumps spell the types sahara uses (as SQLAlchemy reflects them).
std::string type_name(const Type& t, bool mysql) {
  switch (t.kind) {
    case TypeKind::kInteger: return "INTEGER";
    case TypeKind::kBigInteger: return "BIGINT";
    case TypeKind::kSmallInteger: return "SMALLINT";
    case TypeKind::kString: return "VARCHAR(" + std::to_string(t.length) + ")";
    case TypeKind::kText: return "TEXT";
    case TypeKind::kLongText: return mysql ? "LONGTEXT" : "TEXT";
    case TypeKind::kDateTime: return mysql ? "DATETIME" : "TIMESTAMP";
    case TypeKind::kBoolean: return mysql ? "TINYINT" : "BOOLEAN";
    case TypeKind::kLongBinary: return mysql ? "LONGBLOB" : "BYTEA";
    default: ADD_FAILURE() << "a type sahara's models do not use"; return "?";
  }
}

TEST(SaharaModelsTest, PluginCarriesTheModels) {
  EXPECT_EQ(plugin().models, models());
  EXPECT_EQ(models().size(), 19u);
}

TEST(SaharaModelsTest, TablesAreThoseOfHead) {
  Names mine;
  for (const Table& t : models()) EXPECT_TRUE(mine.insert(t.name).second) << "twice: " << t.name;
  EXPECT_EQ(mine, head_tables(mysql_head()));
  EXPECT_EQ(mine, head_tables(postgresql_head()));
}

TEST(SaharaModelsTest, ColumnNamesAreThoseOfHeadExceptListedDifferences) {
  for (const auto& [name, body] : mysql_head().at("tables").items()) {
    if (name == "alembic_version") continue;
    SCOPED_TRACE(name);
    Names expected = column_names(body);
    for (const ColumnDifference& d : kColumnDifferences) {
      if (d.table != name) continue;
      if (d.only_in_models) {
        EXPECT_TRUE(expected.insert(d.column).second) << d.column << " is in head after all";
      } else {
        EXPECT_EQ(expected.erase(d.column), 1u) << d.column << " is not in head after all";
      }
    }
    EXPECT_EQ(column_names(model(name)), expected);
  }
}

// The rest of each table as both dumps show it: types, nullability, server
// defaults, keys, unique constraints and indexes. The models and the
// migrations agree on all of it (models.cpp says where they do not, in what
// the dumps do not show: table options and the names MySQL picks itself).
// Columns listed in kColumnDifferences are left to the test above.
TEST(SaharaModelsTest, ColumnsKeysAndConstraintsAreThoseOfHead) {
  for (const json* dump : {&mysql_head(), &postgresql_head()}) {
    const bool mysql = dump->at("dialect").get<std::string>() == "mysql";
    for (const auto& [name, body] : dump->at("tables").items()) {
      if (name == "alembic_version") continue;
      SCOPED_TRACE((mysql ? "mysql " : "postgresql ") + name);
      const Table& t = model(name);

      std::map<std::string, std::tuple<std::string, bool>> columns;
      std::size_t dumped = 0;
      for (const Column& c : t.columns) {
        if (listed(name, c.name)) continue;
        columns[c.name] = {type_name(c.type, mysql), c.nullable && !c.primary_key};
        EXPECT_FALSE(c.server_default.has_value()) << c.name << ": no model declares a server default";
      }
      for (const json& c : body.at("columns")) {
        const auto name_of = c.at("name").get<std::string>();
        if (listed(name, name_of)) continue;
        ++dumped;
        SCOPED_TRACE(name_of);
        if (columns.count(name_of) != 1) {
          ADD_FAILURE() << "no model column";
          continue;
        }
        EXPECT_EQ(columns[name_of],
                  std::make_tuple(c.at("type").get<std::string>(), c.at("nullable").get<bool>()));
        EXPECT_TRUE(c.at("default").is_null());
      }
      EXPECT_EQ(columns.size(), dumped);

      std::vector<std::string> key;
      for (const Column& c : t.columns) {
        if (c.primary_key) key.push_back(c.name);
      }
      EXPECT_TRUE(t.primary_key.columns.empty()) << "the models flag the key's column";
      EXPECT_EQ(key, strings(body.at("primary_key")));

      using Fk = std::tuple<std::vector<std::string>, std::string, std::vector<std::string>, std::string>;
      std::set<Fk> fks, ref_fks;
      for (const ForeignKey& f : t.foreign_keys) {
        EXPECT_EQ(f.name, "") << "unnamed, as upstream";
        fks.insert({f.columns, f.ref_table, f.ref_columns, f.ondelete});
      }
      for (const json& f : body.at("foreign_keys")) {
        ref_fks.insert({strings(f.at("columns")), f.at("ref_table").get<std::string>(), strings(f.at("ref_columns")),
                        f.at("ondelete").is_null() ? "" : f.at("ondelete").get<std::string>()});
      }
      EXPECT_EQ(fks, ref_fks);

      std::set<std::vector<std::string>> uniques, ref_uniques;
      for (const UniqueConstraint& u : t.unique_constraints) {
        EXPECT_EQ(u.name, "") << "unnamed, as upstream";
        uniques.insert(u.columns);
      }
      for (const json& u : body.at("unique")) ref_uniques.insert(strings(u.at("columns")));
      EXPECT_EQ(uniques, ref_uniques);

      // No model declares an index: the database's are its unique
      // constraints' and, on MySQL, the ones it adds for a foreign key.
      EXPECT_TRUE(t.indexes.empty());
      std::set<std::vector<std::string>> fk_columns;
      for (const ForeignKey& f : t.foreign_keys) fk_columns.insert(f.columns);
      for (const json& i : body.at("indexes")) {
        const auto columns_of = strings(i.at("columns"));
        if (i.at("unique").get<bool>()) {
          EXPECT_EQ(uniques.count(columns_of), 1u) << i.at("name");
        } else {
          EXPECT_TRUE(mysql && fk_columns.count(columns_of) == 1) << i.at("name");
        }
      }
      EXPECT_TRUE(t.options.empty()) << "the models declare no MySQL table options";
    }
  }
}

}  // namespace
}  // namespace dbm::sahara
