"""Text a translation still shows in its source language, so the page can mark it with `lang`.

wagtail-localize publishes a translated snippet even when some of its fields are not translated yet: they
keep the source text (`save_target` falls back to it). On an English page, a strength whose title is still
French must say so (`lang="fr"`), or a screen reader pronounces French words with English rules (RGAA 8.8).

A field counts as untranslated when its text is the same as in the source instance: the first one created
for its translation key, since every translation is copied from it. An instance in another language than
the page (a French strength chosen in a block, never translated) is untranslated as a whole.
"""

from collections.abc import Iterable

from django.conf import settings
from django.db.models import Model
from django.utils import translation
from wagtail_localize.fields import TranslatableField


def translated_text_fields(model: type[Model]) -> list[str]:
    """The fields a translator translates (`TranslatableField`), as opposed to those synchronised from the source."""
    return [field.field_name for field in model.translatable_fields if isinstance(field, TranslatableField)]


def mark_untranslated(instances: Iterable[Model], language: str | None = None) -> None:
    """Give each instance `untranslated`: {field name: source language code} for the fields still in the source.

    All the instances are of one model. One query for all of them; none when the page is in the source
    language (`LANGUAGE_CODE`, the active language by default), whose text is original by definition.
    """
    instances = [instance for instance in instances if instance is not None]
    for instance in instances:
        instance.untranslated = {}
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    if not instances or language == settings.LANGUAGE_CODE:
        return
    model = type(instances[0])
    fields = translated_text_fields(model)
    sources: dict = {}
    languages: dict = {}
    rows = (
        model.objects.filter(translation_key__in={instance.translation_key for instance in instances})
        .order_by("pk")
        .values("pk", "translation_key", "locale__language_code", *fields)
    )
    for row in rows:
        sources.setdefault(row["translation_key"], row)
        languages[row["pk"]] = row["locale__language_code"]
    for instance in instances:
        own_language = languages.get(instance.pk, language)
        if own_language != language:
            # Chosen in another language and never translated: all of it is in that language.
            instance.untranslated = {field: own_language for field in fields if getattr(instance, field)}
            continue
        source = sources.get(instance.translation_key)
        if source is None or source["pk"] == instance.pk:
            continue
        instance.untranslated = {
            field: source["locale__language_code"]
            for field in fields
            if getattr(instance, field) and getattr(instance, field) == source[field]
        }
