"""The pilots' forms, with a few fictional messages for their staff: each pilot's first form, in the spirit of
its project; the « Être accompagné » form of its « S'installer » page; and, where the first form does not
fit, the form its offers to entrepreneurs lead to.

The messages are invented (people, addresses and projects): they show the territory's staff what the
submissions listing looks like. Their e-mail addresses use example.org, which reaches nobody.
"""

from dataclasses import dataclass, field, replace
from datetime import timedelta

from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Page

from contact.forms import CONSENT_FIELD
from contact.models import ContactFormField, ContactFormPage


@dataclass(frozen=True)
class Field:
    label: str
    field_type: str = "singleline"
    required: bool = True
    choices: str = ""
    help_text: str = ""


NAME = Field("Votre nom")
EMAIL = Field("Votre adresse e-mail", "email")
PHONE = Field("Votre téléphone", required=False, help_text="Si vous préférez qu’on vous appelle.")
MESSAGE = Field("Votre message", "multiline")


@dataclass(frozen=True, eq=False)  # a key of the loader's pages by identity: its messages are dicts
class DemoForm:
    title: str
    slug: str
    intro: str
    thank_you: str
    fields: tuple[Field, ...]
    messages: tuple[dict, ...] = field(default_factory=tuple)  # fictional, keyed by the fields' labels
    to_address: str = ""  # who the messages reach; empty: the brand's contact address


DEMO_FORMS = {
    "faucogney": DemoForm(
        "Reprendre un commerce",
        "reprendre-un-commerce",
        "La boulangerie de Saint-Bresson et la quincaillerie du bourg cherchent repreneurs. Dites-nous votre projet : la mairie et "
        "la chambre de commerce vous accompagnent, de la visite au financement.",
        "Merci ! L’équipe de la communauté de communes vous rappelle sous une semaine pour organiser une visite.",
        (
            NAME,
            EMAIL,
            PHONE,
            Field(
                "Le commerce qui vous intéresse",
                "dropdown",
                choices="La boulangerie\nLa quincaillerie\nUn autre projet",
            ),
            MESSAGE,
        ),
        (
            {
                "Votre nom": "Hélène Marchal",
                "Votre adresse e-mail": "helene.marchal@example.org",
                "Le commerce qui vous intéresse": "La boulangerie",
                "Votre message": "Boulangère à Vesoul depuis douze ans, je cherche à m’installer à mon compte avec mon conjoint.",
            },
            {
                "Votre nom": "Yanis Belkacem",
                "Votre adresse e-mail": "yanis.b@example.org",
                "Le commerce qui vous intéresse": "La quincaillerie",
                "Votre message": "Pouvez-vous m’envoyer le chiffre d’affaires des trois dernières années ?",
            },
        ),
    ),
    "maurienne": DemoForm(
        "Installer son activité vélo",
        "installer-son-activite-velo",
        "Location, réparation, guidage, hébergement Accueil Vélo : parlez-nous de votre projet. Le club des "
        "entreprises du cycle et la communauté de communes vous aident à trouver un local et des clients.",
        "Merci ! Notre chargé de mission vélo vous répond sous trois jours ouvrés.",
        (
            NAME,
            EMAIL,
            PHONE,
            Field("Votre activité", "radio", choices="Location\nRéparation\nGuidage\nHébergement\nAutre"),
            MESSAGE,
        ),
        (
            {
                "Votre nom": "Lucas Perrier",
                "Votre adresse e-mail": "lucas.perrier@example.org",
                "Votre activité": "Réparation",
                "Votre message": "Mécanicien cycle, je cherche un local de 60 m² près de la gare de Saint-Michel.",
            },
        ),
    ),
    "aveyron": DemoForm(
        "Visiter le site d’un hectare",
        "visiter-le-site",
        "Le terrain libéré par l’entreprise et l’ancienne mairie devenue tiers-lieu se visitent sur rendez-vous. "
        "Dites-nous ce que vous imaginez y faire.",
        "Merci ! Le service économique vous propose une date de visite sous une semaine.",
        (
            NAME,
            EMAIL,
            PHONE,
            Field(
                "Ce qui vous intéresse",
                "checkboxes",
                choices="Le terrain d’un hectare\nUn bureau au tiers-lieu\nLa salle de réunion",
            ),
            MESSAGE,
        ),
        (
            {
                "Votre nom": "Sarah Nguyen",
                "Votre adresse e-mail": "sarah.nguyen@example.org",
                "Ce qui vous intéresse": ["Un bureau au tiers-lieu"],
                "Votre message": "Graphiste indépendante, je cherche un bureau deux jours par semaine.",
            },
            {
                "Votre nom": "Atelier Bois du Ségala",
                "Votre adresse e-mail": "contact@example.org",
                "Ce qui vous intéresse": ["Le terrain d’un hectare"],
                "Votre message": "Menuiserie de huit salariés, nous cherchons à nous agrandir.",
            },
        ),
    ),
    "xaintrie": DemoForm(
        "Rejoindre les ambassadeurs",
        "rejoindre-les-ambassadeurs",
        "Vous aimez la Xaintrie et vous en parlez autour de vous ? Rejoignez le réseau des ambassadeurs de la "
        "marque : rencontres, kit de communication et premières nouvelles du territoire.",
        "Merci ! Nathalie, qui anime le réseau, vous écrit pour la prochaine rencontre des ambassadeurs.",
        (NAME, EMAIL, Field("Votre commune", required=False), MESSAGE),
        (
            {
                "Votre nom": "Pierre Vialle",
                "Votre adresse e-mail": "pierre.vialle@example.org",
                "Votre commune": "Saint-Privat",
                "Votre message": "Je tiens le gîte du moulin et j’aimerais des dépliants pour mes hôtes.",
            },
        ),
    ),
    "nord-grande-terre": DemoForm(
        "Tester sa recette à la cuisine d’essai",
        "cuisine-d-essai",
        "La cuisine d’essai du tiers-lieu accueille les producteurs et les porteurs de projet qui veulent "
        "transformer leurs fruits et légumes. Réservez un créneau et parlez-nous de votre produit.",
        "Mèsi ! L’équipe du tiers-lieu vous rappelle pour fixer votre créneau.",
        (
            NAME,
            EMAIL,
            PHONE,
            Field("Votre produit", help_text="Par exemple : sirop de goyave, confiture de cythère."),
            MESSAGE,
        ),
        (
            {
                "Votre nom": "Josette Ramassamy",
                "Votre adresse e-mail": "josette.r@example.org",
                "Votre produit": "Piment confit",
                "Votre message": "Je voudrais tester deux recettes avant le marché de Noël.",
            },
        ),
    ),
}


WELCOME_TITLE = "Être accompagné dans mon projet d’installation"
PROJECT = Field(
    "Votre projet",
    "dropdown",
    choices=(
        "S’installer en famille\nCréer ou reprendre une activité\nTélétravailler depuis le territoire\n"
        "Trouver un emploi sur place\nUn autre projet"
    ),
)
ARRIVAL = Field(
    "Quand pensez-vous arriver ?",
    "dropdown",
    required=False,
    choices="Dans les six mois\nDans l’année\nPlus tard : je me renseigne",
)


def welcome_form(intro: str, thank_you: str, *messages: dict) -> DemoForm:
    """The « Être accompagné » form of a pilot's « S'installer » page: the same fields everywhere."""
    return DemoForm(
        WELCOME_TITLE, "etre-accompagne", intro, thank_you, (NAME, EMAIL, PHONE, PROJECT, ARRIVAL, MESSAGE), messages
    )


WELCOME_FORMS = {
    "faucogney": welcome_form(
        "Logement, emploi, école, commerce à reprendre : dites-nous votre projet. Émilie, à la Maison du "
        "territoire, vous propose un premier rendez-vous et une visite du plateau.",
        "Merci ! Émilie vous appelle ou vous écrit sous une semaine pour préparer votre venue.",
        {
            "Votre nom": "Aurélie et Samuel Petitjean",
            "Votre adresse e-mail": "famille.petitjean@example.org",
            "Votre projet": "S’installer en famille",
            "Quand pensez-vous arriver ?": "Dans l’année",
            "Votre message": "Nous vivons à Mulhouse avec deux enfants de 6 et 9 ans. Samuel est électricien, je suis "
            "aide-soignante : y a-t-il des maisons à louer près de l’école ?",
        },
        {
            "Votre nom": "Bastien Roy",
            "Votre adresse e-mail": "bastien.roy@example.org",
            "Votre projet": "Créer ou reprendre une activité",
            "Votre message": "Ébéniste, je cherche un atelier avec un logement au-dessus.",
        },
    ),
    "maurienne": welcome_form(
        "Vous voulez vivre dans la vallée, y travailler dans le vélo ou ailleurs ? Mathieu, à la Maison de la "
        "Maurienne, vous aide à trouver un logement à l’année, une école et les bons contacts.",
        "Merci ! Mathieu vous répond sous trois jours ouvrés.",
        {
            "Votre nom": "Inès Garnier",
            "Votre adresse e-mail": "ines.garnier@example.org",
            "Votre projet": "Télétravailler depuis le territoire",
            "Quand pensez-vous arriver ?": "Dans les six mois",
            "Votre message": "Développeuse à Lyon, je peux télétravailler quatre jours sur cinq. Je cherche un "
            "logement à l’année près de la gare de Saint-Jean-de-Maurienne.",
        },
    ),
    "aveyron": welcome_form(
        "Vous pensez venir vivre ou travailler à Saint-Aurèle ? Céline, à la mairie, vous aide à trouver un "
        "logement, une place à l’école ou à la crèche, et vous présente le village.",
        "Merci ! Céline vous rappelle sous une semaine.",
        {
            "Votre nom": "Thomas Mazars",
            "Votre adresse e-mail": "thomas.mazars@example.org",
            "Votre projet": "S’installer en famille",
            "Quand pensez-vous arriver ?": "Dans l’année",
            "Votre message": "Ma compagne rejoint l’atelier de menuiserie du site ; nous cherchons une maison avec "
            "jardin et une place en crèche pour notre fille.",
        },
        {
            "Votre nom": "Mélanie Cros",
            "Votre adresse e-mail": "melanie.cros@example.org",
            "Votre projet": "Télétravailler depuis le territoire",
            "Votre message": "Le tiers-lieu a-t-il des bureaux fermés pour les appels en visioconférence ?",
        },
    ),
    "xaintrie": welcome_form(
        "Un projet de vie en Xaintrie ? Agnès, à la Maison de la Xaintrie, vous reçoit, vous fait visiter les "
        "communes et vous met en relation avec les employeurs, les écoles et les ambassadeurs de la marque.",
        "Merci ! Agnès vous écrit sous trois jours pour fixer un premier échange.",
        {
            "Votre nom": "Karine Lemaire",
            "Votre adresse e-mail": "karine.lemaire@example.org",
            "Votre projet": "Trouver un emploi sur place",
            "Quand pensez-vous arriver ?": "Dans les six mois",
            "Votre message": "Infirmière à Brive, j’aimerais travailler et vivre à Argentat. Mon mari est "
            "maraîcher : y a-t-il des terres disponibles ?",
        },
    ),
    "nord-grande-terre": welcome_form(
        "Vous revenez au pays ou vous découvrez le nord de la Grande-Terre ? Murielle, au tiers-lieu, vous aide à "
        "trouver un logement, une école et les bons interlocuteurs pour votre activité.",
        "Mèsi ! Murielle vous rappelle sous une semaine.",
        {
            "Votre nom": "Johan Céleste",
            "Votre adresse e-mail": "johan.celeste@example.org",
            "Votre projet": "Créer ou reprendre une activité",
            "Quand pensez-vous arriver ?": "Dans l’année",
            "Votre message": "Je vis en région parisienne et je veux rentrer à Port-Louis pour ouvrir une "
            "conserverie de poisson. Par où commencer ?",
        },
        {
            "Votre nom": "Laetitia Bordelais",
            "Votre adresse e-mail": "laetitia.b@example.org",
            "Votre projet": "S’installer en famille",
            "Votre message": "Nous arrivons de Martinique avec trois enfants : quelles écoles à Anse-Bertrand ?",
        },
    ),
}
# Each « Être accompagné » message reaches the welcome officer named on the « S’installer » page (fictional).
WELCOME_OFFICERS = {
    "faucogney": "emilie.grandjean@faucogney.example.fr",
    "maurienne": "mathieu.dupraz@maurienne.example.fr",
    "aveyron": "celine.bastide@vallon-aveyron.example.fr",
    "xaintrie": "agnes.chassagne@xaintrie.example.fr",
    "nord-grande-terre": "murielle.calixte@nord-grande-terre.example.fr",
}
WELCOME_FORMS = {slug: replace(form, to_address=WELCOME_OFFICERS[slug]) for slug, form in WELCOME_FORMS.items()}

# Where a pilot's first form does not fit its offers to entrepreneurs, they lead to this one.
VISIT_FORMS = {
    "xaintrie": DemoForm(
        "Visiter un local",
        "visiter-un-local",
        "Un local, un bureau partagé ou un commerce à reprendre vous intéresse ? Dites-nous votre projet et vos "
        "disponibilités : nous organisons la visite avec le propriétaire ou le cédant.",
        "Merci ! La Maison de la Xaintrie vous propose une date de visite sous une semaine.",
        (NAME, EMAIL, PHONE, MESSAGE),
        (
            {
                "Votre nom": "Lucie Faurie",
                "Votre adresse e-mail": "lucie.faurie@example.org",
                "Votre message": "Fleuriste, je cherche une boutique sur les quais pour le printemps.",
            },
        ),
    ),
}


def add_demo_form(home: Page, demo: DemoForm, author) -> ContactFormPage:
    """The form page under the home, published, with its fictional messages spread over the last weeks."""
    page = ContactFormPage(
        title=demo.title,
        slug=demo.slug,
        intro=demo.intro,
        thank_you_text=demo.thank_you,
        to_address=demo.to_address,
        owner=author,
        live=False,
    )
    home.add_child(instance=page)
    for order, spec in enumerate(demo.fields):
        ContactFormField.objects.create(
            page=page,
            sort_order=order,
            label=spec.label,
            field_type=spec.field_type,
            required=spec.required,
            choices=spec.choices,
            help_text=spec.help_text,
        )
    page.save_revision(user=author).publish(user=author)
    names = {field.label: field.clean_name for field in page.form_fields.all()}
    for days_ago, message in enumerate(demo.messages, start=2):
        data = {names[label]: value for label, value in message.items()} | {CONSENT_FIELD: True}
        submission = FormSubmission.objects.create(page=page, form_data=data)
        FormSubmission.objects.filter(pk=submission.pk).update(
            submit_time=timezone.now() - timedelta(days=days_ago * 3)
        )
    return page
