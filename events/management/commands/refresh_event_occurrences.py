"""Rewrite every event's stored occurrences up to eighteen months from today: run it once a day."""

from django.core.management.base import BaseCommand
from django.db import transaction

from events.models import EventPage


class Command(BaseCommand):
    help = (
        "Réécrit les dates de chaque évènement jusqu’à dix-huit mois à partir d’aujourd’hui "
        "(à lancer chaque jour, par exemple par cron)."
    )

    def handle(self, *args, **options) -> None:
        pages = EventPage.objects.order_by("pk")
        count = written = 0
        for page in pages.iterator():
            with transaction.atomic():
                written += page.write_occurrences()
            count += 1
        self.stdout.write(f"{count} évènements, {written} dates écrites.")
