// Dispatch to the dialect's renderer.
#include "ddl/renderer.h"

#include "dialect_renderers.h"

namespace dbm::ddl {

std::vector<std::string> render(const Operation& op, const schema::Schema& before,
                                const Dialect& dialect) {
  if (dialect.name == "postgresql") return detail::render_postgresql(op, before, dialect);
  if (dialect.name == "mysql") return detail::render_mysql(op, before, dialect);
  return detail::render_sqlite(op, before, dialect);
}

}  // namespace dbm::ddl
