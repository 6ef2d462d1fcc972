"""Two adjustments to wagtail-localize for a network of sites, applied once at start-up.

- Its translation editor lets a user edit a translated snippet only with the *model-wide* permission
  ("may change any strength"), which territory staff never hold: their rights are per site. The editor
  asks `user_can_edit_instance` at every step (editing a string, uploading a PO file, machine
  translation...), so that one function learns per-site permissions.
- Its locale setting "Synchronise content from" is global: it would create and keep creating live
  trees in every site. Languages are added per territory instead (brands/core/translation.py), so the
  setting is not offered.
"""

from django.db.models import Model
from wagtail.permission_policies.sites import SitePermissionPolicy
from wagtail.permissions import policy_registry
from wagtail_localize.locales import components
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.views import edit_translation

stock_user_can_edit_instance = edit_translation.user_can_edit_instance


def user_can_edit_instance(user, instance: Model) -> bool:
    """wagtail-localize's check, with a site-owned snippet editable by those who may change it on its site."""
    policy = policy_registry.get_by_type(type(instance))
    if isinstance(policy, SitePermissionPolicy):
        return policy.user_has_permission_for_instance(user, "change", instance)
    return stock_user_can_edit_instance(user, instance)


def apply() -> None:
    edit_translation.user_can_edit_instance = user_can_edit_instance
    components.LOCALE_COMPONENTS[:] = [
        component for component in components.LOCALE_COMPONENTS if component["model"] is not LocaleSynchronization
    ]
