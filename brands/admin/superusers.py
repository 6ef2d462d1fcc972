"""Admin views for superusers only: creating a territory, lifting a login lockout."""

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse


class SuperuserOnlyMixin:
    """Territory staff get a 403 on every URL of the view."""

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)
