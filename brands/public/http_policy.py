"""The HTTP security policy of every response: Content-Security-Policy and Permissions-Policy.

Two Content-Security-Policies (django-csp builds and writes them):
- the sites' (settings.CONTENT_SECURITY_POLICY): scripts from our own files only, inline styles only with the
  request's nonce (the brand's palette and fonts, the error pages), video and map players only from the hosts
  the click-to-load embeds build, no framing by anyone;
- the admin's (settings.CONTENT_SECURITY_POLICY_ADMIN), for every path under the admin: Wagtail's admin and
  wagtail-localize still write inline scripts and styles, and the page, block and theme previews are frames
  of the admin itself, hence `frame-ancestors 'self'`.
Documents carry Wagtail's own `default-src 'none'`, written by its serve view and left as it is.
"""

from csp.constants import HEADER
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.html import format_html

ADMIN_PREFIX = SimpleLazyObject(lambda: reverse("wagtailadmin_home"))


def is_admin_path(request: HttpRequest) -> bool:
    return request.path.startswith(str(ADMIN_PREFIX))


def csp_nonce(request: HttpRequest | None) -> str:
    """This request's nonce for an inline style, or "" when there is none to give: no request, no policy
    middleware on the way, or a policy already written (django-csp then refuses to hand one out)."""
    nonce = getattr(request, "csp_nonce", None)
    if nonce is None:
        return ""
    try:
        return str(nonce)  # a lazy object: reading it is what puts the nonce in the policy
    except Exception:
        return ""


def nonce_attribute(request: HttpRequest | None) -> str:
    """` nonce="…"`, to write inside an inline `<style>` or `<script>` tag, or nothing."""
    nonce = csp_nonce(request)
    return format_html(' nonce="{}"', nonce) if nonce else ""


class SitePolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's policy under the admin and Permissions-Policy everywhere."""

    def get_policy_parts(self, request: HttpRequest, response: HttpResponse, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and is_admin_path(request):
            parts.config = default_config(settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"])
        return parts

    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        if is_admin_path(request):
            # A preview renders a page through the middleware for a simulated public request, which wrote the
            # sites' policy; the admin's replaces it.
            response.headers.pop(HEADER, None)
        response = super().process_response(request, response)
        if settings.PERMISSIONS_POLICY:
            response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
