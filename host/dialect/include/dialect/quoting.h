// Identifier quoting exactly as SQLAlchemy's IdentifierPreparer decides it:
// bare when lower case, legal and not reserved; quoted otherwise.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dialect/dialect.h"

namespace dbm::dialect {

/// `user` → `"user"` on PostgreSQL, `MixedCase` → `` `MixedCase` `` on MySQL.
std::string quote(std::string_view identifier, const Dialect& dialect);

/// Quoted identifiers joined by ", ".
std::string quote_list(const std::vector<std::string>& identifiers, const Dialect& dialect);

}  // namespace dbm::dialect
