// Literal rendering. PostgreSQL deliberately does NOT double backslashes:
// SQLAlchemy does so offline only because it cannot ask the server, but every
// supported PostgreSQL has standard_conforming_strings=on, where the doubled
// form would store two backslashes.
#include "dialect/literal.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

#include "base/error.h"

namespace dbm::dialect {

std::string string_literal(std::string_view value, const Dialect& dialect) {
  std::string out = "'";
  for (char ch : value) {
    if (ch == '\0') {
      throw Error("cannot render a string containing a NUL byte as a " + std::string(dialect.name()) +
                  " literal");
    }
    if (ch == '\'') out += '\'';
    if (ch == '\\' && dialect.syntax().backslash_escapes) out += '\\';
    out += ch;
  }
  out += '\'';
  return out;
}

std::string boolean_literal(bool value, const Dialect& dialect) {
  if (dialect.syntax().native_boolean) return value ? "true" : "false";
  return value ? "1" : "0";
}

std::string python_float_repr(double value) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
  const std::string sci(buf, res.ptr);  // e.g. "-1.2345e+17"
  const auto e = sci.find('e');
  std::string mantissa = sci.substr(0, e);
  const int exponent = std::atoi(sci.c_str() + e + 1);
  const bool negative = mantissa.front() == '-';
  if (negative) mantissa.erase(0, 1);
  std::string digits;
  for (char c : mantissa) {
    if (c != '.') digits += c;
  }
  std::string out = negative ? "-" : "";
  // repr switches to exponent notation outside 1e-4 <= |x| < 1e16.
  if (exponent < -4 || exponent >= 16) {
    out += digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    const std::string exp_digits = std::to_string(std::abs(exponent));
    return out + (exponent < 0 ? "e-" : "e+") + (exp_digits.size() < 2 ? "0" : "") + exp_digits;
  }
  if (exponent < 0) {
    return out + "0." + std::string(static_cast<std::size_t>(-exponent - 1), '0') + digits;
  }
  const auto int_len = static_cast<std::size_t>(exponent) + 1;
  if (digits.size() <= int_len) {
    return out + digits + std::string(int_len - digits.size(), '0') + ".0";
  }
  return out + digits.substr(0, int_len) + "." + digits.substr(int_len);
}

std::string value_literal(const Value& value, const Dialect& dialect) {
  struct Visitor {
    const Dialect& dialect;
    std::string operator()(std::monostate) const { return "NULL"; }
    std::string operator()(std::int64_t v) const { return std::to_string(v); }
    std::string operator()(double v) const { return python_float_repr(v); }
    std::string operator()(bool v) const { return boolean_literal(v, dialect); }
    std::string operator()(const std::string& v) const { return string_literal(v, dialect); }
  };
  return std::visit(Visitor{dialect}, value);
}

}  // namespace dbm::dialect
