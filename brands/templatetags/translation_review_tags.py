"""The notice in wagtail-localize's translation editor that offers to submit the translation for review."""

from django import template
from django.contrib.auth.base_user import AbstractBaseUser
from wagtail.models import Page

from brands.admin.translation_review import notice_context

register = template.Library()


@register.inclusion_tag("brands/admin/translation_review_notice.html")
def translation_review_notice(page: Page, user: AbstractBaseUser) -> dict:
    return notice_context(page, user)
