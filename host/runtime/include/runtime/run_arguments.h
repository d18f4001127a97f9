// What upgrade/downgrade/stamp make of their revision arguments before
// planning (Alembic's command.py): `start:end` ranges only with --sql, the
// offline start resolved to heads, stamp's --purge rules. No I/O.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "graph/revision_graph.h"

namespace dbm::runtime {

/// A revision argument split into an optional offline start and the target.
struct RangeArgument {
  std::optional<std::string> start{};  ///< "a" of "a:b" (--sql only)
  std::string target{};
};

/// upgrade: "a:b" needs --sql ("Range revision not allowed").
RangeArgument split_upgrade_argument(const std::string& revision, bool sql);
/// downgrade: "a:b" needs --sql, and --sql needs "a:b"
/// ("downgrade with --sql requires <fromrev>:<torev>").
RangeArgument split_downgrade_argument(const std::string& revision, bool sql);

/// stamp's targets and offline start.
struct StampArguments {
  std::optional<std::string> start{};
  std::vector<std::string> targets{};
};

/// stamp: with --sql every "a:b" must share one start ("Stamp operation with
/// --sql only supports a single starting revision at a time"); --purge is
/// refused with --sql ("Can't use --purge with --sql mode"); without --sql a
/// colon is not special.
StampArguments split_stamp_arguments(const std::vector<std::string>& revisions, bool sql, bool purge);

/// The heads an offline run starts from: none for no start or "base", else
/// the one revision `start` names (any symbol). Throws CommandError as Alembic words it.
std::vector<std::string> offline_start_heads(const graph::RevisionGraph& graph,
                                             const std::optional<std::string>& start);

}  // namespace dbm::runtime
