"""`manage.py backup <directory> [--no-media]`: the database and the media in a new dated folder.

Thin: the work lives in backups/dumping.py."""

from argparse import ArgumentParser
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from backups.dumping import make_backup, silent
from backups.errors import BackupError


class Command(BaseCommand):
    help = "Sauvegarde la base de données et les médias dans un nouveau sous-dossier daté du dossier indiqué."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("directory", type=Path, help="dossier des sauvegardes (il doit exister)")
        parser.add_argument(
            "--no-media",
            action="store_true",
            help="ne sauvegarde que la base (médias sur un stockage objet, qui a son propre versionnage)",
        )

    def handle(self, *args, directory: Path, no_media: bool, verbosity: int, **options) -> None:
        report = self.stdout.write if verbosity >= 2 else silent
        try:
            folder = make_backup(directory, include_media=not no_media, report=report)
        except BackupError as error:
            raise CommandError(str(error)) from error
        if verbosity >= 1:
            self.stdout.write(self.style.SUCCESS(_("Sauvegarde terminée : %(folder)s") % {"folder": folder}))
