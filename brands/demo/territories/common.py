"""Content shared by every demo site: the legal notice page and useful public services."""

from functools import partial

from .. import images
from ..schema import Artwork, Link, PageContent, Partner, Section

SERVICE_PUBLIC = Link("Service-public.fr", url="https://www.service-public.fr/")
FRANCE_TRAVAIL = Link("France Travail", url="https://www.francetravail.fr/")


def legal_notice(publisher: str, address: str, email: str, phone: str, director: str) -> PageContent:
    """The « Mentions légales » page; the admin note reminds editors to complete it before going live."""
    postal = "<br>".join(address.splitlines())
    return PageContent(
        title="Mentions légales",
        intro="Qui édite ce site, qui l'héberge, et comment exercer vos droits sur vos données personnelles.",
        search_description=f"Mentions légales du site : éditeur, hébergement, données personnelles et crédits ({publisher}).",
        admin_note=(
            "Contenu de démonstration : éditeur, adresse, téléphone et hébergement sont fictifs. "
            "À remplacer par les informations réelles avant la mise en ligne."
        ),
        body=(
            Section(
                "Éditeur du site",
                f"<p>Ce site est édité par {publisher}.</p><p>{postal}</p>"
                f'<p>Courriel : <a href="mailto:{email}">{email}</a><br>Téléphone : {phone}</p>',
            ),
            Section("Direction de la publication", f"<p>{director}</p>"),
            Section(
                "Hébergement",
                "<p>Ce site fait partie du réseau Mètre Carré : une plateforme commune à tous les territoires "
                "du réseau, qui partagent ses outils et son hébergement.</p>",
            ),
            Section(
                "Données personnelles",
                "<p>Ce site ne vous demande aucune donnée personnelle pour être consulté. Si vous nous écrivez, "
                "votre message sert uniquement à vous répondre et n'est transmis à personne.</p>"
                "<p>Vous pouvez demander à consulter, corriger ou effacer les données qui vous concernent en "
                f'écrivant à <a href="mailto:{email}">{email}</a>.</p>',
            ),
            Section(
                "Crédits",
                "<p>Illustrations : Mètre Carré. Polices de caractères sous licence libre (SIL Open Font "
                "License), hébergées sur la plateforme.</p>",
            ),
        ),
    )


def fictional_partner(name: str, color: str, accent: str, sides: int, url: str = "") -> Partner:
    """A partner invented for the demo, with a drawn logo; only its media title says it is fictional."""
    logo = Artwork(f"Logo {name} (partenaire fictif)", partial(images.partner_logo, name, color, accent, sides))
    return Partner(name, logo, url)
