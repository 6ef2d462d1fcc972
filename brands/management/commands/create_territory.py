"""Provision a territory: site, home page, legal pages, brand settings, media collection and staff groups."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from brands.core.provisioning import ProvisioningError, TerritoryRequest, provision_territory


class Command(BaseCommand):
    help = (
        "Crée un territoire (site, page d'accueil, pages légales, identité, collection, groupes) en une seule "
        "transaction."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("name", help="Nom du territoire, par exemple « La Xaintrie ».")
        parser.add_argument("--hostname", required=True, help="Nom d'hôte du site, par exemple xaintrie.example.fr.")
        parser.add_argument("--slug", help="Identifiant court ; déduit du nom s'il est omis.")
        parser.add_argument("--languages", default="fr", help="Langues proposées, séparées par des virgules (fr,en).")
        parser.add_argument(
            "--port", type=int, default=None, help="Port du site (SITE_PORT par défaut : 443 en production, 80 sinon)."
        )
        parser.add_argument(
            "--contact-email",
            default="",
            help=(
                "Adresse e-mail de contact du territoire : pied de page, mentions légales, politique de "
                "confidentialité et déclaration d'accessibilité. Modifiable ensuite dans l'identité de marque."
            ),
        )

    def handle(
        self,
        *args,
        name: str,
        hostname: str,
        slug: str | None,
        languages: str,
        port: int | None,
        contact_email: str,
        **options,
    ) -> None:
        request = TerritoryRequest(
            name=name,
            hostname=hostname,
            slug=slug,
            languages=languages.split(","),
            port=port or settings.SITE_PORT,
            contact_email=contact_email,
        )
        try:
            result = provision_territory(request)
        except ProvisioningError as error:
            raise CommandError(str(error)) from error
        territory = result.territory
        if not result.created:
            self.stdout.write(
                f"Le territoire « {territory.name} » ({territory.slug}) existe déjà : rien n'a été modifié."
            )
            return
        self.stdout.write(
            self.style.SUCCESS(
                f"Territoire « {territory.name} » créé : http://{territory.site.hostname}"
                f"{'' if territory.site.port in (80, 443) else f':{territory.site.port}'}/ "
                f"(langues : {', '.join(territory.languages)}; groupes : "
                f"« {territory.editors_group.name} », « {territory.moderators_group.name} »)."
            )
        )
