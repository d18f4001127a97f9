// `revision` and `merge` against real Alembic: every command line of
// tests/fixtures/authoring/golden.json (what Alembic 1.8.1 did on the same
// tree, in Python) run by the built binary on a scratch copy of the fixture
// plugin's source tree (tests/fixtures/plugins/authoring). Where Alembic
// writes a revision, ours writes the same file name, parents, labels,
// dependencies and message as C++, and adds exactly one line to
// revisions.list; where it refuses, ours refuses with its text and the tree
// is left byte for byte as it was.
#include <algorithm>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/file_tree.h"
#include "support/run_db_manage.h"
#include "support/temp_dir.h"

namespace dbm::e2e {
namespace {

namespace fs = std::filesystem;
using Strings = std::vector<std::string>;
using Tree = FileTree;

const fs::path kFixtureSource = fs::path(DBM_SOURCE_DIR) / "tests/fixtures/plugins/authoring";
const fs::path kFixturePlugin = fs::path(DBM_BINARY_DIR) / "tests/fixtures/plugins/authoring";

const nlohmann::json& golden_cases() {
  static const nlohmann::json golden =
      nlohmann::json::parse(read_file(fs::path(DBM_SOURCE_DIR) / "tests/fixtures/authoring/golden.json"));
  return golden.at("cases");
}

Strings strings(const nlohmann::json& array) { return array.get<Strings>(); }

/// `{"a", "b"}` as the generated DBM_REVISION record spells a list.
std::string cpp_list(const Strings& items) {
  std::string out = "{";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i > 0 ? ", \"" : "\"") + items[i] + "\"";
  return out + "}";
}

class AuthoringTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override { fs::copy(kFixtureSource, source_, fs::copy_options::recursive); }

  RunResult run(const Strings& args) {
    Strings full{"--plugin-dir", kFixturePlugin.string(), "--project", "authoring"};
    full.insert(full.end(), args.begin(), args.end());
    full.insert(full.end(), {"--source-dir", source_.string()});
    return run_db_manage(full);
  }

  TempDir dir_;
  fs::path source_ = dir_.path() / "authoring";
};

TEST_P(AuthoringTest, DoesWhatAlembicDoes) {
  const nlohmann::json& golden = golden_cases().at(GetParam());
  const Tree before = snapshot(source_);
  const RunResult r = run(strings(golden.at("args")));
  const Tree after = snapshot(source_);
  const int alembic_exit = golden.at("exit").get<int>();
  const std::string alembic_out = golden.at("stdout").get<std::string>();

  // Alembic writes a revision but only warns about its duplicate id, or
  // stops with a traceback on a label in use, leaving a tree it cannot
  // load: ours refuses before writing, with Alembic's words.
  if (GetParam() == "duplicate_id" || GetParam() == "label_in_use") {
    ASSERT_NE(golden.at("written"), nullptr) << "Alembic wrote the revision";
    const std::string alembic_text = GetParam() == "duplicate_id"
                                         ? "Revision 1a0000000001 is present more than once"
                                         : golden.at("stderr_last_line").get<std::string>().substr(
                                               std::string("alembic.script.revision.RevisionError: ").size());
    EXPECT_EQ(r.exit_code, 255);
    EXPECT_EQ(r.err, "FAILED: " + alembic_text + "\n");
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(after, before);
    return;
  }

  if (alembic_exit != 0) {
    ASSERT_EQ(alembic_out.rfind("FAILED: ", 0), 0u) << alembic_out;
    EXPECT_EQ(r.exit_code, alembic_exit) << r.err;
    EXPECT_EQ(r.err, alembic_out) << "Alembic prints FAILED on stdout; we print it on stderr";
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(after, before) << "a refused command writes nothing";
    return;
  }

  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json& written = golden.at("written");
  const std::string stem = written.at("file").get<std::string>();
  const fs::path file = source_ / "revisions" / (stem + ".cpp");
  EXPECT_EQ(r.out, "Generating " + file.string() + " ...  done\n");
  const std::string golden_path = "<tree>/versions/" + stem + ".py";
  EXPECT_EQ(alembic_out, "Generating " + golden_path + " ...  done\n") << "the golden's file is the same";

  // Exactly one new file and one new line in revisions.list.
  Tree expected = before;
  expected["revisions.list"] += stem + "\n";
  ASSERT_EQ(after.count("revisions/" + stem + ".cpp"), 1u);
  const std::string text = after.at("revisions/" + stem + ".cpp");
  expected["revisions/" + stem + ".cpp"] = text;
  EXPECT_EQ(after, expected);

  EXPECT_NE(text.find(".id = \"" + written.at("revision").get<std::string>() + "\",\n"), std::string::npos) << text;
  Strings down = strings(written.at("down"));
  if (GetParam() == "merge_heads") {
    // `heads` lists the heads in revision-map order: Alembic's is its
    // os.listdir() order of versions/ (the filesystem's), ours is
    // revisions.list's. The same heads, each in its own tree's order.
    Strings sorted = down;
    std::sort(sorted.begin(), sorted.end());
    ASSERT_EQ(sorted, (Strings{"3c0000000003", "4d0000000004"}));
    down = sorted;  // revisions.list order
  }
  EXPECT_EQ(text.find(".down = ") == std::string::npos, down.empty()) << text;
  if (!down.empty()) {
    EXPECT_NE(text.find(".down = " + cpp_list(down) + ",\n"), std::string::npos) << text;
  }
  for (const char* list : {"branch_labels", "depends_on"}) {
    const Strings items = strings(written.at(list));
    const std::string field = "." + std::string(list) + " = ";
    EXPECT_EQ(text.find(field) == std::string::npos, items.empty()) << text;
    if (!items.empty()) {
      EXPECT_NE(text.find(field + cpp_list(items) + ",\n"), std::string::npos) << text;
    }
  }
  std::string message = written.at("message").get<std::string>();
  std::string escaped;
  for (char c : message) escaped += (c == '"' || c == '\\') ? std::string("\\") + c : std::string(1, c);
  EXPECT_NE(text.find(".message = \"" + escaped + "\",\n"), std::string::npos) << text;
  EXPECT_NE(text.find("ADJUST ME"), std::string::npos) << "the bodies are marked to be written";
}

std::vector<std::string> case_names() {
  std::vector<std::string> names;
  for (const auto& [name, value] : golden_cases().items()) names.push_back(name);
  return names;
}

INSTANTIATE_TEST_SUITE_P(Golden, AuthoringTest, ::testing::ValuesIn(case_names()),
                         [](const auto& info) { return info.param; });

class AuthoringRefusalTest : public AuthoringTest {};

// Ours beyond Alembic's: what a C++ plugin cannot hold, and trees the
// loaded plugin was not built from.
TEST_F(AuthoringRefusalTest, IdsThatCannotNameAFileOrFitTheVersionTable) {
  const Tree before = snapshot(source_);
  for (const auto& [id, error] :
       std::vector<std::pair<std::string, std::string>>{
           {"a:b", "FAILED: Character(s) ':' not allowed in revision identifier 'a:b'\n"},
           {"a.b", "FAILED: Revision identifier 'a.b' can hold only ASCII letters, digits and '_' here: it names "
                   "the revision's C++ file and function\n"},
           {std::string(33, 'a'), "FAILED: Revision identifier '" + std::string(33, 'a') +
                                      "' is 33 characters long; the version table holds at most 32\n"}}) {
    const RunResult r = run({"revision", "-m", "x", "--head", "4d0000000004", "--rev-id", id});
    EXPECT_EQ(r.exit_code, 255) << id;
    EXPECT_EQ(r.err, error);
  }
  EXPECT_EQ(snapshot(source_), before);
}

TEST_F(AuthoringRefusalTest, ATreeWithRevisionsTheBuildLacksIsRefused) {
  std::ofstream(source_ / "revisions.list", std::ios::app) << "9f0000000009_not_built\n";
  std::ofstream(source_ / "revisions/9f0000000009_not_built.cpp") << "// a revision written after the build\n";
  const Tree before = snapshot(source_);
  const RunResult r = run({"revision", "-m", "x", "--head", "4d0000000004"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "FAILED: " + (source_ / "revisions.list").string() +
                       " lists '9f0000000009_not_built', which the loaded plugin was not built with: rebuild the "
                       "plugin first, so that the new revision's parent is the tree's real head\n");
  EXPECT_EQ(snapshot(source_), before);
}

TEST_F(AuthoringRefusalTest, AnExistingFileIsNeverOverwritten) {
  std::ofstream(source_ / "revisions/5e0000000005_x.cpp") << "// someone's work\n";
  const Tree before = snapshot(source_);
  const RunResult r = run({"revision", "-m", "x", "--head", "4d0000000004", "--rev-id", "5e0000000005"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("cannot create " + (source_ / "revisions/5e0000000005_x.cpp").string() + ": File exists"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.out, "Generating " + (source_ / "revisions/5e0000000005_x.cpp").string() + " ...  FAILED\n");
  EXPECT_EQ(snapshot(source_), before);
}

TEST_F(AuthoringRefusalTest, AutogenerateWithoutModelsIsRefusedAndWritesNothing) {
  const Tree before = snapshot(source_);
  const RunResult r = run({"revision", "-m", "x", "--head", "4d0000000004", "--autogenerate"});
  EXPECT_EQ(r.exit_code, 255);
  EXPECT_EQ(r.err,
            "FAILED: the plugin for project 'authoring' declares no models: there is nothing to compare its "
            "revisions with\n");
  EXPECT_EQ(snapshot(source_), before);
}

TEST_F(AuthoringRefusalTest, WithoutSourceDirTheBuiltFromTreeIsUsed) {
  // The fixture was compiled from tests/fixtures/plugins/authoring; asking for
  // a refused revision there proves the tree was found without writing into it.
  const RunResult r = run_db_manage({"--plugin-dir", kFixturePlugin.string(), "--project", "authoring", "revision",
                                     "-m", "x", "--head", "2b0000000002"});
  EXPECT_EQ(r.exit_code, 255);
  EXPECT_EQ(r.err,
            "FAILED: Revision 2b0000000002 is not a head revision; please specify --splice to create a new branch "
            "from this revision\n");
  const RunResult missing = run_db_manage({"--plugin-dir", kFixturePlugin.string(), "--project", "authoring",
                                           "revision", "-m", "x", "--head", "4d0000000004", "--source-dir",
                                           (dir_.path() / "nowhere").string()});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_EQ(missing.err, "FAILED: --source-dir " + (dir_.path() / "nowhere").string() + ": not a directory\n");
}

}  // namespace
}  // namespace dbm::e2e
