"""`manage.py restore <backup folder> [--force] [--no-media]`: a backup back into an empty database.

Thin: the work lives in backups/restoring.py."""

from argparse import ArgumentParser
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from backups.dumping import silent
from backups.errors import BackupError
from backups.restoring import restore_backup


class Command(BaseCommand):
    help = (
        "Restaure une sauvegarde (base de données et médias) après avoir vérifié ses sommes de contrôle, dans une "
        "base vide ; --force remplace les tables et les fichiers existants."
    )
    # The target database may be empty: no check may depend on its tables.
    requires_system_checks = []

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("folder", type=Path, help="dossier d’une sauvegarde, celui qui contient manifest.json")
        parser.add_argument(
            "--force",
            action="store_true",
            help="remplace les tables de la base et les fichiers médias existants par ceux de la sauvegarde",
        )
        parser.add_argument("--no-media", action="store_true", help="ne restaure que la base de données")

    def handle(self, *args, folder: Path, force: bool, no_media: bool, verbosity: int, **options) -> None:
        report = self.stdout.write if verbosity >= 2 else silent
        try:
            notes = restore_backup(folder, force=force, include_media=not no_media, report=report)
        except BackupError as error:
            raise CommandError(str(error)) from error
        if verbosity >= 1:
            self.stdout.write(self.style.SUCCESS(_("Sauvegarde restaurée : %(folder)s") % {"folder": folder}))
            for note in notes:
                self.stdout.write(note)
