"""Maurienne: strengths and stories of the valley that moves from all-ski to cycling."""

import datetime

from .. import illustrations, landscapes
from ..schema import (
    AudienceDoors,
    CallToAction,
    Door,
    Downloads,
    Faq,
    Figure,
    KeyFigure,
    KeyFigures,
    LatestStories,
    Link,
    Map,
    Milestone,
    Portrait,
    Question,
    Quote,
    Section,
    StoryContent,
    Storytelling,
    StrengthContent,
    StrengthsGrid,
    Timeline,
)
from ..territories.maurienne import ALTITUDE_SOURCE, BUSINESS, COLS, COLS_PAGE, PALETTE, PROFILE
from ..welcome import maurienne as welcome
from .common import (
    SAMPLE_VIDEO_NOTE,
    drawn,
    gallery,
    leaflet,
    person,
    portrait_of,
    sample_video,
    story_index,
    strengths_page,
)

ESTIMATE = "Maison de la Maurienne (estimation)"

PASSES = drawn("Route de col en lacets au-dessus de la vallée", landscapes.mountains, PALETTE, 22, size=(1200, 800))
SUMMITS = drawn("Sommets enneigés de Haute Maurienne", landscapes.mountains, PALETTE, 23, size=(1200, 800))
ROAD_BIKE = drawn("Vélo de route au pied d’un col", illustrations.bicycle, PALETTE, 24)
FRAME_SHOP = drawn("Établi d’un atelier de fabrication de cadres", illustrations.workshop, PALETTE, 25)
CLUB_ROOM = drawn("Salle de réunion du club des entreprises du cycle", illustrations.room, PALETTE, 26)
CAMILLE = person("Camille Rostaing", PALETTE, 27)
THOMAS = person("Thomas Girard", PALETTE, 28)

LEGENDS = StrengthContent(
    "Des cols de légende",
    "tourism",
    "Galibier, Croix de Fer, Iseran, Télégraphe, Glandon, Mont-Cenis, Madeleine : les routes du Tour de France "
    "partent toutes de la vallée, et les cyclistes du monde entier viennent les gravir.",
    KeyFigure("2 764", "m", "au col de l’Iseran, le plus haut col routier des Alpes", ALTITUDE_SOURCE),
    PROFILE,
)
CYCLE_ECONOMY = StrengthContent(
    "Une économie du vélo, du printemps à l’automne",
    "economy",
    "Loueurs, réparateurs, guides, hébergeurs labellisés, transporteurs : le vélo allonge la saison et crée des "
    "emplois dans chaque village de départ.",
    KeyFigure("80", "entreprises", "vivent en partie du vélo dans la vallée", ESTIMATE, 2025),
    ROAD_BIKE,
)
MONTVERNIER = StrengthContent(
    "Les Lacets de Montvernier",
    "heritage",
    "Une route de falaise aux virages serrés, construite à la main au XIXe siècle et devenue une image du Tour "
    "de France : un patrimoine qui se visite à vélo.",
    KeyFigure("17", "virages", "en épingle, les uns au-dessus des autres", "Office de tourisme (estimation)", 2025),
    PASSES,
)
INDUSTRY = StrengthContent(
    "Un savoir-faire industriel",
    "crafts",
    "Métallurgie, mécanique, maintenance : l’industrie de la vallée forme les techniciens dont ont besoin les "
    "fabricants de cadres, de roues et de composants.",
    KeyFigure("100", "ans", "et plus de tradition industrielle dans la vallée", ESTIMATE, 2025),
    FRAME_SHOP,
)
TRAIN = StrengthContent(
    "Le train jusqu’au pied des cols",
    "mobility",
    "Saint-Jean-de-Maurienne et Modane sont desservies par le TGV : on arrive de Paris ou de Lyon avec son vélo, "
    "sans prendre la voiture.",
    KeyFigure("4", "heures", "environ de Paris à Saint-Jean-de-Maurienne en TGV", "SNCF Voyageurs (estimation)", 2025),
    drawn("Voie ferrée dans la vallée de l’Arc", landscapes.mountains, PALETTE, 29, size=(1200, 800)),
)
VANOISE = StrengthContent(
    "Aux portes de la Vanoise",
    "nature",
    "La Haute Maurienne touche le premier parc national de France : glaciers, bouquetins et villages de pierre à "
    "quelques tours de roue des routes de cols.",
    KeyFigure("1963", "", "création du parc national de la Vanoise, le premier de France", "Parcs nationaux de France"),
    SUMMITS,
)
STRENGTHS = (LEGENDS, CYCLE_ECONOMY, MONTVERNIER, INDUSTRY, TRAIN, VANOISE)

WORKSHOP_STORY = StoryContent(
    title="Camille Rostaing, l’atelier au pied du Télégraphe",
    kind="portrait",
    lead=(
        "Mécanicienne cycle formée à Lyon, Camille a ouvert en 2021 un atelier de réparation et de location à "
        "Saint-Michel-de-Maurienne. Trois saisons plus tard, elle emploie deux salariés et travaille toute l’année."
    ),
    author="Élodie Marchal",
    published=datetime.date(2025, 3, 12),
    hero=ROAD_BIKE,
    strengths=(CYCLE_ECONOMY, LEGENDS),
    tags=("entreprendre", "vélo", "services"),
    admin_note="Camille Rostaing, son atelier et l’autrice Élodie Marchal sont fictifs, inventés pour la démonstration.",
    body=(
        Section(
            "Un atelier là où passent les cyclistes",
            "<p>Saint-Michel-de-Maurienne, c’est le point de départ du Télégraphe et du Galibier. « Chaque matin "
            "d’été, des dizaines de cyclistes passent devant ma vitrine. Il leur manque toujours quelque chose : une "
            "chambre à air, un réglage de dérailleur, un vélo à assistance pour un proche. »</p>"
            "<p>Camille a commencé seule, dans un ancien garage loué à la commune. Elle y répare, loue et conseille "
            "les itinéraires.</p>",
        ),
        Portrait(
            CAMILLE,
            alt="Portrait dessiné d’une femme souriante aux cheveux longs, devant un fond clair.",
            name="Camille Rostaing",
            role="fondatrice d’un atelier de réparation et de location à Saint-Michel-de-Maurienne",
            quote="Ici, le vélo n’est pas une mode : c’est la raison pour laquelle les gens viennent du monde entier.",
        ),
        KeyFigures(
            "L’atelier en chiffres",
            (
                KeyFigure("3", "emplois", "dont deux salariés à l’année", "Atelier (déclaratif)", 2025),
                KeyFigure("40", "vélos", "en location, dont la moitié à assistance électrique", "Atelier (déclaratif)"),
            ),
        ),
        Timeline(
            "De l’idée à l’emploi",
            (
                Milestone(2019, "Un été comme saisonnière", "Camille répare des vélos pour un loueur de Valloire."),
                Milestone(2021, "L’atelier ouvre", "Un ancien garage, loué par la commune, devient son atelier."),
                Milestone(2023, "Premier salarié", "L’hiver, l’atelier prépare les vélos des clubs et des stations."),
                Milestone(2025, "Le label Accueil Vélo", "L’atelier rejoint le réseau des prestataires labellisés."),
            ),
        ),
        gallery(
            "Une journée à l’atelier",
            (ROAD_BIKE, "Dessin d’un vélo de route au pied d’une route de col.", "Le vélo d’un client, révisé."),
            (PASSES, "Dessin d’une route en lacets au-dessus de la vallée.", "La route du Télégraphe."),
            (SUMMITS, "Dessin de sommets enneigés.", "Les sommets de Haute Maurienne."),
            (FRAME_SHOP, "Dessin d’un mur d’outils au-dessus d’un établi.", "Le mur d’outils de l’atelier."),
        ),
        Map(
            "Saint-Michel-de-Maurienne, au départ du Télégraphe",
            "73140 Saint-Michel-de-Maurienne",
            45.2206,
            6.4697,
            13,
        ),
        CallToAction(
            "Vous aussi, vivez du vélo",
            "Location, réparation, guidage, fabrication : le territoire accompagne les porteurs de projet.",
            (Link(page=BUSINESS), Link(page=COLS_PAGE)),
        ),
    ),
)

SEASONS_STORY = StoryContent(
    title="Des cols aux quatre saisons",
    kind="report",
    lead=(
        "Quand la neige fond, les remontées mécaniques montent les vélos, les pistes deviennent des chemins et les "
        "cols rouvrent. Reportage dans une vallée qui fait du vélo une économie de toute l’année."
    ),
    author="Julien Perrier",
    published=datetime.date(2025, 5, 20),
    hero=PASSES,
    strengths=(LEGENDS, VANOISE, TRAIN),
    tags=("tourisme", "vélo", "saisons"),
    admin_note=f"L'auteur Julien Perrier est fictif. {SAMPLE_VIDEO_NOTE}",
    body=(
        Section(
            "Du tout-ski au vélo",
            "<p>Pendant des décennies, la vallée a vécu au rythme de l’hiver. Aujourd’hui, le vélo de route, le "
            "vélo à assistance électrique et le VTT de descente prolongent la saison de mai à octobre.</p>",
        ),
        KeyFigures(
            "Trois cols, trois altitudes",
            tuple(
                KeyFigure(f"{dict(COLS)[col]:,}".replace(",", " "), "m", f"col du {col}", ALTITUDE_SOURCE)
                for col in ("Galibier", "Glandon", "Télégraphe")
            ),
        ),
        Figure(
            PROFILE,
            alt="Graphique : six cols dessinés à l’échelle de leur altitude, du Télégraphe à l’Iseran.",
            caption="Les grands cols de la vallée, à l’échelle de leur altitude.",
        ),
        sample_video("qui suivra une journée sur les cols"),
        Faq(
            "Rouler en Maurienne : vos questions",
            (
                Question(
                    "Quand les grands cols sont-ils ouverts ?",
                    "<p>Les plus hauts, comme l’Iseran et le Galibier, ouvrent en général de juin à octobre, selon "
                    "l’enneigement. Vérifiez leur ouverture avant de partir.</p>",
                ),
                Question(
                    "Peut-on venir sans voiture ?",
                    "<p>Oui : le TGV s’arrête à Saint-Jean-de-Maurienne et à Modane, et les loueurs de la vallée "
                    "proposent des vélos à assistance électrique.</p>",
                ),
            ),
        ),
        LatestStories("D’autres histoires de la vallée", tag="vélo"),
    ),
)

FRAME_STORY = StoryContent(
    title="Thomas Girard fabrique des cadres sur mesure",
    kind="testimony",
    lead=(
        "Ancien technicien de maintenance dans l’industrie de la vallée, Thomas soude aujourd’hui des cadres en acier "
        "sur mesure. Il raconte pourquoi il a choisi de les fabriquer ici, face aux cols."
    ),
    author="Thomas Girard, propos recueillis par Élodie Marchal",
    published=datetime.date(2025, 1, 28),
    hero=FRAME_SHOP,
    strengths=(INDUSTRY, CYCLE_ECONOMY),
    tags=("artisanat", "industrie", "vélo"),
    admin_note="Thomas Girard, son atelier et l’autrice Élodie Marchal sont fictifs, inventés pour la démonstration.",
    body=(
        Portrait(
            THOMAS,
            alt="Portrait dessiné d’un homme aux cheveux courts, devant un fond clair.",
            name="Thomas Girard",
            role="fabricant de cadres de vélo à Saint-Jean-de-Maurienne",
            quote="L’usine m’a appris la rigueur. Le vélo m’a donné une raison de la mettre dans chaque soudure.",
            story=WORKSHOP_STORY,
        ),
        Section(
            "De la maintenance à la soudure",
            "<p>« J’ai passé quinze ans à entretenir des machines. Le soir, je réparais les vélos des copains. Un jour, "
            "un client m’a demandé un cadre à ses mesures : c’était le premier d’une longue série. »</p>"
            "<p>Thomas produit une trentaine de cadres par an, testés sur les routes qu’il voit de son atelier.</p>",
        ),
        Quote(
            "Quand un client vient chercher son cadre, on monte le Glandon ensemble. C’est le meilleur contrôle qualité.",
            "Thomas Girard",
            "fabricant de cadres",
        ),
        gallery(
            "L’atelier",
            (FRAME_SHOP, "Dessin d’un mur d’outils au-dessus d’un établi.", "Les outils du cadreur."),
            (ROAD_BIKE, "Dessin d’un vélo de route.", "Un cadre terminé, monté et prêt à rouler."),
            (PASSES, "Dessin d’une route de col en lacets.", "Le terrain d’essai, au-dessus de l’atelier."),
            (CLUB_ROOM, "Dessin d’une salle de travail aux grandes fenêtres.", "Les rencontres du club du cycle."),
        ),
        StrengthsGrid("Les atouts qu’il a trouvés ici", (INDUSTRY, CYCLE_ECONOMY, TRAIN)),
    ),
)

CLUB_STORY = StoryContent(
    title="Les entreprises du cycle se réunissent en club",
    kind="news",
    lead=(
        "Loueurs, réparateurs, guides, hébergeurs et fabricants de la vallée ont fondé leur club. Objectif : "
        "partager les clients, les bonnes pratiques et une même promesse faite aux cyclistes."
    ),
    author="Maison de la Maurienne",
    published=datetime.date(2025, 4, 8),
    hero=CLUB_ROOM,
    strengths=(CYCLE_ECONOMY, INDUSTRY),
    tags=("entreprendre", "réseau", "vélo"),
    admin_note="Le club des entreprises du cycle, ses dates et son programme sont fictifs, inventés pour la démonstration.",
    body=(
        Section(
            "Une filière, toute la chaîne de valeur",
            "<p>Le club réunit déjà une trentaine d’entreprises, de la location à la fabrication. Chaque trimestre, "
            "une rencontre dans un village différent permet de se connaître et de monter des offres communes.</p>",
        ),
        Timeline(
            "Les étapes du club",
            (
                Milestone(2024, "Premières rencontres", "Une douzaine d’entreprises se retrouvent à Saint-Jean."),
                Milestone(
                    2025,
                    "Le club est fondé",
                    "Statuts, charte d’accueil et premier programme d’actions.",
                    datetime.date(2025, 3, 27),
                ),
            ),
        ),
        KeyFigures(
            "Le club aujourd’hui",
            (KeyFigure("30", "entreprises", "membres du club à sa fondation", "Club du cycle (déclaratif)", 2025),),
        ),
        Downloads(
            "Le programme",
            (
                leaflet(
                    "Club des entreprises du cycle : programme 2025",
                    PALETTE,
                    "Avril : rencontre a Saint-Jean-de-Maurienne",
                    "Juin : accueil des cyclistes, bonnes pratiques",
                    "Septembre : bilan de saison",
                    "Novembre : preparer l’hiver",
                ),
            ),
        ),
        Map("Saint-Jean-de-Maurienne", "73300 Saint-Jean-de-Maurienne", 45.2767, 6.3464, 13),
        CallToAction(
            "Rejoindre le club",
            "Vous avez une entreprise liée au vélo dans la vallée ? Le club vous accueille, quelle que soit sa taille.",
            (Link(page=BUSINESS), Link("Le label Accueil Vélo", url="https://www.francevelotourisme.com/")),
        ),
    ),
)

STRENGTHS_PAGE = strengths_page(
    "Des cols de légende, une vallée qui vit du vélo, une tradition industrielle et la Vanoise à deux pas : "
    "voici ce qui fait la force de la Maurienne."
)
INDEX = story_index(
    "Celles et ceux qui font du vélo une économie de toute l’année dans la vallée, racontés par eux-mêmes."
)

MAURIENNE = Storytelling(
    strengths=STRENGTHS,
    strengths_page=STRENGTHS_PAGE,
    index=INDEX,
    stories=(WORKSHOP_STORY, SEASONS_STORY, FRAME_STORY, CLUB_STORY),
    home_lead=(
        AudienceDoors(
            "",
            (
                Door("Rouler ici", "Les cols du Tour de France, du Télégraphe à l’Iseran.", Link(page=COLS_PAGE)),
                Door(
                    "Entreprendre",
                    "Location, réparation, cadres : une filière qui recrute.",
                    Link(page=welcome.OPPORTUNITIES),
                ),
                Door("Les récits", "Celles et ceux qui vivent du vélo, racontés par eux-mêmes.", Link(page=INDEX)),
            ),
        ),
        portrait_of(WORKSHOP_STORY),
    ),
    home_close=(
        StrengthsGrid("Pourquoi la Maurienne", (LEGENDS, CYCLE_ECONOMY, INDUSTRY)),
        LatestStories("Ils font rouler la vallée", stories=(WORKSHOP_STORY, FRAME_STORY, CLUB_STORY)),
    ),
)
