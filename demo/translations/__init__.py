"""The demo's translations, one module per pilot that publishes in more than French."""

from demo.translating import DemoTranslations

from . import maurienne, nord_grande_terre, xaintrie

DEMO_TRANSLATIONS: dict[str, DemoTranslations] = {
    "maurienne": maurienne.TRANSLATIONS,
    "nord-grande-terre": nord_grande_terre.TRANSLATIONS,
    "xaintrie": xaintrie.TRANSLATIONS,
}
