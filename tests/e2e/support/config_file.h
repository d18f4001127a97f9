// The smallest service config file an e2e test needs: the [database] section with one URL.
// Knows nothing about the other options a service reads.
#pragma once

#include <filesystem>
#include <string_view>

#include "temp_dir.h"

namespace dbm::e2e {

/// Writes "[database]\nconnection = <url>\n" to `name` in `dir` and returns the file's path.
std::filesystem::path write_database_config(const TempDir& dir, std::string_view url,
                                            std::string_view name = "db-manage.conf");

}  // namespace dbm::e2e
