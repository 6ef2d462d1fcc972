"""Restore one backup: check it whole, refuse what would destroy data, then the database, then the media.

Every check comes before the first change: the manifest and the checksums, the database engine, an empty
target database (or --force) and media files that would be overwritten (or --force). The media are
extracted beside their place before the database is touched, and moved into place once it is restored.
"""

from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path

from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from . import postgresql, sqlite
from .dumping import silent
from .errors import BackupError
from .manifest import VENDOR_NAMES, check_vendor, read_backup, verify_files
from .media import archived_files, existing_files, media_root, staged_media
from .tables import existing_tables

RESTORERS = {"sqlite": sqlite.restore, "postgresql": postgresql.restore}
SHOWN = 5  # files or tables named in a refusal, the rest counted


def listing(names: list[str]) -> str:
    shown = ", ".join(names[:SHOWN])
    return shown + (_(" et %(count)s autres") % {"count": len(names) - SHOWN} if len(names) > SHOWN else "")


def restore_backup(
    folder: Path, force: bool = False, include_media: bool = True, report: Callable[[str], None] = silent
) -> list[str]:
    """Restore the backup in `folder` into the default database and MEDIA_ROOT; returns notes for the operator."""
    connection = connections[DEFAULT_DB_ALIAS]
    check_vendor(connection.vendor)
    backup = read_backup(folder)
    if backup.vendor != connection.vendor:
        raise BackupError(
            _(
                "Cette sauvegarde vient d’une base %(source)s et la base à restaurer est %(target)s : une sauvegarde "
                "ne se restaure que dans le même moteur de base de données (voir DATABASE_URL)."
            )
            % {"source": VENDOR_NAMES[backup.vendor], "target": VENDOR_NAMES[connection.vendor]}
        )
    report(_("Vérification des sommes de contrôle…"))
    verify_files(backup)

    tables = existing_tables(connection)
    if tables and not force:
        raise BackupError(
            _(
                "La base de données n’est pas vide (%(count)s tables, dont %(tables)s) : la restauration ne "
                "l’écrase pas. Restaurez dans une base neuve, ou relancez avec --force pour remplacer ses tables "
                "par celles de la sauvegarde."
            )
            % {"count": len(tables), "tables": listing(tables)}
        )
    restore_media = include_media and backup.media_file is not None
    root = media_root() if restore_media else None
    if restore_media:
        clashes = existing_files(root, archived_files(backup.media_file, root))
        if clashes and not force:
            raise BackupError(
                ngettext(
                    "%(count)s fichier de la sauvegarde existe déjà dans %(root)s (%(files)s) : la restauration ne "
                    "l’écrase pas. Relancez avec --force pour le remplacer.",
                    "%(count)s fichiers de la sauvegarde existent déjà dans %(root)s (%(files)s) : la restauration "
                    "ne les écrase pas. Relancez avec --force pour les remplacer.",
                    len(clashes),
                )
                % {"count": len(clashes), "root": root, "files": listing(clashes)}
            )

    with staged_media(root, backup.media_file) if restore_media else nullcontext() as staged:
        report(_("Base de données %(vendor)s…") % {"vendor": VENDOR_NAMES[connection.vendor]})
        RESTORERS[connection.vendor](connection, backup, force)
        try:
            restored = staged.install() if staged else 0
        except OSError as error:
            raise BackupError(
                _(
                    "La base de données est restaurée, mais les médias n’ont pas pu être mis en place dans %(root)s "
                    ": %(error)s. Corrigez la cause, puis relancez la restauration avec --force."
                )
                % {"root": root, "error": error}
            ) from error
    return notes(connection, tables, backup.media_file is not None, restore_media, restored)


def notes(connection, tables_before: list[str], has_media: bool, restore_media: bool, restored: int) -> list[str]:
    """What the operator should know once the backup is restored."""
    found = []
    dropped = sorted(set(tables_before) - set(existing_tables(connection)))
    if dropped:
        found.append(_("Tables absentes de la sauvegarde, supprimées : %(tables)s.") % {"tables": listing(dropped)})
    if restore_media:
        found.append(
            ngettext("%(count)s fichier média restauré.", "%(count)s fichiers médias restaurés.", restored)
            % {"count": restored}
        )
    elif has_media:
        found.append(_("Médias non restaurés (--no-media)."))
    else:
        found.append(_("Cette sauvegarde ne contient pas les médias (faite avec --no-media)."))
    executor = MigrationExecutor(connection)
    pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if pending:
        found.append(
            _("La sauvegarde précède le code actuel de %(count)s migrations : lancez « manage.py migrate ».")
            % {"count": len(pending)}
        )
    found.append(forget_cached_state())
    return found


def forget_cached_state() -> str:
    """Purge the installation's keys from a shared cache (Redis: brands.core.resilient_cache), which would
    otherwise serve the state before the restore; a cache in each process's memory goes with a restart."""
    purge = getattr(cache, "purge_installation_keys", None)
    if purge is None or not cache.ping():
        return _("Redémarrez l’application : elle garde en mémoire l’état d’avant la restauration.")
    count = purge()
    return ngettext(
        "%(count)s clé du cache Redis de l’installation supprimée ; redémarrez l’application.",
        "%(count)s clés du cache Redis de l’installation supprimées ; redémarrez l’application.",
        count,
    ) % {"count": count}
