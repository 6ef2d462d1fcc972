"""Faucogney-et-la-Mer: the bakery and the hardware store to take over, a craftsman's workshop; settling on the plateau."""

from functools import partial

from newcomers.models import HubTopic
from opportunities.choices import OpportunityKind, OpportunityStatus, PriceBasis

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
from ..territories.faucogney import CRAFTS, HERO, PALETTE

FICTIONAL = "Les commerces, leurs chiffres, les cédants et les repreneurs sont fictifs, inventés pour la démonstration."

BAKEHOUSE = Artwork(
    "Pains et viennoiseries dans la boutique d’une boulangerie de village (illustration)",
    partial(illustrations.produce, PALETTE, 71),
)
HARDWARE = Artwork(
    "Rayonnages et outils d’une quincaillerie de bourg (illustration)", partial(illustrations.workshop, PALETTE, 72)
)
WORKSHOP = Artwork(
    "Atelier d’artisan à la sortie du bourg (illustration)", partial(illustrations.workshop, PALETTE, 73)
)

BAKERY = OfferContent(
    title="La boulangerie de Saint-Bresson",
    slug="boulangerie-de-saint-bresson",
    summary=(
        "À cinq minutes du bourg, une boulangerie-pâtisserie avec son fournil, un four à sole récent et un "
        "logement à l’étage. Le boulanger part à la retraite après trente ans et accompagne son successeur."
    ),
    kind=OpportunityKind.BUSINESS,
    status=OpportunityStatus.OPTIONED,
    status_days_ago=9,
    surface=120,
    price_basis=PriceBasis.SALE,
    price=85000,
    price_note="fonds de commerce ; murs et logement loués 650 € par mois",
    services=("parking", "water", "power"),
    commune="Saint-Bresson",
    address="Place de l’Église\n70280 Saint-Bresson",
    latitude=47.8725,
    longitude=6.5078,
    hero=BAKEHOUSE,
    admin_note=FICTIONAL,
    body=(
        Section(
            "Ce qui est à reprendre",
            "<ul><li>une boutique de 40 m² et un fournil de 80 m², avec un four à sole de 2019 ;</li>"
            "<li>un logement de 90 m² à l’étage, loué avec les murs ;</li>"
            "<li>une clientèle fidèle et deux tournées de pain dans les hameaux ;</li>"
            "<li>un chiffre d’affaires stable depuis cinq ans, communiqué sur demande.</li></ul>",
        ),
        Section(
            "Sous option",
            "<p>Une boulangère de Vesoul étudie la reprise avec son conjoint. Si leur projet n’aboutit pas, la "
            "boulangerie sera de nouveau disponible : laissez-nous vos coordonnées pour être prévenu.</p>",
        ),
    ),
)

HARDWARE_STORE = OfferContent(
    title="La quincaillerie du bourg",
    slug="quincaillerie-du-bourg",
    summary=(
        "Une quincaillerie-droguerie de 210 m² au cœur du bourg, avec réserve et cour de livraison : outillage, "
        "jardin, bricolage, reproduction de clés. Les artisans du secteur en sont les premiers clients."
    ),
    kind=OpportunityKind.BUSINESS,
    status_days_ago=60,
    surface=210,
    price_basis=PriceBasis.SALE,
    price=38000,
    price_note="fonds de commerce, stock en sus ; murs loués 480 € par mois",
    services=("parking", "water", "power"),
    commune="Faucogney-et-la-Mer",
    address="Grande Rue\n70310 Faucogney-et-la-Mer",
    latitude=47.8411,
    longitude=6.5664,
    hero=HARDWARE,
    admin_note=FICTIONAL,
    body=(
        Section(
            "Une affaire saine",
            "<ul><li>une surface de vente de 150 m² et une réserve de 60 m² ;</li>"
            "<li>une clientèle d’artisans et de particuliers, sans concurrence à vingt minutes à la ronde ;</li>"
            "<li>un cédant prêt à vous accompagner pendant six mois.</li></ul>",
        ),
        Faq(
            "Vos questions",
            (
                Question(
                    "Faut-il avoir déjà tenu un commerce ?",
                    "<p>Non : la chambre de commerce propose une formation courte à la gestion, et le cédant vous "
                    "transmet ses fournisseurs et ses habitudes.</p>",
                ),
                Question(
                    "Existe-t-il des aides ?",
                    "<p>Oui : prêt d’honneur, aide de la région à la reprise de commerces en milieu rural et "
                    "accompagnement de la Maison du territoire.</p>",
                ),
            ),
        ),
    ),
)

ARTISAN_WORKSHOP = OfferContent(
    title="Un atelier d’artisan à la sortie du bourg",
    slug="atelier-d-artisan",
    summary=(
        "Un bâtiment de 240 m² avec une grande porte, une mezzanine et une cour, pour un menuisier, un ébéniste, un "
        "mécanicien ou un autre artisan qui a besoin de place."
    ),
    kind=OpportunityKind.PREMISES,
    status_days_ago=30,
    surface=240,
    price_basis=PriceBasis.RENT_MONTH,
    price=650,
    price_note="hors charges",
    zoning="UY, zone artisanale",
    services=("road_access", "parking", "water", "power"),
    commune="Faucogney-et-la-Mer",
    address="Chemin de la Scierie\n70310 Faucogney-et-la-Mer",
    latitude=47.8449,
    longitude=6.5601,
    hero=WORKSHOP,
    admin_note=FICTIONAL,
    body=(
        Section(
            "Un atelier prêt à l’emploi",
            "<ul><li>une porte sectionnelle de 4 mètres et une dalle béton ;</li>"
            "<li>une mezzanine de 40 m² pour le bureau ou le stockage ;</li>"
            "<li>l’électricité en triphasé et une cour où manœuvrent les camions.</li></ul>",
        ),
        CallToAction(
            "Rejoindre les artisans du plateau",
            "Menuisiers, ébénistes et électriciens font vivre le bourg : découvrez-les.",
            (Link(page=CRAFTS),),
            "calm",
        ),
    ),
)

OPPORTUNITIES = OpportunitiesContent(
    intro=(
        "Une boulangerie, une quincaillerie, un atelier : des commerces et des locaux attendent celles et ceux qui "
        "veulent entreprendre au pied du plateau des Mille Étangs. La Maison du territoire vous accompagne, de la "
        "visite au financement."
    ),
    search_description="Commerces à reprendre et locaux d’activité à Faucogney-et-la-Mer et alentour.",
    offers=(BAKERY, HARDWARE_STORE, ARTISAN_WORKSHOP),
)

HOUSE = "1 place de la Halle\n70310 Faucogney-et-la-Mer"

HUB = NewcomerHubContent(
    intro=(
        "Vous pensez venir vivre au pied du plateau des Mille Étangs ? Voici, étape par étape, comment trouver un "
        "logement, un emploi, une école et un médecin, et qui vous aide à chaque étape."
    ),
    search_description="Logement, emploi, écoles, santé et vie locale : s’installer à Faucogney-et-la-Mer.",
    hero=HERO,
    welcome_officer="Émilie Grandjean, chargée d’accueil à la Maison du territoire",
    welcome_text=(
        "Un premier rendez-vous, en visio ou sur place, puis une journée de découverte : logements, école, "
        "commerces à reprendre et rencontre avec des habitants arrivés récemment."
    ),
    admin_note=(
        "Émilie Grandjean, les services, les adresses et les numéros de téléphone sont fictifs, inventés pour la "
        "démonstration."
    ),
    steps=(
        HubStep(
            HubTopic.HOUSING,
            "Maisons de bourg, fermes à rénover, terrains à bâtir : le logement reste abordable. La Maison du "
            "territoire tient la liste des logements à louer et vous informe sur les aides à la rénovation.",
            (
                Section(
                    "",
                    "<ul><li>des logements communaux, loués en priorité aux familles qui s’installent ;</li>"
                    "<li>des maisons de bourg à partir de 80 000 € environ ;</li>"
                    "<li>des aides à la rénovation énergétique, avec un conseiller pour monter le dossier.</li></ul>",
                ),
            ),
            heading="Trouver une maison",
        ),
        HubStep(
            HubTopic.WORK,
            "L’industrie recrute des opérateurs, des techniciens et des régleurs ; artisans et commerçants "
            "cherchent des apprentis et des successeurs.",
            (
                CallToAction(
                    "Reprendre un commerce ou un atelier",
                    "La boulangerie de Saint-Bresson, la quincaillerie du bourg et un atelier attendent leur repreneur.",
                    (Link(page=OPPORTUNITIES), Link(page=CRAFTS)),
                ),
            ),
        ),
        HubStep(
            HubTopic.CHILDREN,
            "Une école maternelle et élémentaire au bourg, avec cantine et garderie ; le collège est à vingt "
            "minutes, desservi par le car scolaire.",
            (
                Faq(
                    "Vos questions",
                    (
                        Question(
                            "Qui garde les tout-petits ?",
                            "<p>Des assistantes maternelles au bourg et dans les hameaux ; le relais petite "
                            "enfance vous donne leurs disponibilités.</p>",
                        ),
                        Question(
                            "Comment inscrire mes enfants à l’école ?",
                            "<p>À la mairie, puis auprès de la directrice, qui vous fait visiter l’école.</p>",
                        ),
                    ),
                ),
            ),
        ),
        HubStep(
            HubTopic.HEALTH,
            "Un cabinet médical et une pharmacie au bourg ; les hôpitaux de Lure et de Luxeuil-les-Bains sont à une "
            "demi-heure.",
            (
                Section(
                    "",
                    "<p>Les deux médecins du cabinet acceptent de nouveaux patients : déclarez votre médecin "
                    "traitant dès votre arrivée. Des infirmières passent à domicile dans tous les hameaux.</p>",
                ),
            ),
        ),
        HubStep(
            HubTopic.MOBILITY,
            "La voiture reste utile, mais un transport à la demande dessert le bourg et les hameaux, et la gare de "
            "Lure est à une trentaine de minutes.",
            (
                Section(
                    "",
                    "<ul><li>le transport à la demande, sur réservation la veille ;</li>"
                    "<li>le car vers Lure et Luxeuil-les-Bains, matin et soir ;</li>"
                    "<li>des sentiers et des petites routes tranquilles pour le vélo.</li></ul>",
                ),
            ),
        ),
        HubStep(
            HubTopic.LOCAL_LIFE,
            "Associations sportives et culturelles, amis des sentiers, portes ouvertes des ateliers : les nouveaux "
            "venus sont attendus.",
            (
                Section(
                    "",
                    "<p>Chaque automne, la Maison du territoire invite les nouveaux habitants à un apéritif sur la "
                    "place de la Halle, avec les associations et les commerçants du bourg.</p>",
                ),
            ),
        ),
    ),
    contacts=(
        UsefulContactContent(
            HubTopic.HOUSING,
            "Maison du territoire",
            role="Premier accueil, logements à louer, commerces à reprendre",
            address=HOUSE,
            phone="03 53 01 42 17",
            email="contact@faucogney.example.fr",
            hours="Du lundi au vendredi, 9 h – 12 h et 14 h – 17 h",
        ),
        UsefulContactContent(
            HubTopic.HOUSING,
            "Conseiller France Rénov’ des Mille Étangs",
            role="Aides à la rénovation énergétique, visite à domicile",
            phone="03 53 01 42 25",
            email="renovation@example.org",
            hours="Permanence le premier mardi du mois, 14 h – 17 h",
        ),
        UsefulContactContent(
            HubTopic.WORK,
            "Maison France Services des Mille Étangs",
            role="Emploi, allocations, retraite, impôts : de l’aide pour vos démarches",
            address=HOUSE,
            phone="03 53 01 42 31",
            email="franceservices@example.org",
            hours="Du mardi au vendredi, 9 h – 12 h 30",
        ),
        UsefulContactContent(
            HubTopic.WORK,
            "Club des entreprises des Mille Étangs",
            role="Offres d’emploi des entreprises du secteur, mise en relation avec les cédants",
            email="club.entreprises@example.org",
        ),
        UsefulContactContent(
            HubTopic.CHILDREN,
            "École du bourg",
            role="Maternelle et élémentaire, cantine et garderie",
            address="Rue de l’École\n70310 Faucogney-et-la-Mer",
            phone="03 53 01 42 46",
            email="ecole.faucogney@example.org",
        ),
        UsefulContactContent(
            HubTopic.HEALTH,
            "Cabinet médical du bourg",
            role="Deux médecins généralistes et des infirmières à domicile",
            phone="03 53 01 42 58",
            hours="Du lundi au samedi matin, sur rendez-vous",
        ),
        UsefulContactContent(
            HubTopic.MOBILITY,
            "Transport à la demande des Mille Étangs",
            role="Trajets vers Lure, le marché et les rendez-vous médicaux ; réservation la veille",
            phone="03 53 01 42 69",
            hours="Réservations du lundi au vendredi, 8 h 30 – 17 h",
        ),
        UsefulContactContent(
            HubTopic.LOCAL_LIFE,
            "Les Amis des sentiers du plateau",
            role="Randonnées, balisage des sentiers, sorties en raquettes l’hiver",
            website="https://sentiers-plateau.example.fr/",
        ),
    ),
)
