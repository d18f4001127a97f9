// SQLAlchemy 1.4's reserved word lists per dialect: the one fact behind its
// decision to quote an identifier. Data only.
#pragma once

#include <string_view>

namespace dbm::dialect {

/// Whether each dialect's list holds `lowercase_word`. REQUIRES: lower case.
bool sqlite_reserves(std::string_view lowercase_word);
bool postgresql_reserves(std::string_view lowercase_word);
bool mysql_reserves(std::string_view lowercase_word);

}  // namespace dbm::dialect
