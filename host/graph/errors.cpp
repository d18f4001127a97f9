// Alembic's low-level texts for the graph's errors (script/revision.py), kept
// verbatim because they surface in messages and tests; the CLI wording lives
// in command_error.cpp.
#include "graph/errors.h"
#include "base/join.h"

namespace dbm::graph {
namespace {

std::string unknown_text(const std::string& argument) {
  std::string text = "No such revision or branch '" + argument + "'";
  if (argument.size() < 4) {
    text += "; please ensure at least four characters are present for partial revision identifier matches";
  }
  return text;
}

std::string ambiguous_text(const std::string& argument, const std::vector<std::string>& candidates) {
  std::string quoted;
  for (std::size_t i = 0; i < candidates.size() && i < 3; ++i) {
    quoted += (i ? ", '" : "'") + candidates[i] + "'";
  }
  return "Multiple revisions start with '" + argument + "': " + quoted + "...";
}

}  // namespace

UnknownRevision::UnknownRevision(const std::string& argument)
    : ResolutionError(unknown_text(argument), argument) {}

AmbiguousPrefix::AmbiguousPrefix(const std::string& argument, std::vector<std::string> candidates)
    : ResolutionError(ambiguous_text(argument, candidates), argument), candidates_(std::move(candidates)) {}

UnknownBranch::UnknownBranch(const std::string& label)
    : ResolutionError("No such branch: '" + label + "'", label) {}

NotInBranch::NotInBranch(const std::string& revision, const std::string& label, const std::string& argument)
    : ResolutionError("Revision " + revision + " is not a member of branch '" + label + "'", argument) {}

MultipleHeads::MultipleHeads(std::vector<std::string> heads, std::string argument)
    : RevisionError("Multiple heads are present for given argument '" + argument + "'; " + text::join(heads, ", ")),
      heads_(std::move(heads)),
      argument_(std::move(argument)) {}

RangeNotAncestor::RangeNotAncestor(std::string lower, std::string upper, const std::string& message)
    : RevisionError(message), lower_(std::move(lower)), upper_(std::move(upper)) {}

RelativeOutOfRange::RelativeOutOfRange(const std::string& relative, long steps)
    : RevisionError("Relative revision " + relative + " didn't produce " + std::to_string(steps) +
                    " migrations") {}

}  // namespace dbm::graph
