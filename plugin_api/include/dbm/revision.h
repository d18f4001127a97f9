// A revision: its place in the graph (the same id and parents as the Alembic
// tree it ports) and two functions that record operations. A revision with
// no downgrade is irreversible, as in the sahara and tacker trees.
#pragma once

#include <functional>
#include <source_location>
#include <string>
#include <vector>

#include "dbm/operations.h"

namespace dbm {

using MigrationFn = std::function<void(Operations&)>;

struct Revision {
  std::string id{};                          ///< at most 32 characters; no '@', '-', '+', ':'
  std::vector<std::string> down{};           ///< parents: none (a base), one, or several (a merge)
  std::string message{};
  std::string create_date{};                 ///< as in the upstream docstring, e.g. "2014-02-19 17:23:47.705197"
  MigrationFn upgrade{};
  MigrationFn downgrade{};                   ///< empty: irreversible
  std::vector<std::string> branch_labels{};
  std::vector<std::string> depends_on{};
  /// The module docstring `show` prints; empty: Alembic's template is used
  /// ("<message>\n\nRevision ID: …\nRevises: …\nCreate Date: …"). Only
  /// whitespace: the module has no docstring, and Alembic shows no message.
  std::string doc{};
  /// Where the revision is defined; `show` prints it as Alembic prints the script path.
  std::source_location location = std::source_location::current();
};

}  // namespace dbm
