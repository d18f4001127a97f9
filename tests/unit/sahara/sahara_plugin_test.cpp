// The sahara plugin against the reference's revision list
// (tests/fixtures/sahara/revisions.json): ids, parents, messages, dates,
// no downgrades; and the operations whose rendering is easy to get wrong.
// The built module is loaded by the e2e and conformance tests.
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <gtest/gtest.h>

#include "dbm/operations.h"
#include "fixed_context.h"
#include "mini_json.h"
#include "sahara_plugin.h"

namespace dbm::sahara {
namespace {

using schema::testing::Json;

Json reference_revisions() {
  const std::string path = std::string(DBM_SOURCE_DIR) + "/tests/fixtures/sahara/revisions.json";
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::stringstream text;
  text << in.rdbuf();
  return schema::testing::JsonReader(text.str()).parse()["revisions"];
}

using test_support::FixedContext;

const Revision& revision(const std::string& id) {
  for (const auto& r : plugin().revisions) {
    if (r.id == id) return r;
  }
  throw std::runtime_error("no revision " + id);
}

std::vector<Operation> upgrade_ops(const std::string& id, const std::string& dialect = "postgresql") {
  FixedContext context(dialect);
  Operations ops(context, id);
  revision(id).upgrade(ops);
  return ops.operations();
}

TEST(SaharaPluginTest, TheTreeIsUpstreams) {
  const Json reference = reference_revisions();
  const auto& revisions = plugin().revisions;
  ASSERT_EQ(revisions.size(), 35u);
  ASSERT_EQ(revisions.size(), reference.items.size());
  for (std::size_t i = 0; i < revisions.size(); ++i) {
    const Json& ref = reference.items[i];
    const Revision& ours = revisions[i];
    SCOPED_TRACE(ours.id);
    EXPECT_EQ(ours.id, ref["revision"].text);
    std::vector<std::string> parents;
    for (const Json& p : ref["down_revision"].items) parents.push_back(p.text);
    EXPECT_EQ(ours.down, parents);
    EXPECT_EQ(ours.message, ref["message"].text);
    EXPECT_EQ(ours.create_date, ref["create_date"].text);
    EXPECT_EQ(ours.downgrade, nullptr) << "upstream has no downgrades";
    EXPECT_TRUE(ref["has_upgrade"].boolean);
  }
}

TEST(SaharaPluginTest, EachRevisionIsDefinedInItsOwnFile) {
  // `show` prints where a revision is defined, as Alembic prints the script path.
  const std::string path = revision("030").location.file_name();
  EXPECT_NE(path.find("plugins/sahara/revisions/030_health_check.cpp"), std::string::npos) << path;
}

TEST(SaharaPluginTest, TheDocstringOf030KeepsItsWrongIds) {
  // `show 030` prints upstream's docstring, which names 029 / 028.
  EXPECT_NE(revision("030").doc.find("Revision ID: 029\nRevises: 028"), std::string::npos);
  EXPECT_TRUE(revision("031").doc.empty()) << "others use Alembic's template";
}

TEST(SaharaPluginTest, ConventionsAreSaharas) {
  EXPECT_EQ(plugin().config.config_project, "sahara");
  EXPECT_EQ(plugin().config.version_table, "alembic_version");
  EXPECT_EQ(plugin().config.url_options, (std::vector<std::string>{"database/connection", "DEFAULT/sql_connection",
                                                                    "database/sql_connection", "sql/connection"}));
}

TEST(SaharaPluginTest, TablesOf001AreInnodbUtf8AndPluginDataIsNot) {
  for (const auto& op : upgrade_ops("001")) {
    const Table& table = std::get<CreateTable>(op).table;
    EXPECT_EQ(table.options, (std::vector<TableOption>{{"mysql_charset", "utf8"}, {"mysql_engine", "InnoDB"}}))
        << table.name;
  }
  EXPECT_TRUE(std::get<CreateTable>(upgrade_ops("031").front()).table.options.empty());
}

TEST(SaharaPluginTest, IdIsKeyedByAnExplicitPrimaryKey) {
  // As upstream: `id` NOT NULL and PrimaryKeyConstraint('id'), the column itself not flagged.
  const auto ops = upgrade_ops("001");
  const Table& jobs = std::get<CreateTable>(ops.front()).table;
  ASSERT_EQ(jobs.name, "jobs");
  EXPECT_EQ(jobs.primary_key, (PrimaryKey{.name = {}, .columns = {"id"}}));
  EXPECT_EQ(jobs.columns[2].name, "id");
  EXPECT_FALSE(jobs.columns[2].nullable);
  EXPECT_FALSE(jobs.columns[2].primary_key);
}

TEST(SaharaPluginTest, ForeignKeysAreUnnamedAndPlain) {
  // Every foreign key references an id, with no name, ON UPDATE or ON DELETE.
  int keys = 0;
  for (const std::string id : {"001", "015", "022", "030"}) {
    for (const auto& op : upgrade_ops(id)) {
      for (const ForeignKey& key : std::get<CreateTable>(op).table.foreign_keys) {
        SCOPED_TRACE(id + " " + key.columns.front());
        EXPECT_EQ(key.name, "");
        EXPECT_EQ(key.ref_columns, std::vector<std::string>{"id"});
        EXPECT_EQ(key.onupdate, "");
        EXPECT_EQ(key.ondelete, "");
        ++keys;
      }
    }
  }
  EXPECT_EQ(keys, 19);
}

TEST(SaharaPluginTest, TypesFollowSaharasOwn) {
  const auto ops = upgrade_ops("001");
  const Table& binaries = std::get<CreateTable>(ops[3]).table;
  ASSERT_EQ(binaries.name, "job_binary_internal");
  EXPECT_EQ(binaries.columns[5].type.kind, TypeKind::kLongBinary);  // LONGBLOB on MySQL
  EXPECT_EQ(binaries.columns[6].type.kind, TypeKind::kBigInteger);
  const auto alter = std::get<AlterColumn>(upgrade_ops("007").front());
  EXPECT_EQ(alter.type->kind, TypeKind::kLongText);  // LONGTEXT on MySQL, TEXT elsewhere
}

TEST(SaharaPluginTest, TheDataUpdateOf029HasItsLiteralsOnEveryDialect) {
  const auto ops = upgrade_ops("029");
  ASSERT_EQ(ops.size(), 2u);
  const auto& update = std::get<Execute>(ops[0]);
  EXPECT_EQ(update.sql_for("postgresql"),
            "UPDATE node_group_templates SET is_protected=true WHERE node_group_templates.is_default");
  EXPECT_EQ(update.sql_for("mysql"),
            "UPDATE node_group_templates SET is_protected=1 WHERE node_group_templates.is_default = 1");
  EXPECT_EQ(update.sql_for("sqlite"), update.sql_for("mysql"));
  EXPECT_EQ(std::get<Execute>(ops[1]).sql_for("postgresql"),
            "UPDATE cluster_templates SET is_protected=true WHERE cluster_templates.is_default");
  EXPECT_EQ(std::get<Execute>(ops[1]).sql_for("sqlite"),
            "UPDATE cluster_templates SET is_protected=1 WHERE cluster_templates.is_default = 1");
}

}  // namespace
}  // namespace dbm::sahara
