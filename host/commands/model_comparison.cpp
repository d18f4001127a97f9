// Runs the comparison per dialect and folds the results: one entry per
// difference described alike, with the dialects it holds on.
#include "model_comparison.h"

#include <dbm/plugin.h>

#include <algorithm>
#include <map>

#include "base/error.h"
#include "base/join.h"
#include "config/db_url.h"
#include "db/database.h"
#include "db/reflection.h"
#include "dialect/dialect.h"
#include "graph/revision_graph.h"
#include "plugins/loaded_plugin.h"
#include "schema/schema.h"
#include "session/project_session.h"

namespace dbm::commands {
namespace {

constexpr const char* kDialects[] = {"sqlite", "postgresql", "mysql"};

// `at` maps each difference's description to its place in `out`.
void fold(ModelComparison& out, std::map<std::string, std::size_t>& at,
          const std::vector<autogenerate::Difference>& differences, const std::string& dialect) {
  for (const autogenerate::Difference& d : differences) {
    const auto [it, added] = at.emplace(autogenerate::describe(d), out.differences.size());
    if (added) out.differences.push_back(FoundDifference{.difference = d});
    out.differences[it->second].dialects.push_back(dialect);
    out.differences[it->second].on_each.push_back(d);
  }
}

std::vector<autogenerate::Difference> differences_on(const ModelComparison& comparison, std::string_view dialect) {
  std::vector<autogenerate::Difference> out;
  for (const FoundDifference& f : comparison.differences) {
    for (std::size_t i = 0; i < f.dialects.size(); ++i) {
      if (f.dialects[i] == dialect) out.push_back(f.on_each[i]);
    }
  }
  return out;
}

const Plugin& plugin_with_models(session::ProjectSession& project) {
  const Plugin& plugin = project.plugin().plugin();
  if (plugin.models.empty()) {
    throw CommandError("the plugin for project '" + project.name() +
                       "' declares no models: there is nothing to compare its revisions with");
  }
  return plugin;
}

// The models against `found` on `dialect`, folded into `out`; the plugin's
// known differences on that dialect set aside (`known_used` marks each one met).
void compare_with_models(ModelComparison& out, std::map<std::string, std::size_t>& at, const Plugin& plugin,
                         const schema::Schema& found, const dialect::Dialect& dialect,
                         const autogenerate::ComparisonOptions& options, std::vector<bool>& known_used) {
  const std::string name(dialect.name());
  out.dialects.push_back(name);
  std::vector<autogenerate::Difference> differences = autogenerate::compare(plugin.models, found, dialect, options);
  std::erase_if(differences, [&](const autogenerate::Difference& d) {
    bool known = false;
    for (std::size_t i = 0; i < plugin.known_differences.size(); ++i) {
      if (autogenerate::declares(plugin.known_differences[i], d, name)) known = known_used[i] = true;
    }
    return known;
  });
  fold(out, at, differences, name);
}

}  // namespace

ModelComparison compare_models(session::ProjectSession& project, const autogenerate::ComparisonOptions& options,
                               std::vector<std::string> heads) {
  const Plugin& plugin = plugin_with_models(project);
  if (heads.empty()) heads = project.graph().heads();
  ModelComparison out;
  std::map<std::string, std::size_t> at;
  std::vector<bool> known_used(plugin.known_differences.size(), false);
  for (const char* name : kDialects) {
    const dialect::Dialect& dialect = dialect::dialect_named(name);
    compare_with_models(out, at, plugin, project.built_schema(dialect, heads), dialect, options, known_used);
  }
  for (std::size_t i = 0; i < plugin.known_differences.size(); ++i) {
    if (known_used[i]) continue;
    const KnownDifference& k = plugin.known_differences[i];
    std::string text = "('" + k.operation + "', '" + k.table + "'" + (k.object.empty() ? "" : ", '" + k.object + "'") + ")";
    if (!k.dialects.empty()) text += " on " + text::join(k.dialects, ", ");
    out.stale_known.push_back(text);
  }
  return out;
}

ModelComparison compare_models_with_database(session::ProjectSession& project,
                                             const autogenerate::ComparisonOptions& options) {
  const Plugin& plugin = plugin_with_models(project);
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
  const schema::Schema found = db::is_missing_file_database(project.url(), dialect)
                                   ? schema::Schema{}
                                   : db::reflect_schema(project.database(), {project.version_table()});
  ModelComparison out;
  std::map<std::string, std::size_t> at;
  std::vector<bool> known_used(plugin.known_differences.size(), false);
  compare_with_models(out, at, plugin, found, dialect, options, known_used);
  return out;
}

ModelComparison compare_live(session::ProjectSession& project) {
  const dialect::Dialect& dialect = project.dialect();
  // Opening a SQLite file that is not there would create it.
  if (db::is_missing_file_database(project.url(), dialect)) {
    throw CommandError("there is no database at '" + project.url().written + "' to compare with its revisions");
  }
  const std::vector<std::string> heads = project.current_heads();
  const schema::Schema expected = project.built_schema(dialect, heads);
  const schema::Schema live = db::reflect_schema(project.database(), {project.version_table()});
  ModelComparison out;
  std::map<std::string, std::size_t> at;
  out.dialects.emplace_back(dialect.name());
  fold(out, at, autogenerate::compare(expected.tables, live, dialect), std::string(dialect.name()));
  return out;
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
