"""Create a territory's « Offres d’emploi » page and its job offers (the `jobs` app) for the demo.

Dates are counted from today, so that the offers are current whenever the demo is loaded; one offer per
demo (Faucogney's shop assistant) expired a few days ago, to show the notice its page keeps. Employers,
people, addresses, e-mails and links are fictional. Each offer goes through the model's own checks
(`full_clean`, which runs `clean`) as it would in the admin. The loader publishes the pages this returns,
parent first.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.auth.base_user import AbstractBaseUser
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page

from jobs.models import JobIndexPage, JobPage

from .streams import References

INDEX_TITLE = "Offres d’emploi"
INDEX_SLUG = "emploi"


@dataclass(frozen=True)
class JobContent:
    """One demo offer; `days_ago` dates its publication, `expires_in` its last day (negative: already over)."""

    title: str
    employer: str
    summary: str
    contract: str
    commune: str
    missions: list[str]
    profile: str
    employer_url: str = ""
    duration_months: int | None = None
    duration_text: str = ""
    working_time: str = "full"
    remote: str = "none"
    starts_in: int | None = None  # days from today; None: as soon as possible
    salary: tuple[int, int | None] | None = None
    salary_period: str = "month"
    address: str = ""
    place: tuple[float, float] | None = None
    apply_email: str = ""
    apply_url: str = ""
    days_ago: int = 3
    expires_in: int = 60

    @property
    def slug(self) -> str:
        return slugify(self.title.replace("’", " "))


INTROS = {
    "faucogney": "L’industrie, l’artisanat et les commerces du plateau des Mille Étangs recrutent. Les offres "
    "restent en ligne jusqu’à leur date limite ; pour toute question, la mairie vous oriente.",
    "maurienne": "Mécaniciens, guides, chargés de mission : la filière vélo de la Maurienne grandit et recrute, "
    "pour une saison ou pour longtemps.",
    "aveyron": "Le tiers-lieu de l’ancienne mairie et les entreprises du site d’un hectare cherchent leurs "
    "premières recrues.",
    "xaintrie": "Faire vivre la marque « la Xaintrie », accueillir au bord de la Dordogne : les postes ouverts "
    "près d’Argentat.",
    "nord-grande-terre": "Agriculture, transformation agroalimentaire, nouveau tourisme : les employeurs du Nord "
    "Grande-Terre recrutent et forment.",
}

JOBS: dict[str, list[JobContent]] = {
    "faucogney": [
        JobContent(
            title="Conducteur ou conductrice de ligne de production",
            employer="Manufacture des Mille Étangs",
            employer_url="https://www.manufacture-mille-etangs.example/",
            summary="L’usine de petit électroménager du plateau renforce son équipe de fabrication : vous pilotez "
            "une ligne d’assemblage, en équipe et en horaires postés.",
            contract="cdi",
            commune="Faucogney-et-la-Mer",
            missions=[
                "Régler et conduire la ligne d’assemblage",
                "Contrôler la qualité des pièces en cours de production",
                "Assurer la maintenance de premier niveau",
            ],
            profile="Une première expérience en production industrielle est appréciée ; l’usine forme aussi les "
            "débutants motivés. Travail en deux-huit.",
            salary=(2050, 2400),
            address="Zone industrielle du Breuchin\n70310 Faucogney-et-la-Mer",
            place=(47.8419, 6.5571),
            apply_url="https://www.manufacture-mille-etangs.example/recrutement/conduite-de-ligne",
            days_ago=6,
        ),
        JobContent(
            title="Apprenti boulanger ou apprentie boulangère",
            employer="Au Pain des Étangs",
            summary="Une boulangerie du bourg forme un ou une apprentie au CAP boulanger, au fournil dès l’aube et au "
            "marché du samedi.",
            contract="apprenticeship",
            duration_months=24,
            commune="Faucogney-et-la-Mer",
            missions=["Pétrir, façonner et cuire pains et viennoiseries", "Tenir le stand du marché le samedi"],
            profile="Aucun diplôme demandé : l’envie d’apprendre et de se lever tôt suffit. Rémunération selon le "
            "barème de l’apprentissage.",
            starts_in=40,
            apply_email="fournil@pain-des-etangs.example",
            days_ago=2,
        ),
        JobContent(
            title="Vendeur ou vendeuse en quincaillerie",
            employer="Quincaillerie Grandjean",
            summary="Conseiller les clients, artisans et particuliers, et tenir la caisse d’une quincaillerie de "
            "village.",
            contract="cdd",
            duration_months=6,
            working_time="part",
            commune="Faucogney-et-la-Mer",
            missions=["Accueillir et conseiller les clients", "Mettre en rayon et tenir la caisse"],
            profile="Le goût du bricolage et du contact ; 24 heures par semaine, du mardi au samedi.",
            salary=(12, None),
            salary_period="hour",
            apply_email="contact@quincaillerie-grandjean.example",
            days_ago=70,
            expires_in=-5,
        ),
    ],
    "maurienne": [
        JobContent(
            title="Mécanicien ou mécanicienne cycles pour la saison",
            employer="Cycles du Télégraphe",
            employer_url="https://www.cycles-telegraphe.example/",
            summary="Au pied du col du Télégraphe, un atelier de location et de réparation cherche un mécanicien "
            "cycles pour la saison d’été.",
            contract="seasonal",
            duration_months=4,
            commune="Saint-Michel-de-Maurienne",
            missions=[
                "Réparer et entretenir vélos de route, VTT et vélos à assistance électrique",
                "Préparer la flotte de location chaque matin",
            ],
            profile="Un CQP de technicien cycles ou une solide expérience en atelier. Logement possible.",
            starts_in=45,
            salary=(1900, 2100),
            address="Avenue du Télégraphe\n73140 Saint-Michel-de-Maurienne",
            place=(45.2176, 6.4702),
            apply_email="atelier@cycles-telegraphe.example",
            days_ago=4,
        ),
        JobContent(
            title="Guide cycliste accompagnateur ou accompagnatrice",
            employer="Maurienne Vélo Aventures",
            summary="Emmener des groupes sur les grands cols, du Galibier à la Croix de Fer, et leur raconter la "
            "vallée.",
            contract="seasonal",
            duration_months=5,
            commune="Valloire",
            missions=["Encadrer des sorties de 4 à 12 cyclistes", "Préparer les itinéraires et l’assistance"],
            profile="Un diplôme d’État d’éducateur sportif en cyclisme (ou en cours) et l’anglais courant.",
            starts_in=60,
            salary=(2000, 2400),
            apply_email="equipe@maurienne-velo-aventures.example",
            days_ago=9,
        ),
        JobContent(
            title="Chargé ou chargée de mission filière vélo",
            employer="Agence de développement de la Maurienne",
            summary="Accompagner les entreprises du cycle, de la location à la fabrication, et faire grandir le label "
            "vélo de la vallée.",
            contract="cdd",
            duration_months=18,
            remote="partial",
            commune="Saint-Jean-de-Maurienne",
            missions=[
                "Accompagner les porteurs de projet du cycle",
                "Animer le club des entreprises de la filière",
            ],
            profile="Un bac + 5 en développement économique ou en tourisme, et la passion du vélo.",
            salary=(32000, 36000),
            salary_period="year",
            address="Maison de la Maurienne\n12 avenue de la Gare\n73300 Saint-Jean-de-Maurienne",
            place=(45.2766, 6.3458),
            apply_email="recrutement@agence-maurienne.example",
            days_ago=1,
        ),
    ],
    "aveyron": [
        JobContent(
            title="Animateur ou animatrice du tiers-lieu",
            employer="Association L’Ancienne Mairie",
            summary="Faire vivre le tiers-lieu de Saint-Aurèle : l’espace de travail partagé, le fab lab, les salles "
            "et la communauté qui s’y retrouve.",
            contract="cdd",
            duration_months=12,
            commune="Saint-Aurèle",
            missions=[
                "Accueillir les coworkers et les porteurs de projet",
                "Programmer ateliers et rencontres",
                "Chercher des partenaires et des financements",
            ],
            profile="Une expérience de l’animation d’un lieu ou d’un réseau ; le permis B.",
            salary=(2100, 2300),
            address="Ancienne mairie\n2 rue de la Poste\n12340 Saint-Aurèle",
            place=(44.4703, 2.7226),
            apply_email="tiers-lieu@ancienne-mairie.example",
            days_ago=5,
        ),
        JobContent(
            title="Menuisier agenceur ou menuisière agenceuse",
            employer="Atelier Bois et Volumes",
            summary="Installé sur l’ancien site industriel d’un hectare, un atelier d’agencement sur mesure "
            "embauche son troisième menuisier.",
            contract="cdi",
            commune="Saint-Aurèle",
            missions=[
                "Fabriquer cuisines, bibliothèques et aménagements de boutiques",
                "Poser les ouvrages chez les clients, dans un rayon de 50 km",
            ],
            profile="Un CAP ou un BP de menuisier, et le goût du travail soigné. Véhicule de service fourni.",
            salary=(2000, 2500),
            address="Zone des Halles, route départementale\n12340 Saint-Aurèle",
            place=(44.4721, 2.7262),
            apply_email="atelier@bois-et-volumes.example",
            days_ago=11,
        ),
    ],
    "xaintrie": [
        JobContent(
            title="Chargé ou chargée de marketing territorial",
            employer="Communauté de communes Xaintrie Val’Dordogne",
            summary="Faire vivre la marque « la Xaintrie » : son plan marketing, ses partenaires et ses ambassadeurs.",
            contract="cdd",
            duration_months=24,
            remote="partial",
            commune="Argentat-sur-Dordogne",
            missions=[
                "Mettre en œuvre le plan marketing de la marque",
                "Animer le réseau des ambassadeurs et des partenaires",
            ],
            profile="Un bac + 3 à bac + 5 en marketing ou en communication, et l’envie de vivre au bord de la "
            "Dordogne.",
            salary=(30000, 34000),
            salary_period="year",
            apply_email="recrutement@xaintrie-valdordogne.example",
            days_ago=3,
        ),
        JobContent(
            title="Accompagnateur ou accompagnatrice en canoë sur la Dordogne",
            employer="Canoës des Gabariers",
            summary="Encadrer les descentes en canoë entre Argentat et Beaulieu, et faire découvrir la rivière aux "
            "familles.",
            contract="seasonal",
            duration_months=3,
            commune="Argentat-sur-Dordogne",
            missions=["Encadrer les descentes", "Entretenir le matériel et accueillir les clients"],
            profile="Un brevet de surveillant de baignade ou une qualification en canoë-kayak.",
            starts_in=90,
            salary=(12, None),
            salary_period="hour",
            apply_email="saison@canoes-gabariers.example",
            days_ago=8,
        ),
    ],
    "nord-grande-terre": [
        JobContent(
            title="Technicien ou technicienne de transformation agroalimentaire",
            employer="Coopérative des Saveurs du Nord",
            summary="Transformer fruits et légumes des producteurs du Nord Grande-Terre en confitures, jus et "
            "épices, dans un atelier neuf.",
            contract="cdi",
            commune="Port-Louis",
            missions=[
                "Conduire les lignes de transformation et de conditionnement",
                "Appliquer les règles d’hygiène et de traçabilité",
            ],
            profile="Un BTS en agroalimentaire, ou une expérience équivalente en atelier.",
            salary=(1900, 2200),
            address="Zone artisanale de Beautiran\n97117 Port-Louis",
            place=(16.4185, -61.5314),
            apply_email="emploi@saveurs-du-nord.example",
            days_ago=2,
        ),
        JobContent(
            title="Apprenti ou apprentie en exploitation agricole",
            employer="Exploitation Bellevue",
            summary="Apprendre le maraîchage et l’agroforesterie sur une exploitation familiale, en préparant un "
            "BPREA.",
            contract="apprenticeship",
            duration_months=12,
            commune="Petit-Canal",
            missions=["Semer, planter et récolter", "Participer à la vente directe"],
            profile="Plus de 16 ans, l’envie de travailler la terre. Rémunération selon le barème de l’apprentissage.",
            starts_in=30,
            apply_email="bellevue@exploitation.example",
            days_ago=6,
        ),
    ],
}


def job_body(job: JobContent) -> list[tuple[str, dict]]:
    missions = "".join(f"<li>{mission}</li>" for mission in job.missions)
    return [
        ("section", {"heading": "Vos missions", "text": f"<ul>{missions}</ul>"}),
        ("section", {"heading": "Votre profil", "text": f"<p>{job.profile}</p>"}),
    ]


def job_page(job: JobContent, author: AbstractBaseUser) -> JobPage:
    """The offer's page, not yet in the tree."""
    today = timezone.localdate()
    low, high = job.salary or (None, None)
    return JobPage(
        title=job.title,
        slug=job.slug,
        employer_name=job.employer,
        employer_url=job.employer_url,
        summary=job.summary,
        contract=job.contract,
        duration_months=job.duration_months,
        duration_text=job.duration_text,
        working_time=job.working_time,
        remote=job.remote,
        start_date=today + datetime.timedelta(days=job.starts_in) if job.starts_in is not None else None,
        salary_min=Decimal(low) if low is not None else None,
        salary_max=Decimal(high) if high is not None else None,
        salary_period=job.salary_period,
        commune=job.commune,
        address=job.address,
        latitude=job.place[0] if job.place else None,
        longitude=job.place[1] if job.place else None,
        apply_email=job.apply_email,
        apply_url=job.apply_url,
        expiry_date=today + datetime.timedelta(days=job.expires_in),
        first_published_at=timezone.now() - datetime.timedelta(days=job.days_ago),
        body=job_body(job),
        search_description=job.summary,
        owner=author,
        live=False,
    )


def add_jobs(
    home: Page, territory_slug: str, refs: References, author: AbstractBaseUser, contact_form: Page | None = None
) -> list[Page]:
    """The « Offres d’emploi » page under the home and the pilot's offers under it, checked, unpublished, parent
    first; `contact_form`, if given, is the list's default form to apply through."""
    if territory_slug not in JOBS:
        return []
    index = JobIndexPage(
        title=INDEX_TITLE,
        slug=INDEX_SLUG,
        intro=INTROS[territory_slug],
        search_description=INTROS[territory_slug],
        contact_form=contact_form,
        owner=author,
        live=False,
    )
    home.add_child(instance=index)
    index.full_clean()
    refs.pages[(territory_slug, INDEX_SLUG)] = index
    pages: list[Page] = [index]
    for job in JOBS[territory_slug]:
        page = job_page(job, author)
        index.add_child(instance=page)
        page.full_clean()
        refs.pages[(territory_slug, job.slug)] = page
        pages.append(page)
    return pages
