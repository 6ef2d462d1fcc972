"""The demo content, in French: the network portal and the five pilot territories.

The territories live in `territories/<slug>.py`, their stories in `stories/`, their offers and « S’installer »
pages in `welcome/`; the portal, which presents the approach itself, is here.
"""

from dataclasses import replace
from functools import partial

from . import images, stories, territories, welcome
from .schema import (
    AGENDA,
    DIRECTORY,
    JOBS,
    Artwork,
    AudienceDoors,
    Contact,
    Door,
    Figure,
    FooterColumn,
    KeyFigure,
    KeyFigures,
    Link,
    NewcomerHubContent,
    OpportunitiesContent,
    PageContent,
    Palette,
    Section,
    SiteContent,
    Storytelling,
    TerritoryContent,
    UpcomingEvents,
)
from .territories.common import legal

# Every pilot's home closes on its next events and on the doors to its daily life (demo/translations/ translate both).
UPCOMING = UpcomingEvents("Prochainement")
DAILY_LIFE = AudienceDoors(
    "Le territoire au quotidien",
    (
        Door("Agenda", "Marchés, fêtes, courses et ateliers : ce qui se passe près de chez vous.", Link(page=AGENDA)),
        Door("Offres d’emploi", "Les postes ouverts par les employeurs du territoire.", Link(page=JOBS)),
        Door(
            "Annuaire",
            "Commerces, artisans, producteurs et services : qui fait quoi, et où.",
            Link(page=DIRECTORY),
        ),
    ),
)

DAILY_LIFE_LINKS = FooterColumn("Au quotidien", (Link(page=AGENDA), Link(page=JOBS), Link(page=DIRECTORY)))


def composed(
    territory: TerritoryContent,
    storytelling: Storytelling,
    opportunities: OpportunitiesContent,
    newcomers: NewcomerHubContent,
) -> TerritoryContent:
    """The territory with its strengths and stories, its offers to entrepreneurs and its « S’installer » page.

    Every pilot's menu opens on the same doors across the network (« S’installer », « Entreprendre », then its
    agenda and its directory), and closes on its strengths and its stories: seven links, the most a menu takes.
    Its footer gains a column for the territory's daily life, with the job offers; so does its home.
    """
    menu = (
        Link(page=newcomers),
        Link(page=opportunities),
        Link(page=AGENDA),
        Link(page=DIRECTORY),
        *territory.menu,
        Link(page=storytelling.strengths_page),
        Link(page=storytelling.index),
    )
    storytelling = replace(storytelling, home_close=(UPCOMING, *storytelling.home_close, DAILY_LIFE))
    footer = (*territory.footer, DAILY_LIFE_LINKS)
    return replace(
        territory,
        storytelling=storytelling,
        opportunities=opportunities,
        newcomers=newcomers,
        menu=menu,
        footer=footer,
    )


TERRITORIES: tuple[TerritoryContent, ...] = (
    composed(territories.FAUCOGNEY, stories.FAUCOGNEY, welcome.faucogney.OPPORTUNITIES, welcome.faucogney.HUB),
    composed(territories.MAURIENNE, stories.MAURIENNE, welcome.maurienne.OPPORTUNITIES, welcome.maurienne.HUB),
    composed(territories.AVEYRON, stories.AVEYRON, welcome.aveyron.OPPORTUNITIES, welcome.aveyron.HUB),
    composed(territories.XAINTRIE, stories.XAINTRIE, welcome.xaintrie.OPPORTUNITIES, welcome.xaintrie.HUB),
    composed(
        territories.NORD_GRANDE_TERRE,
        stories.NORD_GRANDE_TERRE,
        welcome.nord_grande_terre.OPPORTUNITIES,
        welcome.nord_grande_terre.HUB,
    ),
)

PALETTE = Palette(primary="#2b4c7e", secondary="#3a3532", accent="#f2c14e", text="#1d1d1b", background="#ffffff")
CONTACT = Contact(
    email="contact@metrecarre.example.fr",
    phone="01 99 00 12 34",
    address="Réseau Mètre Carré\n1 rue des Communs\n75011 Paris",
    mastodon_url="https://mastodon.example.fr/@metrecarre",
)
NETWORK = "Réseau Mètre Carré"

MOSAIC = Artwork(
    "Mosaïque aux couleurs des cinq territoires pilotes (illustration)",
    partial(images.mosaic, tuple(territory.palette for territory in TERRITORIES), 1),
)
LOGO = Artwork("Logo Mètre Carré", partial(images.square_metre, PALETTE))

JOIN = PageContent(
    title="Rejoindre le réseau",
    intro="Votre territoire veut raconter ses forces ? Voici comment rejoindre Mètre Carré et ouvrir son site.",
    search_description="Comment un territoire rural rejoint le réseau Mètre Carré et ouvre son site de marque.",
    body=(
        Section(
            "Les étapes",
            "<ol><li><b>Un premier échange</b> entre vos élus, vos techniciens et l’équipe du réseau ;</li>"
            "<li><b>Un atelier de diagnostic</b> sur le terrain, avec des étudiants et des professionnels du "
            "marketing ;</li><li><b>Le récit</b> : une marque, une signature, des histoires et des chiffres "
            "sourcés ;</li><li><b>Le site</b> : ouvert en quelques minutes, à vos couleurs, dans vos langues, puis "
            "animé par votre équipe.</li></ol>",
        ),
        Section(
            "Ce que le réseau met en commun",
            "<ul><li>des méthodes d’atelier et des gabarits prêts à l’emploi ;</li>"
            "<li>une bibliothèque de blocs pour composer les pages sans compétence technique ;</li>"
            "<li>l’hébergement, les mises à jour et l’accessibilité du site ;</li>"
            "<li>l’expérience des autres territoires, partagée lors de rencontres régulières.</li></ul>",
        ),
    ),
)
LEGAL = legal("le réseau Mètre Carré", "La coordinatrice ou le coordinateur du réseau.")

HOME = PageContent(
    title="Mètre Carré",
    intro=(
        "Mètre Carré réunit élus, professionnels du marketing, techniciens des grandes collectivités et étudiants "
        "pour révéler les forces des territoires ruraux et en faire un nouveau récit d’attractivité. Outils et "
        "méthodes sont des communs : chacun peut les reprendre."
    ),
    search_description="Mètre Carré : une démarche commune pour révéler les forces des territoires ruraux.",
    body=(
        Section(
            "Pourquoi maintenant ?",
            "<p>La crise sanitaire a changé le regard porté sur la campagne : un lieu de ressources et de "
            "respiration, un terrain fertile pour créer une entreprise et innover. Encore faut-il le faire savoir, "
            "et donner envie de venir.</p>",
        ),
        Section(
            "1. Identifier les forces",
            "<p>Tout commence par un diagnostic partagé : ce que le territoire a d’unique, ce que ses habitants en "
            "disent, ce que celles et ceux qui l’ont choisi y ont trouvé. Élus, techniciens, professionnels et "
            "étudiants travaillent ensemble, sur le terrain.</p>",
        ),
        Section(
            "2. Construire le récit",
            "<p>Des forces naît un récit : une marque, une signature, des histoires vraies et des chiffres sourcés. "
            "Chaque territoire garde sa voix, ses couleurs et ses langues.</p>",
        ),
        Section(
            "3. Faire des outils des communs",
            "<p>Méthodes, gabarits et ce site lui-même sont partagés : ce qu’un territoire construit profite à tous "
            "les autres. Un nouveau territoire peut rejoindre le réseau et ouvrir son site en quelques minutes.</p>",
        ),
        KeyFigures(
            "Le réseau",
            (
                KeyFigure("5", "territoires", "pilotes, des Vosges saônoises à la Guadeloupe", NETWORK, 2025),
                KeyFigure("6", "langues", "proposées aux visiteurs des sites du réseau", NETWORK, 2025),
                KeyFigure("4", "publics", "élus, marketing, techniciens et étudiants", NETWORK, 2025),
            ),
        ),
        Figure(
            MOSAIC,
            alt="Mosaïque de carrés colorés aux couleurs des cinq territoires pilotes.",
            caption="Cinq territoires, cinq palettes, une même démarche.",
        ),
    ),
)

PORTAL = SiteContent(
    brand_name="Mètre Carré",
    tagline="Révéler les forces des territoires ruraux, ensemble.",
    palette=PALETTE,
    font_pairing="editorial",
    contact=CONTACT,
    logo=LOGO,
    home=HOME,
    pages=(JOIN,),
    legal=LEGAL,
    menu=(Link(page=JOIN),),
    footer=(
        FooterColumn("Le réseau", (Link(page=JOIN),)),
        FooterColumn(
            "Ressources",
            (Link("Agence de la cohésion des territoires", url="https://agence-cohesion-territoires.gouv.fr/"),),
        ),
    ),
)
