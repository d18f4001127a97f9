#include "atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "base/error.h"

namespace dbm::commands {
namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail(const std::string& what, const std::string& path, int error) {
  throw Error("cannot " + what + " " + path + ": " + std::strerror(error));
}

bool write_all(int fd, const std::string& text) {
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

// A device or a FIFO: written where it is, as a shell's redirection would.
void write_in_place(const std::string& path, const std::string& text) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0) fail("write", path, errno);
  const bool written = write_all(fd, text);
  const int error = errno;
  if (::close(fd) != 0 && written) fail("write", path, errno);
  if (!written) fail("write", path, error);
}

}  // namespace

void write_file_atomically(const std::string& path, const std::string& text) {
  // A symbolic link stays one: its target is what is written.
  struct stat link {};
  fs::path target = path;
  if (::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
    std::error_code ec;
    target = fs::weakly_canonical(path, ec);
    if (ec) fail("resolve", path, ec.value());
  }

  struct stat existing {};
  const bool exists = ::stat(target.c_str(), &existing) == 0;
  if (exists && S_ISDIR(existing.st_mode)) fail("write", path, EISDIR);
  if (exists && !S_ISREG(existing.st_mode)) return write_in_place(target.string(), text);

  const std::string temporary = target.string() + ".tmp-" + std::to_string(::getpid());
  // A new file gets the usual 0666 less the umask; a replaced one keeps its mode and, where
  // permitted, its owner.
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) fail("write", path, errno);
  auto abandon = [&](const std::string& what, int error) {
    ::close(fd);
    ::unlink(temporary.c_str());
    fail(what, path, error);
  };
  if (exists) {
    if (::fchmod(fd, existing.st_mode & 07777) != 0) abandon("write", errno);
    if (::fchown(fd, existing.st_uid, existing.st_gid) != 0 && errno != EPERM) abandon("write", errno);
  }
  if (!write_all(fd, text) || ::fsync(fd) != 0) abandon("write", errno);
  if (::close(fd) != 0) {
    const int error = errno;
    ::unlink(temporary.c_str());
    fail("write", path, error);
  }
  if (::rename(temporary.c_str(), target.c_str()) != 0) {
    const int error = errno;
    ::unlink(temporary.c_str());
    fail("replace", path, error);
  }
}

void write_new_file(const std::string& path, const std::string& text) {
  // O_EXCL with O_CREAT also refuses a symbolic link, even a dangling one.
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) fail("create", path, errno);
  const bool written = write_all(fd, text) && ::fsync(fd) == 0;
  const int error = errno;
  if (::close(fd) != 0 || !written) {
    const int reported = written ? errno : error;
    ::unlink(path.c_str());
    fail("write", path, reported);
  }
}

}  // namespace dbm::commands
