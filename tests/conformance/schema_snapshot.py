#!/usr/bin/python3
"""Print a live database's schema as normalized JSON: the project's own
dumper, in the format of the reference data the tests compare with
(tests/fixtures/*/, produced with real Alembic and SQLAlchemy 1.4).

usage: schema_snapshot.py URL

The format: {"dialect", "tables", "version_tables"}. Each table has its
columns in their order (name, the type as SQLAlchemy's reflection prints it,
upper-cased, nullable, the reflected default as text or null), its primary
key columns, and its foreign keys, indexes and unique constraints, each list
sorted by its JSON text so the order the catalog returns does not matter.
Alembic's version tables (alembic_version*) are not tables here: their rows
are listed under "version_tables". Run with Debian's /usr/bin/python3
(python3-sqlalchemy, python3-psycopg2, python3-pymysql).
"""
import json
import sys

import sqlalchemy


def type_text(column_type):
    try:
        text = str(column_type)
    except Exception:  # a reflected type SQLAlchemy cannot print
        text = type(column_type).__name__
    return text.upper()


def sorted_by_json(items):
    return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))


def describe_table(inspector, name):
    columns = []
    for column in inspector.get_columns(name):
        default = column.get("default")
        columns.append({"name": column["name"], "type": type_text(column["type"]),
                        "nullable": bool(column["nullable"]),
                        "default": None if default is None else str(default)})
    foreign_keys = [{"columns": key["constrained_columns"], "ref_table": key["referred_table"],
                     "ref_columns": key["referred_columns"],
                     "ondelete": (key.get("options") or {}).get("ondelete")}
                    for key in inspector.get_foreign_keys(name)]
    indexes = [{"name": index["name"], "columns": index["column_names"], "unique": bool(index["unique"])}
               for index in inspector.get_indexes(name)]
    uniques = [{"name": unique["name"], "columns": unique["column_names"]}
               for unique in inspector.get_unique_constraints(name)]
    primary_key = inspector.get_pk_constraint(name) or {}
    return {"columns": columns, "primary_key": primary_key.get("constrained_columns", []),
            "foreign_keys": sorted_by_json(foreign_keys), "indexes": sorted_by_json(indexes),
            "unique": sorted_by_json(uniques)}


def snapshot(url):
    engine = sqlalchemy.create_engine(url)
    inspector = sqlalchemy.inspect(engine)
    result = {"dialect": engine.dialect.name, "tables": {}, "version_tables": {}}
    with engine.connect() as connection:
        for name in sorted(inspector.get_table_names()):
            if name.startswith("alembic_version"):
                rows = connection.execute(sqlalchemy.text("SELECT version_num FROM " + name))
                result["version_tables"][name] = sorted(row[0] for row in rows)
            else:
                result["tables"][name] = describe_table(inspector, name)
    return result


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: schema_snapshot.py URL")
    print(json.dumps(snapshot(sys.argv[1]), indent=1, sort_keys=True))
