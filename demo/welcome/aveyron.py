"""Vallon d'Aveyron: the one-hectare site and the tiers-lieu's desk and meeting room; settling in Saint-Aurèle."""

from functools import partial

from newcomers.models import HubTopic
from opportunities.choices import OpportunityKind, PriceBasis, SurfaceUnit

from .. import illustrations
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
from ..territories.aveyron import FICTIONAL_VILLAGE, HERO, INVEST, PALETTE, SITE_PLAN, THIRD_PLACE, TOWN_HALL

OLD_TOWN_HALL = "Ancienne mairie\n2 rue de la Poste\n12340 Saint-Aurèle"
TOWN_HALL_PLACE = (44.4703, 2.7226)
ALL_SERVICES = ("fibre", "road_access", "parking", "water", "power")

MEETING_ROOM = Artwork(
    "L’ancienne salle du conseil municipal, devenue salle de réunion (illustration)",
    partial(illustrations.room, PALETTE, 93),
)

LAND = OfferContent(
    title="Le site d’un hectare",
    slug="site-d-un-hectare",
    summary=(
        "Un terrain d’un seul tenant au bord de la route départementale, avec environ 2 400 m² de halles "
        "réutilisables, libéré par le départ de l’entreprise. À vendre en entier ou en lots, pour une ou plusieurs "
        "activités."
    ),
    kind=OpportunityKind.LAND,
    status_days_ago=120,
    surface=1,
    surface_unit=SurfaceUnit.HECTARE,
    price_basis=PriceBasis.SALE,
    price=240000,
    price_note="halles comprises, négociable ; vente par lots possible",
    zoning="UX, zone d’activités",
    services=ALL_SERVICES,
    commune="Saint-Aurèle",
    address="Zone des Halles, route départementale\n12340 Saint-Aurèle",
    latitude=44.4721,
    longitude=2.7183,
    hero=SITE_PLAN,
    admin_note=f"{FICTIONAL_VILLAGE} Le prix et les coordonnées sont des estimations de démonstration.",
    body=(
        Section(
            "Ce que vous trouverez sur place",
            "<ul><li>10 000 m² de terrain plat et clos, d’un seul tenant ;</li>"
            "<li>deux halles saines d’environ 1 600 et 800 m², avec quais de chargement ;</li>"
            "<li>l’eau, l’électricité en puissance industrielle et la fibre optique en limite de site ;</li>"
            "<li>un accès poids lourds direct depuis la route départementale et un parking de quarante places.</li>"
            "</ul>",
        ),
        Section(
            "Un site, plusieurs projets",
            "<p>Le site peut être vendu en entier ou divisé en deux ou trois lots de 2 000 à 5 000 m², desservis par "
            "la même entrée. La commune étudie chaque projet avec vous : surfaces, travaux, calendrier et "
            "financements.</p>",
        ),
        CallToAction(
            "Tout savoir sur le site",
            "Le plan, les accès, le calendrier et l’accompagnement de la commune.",
            (Link(page=INVEST),),
        ),
    ),
)

DESK = OfferContent(
    title="Un bureau fermé au tiers-lieu",
    slug="bureau-au-tiers-lieu",
    summary=(
        "Au premier étage de l’ancienne mairie, un bureau de 14 m² pour une ou deux personnes, avec la fibre, "
        "l’accès à la cuisine partagée, au fab lab et à la salle de réunion."
    ),
    kind=OpportunityKind.DESK,
    status_days_ago=30,
    surface=14,
    price_basis=PriceBasis.RENT_MONTH,
    price=260,
    price_note="charges, fibre et café compris",
    services=("fibre", "parking", "water", "power"),
    commune="Saint-Aurèle",
    address=OLD_TOWN_HALL,
    latitude=TOWN_HALL_PLACE[0],
    longitude=TOWN_HALL_PLACE[1],
    hero=TOWN_HALL,
    admin_note=FICTIONAL_VILLAGE,
    body=(
        Section(
            "Un bureau, et tout un lieu autour",
            "<ul><li>un bureau meublé qui ferme à clé, accessible sept jours sur sept ;</li>"
            "<li>la fibre optique et une imprimante partagée ;</li>"
            "<li>la cuisine, le café associatif et le fab lab du rez-de-chaussée ;</li>"
            "<li>deux heures de salle de réunion offertes chaque mois.</li></ul>",
        ),
        Faq(
            "Questions pratiques",
            (
                Question(
                    "Pour combien de temps s’engage-t-on ?",
                    "<p>Pour un mois, renouvelable : vous partez quand vous voulez, avec un mois de préavis.</p>",
                ),
                Question(
                    "Peut-on y domicilier son entreprise ?",
                    "<p>Oui, pour 15 € de plus par mois, courrier compris.</p>",
                ),
            ),
        ),
    ),
)

MEETING = OfferContent(
    title="La salle de réunion du tiers-lieu",
    slug="salle-de-reunion-du-tiers-lieu",
    summary=(
        "L’ancienne salle du conseil municipal, rénovée : 45 m² lumineux pour douze personnes autour de la table, "
        "ou vingt-cinq en conférence, avec écran et visioconférence. À louer à la journée."
    ),
    kind=OpportunityKind.DESK,
    status_days_ago=30,
    surface=45,
    price_basis=PriceBasis.DAY,
    price=90,
    price_note="demi-journée : 50 € ; gratuite pour les associations du village",
    services=("fibre", "parking", "water", "power"),
    commune="Saint-Aurèle",
    address=OLD_TOWN_HALL,
    latitude=TOWN_HALL_PLACE[0],
    longitude=TOWN_HALL_PLACE[1],
    hero=MEETING_ROOM,
    admin_note=FICTIONAL_VILLAGE,
    body=(
        Section(
            "Pour vos réunions, formations et séminaires",
            "<ul><li>une grande table pour douze personnes, ou vingt-cinq chaises en conférence ;</li>"
            "<li>un écran, une caméra et un micro pour la visioconférence ;</li>"
            "<li>le café associatif au rez-de-chaussée pour les pauses et les repas ;</li>"
            "<li>un ascenseur et des toilettes accessibles.</li></ul>",
        ),
        CallToAction(
            "Découvrir le tiers-lieu",
            "Le coworking, le fab lab et le café associatif de l’ancienne mairie.",
            (Link(page=THIRD_PLACE),),
            "calm",
        ),
    ),
)

OPPORTUNITIES = OpportunitiesContent(
    intro=(
        "Un hectare à reconvertir, un bureau et une salle de réunion dans l’ancienne mairie : voici ce que "
        "Saint-Aurèle propose à celles et ceux qui veulent entreprendre. La commune vous accompagne, de la visite "
        "au financement."
    ),
    search_description="Le site d’un hectare, un bureau et la salle de réunion du tiers-lieu à Saint-Aurèle.",
    offers=(LAND, DESK, MEETING),
)

MAIRIE = "3 place de la Fontaine\n12340 Saint-Aurèle"

HUB = NewcomerHubContent(
    intro=(
        "Saint-Aurèle accueille les familles, les salariés des entreprises qui s’installent et celles et ceux qui "
        "travaillent à distance. Voici, étape par étape, comment trouver un logement, une école, un médecin et "
        "votre place au village."
    ),
    search_description="Se loger, travailler, scolariser ses enfants et se soigner à Saint-Aurèle, en Aveyron.",
    hero=HERO,
    welcome_officer="Céline Bastide, chargée d’accueil à la mairie",
    welcome_text=(
        "Un premier appel pour comprendre votre projet, puis une journée au village : visite de logements, de "
        "l’école et du tiers-lieu, et rencontre avec les élus."
    ),
    admin_note=(
        f"{FICTIONAL_VILLAGE} Céline Bastide, les services, les adresses et les numéros de téléphone sont fictifs, "
        "inventés pour la démonstration."
    ),
    steps=(
        HubStep(
            HubTopic.HOUSING,
            "Maisons de village, fermes à rénover, logements communaux : les loyers et les prix restent accessibles. "
            "La mairie tient la liste des biens à louer ou à vendre.",
            (
                Section(
                    "",
                    "<ul><li>quatre logements communaux, loués en priorité aux familles qui s’installent ;</li>"
                    "<li>des maisons de village à rénover, avec des aides à la rénovation énergétique ;</li>"
                    "<li>un terrain à bâtir communal, divisé en six lots.</li></ul>",
                ),
            ),
            heading="Trouver un logement",
        ),
        HubStep(
            HubTopic.WORK,
            "Les entreprises du site d’un hectare, les artisans, l’agriculture et les services recrutent ; le "
            "tiers-lieu accueille celles et ceux qui travaillent à distance.",
            (
                CallToAction(
                    "Entreprendre à Saint-Aurèle",
                    "Un hectare, un bureau et une salle de réunion vous attendent.",
                    (Link(page=OPPORTUNITIES), Link(page=THIRD_PLACE)),
                ),
            ),
        ),
        HubStep(
            HubTopic.CHILDREN,
            "L’école du village accueille les enfants de la petite section au CM2, avec cantine et garderie ; le "
            "collège est à un quart d’heure, desservi par le car scolaire.",
            (
                Faq(
                    "Vos questions",
                    (
                        Question(
                            "Y a-t-il une crèche ?",
                            "<p>Une micro-crèche de dix places au bourg voisin, et trois assistantes maternelles au "
                            "village.</p>",
                        ),
                        Question(
                            "Comment inscrire mes enfants ?",
                            "<p>À la mairie, avec le livret de famille et un justificatif de domicile ; la "
                            "directrice de l’école vous reçoit ensuite.</p>",
                        ),
                    ),
                ),
            ),
        ),
        HubStep(
            HubTopic.HEALTH,
            "Une maison de santé à dix minutes, une pharmacie au village et l’hôpital de Rodez à trois quarts d’heure.",
            (
                Section(
                    "",
                    "<p>La maison de santé regroupe trois médecins, des infirmières, un kinésithérapeute et une "
                    "sage-femme. Elle accueille les nouveaux habitants : appelez-la avant votre arrivée pour "
                    "choisir votre médecin traitant.</p>",
                ),
            ),
        ),
        HubStep(
            HubTopic.MOBILITY,
            "La voiture reste utile, mais un transport à la demande relie le village au marché, aux médecins et à "
            "la gare de Rodez.",
            (
                Section(
                    "",
                    "<ul><li>le transport à la demande : réservez la veille avant 17 h, 2 € le trajet ;</li>"
                    "<li>une aire de covoiturage à l’entrée du village ;</li>"
                    "<li>une borne de recharge pour véhicules électriques sur la place ;</li>"
                    "<li>l’aéroport de Rodez-Aveyron à quarante-cinq minutes.</li></ul>",
                ),
            ),
        ),
        HubStep(
            HubTopic.LOCAL_LIFE,
            "Comité des fêtes, club de randonnée, école de musique, association du tiers-lieu : on trouve vite sa "
            "place au village.",
            (
                Section(
                    "",
                    "<p>Chaque premier samedi de septembre, la fête des associations accueille les nouveaux "
                    "habitants sur la place : le meilleur moyen de rencontrer ses voisins.</p>",
                ),
            ),
            heading="Rencontrer ses voisins",
        ),
    ),
    contacts=(
        UsefulContactContent(
            HubTopic.HOUSING,
            "Mairie de Saint-Aurèle",
            role="Logements communaux, terrains à bâtir, inscriptions à l’école",
            address=MAIRIE,
            phone="05 36 49 18 52",
            email="mairie@vallon-aveyron.example.fr",
            hours="Du lundi au vendredi, 9 h – 12 h ; le mercredi, 14 h – 18 h",
        ),
        UsefulContactContent(
            HubTopic.HOUSING,
            "Conseiller France Rénov’ du Vallon",
            role="Conseils gratuits et aides pour rénover un logement",
            phone="05 36 49 20 14",
            email="renovation@example.org",
            hours="Sur rendez-vous, le jeudi",
        ),
        UsefulContactContent(
            HubTopic.WORK,
            "Maison France Services du Vallon",
            role="Emploi, retraite, impôts, allocations : un accompagnement pour toutes vos démarches",
            address="5 avenue de Rodez\n12340 Saint-Aurèle",
            phone="05 36 49 20 31",
            email="franceservices@example.org",
            hours="Du mardi au samedi, 9 h – 12 h 30",
        ),
        UsefulContactContent(
            HubTopic.WORK,
            "Tiers-lieu de l’ancienne mairie",
            role="Bureaux, coworking, fab lab et permanences pour créer son activité",
            address=OLD_TOWN_HALL,
            email="tierslieu@vallon-aveyron.example.fr",
            hours="Du mardi au vendredi, 8 h 30 – 19 h",
        ),
        UsefulContactContent(
            HubTopic.CHILDREN,
            "École publique de Saint-Aurèle",
            role="De la petite section au CM2, cantine et garderie",
            address="Rue des Écoles\n12340 Saint-Aurèle",
            phone="05 36 49 20 47",
            email="ecole.saint-aurele@example.org",
        ),
        UsefulContactContent(
            HubTopic.CHILDREN,
            "Relais petite enfance du Vallon",
            role="Assistantes maternelles et places en crèche",
            phone="05 36 49 20 52",
            email="rpe.vallon@example.org",
            hours="Le lundi et le jeudi, 13 h 30 – 17 h",
        ),
        UsefulContactContent(
            HubTopic.HEALTH,
            "Maison de santé du Vallon",
            role="Médecins généralistes, infirmières, kinésithérapeute, sage-femme",
            phone="05 36 49 20 60",
            hours="Du lundi au samedi, 8 h – 19 h",
        ),
        UsefulContactContent(
            HubTopic.MOBILITY,
            "Transport à la demande du Vallon",
            role="Trajets vers le marché, la gare et les médecins, sur réservation la veille",
            phone="05 36 49 20 66",
            hours="Réservations du lundi au vendredi, 9 h – 17 h",
        ),
        UsefulContactContent(
            HubTopic.LOCAL_LIFE,
            "Comité des fêtes de Saint-Aurèle",
            role="Fête du village, marché de Noël, accueil des nouveaux habitants",
            email="comite.fetes@example.org",
        ),
    ),
)
