// The seam between reflection and a live connection: a dialect's catalog
// readers ask their questions through a Catalog, which host/db implements on
// the connection. One statement, at most one bound value, every cell text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace dbm::dialect {

class Catalog {
 public:
  using Cell = std::optional<std::string>;
  using Row = std::vector<Cell>;

  virtual ~Catalog() = default;
  /// Runs `sql`, its placeholder `:name` bound to `name` when given; NULL
  /// is nullopt. Throws DatabaseError with the database's one-line reason.
  virtual std::vector<Row> rows(const std::string& sql, const std::optional<std::string>& name = std::nullopt) = 0;
};

/// The cell's text, "" for NULL.
inline const std::string& text(const Catalog::Row& row, std::size_t i) {
  static const std::string kEmpty;
  return row.at(i) ? *row[i] : kEmpty;
}

}  // namespace dbm::dialect
