// What `check` and `revision --autogenerate` share: the plugin's models
// compared with the schema its revisions build at head on every dialect (no
// database), or a live database compared with the schema its revisions build
// at the revision it is at; the plugin's known differences set aside.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "autogenerate/comparison.h"

namespace dbm::session {
class ProjectSession;
}

namespace dbm::commands {

/// One difference and the dialects it was found on, described alike on each.
struct FoundDifference {
  /// As the first of those dialects has it (sqlite's, then postgresql's, then mysql's).
  autogenerate::Difference difference{};
  std::vector<std::string> dialects{};
  /// As each of `dialects` has it, in their order: the operations that close
  /// it may differ (a re-created column takes the type that dialect found).
  std::vector<autogenerate::Difference> on_each{};
};

struct ModelComparison {
  std::vector<FoundDifference> differences{};
  /// Known differences that did not occur, described: each must go.
  std::vector<std::string> stale_known{};
  /// The dialects compared on.
  std::vector<std::string> dialects{};
};

/// The models against the schema the revisions build up to `heads` (every
/// head when empty), on sqlite, postgresql and mysql. Throws CommandError
/// when the plugin declares no models.
ModelComparison compare_models(session::ProjectSession& project, const autogenerate::ComparisonOptions& options,
                               std::vector<std::string> heads = {});

/// The models against the configured database, which must be at head
/// (`revision --autogenerate` with a database, Alembic's way): on its dialect.
/// Throws CommandError "Target database is not up to date." otherwise.
ModelComparison compare_models_with_database(session::ProjectSession& project,
                                             const autogenerate::ComparisonOptions& options);

/// The live database against the schema replayed at its current revision
/// (`check --live`): drift, on the database's own dialect. Known differences
/// do not apply: they are between models and revisions.
ModelComparison compare_live(session::ProjectSession& project);

/// `('modify_type', 't', 'c', 'VARCHAR(255)', 'VARCHAR(36)')`, with the
/// dialects last when not all of `comparison`'s.
std::string describe(const FoundDifference& found, const ModelComparison& comparison);

/// The operations of the differences found on `dialect`, in an order every
/// database takes: what brings its schema to the models, and back.
std::vector<Operation> upgrade_operations(const ModelComparison& comparison, std::string_view dialect);
std::vector<Operation> downgrade_operations(const ModelComparison& comparison, std::string_view dialect);

}  // namespace dbm::commands
