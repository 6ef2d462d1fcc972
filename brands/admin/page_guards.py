"""Wagtail admin views that show a page by id before checking the user's rights on it: refused first.

The move confirmation (GET) names the page and its new parent, and the workflow views of a page name its
workflow and task (the cancellation modal) or its title (the "not awaiting moderation" message), whichever
territory it belongs to; Wagtail checks the user's rights only when acting. For another territory's page
they now answer as every other admin view of it does: "Sorry, you do not have permission" (a 403 in XHR).
A page that does not exist is left to Wagtail's 404. brands/admin/urls.py applies this to Wagtail's views.
"""

from collections.abc import Callable
from functools import wraps

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from wagtail.models import Page

from brands.core.user_scope import visible_page_pks


def refuse_foreign_pages(*page_kwargs: str) -> Callable[[Callable], Callable]:
    """Decorates a view whose URL arguments `page_kwargs` are page ids: refused if one is another territory's."""

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def guarded(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            pks = {kwargs[name] for name in page_kwargs}
            existing = set(Page.objects.filter(pk__in=pks).values_list("pk", flat=True))
            if existing - visible_page_pks(existing, request.user):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return guarded

    return decorator
