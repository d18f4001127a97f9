// SQL literals as SQLAlchemy renders bound values inline (literal_binds):
// strings, numbers, booleans and NULL, per dialect.
#pragma once

#include <string>
#include <string_view>

#include "dbm/operations.h"
#include "dialect/dialect.h"

namespace dbm::dialect {

/// 'it''s'; MySQL also doubles backslashes. Throws dbm::Error on a NUL byte,
/// which no dialect accepts inside a literal.
std::string string_literal(std::string_view value, const Dialect& dialect);

/// NULL, 42, 0.5 (Python's repr), true/false (1/0 on SQLite), or a string literal.
std::string value_literal(const Value& value, const Dialect& dialect);

/// Python's repr() of a float: shortest round-trip digits, `2.0`, `1e+16`.
std::string python_float_repr(double value);

/// sa.true()/sa.false() for this dialect.
std::string boolean_literal(bool value, const Dialect& dialect);

}  // namespace dbm::dialect
