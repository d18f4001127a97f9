#include "reference_dumps.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include "support/schema_tools.h"

namespace dbm::conformance {

namespace fs = std::filesystem;

namespace {

/// Whether Alembic's version table in `dump` names `revision` (base: no row).
bool stands_at(const fs::path& dump, const std::string& revision) {
  std::ifstream in(dump);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto versions = text.find("\"version_tables\"");
  if (versions == std::string::npos) return false;
  if (revision == "base") return text.find("\"alembic_version\": []", versions) != std::string::npos;
  return text.find("\"" + revision + "\"", versions) != std::string::npos;
}

}  // namespace

fs::path fixture_dir(const std::string& project) { return fs::path(DBM_SOURCE_DIR) / "tests/fixtures" / project; }

std::vector<Dump> dumps_in(const fs::path& dir) {
  std::vector<Dump> dumps;
  for (const auto& entry : fs::directory_iterator(dir)) {  // throws when dir is missing
    const std::string name = entry.path().filename().string();
    if (name.size() < 5 || name[3] != '_' || !std::isdigit(static_cast<unsigned char>(name[0]))) continue;
    std::string stem = entry.path().stem().string().substr(4);
    bool failed = stem.size() > 7 && stem.ends_with(".FAILED");
    if (failed) stem.resize(stem.size() - 7);
    failed = failed || !stands_at(entry.path(), stem);
    dumps.push_back({stem, entry.path(), failed});
  }
  if (dumps.empty()) throw std::runtime_error("no reference dumps in " + dir.string());
  std::sort(dumps.begin(), dumps.end(), [](const Dump& a, const Dump& b) { return a.path < b.path; });
  return dumps;
}

int failed_step(const fs::path& dir) {
  int step = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (!name.ends_with(".FAILED_STATE.json")) continue;
    if (step != 0) throw std::runtime_error("more than one failed step in " + dir.string());
    step = std::stoi(name.substr(0, 3));
  }
  return step;
}

std::string compare_schema(const std::string& url, const fs::path& dump) { return e2e::schema_difference(url, dump); }

}  // namespace dbm::conformance
