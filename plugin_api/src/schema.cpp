// The schema vocabulary's constructors and Column helpers (dbm/schema.h).
#include "dbm/schema.h"

namespace dbm {

namespace types {

Type integer() { return {TypeKind::kInteger}; }
Type big_integer() { return {TypeKind::kBigInteger}; }
Type small_integer() { return {TypeKind::kSmallInteger}; }
Type tiny_integer(int display_width) { return {TypeKind::kTinyInteger, display_width}; }
Type string(int length) { return {TypeKind::kString, length}; }
Type text(int length) { return {.kind = TypeKind::kText, .length = length}; }
Type medium_text() { return {TypeKind::kMediumText}; }
Type long_text() { return {TypeKind::kLongText}; }
Type date_time(bool timezone) { return {.kind = TypeKind::kDateTime, .timezone = timezone}; }
Type date() { return {TypeKind::kDate}; }
Type time() { return {TypeKind::kTime}; }
Type boolean() { return {TypeKind::kBoolean}; }
Type enumeration(std::string name, std::vector<std::string> values) {
  return {.kind = TypeKind::kEnum, .enum_name = std::move(name), .enum_values = std::move(values)};
}
Type floating(int precision) { return {.kind = TypeKind::kFloat, .precision = precision}; }
Type numeric(int precision, int scale) { return {.kind = TypeKind::kNumeric, .precision = precision, .scale = scale}; }
Type large_binary(int length) { return {TypeKind::kLargeBinary, length}; }
Type long_binary() { return {TypeKind::kLongBinary}; }
Type json() { return {TypeKind::kJson}; }
Type sql_json() { return {TypeKind::kSqlJson}; }

}  // namespace types

ServerDefault ServerDefault::literal(std::string v) { return {Kind::kLiteral, std::move(v)}; }
ServerDefault ServerDefault::expression(std::string sql) { return {Kind::kExpression, std::move(sql)}; }
ServerDefault ServerDefault::true_value() { return {Kind::kTrue, {}}; }
ServerDefault ServerDefault::false_value() { return {Kind::kFalse, {}}; }

Column Column::not_null() const {
  Column c = *this;
  c.nullable = false;
  return c;
}

Column Column::primary() const {
  Column c = *this;
  c.primary_key = true;
  c.nullable = false;
  return c;
}

Column Column::with_default(ServerDefault d) const {
  Column c = *this;
  c.server_default = std::move(d);
  return c;
}

Column Column::with_autoincrement(Autoincrement a) const {
  Column c = *this;
  c.autoincrement = a;
  return c;
}

Column Column::unique_key() const {
  Column c = *this;
  c.unique = true;
  return c;
}

Column Column::indexed() const {
  Column c = *this;
  c.index = true;
  return c;
}

Column Column::generated_as(std::string sql, std::optional<bool> persisted) const {
  Column c = *this;
  c.computed = Computed{std::move(sql), persisted};
  return c;
}

Column column(std::string name, Type type) {
  Column c{};
  c.name = std::move(name);
  c.type = std::move(type);
  return c;
}

}  // namespace dbm
