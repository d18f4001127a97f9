// MySQL and MariaDB: DDL commits implicitly, ALTER restates whole columns,
// a unique constraint is a unique index, InnoDB names what was left unnamed
// (PRIMARY, <column>, <table>_ibfk_N), locks are GET_LOCK names.
#include <algorithm>
#include <cctype>
#include <optional>

#include "base/error.h"
#include "config/db_url.h"
#include "catalog_readers.h"
#include "connect_strings.h"
#include "dialect/literal.h"
#include "dialect/quoting.h"
#include "dialect_instances.h"
#include "dialect_renderers.h"
#include "reserved_words.h"
#include "schema/constraint_names.h"
#include "table_sql.h"
#include "type_spelling.h"

namespace dbm::dialect {
namespace {

// TINYTEXT, TEXT, MEDIUMTEXT or LONGTEXT (or the BLOB ones) for `bytes`.
std::string sized_type(const std::string& base, long long bytes) {
  if (bytes <= 255) return "TINY" + base;
  if (bytes <= 65535) return base;
  if (bytes <= 16777215) return "MEDIUM" + base;
  return "LONG" + base;
}

std::string enum_values_sql(const Type& t) {
  std::string out = "ENUM(";
  for (std::size_t i = 0; i < t.enum_values.size(); ++i) {
    if (i > 0) out += ",";
    std::string quoted = "'";
    for (char ch : t.enum_values[i]) {
      if (ch == '\'') quoted += '\'';
      quoted += ch;
    }
    out += quoted + "'";
  }
  return out + ")";
}

class MysqlDialect final : public Dialect {
 public:
  MysqlDialect()
      : Dialect("mysql", "MySQLImpl",
                Abilities{.transactional_ddl = false,
                          .script_transactions = false,
                          .file_database = false,
                          .scratch_database_offline = false,
                          .autoincrements_sole_integer_key = true,
                          .named_enum_types = false},
                Syntax{.identifier_quote = '`',
                       .native_boolean = true,
                       .backslash_escapes = true,
                       .drop_index_names_table = true},
                schema::DatabaseRules{.name_constraints = schema::name_like_innodb,
                                      .foreign_key_names_follow_table = true,
                                      .drop_column_shrinks_keys = true,
                                      .alter_column_restates = true,
                                      .unique_constraints_are_indexes = true,
                                      .primary_key_name_is_fixed = true,
                                      .foreign_keys_create_indexes = true,
                                      .json_columns_get_checks = true}) {}

  std::vector<std::string> render(const Operation& op, const schema::Schema& before) const override {
    return detail::render_mysql(op, before, *this);
  }

  std::string type_sql(const Type& t) const override {
    switch (t.kind) {
      case TypeKind::kTinyInteger: return with_length("TINYINT", t.length);
      case TypeKind::kString:
        if (t.length <= 0) throw Error("VARCHAR requires a length on dialect mysql");
        return with_length("VARCHAR", t.length);
      case TypeKind::kMediumText: return "MEDIUMTEXT";
      case TypeKind::kLongText: return "LONGTEXT";
      case TypeKind::kBoolean: return "BOOL";
      case TypeKind::kEnum: return enum_values_sql(t);
      case TypeKind::kLargeBinary: return with_length("BLOB", t.length);
      case TypeKind::kLongBinary: return "LONGBLOB";
      default: return generic_type_sql(t);
    }
  }

  // What the server keeps (Debian's MariaDB, utf8mb4): BOOL is TINYINT(1);
  // JSON is LONGTEXT with a json_valid check; TEXT(n) and BLOB(n) are the
  // smallest text or blob type holding n characters (up to 4 bytes each) or
  // n bytes, as the reflection of a live database reads them back.
  std::string stored_type(const Type& t) const override {
    switch (t.kind) {
      case TypeKind::kBoolean: return "TINYINT(1)";
      case TypeKind::kString:
        if (t.length <= 0) return "VARCHAR";  // refused by type_sql
        break;
      case TypeKind::kSqlJson: return "LONGTEXT";
      case TypeKind::kText:
        if (t.length > 0) return sized_type("TEXT", 4LL * t.length);
        break;
      case TypeKind::kLargeBinary:
        if (t.length > 0) return sized_type("BLOB", t.length);
        break;
      default: break;
    }
    return type_sql(t);
  }

  // MySQL's compiler puts NOT NULL before DEFAULT, and AUTO_INCREMENT in its place.
  std::string column_spec(const Column& c, bool autoincrement) const override {
    std::string out = type_sql(c.type) + generated_sql(c, *this);
    if (!(c.nullable && !c.primary_key)) out += " NOT NULL";
    if (autoincrement && !c.server_default) {
      out += " AUTO_INCREMENT";
    } else if (c.server_default) {
      out += " DEFAULT " + default_sql(*c.server_default, *this);
    }
    return out;
  }

  // mysql_engine='InnoDB' → ENGINE=InnoDB, as SQLAlchemy's post_create_table writes it.
  std::string table_options(const Table& table) const override {
    std::vector<std::string> rendered;
    std::vector<std::string> collate;  // must follow any character set option
    for (const auto& opt : table.options) {
      if (opt.key.rfind("mysql_", 0) != 0) continue;
      std::string key = opt.key.substr(6);
      std::transform(key.begin(), key.end(), key.begin(),
                     [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
      std::string value = opt.value;
      if (key == "COMMENT" || key == "DATA_DIRECTORY" || key == "INDEX_DIRECTORY" || key == "PASSWORD" ||
          key == "CONNECTION") {
        value = string_literal(value, *this);
      }
      if (key == "DATA_DIRECTORY" || key == "INDEX_DIRECTORY" || key == "DEFAULT_CHARACTER_SET" ||
          key == "CHARACTER_SET" || key == "DEFAULT_CHARSET" || key == "DEFAULT_COLLATE") {
        std::replace(key.begin(), key.end(), '_', ' ');
      }
      const bool spaced =
          key == "TABLESPACE" || key == "DEFAULT CHARACTER SET" || key == "CHARACTER SET" || key == "COLLATE";
      std::string text = key + (spaced ? " " : "=") + value;
      (key == "COLLATE" ? collate : rendered).push_back(std::move(text));
    }
    rendered.insert(rendered.end(), collate.begin(), collate.end());
    std::string out;
    for (const auto& r : rendered) out += (out.empty() ? "" : " ") + r;
    return out;
  }

  // SQLAlchemy's MySQL and MariaDB lists together: online against MariaDB
  // SQLAlchemy switches to the MariaDB list, and an extra quote never hurts.
  bool is_reserved_word(std::string_view word) const override { return mysql_reserves(word); }

  void check_url(const config::DbUrl& url) const override { check_server_url(url); }
  std::string connect_string(const config::DbUrl& url) const override { return mysql_connect_string(url); }
  std::vector<std::string> ignored_query_keys(const config::DbUrl& url) const override {
    return mysql_ignored_keys(url);
  }
  int default_port() const override { return 3306; }

  std::string has_table_sql() const override {
    return "SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = :t";
  }

  // GET_LOCK names are server-wide: the database is part of the name; SHA1
  // keeps it under 64 characters.
  std::optional<LockStatements> lock_statements(std::string_view version_table) const override {
    const std::string key = "SHA1(CONCAT('db-manage:', DATABASE(), ':', '" + std::string(version_table) + "'))";
    return LockStatements{.try_acquire = "SELECT GET_LOCK(" + key + ", 0)",
                          .acquired = "1",
                          .release = "SELECT RELEASE_LOCK(" + key + ")"};
  }

 protected:
  std::vector<std::string> table_names(Catalog& catalog) const override { return mysql_table_names(catalog); }
  Table read_table(Catalog& catalog, const std::string& name) const override { return mysql_table(catalog, name); }
};

}  // namespace

const Dialect& mysql_dialect() {
  static const MysqlDialect dialect;
  return dialect;
}

}  // namespace dbm::dialect
