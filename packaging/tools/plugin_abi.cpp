// Prints what a plugin must match to be loaded by a host built like this
// program (packaging/CMakeLists.txt says why it is a program):
//   dbm-plugin-abi               the Debian token, e.g.
//                                db-manage-plugin-abi-6-gcc-12-libstdc++-cxx11abi1-c++202002l
//   dbm-plugin-abi --build-tag   DBM_BUILD_TAG as the loader compares it
//   dbm-plugin-abi --api-version dbm::kPluginApiVersion
#include <cctype>
#include <cstdio>
#include <cstring>
#include <string>

#include "dbm/entry.h"

namespace {

// A Debian package name allows [a-z0-9+.-] only: the tag is lower-cased and
// every other character (';' between the tag's parts, '_') becomes '-'. The
// loader still compares the exact tag; the token only has to differ whenever
// the tag does, which holds for every tag build_tag.h can produce (its parts
// differ in letters and digits, not in case or punctuation).
std::string token() {
  std::string text = "db-manage-plugin-abi-" + std::to_string(dbm::kPluginApiVersion) + "-" + DBM_BUILD_TAG;
  for (char& c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isupper(u)) {
      c = static_cast<char>(std::tolower(u));
    } else if (!std::islower(u) && !std::isdigit(u) && c != '+' && c != '.' && c != '-') {
      c = '-';
    }
  }
  return text;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 1) {
    std::printf("%s\n", token().c_str());
    return 0;
  }
  if (argc == 2 && std::strcmp(argv[1], "--build-tag") == 0) {
    std::printf("%s\n", DBM_BUILD_TAG);
    return 0;
  }
  if (argc == 2 && std::strcmp(argv[1], "--api-version") == 0) {
    std::printf("%u\n", static_cast<unsigned>(dbm::kPluginApiVersion));
    return 0;
  }
  std::fprintf(stderr, "usage: %s [--build-tag | --api-version]\n", argv[0]);
  return 2;
}
