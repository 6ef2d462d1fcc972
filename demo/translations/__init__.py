"""The demo's translations, one module per pilot that publishes in more than French, plus the pages of the
visitor domains each domain's demo translates (demo/events_translations.py, demo/jobs_translations.py)."""

from demo import events_translations, jobs_translations
from demo.translating import DemoTranslations, extended

from . import daily_life, maurienne, nord_grande_terre, xaintrie

DEMO_TRANSLATIONS: dict[str, DemoTranslations] = {
    "maurienne": extended(
        maurienne.TRANSLATIONS,
        (events_translations.MAURIENNE_PAGES, events_translations.MAURIENNE_STRINGS),
        (jobs_translations.MAURIENNE_PAGES, jobs_translations.MAURIENNE_STRINGS),
        ({}, daily_life.for_languages("en", "it", "de", "nl")),
    ),
    "nord-grande-terre": extended(
        nord_grande_terre.TRANSLATIONS,
        (events_translations.NORD_GRANDE_TERRE_PAGES, events_translations.NORD_GRANDE_TERRE_STRINGS),
        (jobs_translations.NORD_GRANDE_TERRE_PAGES, jobs_translations.NORD_GRANDE_TERRE_STRINGS),
        ({}, daily_life.for_languages("gcf", "en")),
    ),
    "xaintrie": extended(
        xaintrie.TRANSLATIONS,
        (events_translations.XAINTRIE_PAGES, events_translations.XAINTRIE_STRINGS),
        (jobs_translations.XAINTRIE_PAGES, jobs_translations.XAINTRIE_STRINGS),
        ({}, daily_life.for_languages("en")),
    ),
}
