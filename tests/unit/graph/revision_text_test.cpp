// revision_text beyond the golden replay: blazar's reference data, our
// fixed child order, docstring handling, and the error seams.
#include "graph/command_error.h"
#include "graph/revision_graph.h"
#include "graph/revision_text.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "test_graphs.h"

namespace dbm::graph {
namespace {

using Ids = std::vector<std::string>;

std::string read(const std::string& path) {
  std::ifstream in(path);
  EXPECT_TRUE(in) << path;
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Just enough of revisions.json (a list of flat objects) for ids, parents and messages.
std::string string_field(const std::string& object, const std::string& key) {
  std::size_t at = object.find("\"" + key + "\": \"");
  if (at == std::string::npos) return "";
  at += key.size() + 5;
  return object.substr(at, object.find('"', at) - at);
}

Ids list_field(const std::string& object, const std::string& key) {
  std::size_t at = object.find("\"" + key + "\": [");
  std::string body = object.substr(at, object.find(']', at) - at);
  Ids out;
  for (std::size_t q = body.find('"', key.size() + 3); q != std::string::npos; q = body.find('"', q)) {
    std::size_t end = body.find('"', q + 1);
    out.push_back(body.substr(q + 1, end - q - 1));
    q = end + 1;
  }
  return out;
}

std::vector<RevisionNode> blazar_nodes() {
  const std::string json = read(std::string(DBM_SOURCE_DIR) + "/tests/fixtures/blazar/revisions.json");
  std::vector<RevisionNode> nodes;
  for (std::size_t open = json.find('{'); open != std::string::npos; open = json.find('{', open + 1)) {
    const std::string object = json.substr(open, json.find('}', open) - open);
    RevisionNode n;
    n.id = string_field(object, "revision");
    n.down = list_field(object, "down_revision");
    n.message = string_field(object, "message");
    nodes.push_back(n);
  }
  return nodes;
}

TEST(RevisionTextTest, BlazarHistoryMatchesTheReference) {
  const std::vector<RevisionNode> nodes = blazar_nodes();
  ASSERT_EQ(nodes.size(), 19u);
  const RevisionGraph g(nodes);
  EXPECT_EQ(history_text(g, {}), read(std::string(DBM_SOURCE_DIR) + "/tests/fixtures/blazar/blazar_history.txt"));
}

TEST(RevisionTextTest, ChildrenComeInMapOrder) {
  const RevisionGraph g(testing::labelled_tree());
  EXPECT_EQ(branches_text(g, false),
            "27c6a30d7c24 (branchpoint)\n"
            "             -> 3a1bexpand01 (expand)\n"
            "             -> 4c2dcontr01 (contract)\n\n");
  EXPECT_NE(log_entry(g, "27c6a30d7c24").find("Branches into: 3a1bexpand01, 4c2dcontr01\n"), std::string::npos);
}

TEST(RevisionTextTest, TemplateDocstringWhenTheNodeHasNone) {
  RevisionNode n = testing::rev("a1b2", {});
  n.message = "first";
  n.create_date = "2014-02-19 17:23:47.705197";
  EXPECT_EQ(long_doc(n), "first\n\nRevision ID: a1b2\nRevises: None\nCreate Date: 2014-02-19 17:23:47.705197");
  const RevisionGraph g({n});
  EXPECT_EQ(log_entry(g, "a1b2"),
            "Rev: a1b2 (head)\nParent: <base>\nPath: versions/a1b2.py\n\n"
            "    first\n    \n    Revision ID: a1b2\n    Revises: None\n"
            "    Create Date: 2014-02-19 17:23:47.705197\n");
}

TEST(RevisionTextTest, GivenDocstringIsStrippedAndItsFirstParagraphIsTheSummary) {
  RevisionNode n = testing::rev("a1b2", {});
  n.doc = "\n  Two line\nsummary\n\nDetails.\n\n";
  const RevisionGraph g({n});
  EXPECT_EQ(history_text(g, {}), "<base> -> a1b2 (head), Two line\nsummary\n");
  EXPECT_EQ(log_entry(g, "a1b2", true),
            "Rev: a1b2 (head) (current)\nParent: <base>\nPath: versions/a1b2.py\n\n"
            "    Two line\n    summary\n    \n    Details.\n");
}

TEST(RevisionTextTest, ShowAndCurrentWithAnEmptyVersionTable) {
  const RevisionGraph g(testing::linear_tree());
  EXPECT_EQ(current_text(g, {}, false), "");
  EXPECT_EQ(show_text(g, {"current"}, {}), "");
  EXPECT_EQ(show_text(g, {"base"}, {}), "");
}

TEST(RevisionTextTest, HeadsWithAndWithoutDependencies) {
  const RevisionGraph g(testing::labelled_tree());
  EXPECT_EQ(heads_text(g, false), "6f4acontr02 (contract) (head)\n5e3fexpand02 (expand) (effective head)\n");
  EXPECT_EQ(heads_text(g, false, true), "6f4acontr02 (contract) (head)\n");
}

TEST(RevisionTextTest, ErrorsLeaveAsAlembicCommandErrors) {
  const RevisionGraph g(testing::branched_tree());
  HistoryOptions bad;
  bad.rev_range = "abc";
  EXPECT_THROW(
      {
        try {
          history_text(g, bad);
        } catch (const CommandError& e) {
          EXPECT_EQ(std::string(e.what()), "History range requires [start]:[end], [start]:, or :[end]");
          throw;
        }
      },
      CommandError);
  HistoryOptions to_head;
  to_head.rev_range = "base:head";
  try {
    history_text(g, to_head);
    ADD_FAILURE();
  } catch (const CommandError& e) {
    EXPECT_EQ(std::string(e.what()),
              "Multiple head revisions are present for given argument 'head'; please specify a specific target "
              "revision, '<branchname>@head' to narrow to a specific head, or 'heads' for all heads");
  }
  try {
    show_text(g, {"zzzz"}, {});
    ADD_FAILURE();
  } catch (const CommandError& e) {
    EXPECT_EQ(std::string(e.what()), "Can't locate revision identified by 'zzzz'");
  }
  try {
    current_text(g, {"ffff1111"}, false);
    ADD_FAILURE();
  } catch (const CommandError& e) {
    EXPECT_EQ(std::string(e.what()), "Can't locate revision identified by 'ffff1111'");
  }
}

TEST(RevisionTextTest, IndicateCurrentMarksStoredRevisions) {
  const RevisionGraph g(testing::linear_tree());
  HistoryOptions options;
  options.indicate_current = true;
  options.current_heads = {"27c6a30d7c24"};
  options.rev_range = "current:";
  EXPECT_EQ(history_text(g, options),
            "3b5e9f0a1c2d -> 4d7f8e6a5b3c (head), msg 4d7f8e6a5b3c\n"
            "27c6a30d7c24 -> 3b5e9f0a1c2d, msg 3b5e9f0a1c2d\n"
            "1fd6a1b2c3d4 -> 27c6a30d7c24 (current), msg 27c6a30d7c24\n");
}

}  // namespace
}  // namespace dbm::graph
