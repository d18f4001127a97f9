// The seam between the graph's precise errors and what Alembic's CLI prints:
// ScriptDirectory._catch_revision_errors, reproduced. Callers that walk a
// range pass its ends so the messages name them as Alembic does.
#pragma once

#include <optional>
#include <string>

#include "base/error.h"
#include "graph/errors.h"

namespace dbm::graph {

/// Overrides for the texts, as _catch_revision_errors takes them.
struct CatchContext {
  std::optional<std::string> ancestor{};        ///< template with %(start)s / %(end)s
  std::optional<std::string> multiple_heads{};  ///< template with %(head_arg)s / %(heads)s
  std::optional<std::string> start{};           ///< range start as the user gave it
  std::optional<std::string> end{};             ///< range end; also names the argument of MultipleHeads
  std::optional<std::string> resolution{};      ///< replaces "Can't locate revision identified by ..."
};

/// Alembic's CLI wording for `error` (printed as `FAILED: <what()>`, exit 255).
CommandError to_command_error(const RevisionError& error, const CatchContext& context = {});

/// Runs `fn`, turning any RevisionError it throws into to_command_error(error, context).
template <typename Fn>
auto catch_revision_errors(const CatchContext& context, Fn&& fn) -> decltype(fn()) {
  try {
    return fn();
  } catch (const RevisionError& error) {
    throw to_command_error(error, context);
  }
}

}  // namespace dbm::graph
