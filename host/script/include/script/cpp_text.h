// C++ source text for values, as the files `revision` writes hold them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dbm::script {

/// A C++ string literal holding `text` exactly: quotes, backslashes and
/// control characters escaped (octal, which never swallows a following digit
/// the way \x does past three digits).
std::string cpp_string_literal(std::string_view text);

/// `{"a", "b"}`: a braced list of string literals.
std::string cpp_string_list(const std::vector<std::string>& items);

}  // namespace dbm::script
