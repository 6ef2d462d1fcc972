"""The component catalogue: every block and component of the public sites on one page, in a site's palette.

A designer or a territory's staff review the design system in one place: the site's own header and footer,
type, buttons, cards, figures, the strengths chart, pagination and every block of the library with its
preview value (media blocks take the viewer's own images, as block previews do). The page is rendered as
the site renders its pages, with the site's palette and fonts; a list of palettes switches between the
sites the viewer may explore (every territory for a superuser, their own for territory staff).
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.models import Page, Site

from brands.blocks import BODY_BLOCKS
from brands.core.user_scope import User, scope_pages
from brands.models import StrengthCategory
from brands.public.strengths_chart import category_groups, strengths_chart

SAMPLE_PAGE_COUNT = 12  # pages of the sample pagination: enough for its ellipsis


@dataclass(frozen=True)
class RenderedBlock:
    name: str
    label: str
    description: str
    html: SafeString  # empty when the block has nothing to show, such as an image block without an image


def catalogue_sites(user: User) -> QuerySet:
    """The sites whose palette the user may see: those whose pages they may explore."""
    sites = Site.objects.select_related("root_page").order_by("site_name", "hostname")
    if user.is_superuser:
        return sites
    return sites.filter(root_page__in=scope_pages(Page.objects.all(), user).values("pk"))


def render_blocks(request: HttpRequest) -> list[RenderedBlock]:
    """Each block of the library rendered with its preview value, as the block picker previews it."""
    rendered = []
    for name, block in BODY_BLOCKS:
        value = block.get_preview_value()
        context = block.get_preview_context(value, {"request": request, "block_def": block})
        bound = context.get("bound_block") or block.bind(value)
        rendered.append(
            RenderedBlock(
                name,
                str(block.label),
                str(block.meta.description or ""),
                mark_safe(bound.render(context=context).strip()),
            )
        )
    return rendered


def sample_strengths() -> list:
    """Unsaved strengths over three categories: the strength card and the chart with nothing of a territory."""
    grid = dict(BODY_BLOCKS)["strengths_grid"]
    examples = list(grid.get_preview_value()["strengths"])
    model = type(examples[0])
    examples.append(
        model(title="Deux gares à vingt minutes", category=StrengthCategory.MOBILITY, pitch="Le train pour Lyon.")
    )
    for strength in examples:
        strength.untranslated = {}
    return examples


def catalogue(request: HttpRequest):
    sites = list(catalogue_sites(request.user))
    if not sites:
        raise PermissionDenied
    chosen = request.GET.get("site")
    if chosen is None:
        site = sites[0]
    else:
        site = next((site for site in sites if str(site.pk) == chosen), None)
        if site is None:  # unknown, or another territory's: the same answer
            raise Http404
    # The page is drawn as the chosen site draws its own: its palette, fonts, header and footer.
    request._wagtail_site = site
    strengths = sample_strengths()
    groups = category_groups(strengths, StrengthCategory.choices)
    paginator = Paginator(range(SAMPLE_PAGE_COUNT * 10), 10)
    sample_page = paginator.page(5)
    context = {
        "sites": sites,
        "current_site": site,
        "blocks": render_blocks(request),
        "sample_header": {"title": "Vivre ici", "intro": "Une page de contenu commence par son titre et son chapô."},
        "strength": strengths[0],
        "groups": groups,
        "chart": strengths_chart(groups),
        "sample_page": sample_page,
        "page_range": paginator.get_elided_page_range(sample_page.number, on_each_side=1, on_ends=1),
    }
    return TemplateResponse(request, "brands/admin/component_catalogue.html", context)


def menu_item() -> MenuItem:
    return MenuItem(
        _("Catalogue des composants"), reverse("brands_component_catalogue"), icon_name="doc-full", order=950
    )


urlpatterns = [path("catalogue/", catalogue, name="brands_component_catalogue")]
