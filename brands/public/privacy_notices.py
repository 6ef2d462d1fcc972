"""What the visitor domains add to a territory's privacy policy, said by the domains themselves.

The privacy policy is written once, at provisioning, by brands; a domain that collects personal data later
(the forms' messages, kept for the period the territory sets) must state it on the policy page as it stands
today. Each domain registers a `privacy_notices` hook: a function of (site, request) returning a section
title and its HTML, or None. brands never imports the domains: it asks the hooks.
"""

from dataclasses import dataclass

from django.http import HttpRequest
from django.utils.safestring import SafeString
from wagtail import hooks
from wagtail.models import Site

HOOK = "privacy_notices"


@dataclass(frozen=True)
class PrivacyNotice:
    title: str
    html: SafeString


def privacy_notices(site: Site | None, request: HttpRequest | None) -> list[PrivacyNotice]:
    if site is None:
        return []
    return [notice for hook in hooks.get_hooks(HOOK) if (notice := hook(site, request)) is not None]
