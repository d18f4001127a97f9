// Writes oslo-style config files for e2e tests.
// Knows nothing about how db-manage parses them.
#include "config_file.h"

#include <string>

namespace dbm::e2e {

std::filesystem::path write_database_config(const TempDir& dir, std::string_view url, std::string_view name) {
  return dir.write_file(std::string(name), "[database]\nconnection = " + std::string(url) + "\n");
}

}  // namespace dbm::e2e
