// `revision --autogenerate` end to end on a shipped plugin (blazar, whose
// models match head once its known differences are set aside), writing into
// a scratch copy of its source tree: a draft recording nothing, without a
// database and against one at head on each dialect; Alembic's refusal of a
// database behind head; the option errors. Every refusal leaves the tree as
// it was. A model change drafted, rebuilt and run is tested on the example
// plugin (tests/sdk/out_of_tree_plugin_test.sh), which can be rebuilt.
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/file_tree.h"
#include "support/run_db_manage.h"
#include "support/scratch_target.h"
#include "support/temp_dir.h"

namespace dbm::e2e {
namespace {

namespace fs = std::filesystem;
using Strings = std::vector<std::string>;
using Tree = FileTree;

// The one file `revision` reported writing ("Generating <file> ...  done").
fs::path generated_file(const std::string& out) {
  const std::string prefix = "Generating ";
  const std::string suffix = " ...  done\n";
  if (out.rfind(prefix, 0) != 0 || out.size() < prefix.size() + suffix.size() ||
      out.compare(out.size() - suffix.size(), suffix.size(), suffix) != 0) {
    return {};
  }
  return out.substr(prefix.size(), out.size() - prefix.size() - suffix.size());
}

class AutogenerateTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::copy(fs::path(DBM_SOURCE_DIR) / "plugins/blazar", source_, fs::copy_options::recursive);
  }

  RunResult revision(Strings args, const Strings& before_command = {}) {
    Strings full{"--project", "blazar"};
    full.insert(full.end(), before_command.begin(), before_command.end());
    full.insert(full.end(), {"revision", "-m", "from the models", "--autogenerate", "--source-dir", source_.string()});
    full.insert(full.end(), args.begin(), args.end());
    return run_db_manage(full);
  }

  // Expects a refusal naming `reason` with `exit_code` (255: Alembic's
  // CommandError; 1: ours), and the tree untouched.
  void expect_refused(const RunResult& r, const std::string& reason, int exit_code = 255) {
    EXPECT_EQ(r.exit_code, exit_code) << r.err;
    EXPECT_NE(r.err.find(reason), std::string::npos) << r.err;
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(snapshot(source_), before_) << "a refused command writes nothing";
  }

  // Expects one new revision recording nothing, listed last.
  void expect_empty_draft(const RunResult& r) {
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const fs::path file = generated_file(r.out);
    ASSERT_FALSE(file.empty()) << r.out;
    const std::string text = read_file(file);
    EXPECT_NE(text.find("Written by `revision --autogenerate` from the models"), std::string::npos) << text;
    EXPECT_NE(text.find("the models and head agree"), std::string::npos) << text;
    EXPECT_EQ(text.find("op."), std::string::npos) << "no operation recorded:\n" << text;
    const std::string list = read_file(source_ / "revisions.list");
    EXPECT_NE(list.find(file.stem().string() + "\n"), std::string::npos);
  }

  TempDir dir_;
  fs::path source_ = dir_.path() / "blazar";
  Tree before_;
};

TEST_F(AutogenerateTest, ModelsMatchingHeadGiveADraftRecordingNothing) {
  // No config file and none in oslo's default places: no database, so the
  // revisions are replayed on every dialect.
  expect_empty_draft(revision({}));
}

TEST_F(AutogenerateTest, TheModelsAreComparedWithWhatTheNewRevisionRevises) {
  // On an older revision (--splice), the draft holds what has changed since.
  const RunResult r = revision({"--head", "23d6240b51b2", "--splice"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string text = read_file(generated_file(r.out));
  EXPECT_NE(text.find(".down = {\"23d6240b51b2\"}"), std::string::npos) << text;
  EXPECT_NE(text.find("op.create_table("), std::string::npos) << text;
  EXPECT_EQ(text.find("the models and head agree"), std::string::npos) << text;
}

TEST_F(AutogenerateTest, SqlMakesNoSense) {
  before_ = snapshot(source_);
  expect_refused(revision({"--sql"}), "FAILED: Using --sql with --autogenerate does not make any sense");
}

TEST_F(AutogenerateTest, AMalformedRenameIsRefused) {
  before_ = snapshot(source_);
  for (const char* given : {"leases", "leases.name", "leases.a.b:c", ".a:b", "a:b.c", "a:", ":b", "t.a:b:c"}) {
    SCOPED_TRACE(given);
    expect_refused(revision({"--rename", given}), std::string("--rename '") + given + "': expected table.old:new", 1);
  }
}

TEST_F(AutogenerateTest, ARenameOfWhatIsNotThereIsRefused) {
  before_ = snapshot(source_);
  const RunResult r = revision({"--rename", "leases.nothing_here:name"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("nothing_here"), std::string::npos) << r.err;
  EXPECT_EQ(snapshot(source_), before_);
}

TEST_F(AutogenerateTest, RenameOptionsNeedAutogenerate) {
  before_ = snapshot(source_);
  const RunResult r = run_db_manage({"--project", "blazar", "revision", "-m", "x", "--no-rename", "--source-dir",
                                     source_.string()});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("--rename and --no-rename go with --autogenerate"), std::string::npos) << r.err;
  EXPECT_EQ(snapshot(source_), before_);
}

class AutogenerateDatabaseTest : public AutogenerateTest, public ::testing::WithParamInterface<std::string> {
 protected:
  RunResult blazar(Strings args) {
    args.insert(args.begin(), {"--project", "blazar", "--config-file", target_.config().string()});
    return run_db_manage(args);
  }

  ScratchTarget target_{GetParam(), "blazar.conf"};
};

TEST_P(AutogenerateDatabaseTest, ADatabaseBehindHeadIsRefusedAndOneAtHeadIsCompared) {
  ASSERT_EQ(blazar({"upgrade", "23d6240b51b2"}).exit_code, 0);
  before_ = snapshot(source_);
  expect_refused(revision({}, {"--config-file", target_.config().string()}),
                 "FAILED: Target database is not up to date.");
  ASSERT_EQ(blazar({"upgrade", "head"}).exit_code, 0);
  // The live database at head is what the models describe, but for the
  // declared known differences on this dialect.
  expect_empty_draft(revision({}, {"--config-file", target_.config().string()}));
}

INSTANTIATE_TEST_SUITE_P(Dialects, AutogenerateDatabaseTest, ::testing::ValuesIn(kDialects),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace dbm::e2e
