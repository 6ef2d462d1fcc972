"""The legal notice, privacy policy and accessibility statement every site starts with, in French.

Written from what the platform knows about the site and what it really does (no advertising or tracking,
click-to-load videos and maps, server logs), so that a new territory is online with true texts from day
one. A fact the platform cannot know (who directs the publication, who hosts the site) is not invented:
the text says plainly that the territory must give it. Editors then change these pages like any other.
"""

import datetime
from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst
from wagtail.models import Page

from brands.models import AccessibilityStatementPage, ComplianceStatus, LegalKind, LegalPage

LEGAL_NOTICE_TITLE = "Mentions légales"
PRIVACY_TITLE = "Politique de confidentialité"
ACCESSIBILITY_TITLE = "Déclaration d’accessibilité"
SLUGS = {
    "legal_notice": "mentions-legales",
    "privacy": "politique-de-confidentialite",
    "accessibility": "accessibilite",
}
CNIL_COMPLAINTS = "https://www.cnil.fr/fr/plaintes"
CNIL_ADDRESS = "CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07"


@dataclass(frozen=True)
class LegalFacts:
    """What the texts say about the site and its publisher; an empty string is a fact not known yet."""

    hostname: str
    publisher: str  # as it reads after "édité par": "le territoire « La Xaintrie »", "la Maison de la Xaintrie"
    email: str = ""
    phone: str = ""
    address: str = ""  # one line per line of the postal address
    director: str = ""  # the person, or the office, who directs the publication
    host: str = ""  # the hosting provider: name, address and phone, one per line


@dataclass(frozen=True)
class LegalPages:
    """The three pages every site starts with."""

    legal_notice: LegalPage
    privacy: LegalPage
    accessibility: AccessibilityStatementPage

    @property
    def all(self) -> tuple[Page, Page, Page]:
        return self.legal_notice, self.privacy, self.accessibility


def lines(text: str) -> SafeString:
    return format_html_join(mark_safe("<br>"), "{}", ((line.strip(),) for line in text.splitlines() if line.strip()))


def mailto(email: str) -> SafeString:
    return format_html('<a href="mailto:{}">{}</a>', email, email)


def page_link(page: Page, label: str) -> SafeString:
    return format_html('<a linktype="page" id="{}">{}</a>', page.pk, label)


def contact_paragraph(facts: LegalFacts) -> SafeString:
    """The publisher's postal address, e-mail and phone, or what the territory still has to give."""
    parts = []
    if facts.address:
        parts.append(format_html("<p>{}</p>", lines(facts.address)))
    reach = []
    if facts.email:
        reach.append(format_html("Courriel : {}", mailto(facts.email)))
    if facts.phone:
        reach.append(format_html("Téléphone : {}", facts.phone))
    if reach:
        parts.append(format_html("<p>{}</p>", format_html_join(mark_safe("<br>"), "{}", ((item,) for item in reach))))
    if not (facts.address and (facts.email or facts.phone)):
        parts.append(
            mark_safe(
                "<p>Le territoire doit compléter ces coordonnées : la loi demande une adresse postale et un moyen "
                "de joindre l’éditeur (courriel ou téléphone).</p>"
            )
        )
    return mark_safe("".join(parts))


def write_to(facts: LegalFacts) -> SafeString:
    """How to reach the publisher, after "écrivez": by e-mail, else by post, else as the legal notice says."""
    if facts.email:
        return format_html("à {}", mailto(facts.email))
    if facts.address:
        return format_html("par courrier : {}", ", ".join(line.strip() for line in facts.address.splitlines()))
    return mark_safe("à l’éditeur du site, aux coordonnées indiquées dans les mentions légales")


def section(heading: str, text: str) -> dict:
    return {"type": "section", "value": {"heading": heading, "text": str(text)}}


def legal_notice_sections(facts: LegalFacts, privacy: Page, accessibility: Page) -> list[dict]:
    director = (
        format_html("<p>{}</p>", lines(facts.director))
        if facts.director
        else mark_safe(
            "<p>Le territoire doit indiquer ici qui dirige la publication : en général le président ou la "
            "présidente de la structure qui édite le site, désigné par son nom ou par sa fonction.</p>"
        )
    )
    host = (
        format_html("<p>{}</p>", lines(facts.host))
        if facts.host
        else mark_safe(
            "<p>Ce site fonctionne sur la plateforme Mètre Carré, commune aux territoires du réseau. Le territoire "
            "doit indiquer ici le nom, l’adresse et le téléphone de son hébergeur, que la loi pour la confiance "
            "dans l’économie numérique (article 6) demande de publier.</p>"
        )
    )
    return [
        section(
            "Éditeur du site",
            format_html(
                "<p>Le site {} est édité par {}.</p>{}", facts.hostname, facts.publisher, contact_paragraph(facts)
            ),
        ),
        section("Direction de la publication", director),
        section("Hébergement", host),
        section(
            "Propriété intellectuelle",
            format_html(
                "<p>Les textes, images et logos de ce site appartiennent à leurs auteurs : {}, ou les personnes "
                "nommées en légende. Vous pouvez partager l’adresse de ses pages librement ; pour reproduire un texte "
                "ou une image, demandez d’abord l’accord de l’éditeur.</p><p>Les polices de caractères sont publiées "
                "sous licence libre (SIL Open Font License 1.1) et servies par la plateforme elle-même.</p>",
                facts.publisher,
            ),
        ),
        section(
            "Données personnelles et accessibilité",
            format_html(
                "<p>La {} explique quelles données ce site traite et comment exercer vos droits. La {} indique "
                "son état de conformité au référentiel général d’amélioration de l’accessibilité (RGAA) et comment "
                "signaler une difficulté.</p>",
                page_link(privacy, "politique de confidentialité"),
                page_link(accessibility, "déclaration d’accessibilité"),
            ),
        ),
    ]


def privacy_sections(facts: LegalFacts) -> list[dict]:
    return [
        section(
            "Qui est responsable de vos données ?",
            format_html(
                "<p>{}, qui édite ce site, est responsable des traitements décrits sur cette page. Pour toute "
                "question, écrivez {}.</p>",
                capfirst(facts.publisher),
                write_to(facts),
            ),
        ),
        section(
            "Ce que ce site ne fait pas",
            "<ul><li>aucune publicité ;</li><li>aucun cookie de mesure d’audience ou de pistage, aucun outil de "
            "statistiques d’une autre entreprise ;</li><li>aucun compte à créer pour le lire ;</li><li>aucune "
            "police, image ou script chargé depuis un autre site : tout vient de la plateforme elle-même, tant que "
            "vous ne demandez pas une vidéo ou une carte (voir plus bas).</li></ul>",
        ),
        section(
            "Cookies",
            "<p>Ce site ne dépose aucun cookie quand vous le consultez. Seuls les membres de l’équipe du site qui "
            "se connectent à son administration reçoivent un cookie de session, qui les garde connectés, et un "
            "cookie de sécurité qui protège leurs formulaires. Ces deux cookies sont indispensables à ce service et "
            "ne servent à rien d’autre : ils ne demandent donc pas de consentement.</p>",
        ),
        section(
            "Vidéos et cartes",
            "<p>Les vidéos (YouTube, Vimeo) et les cartes (OpenStreetMap) ne chargent rien depuis ces services tant "
            "que vous n’avez pas cliqué pour les afficher. Après votre clic, le service reçoit votre adresse IP et "
            "les informations techniques de votre navigateur, et peut déposer ses propres cookies selon sa "
            "politique de confidentialité. Les vidéos YouTube sont demandées à son adresse sans cookie publicitaire "
            "(youtube-nocookie.com), celles de Vimeo avec l’option « ne pas suivre ».</p><p>Chaque vidéo et chaque "
            "carte propose aussi un lien pour l’ouvrir directement sur le site du service.</p>",
        ),
        section(
            "Journaux du serveur",
            "<p>Comme tout site web, le serveur qui héberge ce site note chaque demande reçue : adresse IP, date et "
            "heure, adresse de la page demandée, réponse donnée et type de navigateur. Ces journaux servent "
            "seulement à assurer la sécurité et le bon fonctionnement du site. Ils ne sont ni vendus, ni transmis, "
            "ni croisés avec d’autres données, et sont effacés au bout d’un an au plus, comme le recommande la "
            "CNIL.</p>",
        ),
        section(
            "Si vous nous écrivez",
            "<p>Si vous écrivez à l’éditeur du site, votre message et vos coordonnées servent uniquement à vous "
            "répondre. Ils ne sont transmis à personne d’autre et sont supprimés une fois l’échange terminé.</p>",
        ),
        section(
            "Vos droits",
            format_html(
                "<p>Le règlement général sur la protection des données (RGPD) et la loi Informatique et libertés vous "
                "donnent le droit d’accéder aux données qui vous concernent, de les faire corriger ou effacer, d’en "
                "demander la limitation et de vous opposer à leur traitement. Pour exercer ces droits, écrivez "
                "{}.</p><p>Si, après nous avoir écrit, vous estimez que vos droits ne sont pas respectés, vous pouvez "
                "adresser une réclamation à la Commission nationale de l’informatique et des libertés (CNIL) : en "
                'ligne sur <a href="{}">cnil.fr</a>, ou par courrier : {}.</p>',
                write_to(facts),
                CNIL_COMPLAINTS,
                CNIL_ADDRESS,
            ),
        ),
    ]


def accessibility_fields(facts: LegalFacts) -> dict:
    """The statement of a site never audited: "non conforme", the honest default of the RGAA."""
    return {
        "compliance_status": ComplianceStatus.NONE,
        "compliance_rate": None,
        "audit_date": None,
        "auditor": "",
        "non_compliant_content": (
            "<p>Aucun audit n’a encore été réalisé : les défauts d’accessibilité de ce site ne sont donc pas encore "
            "recensés. La plateforme Mètre Carré, sur laquelle il fonctionne, est pensée pour le RGAA : lien "
            "d’évitement vers le contenu, contraste des couleurs vérifié à chaque changement, texte de remplacement "
            "demandé pour chaque image qui informe, transcription possible des vidéos, vidéos et cartes chargées "
            "seulement à la demande.</p>"
        ),
        "disproportionate_burden": "",
        "exempt_content": str(
            format_html(
                "<ul><li>les cartes interactives (OpenStreetMap) : l’adresse de chaque lieu est écrite en toutes "
                "lettres à côté de la carte ;</li><li>les lecteurs de vidéos de YouTube et de Vimeo, qui ne sont ni "
                "développés ni contrôlés par {}.</li></ul>",
                facts.publisher,
            )
        ),
        "contact_email": "",  # empty: the statement shows the brand's contact address, kept up to date there
        "contact_address": "",
    }


def legal_body(sections: list[dict]):
    """The sections as a cleaned StreamValue: what the admin form would refuse is refused here too."""
    block = LegalPage._meta.get_field("body").stream_block
    return block.clean(block.to_python(sections))


def write_privacy(page: LegalPage, facts: LegalFacts, today: datetime.date) -> None:
    page.kind, page.last_updated, page.body = LegalKind.PRIVACY, today, legal_body(privacy_sections(facts))


def write_accessibility(page: AccessibilityStatementPage, facts: LegalFacts, today: datetime.date) -> None:
    for name, value in accessibility_fields(facts).items():
        setattr(page, name, value)
    page.established_on = today


def write_legal_notice(page: LegalPage, facts: LegalFacts, today: datetime.date, links_to: LegalPages) -> None:
    sections = legal_notice_sections(facts, links_to.privacy, links_to.accessibility)
    page.kind, page.last_updated, page.body = LegalKind.LEGAL_NOTICE, today, legal_body(sections)


def write_legal_texts(pages: LegalPages, facts: LegalFacts, today: datetime.date) -> None:
    """Rewrite the three saved pages' texts from `facts`, dated `today` (unsaved: the caller publishes)."""
    write_privacy(pages.privacy, facts, today)
    write_accessibility(pages.accessibility, facts, today)
    write_legal_notice(pages.legal_notice, facts, today, pages)


def add_legal_pages(parent: Page, facts: LegalFacts, today: datetime.date) -> LegalPages:
    """Create and publish the three pages under a site's root page."""
    pages = LegalPages(
        legal_notice=LegalPage(title=LEGAL_NOTICE_TITLE, slug=SLUGS["legal_notice"]),
        privacy=LegalPage(title=PRIVACY_TITLE, slug=SLUGS["privacy"]),
        accessibility=AccessibilityStatementPage(title=ACCESSIBILITY_TITLE, slug=SLUGS["accessibility"]),
    )
    # The legal notice links to the other two: they are created first, so that it can point at their ids.
    write_privacy(pages.privacy, facts, today)
    parent.add_child(instance=pages.privacy)
    write_accessibility(pages.accessibility, facts, today)
    parent.add_child(instance=pages.accessibility)
    write_legal_notice(pages.legal_notice, facts, today, pages)
    parent.add_child(instance=pages.legal_notice)
    for page in pages.all:
        page.save_revision().publish()
    return pages
