"""Nord Grande-Terre: the tiers-lieu's test kitchen and desks, a plot for processing harvests; settling in the north."""

from functools import partial

from newcomers.models import HubTopic
from opportunities.choices import OpportunityKind, PriceBasis

from .. import illustrations, landscapes
from ..schema import (
    Artwork,
    CallToAction,
    Faq,
    HubStep,
    Link,
    NewcomerHubContent,
    OfferContent,
    OpportunitiesContent,
    Question,
    Section,
    UsefulContactContent,
)
from ..territories.nord_grande_terre import HERO, PALETTE, PRODUCE, THIRD_PLACE

FICTIONAL = "Le tiers-lieu, ses tarifs, le terrain et son prix sont fictifs, inventés pour la démonstration."
TIERS_LIEU = "Tiers-lieu du Nord Grande-Terre\nBourg de Port-Louis\n97117 Port-Louis"
TIERS_LIEU_PLACE = (16.4190, -61.5305)

KITCHEN = Artwork(
    "Bocaux et plans de travail de la cuisine d’essai du tiers-lieu (illustration)",
    partial(illustrations.produce, PALETTE, 91),
)
PLOT = Artwork(
    "Champs de canne autour de Petit-Canal (illustration)",
    partial(landscapes.sea_and_cane, PALETTE, 92, size=(1200, 800)),
)
DESK_ROOM = Artwork(
    "Espace de travail partagé du tiers-lieu de Port-Louis (illustration)", partial(illustrations.room, PALETTE, 94)
)

TEST_KITCHEN = OfferContent(
    title="La cuisine d’essai du tiers-lieu",
    slug="cuisine-d-essai-du-tiers-lieu",
    summary=(
        "Une cuisine professionnelle de 45 m², avec quatre postes de travail, une chambre froide et un espace de "
        "conditionnement, pour mettre au point une recette ou produire une petite série avant d’investir."
    ),
    kind=OpportunityKind.PREMISES,
    status_days_ago=35,
    surface=45,
    price_basis=PriceBasis.DAY,
    price=40,
    price_note="demi-journée : 25 € ; formation à l’hygiène obligatoire",
    services=("fibre", "parking", "water", "power"),
    commune="Port-Louis",
    address=TIERS_LIEU,
    latitude=TIERS_LIEU_PLACE[0],
    longitude=TIERS_LIEU_PLACE[1],
    hero=KITCHEN,
    admin_note=FICTIONAL,
    body=(
        Section(
            "L’équipement",
            "<ul><li>quatre postes de travail en inox, un four mixte et deux plaques à induction ;</li>"
            "<li>une chambre froide, un déshydrateur et un autoclave pour les conserves ;</li>"
            "<li>une table de conditionnement et une étiqueteuse ;</li>"
            "<li>de la vaisselle et du petit matériel, lavés par vos soins en fin de créneau.</li></ul>",
        ),
        Faq(
            "Réserver un créneau",
            (
                Question(
                    "Qui peut réserver ?",
                    "<p>Les producteurs, traiteurs, associations et porteurs de projet du territoire.</p>",
                ),
                Question(
                    "Faut-il une formation ?",
                    "<p>Oui, une demi-journée d’hygiène alimentaire, proposée sur place chaque mois.</p>",
                ),
            ),
        ),
    ),
)

PROCESSING_PLOT = OfferContent(
    title="Un terrain pour transformer les récoltes",
    slug="terrain-pour-transformer-les-recoltes",
    summary=(
        "Dans une zone d’activités en cours d’aménagement à Petit-Canal, un terrain viabilisé de 2 500 m² pour "
        "construire un atelier de transformation : jus, confitures, farines, épices ou conserves."
    ),
    kind=OpportunityKind.LAND,
    status_days_ago=90,
    surface=2500,
    price_basis=PriceBasis.SALE,
    price=62500,
    price_note="prix indicatif ; bail à construction possible",
    zoning="AUx, zone d’activités à urbaniser",
    services=("road_access", "water", "power"),
    commune="Petit-Canal",
    address="Zone d’activités de Bellevue\n97131 Petit-Canal",
    latitude=16.3735,
    longitude=-61.4915,
    hero=PLOT,
    admin_note=FICTIONAL,
    body=(
        Section(
            "Le terrain",
            "<ul><li>2 500 m² plats, au bord de la route départementale ;</li>"
            "<li>l’eau, l’électricité et l’assainissement en limite de parcelle ;</li>"
            "<li>à dix minutes des exploitations de canne, de fruits et de légumes du nord.</li></ul>",
        ),
        CallToAction(
            "Produire et transformer",
            "Le territoire accompagne les producteurs qui se lancent dans la transformation.",
            (Link(page=PRODUCE),),
        ),
    ),
)

DESK = OfferContent(
    title="Un poste de travail au tiers-lieu",
    slug="poste-de-travail-au-tiers-lieu",
    summary=(
        "Un poste fixe dans l’espace de travail partagé, au cœur du bourg de Port-Louis : la fibre, une imprimante, "
        "la salle de réunion et la cuisine."
    ),
    kind=OpportunityKind.DESK,
    status_days_ago=35,
    surface=8,
    price_basis=PriceBasis.RENT_MONTH,
    price=90,
    price_note="à la journée : 10 €",
    services=("fibre", "parking", "water", "power"),
    commune="Port-Louis",
    address=TIERS_LIEU,
    latitude=TIERS_LIEU_PLACE[0],
    longitude=TIERS_LIEU_PLACE[1],
    hero=DESK_ROOM,
    admin_note=FICTIONAL,
    body=(
        Section(
            "Travailler au tiers-lieu",
            "<p>Le poste est à vous du lundi au samedi. Vous profitez aussi des formations au numérique et des "
            "permanences des partenaires de l’emploi et de la création d’entreprise, en français comme en "
            "créole.</p>",
        ),
        CallToAction(
            "Découvrir le tiers-lieu",
            "Travail partagé, cuisine d’essai, formations et permanences.",
            (Link(page=THIRD_PLACE),),
            "calm",
        ),
    ),
)

OPPORTUNITIES = OpportunitiesContent(
    intro=(
        "Une cuisine d’essai, des postes de travail au tiers-lieu, un terrain pour transformer les récoltes : le "
        "Nord Grande-Terre ouvre ses lieux à celles et ceux qui veulent produire, transformer et entreprendre."
    ),
    search_description="La cuisine d’essai, les postes du tiers-lieu et un terrain pour la transformation.",
    offers=(TEST_KITCHEN, PROCESSING_PLOT, DESK),
)

HUB = NewcomerHubContent(
    intro=(
        "Revenir au pays ou le découvrir : voici les étapes pour vous installer au nord de la Grande-Terre, "
        "d’Anse-Bertrand au Moule, et les personnes qui vous accompagnent."
    ),
    search_description="Logement, emploi, écoles, santé et vie locale : s’installer dans le Nord Grande-Terre.",
    hero=HERO,
    welcome_officer="Murielle Calixte, chargée d’accueil au tiers-lieu",
    welcome_text=(
        "Un premier échange, en français ou en créole, puis un rendez-vous au tiers-lieu : logement, écoles, "
        "démarches et contacts pour votre activité."
    ),
    admin_note=(
        "Murielle Calixte, les services, les adresses et les numéros de téléphone sont fictifs, inventés pour la "
        "démonstration."
    ),
    steps=(
        HubStep(
            HubTopic.HOUSING,
            "Cases créoles à rénover, maisons en lotissement, logements sociaux : les communes et les bailleurs "
            "vous orientent, et des aides existent pour rénover et protéger sa maison des cyclones.",
            (
                Section(
                    "",
                    "<ul><li>des logements sociaux dans les cinq communes, avec une demande unique en ligne ;</li>"
                    "<li>des terrains familiaux et des cases à rénover, avec l’aide d’un conseiller ;</li>"
                    "<li>des aides pour renforcer la toiture et installer un chauffe-eau solaire.</li></ul>",
                ),
            ),
        ),
        HubStep(
            HubTopic.WORK,
            "Agriculture, transformation, tourisme, services à la personne : le territoire recrute, et le tiers-lieu "
            "aide à créer son activité.",
            (
                CallToAction(
                    "Entreprendre dans le nord",
                    "La cuisine d’essai, les postes du tiers-lieu et un terrain pour transformer les récoltes.",
                    (Link(page=OPPORTUNITIES), Link(page=PRODUCE)),
                ),
            ),
        ),
        HubStep(
            HubTopic.CHILDREN,
            "Des écoles dans chaque commune, des collèges et des lycées au nord de la Grande-Terre, desservis par "
            "les cars scolaires.",
            (
                Faq(
                    "Vos questions",
                    (
                        Question(
                            "Comment inscrire mes enfants ?",
                            "<p>À la mairie de votre commune pour l’école ; le collège de secteur vous écrit "
                            "ensuite.</p>",
                        ),
                        Question(
                            "Y a-t-il des crèches ?",
                            "<p>Oui, à Port-Louis, Petit-Canal et Morne-à-l’Eau, et des assistantes maternelles "
                            "dans chaque commune.</p>",
                        ),
                    ),
                ),
            ),
        ),
        HubStep(
            HubTopic.HEALTH,
            "Des médecins et des infirmiers libéraux dans chaque commune, un centre de santé, et le CHU de "
            "Pointe-à-Pitre à moins d’une heure.",
            (
                Section(
                    "",
                    "<p>Déclarez un médecin traitant dès votre arrivée ; le centre de santé du nord accueille les "
                    "nouveaux habitants et organise des consultations de prévention pour les enfants.</p>",
                ),
            ),
        ),
        HubStep(
            HubTopic.MOBILITY,
            "La voiture reste la règle, mais des cars relient les bourgs à Pointe-à-Pitre, et un transport à la "
            "demande dessert les sections.",
            (
                Section(
                    "",
                    "<ul><li>le transport à la demande, sur réservation la veille ;</li>"
                    "<li>les cars vers Pointe-à-Pitre, du lever du jour à la fin d’après-midi ;</li>"
                    "<li>l’aéroport Pôle Caraïbes à une quarantaine de minutes.</li></ul>",
                ),
            ),
        ),
        HubStep(
            HubTopic.LOCAL_LIFE,
            "Associations culturelles, gwoka, carnaval, clubs de sport et jardins partagés : la vie locale se vit "
            "dehors et ensemble.",
            (
                Section(
                    "",
                    "<p>Chaque vendredi soir, un léwòz rassemble tanbouyé et danseurs sur la place de Port-Louis : "
                    "venez écouter, puis apprendre.</p>",
                ),
            ),
        ),
    ),
    contacts=(
        UsefulContactContent(
            HubTopic.HOUSING,
            "Point info habitat du Nord Grande-Terre",
            role="Logements sociaux, aides à la rénovation et à la protection contre les cyclones",
            address="Maison du Nord Grande-Terre\n97117 Port-Louis",
            phone="0590 99 41 20",
            email="habitat@nord-grande-terre.example.fr",
            hours="Du lundi au vendredi, 8 h – 13 h",
        ),
        UsefulContactContent(
            HubTopic.WORK,
            "Tiers-lieu du Nord Grande-Terre",
            role="Accueil des nouveaux habitants, création d’activité, formations",
            address=TIERS_LIEU,
            phone="06 39 98 27 45",
            email="tierslieu@nord-grande-terre.example.fr",
            hours="Du lundi au samedi, 8 h – 18 h",
        ),
        UsefulContactContent(
            HubTopic.WORK,
            "Maison France Services du nord",
            role="Emploi, allocations, impôts, retraite : de l’aide pour vos démarches",
            address="97131 Petit-Canal",
            phone="0590 99 41 35",
            email="franceservices.nord@example.org",
            hours="Du lundi au vendredi, 8 h – 12 h 30",
        ),
        UsefulContactContent(
            HubTopic.CHILDREN,
            "Service des affaires scolaires de Port-Louis",
            role="Inscriptions à l’école, cantine, garderie",
            phone="0590 99 41 48",
            email="scolarite.portlouis@example.org",
        ),
        UsefulContactContent(
            HubTopic.HEALTH,
            "Centre de santé du nord",
            role="Médecins généralistes, infirmiers, sage-femme, consultations pour les enfants",
            address="97121 Anse-Bertrand",
            phone="0590 99 41 56",
            hours="Du lundi au vendredi, 7 h 30 – 18 h ; le samedi matin",
        ),
        UsefulContactContent(
            HubTopic.MOBILITY,
            "Transport à la demande du Nord Grande-Terre",
            role="Trajets vers les bourgs, le marché et les médecins ; réservation la veille",
            phone="0590 99 41 63",
            hours="Réservations du lundi au vendredi, 7 h – 16 h",
        ),
        UsefulContactContent(
            HubTopic.LOCAL_LIFE,
            "Lakou gwoka du Nord",
            role="Cours de tambour et de danse, léwòz du vendredi",
            email="lakou.gwoka@example.org",
        ),
        UsefulContactContent(
            HubTopic.LOCAL_LIFE,
            "Jardins partagés de Petit-Canal",
            role="Parcelles à cultiver, échanges de semences et de savoir-faire",
            email="jardins.petitcanal@example.org",
        ),
    ),
)
