// What `check` and `revision --autogenerate` share: the plugin's models
// compared with the schema its revisions build at head on every dialect (no
// database), or a live database compared with the schema its revisions build
// at the revision it is at; the plugin's known differences set aside.
#pragma once

#include <string>
#include <vector>

#include "autogenerate/comparison.h"

namespace dbm::session {
class ProjectSession;
}

namespace dbm::commands {

/// One difference and the dialects it was found on; its operations are the
/// first of those dialects' (sqlite's, then postgresql's, then mysql's).
struct FoundDifference {
  autogenerate::Difference difference{};
  std::vector<std::string> dialects{};
};

struct ModelComparison {
  std::vector<FoundDifference> differences{};
  /// Known differences that did not occur, described: each must go.
  std::vector<std::string> stale_known{};
  /// The dialects compared on.
  std::vector<std::string> dialects{};
};

/// The models against head, on sqlite, postgresql and mysql. Throws
/// CommandError when the plugin declares no models.
ModelComparison compare_models(session::ProjectSession& project, const autogenerate::ComparisonOptions& options);

/// The live database against the schema replayed at its current revision
/// (`check --live`): drift, on the database's own dialect. Known differences
/// do not apply: they are between models and revisions.
ModelComparison compare_live(session::ProjectSession& project);

/// `('modify_type', 't', 'c', 'VARCHAR(255)', 'VARCHAR(36)')`, with the
/// dialects last when not all of `comparison`'s.
std::string describe(const FoundDifference& found, const ModelComparison& comparison);

/// Every difference's operations, in an order every database takes.
std::vector<Operation> upgrade_operations(const ModelComparison& comparison);
std::vector<Operation> downgrade_operations(const ModelComparison& comparison);

}  // namespace dbm::commands
