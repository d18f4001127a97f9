// Replays the recorded blazar operations on an in-memory schema, with the
// types and defaults MySQL and PostgreSQL report, and compares the result
// after every step with the dumps real Alembic produced (upgrade and
// stepwise downgrade). Raw SQL carries no DDL here and is skipped. SQLite is
// not replayed: its hand-written table rebuilds are checked as text instead.
#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "blazar_plugin.h"
#include "recording.h"
#include "reference.h"

namespace dbm::blazar::test {
namespace {

struct ReplayFk {
  std::string name;
  RefForeignKey key;
};

struct ReplayTable {
  std::vector<RefColumn> columns;
  std::vector<std::string> primary_key;
  std::vector<ReplayFk> foreign_keys;
  std::vector<RefUnique> unique;
};

using Schema = std::map<std::string, ReplayTable>;

class Replay {
 public:
  explicit Replay(std::string dialect) : dialect_(std::move(dialect)) {}

  void apply(const std::vector<Operation>& ops) {
    for (const auto& op : ops) std::visit([this](const auto& o) { on(o); }, op);
  }
  const Schema& schema() const { return schema_; }

 private:
  ReplayTable& table(const std::string& name) {
    auto it = schema_.find(name);
    if (it == schema_.end()) throw std::logic_error("no table " + name);
    return it->second;
  }
  RefColumn& column_of(const std::string& t, const std::string& name) {
    auto& cols = table(t).columns;
    auto it = std::find_if(cols.begin(), cols.end(), [&](const RefColumn& c) { return c.name == name; });
    if (it == cols.end()) throw std::logic_error("no column " + t + "." + name);
    return *it;
  }

  void on(const CreateTable& o) {
    ASSERT_EQ(schema_.count(o.table.name), 0u) << o.table.name;
    ReplayTable t;
    for (const auto& c : o.table.columns) {
      t.columns.push_back(reflect(c, dialect_));
      if (c.primary_key && o.table.primary_key.columns.empty()) t.primary_key.push_back(c.name);
      if (c.unique) t.unique.push_back({"", {c.name}});
    }
    if (!o.table.primary_key.columns.empty()) t.primary_key = o.table.primary_key.columns;
    for (const auto& fk : o.table.foreign_keys) {
      t.foreign_keys.push_back({fk.name, {fk.columns, fk.ref_table, fk.ref_columns}});
    }
    for (const auto& u : o.table.unique_constraints) t.unique.push_back({u.name, u.columns});
    schema_[o.table.name] = std::move(t);
  }
  void on(const DropTable& o) { ASSERT_EQ(schema_.erase(o.table), 1u) << o.table; }
  void on(const AddColumn& o) { table(o.table).columns.push_back(reflect(o.column, dialect_)); }
  void on(const DropColumn& o) {
    auto& cols = table(o.table).columns;
    const auto before = cols.size();
    std::erase_if(cols, [&](const RefColumn& c) { return c.name == o.column; });
    ASSERT_EQ(cols.size() + 1, before) << o.table << "." << o.column;
  }
  void on(const AlterColumn& o) {
    RefColumn& c = column_of(o.table, o.column);
    if (o.nullable) c.nullable = *o.nullable;
    if (o.type) c.type = type_name(*o.type, dialect_);
    if (o.server_default) c.default_value = default_text(*o.server_default, dialect_);
    if (o.new_name) c.name = *o.new_name;
  }
  void on(const CreateUniqueConstraint& o) {
    table(o.table).unique.push_back({o.constraint.name, o.constraint.columns});
  }
  void on(const CreateForeignKey& o) {
    table(o.table).foreign_keys.push_back({o.key.name, {o.key.columns, o.key.ref_table, o.key.ref_columns}});
  }
  void on(const DropConstraint& o) {
    ReplayTable& t = table(o.table);
    std::size_t dropped = 0;
    if (o.type == ConstraintType::kUnique) {
      dropped = std::erase_if(t.unique, [&](const RefUnique& u) {
        return o.name.empty() ? u.columns == o.columns : u.name == o.name;
      });
    } else if (o.type == ConstraintType::kForeignKey) {
      dropped = std::erase_if(t.foreign_keys, [&](const ReplayFk& f) { return f.name == o.name; });
    }
    EXPECT_EQ(dropped, 1u) << "drop_constraint on " << o.table;
  }
  void on(const Execute&) {}
  template <typename T>
  void on(const T&) {
    ADD_FAILURE() << "operation kind not expected in the blazar tree";
  }

  std::string dialect_;
  Schema schema_;
};

void expect_schema(const Schema& actual, const std::string& dump) {
  SCOPED_TRACE(dump);
  const std::vector<RefTable> expected = read_schema(dump);
  std::vector<std::string> expected_names, actual_names;
  for (const auto& t : expected) expected_names.push_back(t.name);
  for (const auto& [name, t] : actual) actual_names.push_back(name);
  ASSERT_EQ(actual_names, expected_names);
  for (const RefTable& ref : expected) {
    SCOPED_TRACE(ref.name);
    const ReplayTable& t = actual.at(ref.name);
    EXPECT_EQ(t.columns, ref.columns);
    EXPECT_EQ(t.primary_key, ref.primary_key);
    std::vector<RefForeignKey> fks;
    for (const auto& f : t.foreign_keys) fks.push_back(f.key);
    std::sort(fks.begin(), fks.end());
    EXPECT_EQ(fks, ref.foreign_keys);
    ASSERT_EQ(t.unique.size(), ref.unique.size());
    for (const RefUnique& u : ref.unique) {
      auto it = std::find_if(t.unique.begin(), t.unique.end(),
                             [&](const RefUnique& mine) { return mine.columns == u.columns; });
      ASSERT_NE(it, t.unique.end()) << "unique " << u.name;
      // Unnamed constraints get the database's name; named ones must match.
      if (!it->name.empty()) {
        EXPECT_EQ(it->name, u.name);
      }
    }
  }
}

std::string dump_name(std::size_t step, const std::string& id) {
  char prefix[8];
  std::snprintf(prefix, sizeof prefix, "%03zu_", step);
  return prefix + (step == 0 ? std::string("base") : id) + ".json";
}

// Upgrades through `steps` revisions comparing each dump, then downgrades back
// to base comparing each downgrade dump; returns nothing, reports by EXPECT.
void replay_round_trip(const std::string& dialect, std::size_t steps) {
  const auto& revisions = plugin().revisions;
  Replay replay(dialect);
  expect_schema(replay.schema(), dialect + "/" + dump_name(0, ""));
  for (std::size_t i = 0; i < steps; ++i) {
    SCOPED_TRACE("upgrade " + revisions[i].id);
    replay.apply(record(revisions[i], dialect, Direction::kUp));
    expect_schema(replay.schema(), dialect + "/" + dump_name(i + 1, revisions[i].id));
  }
  for (std::size_t i = steps; i-- > 0;) {
    SCOPED_TRACE("downgrade " + revisions[i].id);
    replay.apply(record(revisions[i], dialect, Direction::kDown));
    const std::string target = i == 0 ? "" : revisions[i - 1].id;
    expect_schema(replay.schema(), dialect + "/downgrade/" + dump_name(i, target));
  }
}

TEST(BlazarSchemaReplayTest, MysqlMatchesEveryUpgradeAndDowngradeDump) {
  replay_round_trip("mysql", 19);
}

TEST(BlazarSchemaReplayTest, MysqlHeadMatchesHeadDump) {
  Replay replay("mysql");
  for (const auto& r : plugin().revisions) replay.apply(record(r, "mysql", Direction::kUp));
  expect_schema(replay.schema(), "mysql/head.json");
}

// PostgreSQL: upstream reaches f4084140f608 (017) and fails at 02e2f2186d98.
TEST(BlazarSchemaReplayTest, PostgresqlMatchesDumpsThroughF4084140f608) {
  replay_round_trip("postgresql", 17);
}

// Where upstream fails on PostgreSQL, the intended schema is MySQL's in
// PostgreSQL's types: compare table by table with the MySQL head, mapped.
TEST(BlazarSchemaReplayTest, PostgresqlHeadHasTheIntendedSchema) {
  Replay pg("postgresql"), my("mysql");
  for (const auto& r : plugin().revisions) {
    pg.apply(record(r, "postgresql", Direction::kUp));
    my.apply(record(r, "mysql", Direction::kUp));
  }
  ASSERT_EQ(pg.schema().size(), my.schema().size());
  const ReplayTable& caps = pg.schema().at("computehost_extra_capabilities");
  EXPECT_EQ(caps.columns.back(), (RefColumn{"property_id", "VARCHAR(255)", false, std::nullopt}));
  for (const auto& [name, t] : pg.schema()) {
    const ReplayTable& m = my.schema().at(name);
    ASSERT_EQ(t.columns.size(), m.columns.size()) << name;
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
      EXPECT_EQ(t.columns[i].name, m.columns[i].name) << name;
      EXPECT_EQ(t.columns[i].nullable, m.columns[i].nullable) << name << "." << t.columns[i].name;
    }
  }
  // And the round trip back to base leaves nothing behind.
  for (auto it = plugin().revisions.rbegin(); it != plugin().revisions.rend(); ++it) {
    pg.apply(record(*it, "postgresql", Direction::kDown));
  }
  EXPECT_TRUE(pg.schema().empty());
}

}  // namespace
}  // namespace dbm::blazar::test
