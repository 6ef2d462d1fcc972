"""Create a territory's « Agenda » page and its events (the `events` app) for the demo.

Dates are counted from today, so that the agenda always has something coming: a summer event falls on its
next summer, a weekly market starts this week. Organisers, people, addresses, e-mails and phone numbers are
fictional (phone numbers in the ranges ARCEP keeps for fiction). Each event goes through the model's own
checks (`full_clean`, which runs `clean`) as it would in the admin. The loader publishes the pages this
returns, parent first; publishing writes each event's occurrences.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from dateutil.relativedelta import SU, relativedelta
from django.contrib.auth.base_user import AbstractBaseUser
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page

from events.models import EventIndexPage, EventPage

from .streams import References

INDEX_TITLE = "Agenda"
INDEX_SLUG = "agenda"


def next_date(month: int, day: int) -> datetime.date:
    """The next time this day of the year comes, today included."""
    today = timezone.localdate()
    this_year = datetime.date(today.year, month, day)
    return this_year if this_year >= today else this_year.replace(year=today.year + 1)


def in_days(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


def next_weekday(weekday: int) -> datetime.date:
    """The next Monday (0) … Sunday (6), today included."""
    today = timezone.localdate()
    return today + datetime.timedelta(days=(weekday - today.weekday()) % 7)


@dataclass(frozen=True)
class EventContent:
    """One demo event; `when` gives its first day, `repeat` the model's recurrence fields."""

    title: str
    category: str
    summary: str
    text: str
    when: datetime.date
    commune: str
    place_name: str = ""
    address: str = ""
    place: tuple[float, float] | None = None
    days: int = 1
    start: str | None = None  # « 08:00 »; None: all day
    end: str | None = None
    repeat: dict = field(default_factory=dict)
    skip: tuple[int, ...] = ()  # occurrences (0 = the first) that do not take place
    free: bool = False
    price: str | None = None
    price_note: str = ""
    booking_url: str = ""
    accessibility: str = ""
    organiser: tuple[str, str, str, str] = ("", "", "", "")  # name, website, e-mail, phone

    @property
    def slug(self) -> str:
        return slugify(self.title.replace("’", " "))


INTROS = {
    "faucogney": "Marchés, ateliers ouverts et sorties nature sur le plateau des Mille Étangs. Vous organisez "
    "quelque chose ? Écrivez à la mairie pour l’annoncer ici.",
    "maurienne": "Cols fermés aux voitures, cyclosportives et rencontres de la filière vélo : la saison de la "
    "Maurienne, du printemps à l’automne.",
    "aveyron": "Portes ouvertes du tiers-lieu, rencontres d’entrepreneurs et fêtes du village : ce qui se passe à "
    "Saint-Aurèle.",
    "xaintrie": "L’été au bord de la Dordogne, les marchés et les fêtes de la Xaintrie : tout l’agenda du territoire.",
    "nord-grande-terre": "Foire agricole, ateliers du tiers-lieu et marchés de producteurs dans le Nord Grande-Terre.",
}


def summer_day() -> datetime.date:
    """Tomorrow in summer, else the next 1 June."""
    return in_days(1) if 6 <= timezone.localdate().month <= 8 else next_date(6, 1)


def col_season() -> tuple[datetime.date, datetime.date]:
    """The Sundays the pass is closed to cars: from the first Sunday of June to the end of September, this
    season if it is on, else the next one."""
    today = timezone.localdate()
    year = today.year if today <= datetime.date(today.year, 7, 15) else today.year + 1
    first = max(datetime.date(year, 6, 1) + relativedelta(weekday=SU), today + relativedelta(weekday=SU))
    return first, datetime.date(year, 9, 30)


def maurienne() -> list[EventContent]:
    col_start, col_end = col_season()
    return [
        EventContent(
            title="La Cyclo des Cols",
            category="sport",
            summary="La cyclosportive de la Maurienne : 160 km et trois cols mythiques, ou un parcours découverte "
            "de 80 km par les Lacets de Montvernier.",
            text="Départ groupé de Saint-Jean-de-Maurienne, ravitaillements dans les villages, repas d’arrivée. "
            "Certificat médical ou licence demandé à l’inscription.",
            when=next_date(7, 12),
            start="07:00",
            end="17:00",
            commune="Saint-Jean-de-Maurienne",
            place_name="Place de la Cathédrale",
            address="Place de la Cathédrale\n73300 Saint-Jean-de-Maurienne",
            place=(45.2766, 6.3459),
            price="45",
            price_note="25 € pour le parcours découverte",
            booking_url="https://inscriptions.example.org/cyclo-des-cols",
            accessibility="Parcours découverte ouvert aux vélos à assistance électrique et aux tandems.",
            organiser=(
                "Vélo Club Arvan-Maurienne",
                "https://vcam.example.org",
                "contact@vcam.example.org",
                "04 65 71 20 14",
            ),
        ),
        EventContent(
            title="Col du Glandon réservé aux cyclistes",
            category="sport",
            summary="Chaque dimanche matin de l’été, la route du col du Glandon est fermée aux voitures : "
            "montez à votre rythme, sans moteur.",
            text="Fermeture de 8 h à 12 h entre Saint-Étienne-de-Cuines et le sommet (1 924 m). Pas de fermeture le "
            "jour du passage de la course régionale.",
            when=col_start,
            start="08:00",
            end="12:00",
            repeat={"recurrence": "weekly", "recurrence_weekdays": ["SU"], "recurrence_until": col_end},
            skip=(6,),
            commune="Saint-Étienne-de-Cuines",
            place_name="Route du col du Glandon",
            place=(45.2394, 6.1786),
            free=True,
            accessibility="Montée de 20 km à 7 % de moyenne. Voiture-balai et point d’eau au sommet.",
            organiser=("Communauté de communes", "", "velo@maurienne.example.fr", "04 65 71 20 00"),
        ),
        EventContent(
            title="Journées Accueil Vélo",
            category="business",
            summary="Deux journées pour les hébergeurs, loueurs et réparateurs qui veulent obtenir le label Accueil "
            "Vélo, avec les entreprises du cycle de la vallée.",
            text="Ateliers sur le label, visites d’hébergements labellisés, rencontre avec le club des entreprises du "
            "cycle. Inscription gratuite mais obligatoire.",
            when=in_days(40),
            days=2,
            start="09:00",
            end="17:30",
            commune="Saint-Michel-de-Maurienne",
            place_name="Maison de la Maurienne",
            address="12 avenue de la Gare\n73140 Saint-Michel-de-Maurienne",
            place=(45.2200, 6.4700),
            free=True,
            booking_url="https://inscriptions.example.org/accueil-velo",
            accessibility="Salle de plain-pied, boucle magnétique à l’accueil.",
            organiser=("Club des entreprises du cycle", "", "club@cycle-maurienne.example.org", ""),
        ),
        EventContent(
            title="Atelier réparation vélo",
            category="workshop",
            summary="Apprenez à régler vos freins et à réparer une crevaison avec un mécanicien, le premier samedi "
            "du mois.",
            text="Venez avec votre vélo ; outils et pièces courantes fournis. Dix places par séance.",
            when=in_days(1),
            start="10:00",
            end="12:00",
            repeat={"recurrence": "monthly_weekday", "recurrence_weekdays": ["SA"], "recurrence_week_of_month": 1},
            commune="Saint-Jean-de-Maurienne",
            place_name="Atelier du Télégraphe",
            address="4 rue des Cols\n73300 Saint-Jean-de-Maurienne",
            price="5",
            price_note="gratuit pour les moins de 18 ans",
            organiser=("Atelier du Télégraphe", "", "atelier@telegraphe.example.org", "04 65 71 33 08"),
        ),
    ]


def faucogney() -> list[EventContent]:
    return [
        EventContent(
            title="Marché du mercredi",
            category="market",
            summary="Fromages, légumes, miel des Mille Étangs et pain au levain : le marché du bourg, chaque mercredi "
            "matin.",
            text="Une quinzaine de producteurs et d’artisans sous la halle. Stationnement place de l’Église.",
            when=next_weekday(2),
            start="08:00",
            end="12:30",
            repeat={"recurrence": "weekly", "recurrence_weekdays": ["WE"]},
            skip=(3,),
            commune="Faucogney-et-la-Mer",
            place_name="Sous la halle",
            address="Place de la Halle\n70310 Faucogney-et-la-Mer",
            place=(47.8406, 6.5636),
            free=True,
            accessibility="Halle de plain-pied, places réservées devant la mairie.",
            organiser=("Mairie de Faucogney-et-la-Mer", "", "mairie@faucogney.example.fr", "03 53 01 20 10"),
        ),
        EventContent(
            title="Ateliers ouverts des artisans",
            category="workshop",
            summary="Ébéniste, potière, forgeron et tisserande ouvrent leurs ateliers : démonstrations, échanges et "
            "vente directe.",
            text="Un circuit de six ateliers entre Faucogney et le plateau ; plan remis à l’office de tourisme.",
            when=in_days(24),
            days=2,
            start="10:00",
            end="18:00",
            commune="Faucogney-et-la-Mer",
            place_name="Office de tourisme (départ du circuit)",
            address="2 place de l’Église\n70310 Faucogney-et-la-Mer",
            free=True,
            organiser=("Association des artisans des Mille Étangs", "", "artisans@example.org", ""),
        ),
        EventContent(
            title="Balade des Mille Étangs",
            category="nature",
            summary="Douze kilomètres entre étangs et tourbières avec un guide naturaliste, le troisième dimanche du "
            "mois.",
            text="Chaussures de marche et pique-nique. Chiens tenus en laisse.",
            when=in_days(3),
            start="09:30",
            end="16:00",
            repeat={"recurrence": "monthly_weekday", "recurrence_weekdays": ["SU"], "recurrence_week_of_month": 3},
            commune="Écromagny",
            place_name="Parking de l’étang de la Poche",
            place=(47.8230, 6.6010),
            price="6",
            price_note="gratuit pour les moins de 12 ans",
            organiser=("Les Amis des Étangs", "", "balades@example.org", "03 53 01 44 21"),
        ),
        EventContent(
            title="Forum des métiers de l’industrie",
            category="business",
            summary="Rencontrez les entreprises du plateau qui recrutent : production, maintenance, logistique.",
            text="Démonstrations de machines, rencontres avec des apprentis, conseils pour postuler.",
            when=in_days(33),
            start="09:00",
            end="13:00",
            commune="Faucogney-et-la-Mer",
            place_name="Salle des fêtes",
            address="Rue du Stade\n70310 Faucogney-et-la-Mer",
            free=True,
            accessibility="Salle de plain-pied, accessible en fauteuil.",
        ),
    ]


def aveyron() -> list[EventContent]:
    return [
        EventContent(
            title="Portes ouvertes du tiers-lieu",
            category="workshop",
            summary="Visitez l’ancienne mairie devenue tiers-lieu : bureaux partagés, fab lab, salle de réunion.",
            text="Démonstrations de la découpeuse laser et de l’imprimante 3D, café offert par les résidents.",
            when=next_weekday(4) + datetime.timedelta(days=7),
            start="14:00",
            end="19:00",
            repeat={"recurrence": "monthly_day", "recurrence_count": 6},
            commune="Saint-Aurèle",
            place_name="Tiers-lieu de l’ancienne mairie",
            address="3 place de la Fontaine\n12340 Saint-Aurèle",
            free=True,
            accessibility="Rez-de-chaussée accessible ; l’étage du fab lab n’a pas d’ascenseur.",
            organiser=("Tiers-lieu de Saint-Aurèle", "", "bonjour@tiers-lieu.example.org", "05 36 49 10 12"),
        ),
        EventContent(
            title="Forum des entrepreneurs",
            category="business",
            summary="Porteurs de projet, artisans et investisseurs : une matinée pour découvrir le terrain d’un "
            "hectare et les aides à l’installation.",
            text="Visite du site, table ronde avec des entrepreneurs installés, rendez-vous individuels.",
            when=in_days(45),
            start="09:00",
            end="13:00",
            commune="Saint-Aurèle",
            place_name="Tiers-lieu de l’ancienne mairie",
            address="3 place de la Fontaine\n12340 Saint-Aurèle",
            free=True,
            booking_url="https://inscriptions.example.org/forum-saint-aurele",
            organiser=("Communauté de communes", "", "eco@aveyron.example.fr", "05 36 49 10 00"),
        ),
        EventContent(
            title="Café des créateurs",
            category="business",
            summary="Un jeudi sur deux, les entrepreneurs du village se retrouvent autour d’un café pour s’entraider.",
            text="Ouvert à tous, sans inscription.",
            when=next_weekday(3),
            start="08:30",
            end="10:00",
            repeat={"recurrence": "weekly", "recurrence_weekdays": ["TH"], "recurrence_interval": 2},
            commune="Saint-Aurèle",
            place_name="Tiers-lieu de l’ancienne mairie",
            free=True,
        ),
        EventContent(
            title="Fête du village",
            category="festival",
            summary="Repas sur la place, bal et feu d’artifice : la fête de Saint-Aurèle.",
            text="Repas sur réservation à la mairie.",
            when=next_date(8, 15),
            start="12:00",
            commune="Saint-Aurèle",
            place_name="Place de la Fontaine",
            price="15",
            price_note="repas ; le bal est gratuit",
        ),
    ]


def xaintrie() -> list[EventContent]:
    return [
        EventContent(
            title="Descente en gabarre",
            category="nature",
            summary="Une heure sur la Dordogne à bord d’une gabarre, le bateau des anciens marins de la rivière.",
            text="Départ du quai Lestourgie ; le batelier raconte le commerce du merrain et la vie des gabariers.",
            when=summer_day(),
            start="15:00",
            end="16:00",
            repeat={"recurrence": "weekly", "recurrence_weekdays": ["TU", "TH", "SA"], "recurrence_count": 40},
            commune="Argentat-sur-Dordogne",
            place_name="Quai Lestourgie",
            address="Quai Lestourgie\n19400 Argentat-sur-Dordogne",
            place=(45.0936, 1.9378),
            price="12",
            price_note="7 € de 4 à 12 ans",
            booking_url="https://reservation.example.org/gabarre",
            accessibility="Embarquement par une passerelle ; prévenez-nous pour un fauteuil.",
            organiser=("Les Gabariers d’Argentat", "", "gabarre@example.org", "05 36 49 22 30"),
        ),
        EventContent(
            title="Marché de nuit des producteurs",
            category="market",
            summary="Chaque vendredi soir de l’été, les producteurs de la Xaintrie cuisinent sur les quais : on "
            "achète, on s’installe aux grandes tablées.",
            text="Apportez vos couverts. Musique à partir de 20 h.",
            when=next_date(7, 1) + relativedelta(weekday=4),
            start="18:00",
            end="23:30",
            repeat={"recurrence": "weekly", "recurrence_weekdays": ["FR"], "recurrence_count": 8},
            commune="Argentat-sur-Dordogne",
            place_name="Quais de la Dordogne",
            place=(45.0929, 1.9385),
            free=True,
            accessibility="Quais pavés ; tables accessibles près de la mairie.",
        ),
        EventContent(
            title="Festival Xaintrie en scène",
            category="culture",
            summary="Trois soirs de théâtre, de musique et de cirque dans les villages de la Xaintrie.",
            text="Programme complet à l’office de tourisme. Navette gratuite depuis Argentat.",
            when=next_date(8, 7),
            days=3,
            start="19:00",
            end="23:59",
            commune="Saint-Privat",
            place_name="Place du Foirail",
            price="10",
            price_note="pass trois soirs 25 €",
            booking_url="https://billetterie.example.org/xaintrie-en-scene",
            organiser=("Xaintrie en scène", "https://xaintrie-en-scene.example.org", "", ""),
        ),
        EventContent(
            title="Marché du jeudi",
            category="market",
            summary="Le grand marché d’Argentat, chaque jeudi matin sur la place Da Maïa.",
            text="Producteurs, artisans et commerçants ambulants.",
            when=next_weekday(3),
            start="08:00",
            end="13:00",
            repeat={"recurrence": "weekly", "recurrence_weekdays": ["TH"]},
            commune="Argentat-sur-Dordogne",
            place_name="Place Da Maïa",
            free=True,
        ),
    ]


def nord_grande_terre() -> list[EventContent]:
    return [
        EventContent(
            title="Foire agricole du Nord Grande-Terre",
            category="fair",
            summary="Éleveurs, maraîchers et transformateurs présentent leurs produits : concours de bœufs tirants, "
            "dégustations et démonstrations.",
            text="Trois jours à Port-Louis. Restauration créole sur place.",
            when=in_days(50),
            days=3,
            start="09:00",
            end="18:00",
            commune="Port-Louis",
            place_name="Terrain de la foire",
            address="Route de Beauport\n97117 Port-Louis",
            place=(16.4190, -61.5310),
            price="3",
            price_note="gratuit pour les moins de 12 ans",
            accessibility="Allées en herbe ; navette adaptée depuis le bourg sur demande.",
            organiser=("Comité de la foire", "", "foire@example.org", "06 39 98 10 20"),
        ),
        EventContent(
            title="Atelier cuisine d’essai au tiers-lieu",
            category="workshop",
            summary="Chaque mercredi, testez vos recettes de transformation dans la cuisine partagée du tiers-lieu, "
            "avec une technicienne.",
            text="Confitures, sirops, épices : apportez vos produits, le matériel est fourni.",
            when=next_weekday(2),
            start="09:00",
            end="12:00",
            repeat={"recurrence": "weekly", "recurrence_weekdays": ["WE"], "recurrence_count": 20},
            commune="Petit-Canal",
            place_name="Tiers-lieu du Nord Grande-Terre",
            address="Rue de la Mairie\n97131 Petit-Canal",
            price="10",
            booking_url="https://tiers-lieu.example.org/cuisine",
            organiser=(
                "Tiers-lieu du Nord Grande-Terre",
                "",
                "cuisine@tiers-lieu.example.org",
                "06 39 98 22 40",
            ),
        ),
        EventContent(
            title="Marché des producteurs",
            category="market",
            summary="Le dernier samedi du mois, les agriculteurs du Nord Grande-Terre vendent en direct sur la place "
            "d’Anse-Bertrand.",
            text="Fruits, légumes pays, jus et rhum agricole.",
            when=in_days(1),
            start="07:00",
            end="12:00",
            repeat={"recurrence": "monthly_weekday", "recurrence_weekdays": ["SA"], "recurrence_week_of_month": -1},
            commune="Anse-Bertrand",
            place_name="Place de la Mairie",
            place=(16.4710, -61.5080),
            free=True,
        ),
        EventContent(
            title="Forum du tourisme de demain",
            category="business",
            summary="Hébergeurs, guides et agriculteurs imaginent ensemble un tourisme qui fait vivre le territoire.",
            text="Tables rondes et ateliers au tiers-lieu.",
            when=in_days(28),
            start="08:30",
            end="16:00",
            commune="Petit-Canal",
            place_name="Tiers-lieu du Nord Grande-Terre",
            free=True,
            booking_url="https://tiers-lieu.example.org/forum",
        ),
    ]


EVENTS = {
    "maurienne": maurienne,
    "faucogney": faucogney,
    "aveyron": aveyron,
    "xaintrie": xaintrie,
    "nord-grande-terre": nord_grande_terre,
}


def event_page(event: EventContent, author: AbstractBaseUser) -> EventPage:
    """The event's page, not yet in the tree; its exception days are the skipped occurrences."""
    name, website, email, phone = event.organiser
    page = EventPage(
        title=event.title,
        slug=event.slug,
        category=event.category,
        summary=event.summary,
        start_date=event.when,
        end_date=event.when + datetime.timedelta(days=event.days - 1) if event.days > 1 else None,
        start_time=datetime.time.fromisoformat(event.start) if event.start else None,
        end_time=datetime.time.fromisoformat(event.end) if event.end else None,
        place_name=event.place_name,
        address=event.address,
        commune=event.commune,
        latitude=event.place[0] if event.place else None,
        longitude=event.place[1] if event.place else None,
        is_free=event.free,
        price_amount=Decimal(event.price) if event.price else None,
        price_note=event.price_note,
        booking_url=event.booking_url,
        accessibility=event.accessibility,
        organiser_name=name,
        organiser_url=website,
        organiser_email=email,
        organiser_phone=phone,
        body=[("section", {"heading": "", "text": f"<p>{event.text}</p>"})],
        search_description=event.summary,
        owner=author,
        live=False,
        **event.repeat,
    )
    if event.skip:
        starts = page.schedule.local_starts(event.when + datetime.timedelta(days=800))
        page.exception_dates = [starts[index].date().isoformat() for index in event.skip]
    return page


def add_events(home: Page, territory_slug: str, refs: References, author: AbstractBaseUser) -> list[Page]:
    """The « Agenda » page under the home and the pilot's events under it, checked, unpublished, parent first."""
    if territory_slug not in EVENTS:
        return []
    index = EventIndexPage(
        title=INDEX_TITLE,
        slug=INDEX_SLUG,
        intro=INTROS[territory_slug],
        search_description=INTROS[territory_slug],
        owner=author,
        live=False,
    )
    home.add_child(instance=index)
    index.full_clean()
    refs.pages[(territory_slug, INDEX_SLUG)] = index
    pages: list[Page] = [index]
    for event in EVENTS[territory_slug]():
        page = event_page(event, author)
        page.full_clean(exclude=["path", "depth", "slug", "content_type", "locale", "translation_key"])
        index.add_child(instance=page)
        refs.pages[(territory_slug, event.slug)] = page
        pages.append(page)
    return pages
