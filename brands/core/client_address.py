"""Where a request comes from, for everything that counts per visitor: the contact forms' sending limit and the
admin login's lockouts. One setting, CONTACT_TRUSTED_PROXIES, says how far X-Forwarded-For may be trusted."""

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    """The visitor's address: the socket's, or the one the outermost trusted proxy recorded."""
    proxies = getattr(settings, "CONTACT_TRUSTED_PROXIES", 0)
    remote = request.META.get("REMOTE_ADDR", "")
    if proxies <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    # Each trusted proxy appends the address it received from: the last `proxies` entries are theirs.
    if len(forwarded) < proxies:
        return remote
    return forwarded[-proxies]
