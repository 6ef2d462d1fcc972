"""Each pilot's first form, in the spirit of its project, with a few fictional messages for its staff.

The messages are invented (people, addresses and projects): they show the territory's staff what the
submissions listing looks like. Their e-mail addresses use example.org, which reaches nobody.
"""

from dataclasses import dataclass, field
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


DEMO_FORMS = {
    "faucogney": DemoForm(
        "Reprendre un commerce",
        "reprendre-un-commerce",
        "La boulangerie du bourg et la quincaillerie cherchent repreneurs. Dites-nous votre projet : la mairie et "
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


def add_demo_form(home: Page, demo: DemoForm, author) -> ContactFormPage:
    """The form page under the home, published, with its fictional messages spread over the last weeks."""
    page = ContactFormPage(
        title=demo.title, slug=demo.slug, intro=demo.intro, thank_you_text=demo.thank_you, owner=author, live=False
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
