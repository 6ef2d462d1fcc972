"""Create a territory's « Entreprendre » page and its offers (the `opportunities` app) from the demo content.

Each offer goes through the model's own checks (`full_clean`, which runs `clean`): a price without its
amount, a surface missing on anything but a call for projects or a status dated in the future fail here as
they would in the admin. The loader publishes the pages this returns, parent first.
"""

from datetime import timedelta
from decimal import Decimal

from django.contrib.auth.base_user import AbstractBaseUser
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page

from contact.models import ContactFormPage
from opportunities.facts import SERVICE_FIELDS
from opportunities.models import OpportunityIndexPage, OpportunityPage

from .schema import OfferContent, OpportunitiesContent
from .streams import References, stream


def decimal(value: float | None) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def services(offer: OfferContent) -> dict[str, bool]:
    """The offer's `has_…` fields, every one said true or false; an unknown service name is a typo."""
    fields = {f"has_{name}" for name in offer.services}
    if unknown := fields - set(SERVICE_FIELDS):
        raise ValueError(f"{offer.title} : services inconnus {sorted(unknown)}")
    return {name: name in fields for name in SERVICE_FIELDS}


def offer_page(offer: OfferContent, refs: References, author: AbstractBaseUser) -> OpportunityPage:
    """The offer's page, not yet in the tree nor with its body."""
    return OpportunityPage(
        title=offer.title,
        slug=offer.slug or slugify(offer.title.replace("’", " ")),
        summary=offer.summary,
        kind=offer.kind,
        status=offer.status,
        status_changed=timezone.localdate() - timedelta(days=offer.status_days_ago),
        surface_value=decimal(offer.surface),
        surface_unit=offer.surface_unit,
        price_basis=offer.price_basis,
        price_amount=decimal(offer.price),
        price_note=offer.price_note,
        zoning=offer.zoning,
        commune=offer.commune,
        address=offer.address,
        latitude=offer.latitude,
        longitude=offer.longitude,
        hero_image=refs.images[offer.hero],
        search_description=offer.summary,
        owner=author,
        live=False,
        **services(offer),
    )


def add_opportunities(
    home: Page,
    content: OpportunitiesContent,
    refs: References,
    author: AbstractBaseUser,
    contact_form: ContactFormPage | None,
) -> list[tuple[Page, OpportunitiesContent | OfferContent]]:
    """The « Entreprendre » page under the home and its offers under it, checked, ready to publish in order."""
    index = OpportunityIndexPage(
        title=content.title,
        slug=content.slug,
        intro=content.intro,
        search_description=content.search_description,
        contact_form=contact_form,
        owner=author,
        live=False,
    )
    home.add_child(instance=index)
    refs.pages[content] = index
    pages: list[tuple[Page, OpportunitiesContent | OfferContent]] = [(index, content)]
    for offer in content.offers:
        page = offer_page(offer, refs, author)
        index.add_child(instance=page)
        page.body = stream(page.body.stream_block, offer.body, refs)
        page.full_clean()
        refs.pages[offer] = page
        pages.append((page, offer))
    index.full_clean()
    return pages
