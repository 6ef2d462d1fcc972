"""Show, add or remove the languages a territory offers."""

from django.core.management.base import BaseCommand, CommandError, CommandParser

from brands.core.errors import ProvisioningError
from brands.core.translation import check_language, language_name, set_languages
from brands.models import Territory


class Command(BaseCommand):
    help = (
        "Affiche les langues d'un territoire, ou en ajoute (pages préparées en brouillon) et en retire "
        "(pages dépubliées, jamais supprimées)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("slug", help="Identifiant du territoire, par exemple maurienne.")
        parser.add_argument("--add", action="append", default=[], metavar="CODE", help="Langue à ajouter (répétable).")
        parser.add_argument(
            "--remove", action="append", default=[], metavar="CODE", help="Langue à retirer (répétable)."
        )

    def handle(self, *args, slug: str, add: list[str], remove: list[str], **options) -> None:
        territory = Territory.objects.filter(slug=slug).first()
        if territory is None:
            known = ", ".join(Territory.objects.order_by("slug").values_list("slug", flat=True)) or "aucun"
            raise CommandError(f"Aucun territoire « {slug} ». Territoires existants : {known}.")
        add = [code.strip().lower() for code in add if code.strip()]
        remove = [code.strip().lower() for code in remove if code.strip()]
        if both := sorted(set(add) & set(remove)):
            raise CommandError(f"Langue à la fois ajoutée et retirée : {', '.join(both)}.")
        wanted = [code for code in territory.languages if code not in remove] + add
        try:
            for code in [*add, *remove]:
                check_language(code)
            changes = set_languages(territory, wanted)
        except ProvisioningError as error:
            raise CommandError(str(error)) from error
        for change in changes:
            if change.added:
                self.stdout.write(
                    f"{language_name(change.language_code)} ajouté : {len(change.created)} page(s) en brouillon à "
                    f"traduire, {len(change.republished)} remise(s) en ligne."
                )
            else:
                self.stdout.write(
                    f"{language_name(change.language_code)} retiré : {len(change.unpublished)} page(s) dépubliée(s), "
                    "conservée(s)."
                )
        territory.refresh_from_db()
        names = ", ".join(language_name(code) for code in territory.languages)
        self.stdout.write(self.style.SUCCESS(f"« {territory.name} » propose : {names}."))
