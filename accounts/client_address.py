"""The address django-axes counts failed logins against (AXES_CLIENT_IP_CALLABLE).

It is the one the contact forms count sendings against (`brands.core.client_address.client_ip`), so that one
setting, CONTACT_TRUSTED_PROXIES, says how far X-Forwarded-For may be trusted for the whole project.
"""

import ipaddress

from django.http import HttpRequest

from brands.core.client_address import client_ip


def login_client_ip(request: HttpRequest) -> str | None:
    """The visitor's address, or None when it is not one: axes stores it in an address column, and a
    proxy count set too high would hand it whatever the client wrote in X-Forwarded-For."""
    try:
        return str(ipaddress.ip_address(client_ip(request)))
    except ValueError:
        return None
