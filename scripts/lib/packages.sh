# shellcheck shell=bash
# Installs the Debian bookworm packages db-manage needs, only those missing.
# Sourced by scripts/demo.sh and scripts/test.sh; knows nothing about the build or the tests.

# shellcheck disable=SC2034  # the lists are read by the scripts that source this file

# What building and running db-manage needs.
DBM_BUILD_PACKAGES=(
  cmake g++ make pkg-config
  libboost-dev libboost-program-options-dev libboost-filesystem-dev
  libsoci-dev libpq-dev libmariadb-dev libsqlite3-dev
  libtomlplusplus-dev libspdlog-dev libfmt-dev nlohmann-json3-dev
  libgtest-dev googletest
  sqlite3
)

# What the test suite needs on top: real servers and the reference Alembic stack.
DBM_TEST_PACKAGES=(
  postgresql-15 postgresql-client-15
  mariadb-server mariadb-client
  python3-alembic python3-sqlalchemy python3-psycopg2 python3-pymysql
)

# What the fuzz build needs on top of the build packages (scripts/fuzz.sh): clang and
# its runtime libraries, libFuzzer and the sanitizers among them.
DBM_FUZZ_PACKAGES=(
  clang libclang-rt-14-dev
)

# What building and testing the Debian packages needs on top of the build and test packages
# (scripts/test-packages.sh): the package build's tools, its man page generator, lintian, and
# debootstrap for the scratch root the packages are installed into.
DBM_PACKAGING_PACKAGES=(
  dpkg-dev debhelper fakeroot help2man lintian debootstrap git
)

# dbm_missing_packages PKG... — prints the packages that dpkg does not report as installed.
dbm_missing_packages() {
  local pkg status
  for pkg in "$@"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ $status == "install ok installed" ]] || printf '%s\n' "$pkg"
  done
}

# dbm_ensure_packages PKG... — silent when all are installed; otherwise one apt-get update and install.
dbm_ensure_packages() {
  local missing
  mapfile -t missing < <(dbm_missing_packages "$@")
  ((${#missing[@]} == 0)) && return 0
  if ((EUID != 0)); then
    echo "error: missing Debian packages (run as root to install them): ${missing[*]}" >&2
    return 1
  fi
  echo "Installing missing packages: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
}
