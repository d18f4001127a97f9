#!/usr/bin/python3
"""Build a database whose schema and version rows are exactly a reference dump.

usage: build_from_dump.py URL DUMP.json

Stands in for "a database real Alembic left at revision R": the reference
dumps (tests/fixtures/<project>/<dialect>/NNN_R.json) are what real Alembic
left, so a database built to equal one (schema_snapshot.py finds no
difference) is, as far as the dumper can tell, that database. Tables, column
types and defaults as the dump spells them, primary keys, named unique
constraints, indexes, foreign keys (unnamed: the server names them, as it did
for Alembic's unnamed ones), and Alembic's version table with its rows.
Uses Debian's SQLAlchemy for connections and identifier quoting only.
"""
import json
import sys

import sqlalchemy as sa


def main(argv):
    url, dump_path = argv[1], argv[2]
    with open(dump_path) as f:
        dump = json.load(f)
    engine = sa.create_engine(url)
    dialect = engine.dialect.name
    q = engine.dialect.identifier_preparer.quote

    def names(columns):
        return ", ".join(q(c) for c in columns)

    def foreign_key(fk):
        clause = "FOREIGN KEY (%s) REFERENCES %s (%s)" % (names(fk["columns"]), q(fk["ref_table"]),
                                                          names(fk["ref_columns"]))
        return clause + (" ON DELETE " + fk["ondelete"] if fk.get("ondelete") else "")

    statements, later = [], []
    for name, table in dump["tables"].items():
        parts = []
        for column in table["columns"]:
            part = "%s %s" % (q(column["name"]), column["type"])
            if column["default"] is not None:
                part += " DEFAULT " + column["default"]
            part += "" if column["nullable"] else " NOT NULL"
            parts.append(part)
        if table["primary_key"]:
            parts.append("PRIMARY KEY (%s)" % names(table["primary_key"]))
        unique_names = set()
        for unique in table["unique"]:
            if unique["name"]:
                unique_names.add(unique["name"])
                parts.append("CONSTRAINT %s UNIQUE (%s)" % (q(unique["name"]), names(unique["columns"])))
            else:
                parts.append("UNIQUE (%s)" % names(unique["columns"]))
        if dialect == "sqlite":  # SQLite cannot add a foreign key later; it checks none at CREATE
            parts += [foreign_key(fk) for fk in table["foreign_keys"]]
        else:
            later += ["ALTER TABLE %s ADD %s" % (q(name), foreign_key(fk)) for fk in table["foreign_keys"]]
        statements.append("CREATE TABLE %s (\n    %s\n)" % (q(name), ",\n    ".join(parts)))
        for index in table["indexes"]:
            if index["name"] in unique_names:
                continue  # the unique constraint's own index
            statements.append("CREATE %sINDEX %s ON %s (%s)" % ("UNIQUE " if index["unique"] else "",
                                                                q(index["name"]), q(name),
                                                                names(index["columns"])))
    for table, rows in dump["version_tables"].items():
        statements.append("CREATE TABLE %s (version_num VARCHAR(32) NOT NULL, CONSTRAINT %s PRIMARY KEY "
                          "(version_num))" % (q(table), q(table + "_pkc")))
        statements += ["INSERT INTO %s (version_num) VALUES ('%s')" % (q(table), row) for row in rows]
    with engine.begin() as connection:
        for statement in statements + later:
            connection.exec_driver_sql(statement)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
