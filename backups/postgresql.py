"""PostgreSQL through its own client tools: pg_dump --format=custom, pg_restore in a single transaction.

The connection parameters come from the Django settings of the database; the password goes through PGPASSWORD
(the environment Django's dbshell builds for psql), never on the command line, where any user of the machine
would read it in `ps`. The tools must be at least as recent as the server: Debian's postgresql-client-<major>.
"""

import os
import re
import shutil
import subprocess
from pathlib import Path

from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.backends.postgresql.client import DatabaseClient
from django.utils.translation import gettext as _

from .errors import BackupError
from .manifest import Backup
from .tables import drop_tables, existing_tables

# pg_restore --list: "215; 1259 16390 TABLE public auth_group postgres"
TOC_TABLE = re.compile(r"^\d+; \d+ \d+ TABLE (?P<schema>\S+) (?P<name>\S+) ", re.MULTILINE)


def server_major(connection: BaseDatabaseWrapper) -> int:
    connection.ensure_connection()
    return connection.pg_version // 10000


def install_hint(major: int | str) -> str:
    return _("apt-get install postgresql-client-%(major)s") % {"major": major}


def find_tool(name: str, major: int) -> str:
    path = shutil.which(name)
    if path is None:
        raise BackupError(
            _(
                "%(tool)s est introuvable : installez le client PostgreSQL de la version du serveur (%(major)s), "
                "par exemple « %(hint)s », ou ajoutez son dossier au PATH."
            )
            % {"tool": name, "major": major, "hint": install_hint(major)}
        )
    return path


def environment(settings_dict: dict) -> dict[str, str]:
    """The libpq environment of the database: host, port, user and name, then password and SSL as for psql."""
    _args, secrets = DatabaseClient.settings_to_cmd_args_env(settings_dict, [])
    names = {"PGHOST": "HOST", "PGPORT": "PORT", "PGUSER": "USER", "PGDATABASE": "NAME"}
    connection = {variable: str(settings_dict[key]) for variable, key in names.items() if settings_dict.get(key)}
    return {**os.environ, **connection, **(secrets or {})}


def run(arguments: list[str], settings_dict: dict) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(arguments, env=environment(settings_dict), capture_output=True, text=True, check=False)
    except OSError as error:
        raise BackupError(
            _("Impossible de lancer %(tool)s : %(error)s") % {"tool": Path(arguments[0]).name, "error": error}
        ) from error


def dump(connection: BaseDatabaseWrapper, path: Path) -> dict:
    """pg_dump of the whole database, in the custom format pg_restore reads (compressed, restorable in one go)."""
    major = server_major(connection)
    pg_dump = find_tool("pg_dump", major)
    result = run([pg_dump, "--format=custom", "--no-password", f"--file={path}"], connection.settings_dict)
    if result.returncode:
        raise BackupError(explain_dump_failure(result.stderr, major))
    version = run([pg_dump, "--version"], connection.settings_dict).stdout.strip()
    return {"file": path.name, "server_version": connection.pg_version, "pg_dump": version}


def explain_dump_failure(stderr: str, major: int) -> str:
    """A French reason for pg_dump's failure; a server newer than pg_dump says which client to install."""
    if "server version mismatch" in stderr:
        server = re.search(r"server version: (\d+)", stderr)
        client = re.search(r"pg_dump version: (\d+)", stderr)
        server_version = server.group(1) if server else major
        return _(
            "pg_dump (version %(client)s) est plus ancien que le serveur PostgreSQL (version %(server)s) et refuse "
            "de le sauvegarder : installez le client de la version du serveur (« %(hint)s ») et placez-le en "
            "premier dans le PATH."
        ) % {
            "client": client.group(1) if client else "?",
            "server": server_version,
            "hint": install_hint(server_version),
        }
    return _("pg_dump a échoué : %(error)s") % {"error": stderr.strip()}


def dumped_tables(pg_restore: str, path: Path, settings_dict: dict, dump_tool: str) -> set[str]:
    """The tables of the dump, read by this pg_restore: a dump it cannot read is refused before any change."""
    result = run([pg_restore, "--list", str(path)], settings_dict)
    if result.returncode:
        if "unsupported version" in result.stderr:
            raise BackupError(
                _(
                    "Ce pg_restore ne sait pas lire cette sauvegarde, faite par un pg_dump plus récent (%(tool)s) : "
                    "installez un client PostgreSQL au moins aussi récent, par exemple « apt-get install "
                    "postgresql-client-<version> »."
                )
                % {"tool": dump_tool or "?"}
            )
        raise BackupError(_("pg_restore ne sait pas lire la sauvegarde : %(error)s") % {"error": result.stderr.strip()})
    return {match["name"] for match in TOC_TABLE.finditer(result.stdout)}


def restore(connection: BaseDatabaseWrapper, backup: Backup, force: bool) -> None:
    """pg_restore in one transaction: the database gets the whole dump or stays as it was.

    With `force`, the dump's tables replace the existing ones (--clean --if-exists, in that same transaction),
    and the tables the backup does not have (left by a newer version of the code) are dropped first, since one
    of them may hold a foreign key to a table of the dump that pg_restore must drop.
    """
    major = server_major(connection)
    pg_restore = find_tool("pg_restore", major)
    settings_dict = connection.settings_dict
    path = backup.database_file
    tables = dumped_tables(pg_restore, path, settings_dict, backup.manifest["database"].get("pg_dump", ""))
    extra = sorted(set(existing_tables(connection)) - tables) if force else []
    if extra:
        drop_tables(connection, extra)
    database = settings_dict.get("NAME") or f"service={settings_dict['OPTIONS'].get('service', '')}"
    arguments = [pg_restore, "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction"]
    arguments += ["--no-password", f"--dbname={database}"]
    if force:
        arguments += ["--clean", "--if-exists"]
    result = run([*arguments, str(path)], settings_dict)
    if result.returncode:
        dropped = (
            _(" Les tables absentes de la sauvegarde avaient déjà été supprimées : %(tables)s.")
            % {"tables": ", ".join(extra)}
            if extra
            else ""
        )
        raise BackupError(
            _(
                "pg_restore a échoué ; sa transaction est annulée et la base n’a pas reçu la sauvegarde."
                "%(dropped)s\n%(error)s"
            )
            % {"dropped": dropped, "error": result.stderr.strip()}
        )
