// Opens a SOCI session from a test database URL; the support library's only SOCI session site.
// Knows nothing about which tables or databases a test uses.
#pragma once

#include <memory>
#include <string_view>

#include <soci/soci.h>

namespace dbm::e2e {

/// Connects to the database `url` names, or throws soci::soci_error.
std::unique_ptr<soci::session> open_session(std::string_view url);

}  // namespace dbm::e2e
