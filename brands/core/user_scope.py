"""What a user may know exists: their territory's pages, media and site-owned snippets.

Wagtail's permissions refuse every action on another territory's content, but several of its views and
choosers list it. These querysets narrow a listing to the user's own territory; the admin's scoped views
(`brands/admin/scoped_views.py`), its tag autocomplete, the search promotions and the block previews use them.
Superusers keep seeing everything.
"""

from collections.abc import Iterable

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Model, QuerySet
from wagtail.models import CollectionMember, Page
from wagtail.permission_policies.sites import SitePermissionPolicy
from wagtail.permissions import policy_registry

User = AbstractBaseUser | AnonymousUser

COLLECTION_ACTIONS = ["add", "change", "choose", "delete"]
SITE_ACTIONS = ["add", "change", "delete"]


def scope_pages(pages: QuerySet, user: User) -> QuerySet:
    """Only the pages the user may explore: their territory's tree (every page for a superuser)."""
    if user.is_superuser:
        return pages
    explorable = policy_registry.get_by_type(Page).explorable_instances(user)
    return pages.filter(pk__in=explorable.values("pk"))


def scope_instances(items: QuerySet, user: User) -> QuerySet:
    """Only the items the user may know exist: pages of their tree, media of their collections, and
    site-owned snippets (per-site permissions, such as strengths) of their sites."""
    if user.is_superuser:
        return items
    if issubclass(items.model, Page):
        return scope_pages(items, user)
    policy = policy_registry.get_by_type(items.model)
    if isinstance(policy, SitePermissionPolicy):
        return items.filter(pk__in=policy.instances_user_has_any_permission_for(user, SITE_ACTIONS).values("pk"))
    if issubclass(items.model, CollectionMember):
        return scope_collection_members(items, user)
    return items  # a model-wide permission: nothing of another territory to hide


def visible_page_pks(pks: Iterable, user: User) -> set[int]:
    """The ids among `pks` of pages the user may explore."""
    return set(scope_pages(Page.objects.filter(pk__in=list(pks)), user).values_list("pk", flat=True))


def scope_collection_members(items: QuerySet, user: User) -> QuerySet:
    """Only the images or documents in a collection where the user holds some permission."""
    if user.is_superuser:
        return items
    policy = policy_registry.get_by_type(items.model)
    return items.filter(collection__in=policy.collections_user_has_any_permission_for(user, COLLECTION_ACTIONS))


def visible_subset(objects: list[Model], user: User) -> list[Model]:
    """The pages, images or documents among `objects` that the user may know exist."""
    if not objects:
        return []
    model = type(objects[0])
    queryset = model.objects.filter(pk__in=[obj.pk for obj in objects])
    visible_pks = set(scope_instances(queryset, user).values_list("pk", flat=True))
    return [obj for obj in objects if obj.pk in visible_pks]
