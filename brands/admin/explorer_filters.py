"""The page explorer's filters offer only what the user's own territory holds.

Wagtail's "Site" filter offers every site of the installation, and its "Owner" and "Edited by" filters every
user who owns or edited a page anywhere: to a territory's editor, that listed the other territories, and the
names of their staff. With 500 territories, the 505 site checkboxes were also a third of the explorer's render
time. For territory staff, the filters offer their own sites (no filter for a single site) and the people who
own or edited their pages, and a filter with nothing to offer is left out (an empty menu otherwise); superusers
keep Wagtail's filters.
"""

from django.contrib.auth import get_user_model
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.models import Page, PageLogEntry, Site

from brands.core.user_scope import scope_pages

stock_init = PageFilterSet.__init__


def scope_filters(filterset: PageFilterSet) -> None:
    request = filterset.request
    if request is None or request.user.is_superuser:
        return
    own = scope_pages(Page.objects.order_by(), request.user)
    own_pages = own.values("pk")
    if "site" in filterset.filters:
        sites = Site.objects.filter(root_page__in=own_pages)
        if sites.count() > 1:
            filterset.filters["site"].queryset = sites
        else:
            del filterset.filters["site"]
    users = get_user_model().objects
    people = {
        "owner": own.values("owner_id"),
        "edited_by": PageLogEntry.objects.order_by()
        .filter(action="wagtail.edit", page__in=own_pages)
        .values("user_id"),
    }
    for name, ids in people.items():
        if name not in filterset.filters:
            continue
        offered = users.filter(pk__in=ids)
        if offered.exists():
            filterset.filters[name].queryset = offered
        else:
            del filterset.filters[name]


def scoped_init(self, *args, **kwargs) -> None:
    stock_init(self, *args, **kwargs)
    scope_filters(self)


def apply() -> None:
    PageFilterSet.__init__ = scoped_init
