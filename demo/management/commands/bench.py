"""`manage.py bench [--short | --scale TERRITORIES PAGES | --measure-scale]`: measures the demo loaded in this database
(demo/bench.py, demo/bench_scale.py); `make bench` and `make bench-scale` load it first."""

from django.core.management.base import BaseCommand, CommandError

from demo import bench, bench_scale


class Command(BaseCommand):
    help = "Mesure la démo servie comme en production (gunicorn, wrk) et imprime un tableau Markdown."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--short",
            action="store_true",
            help="Une seconde de charge par page ; échoue si une page dépasse son budget de requêtes SQL (CI).",
        )
        parser.add_argument(
            "--scale",
            nargs=2,
            type=int,
            metavar=("TERRITOIRES", "PAGES"),
            help="Ajoute ce nombre de territoires de ce nombre de pages et compare l'accueil, l'explorateur et le "
            "tableau de bord de la Maurienne avant et après (écart de 10 %% au plus).",
        )

        parser.add_argument(
            "--measure-scale",
            action="store_true",
            help="Les mesures de --scale sur cette base, sans rien ajouter (une ligne JSON par mesure).",
        )

    def handle(
        self, *args, short: bool = False, scale: list[int] | None = None, measure_scale: bool = False, **options
    ) -> None:
        if measure_scale:
            bench_scale.print_measures(self.stdout.write)
            return
        if scale:
            territories, pages = scale
            if territories < 1 or pages < 0:
                raise CommandError("--scale attend un nombre de territoires (1 ou plus) et de pages (0 ou plus).")
            status = bench_scale.run(territories, pages, self.stdout.write)
        else:
            status = bench.run(short, self.stdout.write)
        if status:
            raise CommandError("Le banc d'essai a échoué (voir ci-dessus).", returncode=status)
