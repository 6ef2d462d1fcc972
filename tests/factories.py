"""Factories for tests and demo data: territories, pages, images and territory staff."""

import functools
import uuid

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Collection, Locale, Page

from brands.core.provisioning import TerritoryRequest, provision_territory
from brands.models import ContentPage, Territory
from contact.models import ContactFormField, ContactFormPage
from home.models import HomePage, PortalPage
from newcomers.models import HubSection, UsefulContact

PASSWORD = "mot-de-passe-de-test"


def make_territory(
    slug: str, name: str | None = None, languages: tuple[str, ...] = ("fr",), starter: bool = False
) -> Territory:
    """A fully provisioned territory served at <slug>.localhost; without the starter pages unless asked, so that
    each test builds the pages it needs."""
    request = TerritoryRequest(
        name=name or slug.replace("-", " ").title(),
        hostname=f"{slug}.localhost",
        slug=slug,
        languages=list(languages),
        starter=starter,
    )
    return provision_territory(request).territory


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"personne{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password(PASSWORD)

    class Meta:
        model = get_user_model()

    @classmethod
    def editor_of(cls, territory: Territory, **kwargs):
        user = cls(**kwargs)
        user.save()
        user.groups.add(territory.editors_group)
        return user

    @classmethod
    def moderator_of(cls, territory: Territory, **kwargs):
        user = cls(**kwargs)
        user.save()
        user.groups.add(territory.moderators_group)
        return user


class SuperuserFactory(UserFactory):
    is_staff = True
    is_superuser = True


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Image {n}")
    collection = factory.LazyFunction(Collection.get_first_root_node)

    @classmethod
    def in_territory(cls, territory: Territory, **kwargs):
        return cls(collection=territory.collection, **kwargs)


class DocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Document {n}")

    @classmethod
    def in_territory(cls, territory: Territory, **kwargs):
        return cls(collection=territory.collection, **kwargs)


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Page de contenu {n}")
    intro = "Une page pour tester."

    class Meta:
        model = ContentPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Accueil {n}")

    class Meta:
        model = HomePage


class PortalPageFactory(wagtail_factories.PageFactory):
    title = "Mètre Carré"

    class Meta:
        model = PortalPage


class ContactFormPageFactory(wagtail_factories.PageFactory):
    """A contact form with a name, an e-mail address and a message, as most territories start with."""

    title = factory.Sequence(lambda n: f"Nous écrire {n}")
    intro = "Posez-nous vos questions."

    class Meta:
        model = ContactFormPage
        skip_postgeneration_save = True

    @factory.post_generation
    def fields(page, create, extracted, **kwargs):
        if not create:
            return
        specs = extracted or [
            ("Votre nom", "singleline", True),
            ("Votre adresse e-mail", "email", True),
            ("Votre message", "multiline", True),
        ]
        for order, (label, field_type, required) in enumerate(specs):
            ContactFormField.objects.create(
                page=page, sort_order=order, label=label, field_type=field_type, required=required
            )


def french_locale():
    return Locale.objects.get(language_code="fr")


class StrengthFactory(factory.django.DjangoModelFactory):
    """A strength of a site, in French: pass `site=territory.site`."""

    title = factory.Sequence(lambda n: f"Atout {n}")
    category = "nature"
    pitch = "Un atout qui compte pour celles et ceux qui s'installent."
    locale = factory.LazyFunction(french_locale)

    class Meta:
        model = "brands.Strength"


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Récits"
    slug = "recits"

    class Meta:
        model = "brands.StoryIndexPage"


class StoryPageFactory(wagtail_factories.PageFactory):
    """A live story; `related_strengths=[...]` and `tags=[...]` are saved with it."""

    title = factory.Sequence(lambda n: f"Récit {n}")
    lead = "Elle a quitté la ville pour reprendre une ferme sur le plateau."

    class Meta:
        model = "brands.StoryPage"
        skip_postgeneration_save = True

    @factory.post_generation
    def related_strengths(self, create, strengths, **kwargs):
        if strengths:
            self.related_strengths.set(strengths)

    @factory.post_generation
    def tags(self, create, tags, **kwargs):
        if tags:
            self.tags.add(*tags)
        if create and (tags or self.related_strengths.all()):
            self.save()


class StrengthsPageFactory(wagtail_factories.PageFactory):
    title = "Nos atouts"
    slug = "nos-atouts"

    class Meta:
        model = "brands.StrengthsPage"


class OpportunityIndexPageFactory(wagtail_factories.PageFactory):
    title = "Entreprendre"
    slug = "entreprendre"
    intro = "Des lieux pour votre projet."

    class Meta:
        model = "opportunities.OpportunityIndexPage"


class OpportunityPageFactory(wagtail_factories.PageFactory):
    """A live offer of premises, available, 120 m², 450 € a month."""

    title = factory.Sequence(lambda n: f"Local {n}")
    kind = "premises"
    summary = "Un local d’activité au cœur du bourg, prêt à accueillir un atelier."
    surface_value = 120
    surface_unit = "m2"
    price_basis = "rent_month"
    price_amount = 450
    commune = "Faucogney-et-la-Mer"

    class Meta:
        model = "opportunities.OpportunityPage"


class NewcomerHubPageFactory(wagtail_factories.PageFactory):
    """A live « S'installer » page; `sections=[(topic, summary), …]` and `contacts=[dict, …]` are saved with it."""

    title = "S’installer"
    slug = "s-installer"
    intro = "Tout pour vous installer chez nous."

    class Meta:
        model = "newcomers.NewcomerHubPage"
        skip_postgeneration_save = True

    @factory.post_generation
    def sections(page, create, extracted, **kwargs):
        if not create:
            return
        for order, (topic, summary) in enumerate(extracted or [("housing", "Des maisons à louer et à acheter.")]):
            HubSection.objects.create(page=page, sort_order=order, topic=topic, summary=summary)

    @factory.post_generation
    def contacts(page, create, extracted, **kwargs):
        if create:
            for order, values in enumerate(extracted or []):
                UsefulContact.objects.create(page=page, sort_order=order, **values)


def published_page(parent: Page, title: str, user) -> Page:
    """A content page published by `user`, with the log entries an editor's publication leaves."""
    page = ContentPageFactory(parent=parent, title=title)
    page.save_revision(user=user, log_action=True).publish(user=user, log_action=True)
    return page


def publish_translation(page: Page, code: str, title: str, **fields) -> Page:
    """Publish the draft translation of a page, as a translator would once done."""
    translated = page.get_translation(Locale.objects.get(language_code=code)).specific
    translated.title = title
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    return translated


# The wrapper of each block type of BODY_BLOCKS, as its template writes it: count them to see what rendered.
BLOCK_WRAPPERS = {
    "hero": 'class="block hero-block',
    "audience_doors": 'class="block doors-block"',
    "section": 'class="block section-block"',
    "key_figures": 'class="block key-figures-block"',
    "strengths_grid": 'class="block strengths-block"',
    "portrait": 'class="block portrait-block',
    "quote": 'class="block quote-block"',
    "image": 'class="block image-block"',
    "gallery": 'class="block gallery-block"',
    "video": 'class="block video-block"',
    "map": 'class="block map-block"',
    "call_to_action": 'class="block cta-block ',
    "faq": 'class="block faq-block"',
    "timeline": 'class="block timeline-block"',
    "partners": 'class="block partners-block"',
    "downloads": 'class="block downloads-block"',
    "latest_stories": 'class="block stories-block"',
}


def image_value(image, alt: str = "Vue du territoire") -> dict:
    """An ImageBlock value as stored: the image id, its text alternative, not decorative."""
    return {"image": image.pk, "alt_text": alt, "decorative": False}


def stream_item(value, block_type: str = "item") -> dict:
    """A StreamField block or ListBlock item as stored, with its own id."""
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def every_block_body(territory: Territory, copies: int = 1) -> list[dict]:
    """A raw page body (as stored) with every block type of BODY_BLOCKS, each `copies` times, except the
    latest stories, which a page holds once (BODY_BLOCK_COUNTS).

    Every optional image, document, page, strength and link is filled, and each copy has its own objects,
    so more copies mean more distinct images, documents, pages and strengths to fetch.
    """
    from brands.models import StoryIndexPage

    root = territory.site.root_page
    story_index = StoryIndexPage.objects.child_of(root).first() or StoryIndexPageFactory(parent=root)
    image = functools.partial(ImageFactory.in_territory, territory)
    document = functools.partial(DocumentFactory.in_territory, territory)
    item = stream_item
    body = []
    for n in range(copies):
        page = ContentPageFactory(parent=root)
        strengths = [
            StrengthFactory(
                site=territory.site,
                image=image(),
                figure_value="98",
                figure_unit="%",
                figure_label="des foyers raccordables",
                figure_source="Arcep",
                figure_year=2024,
            )
            for _k in range(2)
        ]
        story = StoryPageFactory(parent=story_index, hero_image=image(), related_strengths=strengths, tags=["lié"])

        def buttons(page=page) -> list[dict]:
            return [
                item({"label": "", "page": page.pk, "url": ""}),
                item({"label": "Ailleurs", "page": None, "url": "https://example.org/"}),
            ]

        figure = {"value": "12", "unit": "km", "label": "de rivières", "source": "IGN", "year": 2024}
        photo = {"caption": "Légende", "credit": "Photothèque"}
        milestones = [
            {"year": 2019, "date": "2019-05-01", "title": "Une idée", "text": "Au café."},
            {"year": 2024, "date": None, "title": "L'ouverture", "text": ""},
        ]
        body += [
            item(
                {"image": image_value(image()), "title": f"Bandeau {n}", "subtitle": "Bienvenue", "links": buttons()},
                "hero",
            ),
            item(
                {
                    "heading": "Vous êtes…",
                    "doors": [
                        item(
                            {
                                "title": "Vivre ici",
                                "text": "Tout pour s'installer.",
                                "link": link,
                                "image": image_value(image()),
                            }
                        )
                        for link in [
                            {"label": "", "page": page.pk, "url": ""},
                            {"label": "Découvrir", "page": None, "url": "https://example.org/"},
                        ]
                    ],
                },
                "audience_doors",
            ),
            item({"heading": f"Section {n}", "text": "<p>Du texte, <b>gras</b> et <i>italique</i>.</p>"}, "section"),
            item({"heading": "Chiffres", "figures": [item(figure)]}, "key_figures"),
            item({"heading": "Atouts", "strengths": [item(strength.pk) for strength in strengths]}, "strengths_grid"),
            item(
                {
                    "photo": image_value(image()),
                    "name": f"Personne {n}",
                    "role": "menuisière",
                    "quote": "Je suis bien ici.",
                    "story": story.pk,
                },
                "portrait",
            ),
            item({"text": "Une phrase marquante.", "author": "Claire", "source": "boulangère"}, "quote"),
            item({"image": image_value(image()), **photo}, "image"),
            item(
                {"heading": "Galerie", "images": [item({"image": image_value(image()), **photo}) for _k in range(2)]},
                "gallery",
            ),
            item(
                {
                    "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
                    "title": f"Vidéo {n}",
                    "caption": "Légende",
                    "transcript": "Bonjour.",
                },
                "video",
            ),
            item(
                {
                    "title": f"Carte {n}",
                    "address": "2 place de l'Église",
                    "latitude": 45.14,
                    "longitude": 2.09,
                    "zoom": 15,
                },
                "map",
            ),
            item({"heading": f"Agir {n}", "text": "Venez.", "links": buttons(), "style": "calm"}, "call_to_action"),
            item(
                {"heading": "Questions", "items": [item({"question": f"Question {n} ?", "answer": "<p>Oui.</p>"})]},
                "faq",
            ),
            item({"heading": "Histoire", "milestones": [item(milestone) for milestone in milestones]}, "timeline"),
            item(
                {
                    "heading": "Partenaires",
                    "partners": [
                        item({"name": f"Partenaire {n}.{k}", "logo": image().pk, "url": "https://example.org/"})
                        for k in range(2)
                    ],
                },
                "partners",
            ),
            item(
                {
                    "heading": "Documents",
                    "documents": [item({"document": document().pk, "label": label}) for label in ["Le guide", ""]],
                },
                "downloads",
            ),
        ]
    # The stories chosen for the front (the latest stories, without a choice, are test_stories' concern).
    chosen = {"heading": "Récits", "strength": strengths[0].pk, "tag": "lié", "count": 3, "stories": [story.pk]}
    body.append(item(chosen, "latest_stories"))
    return body


class DirectoryEntryFactory(factory.django.DjangoModelFactory):
    """A French entry of a site's directory: pass `site=territory.site`."""

    slug = factory.Sequence(lambda n: f"acteur-{n}")
    name = factory.Sequence(lambda n: f"Acteur {n}")
    category = "commerce"
    commune = "Faucogney-et-la-Mer"
    description = "Une épicerie de village, ses produits locaux et son dépôt de pain."
    locale = factory.LazyFunction(french_locale)

    class Meta:
        model = "directory.DirectoryEntry"


class DirectoryPageFactory(wagtail_factories.PageFactory):
    title = "Annuaire"
    slug = "annuaire"
    intro = "Les acteurs du territoire."

    class Meta:
        model = "directory.DirectoryPage"


class JobIndexPageFactory(wagtail_factories.PageFactory):
    title = "Offres d’emploi"
    slug = "emploi"
    intro = "Les postes ouverts sur le territoire."

    class Meta:
        model = "jobs.JobIndexPage"


class JobPageFactory(wagtail_factories.PageFactory):
    """A live, current job offer: a full-time CDI in Faucogney, applied for by e-mail, expiring in two months."""

    title = factory.Sequence(lambda n: f"Poste {n}")
    employer_name = "Menuiserie des Mille Étangs"
    summary = "Un poste d’artisan dans un atelier qui travaille le bois des Vosges saônoises."
    contract = "cdi"
    commune = "Faucogney-et-la-Mer"
    apply_email = "recrutement@example.org"
    first_published_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = "jobs.JobPage"


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Agenda"
    slug = "agenda"
    intro = "Ce qui se passe près de chez vous."

    class Meta:
        model = "events.EventIndexPage"


class EventPageFactory(wagtail_factories.PageFactory):
    """A live market next week, 08:00 to 12:00, free; pass `recurrence=…` and its fields for a repeating one."""

    title = factory.Sequence(lambda n: f"Évènement {n}")
    category = "market"
    summary = "Producteurs et artisans du pays, sous la halle."
    start_date = factory.Faker("date_between", start_date="+7d", end_date="+7d")
    start_time = "08:00"
    end_time = "12:00"
    place_name = "Sous la halle"
    commune = "Faucogney-et-la-Mer"
    is_free = True

    class Meta:
        model = "events.EventPage"
