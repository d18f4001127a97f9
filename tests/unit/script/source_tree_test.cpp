// Finding the plugin's source tree and reading its registration list.
#include "script/source_tree.h"

#include <cstdlib>
#include <fstream>

#include <gtest/gtest.h>

#include "base/error.h"

namespace dbm::script {
namespace {

namespace fs = std::filesystem;

class SourceTreeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "dbm-source-tree-XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
    fs::create_directories(dir_ / "widget/revisions");
    std::ofstream(dir_ / "widget/revisions.list") << "# header\n001_first\n\n  002_second  # a comment\n";
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path dir_;
};

TEST_F(SourceTreeTest, FoundWhereTheRevisionsWereCompiled) {
  const SourceTree tree = locate_source_tree(
      std::nullopt, {(dir_ / "widget/revisions/001_first.cpp").string(), (dir_ / "widget/revisions/002_second.cpp").string()});
  EXPECT_EQ(tree.dir, dir_ / "widget");
  EXPECT_EQ(listed_stems(read_revision_list(tree)), (std::vector<std::string>{"001_first", "002_second"}));
}

TEST_F(SourceTreeTest, RelativeOrScatteredOriginsNeedSourceDir) {
  EXPECT_THROW(locate_source_tree(std::nullopt, {"revisions/001_first.cpp"}), Error);  // a remapped build path
  EXPECT_THROW(locate_source_tree(std::nullopt, {}), Error);
  fs::create_directories(dir_ / "other/revisions");
  EXPECT_THROW(locate_source_tree(std::nullopt, {(dir_ / "widget/revisions/001_first.cpp").string(),
                                                 (dir_ / "other/revisions/002_second.cpp").string()}),
               Error);
  EXPECT_EQ(locate_source_tree((dir_ / "widget").string(), {}).dir, dir_ / "widget");
  EXPECT_THROW(locate_source_tree((dir_ / "other").string(), {}), Error) << "no revisions.list there";
}

TEST_F(SourceTreeTest, TheBuildMustHoldEveryListedRevision) {
  const SourceTree tree{dir_ / "widget"};
  const std::vector<std::string> listed = listed_stems(read_revision_list(tree));
  EXPECT_NO_THROW(check_built_from(listed, {"/x/revisions/001_first.cpp", "/x/revisions/002_second.cpp"}, tree));
  EXPECT_THROW(check_built_from(listed, {"/x/revisions/001_first.cpp"}, tree), Error);
}

TEST(RevisionListTest, AppendsOneLineAndKeepsTheRest) {
  EXPECT_EQ(list_with("a\nb\n", "c"), "a\nb\nc\n");
  EXPECT_EQ(list_with("a\nb", "c"), "a\nb\nc\n");
  EXPECT_EQ(list_with("", "c"), "c\n");
}

}  // namespace
}  // namespace dbm::script
