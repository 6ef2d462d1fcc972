"""Write one backup: the database, then the media files, then the manifest, in a new dated folder.

The folder is written under a hidden temporary name and renamed only once the manifest is written: an
interrupted backup never looks complete, and is removed when the interruption lets Python clean up.
The database is dumped before the media are archived: an image uploaded in between is an unused file
in the archive, never a database row whose file is missing.
"""

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from django.db import DEFAULT_DB_ALIAS, connections
from django.utils import timezone
from django.utils.translation import gettext as _

from . import postgresql, sqlite
from .errors import BackupError
from .manifest import VENDOR_NAMES, build_manifest, check_vendor, write_manifest
from .media import archive, media_root

DATABASE_FILES = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}
MEDIA_FILE = "media.tar"
DUMPERS = {"sqlite": sqlite.dump, "postgresql": postgresql.dump}


def silent(message: str) -> None:
    """The default progress reporter: says nothing."""


def make_backup(directory: Path, include_media: bool = True, report: Callable[[str], None] = silent) -> Path:
    """Back up the default database and the media into a new subfolder of `directory`; returns that folder."""
    directory = Path(directory)
    if not directory.is_dir():
        raise BackupError(
            _("Le dossier « %(directory)s » n’existe pas : créez-le (ou montez le disque des sauvegardes) d’abord.")
            % {"directory": directory}
        )
    connection = connections[DEFAULT_DB_ALIAS]
    check_vendor(connection.vendor)
    root = media_root() if include_media else None  # refused before anything is written
    name = timezone.now().strftime("%Y%m%dT%H%M%SZ")
    # mkdtemp: readable by this user only, as the backup holds password hashes and personal data.
    partial = Path(tempfile.mkdtemp(prefix=f".{name}-", suffix=".en-cours", dir=directory))
    try:
        report(_("Base de données %(vendor)s…") % {"vendor": VENDOR_NAMES[connection.vendor]})
        database_path = partial / DATABASE_FILES[connection.vendor]
        database = DUMPERS[connection.vendor](connection, database_path)
        files = [database_path]
        media = None
        if root is not None:
            report(_("Médias de %(root)s…") % {"root": root})
            media = archive(root, partial / MEDIA_FILE)
            files.append(partial / MEDIA_FILE)
        report(_("Manifeste et sommes de contrôle…"))
        write_manifest(partial, build_manifest(connection, database, media, files))
        return publish(partial, directory, name)
    except BaseException as error:
        shutil.rmtree(partial, ignore_errors=True)
        if isinstance(error, OSError):  # a full disk, a lost mount: a reason, not a traceback
            raise BackupError(
                _("La sauvegarde a échoué et son dossier incomplet est supprimé : %(error)s") % {"error": error}
            ) from error
        raise


def publish(partial: Path, directory: Path, name: str) -> Path:
    """Give the finished folder its dated name (a rename: the backup appears whole or not at all)."""
    final, counter = directory / name, 1
    while final.exists():  # two backups in the same second
        counter += 1
        final = directory / f"{name}-{counter}"
    partial.rename(final)
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)  # the rename itself reaches the disk
    finally:
        os.close(descriptor)
    return final
