// Fuzz target `revision_target`: Alembic's revision-target grammar (host/graph:
// target.cpp, target_resolver.cpp, relative_target.cpp, revision_iteration.cpp,
// revision_text.cpp) and the argument rules and planner that use it
// (host/runtime: run_arguments.cpp, planner.cpp), against small in-memory
// revision graphs: a line, the labelled expand/contract tree and the
// branched tree of tests/unit/graph, and a tree with two bases, a merge, a
// dependency and a 4-character id.
//
// Input: the revision argument, then NUL-separated version-table rows
// (empty ones dropped): `+-5`, `heads@+1`, `a:b`, `expand@-1\0<row>`...
// Each graph is asked what every command asks of an argument: get_revisions,
// upgrade and downgrade resolution and iteration, the upgrade/downgrade/
// stamp plans online and with --sql (rows checked as the commands check
// them), `history -r`, `show`, `current`.
// Expected: dbm::Error (CommandError, the graph's RevisionError family,
// UsageError). Anything else leaving, a crash or a sanitizer report is a finding.
// Invariant: every id a resolution or a plan returns is a revision of the graph.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../unit/graph/test_graphs.h"
#include "base/error.h"
#include "fuzz_support.h"
#include "graph/revision_graph.h"
#include "graph/revision_text.h"
#include "graph/target.h"
#include "runtime/migration_context.h"
#include "runtime/planner.h"
#include "runtime/run_arguments.h"

namespace {

using dbm::fuzz::finding;
using dbm::graph::RevisionGraph;
using dbm::graph::testing::rev;
using Ids = std::vector<std::string>;

/// 1a2b3c4d5e6f (base, label core) -> 2b3c4d5e6f7a (branch point) -> 3c4d5e6f7a8b (expand) -> 4d5e;
/// 2b3c -> 3c4d5e6f7a8c (contract; shares a prefix with expand's); merge 5e6f7a8b9c0d of 4d5e and
/// 3c4d..8c; a second base f00dbeef0001 (label other) -> f00dbeef0002, which depends on expand.
std::vector<dbm::graph::RevisionNode> merged_tree() {
  return {rev("1a2b3c4d5e6f", {}, {"core"}),
          rev("2b3c4d5e6f7a", {"1a2b3c4d5e6f"}),
          rev("3c4d5e6f7a8b", {"2b3c4d5e6f7a"}, {"expand"}),
          rev("3c4d5e6f7a8c", {"2b3c4d5e6f7a"}, {"contract"}),
          rev("4d5e", {"3c4d5e6f7a8b"}),
          rev("5e6f7a8b9c0d", {"4d5e", "3c4d5e6f7a8c"}),
          rev("f00dbeef0001", {}, {"other"}),
          rev("f00dbeef0002", {"f00dbeef0001"}, {}, {"expand"})};
}

const std::vector<RevisionGraph>& graphs() {
  static const std::vector<RevisionGraph> all = [] {
    std::vector<RevisionGraph> g;
    g.emplace_back(dbm::graph::testing::linear_tree());
    g.emplace_back(dbm::graph::testing::labelled_tree());
    g.emplace_back(dbm::graph::testing::branched_tree());
    g.emplace_back(merged_tree());
    return g;
  }();
  return all;
}

void check_ids(const RevisionGraph& graph, const Ids& ids, const char* what) {
  for (const std::string& id : ids) {
    if (graph.find(id) == nullptr) finding(std::string(what) + " returned '" + id + "', not a revision of the graph");
  }
}

void check_plan(const RevisionGraph& graph, const dbm::runtime::Plan& plan) {
  for (const dbm::runtime::Step& step : plan) {
    if (step.direction != dbm::runtime::Direction::kStamp) check_ids(graph, {step.revision}, "a plan");
    check_ids(graph, step.to_revisions, "a plan's step");
    check_ids(graph, step.from_revisions, "a plan's step");
  }
  dbm::runtime::describe_plan(plan);
}

/// Runs `fn`; the project's own errors are expected answers.
template <typename Fn>
void expect_answer_or_error(Fn&& fn) {
  try {
    fn();
  } catch (const dbm::Error&) {
  }
}

/// The heads a migration command plans from: the offline start with --sql
/// (a:b), else the version rows, which the commands check first.
Ids start_heads(const RevisionGraph& graph, const std::optional<std::string>& start, const Ids& rows) {
  if (start) return dbm::runtime::offline_start_heads(graph, start);
  dbm::runtime::check_rows_known(graph, rows);
  return rows;
}

void exercise(const RevisionGraph& graph, const std::string& arg, const Ids& rows) {
  using namespace dbm;
  expect_answer_or_error([&] { check_ids(graph, graph::get_revisions(graph, graph::RevisionArg(arg)), "get_revisions"); });
  expect_answer_or_error([&] {
    if (auto id = graph::get_revision(graph, arg)) check_ids(graph, {*id}, "get_revision");
  });
  expect_answer_or_error([&] {
    runtime::check_rows_known(graph, rows);
    check_ids(graph, graph::resolve_upgrade_target(graph, arg, rows), "resolve_upgrade_target");
  });
  expect_answer_or_error([&] {
    runtime::check_rows_known(graph, rows);
    if (auto id = graph::resolve_downgrade_target(graph, arg, rows).second) {
      check_ids(graph, {*id}, "resolve_downgrade_target");
    }
  });
  for (const bool downgrade : {false, true}) {
    expect_answer_or_error([&] {
      runtime::check_rows_known(graph, rows);
      graph::IterateOptions options;
      options.select_for_downgrade = downgrade;
      options.implicit_base = downgrade;
      const graph::RevisionArg heads = rows.empty() ? graph::RevisionArg() : graph::RevisionArg(rows);
      const Ids walked = downgrade ? graph::iterate_revisions(graph, heads, graph::RevisionArg(arg), options)
                                   : graph::iterate_revisions(graph, graph::RevisionArg(arg), heads, options);
      check_ids(graph, walked, "iterate_revisions");
    });
  }
  for (const bool sql : {false, true}) {
    expect_answer_or_error([&] {
      const runtime::RangeArgument a = runtime::split_upgrade_argument(arg, sql);
      check_plan(graph, runtime::plan_upgrade(graph, start_heads(graph, a.start, rows), a.target));
    });
    expect_answer_or_error([&] {
      const runtime::RangeArgument a = runtime::split_downgrade_argument(arg, sql);
      check_plan(graph, runtime::plan_downgrade(graph, start_heads(graph, a.start, rows), a.target));
    });
    for (const bool purge : {false, true}) {
      expect_answer_or_error([&] {
        const runtime::StampArguments a = runtime::split_stamp_arguments({arg}, sql, purge);
        check_plan(graph, runtime::plan_stamp(graph, start_heads(graph, a.start, rows), a.targets, purge));
      });
    }
  }
  expect_answer_or_error([&] { graph::history_text(graph, {.rev_range = arg}); });
  expect_answer_or_error([&] {
    graph::history_text(graph, {.rev_range = arg, .verbose = true, .indicate_current = true, .current_heads = rows});
  });
  expect_answer_or_error([&] { graph::show_text(graph, {arg}, rows); });
  expect_answer_or_error([&] { graph::current_text(graph, rows, true); });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::vector<std::string> fields = dbm::fuzz::split_any(dbm::fuzz::as_text(data, size), std::string_view("\0", 1));
  Ids rows;
  for (std::size_t i = 1; i < fields.size(); ++i) {
    if (!fields[i].empty()) rows.push_back(fields[i]);
  }
  for (const RevisionGraph& graph : graphs()) exercise(graph, fields.front(), rows);
  return 0;
}
