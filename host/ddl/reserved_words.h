// SQLAlchemy 1.4's reserved word lists per dialect: the one fact behind its
// decision to quote an identifier. Data only.
#pragma once

#include <string_view>

namespace dbm::ddl {

/// REQUIRES: `lowercase_word` is lower case. Unknown dialects use SQLite's list.
bool is_reserved_word(std::string_view dialect, std::string_view lowercase_word);

}  // namespace dbm::ddl
