"""The admin waits for the second factor: until the code is given, every admin page leads to it.

A staff member with a confirmed device who has only given their password is sent to « Code de
vérification »; with OTP_REQUIRED_FOR_SUPERUSERS, a superuser without a device is sent to its setup.
Only the login, the logout, the page they are sent to and what that page loads (icons, translations of
the admin's scripts) stay open. Public pages are not concerned: the admin is what a password opens.
"""

from collections.abc import Callable
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse

from accounts.devices import confirmed_device
from brands.public.http_policy import is_admin_path

ALWAYS_OPEN = {"wagtailadmin_login", "wagtailadmin_logout", "wagtailadmin_sprite", "wagtailadmin_javascript_catalog"}


def required_step(request: HttpRequest) -> str | None:
    """The URL name of the page this request must go through first, if any."""
    user = request.user
    if not user.is_authenticated or user.is_verified():
        return None
    if confirmed_device(user) is not None:
        return "accounts_two_factor_verify"
    if user.is_superuser and settings.OTP_REQUIRED_FOR_SUPERUSERS:
        return "accounts_two_factor"
    return None


class TwoFactorMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func: Callable, view_args: tuple, view_kwargs: dict):
        """Runs once the URL is resolved, so that open pages are known by name, not by path."""
        if not is_admin_path(request):
            return None
        name = request.resolver_match.url_name
        if name in ALWAYS_OPEN or (name or "").startswith("wagtailadmin_password_reset"):
            return None
        step = required_step(request)
        if step is None or step == name:
            return None
        return redirect(f"{reverse(step)}?{urlencode({'next': request.get_full_path()})}")
