"""Create a territory's « Annuaire » page and its local actors (the `directory` app) from the demo content.

One module per pilot territory lists its actors (fictional names, addresses, numbers from the ranges ARCEP keeps
for fiction, e-mails at example.org). Each entry goes through the model's own checks (`full_clean`) and its
hours through `directory.hours.parse_day`, as they would in the admin or an import.
"""

from django.contrib.auth.base_user import AbstractBaseUser
from wagtail.models import Locale, Page, Site

from directory import hours
from directory.models import DirectoryEntry, DirectoryPage

from . import aveyron, faucogney, maurienne, nord_grande_terre, xaintrie
from .schema import DirectoryContent, EntryContent

CONTENT: dict[str, DirectoryContent] = {
    "faucogney": faucogney.DIRECTORY,
    "maurienne": maurienne.DIRECTORY,
    "aveyron": aveyron.DIRECTORY,
    "xaintrie": xaintrie.DIRECTORY,
    "nord-grande-terre": nord_grande_terre.DIRECTORY,
}


def opening_hours(week: dict[str, str]) -> list[list]:
    """{"lundi-vendredi": "9h-12h, 14h-18h", "samedi": "9h-12h"} → the stored list."""
    columns = list(hours.COLUMNS)
    days: dict[int, list[hours.Period]] = {}
    for span, text in week.items():
        first, _dash, last = span.partition("-")
        for number in range(columns.index(first), columns.index(last or first) + 1):
            days[number] = hours.parse_day(text)
    return hours.to_stored(days)


def entry(content: EntryContent, site: Site, locale: Locale) -> DirectoryEntry:
    item = DirectoryEntry(
        site=site,
        locale=locale,
        slug=content.slug,
        name=content.name,
        category=content.category,
        labels=list(content.labels),
        description=content.description,
        commune=content.commune,
        address=content.address,
        latitude=content.latitude,
        longitude=content.longitude,
        website=content.website,
        phone=content.phone,
        email=content.email,
        opening_hours=opening_hours(content.hours),
        hours_note=content.hours_note,
    )
    item.full_clean()
    item.save()
    return item


def add_directory(home: Page, territory_slug: str, site: Site, author: AbstractBaseUser) -> DirectoryPage:
    """The territory's « Annuaire » under its home, published, with its French entries."""
    content = CONTENT[territory_slug]
    page = DirectoryPage(title=content.title, slug=content.slug, intro=content.intro, locale=home.locale)
    home.add_child(instance=page)
    page.save_revision(user=author).publish(user=author)
    french = Locale.objects.get(language_code="fr")
    for item in content.entries:
        entry(item, site, french)
    return page
