"""The image keys of a model, to join them when its objects are fetched: what a page or a card shows first."""

from functools import cache

from django.db.models import Model
from wagtail.images.models import AbstractImage


@cache
def image_keys(model: type[Model]) -> tuple[str, ...]:
    """The names of the model's foreign keys to an image (a page's hero, a strength's picture…)."""
    return tuple(
        field.name
        for field in model._meta.concrete_fields
        if field.many_to_one and issubclass(field.related_model, AbstractImage)
    )
