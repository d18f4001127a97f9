// C++ source text for values: what `revision` and `revision --autogenerate`
// write into a plugin's source tree.
#include "script/cpp_text.h"

#include <cstdio>

#include "base/join.h"

namespace dbm::script {

std::string cpp_string_literal(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (byte < 0x20 || byte == 0x7f) {
      char escaped[6];
      std::snprintf(escaped, sizeof escaped, "\\%03o", byte);
      out += escaped;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string cpp_string_list(const std::vector<std::string>& items) {
  std::vector<std::string> literals;
  literals.reserve(items.size());
  for (const auto& item : items) literals.push_back(cpp_string_literal(item));
  // Appended, not "{" + x + "}": GCC 12 warns falsely at -O3 on that chain (bug 105329).
  std::string out = "{";
  out.append(text::join(literals, ", ")).append("}");
  return out;
}

}  // namespace dbm::script
