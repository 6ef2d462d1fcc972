"""Nord Grande-Terre: strengths and stories of its farmers and processors, its tiers-lieu and its coast."""

import datetime

from .. import illustrations, images, landscapes
from ..schema import (
    AudienceDoors,
    CallToAction,
    Door,
    Downloads,
    Faq,
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
from ..territories.nord_grande_terre import MADRAS, PALETTE, PRODUCE, THIRD_PLACE
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

ESTIMATE = "Maison du Nord Grande-Terre (estimation)"

CANE = drawn("Champ de canne au bord de l’Atlantique", landscapes.sea_and_cane, PALETTE, 53, size=(1200, 800))
COAST = drawn(
    "Falaises calcaires et mer turquoise au nord de la Grande-Terre",
    landscapes.sea_and_cane,
    PALETTE,
    54,
    size=(1200, 800),
)
JARS = drawn("Sirops et confitures de fruits sur une étagère", illustrations.produce, PALETTE, 55)
KITCHEN = drawn("Cuisine d’essai et salle de travail du tiers-lieu", illustrations.room, PALETTE, 56)
PATTERN = drawn("Motif madras, variante claire", images.madras, PALETTE, 57)
MARYSE = person("Maryse Bellerose", PALETTE, 58)
KEVIN = person("Kévin Zénon", PALETTE, 59)

FARMING = StrengthContent(
    "Une terre qui produit",
    "economy",
    "Canne à sucre, maraîchage, fruits, élevage : l’agriculture reste le cœur de l’économie du nord de la "
    "Grande-Terre, et une source d’emplois pour les jeunes qui s’installent.",
    KeyFigure("1", "sucrerie", "en activité en Grande-Terre, à Gardel (Le Moule)", ESTIMATE, 2025),
    CANE,
)
PROCESSING = StrengthContent(
    "Transformer sur place",
    "crafts",
    "Sirops, confitures, épices, farines, jus : transformer les récoltes sur le territoire, c’est garder la valeur "
    "et les emplois au plus près des champs.",
    KeyFigure("1", "atelier", "de transformation partagé en projet", "Maison du Nord Grande-Terre (projet)", 2025),
    JARS,
)
HUB = StrengthContent(
    "Un tiers-lieu pour entreprendre",
    "quality_of_life",
    "Travail partagé, cuisine d’essai, formations et permanences : un lieu ouvert à tous pour apprendre, créer une "
    "activité et se rencontrer, en français comme en créole.",
    KeyFigure("20", "postes", "de travail partagé prévus", "Maison du Nord Grande-Terre (projet)", 2025),
    KITCHEN,
)
COASTLINE = StrengthContent(
    "Une côte sauvage",
    "nature",
    "Falaises de la pointe de la Grande Vigie, Porte d’Enfer, plages de Port-Louis : l’Atlantique et la mer des "
    "Caraïbes dessinent une côte encore préservée.",
    KeyFigure("80", "m", "de falaises environ à la pointe de la Grande Vigie", "Office de tourisme (estimation)"),
    COAST,
)
MEMORY = StrengthContent(
    "Une mémoire vivante",
    "heritage",
    "Les marches des esclaves de Petit-Canal, les anciennes habitations sucrières, le madras et le créole : le "
    "territoire transmet une histoire qui se visite et se raconte.",
    KeyFigure(
        "1848", "", "abolition de l’esclavage en Guadeloupe, le 27 mai", "Archives départementales de la Guadeloupe"
    ),
    MADRAS,
)
NEW_TOURISM = StrengthContent(
    "Un tourisme plus attentif",
    "tourism",
    "Gîtes à la ferme, randonnées littorales, visites de distilleries et de producteurs : le nord de la "
    "Grande-Terre se découvre au rythme de ses habitants.",
    KeyFigure("5", "communes", "de Port-Louis au Moule, à découvrir", "INSEE"),
    PATTERN,
)
STRENGTHS = (FARMING, PROCESSING, HUB, COASTLINE, MEMORY, NEW_TOURISM)

PRODUCER = StoryContent(
    title="Maryse Bellerose, de la goyave au sirop",
    kind="portrait",
    lead=(
        "Productrice de fruits à Petit-Canal, Maryse a appris à transformer ses récoltes. Ses sirops et ses "
        "confitures se vendent aujourd’hui jusqu’à Pointe-à-Pitre, et elle prépare l’ouverture d’un atelier partagé."
    ),
    author="Lucie Nainsouta",
    published=datetime.date(2025, 2, 26),
    hero=JARS,
    strengths=(FARMING, PROCESSING),
    tags=("agriculture", "transformation", "entreprendre"),
    admin_note="Maryse Bellerose, son exploitation et l’autrice Lucie Nainsouta sont fictives, inventées pour la démonstration.",
    body=(
        Portrait(
            MARYSE,
            alt="Portrait dessiné d’une femme souriante, devant un fond clair.",
            name="Maryse Bellerose",
            role="productrice de fruits et transformatrice à Petit-Canal",
            quote="Je cultivais des goyaves et des fruits de la passion ; aujourd’hui, je les transforme et je les "
            "vends jusqu’à Pointe-à-Pitre.",
        ),
        Section(
            "Garder la valeur sur place",
            "<p>« Vendre des fruits frais, c’est courir contre le temps. Un sirop, une confiture, ça se garde et ça se "
            "vend toute l’année. » Formée à l’hygiène et à l’étiquetage, Maryse a commencé dans sa cuisine, avant "
            "de louer un local aux normes.</p>",
        ),
        Timeline(
            "De la récolte au rayon",
            (
                Milestone(2018, "Reprise du verger familial", "Goyaviers, maracudjas et citronniers."),
                Milestone(2021, "Premiers sirops", "Vendus au marché de Petit-Canal."),
                Milestone(2024, "En boutique", "Ses produits entrent dans des épiceries de Pointe-à-Pitre."),
            ),
        ),
        gallery(
            "Du verger aux bocaux",
            (CANE, "Dessin d’un champ de canne au bord de la mer.", "Les champs du nord de la Grande-Terre."),
            (JARS, "Dessin d’étagères de bocaux et de fruits colorés.", "Sirops et confitures."),
            (KITCHEN, "Dessin d’une salle de travail aux grandes fenêtres.", "La future cuisine d’essai."),
            (MADRAS, "Motif madras aux couleurs vives.", "Le madras de ses étiquettes."),
        ),
        Map("Petit-Canal", "97131 Petit-Canal", 16.3794, -61.4869, 13),
        CallToAction(
            "Produire et transformer", "Le territoire accompagne les producteurs qui se lancent.", (Link(page=PRODUCE),)
        ),
    ),
)

KITCHEN_STORY = StoryContent(
    title="Le tiers-lieu ouvre sa cuisine d’essai",
    kind="news",
    lead=(
        "Producteurs, traiteurs et jeunes entreprises pourront bientôt mettre au point leurs recettes dans une "
        "cuisine équipée, au tiers-lieu. Inscriptions ouvertes pour les premiers créneaux."
    ),
    author="Maison du Nord Grande-Terre",
    published=datetime.date(2025, 5, 12),
    hero=KITCHEN,
    strengths=(HUB, PROCESSING),
    tags=("tiers-lieu", "transformation"),
    admin_note="La cuisine d’essai, son calendrier et ses tarifs sont fictifs, inventés pour la démonstration.",
    body=(
        Section(
            "Tester avant d’investir",
            "<p>Avant d’acheter un équipement coûteux, il faut pouvoir essayer une recette, produire une petite série "
            "et la faire goûter. La cuisine d’essai du tiers-lieu le permet, à la demi-journée.</p>",
        ),
        KeyFigures(
            "La cuisine d’essai",
            (
                KeyFigure("4", "postes", "de travail en cuisine", "Maison du Nord Grande-Terre (projet)", 2025),
                KeyFigure(
                    "2",
                    "formations",
                    "hygiène et étiquetage, chaque mois",
                    "Maison du Nord Grande-Terre (projet)",
                    2025,
                ),
            ),
        ),
        Faq(
            "S’inscrire",
            (
                Question(
                    "Qui peut réserver ?",
                    "<p>Producteurs, traiteurs, associations et porteurs de projet du territoire.</p>",
                ),
                Question(
                    "Faut-il une formation ?", "<p>Oui, une demi-journée d’hygiène alimentaire, proposée sur place.</p>"
                ),
            ),
        ),
        Downloads(
            "Le règlement",
            (
                leaflet(
                    "Cuisine d’essai du tiers-lieu : reglement",
                    PALETTE,
                    "Reservation a la demi-journee",
                    "Formation a l’hygiene obligatoire",
                    "Nettoyage en fin de creneau",
                    "Ouvert aux porteurs de projet du territoire",
                ),
            ),
        ),
        CallToAction(
            "Découvrir le tiers-lieu", "Travail partagé, formations, permanences.", (Link(page=THIRD_PLACE),), "calm"
        ),
    ),
)

FARMER = StoryContent(
    title="Kévin Zénon, maraîcher à Anse-Bertrand",
    kind="testimony",
    lead=(
        "À vingt-huit ans, Kévin cultive deux hectares de légumes à Anse-Bertrand et livre les cantines du territoire. "
        "Il raconte son installation et ce qu’il attend du tiers-lieu."
    ),
    author="Kévin Zénon, propos recueillis par Lucie Nainsouta",
    published=datetime.date(2025, 4, 3),
    hero=CANE,
    strengths=(FARMING, HUB),
    tags=("agriculture", "jeunes", "s’installer"),
    admin_note="Kévin Zénon et l’autrice Lucie Nainsouta sont fictifs, inventés pour la démonstration.",
    body=(
        Portrait(
            KEVIN,
            alt="Portrait dessiné d’un jeune homme aux cheveux courts, devant un fond clair.",
            name="Kévin Zénon",
            role="maraîcher à Anse-Bertrand depuis 2022",
            quote="Mon grand-père coupait la canne. Moi, je fais pousser ce que les enfants du territoire mangent à midi.",
            story=PRODUCER,
        ),
        Section(
            "S’installer sur deux hectares",
            "<p>Kévin a trouvé ses terres grâce à un agriculteur partant à la retraite. Il cultive christophines, "
            "giraumons, concombres et salades, et livre trois cantines scolaires.</p>",
        ),
        Quote("Le tiers-lieu, c’est l’endroit où je vais apprendre à vendre en ligne.", "Kévin Zénon", "maraîcher"),
        StrengthsGrid("Les atouts qui l’ont fait rester", (FARMING, HUB, COASTLINE)),
        LatestStories("D’autres histoires d’agriculture", tag="agriculture"),
    ),
)

COAST_STORY = StoryContent(
    title="Le nord de la Grande-Terre, côté falaises",
    kind="report",
    lead=(
        "De la pointe de la Grande Vigie à la Porte d’Enfer, la côte nord se découvre à pied, hors des sentiers "
        "battus. Reportage avec celles et ceux qui inventent un tourisme plus attentif."
    ),
    author="Lucie Nainsouta",
    published=datetime.date(2025, 6, 5),
    hero=COAST,
    strengths=(COASTLINE, NEW_TOURISM, MEMORY),
    tags=("tourisme", "littoral", "nature"),
    admin_note=f"L'autrice Lucie Nainsouta est fictive. {SAMPLE_VIDEO_NOTE}",
    body=(
        Section(
            "Au bout de la Guadeloupe",
            "<p>La pointe de la Grande Vigie est le point le plus au nord de la Guadeloupe. Par temps clair, on "
            "devine Antigua et Montserrat. Plus à l’ouest, la Porte d’Enfer ouvre un lagon entre deux falaises.</p>",
        ),
        gallery(
            "La côte nord",
            (COAST, "Dessin de falaises calcaires et d’une mer turquoise.", "Les falaises de la Grande Vigie."),
            (CANE, "Dessin d’un champ de canne face à la mer.", "Les champs descendent jusqu’à la côte."),
            (PATTERN, "Motif madras aux couleurs claires.", "Le madras, fierté de l’artisanat local."),
            (MADRAS, "Motif madras aux couleurs vives.", "Un autre madras, aux couleurs du territoire."),
        ),
        Map("Pointe de la Grande Vigie", "Pointe de la Grande Vigie\n97121 Anse-Bertrand", 16.5097, -61.4656, 14),
        sample_video("sur la côte nord de la Grande-Terre"),
        Faq(
            "Préparer sa visite",
            (
                Question(
                    "Peut-on se baigner à la Porte d’Enfer ?",
                    "<p>Oui, dans le lagon, par mer calme, en restant prudent.</p>",
                ),
                Question(
                    "Où dormir ?", "<p>Gîtes, chambres chez l’habitant et petits hôtels, de Port-Louis au Moule.</p>"
                ),
            ),
        ),
        KeyFigures("Le territoire", (KeyFigure("5", "communes", "au nord de la Grande-Terre", "INSEE"),)),
    ),
)

STRENGTHS_PAGE = strengths_page(
    "Une terre qui produit, des producteurs qui transforment, un tiers-lieu pour entreprendre et une côte "
    "sauvage : voici les forces du Nord Grande-Terre."
)
INDEX = story_index(
    "Agriculteurs, transformatrices, jeunes qui s’installent et amoureux de la côte racontent le territoire."
)

NORD_GRANDE_TERRE = Storytelling(
    strengths=STRENGTHS,
    strengths_page=STRENGTHS_PAGE,
    index=INDEX,
    stories=(PRODUCER, KITCHEN_STORY, FARMER, COAST_STORY),
    home_lead=(
        StrengthsGrid("Du champ à l’assiette", (FARMING, PROCESSING, NEW_TOURISM)),
        AudienceDoors(
            "",
            (
                Door("Produire", "Terres, filières et débouchés pour s’installer en agriculture.", Link(page=PRODUCE)),
                Door("Le tiers-lieu", "Cuisine d’essai, bureaux partagés, formations.", Link(page=THIRD_PLACE)),
                Door("Découvrir", "Falaises, plages et tables paysannes du nord.", Link(page=STRENGTHS_PAGE)),
            ),
        ),
    ),
    home_close=(
        portrait_of(PRODUCER),
        LatestStories("Ils font vivre le nord", stories=(PRODUCER, KITCHEN_STORY, COAST_STORY)),
    ),
)
