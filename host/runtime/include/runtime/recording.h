// Calling into a plugin: a revision's upgrade or downgrade runs against a
// fresh recorder, guarded, and what it recorded comes back as data. The one
// place the host runs a revision's code, whatever the command.
#pragma once

#include <string>
#include <vector>

#include "dbm/context.h"
#include "dbm/operations.h"
#include "dbm/revision.h"

namespace dbm::runtime {

enum class RecordDirection : bool { kDowngrade = false, kUpgrade = true };

/// Which revisions run for this configuration. A plugin that names a
/// runs_for_option (quantum: [DEFAULT] core_plugin) runs a revision only when
/// its runs_for holds "*" or exactly the option's value (unset reads as "",
/// as upstream's option default); a revision that does not run records
/// nothing, and its step still moves the version row. Without an option,
/// every revision runs.
class RevisionSelection {
 public:
  RevisionSelection() = default;
  /// `[section] option` as the plugin names it; `value` what the config holds ("" unset).
  RevisionSelection(std::string section, std::string option, std::string value)
      : section_(std::move(section)), option_(std::move(option)), value_(std::move(value)) {}

  bool runs(const Revision& revision) const;
  /// Whether a list like Revision::runs_for names this configuration ("*":
  /// any); every list does when no option selects.
  bool selects(const std::vector<std::string>& runs_for) const;
  /// Whether a plugin option selects revisions at all.
  bool selective() const { return !option_.empty(); }
  const std::string& section() const { return section_; }
  const std::string& option() const { return option_; }
  const std::string& value() const { return value_; }
  /// "[DEFAULT] core_plugin = <value>" (or "… is not set"), for status and logs.
  std::string describe() const;

 private:
  std::string section_;
  std::string option_;
  std::string value_;
};

/// The operations `revision`'s upgrade (or downgrade) records for `context`.
/// Anything the plugin's code throws becomes a dbm::Error
/// "revision <id> (<message>): failed while recording its operations: <text>",
/// its text copied while the plugin is still loaded. A missing function is
/// an error too (a downgrade is looked for only where the planner allowed it).
/// A revision `selection` does not run records nothing, and its code is not called.
std::vector<Operation> record_operations(const Revision& revision, RecordDirection direction,
                                         const Context& context, const RevisionSelection& selection);

}  // namespace dbm::runtime
