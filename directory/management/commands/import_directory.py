"""`manage.py import_directory <territory> <file.csv> [--commit]`: a territory's directory from a CSV file.

A dry run unless --commit; the work lives in directory/importing/."""

from argparse import ArgumentParser
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from brands.models import Territory
from directory.importing.planning import import_file
from directory.importing.reading import ImportRefused
from directory.importing.report import report_lines


class Command(BaseCommand):
    help = "Importe l’annuaire d’un territoire depuis un fichier CSV (simulation sans --commit)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("territory", help="identifiant du territoire, par exemple maurienne")
        parser.add_argument(
            "file", type=Path, help="fichier CSV en UTF-8, séparé par des virgules ou des points-virgules"
        )
        parser.add_argument("--commit", action="store_true", help="applique l’import (sinon : simulation)")

    def handle(self, *args, territory: str, file: Path, commit: bool, **options) -> None:
        found = Territory.objects.select_related("site").filter(slug=territory).first()
        if found is None:
            known = ", ".join(Territory.objects.order_by("slug").values_list("slug", flat=True))
            raise CommandError(
                _("territoire inconnu « %(slug)s » ; les territoires sont %(known)s")
                % {"slug": territory, "known": known}
            )
        try:
            content = file.read_bytes()
        except OSError as error:
            raise CommandError(_("fichier illisible : %(error)s") % {"error": error}) from error
        try:
            plan = import_file(found.site, content, commit=commit)
        except ImportRefused as refusal:
            lines = [_("Import refusé, rien n’a été écrit :"), *(str(problem) for problem in refusal.problems)]
            raise CommandError("\n".join(lines)) from refusal
        self.stdout.write(
            _("Annuaire du territoire %(territory)s, fichier %(file)s") % {"territory": found.name, "file": file.name}
        )
        for line in report_lines(plan, applied=commit):
            self.stdout.write(line)
        if not commit:
            self.stdout.write(_("Relancez avec --commit pour appliquer."))
