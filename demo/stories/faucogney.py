"""Faucogney-et-la-Mer: strengths and stories of craftspeople, industry and the plateau des Mille Étangs."""

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
from ..territories.faucogney import CRAFTS, ESTIMATE, PALETTE, PONDS_MAP, SETTLE
from ..welcome import faucogney as welcome
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

POND = drawn("Étang bordé de sapins sur le plateau", landscapes.ponds_and_forest, PALETTE, 13, size=(1200, 800))
DUSK = drawn("Étang du plateau au soleil couchant", landscapes.ponds_and_forest, PALETTE, 14, size=(1200, 800))
BENCH = drawn("Établi et outils d’un atelier d’ébénisterie", illustrations.workshop, PALETTE, 15)
BAKERY = drawn("Étagères d’une boulangerie-épicerie de bourg", illustrations.produce, PALETTE, 16)
HALL = drawn("Salle d’exposition des portes ouvertes des ateliers", illustrations.room, PALETTE, 17)
ROMAIN = person("Romain Vuillemin", PALETTE, 18)
CLAIRE = person("Claire Bernardin", PALETTE, 19)

PONDS = StrengthContent(
    "Le plateau des Mille Étangs",
    "nature",
    "Façonné par les glaciers, le plateau aligne étangs, tourbières et forêts de sapins : un paysage unique en "
    "France, à quelques minutes du bourg.",
    KeyFigure("850", "étangs", "environ, sur le plateau des Mille Étangs", "Office de tourisme (estimation)"),
    PONDS_MAP,
)
INDUSTRY = StrengthContent(
    "Une industrie qui emploie",
    "economy",
    "Le groupe SEB, premier employeur du secteur, entretient un savoir-faire industriel reconnu : fabrication, "
    "maintenance, qualité et logistique.",
    KeyFigure("1er", "", "employeur du secteur : le groupe SEB", ESTIMATE, 2025),
    drawn("Atelier de fabrication et de maintenance", illustrations.room, PALETTE, 20),
)
ARTISANS = StrengthContent(
    "Des artisans et des commerces soudés",
    "crafts",
    "Menuisiers, ébénistes, boulangers, électriciens : un tissu serré qui fait vivre le bourg toute l’année et "
    "cherche des apprentis et des repreneurs.",
    KeyFigure("40", "", "artisans et commerçants dans le bourg et alentour", ESTIMATE, 2025),
    BENCH,
)
PARK = StrengthContent(
    "Au cœur d’un parc naturel régional",
    "heritage",
    "La commune fait partie du parc naturel régional des Ballons des Vosges, qui protège paysages, savoir-faire "
    "et patrimoine bâti du massif.",
    KeyFigure("1989", "", "création du parc naturel régional des Ballons des Vosges", "Parc des Ballons des Vosges"),
    DUSK,
)
TRAILS = StrengthContent(
    "Des sentiers au départ du bourg",
    "tourism",
    "Randonnée, vélo, pêche, raquettes l’hiver : les sentiers balisés relient les hameaux, les étangs et les "
    "points de vue, loin de la foule.",
    KeyFigure("200", "km", "de sentiers balisés sur le plateau", "Office de tourisme (estimation)", 2025),
    POND,
)
VILLAGE_LIFE = StrengthContent(
    "Une vie de bourg à taille humaine",
    "quality_of_life",
    "Une école, des commerces, un marché et des associations accueillantes, des logements abordables et la gare "
    "de Lure à une demi-heure.",
    KeyFigure("30", "minutes", "de route environ jusqu’à la gare de Lure", ESTIMATE, 2025),
    BAKERY,
)
STRENGTHS = (PONDS, INDUSTRY, ARTISANS, PARK, TRAILS, VILLAGE_LIFE)

CABINETMAKER = StoryContent(
    title="Romain Vuillemin, ébéniste du plateau",
    kind="portrait",
    lead=(
        "Dans son atelier au bord du bourg, Romain transforme le chêne et le sapin des forêts voisines en meubles "
        "faits pour durer. Il a repris l’atelier de son ancien maître et forme aujourd’hui un apprenti."
    ),
    author="Nadia Lambert",
    published=datetime.date(2025, 2, 18),
    hero=BENCH,
    strengths=(ARTISANS, PARK),
    tags=("artisanat", "bois", "transmission"),
    admin_note="Romain Vuillemin, son atelier et l’autrice Nadia Lambert sont fictifs, inventés pour la démonstration.",
    body=(
        Portrait(
            ROMAIN,
            alt="Portrait dessiné d’un homme aux cheveux courts, devant un fond clair.",
            name="Romain Vuillemin",
            role="ébéniste à Faucogney-et-la-Mer depuis 2016",
            quote="Le bois que je travaille a poussé à trois kilomètres d’ici. Mes clients peuvent aller voir la forêt.",
        ),
        Section(
            "Un atelier transmis",
            "<p>Romain est arrivé à Faucogney comme apprenti, à dix-sept ans. Quand son maître a pris sa retraite, "
            "il a repris l’atelier, les machines et une partie de la clientèle, avec l’appui de la chambre de "
            "métiers.</p><p>Tables, escaliers, bibliothèques : il travaille surtout pour des particuliers de la "
            "région, et de plus en plus pour des résidences secondaires rénovées.</p>",
        ),
        Timeline(
            "Le fil d’une vie d’artisan",
            (
                Milestone(2009, "L’apprentissage", "Premier contrat d’apprentissage dans l’atelier du bourg."),
                Milestone(2016, "La reprise", "Romain reprend l’atelier et ses machines."),
                Milestone(2024, "Un apprenti à son tour", "Il transmet ce qu’on lui a appris."),
            ),
        ),
        gallery(
            "L’atelier et la forêt",
            (BENCH, "Dessin d’un mur d’outils au-dessus d’un établi et de planches.", "L’établi de Romain."),
            (POND, "Dessin d’un étang bordé de sapins.", "Les forêts de sapins du plateau."),
            (DUSK, "Dessin d’un étang au coucher du soleil.", "Le plateau au crépuscule."),
            (HALL, "Dessin d’une grande salle aux fenêtres hautes.", "Les meubles exposés aux portes ouvertes."),
        ),
        Quote("Un meuble bien fait, on le transmet. Un métier aussi.", "Romain Vuillemin", "ébéniste"),
        CallToAction(
            "Reprendre un atelier ou un commerce",
            "Plusieurs artisans cherchent un successeur : la Maison du territoire vous met en relation.",
            (Link(page=CRAFTS), Link(page=SETTLE)),
        ),
    ),
)

BAKERS = StoryContent(
    title="Claire et Julien, de Besançon au fournil du bourg",
    kind="testimony",
    lead=(
        "Elle était comptable, il était cuisinier. En 2023, Claire et Julien ont repris la boulangerie de "
        "Faucogney. Ils racontent leur installation, leurs doutes et ce qu’ils ont trouvé."
    ),
    author="Claire Bernardin, propos recueillis par Nadia Lambert",
    published=datetime.date(2025, 4, 2),
    hero=BAKERY,
    strengths=(VILLAGE_LIFE, ARTISANS),
    tags=("s’installer", "commerce", "famille"),
    admin_note="Claire, Julien et l’autrice Nadia Lambert sont fictifs, inventés pour la démonstration.",
    body=(
        Section(
            "Changer de vie sans tout quitter",
            "<p>« Nous cherchions un commerce à reprendre à moins de deux heures de nos parents. La Maison du "
            "territoire nous a fait visiter la boulangerie un samedi matin : il y avait la queue jusque sur la "
            "place. »</p>",
        ),
        Portrait(
            CLAIRE,
            alt="Portrait dessiné d’une femme aux cheveux longs, devant un fond clair.",
            name="Claire Bernardin",
            role="boulangère à Faucogney-et-la-Mer depuis 2023",
            quote="Les clients nous ont adoptés dès la première semaine, et nos enfants vont à l’école à pied.",
        ),
        Faq(
            "Ce qu’ils auraient aimé savoir avant",
            (
                Question(
                    "Combien de temps a pris la reprise ?",
                    "<p>Un peu moins d’un an entre la première visite et l’ouverture, formation comprise.</p>",
                ),
                Question(
                    "Ont-ils été aidés ?",
                    "<p>Oui : accompagnement de la Maison du territoire, prêt d’honneur et conseils de la chambre "
                    "de métiers.</p>",
                ),
            ),
        ),
        StrengthsGrid("Ce qui les a convaincus", (VILLAGE_LIFE, ARTISANS, PONDS)),
        Map("Faucogney-et-la-Mer", "Place de la Halle\n70310 Faucogney-et-la-Mer", 47.8417, 6.5669, 15),
        LatestStories("D’autres nouveaux venus", tag="s’installer"),
    ),
)

HIKE = StoryContent(
    title="Une journée sur le plateau des Mille Étangs",
    kind="report",
    lead=(
        "Des étangs par centaines, des tourbières, des sapins et pas une voiture : nous avons suivi un sentier "
        "balisé du bourg jusqu’aux points de vue du plateau, du lever du jour au crépuscule."
    ),
    author="Hugo Mercier",
    published=datetime.date(2025, 6, 10),
    hero=POND,
    strengths=(PONDS, TRAILS, PARK),
    tags=("randonnée", "nature", "tourisme"),
    admin_note=f"L'auteur Hugo Mercier est fictif. {SAMPLE_VIDEO_NOTE}",
    body=(
        Section(
            "Le plateau à pied",
            "<p>Le sentier quitte le bourg par la forêt, puis s’ouvre sur un chapelet d’étangs. Chaque détour "
            "révèle une nouvelle étendue d’eau, un hameau, une tourbière où poussent des plantes rares.</p>",
        ),
        Figure(
            PONDS_MAP,
            alt="Vue du ciel dessinée : une forêt parsemée d’étangs bleus reliés par un sentier jaune.",
            caption="Le sentier relie les étangs, d’un hameau à l’autre.",
        ),
        gallery(
            "Du matin au soir",
            (POND, "Dessin d’un étang bordé de sapins.", "Le matin, la brume sur l’eau."),
            (DUSK, "Dessin d’un étang au coucher du soleil.", "Le soir, l’eau prend la couleur du ciel."),
            (PONDS_MAP, "Carte dessinée du plateau et de ses étangs.", "Le plateau vu du ciel."),
            (BENCH, "Dessin d’un établi d’artisan.", "Halte chez un artisan du bourg."),
            (BAKERY, "Dessin d’étagères garnies de bocaux.", "Le pique-nique acheté au bourg."),
        ),
        KeyFigures(
            "Le plateau en repères",
            (
                KeyFigure("850", "étangs", "environ, sur le plateau", "Office de tourisme (estimation)"),
                KeyFigure("200", "km", "de sentiers balisés", "Office de tourisme (estimation)", 2025),
            ),
        ),
        sample_video("qui montrera le plateau au fil des saisons"),
        CallToAction(
            "Venir sur le plateau",
            "Des gîtes, des sentiers et des artisans vous attendent toute l’année.",
            (Link(page=SETTLE),),
        ),
    ),
)

OPEN_DAYS = StoryContent(
    title="Les ateliers ouvrent leurs portes cet automne",
    kind="news",
    lead=(
        "Pendant deux week-ends d’octobre, menuisiers, ébénistes, boulangers et industriels du secteur ouvrent "
        "leurs ateliers au public. Au programme : démonstrations, rencontres et offres d’apprentissage."
    ),
    author="Maison du territoire",
    published=datetime.date(2025, 5, 14),
    hero=HALL,
    strengths=(ARTISANS, INDUSTRY),
    tags=("artisanat", "emploi", "événement"),
    admin_note="Les dates, le programme et les chiffres de fréquentation sont fictifs, inventés pour la démonstration.",
    body=(
        Section(
            "Voir les métiers de près",
            "<p>Chaque automne, les portes ouvertes font découvrir les métiers du bourg aux familles, aux jeunes en "
            "recherche d’orientation et aux futurs repreneurs.</p>",
        ),
        Timeline(
            "Les portes ouvertes, édition après édition",
            (
                Milestone(2022, "Première édition", "Huit ateliers participent."),
                Milestone(2024, "L’industrie s’associe", "Visites de l’usine et offres d’emploi."),
                Milestone(2025, "Deux week-ends", "Vingt ateliers ouverts.", datetime.date(2025, 10, 11)),
            ),
        ),
        KeyFigures(
            "L’édition précédente",
            (KeyFigure("1 200", "visiteurs", "sur un week-end", "Maison du territoire (estimation)", 2024),),
        ),
        Downloads(
            "Le programme à imprimer",
            (
                leaflet(
                    "Portes ouvertes des ateliers 2025",
                    PALETTE,
                    "Samedi et dimanche, de 10 h a 18 h",
                    "Vingt ateliers du bourg et du plateau",
                    "Demonstrations, apprentissage, reprise",
                    "Plan des ateliers a la Maison du territoire",
                ),
            ),
        ),
        LatestStories("Les artisans racontent", strength=ARTISANS),
    ),
)

STRENGTHS_PAGE = strengths_page(
    "Un plateau de mille étangs, une industrie qui emploie, des artisans soudés et une vie de bourg à taille "
    "humaine : voici les forces de Faucogney-et-la-Mer."
)
INDEX = story_index("Artisans, commerçants, nouveaux venus et randonneurs racontent le bourg et son plateau.")

FAUCOGNEY = Storytelling(
    strengths=STRENGTHS,
    strengths_page=STRENGTHS_PAGE,
    index=INDEX,
    stories=(CABINETMAKER, BAKERS, HIKE, OPEN_DAYS),
    home_lead=(
        AudienceDoors(
            "",
            (
                Door(
                    "S’installer",
                    "Un emploi, une maison, une école : on vous aide à franchir le pas.",
                    Link(page=welcome.HUB),
                ),
                Door(
                    "Reprendre un commerce",
                    "Boutiques et ateliers cherchent repreneurs au cœur du bourg.",
                    Link(page=welcome.OPPORTUNITIES),
                ),
                Door("Découvrir", "Mille étangs, des sentiers et des ateliers ouverts.", Link(page=STRENGTHS_PAGE)),
            ),
        ),
        LatestStories("Ceux qui font vivre le bourg", stories=(CABINETMAKER, BAKERS, OPEN_DAYS)),
    ),
    home_close=(
        StrengthsGrid("Un bourg qui travaille", (ARTISANS, INDUSTRY, VILLAGE_LIFE)),
        portrait_of(CABINETMAKER),
    ),
)
