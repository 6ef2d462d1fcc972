"""Vallon d'Aveyron: strengths and stories of the one-hectare site, the tiers-lieu and those who came."""

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
from ..territories.aveyron import FICTIONAL_VILLAGE, INVEST, PALETTE, SITE_PLAN, THIRD_PLACE, TOWN_HALL
from ..welcome import aveyron as welcome
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

PROJECT = "Commune (projet)"

FIELDS = drawn("Champs et collines autour du village", landscapes.fields_and_hills, PALETTE, 33, size=(1200, 800))
CAUSSE = drawn("Plateau de causse et vallée au loin", landscapes.fields_and_hills, PALETTE, 34, size=(1200, 800))
COWORKING = drawn("Espace de travail partagé du tiers-lieu", illustrations.room, PALETTE, 35)
FAB_LAB = drawn("Atelier de fabrication du tiers-lieu", illustrations.workshop, PALETTE, 36)
JOINERY = drawn("Atelier de menuiserie dans une halle du site", illustrations.workshop, PALETTE, 37)
SITE_PLAN_2 = drawn("Plan du site d’un hectare, variante à trois lots", images.site_plan, PALETTE, 38)
LEA = person("Léa Fabre", PALETTE, 39)
INES = person("Inès Costes", PALETTE, 40)

LAND = StrengthContent(
    "Un hectare d’un seul tenant",
    "economy",
    "Un terrain de 10 000 m² avec des halles solides, l’eau, l’électricité en puissance industrielle et un accès "
    "poids lourds : de quoi accueillir une ou plusieurs entreprises.",
    KeyFigure("1", "ha", "de foncier à reconvertir, d’un seul tenant", "Commune (cadastre)", 2025),
    SITE_PLAN,
)
THIRD_PLACE_STRENGTH = StrengthContent(
    "Un tiers-lieu dans l’ancienne mairie",
    "quality_of_life",
    "Travail partagé, atelier de fabrication, salle de réunion et café associatif : un lieu pour travailler, "
    "apprendre et se retrouver au cœur du village.",
    KeyFigure("320", "m²", "pour le tiers-lieu, sur deux niveaux", PROJECT, 2025),
    TOWN_HALL,
)
SKILLS = StrengthContent(
    "Des compétences restées au village",
    "crafts",
    "Soudeurs, électromécaniciens, logisticiens, agents de maîtrise : l’ancienne entreprise a formé des "
    "professionnels qui veulent continuer à travailler ici.",
    KeyFigure("150", "salariés", "formés par l’ancienne entreprise", "Commune (estimation)", 2025),
    JOINERY,
)
ACCESS = StrengthContent(
    "Une route directe et un aéroport proche",
    "mobility",
    "La route départementale passe devant le site ; l’aéroport de Rodez-Aveyron et ses liaisons avec Paris sont "
    "à trois quarts d’heure.",
    KeyFigure("45", "minutes", "de route environ jusqu’à l’aéroport de Rodez-Aveyron", "Commune (estimation)", 2025),
    FIELDS,
)
LANDSCAPES = StrengthContent(
    "Causses, vallées et grands espaces",
    "nature",
    "Plateaux calcaires, gorges, rivières et forêts : l’Aveyron offre des paysages immenses et une nature "
    "préservée à la porte de chaque village.",
    KeyFigure("8 735", "km²", "de superficie pour le département de l’Aveyron", "INSEE"),
    CAUSSE,
)
VILLAGES = StrengthContent(
    "Un patrimoine de villages remarquables",
    "heritage",
    "Conques, Najac, Estaing, Belcastel : l’Aveyron compte parmi les départements les plus riches en villages "
    "classés, et ses chemins de Saint-Jacques attirent les marcheurs.",
    KeyFigure(
        "10", "villages", "classés parmi les plus beaux de France", "Plus Beaux Villages de France (estimation)", 2025
    ),
    drawn("Village aux toits rouges autour de son clocher", landscapes.fields_and_hills, PALETTE, 41, size=(1200, 800)),
)
STRENGTHS = (LAND, THIRD_PLACE_STRENGTH, SKILLS, ACCESS, LANDSCAPES, VILLAGES)

SITE_STORY = StoryContent(
    title="Un hectare pour entreprendre : le projet du site",
    kind="report",
    lead=(
        "Le départ de la grande entreprise a laissé un hectare de terrain et 2 400 m² de halles. La commune a choisi "
        "d’en faire un site d’activités partagé. Visite guidée du projet, de ses surfaces et de son calendrier."
    ),
    author="Mathieu Roques",
    published=datetime.date(2025, 2, 5),
    hero=SITE_PLAN,
    strengths=(LAND, ACCESS, SKILLS),
    tags=("foncier", "entreprendre", "projet"),
    admin_note=f"{FICTIONAL_VILLAGE} L'auteur Mathieu Roques et le calendrier sont fictifs.",
    body=(
        Section(
            "Un site, plusieurs entreprises",
            "<p>Le site peut accueillir une seule grande activité ou être divisé en trois lots. Les halles existantes "
            "sont saines ; la toiture de la plus grande sera rénovée et équipée de panneaux solaires.</p>",
        ),
        KeyFigures(
            "Le site en chiffres",
            (
                KeyFigure("10 000", "m²", "de terrain d’un seul tenant", "Commune (cadastre)", 2025),
                KeyFigure("2 400", "m²", "de halles réutilisables", "Commune (estimation)", 2025),
                KeyFigure("3", "lots", "possibles, de 2 000 à 5 000 m²", PROJECT, 2025),
            ),
        ),
        Figure(
            SITE_PLAN_2,
            alt="Plan dessiné : un carré de cent mètres de côté avec deux halles, un parking et la route en bas.",
            caption="Une des variantes étudiées : trois lots desservis par la même entrée.",
        ),
        Timeline(
            "Le calendrier du projet",
            (
                Milestone(
                    2024, "L’entreprise quitte le site", "La commune engage les discussions pour racheter le foncier."
                ),
                Milestone(2025, "Appel à projets", "Les entreprises intéressées présentent leur projet."),
                Milestone(2026, "Premières installations", "Travaux de toiture et arrivée des premières entreprises."),
            ),
        ),
        Faq(
            "Vos questions sur le site",
            (
                Question(
                    "Peut-on visiter ?", "<p>Oui, sur rendez-vous, avec un élu et l’ancien responsable technique.</p>"
                ),
                Question(
                    "Le site est-il raccordé à la fibre ?",
                    "<p>Le raccordement est programmé ; en attendant, le tiers-lieu voisin offre une connexion rapide.</p>",
                ),
            ),
        ),
        Downloads(
            "La fiche du site",
            (
                leaflet(
                    "Saint-Aurele : le site d’un hectare",
                    PALETTE,
                    "Terrain : 10 000 m2 d’un seul tenant",
                    "Halles : environ 2 400 m2 reutilisables",
                    "Reseaux : eau, electricite industrielle, fibre prevue",
                    "Acces : route departementale, poids lourds",
                    "Contact : mairie de Saint-Aurele",
                ),
            ),
        ),
        Map(
            "Aéroport de Rodez-Aveyron, à 45 minutes",
            "Aéroport de Rodez-Aveyron\n12330 Salles-la-Source",
            44.4089,
            2.4828,
            12,
        ),
        CallToAction(
            "Visiter le site",
            "La commune vous accompagne de la première visite à l’installation.",
            (Link(page=INVEST),),
        ),
    ),
)

TOWN_HALL_STORY = StoryContent(
    title="L’ancienne mairie devient tiers-lieu",
    kind="news",
    lead=(
        "Coworking, atelier de fabrication, salle de réunion et café associatif : l’ancienne mairie de Saint-Aurèle "
        "change de vie. Les travaux avancent, et l’association qui fera vivre le lieu recrute ses bénévoles."
    ),
    author="Association du tiers-lieu",
    published=datetime.date(2025, 4, 22),
    hero=TOWN_HALL,
    strengths=(THIRD_PLACE_STRENGTH,),
    tags=("tiers-lieu", "projet", "vie locale"),
    admin_note=f"{FICTIONAL_VILLAGE} La maire Martine Alric, l'association et son calendrier sont fictifs. {SAMPLE_VIDEO_NOTE}",
    body=(
        Section(
            "Un bâtiment public, de nouveaux usages",
            "<p>Quand la mairie a déménagé, le conseil municipal a réuni les habitants : que faire du bâtiment ? "
            "La réponse est venue vite : un lieu ouvert à tous, pour travailler, fabriquer et se retrouver.</p>",
        ),
        Timeline(
            "Du conseil municipal à l’ouverture",
            (
                Milestone(2024, "Réunion publique", "Soixante habitants proposent leurs idées."),
                Milestone(2025, "Création de l’association", "Commune, entrepreneurs et habitants réunis."),
                Milestone(
                    2025,
                    "Début des travaux",
                    "Accessibilité, réseau et aménagement de l’atelier.",
                    datetime.date(2025, 9, 15),
                ),
            ),
        ),
        gallery(
            "Le lieu en images",
            (TOWN_HALL, "Dessin de la façade de l’ancienne mairie avec une enseigne « Tiers-lieu ».", "La façade."),
            (
                COWORKING,
                "Dessin d’une salle aux grandes fenêtres avec des tables et des ordinateurs.",
                "L’espace de travail.",
            ),
            (FAB_LAB, "Dessin d’un mur d’outils au-dessus d’un établi.", "L’atelier de fabrication."),
            (FIELDS, "Dessin du village et de ses champs.", "Le village, vu des collines."),
        ),
        Quote(
            "Ce bâtiment a toujours été la maison commune. Il le restera, autrement.",
            "Martine Alric",
            "maire de Saint-Aurèle",
        ),
        sample_video("sur la transformation de l’ancienne mairie"),
        LatestStories("Les autres nouvelles du village", tag="tiers-lieu"),
    ),
)

JOINERS = StoryContent(
    title="Léa et Karim, menuisiers-agenceurs, ont choisi Saint-Aurèle",
    kind="portrait",
    lead=(
        "Ils cherchaient un grand atelier et un village où élever leurs enfants. Léa et Karim ont installé leur "
        "menuiserie dans une halle du site et emploient déjà quatre personnes, dont deux anciens de l’usine."
    ),
    author="Mathieu Roques",
    published=datetime.date(2025, 5, 30),
    hero=JOINERY,
    strengths=(LAND, SKILLS),
    tags=("entreprendre", "artisanat", "s’installer"),
    admin_note=f"{FICTIONAL_VILLAGE} Léa Fabre, Karim Benali et l'auteur Mathieu Roques sont fictifs.",
    body=(
        Portrait(
            LEA,
            alt="Portrait dessiné d’une femme souriante, devant un fond clair.",
            name="Léa Fabre",
            role="cofondatrice d’une menuiserie d’agencement installée sur le site",
            quote="Nous avions besoin de place et de bras qualifiés. Ici, nous avons trouvé les deux, et des voisins.",
            story=SITE_STORY,
        ),
        Section(
            "De Toulouse à l’Aveyron",
            "<p>Léa et Karim travaillaient dans un atelier trop petit, en périphérie de Toulouse. La halle de "
            "Saint-Aurèle leur offre quatre fois plus de surface pour un loyer plus bas, et une route directe pour "
            "livrer leurs chantiers.</p><p>Leurs deux premiers salariés ont été formés par l’ancienne entreprise : "
            "« Ils savaient déjà lire un plan, régler une machine, travailler en sécurité. »</p>",
        ),
        KeyFigures(
            "Leur installation",
            (
                KeyFigure("600", "m²", "d’atelier dans une halle du site", "Entreprise (déclaratif)", 2025),
                KeyFigure("4", "emplois", "créés en un an", "Entreprise (déclaratif)", 2025),
            ),
        ),
        StrengthsGrid("Ce qu’ils sont venus chercher", (LAND, SKILLS, ACCESS)),
        CallToAction(
            "Votre entreprise a besoin de place ?",
            "Il reste des lots sur le site d’un hectare.",
            (Link(page=INVEST),),
            "calm",
        ),
    ),
)

FAB_MANAGER = StoryContent(
    title="Inès Costes : « Le fab lab, c’est l’atelier de tout le village »",
    kind="testimony",
    lead=(
        "Ingénieure revenue au pays, Inès anime bénévolement l’atelier de fabrication du futur tiers-lieu. Elle "
        "raconte ce que l’on peut y faire, et pourquoi elle y croit."
    ),
    author="Inès Costes, propos recueillis par l’association du tiers-lieu",
    published=datetime.date(2025, 6, 18),
    hero=FAB_LAB,
    strengths=(THIRD_PLACE_STRENGTH, SKILLS),
    tags=("tiers-lieu", "numérique", "jeunes"),
    admin_note=f"{FICTIONAL_VILLAGE} Inès Costes est une personne fictive.",
    body=(
        Portrait(
            INES,
            alt="Portrait dessiné d’une jeune femme, devant un fond clair.",
            name="Inès Costes",
            role="ingénieure, bénévole au tiers-lieu",
            quote="Une imprimante 3D ne remplace pas un savoir-faire, mais elle aide à le transmettre.",
        ),
        Section(
            "Un atelier pour tous",
            "<ul><li>réparer un objet plutôt que le jeter ;</li><li>fabriquer un prototype avant d’investir ;</li>"
            "<li>initier les collégiens au dessin technique et à la programmation.</li></ul>",
        ),
        Quote("Les anciens de l’usine viennent montrer aux jeunes comment on règle une machine.", "Inès Costes"),
        Faq(
            "Utiliser l’atelier",
            (
                Question(
                    "Faut-il savoir se servir des machines ?", "<p>Non : une initiation est proposée chaque mois.</p>"
                ),
                Question(
                    "Combien ça coûte ?",
                    "<p>L’adhésion à l’association est à prix libre pendant la première année.</p>",
                ),
            ),
        ),
        CallToAction("Découvrir le tiers-lieu", "Horaires, équipements et programme.", (Link(page=THIRD_PLACE),)),
    ),
)

STRENGTHS_PAGE = strengths_page(
    "Un hectare pour entreprendre, un tiers-lieu au cœur du village, des compétences disponibles et les grands "
    "espaces de l’Aveyron : voici ce que Saint-Aurèle vous offre."
)
INDEX = story_index(
    "Le projet du site, le tiers-lieu et celles et ceux qui ont choisi le village, racontés au fil des mois."
)

AVEYRON = Storytelling(
    strengths=STRENGTHS,
    strengths_page=STRENGTHS_PAGE,
    index=INDEX,
    stories=(SITE_STORY, TOWN_HALL_STORY, JOINERS, FAB_MANAGER),
    home_lead=(
        AudienceDoors(
            "Vous avez un projet ?",
            (
                Door(
                    "S’implanter",
                    "Un hectare viabilisé, des halles à reprendre, un accompagnement.",
                    Link(page=welcome.OPPORTUNITIES),
                ),
                Door(
                    "Le tiers-lieu",
                    "Bureaux, atelier partagé et fab lab dans l’ancienne mairie.",
                    Link(page=THIRD_PLACE),
                ),
                Door(
                    "Nos atouts",
                    "Foncier, compétences, accès : ce que le village vous offre.",
                    Link(page=STRENGTHS_PAGE),
                ),
            ),
        ),
        StrengthsGrid("Un hectare et un tiers-lieu pour entreprendre", (LAND, THIRD_PLACE_STRENGTH, SKILLS)),
    ),
    home_close=(
        portrait_of(JOINERS),
        LatestStories("Le projet, mois après mois", stories=(SITE_STORY, TOWN_HALL_STORY, FAB_MANAGER)),
    ),
)
