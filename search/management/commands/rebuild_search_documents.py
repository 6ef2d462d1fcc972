"""Rebuild the site search index from what is published, site by site (safe to run again at any time)."""

from django.core.management.base import BaseCommand

from search.indexing import rebuild


def count(number: int, singular: str, plural: str) -> str:
    return f"{number} {singular if number < 2 else plural}"


class Command(BaseCommand):
    help = (
        "Reconstruit l'index de la recherche : les pages publiées et publiques de chaque site, dans chaque "
        "langue, et les atouts. Sans effet sur les contenus ; le relancer donne le même index."
    )

    def handle(self, *args, **options) -> None:
        report = rebuild()
        self.stdout.write(
            self.style.SUCCESS(
                "Index de recherche reconstruit : "
                f"{count(report.pages, 'page', 'pages')}, {count(report.strengths, 'atout', 'atouts')} "
                f"et {count(report.items, 'fiche', 'fiches')}, "
                f"sur {count(report.sites, 'site', 'sites')}."
            )
        )
