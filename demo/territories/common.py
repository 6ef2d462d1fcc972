"""Content shared by every demo site: the facts of its legal pages, useful public services, fictional partners."""

from functools import partial

from .. import images
from ..schema import Artwork, Audit, LegalContent, Link, Partner

SERVICE_PUBLIC = Link("Service-public.fr", url="https://www.service-public.fr/")
FRANCE_TRAVAIL = Link("France Travail", url="https://www.francetravail.fr/")


# Nothing hosts the demo but the computer running it: its legal notice says so rather than invent a host.
DEMO_HOST = (
    "Démonstration : ce site tourne sur l’ordinateur qui a lancé la démo de Mètre Carré. Aucun hébergeur ne le "
    "sert sur Internet."
)


def legal(publisher: str, director: str, audit: Audit | None = None) -> LegalContent:
    """The facts of a demo site's legal pages; the admin note reminds editors what is fictional."""
    return LegalContent(
        publisher=publisher,
        director=director,
        host=DEMO_HOST,
        audit=audit,
        admin_note=(
            "Contenu de démonstration : éditeur, adresse, téléphone et hébergement sont fictifs. "
            "À remplacer par les informations réelles avant la mise en ligne."
        ),
    )


def fictional_partner(name: str, color: str, accent: str, sides: int, url: str = "") -> Partner:
    """A partner invented for the demo, with a drawn logo; only its media title says it is fictional."""
    logo = Artwork(f"Logo {name} (partenaire fictif)", partial(images.partner_logo, name, color, accent, sides))
    return Partner(name, logo, url)
