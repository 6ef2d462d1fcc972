"""The languages an editor can give a passage: a quote in Creole on a French page, an English slogan in rich text.

Screen readers pronounce a passage in the language its `lang` attribute names (WCAG 3.1.2, RGAA 8.8), so
a quote or a phrase in another language than the page's must say so. Any content language of the platform
can be given, whatever the languages a site offers: a French page may quote an Italian visitor.
"""

from django.conf import settings
from django.utils import translation
from django.utils.text import capfirst


def passage_language_choices() -> list[tuple[str, str]]:
    """(code, "English (en)") for every content language, in its own name as the language switcher shows it."""
    return [
        (code, f"{capfirst(translation.get_language_info(code)['name_local'])} ({code})")
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
    ]


def passage_feature(code: str) -> str:
    """The rich-text feature that marks a passage in that language."""
    return f"lang-{code}"


def passage_features() -> list[str]:
    return [passage_feature(code) for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
