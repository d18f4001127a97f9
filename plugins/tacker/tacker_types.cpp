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

}  // namespace dbm::tacker
