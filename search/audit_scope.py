"""Wagtail's log of non-page changes, limited to what a territory user may see.

`ModelLogEntry.objects.viewable_by_user` lets a user read every log entry of a model on which they hold
any model-wide permission. Territory staff hold the model-wide permissions on search promotions (their
views are scoped by promoted page), so the site history report would name every territory's promotions
and who changed them. Entries of promotions are narrowed to those whose page is the user's; applied once
at start-up (search/apps.py), so every report and filter that uses the manager is covered.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, QuerySet
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models.audit_log import ModelLogEntryManager

from brands.core.user_scope import User
from search.forms import own_promotions

stock_viewable_by_user = ModelLogEntryManager.viewable_by_user


def viewable_by_user(manager: ModelLogEntryManager, user: User) -> QuerySet:
    entries = stock_viewable_by_user(manager, user)
    if user.is_superuser:
        return entries
    own = own_promotions(user).values_list("pk", flat=True)
    promotions = ContentType.objects.get_for_model(SearchPromotion)
    return entries.exclude(Q(content_type=promotions) & ~Q(object_id__in=[str(pk) for pk in own]))


def apply() -> None:
    ModelLogEntryManager.viewable_by_user = viewable_by_user
