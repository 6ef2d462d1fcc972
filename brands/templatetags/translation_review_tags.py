"""The notice in wagtail-localize's translation editor that offers to submit the translation for review."""

from django import template
from django.contrib.auth.base_user import AbstractBaseUser
from django.urls import reverse
from wagtail.models import Page

from brands.translation_review import offers_submission, territory_name

register = template.Library()


@register.inclusion_tag("brands/admin/translation_review_notice.html")
def translation_review_notice(page: Page, user: AbstractBaseUser) -> dict:
    if not offers_submission(page, user):
        return {"shown": False}
    return {
        "shown": True,
        "url": reverse("brands_submit_translation_for_review", args=[page.pk]),
        "territory": territory_name(page),
    }
