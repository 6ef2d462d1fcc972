"""Maurienne (Savoie): from all-ski to cycling, its legendary passes and the cycle-business value chain."""

import datetime
from functools import partial

from .. import images, landscapes
from ..schema import (
    Artwork,
    Audit,
    Contact,
    Faq,
    Figure,
    FooterColumn,
    KeyFigure,
    KeyFigures,
    LatestStories,
    Link,
    Map,
    Milestone,
    PageContent,
    Palette,
    Question,
    Section,
    TerritoryContent,
    Timeline,
)
from .common import SERVICE_PUBLIC, fictional_partner, legal

PALETTE = Palette(primary="#b3261e", secondary="#2f3e56", accent="#f5c518", text="#1a1c20", background="#ffffff")
CONTACT = Contact(
    email="velo@maurienne.example.fr",
    phone="04 65 71 30 26",
    address="Maison de la Maurienne\n12 avenue de la Gare\n73300 Saint-Jean-de-Maurienne",
    mastodon_url="https://mastodon.example.fr/@maurienne",
    youtube_url="https://video.example.fr/c/maurienne",
)
# Altitudes of the summits, in metres (IGN maps).
COLS = (
    ("Télégraphe", 1566),
    ("Glandon", 1924),
    ("Croix de Fer", 2067),
    ("Mont-Cenis", 2083),
    ("Galibier", 2642),
    ("Iseran", 2764),
)

HERO = Artwork(
    "Crêtes de Maurienne au lever du jour et lacets d’une route de col (illustration)",
    partial(landscapes.mountains, PALETTE, 21),
)
PROFILE = Artwork("Altitudes des grands cols de Maurienne (graphique)", partial(images.altitude_profile, PALETTE, COLS))
LOGO = Artwork("Logo Maurienne (démonstration)", partial(images.monogram, "M", PALETTE, 3))

ALTITUDE_SOURCE = "IGN, carte topographique"


def altitude(col: str, label: str) -> KeyFigure:
    """A key figure for a col's altitude, written the French way (2 642)."""
    return KeyFigure(f"{dict(COLS)[col]:,}".replace(",", " "), "m", label, ALTITUDE_SOURCE)


COLS_PAGE = PageContent(
    title="Les cols mythiques",
    intro=(
        "Galibier, Croix de Fer, Glandon, Télégraphe, Iseran, Mont-Cenis, Madeleine et les Lacets de Montvernier : "
        "les routes que le Tour de France a rendues célèbres partent toutes de la vallée."
    ),
    search_description="Les grands cols cyclistes de Maurienne, leurs altitudes et les conseils pour les gravir.",
    body=(
        KeyFigures(
            "Les altitudes au sommet",
            (
                altitude("Iseran", "col de l’Iseran, le plus haut col routier des Alpes"),
                altitude("Galibier", "col du Galibier"),
                altitude("Mont-Cenis", "col du Mont-Cenis, vers l’Italie"),
                altitude("Croix de Fer", "col de la Croix de Fer"),
                altitude("Glandon", "col du Glandon"),
                altitude("Télégraphe", "col du Télégraphe"),
            ),
        ),
        Section(
            "Le Télégraphe et le Galibier",
            "<p>Depuis Saint-Michel-de-Maurienne, la route grimpe au col du Télégraphe (1 566 m), redescend sur "
            "Valloire puis s’élève jusqu’au Galibier (2 642 m). Une journée entière, et l’un des plus beaux "
            "panoramas des Alpes à l’arrivée.</p>",
        ),
        Section(
            "La Croix de Fer et le Glandon",
            "<p>Deux cols voisins, reliés par quelques centaines de mètres de route : le Glandon (1 924 m) et la "
            "Croix de Fer (2 067 m) se gravissent depuis la vallée de l’Arc ou depuis les Arves.</p>",
        ),
        Section(
            "L’Iseran, le Mont-Cenis et la Madeleine",
            "<p>En Haute Maurienne, l’Iseran (2 764 m) ouvre la route de la Tarentaise et le Mont-Cenis "
            "(2 083 m) celle de l’Italie. Plus bas dans la vallée, la Madeleine, à environ 2 000 m, relie la "
            "Maurienne à la Tarentaise.</p>",
        ),
        Section(
            "Les Lacets de Montvernier",
            "<p>Une petite route accrochée à la falaise, une suite de virages en épingle serrés les uns sur les "
            "autres : les Lacets de Montvernier sont courts, mais ils ont fait le tour du monde en images.</p>",
        ),
        Section(
            "Avant de partir",
            "<ul><li>Les cols les plus hauts sont fermés une partie de l’année : vérifiez leur ouverture.</li>"
            "<li>Emportez un coupe-vent, même en plein été : au sommet, la température chute vite.</li>"
            "<li>Des loueurs et des réparateurs vous attendent dans chaque village de départ.</li></ul>",
        ),
    ),
)

BUSINESS = PageContent(
    title="Entreprendre dans le vélo",
    intro=(
        "Location, réparation, guidage, hébergement, fabrication : le vélo crée des emplois à chaque maillon de sa "
        "chaîne de valeur. La Maurienne accompagne celles et ceux qui veulent en vivre."
    ),
    search_description="Créer ou développer une entreprise du vélo en Maurienne : services, fabrication, accompagnement.",
    admin_note="Camille est une personne fictive, inventée pour la démonstration.",
    body=(
        Section(
            "Toute la chaîne de valeur",
            "<ul><li><b>Services</b> : location, réparation, guides et moniteurs, transport de bagages et de "
            "cyclistes ;</li><li><b>Accueil</b> : hébergements et restaurants labellisés Accueil Vélo ;</li>"
            "<li><b>Fabrication</b> : cadres, roues, composants, textile technique ;</li>"
            "<li><b>Événements</b> : cyclosportives, séjours, séminaires d’entreprise.</li></ul>",
        ),
        Section(
            "Ce que le territoire vous apporte",
            "<ul><li>un accompagnement de l’idée jusqu’au financement ;</li>"
            "<li>des locaux d’activité dans les villages de départ des cols ;</li>"
            "<li>un réseau d’entreprises du cycle qui partagent clients et bonnes pratiques ;</li>"
            "<li>la visibilité de la marque Maurienne auprès des cyclistes du monde entier.</li></ul>",
        ),
        Section(
            "Ils en vivent déjà",
            "<p>« J’ai ouvert mon atelier au pied du Télégraphe. De mai à octobre, les cyclistes arrivent du monde "
            "entier ; l’hiver, je prépare les vélos des clubs et je loue des vélos électriques aux stations. » "
            "<i>Camille, fondatrice d’un atelier de réparation à Saint-Michel-de-Maurienne.</i></p>",
        ),
        Timeline(
            "Votre projet, étape par étape",
            (
                Milestone(2025, "Premier rendez-vous", "Votre idée, votre marché, vos besoins en locaux."),
                Milestone(2025, "Plan de financement", "Mise en relation avec les financeurs et les banques."),
                Milestone(2026, "Ouverture", "Un local dans un village de départ des cols, et la saison qui commence."),
            ),
        ),
        Faq(
            "Questions fréquentes",
            (
                Question(
                    "Peut-on vivre du vélo toute l’année ?",
                    "<p>Oui, en combinant l’été (location, réparation, guidage) et l’hiver (préparation des vélos des "
                    "clubs, vélos électriques pour les stations).</p>",
                ),
                Question("Qui contacter ?", "<p>La Maison de la Maurienne, à Saint-Jean-de-Maurienne.</p>"),
            ),
        ),
        Map("La Maison de la Maurienne", "12 avenue de la Gare\n73300 Saint-Jean-de-Maurienne", 45.2767, 6.3464, 15),
        LatestStories("Ils vivent du vélo", tag="entreprendre"),
    ),
    show_toc=True,
)

# The one pilot whose statement shows an audit: the others show what a site never audited must say.
AUDIT = Audit(
    date=datetime.date(2025, 3, 14),
    auditor="le service numérique de la Maison de la Maurienne (autoévaluation)",
    rate=72,
    findings=(
        "<ul><li>Certaines photographies des récits n’ont pas encore de texte de remplacement (critère 1.1) : "
        "elles seront complétées d’ici la fin de l’année.</li><li>Les documents PDF à télécharger ne sont pas "
        "balisés (critère 13.3) : une version accessible est envoyée sur simple demande.</li><li>Deux vidéos "
        "n’ont pas encore de transcription (critère 4.1) : elle est en cours de rédaction.</li></ul>"
    ),
    admin_note="Audit fictif, inventé pour la démonstration : ni sa date, ni son taux, ni ses résultats ne sont réels.",
)
LEGAL = legal("la Maison de la Maurienne", "Le président ou la présidente de la Maison de la Maurienne.", AUDIT)

HOME = PageContent(
    title="Maurienne",
    intro=(
        "Galibier, Croix de Fer, Iseran, Télégraphe, Glandon, Mont-Cenis : la Maurienne rassemble les cols les plus "
        "mythiques du cyclisme. Après des décennies de « tout ski », la vallée fait du vélo une économie de toute "
        "l’année."
    ),
    search_description="La Maurienne, plus grand domaine cyclable du monde : cols mythiques et entreprises du vélo.",
    body=(
        Section(
            "Du tout-ski au vélo",
            "<p>La Maurienne se présente comme le plus grand domaine cyclable du monde. Routes de cols, pistes de "
            "descente, voies de vallée : le vélo se pratique ici du printemps à l’automne, et les stations "
            "s’équipent pour l’accueillir.</p><p>Cette bascule est une chance pour les habitants : de nouveaux "
            "métiers, des saisons plus longues, des entreprises qui s’installent dans la vallée.</p>",
        ),
        KeyFigures(
            "Des cols de légende",
            (
                altitude("Iseran", "col de l’Iseran, le plus haut col routier des Alpes"),
                altitude("Galibier", "col du Galibier"),
                altitude("Croix de Fer", "col de la Croix de Fer"),
            ),
        ),
        Figure(
            PROFILE,
            alt=(
                "Graphique : six cols dessinés à l’échelle de leur altitude, du Télégraphe (1 566 m) à l’Iseran "
                "(2 764 m), en passant par le Glandon, la Croix de Fer, le Mont-Cenis et le Galibier."
            ),
            caption="Six grands cols de la vallée, à l’échelle de leur altitude.",
        ),
        Section(
            "Une filière vélo à construire ensemble",
            "<p>Location, réparation, guidage, hébergement labellisé, fabrication de cadres et de composants : "
            "chaque maillon de la chaîne de valeur du vélo peut créer des emplois dans la vallée. Le territoire "
            "accompagne les porteurs de projet, été comme hiver.</p>",
        ),
    ),
)

MAURIENNE = TerritoryContent(
    slug="maurienne",
    name="Maurienne",
    languages=("fr", "en", "it", "de", "nl"),
    brand_name="Maurienne",
    tagline="Le plus grand domaine cyclable du monde, un col après l’autre.",
    palette=PALETTE,
    font_pairing="moderne",
    contact=CONTACT,
    logo=LOGO,
    hero=HERO,
    home=HOME,
    pages=(COLS_PAGE, BUSINESS),
    legal=LEGAL,
    # The network's doors open the menu (content.py); the cycle business page and France Vélo Tourisme (the
    # Accueil Vélo label) stay in the footer, so that the menu holds on one line.
    menu=(Link(page=COLS_PAGE),),
    footer=(
        FooterColumn("Rouler ici", (Link(page=COLS_PAGE), Link(page=BUSINESS))),
        FooterColumn(
            "Ressources",
            (
                Link("France Vélo Tourisme", url="https://www.francevelotourisme.com/"),
                Link("Préfecture de la Savoie", url="https://www.savoie.gouv.fr/"),
                SERVICE_PUBLIC,
            ),
        ),
    ),
    partners=(
        fictional_partner("Club des entreprises du cycle de Maurienne", PALETTE.primary, PALETTE.accent, 4),
        fictional_partner(
            "Loueurs de vélos de la vallée", PALETTE.secondary, PALETTE.accent, 0, "https://loueurs-velo.example.fr/"
        ),
        fictional_partner("Guides cyclistes de Maurienne", "#3d5a2a", PALETTE.accent, 8),
    ),
)
