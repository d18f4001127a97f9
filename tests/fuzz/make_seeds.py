#!/usr/bin/env python3
"""Writes the seed corpora of tests/fuzz/corpus/<target>/.

Every hostile input the fuzz targets must survive is a seed here, small or
large (the large ones are why this is a script: a 40,000-part dotted key or a
2 MB manifest is not written by hand), and so is each input that once found a
product bug (REGRESSIONS, written as regress-<name>). Run it from anywhere
after changing one; it rewrites the files it owns and removes seed-* files
it no longer lists, leaving every other file alone: inputs merged from
fuzzing runs (scripts/fuzz.sh says how) and crash inputs kept as the fuzzer
saved them (regress-<name>-fuzzer).

    tests/fuzz/make_seeds.py
"""

from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"


def argv(*args: str) -> bytes:
    """A command line for the cli target: one argument per line."""
    return "\n".join(args).encode()


SEEDS: dict[str, dict[str, bytes]] = {
    "ini": {
        "basic": b"""# oslo.config INI
[DEFAULT]
state_path = /var/lib/blazar
debug: true

[database]
connection = postgresql://blazar:secret@db/blazar
max_retries = "10"
multi = first
  second
\tthird
; comment
[Database]
idle_timeout = '30'
""",
        "nul_in_value": b"[database]\nconnection = sqlite:////var/lib/a\0b.db\n",
        "var_self_cycle": b"[DEFAULT]\na = $a\n[database]\nconnection = ${a}\n",
        "var_pair_cycle": b"[DEFAULT]\na = $b\nb = ${a}\n[database]\nconnection = postgresql://u:pw@$a/db\n",
        "var_group_cycle": b"[database]\nconnection = ${database.connection}x\n",
        "var_escapes": b"[DEFAULT]\nx = $$ \\$ ${ $ ${} ${a.b} ${state_path}/x $1 ${DEFAULT.x}\n"
        b"[database]\nconnection = postgresql://u:pa$$word@h/db\n",
        "var_in_password": b"[database]\nconnection = postgresql://user:pa$word@db/blazar\n",
        "var_unset": b"[database]\nconnection = postgresql://user@$host/blazar\n",
        "sections_10000": b"".join(b"[section%d]\nkey = value%d\n" % (i, i) for i in range(10000)),
        "long_line": b"[database]\nconnection = " + b"x" * 100000 + b"\n[" + b"s" * 50000 + b"]\n"
        + b"k" * 50000 + b" = v\n",
        "crlf": b"[DEFAULT]\r\nstate_path = /var/lib/x\r\n\r\n[database]\r\nconnection = sqlite:///$state_path/a.db\r\n"
        b"  continued\r\n",
        "bom": b"\xef\xbb\xbf[database]\nconnection = sqlite://\n",
        "bom_twice": b"\xef\xbb\xbf\xef\xbb\xbf[database]\nconnection = sqlite://\n",
        "assignment_before_section": b"connection = sqlite://\n",
        "unclosed_section": b"[database\nconnection = sqlite://\n",
        "empty_section": b"[]\n",
        "continuation_first": b"  indented = 1\n[database]\n",
        "no_separator": b"[database]\nconnection\n",
        "empty_key": b"[database]\n= value\n",
        "only_quotes": b"[a]\nk = \"\nk = ''\nk = '\"\n",
        "blank_lines_only": b"\n\n \t\r\n\f\v\n",
    },
    "manifest": {
        "example": b"""# a deployment
[[project]]
name = "blazar"
config_files = ["blazar.conf", "/etc/blazar/blazar.conf", "../up/./x.conf"]
config_dirs = ["/etc/blazar/blazar.conf.d"]
database_url = "postgresql://blazar:secret@db/openstack"
version_table = "alembic_version_blazar"

[[project]]
name = "sahara-east"
plugin = "sahara"
""",
        "dotted_key_40000": b".".join([b"a"] * 40000) + b" = 1\n",
        "dotted_key_32": b"[[project]]\nname = \"x\"\n" + b".".join([b"a"] * 32) + b" = 1\n",
        "dotted_key_33": b".".join([b"a"] * 33) + b" = 1\n",
        "dotted_quoted_keys": b".".join([b'"a.b"'] * 5000) + b" = 1\n",
        "nested_arrays_10000": b"x = " + b"[" * 10000 + b"]" * 10000 + b"\n",
        "nested_arrays_32": b"x = " + b"[" * 32 + b"]" * 32 + b"\n",
        "nested_inline_tables": b"x = " + b"{a = " * 5000 + b"1" + b"}" * 5000 + b"\n",
        "nested_table_header": b"[" + b".".join([b"t"] * 5000) + b"]\n",
        "nested_array_of_tables": b"[[" + b".".join([b"t"] * 5000) + b"]]\n",
        "over_size_bound_2mb": (b"# " + b"x" * 98 + b"\n") * 20000
        + b'[[project]]\nname = "blazar"\n',
        "duplicate_project": b'[[project]]\nname = "a"\n[[project]]\nname = "a"\n',
        "unknown_keys": b'[[project]]\nname = "a"\nconfig_file = ["x"]\n[other]\n',
        "wrong_types": b'[[project]]\nname = 3\nconfig_files = "x"\nconfig_dirs = [1]\nversion_table = ""\n',
        "project_not_a_table": b"project = [1, 2]\n",
        "project_is_table": b'[project]\nname = "a"\n',
        "empty": b"",
        "no_name": b"[[project]]\nplugin = \"x\"\n",
        "syntax_error": b'[[project]]\nname = "blazar"\nconfig_files = ["a",,]\n',
        "strings_with_brackets": b'[[project]]\nname = "[[[{{{..."\nplugin = \'\'\'a.b.c\'\'\'\n'
        b'database_url = """x\\""" # [[[\n',
        "unterminated_string": b'[[project]]\nname = "blazar\n',
    },
    "url": {
        "no_at_sign": b"postgresql://u:pw127.0.0.1/db",
        "no_at_sign_query": b"postgresql://u:pw127.0.0.1?password=secret123",
        "query_password": b"postgresql://u@h/db?password=secret123",
        "query_passwd": b"mysql+pymysql://u@h/db?passwd=secret123&charset=utf8",
        "query_password_upper": b"postgresql://u@h/db?PASSWORD=secret123",
        "both_passwords": b"postgresql://u:userinfo1@h/db?password=query1234",
        "percent_encoded_password": b"postgresql://u:p%40ss%3Aw%2Ford@h/db",
        "percent_malformed": b"postgresql://u:%zz%4%@h/db",
        "plus_password": b"postgresql://u:se+cret@h/db?password=se+cret2",
        "ipv6_host": b"postgresql://u:secretpw@[::1]:5432/db",
        "ipv6_zone": b"postgresql://u:secretpw@[fe80::1%25eth0]/db",
        "ipv6_unclosed": b"mysql://u:secretpw@[::1/db",
        "ipv6_no_user": b"mysql://[::1]:5432/db",
        "ipv6_no_user_bad_port": b"mysql://[::1]:pw127.0.0.1/db",
        "ipv6_trailing": b"postgresql://u:secretpw@[::1]x/db",
        "empty_password": b"postgresql://u:@h/db",
        "password_e": b"postgresql://u:e@establish/db",
        "at_in_password": b"postgresql://u:pa@ss@h/db",
        "at_in_database": b"postgresql://u:secretpw@h/d@b",
        "bad_port": b"postgresql://u:secretpw@h:99999/db",
        "port_letters": b"postgresql://u:secretpw@h:54x2/db",
        "dollar_password": b"postgresql://u:$secret@h/db",
        "dollar_braced_password": b"postgresql://u:${secret}@h/db",
        "unsupported_dialect": b"oracle://u:secretpw@h/db",
        "mysql_bad_timeout": b"mysql://u:secretpw@h/db?connect_timeout=abc&read_timeout=0",
        "mysql_local_infile": b"mysql://u:secretpw@h/db?local_infile=2",
        "sqlite_memory": b"sqlite://",
        "sqlite_memory_explicit": b"sqlite:///:memory:",
        "sqlite_absolute": b"sqlite:////var/lib/a b.db?timeout=3.5",
        "sqlite_quote": b'sqlite:///a"b.db',
        "sqlite_uri": b"sqlite:///x.db?uri=true",
        "sqlite_bad_timeout": b"sqlite:///x.db?timeout=1e999",
        "sqlite_with_password": b"sqlite://u:secretpw@/x.db",
        "no_scheme": b"u:secretpw@h/db",
        "newline_in_password": b"postgresql://u:sec\nret@h/db",
        "quote_in_password": b"postgresql://u:it's\\secret@h/db",
        "space_password": b"postgresql://u:a%20secret@h/db",
    },
    "revision_target": {
        "a_50000": b"a" * 50000,
        "plus_minus": b"+-5",
        "int_min": b"-2147483648",
        "huge_negative": b"-99999999999999999999999999",
        "huge_positive": b"+99999999999999999999999999",
        "heads_plus": b"heads@+1",
        "a_at_base": b"a@base",
        "colon_colon": b"::",
        "at_at": b"@@",
        "head": b"head",
        "heads": b"heads",
        "base": b"base",
        "label_head": b"expand@head",
        "label_base": b"contract@base",
        "label_minus_with_row": b"expand@-1\x005e3fexpand02\x006f4acontr02",
        "minus_with_row": b"-1\x004d7f8e6a5b3c",
        "plus_with_row": b"+1\x0027c6a30d7c24",
        "range": b"1fd6:27c6",
        "range_open": b":head",
        "range_base_heads": b"base:heads",
        "range_current": b"current:head\x003b5e9f0a1c2d",
        "prefix": b"3c4d",
        "short_prefix": b"3c4",
        "label_and_id": b"contract@3c4d5e6f7a8b",
        "relative_symbol": b"27c6+1",
        "relative_symbol_minus": b"27c6a30d7c24-1",
        "label_symbol_relative": b"expand@3a1bexpand01+1",
        "newline_label": b"a\n@+1",
        "many_at": b"a@b@c@+1",
        "unknown_row": b"heads\x00deadbeef\x00",
        "branch_label_as_row": b"+1\x00expand",
        "underscore_number": b"-1_0",
        "current": b"current",
        "empty": b"",
    },
    "cli": {
        "lock_timeout_inf": argv("upgrade", "head", "--lock-timeout", "inf"),
        "lock_timeout_nan": argv("upgrade", "head", "--lock-timeout", "nan"),
        "lock_timeout_1e20": argv("downgrade", "base", "--lock-timeout", "1e20"),
        "lock_timeout_negative": argv("stamp", "head", "--lock-timeout=-1"),
        "lock_timeout_text": argv("upgrade", "head", "--lock-timeout", "soon"),
        "delta_int_min": argv("upgrade", "--delta", "-2147483648"),
        "delta_overflow": argv("downgrade", "--delta", "2147483648"),
        "delta_zero": argv("upgrade", "--delta", "0"),
        "delta_plus": argv("upgrade", "--delta", "+5", "head"),
        "one_dash_config_file": argv("-config-file", "x", "upgrade", "head"),
        "long_argument": argv("upgrade", "a" * 50000),
        "long_command": argv("a" * 50000),
        "long_option": argv("--" + "a" * 50000, "upgrade"),
        "lone_double_dash": argv("--"),
        "double_dash_then_command": argv("--", "upgrade", "-1"),
        "command_then_double_dash": argv("upgrade", "--", "-1"),
        "unknown_global_option": argv("--frobnicate", "upgrade", "head"),
        "unknown_command_option": argv("upgrade", "--frobnicate", "head"),
        "unknown_command": argv("upgrad"),
        "jobs_zero": argv("--jobs", "0", "status"),
        "jobs_negative": argv("-j", "-1", "status"),
        "jobs_overflow": argv("--jobs", "99999999999", "status"),
        "help": argv("--help"),
        "command_help": argv("upgrade", "--help"),
        "version": argv("--version"),
        "stamp_sql_ranges": argv("stamp", "--sql", "a:b", "c:d"),
        "stamp_purge_sql": argv("stamp", "--purge", "--sql", "head"),
        "stamp_no_revision": argv("stamp"),
        "downgrade_sql_no_range": argv("downgrade", "--sql", "base"),
        "output_without_sql": argv("upgrade", "head", "--output", "x.sql"),
        "history_negative_range": argv("history", "-r", "-3:current"),
        "negative_target": argv("downgrade", "-1"),
        "projects": argv("--project", "blazar", "--config-file", "a.conf", "--project", "sahara", "--config-dir",
                         "d", "upgrade", "heads"),
        "plugin_option": argv("--database-connection", "sqlite://", "--sql_connection", "x", "upgrade", "head"),
        "plugin_command_bad_choice": argv("purge_deleted", "bogus"),
        "plugin_command_bad_granularity": argv("purge_deleted", "all", "-g", "weeks", "-a", "3"),
        "plugin_command_bad_integer": argv("purge_deleted", "all", "--batch", "x"),
        "plugin_command_ok": argv("migrate-to-v2", "--all", "--vnf-id", "x"),
        "status_format": argv("status", "--format", "yaml", "-v"),
        "nul_separated": b"upgrade\0head\0--sql",
        "empty_arguments": b"\n\n\n",
        "empty": b"",
    },
}


# Inputs that found product bugs, each fixed in the product (see the unit
# test named in the comment); the corpus replay keeps them fixed.
DEEP_KEY = b".".join([b"a"] * 40000) + b" = 1\n"
REGRESSIONS: dict[str, dict[str, bytes]] = {
    "ini": {
        # OsloConfig::substitute: 8^16 references within the depth bound
        # (oslo_config_test AReferenceBombIsAnError).
        "reference_bomb": b"[DEFAULT]\n"
        + b"".join(b"v%d = %s\n" % (i, b"".join(b"$v%d" % (i + 1) for _ in range(8))) for i in range(16))
        + b"v16 =\n[database]\nconnection = $v0\n",
    },
    "manifest": {
        # The nesting bound ended a multi-line string at its first three
        # closing quotes; toml++ then met the 40,000-part key and overflowed
        # its stack (manifest_test StringsHideNoDeepKeyFromTheNestingBound).
        "multiline_basic_string_four_quotes": b's = """x""""\n' + DEEP_KEY,
        "multiline_basic_string_five_quotes": b's = """x"""""\n' + DEEP_KEY,
        "multiline_literal_string_four_quotes": b"s = " + b"'" * 3 + b"x" + b"'" * 4 + b"\n" + DEEP_KEY,
        "unterminated_string": b's = "x\n' + DEEP_KEY,
    },
    "url": {
        # mask_password kept a query's password= before a ':' of the query
        # (db_url_test QueryPasswordsAndMissingAtSigns) ...
        "query_password_before_colon": b"postgresql://u@h/db?password=secret123&x=a:b@c",
        # ... and one after a '?' in the user name, and under an encoded key.
        "question_in_user_name": b"mysql://u?dsbp@h/db?PASSWORD=secret123",
        "encoded_password_key": b"postgresql://u@h/db?pass%77ord=secret123",
        # one_line_error scrubbed only the user info's password; libpq's
        # conninfo carries the query's (db_url_test PasswordsAreTheUserInfosAndTheQuerys).
        "query_password_in_conninfo": b"postgresql://u@h/db?password=secret123",
        # A decoded password stood inside its own percent-encoded spelling in
        # a message echoing the URL (db_url_test PasswordsIncludeHowTheUrlSpellsThem).
        "query_password_inside_its_spelling": b"sqlite:////v/a.db?password=%38ord$3.5",
    },
    "cli": {
        # Boost 1.74's what() looped for ever on an argument holding its own
        # placeholder (global_options_test AnArgumentHoldingAPlaceholderStillGetsAnError).
        "placeholder_in_unknown_option": argv("upgrade", "head", "--x%canonical_option%"),
        "placeholder_in_value": argv("--jobs", "x%value%", "current"),
        "placeholder_in_command_value": argv("upgrade", "--delta", "%value%"),
    },
}


def write(path: Path, content: bytes) -> None:
    if not path.exists() or path.read_bytes() != content:
        path.write_bytes(content)


def main() -> None:
    for target, seeds in SEEDS.items():
        directory = CORPUS / target
        directory.mkdir(parents=True, exist_ok=True)
        for stale in directory.glob("seed-*"):
            if stale.name[len("seed-"):] not in seeds:
                stale.unlink()
        for name, content in seeds.items():
            write(directory / f"seed-{name}", content)
        for name, content in REGRESSIONS.get(target, {}).items():
            write(directory / f"regress-{name}", content)


if __name__ == "__main__":
    main()
