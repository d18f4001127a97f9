// Runs plugin code behind a guard; see recording.h.
#include "runtime/recording.h"

#include <algorithm>
#include <exception>
#include <string>

#include "base/error.h"

namespace dbm::runtime {

bool RevisionSelection::runs(const Revision& revision) const { return selects(revision.runs_for); }

bool RevisionSelection::selects(const std::vector<std::string>& runs_for) const {
  if (!selective()) return true;
  return std::find(runs_for.begin(), runs_for.end(), "*") != runs_for.end() ||
         std::find(runs_for.begin(), runs_for.end(), value_) != runs_for.end();
}

std::string RevisionSelection::describe() const {
  const std::string name = "[" + section_ + "] " + option_;
  return value_.empty() ? name + " is not set" : name + " = " + value_;
}

std::vector<Operation> record_operations(const Revision& revision, RecordDirection direction,
                                         const Context& context, const RevisionSelection& selection) {
  if (!selection.runs(revision)) return {};
  const std::string name = "revision " + revision.id + " (" + revision.message + ")";
  const MigrationFn fn = direction == RecordDirection::kUpgrade ? revision.upgrade : revision.downgrade;
  if (fn == nullptr) {
    throw Error(name + ": has no " + (direction == RecordDirection::kUpgrade ? "upgrade" : "downgrade") +
                " function");
  }
  Operations recorder(context, revision.id);
  try {
    fn(recorder);
  } catch (const std::exception& e) {
    // Copy the text now: the exception object belongs to the plugin's code.
    throw Error(name + ": failed while recording its operations: " + e.what());
  } catch (...) {
    throw Error(name + ": failed while recording its operations (it threw something that is not a std::exception)");
  }
  return recorder.release();
}

}  // namespace dbm::runtime
