// Alembic's user-facing texts for revision errors (script/base.py), with the
// same precedence: range errors, then multiple heads, then resolution, then
// the error's own text.
#include "graph/command_error.h"
#include "base/join.h"

namespace dbm::graph {
namespace {

std::string substitute(std::string text, const std::string& key, const std::string& value) {
  const std::string token = "%(" + key + ")s";
  for (auto at = text.find(token); at != std::string::npos; at = text.find(token, at + value.size())) {
    text.replace(at, token.size(), value);
  }
  return text;
}

}  // namespace

CommandError to_command_error(const RevisionError& error, const CatchContext& context) {
  if (const auto* range = dynamic_cast<const RangeNotAncestor*>(&error)) {
    std::string text = context.ancestor.value_or(
        "Requested range %(start)s:%(end)s does not refer to ancestor/descendant revisions along the same branch");
    text = substitute(text, "start", context.start.value_or(range->lower()));
    return CommandError(substitute(text, "end", context.end.value_or(range->upper())));
  }
  if (const auto* heads = dynamic_cast<const MultipleHeads*>(&error)) {
    std::string text = context.multiple_heads.value_or(
        "Multiple head revisions are present for given argument '%(head_arg)s'; please specify a specific "
        "target revision, '<branchname>@%(head_arg)s' to narrow to a specific head, or 'heads' for all heads");
    const std::string head_arg = context.end && !context.end->empty() ? *context.end : heads->argument();
    text = substitute(text, "head_arg", head_arg);
    return CommandError(substitute(text, "heads", text::join(heads->heads(), ", ")));
  }
  if (const auto* unresolved = dynamic_cast<const ResolutionError*>(&error)) {
    return CommandError(context.resolution.value_or("Can't locate revision identified by '" +
                                                    unresolved->argument() + "'"));
  }
  return CommandError(error.what());
}

}  // namespace dbm::graph
