#include "tacker_types.h"

namespace dbm::tacker {

Type uuid() { return types::string(36); }
Type json_text() { return types::json(); }
Type pickle() { return types::large_binary(); }

Type deleted_type(const Operations& op) {
  return op.dialect() == "postgresql" ? types::small_integer() : types::boolean();
}

Type text_type_maxlen(const Operations& op) {
  return op.dialect() == "postgresql" ? types::string(65535) : types::text(65535);
}

Table keyed(Table t, std::vector<ForeignKey> foreign_keys) {
  t.primary_key = primary_key({"id"});
  t.foreign_keys = std::move(foreign_keys);
  t.options = {{.key = "mysql_engine", .value = "InnoDB"}};
  return t;
}

std::vector<Column> soft_delete_columns(Type deleted) {
  return {column("created_at", types::date_time()).not_null(), column("updated_at", types::date_time()),
          column("deleted_at", types::date_time()), column("deleted", std::move(deleted))};
}

}  // namespace dbm::tacker
