"""Load the demo data: the network portal and the five pilot territories (idempotent)."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from brands.core.provisioning import ProvisioningError
from demo.loader import load_demo


class Command(BaseCommand):
    help = (
        "Crée le portail et les cinq territoires pilotes avec leurs pages, images, identités et comptes de "
        "démonstration. Ce qui existe déjà n’est pas modifié."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--port", type=int, default=8000, help="Port du serveur de développement (8000 par défaut)."
        )

    def handle(self, *args, port: int, **options) -> None:
        try:
            load_demo(port=port, out=self.stdout.write)
        except (ProvisioningError, ValidationError) as error:
            raise CommandError(f"Chargement de la démonstration impossible : {error}") from error
