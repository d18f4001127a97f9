// The outside tools a test uses to look at a database the way a DBA would:
// the dialect's own client to run a script, and the project's dumper
// (tests/conformance/schema_snapshot.py, the reference data's format) to
// compare schemas. Knows nothing about db-manage.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "support/run_db_manage.h"
#include "support/scratch_target.h"

namespace dbm::e2e {

/// Runs `script` on `target` with sqlite3 / psql / mysql, stopping at the first error.
RunResult apply_script(const ScratchTarget& target, const std::filesystem::path& script);

/// Writes the dumper's JSON of the live database at `url` to `file` (fails the test on error).
void dump_schema(const std::string& url, const std::filesystem::path& file);

/// Empty when the live database at `url` has the schema of the dump `expected`,
/// else the differences (or why the comparison could not run). `flags` go to
/// tests/conformance/compare_schema.py (e.g. --from-postgresql).
std::string schema_difference(const std::string& url, const std::filesystem::path& expected,
                              const std::vector<std::string>& flags = {});

/// What tests/conformance/schema_extra.py prints for `url`: PostgreSQL's enum
/// types with their labels, MySQL's enum labels and engines, CHECK
/// constraints (the reference's *_extra.json format). Fails the test on error.
std::string schema_extra(const std::string& url);

/// Empty when schema_extra(url) equals the file `expected`, else both texts.
std::string extra_difference(const std::string& url, const std::filesystem::path& expected);

}  // namespace dbm::e2e
