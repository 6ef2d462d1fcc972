"""The lockout check of django-axes for the test settings, with room for Django's test client.

`Client.login()` calls `authenticate()` without a request, which axes refuses (it needs the request to
know the address). Such a call is let through to the password check; every login through a request,
the login form included, is checked by axes as in production.
"""

from axes.backends import AxesStandaloneBackend
from django.http import HttpRequest


class ClientLoginAxesBackend(AxesStandaloneBackend):
    def authenticate(
        self, request: HttpRequest | None, username: str | None = None, password: str | None = None, **kwargs
    ):
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)
