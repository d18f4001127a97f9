// The seed READMEs' authoring lines, `revision -m "description of revision"`
// with and without --autogenerate, run by a service's own tool as its README
// shows them — but writing into a scratch copy of the plugin's source tree.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace dbm::e2e {

/// Runs both lines through `<service>-db-manage --config-file CONFIG ...`
/// (each of `configs`, in order), each writing
/// `<id>_description_of_revision.cpp` into its own copy of plugins/<service>
/// (--source-dir). The configured database must be at head: with
/// --autogenerate the models are compared with it, and must agree (the
/// draft records nothing). Reports failures through GoogleTest.
void expect_readme_authoring_lines(const std::string& service, const std::vector<std::filesystem::path>& configs);

}  // namespace dbm::e2e
