"""The page a locked-out visitor of the admin login gets (AXES_LOCKOUT_CALLABLE): 429, in the login's look.

It says the same thing whether the account exists or not, and whether the account or the address is
locked, so that it reveals nothing to whoever is trying passwords.
"""

import math

from axes.helpers import get_client_username
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.lockouts import unlock_time


def lockout_response(
    request: HttpRequest, original_response: HttpResponse | None = None, credentials: dict | None = None
) -> HttpResponse:
    until = unlock_time(get_client_username(request, credentials), request.axes_ip_address)
    seconds = max(60, math.ceil((until - timezone.now()).total_seconds()))
    context = {"title": _("Connexion temporairement bloquée"), "minutes": math.ceil(seconds / 60)}
    response = render(request, "accounts/lockout.html", context, status=429)
    response["Retry-After"] = str(seconds)
    return response
