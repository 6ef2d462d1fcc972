"""Delete the form messages older than each territory's retention period (contact/retention.py).

Safe to run twice and from cron (daily): a second run finds nothing more to delete. `--dry-run` counts
without deleting.
"""

from django.core.management.base import BaseCommand

from contact.purging import purge
from contact.retention import retention_label


class Command(BaseCommand):
    help = "Efface les messages des formulaires plus anciens que la durée de conservation de chaque territoire."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="Compte les messages à effacer sans rien effacer.")

    def handle(self, *args, dry_run: bool = False, **options) -> None:
        results = purge(dry_run=dry_run)
        verb = "à effacer" if dry_run else "effacé(s)"
        for result in results:
            name = result.site.site_name or result.site.hostname
            self.stdout.write(
                f"{name} : {result.count} message(s) {verb} (conservation : {retention_label(result.months)})"
            )
        total = sum(result.count for result in results)
        summary = f"Total : {total} message(s) {verb}."
        self.stdout.write(self.style.SUCCESS(summary) if not dry_run else summary)
