// A revision: its place in the graph (the same id and parents as the Alembic
// tree it ports) and two functions that record operations. A revision with
// no downgrade is irreversible, as in the sahara and tacker trees. Light on
// purpose: the host's graph reads revisions without the operations.
#pragma once

#include <source_location>
#include <string>
#include <vector>

namespace dbm {

class Operations;

/// What upgrade() and downgrade() are: plain functions, as in an Alembic script.
using MigrationFn = void (*)(Operations&);

struct Revision {
  std::string id{};                          ///< at most 32 characters; no '@', '-', '+', ':'
  std::vector<std::string> down{};           ///< parents: none (a base), one, or several (a merge)
  std::string message{};
  std::string create_date{};                 ///< as in the upstream docstring, e.g. "2014-02-19 17:23:47.705197"
  MigrationFn upgrade = nullptr;
  MigrationFn downgrade = nullptr;           ///< null: irreversible
  std::vector<std::string> branch_labels{};
  std::vector<std::string> depends_on{};
  /// The values of the plugin's ConfigConventions::runs_for_option this
  /// revision runs for ("*": any). A revision that does not apply records
  /// nothing but still moves the version row, as Alembic does with a script
  /// whose upgrade returns early. Empty: it never runs (quantum's lbaas).
  std::vector<std::string> runs_for = {"*"};
  /// The module docstring `show` prints; empty: Alembic's template is used
  /// ("<message>\n\nRevision ID: …\nRevises: …\nCreate Date: …"). Only
  /// whitespace: the module has no docstring, and Alembic shows no message.
  std::string doc{};
  /// Where the revision is defined; `show` prints it as Alembic prints the script path.
  std::source_location location = std::source_location::current();
};

}  // namespace dbm

/// Defines the revision of one revision file:
///   DBM_REVISION({.id = "23d6240b51b2", .down = {"2bcfe76b0474"}, ...})
/// Write it inside the plugin's namespace (dbm::<project>), after the
/// functions it names. dbm_add_service_plugin compiles each file listed in
/// the plugin's revisions.list with DBM_REVISION_FUNCTION set to a function
/// name made from the file's name, and calls those functions in the list's
/// order. (The name is only expanded where DBM_REVISION is used, so this
/// header can be precompiled once for every revision file.)
#define DBM_REVISION(...) \
  ::dbm::Revision DBM_REVISION_FUNCTION() { return ::dbm::Revision __VA_ARGS__; }
