// The reference schema dumps real Alembic produced (tests/fixtures/<project>/
// <dialect>/NNN_<revision>[.FAILED].json, provenance in each folder's README)
// and the comparison of a live database with one of them through the
// project's dumper. A missing fixture is an error, never an empty walk.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace dbm::conformance {

/// One reference dump: the revision it follows and whether Alembic failed there.
struct Dump {
  std::string revision;  ///< "base" for 000_base
  std::filesystem::path path;
  bool failed = false;  ///< Alembic did not stand at `revision` when this was taken
};

/// tests/fixtures/<project>: that project's reference data in the repository.
std::filesystem::path fixture_dir(const std::string& project);

/// The NNN_<rev>[.FAILED].json files of `dir`, in file-name (= upgrade) order.
/// A dump whose version table does not name its revision counts as failed.
/// Throws when `dir` is missing or holds no dump.
std::vector<Dump> dumps_in(const std::filesystem::path& dir);

/// The step number NNN of the NNN_<rev>.FAILED_STATE.json in `dir`: where a
/// stepwise run of real Alembic stopped on that dialect (0 when it did not).
/// From that step on there is no dump of this dialect to compare with.
int failed_step(const std::filesystem::path& dir);

/// Empty when the live schema at `url` equals `dump`, else the differences
/// (or why the comparison itself could not run).
std::string compare_schema(const std::string& url, const std::filesystem::path& dump);

}  // namespace dbm::conformance
