// The revisions of tests/fixtures/ddl/make_golden.py, operation for operation,
// built with the SDK. Change both together.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "dbm/operations.h"

namespace dbm::ddl::testing {

struct GoldenRevision {
  std::string id;
  std::string down;  ///< "" for the base
  std::function<void(Operations&)> upgrade;
  std::function<void(Operations&)> downgrade;
};

inline AlterColumn alter(std::string table, std::string column) {
  AlterColumn a;
  a.table = std::move(table);
  a.column = std::move(column);
  return a;
}

inline void r1_up(Operations& op) {
  using namespace types;
  Table account;
  account.name = "account";
  account.columns = {
      column("id", integer()).primary(),
      column("name", string(255)).not_null().unique_key(),
      column("big", big_integer()),
      column("small", small_integer()),
      column("content", text()),
      column("medium", medium_text()),
      column("long", long_text()),
      column("created_at", date_time()),
      column("created_tz", date_time(true)),
      column("day", date()),
      column("at", time()),
      column("enabled", boolean()).not_null().with_default(ServerDefault::true_value()),
      column("deleted", boolean()).with_default(ServerDefault::false_value()),
      column("ratio", floating()),
      column("price", numeric(10, 2)),
      column("data", large_binary()),
      column("bigdata", long_binary()),
      column("flag", tiny_integer(1)),
      column("status", enumeration("account_status", {"active", "it's"})),
      column("note", string(64)).with_default(ServerDefault::literal("n/a")),
      column("counter", integer()).not_null().with_default(ServerDefault::expression("0")),
      column("stamp", date_time()).with_default(ServerDefault::expression("CURRENT_TIMESTAMP")),
      column("user", string(36)),
      column("MixedCase", string(10)),
  };
  account.options = {{"mysql_engine", "InnoDB"}, {"mysql_charset", "utf8"}};
  op.create_table(account);

  Table order;
  order.name = "order";
  order.columns = {
      column("id", string(36)).not_null(),
      column("account_id", integer()),
      column("ref", string(36)).indexed(),
      column("qty", integer()).not_null(),
      column("code", string(255)),
  };
  order.primary_key = {"", {"id"}};
  order.check_constraints = {{"ck_order_qty", "qty > 0"}};
  order.foreign_keys = {{"", {"account_id"}, "account", {"id"}, "CASCADE", ""},
                        {"fk_order_code", {"code"}, "account", {"name"}, "", "CASCADE"}};
  order.unique_constraints = {{"", {"account_id", "code"}}, {"uq_order_ref", {"ref"}}};
  op.create_table(order);

  Table tag;
  tag.name = "tag";
  tag.columns = {column("id", big_integer()).primary(), column("label", string(40)).not_null()};
  op.create_table(tag);

  Table link;
  link.name = "link";
  link.columns = {column("a", integer()).not_null(), column("b", integer()).not_null(),
                  column("w", floating()).not_null()};
  link.primary_key = {"pk_link", {"a", "b"}};
  op.create_table(link);
}

inline void r1_down(Operations& op) {
  op.drop_table("link");
  op.drop_table("tag");
  op.drop_table("order");
  op.drop_table("account");
}

inline void r2_up(Operations& op) {
  using namespace types;
  op.add_column("tag", column("color", string(20)).not_null().with_default(ServerDefault::literal("red")));
  op.add_column("tag", column("hidden", boolean()).not_null().with_default(ServerDefault::false_value()));
  op.add_column("tag", column("select", integer()));
  op.add_column("tag", column("weight", floating()));
  op.drop_column("tag", "weight");
  op.rename_table("tag", "label");
  op.create_index("ix_label_color", "label", {"color"});
  op.create_index("uix_label_label_color", "label", {"label", "color"}, true);
  op.drop_index("ix_label_color", "label");
}

inline void r2_down(Operations& op) {
  op.drop_index("uix_label_label_color", "label");
  op.rename_table("label", "tag");
  op.drop_column("tag", "select");
  op.drop_column("tag", "hidden");
  op.drop_column("tag", "color");
}

inline void r3_up(Operations& op) {
  op.execute("UPDATE account SET note = '5%' WHERE id = 1");
  op.bulk_insert("link", {"a", "b", "w"},
                 {{std::int64_t{1}, std::int64_t{2}, 0.5}, {std::int64_t{-3}, std::int64_t{4}, 2.0}});
  op.bulk_insert("label", {"id", "label", "color", "hidden"},
                 {{std::int64_t{1}, std::string("it's"), std::string("back\\slash"), true},
                  {std::int64_t{2}, std::monostate{}, std::string("100%"), false}});
}

inline void r3_down(Operations& op) { op.execute("DELETE FROM link"); }

inline void r4_up(Operations& op) {
  using namespace types;
  auto a = alter("order", "qty");
  a.existing_type = integer();
  a.nullable = true;
  op.alter_column(a);
  a.nullable = false;
  op.alter_column(a);

  a = alter("order", "code");
  a.existing_type = string(255);
  a.type = string(300);
  a.existing_nullable = true;
  op.alter_column(a);

  a = alter("order", "ref");
  a.existing_type = string(36);
  a.server_default = std::optional<ServerDefault>(ServerDefault::literal("none"));
  a.existing_nullable = true;
  op.alter_column(a);

  a = alter("order", "ref");
  a.existing_type = string(36);
  a.server_default = std::optional<ServerDefault>();
  a.existing_server_default = ServerDefault::literal("none");
  a.existing_nullable = true;
  op.alter_column(a);

  a = alter("order", "ref");
  a.existing_type = string(36);
  a.new_name = "reference";
  a.existing_nullable = true;
  op.alter_column(a);

  a = alter("account", "enabled");
  a.existing_type = boolean();
  a.existing_nullable = false;
  a.existing_server_default = ServerDefault::true_value();
  a.new_name = "active";
  op.alter_column(a);

  op.create_unique_constraint("uq_link_w", "link", {"w"});
  op.create_foreign_key("fk_link_a", "link", "account", {"a"}, {"id"}, "SET NULL");
  op.create_check_constraint("ck_link_w", "link", "w >= 0");
  op.drop_constraint("uq_link_w", "link", ConstraintType::kUnique);
  op.drop_constraint("fk_link_a", "link", ConstraintType::kForeignKey);
  op.drop_constraint("pk_link", "link", ConstraintType::kPrimary);
  op.create_primary_key("pk_link2", "link", {"a", "b"});

  a = alter("link", "b");
  a.existing_type = integer();
  a.type = string(10);
  a.existing_nullable = false;
  op.alter_column(a);
  op.drop_column("order", "code");
}

inline void r4_down(Operations& op) {
  auto a = alter("order", "reference");
  a.existing_type = types::string(36);
  a.new_name = "ref";
  a.existing_nullable = true;
  op.alter_column(a);
}

inline void r5_up(Operations& op) { op.drop_table("link"); }

inline void r5_down(Operations& op) {
  using namespace types;
  Table link;
  link.name = "link";
  link.columns = {column("a", integer()).not_null().with_autoincrement(Autoincrement::kNo),
                  column("b", integer()).not_null().with_autoincrement(Autoincrement::kNo)};
  link.primary_key = {"", {"a", "b"}};
  op.create_table(link);
}

inline std::vector<GoldenRevision> golden_revisions() {
  return {
      {"a1000000000a", "", r1_up, r1_down},
      {"b2000000000b", "a1000000000a", r2_up, r2_down},
      {"c3000000000c", "b2000000000b", r3_up, r3_down},
      {"d4000000000d", "c3000000000c", r4_up, r4_down},
      {"e5000000000e", "d4000000000d", r5_up, r5_down},
  };
}

}  // namespace dbm::ddl::testing
