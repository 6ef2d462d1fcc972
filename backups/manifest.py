"""The manifest of a backup (manifest.json): what it holds, and each file's size and SHA-256.

A restore reads it first and checks every file against it before changing anything: a backup that was cut
short, copied halfway or altered is refused with the reason.
"""

import hashlib
import json
import os
import platform
from dataclasses import dataclass
from pathlib import Path

import django
import wagtail
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone
from django.utils.translation import gettext as _

from .errors import BackupError

MANIFEST = "manifest.json"
FORMAT = 1
VENDOR_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


@dataclass(frozen=True)
class Backup:
    """A backup folder whose manifest was read: where its database dump and media archive are."""

    folder: Path
    manifest: dict
    vendor: str
    database_file: Path
    media_file: Path | None


def check_vendor(vendor: str) -> None:
    if vendor not in VENDOR_NAMES:
        raise BackupError(
            _("Base de données « %(vendor)s » non prise en charge : seules PostgreSQL et SQLite le sont.")
            % {"vendor": vendor}
        )


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def describe_file(path: Path) -> dict:
    """A file's entry in the manifest; the file is flushed to disk first, so that the checksum is of what stays."""
    with path.open("rb") as stream:
        os.fsync(stream.fileno())
    return {"name": path.name, "size": path.stat().st_size, "sha256": sha256(path)}


def applied_migrations(connection: BaseDatabaseWrapper) -> dict[str, list[str]]:
    """The migrations the database has, per app: which code version the backup goes with."""
    grouped: dict[str, list[str]] = {}
    for app, name in sorted(MigrationRecorder(connection).applied_migrations()):
        grouped.setdefault(app, []).append(name)
    return grouped


def build_manifest(connection: BaseDatabaseWrapper, database: dict, media: dict | None, files: list[Path]) -> dict:
    return {
        "format": FORMAT,
        "created_at": timezone.now().isoformat(timespec="seconds"),
        "versions": {
            "django": django.get_version(),
            "wagtail": wagtail.__version__,
            "python": platform.python_version(),
        },
        "database": {"vendor": connection.vendor, **database},
        "migrations": applied_migrations(connection),
        "media": media,
        "files": [describe_file(path) for path in files],
    }


def write_manifest(folder: Path, manifest: dict) -> None:
    path = folder / MANIFEST
    path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    describe_file(path)  # flushed to disk before the folder gets its final name


def read_backup(folder: Path) -> Backup:
    """The backup in `folder`, from its manifest; refused if the manifest is missing, unreadable or incomplete."""
    folder = Path(folder)
    if not folder.is_dir():
        raise BackupError(_("« %(folder)s » n’est pas un dossier de sauvegarde.") % {"folder": folder})
    path = folder / MANIFEST
    if not path.is_file():
        raise BackupError(
            _(
                "« %(folder)s » n’est pas une sauvegarde complète : %(manifest)s est absent (sauvegarde "
                "interrompue, ou dossier qui contient les sauvegardes au lieu de l’une d’elles)."
            )
            % {"folder": folder, "manifest": MANIFEST}
        )
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BackupError(
            _("%(manifest)s est illisible, la sauvegarde est abîmée : %(error)s")
            % {"manifest": MANIFEST, "error": error}
        ) from error
    try:
        vendor = manifest["database"]["vendor"]
        database_name = manifest["database"]["file"]
        media_name = manifest["media"]["file"] if manifest["media"] is not None else None
        entries_valid = all(
            isinstance(entry["name"], str) and isinstance(entry["size"], int) and isinstance(entry["sha256"], str)
            for entry in manifest["files"]
        )
        listed = {entry["name"] for entry in manifest["files"]}
        complete = (
            manifest["format"] == FORMAT
            and vendor in VENDOR_NAMES
            and entries_valid
            and {database_name, media_name} - {None} <= listed
        )
    except (KeyError, TypeError):
        complete = False
    if not complete:
        raise BackupError(
            _("%(manifest)s est incomplet ou d’un format inconnu : la sauvegarde est abîmée.") % {"manifest": MANIFEST}
        )
    return Backup(
        folder=folder,
        manifest=manifest,
        vendor=vendor,
        database_file=folder / database_name,
        media_file=folder / media_name if media_name else None,
    )


def verify_files(backup: Backup) -> None:
    """Every file the manifest lists is there, whole and unchanged; otherwise the backup is refused."""
    for entry in backup.manifest["files"]:
        name = entry["name"]
        path = backup.folder / name
        if Path(name).name != name or name.startswith("."):
            raise BackupError(
                _("%(manifest)s cite un fichier invalide : « %(name)s ».") % {"manifest": MANIFEST, "name": name}
            )
        if not path.is_file():
            raise BackupError(_("Fichier manquant dans la sauvegarde : %(name)s.") % {"name": name})
        if path.stat().st_size != entry["size"]:
            raise BackupError(
                _(
                    "%(name)s n’a pas la taille notée dans le manifeste (%(actual)s octets au lieu de "
                    "%(expected)s) : fichier tronqué ou remplacé."
                )
                % {"name": name, "actual": path.stat().st_size, "expected": entry["size"]}
            )
        try:
            digest = sha256(path)
        except OSError as error:
            raise BackupError(_("%(name)s est illisible : %(error)s") % {"name": name, "error": error}) from error
        if digest != entry["sha256"]:
            raise BackupError(
                _("%(name)s ne correspond pas à sa somme de contrôle SHA-256 : le fichier est abîmé.") % {"name": name}
            )
