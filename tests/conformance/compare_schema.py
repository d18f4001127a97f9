#!/usr/bin/python3
"""Compare a live database's schema with a reference dump.

usage: compare_schema.py URL EXPECTED.json [--ignore-version-tables] [--from-postgresql]

Dumps URL with the project's dumper (schema_snapshot.py beside this file,
which prints the reference data's format; run by Debian's python3 with
SQLAlchemy 1.4) and compares the two as JSON objects. Prints the differences,
one per line, and exits 1 when there are any, 0 when the schemas are equal.

--map-type FROM=TO (repeatable, with --from-postgresql): a PostgreSQL type a
revision chooses differently for the other dialects (tacker's VARCHAR(65535)
is TEXT(65535) elsewhere) is expected as TO.

--from-postgresql: EXPECTED is a PostgreSQL dump and URL a SQLite database.
The dump is first put in the terms SQLite reports (its type names, unnamed
unique constraints without backing indexes): how a revision's intended
schema is checked on SQLite where real Alembic never got that far.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import schema_snapshot  # noqa: E402  (path set above)


def differences(path, want, got, out):
    if isinstance(want, dict) and isinstance(got, dict):
        for key in sorted(set(want) | set(got)):
            if key not in got:
                out.append(f"{path}/{key}: missing")
            elif key not in want:
                out.append(f"{path}/{key}: unexpected {json.dumps(got[key], sort_keys=True)[:200]}")
            else:
                differences(f"{path}/{key}", want[key], got[key], out)
    elif want != got:
        out.append(f"{path}: expected {json.dumps(want, sort_keys=True)[:300]}, got {json.dumps(got, sort_keys=True)[:300]}")


# PostgreSQL reports FLOAT columns as DOUBLE_PRECISION; SQLite keeps the declared FLOAT.
SQLITE_TYPES = {"TIMESTAMP": "DATETIME", "BYTEA": "BLOB", "DOUBLE_PRECISION": "FLOAT"}


# PostgreSQL reports a literal default with its cast ('x'::character varying);
# SQLite keeps the literal as written.
CAST = re.compile(r"^('(?:[^']|'')*')::[a-z ]+$")


def postgresql_as_sqlite(dump, mapped=None):
    types = dict(SQLITE_TYPES, **(mapped or {}))
    for name, table in dump["tables"].items():
        for column in table["columns"]:
            column["type"] = types.get(column["type"], column["type"])
            if column["default"] is not None:
                column["default"] = CAST.sub(r"\1", column["default"])
                if column["default"].startswith("nextval("):
                    column["default"] = None  # SERIAL: SQLite's INTEGER PRIMARY KEY needs no default
        unique_names = {u["name"] for u in table["unique"]}
        table["indexes"] = [i for i in table["indexes"] if i["name"] not in unique_names]
        for unique in table["unique"]:
            # A name PostgreSQL chose (<table>_<columns>_key) was never written: SQLite has none.
            if unique["name"] == "_".join([name] + unique["columns"]) + "_key":
                unique["name"] = None
    dump["dialect"] = "sqlite"
    return dump


# Boolean and integer defaults by their value: SQLite keeps `true` as written
# but stores sa.false() as 0, and keeps server_default='0' quoted; PostgreSQL
# reports true/false and folds '0'::integer to 0.
BOOLEAN_DEFAULTS = {"1": "true", "(1)": "true", "true": "true", "0": "false", "(0)": "false", "false": "false"}
QUOTED_INTEGER = re.compile(r"^'(-?[0-9]+)'$")


def defaults_by_value(dump):
    for table in dump["tables"].values():
        for column in table["columns"]:
            if column["default"] is None:
                continue
            if column["type"] == "BOOLEAN":
                column["default"] = BOOLEAN_DEFAULTS.get(column["default"].lower(), column["default"])
            elif column["type"] in ("INTEGER", "BIGINT", "SMALLINT"):
                column["default"] = QUOTED_INTEGER.sub(r"\1", column["default"])
    return dump


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    url, expected_path = argv[1], argv[2]
    with open(expected_path) as f:
        want = json.load(f)
    mapped = dict(argv[i + 1].split("=", 1) for i, a in enumerate(argv) if a == "--map-type")
    if "--from-postgresql" in argv:
        want = defaults_by_value(postgresql_as_sqlite(want, mapped))
    got = schema_snapshot.snapshot(url)
    if "--from-postgresql" in argv:
        got = defaults_by_value(got)
    if "--ignore-version-tables" in argv:
        want.pop("version_tables", None)
        got.pop("version_tables", None)
    out = []
    differences("", want, got, out)
    for line in out:
        print(line)
    return 1 if out else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
