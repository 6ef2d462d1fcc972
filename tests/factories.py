"""Factories for tests and demo data: territories, pages, images and territory staff."""

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from wagtail.models import Collection

from brands.models import ContentPage, Territory
from brands.provisioning import TerritoryRequest, provision_territory
from home.models import HomePage, PortalPage

PASSWORD = "mot-de-passe-de-test"


def make_territory(slug: str, name: str | None = None, languages: tuple[str, ...] = ("fr",)) -> Territory:
    """A fully provisioned territory served at <slug>.localhost."""
    request = TerritoryRequest(
        name=name or slug.replace("-", " ").title(), hostname=f"{slug}.localhost", slug=slug, languages=list(languages)
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


def french_locale():
    from wagtail.models import Locale

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
