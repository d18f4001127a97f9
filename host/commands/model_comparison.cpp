// Runs the comparison per dialect and folds the results: one entry per
// difference described alike, with the dialects it holds on.
#include "model_comparison.h"

#include <map>
#include <dbm/plugin.h>

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
    if (added) {
      out.differences.push_back(FoundDifference{d, {dialect}});
    } else {
      out.differences[it->second].dialects.push_back(dialect);
    }
  }
}

std::vector<autogenerate::Difference> differences_of(const ModelComparison& comparison) {
  std::vector<autogenerate::Difference> out;
  for (const FoundDifference& f : comparison.differences) out.push_back(f.difference);
  return out;
}

}  // namespace

ModelComparison compare_models(session::ProjectSession& project, const autogenerate::ComparisonOptions& options) {
  const Plugin& plugin = project.plugin().plugin();
  if (plugin.models.empty()) {
    throw CommandError("the plugin for project '" + project.name() +
                       "' declares no models: there is nothing to compare its revisions with ('check --live' "
                       "compares a database with its revisions)");
  }
  const std::vector<std::string> heads = project.graph().heads();
  ModelComparison out;
  std::map<std::string, std::size_t> at;
  std::vector<bool> known_used(plugin.known_differences.size(), false);
  for (const char* name : kDialects) {
    const dialect::Dialect& dialect = dialect::dialect_named(name);
    out.dialects.emplace_back(name);
    std::vector<autogenerate::Difference> found =
        autogenerate::compare(plugin.models, project.built_schema(dialect, heads), dialect, options);
    std::erase_if(found, [&](const autogenerate::Difference& d) {
      bool known = false;
      for (std::size_t i = 0; i < plugin.known_differences.size(); ++i) {
        if (autogenerate::declares(plugin.known_differences[i], d, name)) known = known_used[i] = true;
      }
      return known;
    });
    fold(out, at, found, name);
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

std::vector<Operation> upgrade_operations(const ModelComparison& comparison) {
  return autogenerate::upgrade_operations(differences_of(comparison));
}

std::vector<Operation> downgrade_operations(const ModelComparison& comparison) {
  return autogenerate::downgrade_operations(differences_of(comparison));
}

}  // namespace dbm::commands
