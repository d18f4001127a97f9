// tacker-db-manage generate_secret_key: a new Fernet key (32 random bytes,
// URL-safe base64), written to --file (standard output by default). A file
// is written whole or not at all (a temporary file renamed over it), readable
// by its owner only, since it is a secret; an existing one is replaced with a
// warning, as upstream does.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <ostream>
#include <random>
#include <stdexcept>
#include <string>

#include <dbm/command.h>

#include "tacker_commands.h"

namespace dbm::tacker {
namespace {

std::string fernet_key() {
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  std::random_device entropy;  // the kernel's random source on Linux
  std::array<unsigned char, 33> bytes{};  // 32 random, one zero pad to a multiple of 3
  for (std::size_t i = 0; i < 32; ++i) bytes[i] = static_cast<unsigned char>(entropy() & 0xFF);
  std::string key;
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    const unsigned v = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    for (int shift = 18; shift >= 0; shift -= 6) key += kAlphabet[(v >> shift) & 0x3F];
  }
  key.back() = '=';  // 32 bytes encode to 43 characters and one '='
  return key;
}

[[noreturn]] void fail(const std::string& what, const std::string& path) {
  throw std::runtime_error("cannot write " + path + ": " + what + ": " + std::strerror(errno));
}

void write_whole(const std::string& path, const std::string& key) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  const std::string temp = (target.parent_path() / ("." + target.filename().string() + ".tmp")).string();
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
  if (fd < 0) fail("creating " + temp, path);
  const bool written = ::write(fd, key.data(), key.size()) == static_cast<ssize_t>(key.size()) && ::fsync(fd) == 0;
  const int saved = errno;
  ::close(fd);
  if (!written || ::rename(temp.c_str(), path.c_str()) != 0) {
    const int error = written ? errno : saved;
    ::unlink(temp.c_str());
    errno = error;
    fail("writing", path);
  }
}

int generate(CommandContext& context) {
  const std::string path = context.argument("file").value_or("/dev/stdout");
  const std::string key = fernet_key();
  struct stat existing {};
  const bool exists = ::stat(path.c_str(), &existing) == 0;
  if (path == "/dev/stdout" || (exists && !S_ISREG(existing.st_mode))) {
    // A terminal, a pipe or a device: written as it is, as upstream does.
    if (path == "/dev/stdout") {
      context.out() << key << std::flush;
      return 0;
    }
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) fail("opening", path);
    const bool ok = ::write(fd, key.data(), key.size()) == static_cast<ssize_t>(key.size());
    ::close(fd);
    if (!ok) fail("writing", path);
    return 0;
  }
  write_whole(path, key);
  if (exists) context.err() << "WARNING: Replaced existing file: " << path << "\n";
  return 0;
}

}  // namespace

PluginCommand generate_secret_key_command() {
  return {
      .name = "generate_secret_key",
      .summary = "Generate a Fernet key for tacker's crypt keys and write it to a file.",
      .options = {{.name = "file",
                   .kind = CommandOption::Kind::kText,
                   .help = "output file path of generated key",
                   .default_value = "/dev/stdout"}},
      .run = generate,
  };
}

}  // namespace dbm::tacker
