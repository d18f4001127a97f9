// The blazar plugin's conventions and revision metadata against
// revisions.json, which real Alembic wrote from the upstream tree. Its name
// and version travel in the entry record (module_test.cpp).
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "blazar_plugin.h"
#include "reference.h"

namespace dbm::blazar::test {
namespace {

std::string alembic_doc(const RefRevision& r, const std::string& revises) {
  return r.message + "\n\nRevision ID: " + r.revision + "\nRevises: " + revises +
         "\nCreate Date: " + r.create_date + "\n\n";
}

TEST(BlazarPluginTest, Conventions) {
  const Plugin& p = plugin();
  EXPECT_FALSE(p.description.empty());
  EXPECT_EQ(p.config.config_project, "blazar");
  EXPECT_EQ(p.config.version_table, "alembic_version");
  EXPECT_EQ(p.config.url_options, ConfigConventions{}.url_options);
  EXPECT_EQ(&p, &plugin());
}

TEST(BlazarPluginTest, RevisionsMatchReferenceInOrder) {
  const auto reference = read_revisions();
  ASSERT_EQ(reference.size(), 19u);
  const auto& revisions = plugin().revisions;
  ASSERT_EQ(revisions.size(), reference.size());
  for (std::size_t i = 0; i < reference.size(); ++i) {
    const RefRevision& ref = reference[i];
    const Revision& rev = revisions[i];
    SCOPED_TRACE(ref.revision);
    EXPECT_EQ(rev.id, ref.revision);
    EXPECT_EQ(rev.down, ref.down_revision);
    EXPECT_EQ(rev.message, ref.message);
    EXPECT_EQ(rev.create_date, ref.create_date);
    EXPECT_EQ(rev.downgrade != nullptr, ref.has_downgrade);
    EXPECT_NE(rev.upgrade, nullptr);
    EXPECT_TRUE(rev.branch_labels.empty());
    EXPECT_TRUE(rev.depends_on.empty());
  }
}

TEST(BlazarPluginTest, EachRevisionLivesInTheFileNamedAfterUpstream) {
  const auto reference = read_revisions();
  const auto& revisions = plugin().revisions;
  ASSERT_EQ(revisions.size(), reference.size());
  for (std::size_t i = 0; i < reference.size(); ++i) {
    std::string expected = reference[i].file;
    expected.replace(expected.size() - 3, 3, ".cpp");  // .py → .cpp
    expected = "revisions/" + expected;
    const std::string file = revisions[i].location.file_name();
    ASSERT_GE(file.size(), expected.size()) << file;
    EXPECT_EQ(file.substr(file.size() - expected.size()), expected);
  }
}

TEST(BlazarPluginTest, DocIsEmptyUnlessUpstreamDocstringDiffersFromTemplate) {
  int quirks = 0;
  for (const RefRevision& ref : read_revisions()) {
    SCOPED_TRACE(ref.revision);
    const Revision* rev = nullptr;
    for (const auto& r : plugin().revisions) {
      if (r.id == ref.revision) rev = &r;
    }
    ASSERT_NE(rev, nullptr);
    const std::string parent = ref.down_revision.empty() ? "None" : ref.down_revision.front();
    if (ref.docstring_revises == parent) {
      EXPECT_EQ(rev->doc, "");
    } else {
      ++quirks;
      EXPECT_EQ(rev->doc, alembic_doc(ref, ref.docstring_revises));
    }
  }
  EXPECT_EQ(quirks, 2);  // 2bcfe76b0474 and 1fd6c2eded89 say "Revises: 0_1"
  EXPECT_EQ(plugin().revisions[2].doc,
            "Change tenant to project\n\nRevision ID: 2bcfe76b0474\nRevises: 0_1\n"
            "Create Date: 2014-03-19 18:08:50.825586\n\n");
}

TEST(BlazarPluginTest, IdsAreUniqueShortAndWellFormed) {
  std::set<std::string> seen;
  for (const auto& r : plugin().revisions) {
    EXPECT_TRUE(seen.insert(r.id).second) << r.id;
    EXPECT_LE(r.id.size(), 32u) << r.id;
    EXPECT_EQ(r.id.find_first_of("@-+:"), std::string::npos) << r.id;
  }
}

TEST(BlazarPluginTest, TreeIsOneLinearChain) {
  const auto& revisions = plugin().revisions;
  ASSERT_FALSE(revisions.empty());
  EXPECT_TRUE(revisions.front().down.empty());
  for (std::size_t i = 1; i < revisions.size(); ++i) {
    EXPECT_EQ(revisions[i].down, std::vector<std::string>{revisions[i - 1].id}) << revisions[i].id;
  }
  EXPECT_EQ(revisions.back().id, "553383923ca0");
}

}  // namespace
}  // namespace dbm::blazar::test
