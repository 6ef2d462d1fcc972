"""La Xaintrie: strengths and stories of the brand, its ambassadors, the Dordogne and daily life."""

import datetime

from .. import illustrations, images, landscapes
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
from ..territories.xaintrie import AMBASSADORS, MEANDERS, PALETTE, SETTLE
from ..welcome import xaintrie as welcome
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

ESTIMATE = "Maison de la Xaintrie (estimation)"

RIVER = drawn("La Dordogne au pied des collines", landscapes.river_valley, PALETTE, 43, size=(1200, 800))
QUAYS = drawn(
    "Maisons aux toits de lauze au bord de la Dordogne", landscapes.river_valley, PALETTE, 44, size=(1200, 800)
)
LOOPS = drawn("Boucles de la rivière vues du ciel", images.meanders, PALETTE, 45)
MARKET = drawn("Étal de producteurs sur un marché d’été", illustrations.produce, PALETTE, 46)
STUDIO = drawn("Bureau partagé avec vue sur la vallée", illustrations.room, PALETTE, 47)
NATHALIE = person("Nathalie Delpech", PALETTE, 48)
SOPHIE = person("Sophie Lachaud", PALETTE, 49)

BIOSPHERE = StrengthContent(
    "La Dordogne, réserve de biosphère",
    "nature",
    "Le bassin de la Dordogne est reconnu par l’UNESCO pour l’équilibre entre l’homme et la rivière : eaux vives, "
    "gorges boisées et prairies au fil de l’eau.",
    KeyFigure("2012", "", "le bassin de la Dordogne devient réserve de biosphère", "UNESCO", 2012),
    MEANDERS,
)
BRAND = StrengthContent(
    "Une marque portée par ses habitants",
    "economy",
    "« La Xaintrie » réunit entreprises, associations, élus et habitants ambassadeurs autour d’une même promesse : "
    "une vie à la bonne mesure, entre Dordogne et plateaux.",
    KeyFigure("60", "partenaires", "et ambassadeurs de la marque", ESTIMATE, 2025),
    drawn(
        "Emblème de la marque La Xaintrie sur fond de vallée", landscapes.river_valley, PALETTE, 50, size=(1200, 800)
    ),
)
TOWN = StrengthContent(
    "Argentat-sur-Dordogne, ville de rivière",
    "heritage",
    "Ses quais où accostaient les gabares, ses maisons aux toits de lauze et, sur le plateau, les tours de Merle : "
    "un patrimoine qui raconte la vie au bord de l’eau.",
    KeyFigure(
        "2019", "", "création de la commune nouvelle d’Argentat-sur-Dordogne", "INSEE, code officiel géographique"
    ),
    QUAYS,
)
LIFE = StrengthContent(
    "Une vie à la bonne mesure",
    "quality_of_life",
    "Des écoles à taille humaine, des professionnels de santé regroupés, une vie associative riche et Brive à "
    "moins d’une heure pour ce qu’on ne trouve pas ici.",
    KeyFigure("1", "heure", "de route environ jusqu’à Brive-la-Gaillarde", "Communauté de communes (estimation)", 2025),
    STUDIO,
)
RIVER_LEISURE = StrengthContent(
    "La rivière pour terrain de jeu",
    "tourism",
    "Baignade, canoë, pêche, randonnée sur les berges : la Dordogne rythme les saisons et attire les visiteurs "
    "qui cherchent le calme.",
    KeyFigure("483", "km", "de Dordogne, du massif du Sancy à l’estuaire de la Gironde", "Sandre"),
    RIVER,
)
PRODUCERS = StrengthContent(
    "Des producteurs sur chaque place",
    "crafts",
    "Fromages, noix, châtaignes, miel, viande du plateau : les marchés de producteurs animent les bourgs tout "
    "l’été et font vivre les fermes.",
    KeyFigure("30", "producteurs", "sur les marchés d’été de la Xaintrie", ESTIMATE, 2025),
    MARKET,
)
STRENGTHS = (BIOSPHERE, BRAND, TOWN, LIFE, RIVER_LEISURE, PRODUCERS)

AMBASSADOR = StoryContent(
    title="Nathalie Delpech, ambassadrice de la Xaintrie",
    kind="portrait",
    lead=(
        "Loueuse de canoës à Argentat-sur-Dordogne, Nathalie a été l’une des premières à rejoindre le réseau des "
        "ambassadeurs de la marque. Chaque été, elle fait découvrir la rivière et le territoire à des milliers de "
        "visiteurs."
    ),
    author="Pauline Chassagne",
    published=datetime.date(2025, 3, 25),
    hero=RIVER,
    strengths=(BRAND, RIVER_LEISURE),
    tags=("marque", "ambassadeurs", "rivière"),
    admin_note="Nathalie Delpech, son entreprise et l’autrice Pauline Chassagne sont fictives, inventées pour la démonstration.",
    body=(
        Portrait(
            NATHALIE,
            alt="Portrait dessiné d’une femme aux cheveux longs, devant un fond clair.",
            name="Nathalie Delpech",
            role="loueuse de canoës à Argentat-sur-Dordogne, ambassadrice de la marque depuis 2023",
            quote="Mes clients me demandent où manger, où dormir, quoi voir. Être ambassadrice, c’est leur répondre "
            "avec tout le territoire, pas seulement avec mes canoës.",
        ),
        Section(
            "Ambassadrice, concrètement",
            "<p>Sur son comptoir, les cartes des producteurs, l’agenda des marchés et le kit de la marque. Sur les "
            "réseaux sociaux, les photographies de la rivière, signées « La Xaintrie ».</p><p>Deux fois par an, "
            "elle retrouve les autres ambassadeurs pour partager les bonnes adresses et préparer la saison.</p>",
        ),
        Quote("On ne vend pas une rivière : on donne envie de revenir la voir.", "Nathalie Delpech", "ambassadrice"),
        gallery(
            "La saison de Nathalie",
            (RIVER, "Dessin de la Dordogne entre des collines boisées.", "La Dordogne au départ des canoës."),
            (QUAYS, "Dessin de maisons aux toits sombres au bord de la rivière.", "Les quais d’Argentat."),
            (LOOPS, "Vue du ciel dessinée d’une rivière qui serpente.", "Les boucles de la rivière."),
            (MARKET, "Dessin d’étagères de bocaux et de fruits.", "Les produits qu’elle recommande."),
        ),
        Map("Les quais d’Argentat-sur-Dordogne", "Quai Lestourgie\n19400 Argentat-sur-Dordogne", 45.0921, 1.9376, 15),
        CallToAction(
            "Devenir ambassadeur",
            "Habitant, entreprise ou association : rejoignez le réseau.",
            (Link(page=AMBASSADORS),),
        ),
    ),
)

PLAN = StoryContent(
    title="La marque La Xaintrie se donne un plan d’action",
    kind="news",
    lead=(
        "Fédérer, raconter, accueillir, mesurer : partenaires et élus ont adopté le plan marketing qui fera vivre la "
        "marque pendant trois ans. Ce qui change dès cette année."
    ),
    author="Maison de la Xaintrie",
    published=datetime.date(2025, 1, 15),
    hero=LOOPS,
    strengths=(BRAND, LIFE),
    tags=("marque", "attractivité"),
    admin_note="Le plan d’action, ses dates et ses chiffres sont fictifs, inventés pour la démonstration.",
    body=(
        Section(
            "Pourquoi un plan ?",
            "<p>Une marque ne vit que si on la fait vivre. Le plan fixe des actions concrètes, des responsables et "
            "des indicateurs, pour que la Xaintrie devienne un choix plutôt qu’un détour sur la route de Brive.</p>",
        ),
        Timeline(
            "Trois ans d’actions",
            (
                Milestone(2024, "Naissance de la marque", "Nom, signature et charte partagés."),
                Milestone(2025, "Fédérer et raconter", "Réseau des ambassadeurs, portraits et agenda commun."),
                Milestone(2026, "Accueillir", "Un accompagnement pour chaque nouvel habitant."),
                Milestone(2027, "Mesurer", "Premier bilan public des actions."),
            ),
        ),
        KeyFigures(
            "Les objectifs",
            (
                KeyFigure("100", "ambassadeurs", "d’ici la fin du plan", ESTIMATE, 2027),
                KeyFigure("4", "rencontres", "par an entre partenaires", ESTIMATE, 2025),
            ),
        ),
        Downloads(
            "Les documents du plan",
            (
                leaflet(
                    "La Xaintrie : plan d’action de la marque",
                    PALETTE,
                    "1. Federer les partenaires et les ambassadeurs",
                    "2. Raconter le territoire et ses habitants",
                    "3. Accueillir les nouveaux habitants",
                    "4. Mesurer l’effet des actions",
                ),
            ),
        ),
        StrengthsGrid("Ce que la marque met en avant", (BRAND, BIOSPHERE, LIFE, PRODUCERS)),
    ),
)

REMOTE_WORK = StoryContent(
    title="Sophie Lachaud : « Je travaille pour Lyon, face à la vallée »",
    kind="testimony",
    lead=(
        "Graphiste indépendante, Sophie a quitté Bordeaux il y a deux ans pour une maison au-dessus de la Dordogne. "
        "Elle raconte le télétravail, l’école du bourg et la baignade après le travail."
    ),
    author="Sophie Lachaud, propos recueillis par Pauline Chassagne",
    published=datetime.date(2025, 5, 6),
    hero=STUDIO,
    strengths=(LIFE, RIVER_LEISURE),
    tags=("s’installer", "télétravail"),
    admin_note="Sophie Lachaud et l’autrice Pauline Chassagne sont fictives, inventées pour la démonstration.",
    body=(
        Section(
            "Le déclic",
            "<p>« Pendant le confinement, j’ai compris que mon travail tenait dans un ordinateur. Il me fallait une "
            "bonne connexion, une gare pas trop loin et un paysage. La Xaintrie cochait tout. »</p>",
        ),
        Portrait(
            SOPHIE,
            alt="Portrait dessiné d’une femme aux cheveux courts, devant un fond clair.",
            name="Sophie Lachaud",
            role="graphiste indépendante, installée en Xaintrie depuis 2023",
            quote="Le marché du samedi, la baignade après le travail : je ne reviendrais pas en arrière.",
        ),
        Faq(
            "Ses conseils pour télétravailler ici",
            (
                Question(
                    "Et la connexion ?",
                    "<p>Vérifiez l’éligibilité à la fibre avant d’acheter, adresse par adresse.</p>",
                ),
                Question(
                    "Et la solitude ?",
                    "<p>Un espace de travail partagé, les associations et le marché : on rencontre vite du monde.</p>",
                ),
            ),
        ),
        Figure(
            STUDIO, alt="Dessin d’un bureau partagé aux grandes fenêtres.", caption="Un bureau partagé du territoire."
        ),
        CallToAction(
            "S’installer en Xaintrie",
            "Travail, logement, écoles : tout pour préparer votre arrivée.",
            (Link(page=SETTLE),),
        ),
    ),
)

SUMMER = StoryContent(
    title="Un été au bord de la Dordogne",
    kind="report",
    lead=(
        "Des quais d’Argentat aux gorges de la Maronne, la rivière donne le ton de l’été : canoës au petit matin, "
        "marchés de producteurs, baignades et soirées sur les places."
    ),
    author="Pauline Chassagne",
    published=datetime.date(2025, 6, 24),
    hero=QUAYS,
    strengths=(RIVER_LEISURE, PRODUCERS, TOWN),
    tags=("rivière", "tourisme", "été"),
    admin_note=f"L'autrice Pauline Chassagne est fictive. {SAMPLE_VIDEO_NOTE}",
    body=(
        Section(
            "La rivière, du matin au soir",
            "<p>Au petit matin, les pêcheurs ; à midi, les familles sur les plages de galets ; le soir, les terrasses "
            "des quais. La Dordogne se partage, et se respecte : l’eau monte vite quand les barrages lâchent.</p>",
        ),
        gallery(
            "Carnet d’été",
            (QUAYS, "Dessin de maisons au bord de la rivière.", "Les quais d’Argentat."),
            (RIVER, "Dessin de la rivière entre les collines.", "La rivière en amont."),
            (MARKET, "Dessin d’un étal de bocaux et de fruits.", "Le marché des producteurs."),
            (MEANDERS, "Vue du ciel dessinée de méandres.", "Les méandres vus du ciel."),
            (LOOPS, "Vue du ciel dessinée d’une rivière.", "Les boucles en aval."),
        ),
        sample_video("sur un été au bord de la Dordogne"),
        KeyFigures("La rivière", (KeyFigure("483", "km", "de Dordogne, de la source à l’estuaire", "Sandre"),)),
        LatestStories("D’autres histoires au fil de l’eau", strength=RIVER_LEISURE),
    ),
)

STRENGTHS_PAGE = strengths_page(
    "La Dordogne et ses gorges, une marque portée par ses habitants, une ville de rivière et une vie à la bonne "
    "mesure : voici les forces de la Xaintrie."
)
INDEX = story_index("Ambassadeurs, nouveaux habitants et amoureux de la rivière racontent la Xaintrie.")

XAINTRIE = Storytelling(
    strengths=STRENGTHS,
    strengths_page=STRENGTHS_PAGE,
    index=INDEX,
    stories=(AMBASSADOR, PLAN, REMOTE_WORK, SUMMER),
    home_lead=(
        portrait_of(AMBASSADOR),
        AudienceDoors(
            "",
            (
                Door("S’installer", "Logement, emploi, écoles : la Xaintrie vous accompagne.", Link(page=welcome.HUB)),
                Door(
                    "Devenir ambassadeur", "Portez la marque avec celles et ceux qui y vivent.", Link(page=AMBASSADORS)
                ),
                Door(
                    "Nos atouts", "La rivière, une ville vivante, une vie à la bonne mesure.", Link(page=STRENGTHS_PAGE)
                ),
            ),
        ),
    ),
    home_close=(
        LatestStories("La marque, ce sont eux", stories=(AMBASSADOR, PLAN, REMOTE_WORK)),
        StrengthsGrid("Ce que la marque raconte", (BRAND, TOWN, LIFE)),
    ),
)
