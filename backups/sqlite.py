"""SQLite through its online backup API (sqlite3.Connection.backup), in both directions.

The API copies a consistent snapshot while the site keeps running, unlike copying db.sqlite3, which can
catch a write halfway. Restoring replaces the whole target database in one step: it is the backup's,
tables included, or it is left as it was.
"""

import sqlite3
from pathlib import Path

from django.db.backends.base.base import BaseDatabaseWrapper
from django.utils.translation import gettext as _

from .errors import BackupError
from .manifest import Backup


def dump(connection: BaseDatabaseWrapper, path: Path) -> dict:
    connection.ensure_connection()
    target = sqlite3.connect(path)
    try:
        connection.connection.backup(target)
    except sqlite3.Error as error:
        raise BackupError(_("La copie de la base SQLite a échoué : %(error)s") % {"error": error}) from error
    finally:
        target.close()
    return {"file": path.name, "sqlite": sqlite3.sqlite_version}


def check(path: Path) -> None:
    """The file is a readable SQLite database (before anything is replaced)."""
    try:
        source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = source.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            source.close()
    except sqlite3.Error as error:
        result = str(error)
    if result != "ok":
        raise BackupError(_("La base SQLite de la sauvegarde est illisible : %(error)s") % {"error": result})


def restore(connection: BaseDatabaseWrapper, backup: Backup, force: bool) -> None:
    """Copy the backup over the connection's database: its tables go too, so `force` needs nothing more."""
    path = backup.database_file
    check(path)
    connection.ensure_connection()
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        source.backup(connection.connection)
    except sqlite3.Error as error:
        raise BackupError(
            _("La restauration de la base SQLite a échoué, la base est restée telle quelle : %(error)s")
            % {"error": error}
        ) from error
    finally:
        source.close()
