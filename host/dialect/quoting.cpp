// Port of SQLAlchemy's _requires_quotes rule; each dialect keeps its own
// reserved words (reserved_words.cpp).
#include "dialect/quoting.h"

#include <cctype>


namespace dbm::dialect {
namespace {

bool requires_quotes(std::string_view id, const Dialect& dialect) {
  if (id.empty()) return true;
  std::string lower;
  for (char ch : id) {
    const auto c = static_cast<unsigned char>(ch);
    if (!std::isalnum(c) && ch != '_' && ch != '$') return true;
    if (std::isupper(c)) return true;
    lower += static_cast<char>(std::tolower(c));
  }
  if (std::isdigit(static_cast<unsigned char>(id.front())) || id.front() == '$') return true;
  return dialect.is_reserved_word(lower);
}

}  // namespace

std::string quote(std::string_view identifier, const Dialect& dialect) {
  if (!requires_quotes(identifier, dialect)) return std::string(identifier);
  const char q = dialect.syntax().identifier_quote;
  std::string out(1, q);
  for (char ch : identifier) {
    out += ch;
    if (ch == q) out += q;
  }
  out += q;
  return out;
}

std::string quote_list(const std::vector<std::string>& identifiers, const Dialect& dialect) {
  std::string out;
  for (const auto& id : identifiers) {
    if (!out.empty()) out += ", ";
    out += quote(id, dialect);
  }
  return out;
}

}  // namespace dbm::dialect
