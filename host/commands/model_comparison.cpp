// Runs the comparison per dialect and folds the results: one entry per
// difference described alike, with the dialects it holds on.
#include "model_comparison.h"

#include <dbm/plugin.h>

#include <algorithm>
#include <map>
#include <utility>

#include "base/error.h"
#include "base/join.h"
#include "config/db_url.h"
#include "db/database.h"
#include "db/reflection.h"
#include "dialect/dialect.h"
#include "graph/revision_graph.h"
#include "plugins/loaded_plugin.h"
#include "runtime/recording.h"
#include "schema/schema.h"
#include "session/project_session.h"

namespace dbm::commands {
namespace {

constexpr const char* kDialects[] = {"sqlite", "postgresql", "mysql"};

std::vector<autogenerate::Difference> differences_on(const ModelComparison& comparison, std::string_view dialect) {
  std::vector<autogenerate::Difference> out;
  for (const FoundDifference& f : comparison.differences) {
    for (std::size_t i = 0; i < f.dialects.size(); ++i) {
      if (f.dialects[i] == dialect) out.push_back(f.on_each[i]);
    }
  }
  return out;
}

// The models and known differences of the project's configuration: the
// plugin's own, and those its selection option selects (quantum's core plugin).
struct ConfiguredModels {
  std::vector<Table> tables;
  std::vector<KnownDifference> known_differences;
};

ConfiguredModels configured_models(session::ProjectSession& project) {
  const Plugin& plugin = project.plugin().plugin();
  const runtime::RevisionSelection selection = project.revision_selection();
  ConfiguredModels out{.tables = plugin.models, .known_differences = {}};
  for (const SelectedModels& selected : plugin.selected_models) {
    if (!selection.selects(selected.runs_for)) continue;
    out.tables.insert(out.tables.end(), selected.tables.begin(), selected.tables.end());
  }
  if (out.tables.empty()) {
    throw CommandError("the plugin for project '" + project.name() +
                       "' declares no models: there is nothing to compare its revisions with");
  }
  for (const KnownDifference& known : plugin.known_differences) {
    if (known.runs_for.empty() || selection.selects(known.runs_for)) out.known_differences.push_back(known);
  }
  return out;
}

// Differences found dialect by dialect, folded into one entry per difference
// described alike; with models, their known differences are set aside and
// those never met are reported as stale.
class Folder {
 public:
  Folder() = default;
  explicit Folder(ConfiguredModels models)
      : models_(std::move(models)), known_used_(models_.known_differences.size(), false) {}

  void add(std::vector<autogenerate::Difference> differences, const dialect::Dialect& dialect) {
    const std::string name(dialect.name());
    out_.dialects.push_back(name);
    std::erase_if(differences, [&](const autogenerate::Difference& d) {
      bool known = false;
      for (std::size_t i = 0; i < models_.known_differences.size(); ++i) {
        if (autogenerate::declares(models_.known_differences[i], d, name)) known = known_used_[i] = true;
      }
      return known;
    });
    for (const autogenerate::Difference& d : differences) {
      const auto [it, added] = at_.emplace(autogenerate::describe(d), out_.differences.size());
      if (added) out_.differences.push_back(FoundDifference{.difference = d});
      out_.differences[it->second].dialects.push_back(name);
      out_.differences[it->second].on_each.push_back(d);
    }
  }

  /// The models against `found` on `dialect`.
  void add_compared(const schema::Schema& found, const dialect::Dialect& dialect,
                    const autogenerate::ComparisonOptions& options) {
    add(autogenerate::compare(models_.tables, found, dialect, options), dialect);
  }

  /// The folded comparison; `with_stale`: the known differences never met, described.
  ModelComparison result(bool with_stale) {
    if (with_stale) {
      for (std::size_t i = 0; i < known_used_.size(); ++i) {
        if (known_used_[i]) continue;
        const KnownDifference& k = models_.known_differences[i];
        std::string text =
            "('" + k.operation + "', '" + k.table + "'" + (k.object.empty() ? "" : ", '" + k.object + "'") + ")";
        if (!k.dialects.empty()) text += " on " + text::join(k.dialects, ", ");
        out_.stale_known.push_back(text);
      }
    }
    return std::move(out_);
  }

 private:
  ConfiguredModels models_;
  std::vector<bool> known_used_;
  ModelComparison out_;
  std::map<std::string, std::size_t> at_;  // a difference's description → its place in out_
};

}  // namespace

ModelComparison compare_models(session::ProjectSession& project, const autogenerate::ComparisonOptions& options,
                               std::vector<std::string> heads) {
  Folder folder(configured_models(project));
  if (heads.empty()) heads = project.graph().heads();
  for (const char* name : kDialects) {
    const dialect::Dialect& dialect = dialect::dialect_named(name);
    folder.add_compared(project.built_schema(dialect, heads), dialect, options);
  }
  return folder.result(true);
}

ModelComparison compare_models_with_database(session::ProjectSession& project,
                                             const autogenerate::ComparisonOptions& options) {
  Folder folder(configured_models(project));
  const dialect::Dialect& dialect = project.dialect();
  std::vector<std::string> current = project.current_heads();
  std::vector<std::string> heads = project.graph().heads();
  std::sort(current.begin(), current.end());
  std::sort(heads.begin(), heads.end());
  // Alembic's refusal, with its text: the differences would mix what the
  // models changed with revisions the database has not run yet.
  if (current != heads) throw CommandError("Target database is not up to date.");
  // A tree with no revisions is at head on a SQLite file that is not there:
  // opening it would create it.
  folder.add_compared(db::is_missing_file_database(project.url(), dialect)
                          ? schema::Schema{}
                          : db::reflect_schema(project.database(), {project.version_table()}),
                      dialect, options);
  // Known differences are between the models and what the revisions build
  // on every dialect; one database meets only its own.
  return folder.result(false);
}

ModelComparison compare_live(session::ProjectSession& project) {
  const dialect::Dialect& dialect = project.dialect();
  // Opening a SQLite file that is not there would create it.
  if (db::is_missing_file_database(project.url(), dialect)) {
    throw CommandError("there is no database at '" + project.url().written + "' to compare with its revisions");
  }
  const schema::Schema expected = project.built_schema(dialect, project.current_heads());
  const schema::Schema live = db::reflect_schema(project.database(), {project.version_table()});
  Folder folder;
  folder.add(autogenerate::compare(expected.tables, live, dialect), dialect);
  return folder.result(false);
}

std::string describe(const FoundDifference& found, const ModelComparison& comparison) {
  std::string text = autogenerate::describe(found.difference);
  if (found.dialects.size() == comparison.dialects.size()) return text;
  text.pop_back();
  return text + ", '" + text::join(found.dialects, " ") + "')";
}

std::vector<Operation> upgrade_operations(const ModelComparison& comparison, std::string_view dialect) {
  return autogenerate::upgrade_operations(differences_on(comparison, dialect));
}

std::vector<Operation> downgrade_operations(const ModelComparison& comparison, std::string_view dialect) {
  return autogenerate::downgrade_operations(differences_on(comparison, dialect));
}

}  // namespace dbm::commands
