// The seed READMEs' authoring lines, `revision -m "description of revision"`
// with and without --autogenerate, run by a service's own tool as its README
// shows them — but writing into a scratch copy of the plugin's source tree.
#pragma once

#include <string>

namespace dbm::e2e {

/// Runs both lines through `<service>-db-manage --config-file CONFIG`:
/// --autogenerate must refuse ("not available yet"); the plain one must
/// write `<id>_description_of_revision.cpp` into a copy of plugins/<service>
/// (--source-dir). Reports failures through GoogleTest.
void expect_readme_authoring_lines(const std::string& service, const std::string& config);

}  // namespace dbm::e2e
