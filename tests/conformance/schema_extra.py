#!/usr/bin/python3
"""Print what a live database's schema holds beyond schema_snapshot.py's dump,
as normalized JSON: the `*_extra.json` files of the reference data
(tests/fixtures/quantum/schema/, produced with real Alembic and SQLAlchemy
1.4).

usage: schema_extra.py URL

The format: {"check_constraints", "dialect"} on every dialect, plus
 - PostgreSQL: "pg_enum_types", {type name: [labels in their order]}, every
   ENUM type of the default schema, whether a column uses it or not (a
   dropped table leaves its type behind);
 - MySQL/MariaDB: "mysql_enum_columns", {"table.column": [labels in their
   order]} (schema_snapshot.py prints such a column as just ENUM), and
   "mysql_engines", {table: storage engine}.
"check_constraints" is {table: [{"name", "sqltext"}, ...]} for the tables that
have any, each list sorted by its JSON text (no table of the quantum tree
has one on any dialect, so this shape was never compared with the
reference's, where it is always {}). The text is what SQLAlchemy 1.4's
reflection gives: on SQLite `CHECK (a > 0)` comes back as "a > 0)", and on
MariaDB column-level CHECKs (sa.JSON's json_valid) are not reported. Unlike schema_snapshot.py, tables
here include Alembic's version tables. On PostgreSQL and SQLite the output is
byte for byte that of the reference's own extra dumper. Run with Debian's
/usr/bin/python3 (python3-sqlalchemy, python3-psycopg2, python3-pymysql).
"""
import json
import sys

import sqlalchemy


def sorted_by_json(items):
    return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))


def extra(url):
    engine = sqlalchemy.create_engine(url)
    inspector = sqlalchemy.inspect(engine)
    names = sorted(inspector.get_table_names())
    dialect = engine.dialect.name
    result = {"dialect": dialect, "check_constraints": {}}
    for name in names:
        checks = [{"name": check.get("name"), "sqltext": str(check.get("sqltext"))}
                  for check in inspector.get_check_constraints(name)]
        if checks:
            result["check_constraints"][name] = sorted_by_json(checks)
    if dialect == "postgresql":
        result["pg_enum_types"] = {enum["name"]: list(enum["labels"]) for enum in inspector.get_enums()}
    elif dialect == "mysql":
        result["mysql_enum_columns"] = {}
        result["mysql_engines"] = {}
        for name in names:
            for column in inspector.get_columns(name):
                if isinstance(column["type"], sqlalchemy.Enum):
                    result["mysql_enum_columns"]["%s.%s" % (name, column["name"])] = list(column["type"].enums)
            result["mysql_engines"][name] = inspector.get_table_options(name).get("mysql_engine")
    return result


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: schema_extra.py URL")
    print(json.dumps(extra(sys.argv[1]), indent=1, sort_keys=True))
