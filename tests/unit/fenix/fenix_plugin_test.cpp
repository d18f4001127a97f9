// The fenix plugin against the reference's revision list
// (tests/fixtures/fenix/revisions.json). The built module is loaded by the e2e tests.
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <gtest/gtest.h>

#include "dbm/operations.h"
#include "fenix_plugin.h"
#include "fixed_context.h"
#include "mini_json.h"

namespace dbm::fenix {
namespace {

using schema::testing::Json;

Json reference_revisions() {
  const std::string path = std::string(DBM_SOURCE_DIR) + "/tests/fixtures/fenix/revisions.json";
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::stringstream text;
  text << in.rdbuf();
  return schema::testing::JsonReader(text.str()).parse();
}

TEST(FenixPluginTest, TheTreeIsUpstreams) {
  const Json reference = reference_revisions();
  const auto& revisions = plugin().revisions;
  ASSERT_EQ(revisions.size(), reference.items.size());
  for (std::size_t i = 0; i < revisions.size(); ++i) {
    const Json& ref = reference.items[i];
    const Revision& ours = revisions[i];
    EXPECT_EQ(ours.id, ref["revision"].text);
    std::vector<std::string> parents;
    for (const Json& p : ref["down_revision"].items) parents.push_back(p.text);
    EXPECT_EQ(ours.down, parents);
    // No docstring upstream: no message, no date, and a doc that shows as nothing.
    EXPECT_EQ(ref["message"].kind, Json::Kind::kNull);
    EXPECT_EQ(ours.message, "");
    EXPECT_EQ(ours.create_date, "");
    EXPECT_EQ(ours.doc.find_first_not_of(" \n"), std::string::npos);
    EXPECT_EQ(ours.downgrade != nullptr, ref["has_downgrade"].boolean);
  }
}

TEST(FenixPluginTest, ConventionsAreFenixsOwn) {
  EXPECT_EQ(plugin().config.version_table, "alembic_version");
  // fenix's CLI gives oslo.config no project: only fenix-db-manage.conf is looked for.
  EXPECT_EQ(plugin().config.config_project, "");
  EXPECT_EQ(plugin().config.url_options.front(), "database/connection");
}

TEST(FenixPluginTest, TheDowngradeDropsEveryTableChildrenFirst) {
  test_support::FixedContext context;
  Operations up(context, "001"), down(context, "001");
  plugin().revisions.front().upgrade(up);
  plugin().revisions.front().downgrade(down);
  ASSERT_EQ(up.operations().size(), 6u);
  ASSERT_EQ(down.operations().size(), 6u);
  for (std::size_t i = 0; i < 6; ++i) {
    const auto& created = std::get<CreateTable>(up.operations()[i]).table.name;
    EXPECT_EQ(std::get<DropTable>(down.operations()[5 - i]).table, created);
  }
  EXPECT_EQ(std::get<DropTable>(down.operations().back()).table, "sessions") << "the referenced table goes last";
}

}  // namespace
}  // namespace dbm::fenix
