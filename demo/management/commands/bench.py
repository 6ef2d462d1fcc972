"""`manage.py bench [--short]`: measures the demo loaded in this database (demo/bench.py); `make bench` loads it."""

from django.core.management.base import BaseCommand, CommandError

from demo import bench


class Command(BaseCommand):
    help = "Mesure la démo servie comme en production (gunicorn, wrk) et imprime un tableau Markdown."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--short",
            action="store_true",
            help="Une seconde de charge par page ; échoue si une page dépasse son budget de requêtes SQL (CI).",
        )

    def handle(self, *args, short: bool = False, **options) -> None:
        status = bench.run(short, self.stdout.write)
        if status:
            raise CommandError("Le banc d'essai a échoué (voir ci-dessus).", returncode=status)
