// Argument rules of Alembic's upgrade/downgrade/stamp commands, and the
// offline start (MigrationContext.get_current_heads with a starting_rev).
#include "runtime/run_arguments.h"

#include "base/error.h"
#include "graph/command_error.h"
#include "graph/target.h"

namespace dbm::runtime {
namespace {

RangeArgument split_range(const std::string& revision) {
  const auto colon = revision.find(':');
  return {revision.substr(0, colon), revision.substr(colon + 1)};
}

}  // namespace

RangeArgument split_upgrade_argument(const std::string& revision, bool sql) {
  if (revision.find(':') == std::string::npos) return {std::nullopt, revision};
  if (!sql) throw CommandError("Range revision not allowed");
  return split_range(revision);
}

RangeArgument split_downgrade_argument(const std::string& revision, bool sql) {
  if (revision.find(':') == std::string::npos) {
    if (sql) throw CommandError("downgrade with --sql requires <fromrev>:<torev>");
    return {std::nullopt, revision};
  }
  if (!sql) throw CommandError("Range revision not allowed");
  return split_range(revision);
}

StampArguments split_stamp_arguments(const std::vector<std::string>& revisions, bool sql, bool purge) {
  StampArguments out;
  if (!sql) {
    out.targets = revisions;
    return out;
  }
  for (const auto& revision : revisions) {
    if (revision.find(':') == std::string::npos) {
      out.targets.push_back(revision);
      continue;
    }
    RangeArgument range = split_range(revision);
    if (out.start && *out.start != *range.start) {
      throw CommandError("Stamp operation with --sql only supports a single starting revision at a time");
    }
    out.start = range.start;
    out.targets.push_back(range.target);
  }
  // Alembic checks this only once the environment runs, after the split.
  if (purge) throw CommandError("Can't use --purge with --sql mode");
  return out;
}

std::vector<std::string> offline_start_heads(const graph::RevisionGraph& graph,
                                             const std::optional<std::string>& start) {
  if (!start || start->empty() || *start == "base") return {};
  auto revision = graph::catch_revision_errors({}, [&] { return graph::get_revision(graph, *start); });
  if (!revision) return {};
  return {*revision};
}

}  // namespace dbm::runtime
