#!/usr/bin/python3
"""Writes the Alembic script directory of the benchmark workload (bench/workload.md).

usage: make_alembic_tree.py N OUTDIR [--url URL] [--force]

run_bench.sh times real Alembic on this tree and db-manage on bench/plugin, so the two
must be the same chain: N revisions (i = 0 .. N-1), the ids, files and operations that
workload.md defines. Output is deterministic; workload.md's check values (SHA-256 of the
version files, and of Alembic's `upgrade head --sql`) hold for it.

OUTDIR gets:
  alembic.ini                  script_location = %(here)s/migrations, logging as Alembic's
                               "generic" template (alembic INFO on stderr, so an online run
                               logs one `Running upgrade` line per revision, as in production)
  migrations/env.py            the "generic" template's behaviour (see ENV_PY) plus the
                               workload's two switches: -x url=... / $ALEMBIC_URL, and
                               -x per_migration=1
  migrations/script.py.mako    so `alembic revision` would write files of the same shape
  migrations/README            one line naming this script
  migrations/versions/<rev(i)>_rev_<i>.py
"""
import argparse
import hashlib
import os
import shutil
import sys

CREATE_DATE = "2024-01-01 00:00:00.000000"


def revision_id(i):
    """rev(i): the first 12 hex digits of SHA-1 of ASCII "rev-<i>"."""
    return hashlib.sha1(b"rev-%d" % i).hexdigest()[:12]


# Alembic's generic layout; prepend_sys_path and version_path_separator as `alembic init`
# writes them, so Alembic takes the same code paths it takes on a freshly made project.
ALEMBIC_INI = """\
# The bench workload's tree (N={n}), written by bench/make_alembic_tree.py.
[alembic]
script_location = %(here)s/migrations
prepend_sys_path = .
version_path_separator = os
sqlalchemy.url = {url}

[post_write_hooks]

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console
qualname =

[logger_sqlalchemy]
level = WARN
handlers =
qualname = sqlalchemy.engine

[logger_alembic]
level = INFO
handlers =
qualname = alembic

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
datefmt = %H:%M:%S
"""

# What Alembic's "generic" env.py does: offline, render with literal binds and the named
# paramstyle; online, one NullPool connection and one transaction around the whole run.
# The two additions of workload.md let one tree serve every dialect and the N=10000
# PostgreSQL run (one transaction cannot hold the locks of ~3334 new tables there).
ENV_PY = '''\
# The bench workload's env.py, written by bench/make_alembic_tree.py: Alembic's
# generic behaviour, plus `-x url=...` (or $ALEMBIC_URL) to pick the database and
# `-x per_migration=1` for transaction_per_migration (default: one transaction).
import os
from logging.config import fileConfig

from alembic import context
from sqlalchemy import engine_from_config, pool

config = context.config
if config.config_file_name is not None:
    fileConfig(config.config_file_name)

x_arguments = context.get_x_argument(as_dictionary=True)
url = x_arguments.get("url") or os.environ.get("ALEMBIC_URL")
if url:
    config.set_main_option("sqlalchemy.url", url)
per_migration = x_arguments.get("per_migration", "0").lower() in ("1", "true", "yes")


def run_offline():
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=None,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
        transaction_per_migration=per_migration,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online():
    engine = engine_from_config(
        config.get_section(config.config_ini_section), prefix="sqlalchemy.", poolclass=pool.NullPool
    )
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=None,
                          transaction_per_migration=per_migration)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
'''

# The revision file's frame, as a Mako template with Alembic's revision variables; the
# generated files below have exactly this shape (workload.md shows one).
SCRIPT_MAKO = '''\
"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}

"""
from alembic import op
import sqlalchemy as sa
${imports if imports else ""}

# revision identifiers, used by Alembic.
revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels)}
depends_on = ${repr(depends_on)}


def upgrade() -> None:
    ${upgrades if upgrades else "pass"}


def downgrade() -> None:
    ${downgrades if downgrades else "pass"}
'''

REVISION = '''\
"""rev {i}

Revision ID: {rev}
Revises: {revises}
Create Date: {date}

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = {rev!r}
down_revision = {down!r}
branch_labels = None
depends_on = None


def upgrade() -> None:
{upgrade}


def downgrade() -> None:
{downgrade}
'''


def bodies(i):
    """The upgrade and downgrade bodies of revision i (workload.md, "Operations of revision i")."""
    if i % 3 == 0:
        table = "t%d" % i
        upgrade = "\n".join([
            "    op.create_table(",
            "        %r," % table,
            "        sa.Column('id', sa.Integer(), nullable=False),",
            "        sa.Column('name', sa.String(length=255), nullable=False),",
            "        sa.Column('created_at', sa.DateTime(), nullable=True),",
            "        sa.Column('payload', sa.Text(), nullable=True),",
            "        sa.Column('flag', sa.Boolean(), nullable=True),",
            "        sa.PrimaryKeyConstraint('id'),",
            "    )",
            "    op.create_index(%r, %r, ['name'], unique=False)" % ("ix_%s_name" % table, table),
        ])
        downgrade = "\n".join([
            "    op.drop_index(%r, table_name=%r)" % ("ix_%s_name" % table, table),
            "    op.drop_table(%r)" % table,
        ])
    elif i % 3 == 1:
        table, column = "t%d" % (i - 1), "extra_%d" % i
        upgrade = "    op.add_column(%r, sa.Column(%r, sa.String(length=64), nullable=True))" % (table, column)
        downgrade = "    op.drop_column(%r, %r)" % (table, column)
    else:
        table = "t%d" % (i - 2)
        index = "ix_%s_created_at" % table
        upgrade = "    op.create_index(%r, %r, ['created_at'], unique=False)" % (index, table)
        downgrade = "    op.drop_index(%r, table_name=%r)" % (index, table)
    return upgrade, downgrade


def write(path, text):
    with open(path, "w", encoding="ascii", newline="\n") as f:
        f.write(text)


def make_tree(n, outdir, url):
    """Writes the tree; returns the head revision."""
    migrations = os.path.join(outdir, "migrations")
    versions = os.path.join(migrations, "versions")
    os.makedirs(versions)
    write(os.path.join(outdir, "alembic.ini"), ALEMBIC_INI.format(n=n, url=url))
    write(os.path.join(migrations, "env.py"), ENV_PY)
    write(os.path.join(migrations, "script.py.mako"), SCRIPT_MAKO)
    write(os.path.join(migrations, "README"), "The bench workload, N=%d (bench/make_alembic_tree.py)\n" % n)
    down = None
    for i in range(n):
        rev = revision_id(i)
        upgrade, downgrade = bodies(i)
        # An empty "Revises: " keeps its trailing space, as Alembic renders None.
        text = REVISION.format(i=i, rev=rev, revises=down or "", date=CREATE_DATE, down=down,
                               upgrade=upgrade, downgrade=downgrade)
        write(os.path.join(versions, "%s_rev_%d.py" % (rev, i)), text)
        down = rev
    return down


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of revisions")
    parser.add_argument("outdir")
    parser.add_argument("--url", default="sqlite:///bench.db",
                        help="sqlalchemy.url in alembic.ini (-x url=... overrides it)")
    parser.add_argument("--force", action="store_true", help="replace an existing OUTDIR")
    args = parser.parse_args()
    if args.n < 1:
        sys.exit("N must be at least 1")
    if os.path.exists(args.outdir):
        if not args.force:
            sys.exit("%s exists (use --force)" % args.outdir)
        shutil.rmtree(args.outdir)
    head = make_tree(args.n, args.outdir, args.url)
    print("%s N=%d head=%s" % (args.outdir, args.n, head))


if __name__ == "__main__":
    main()
