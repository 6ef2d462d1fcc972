"""Create a territory's « S'installer » page (the `newcomers` app) from the demo content: its steps, useful
contacts and welcome officer, with the form that reaches that officer.

Steps and contacts go through the checks an editor meets: one step per topic, each step's blocks cleaned by
its stream block, each contact reachable one way at least. The loader publishes the page this returns.
"""

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from wagtail.models import Page

from contact.models import ContactFormPage
from newcomers.models import HubSection, NewcomerHubPage, UsefulContact

from .schema import NewcomerHubContent
from .streams import References, stream

# The page and its locale are set when the page is saved; they are not the demo's to check.
SET_ON_SAVE = ["page", "locale", "translation_key"]


def sections(content: NewcomerHubContent, refs: References) -> list[HubSection]:
    topics = [step.topic for step in content.steps]
    if repeated := sorted({topic for topic in topics if topics.count(topic) > 1}):
        raise ValidationError(f"Une seule section par étape : {repeated} revient plusieurs fois.")
    body_block = HubSection._meta.get_field("body").stream_block
    return [
        HubSection(
            sort_order=order,
            topic=step.topic,
            heading=step.heading,
            summary=step.summary,
            body=stream(body_block, step.body, refs),
        )
        for order, step in enumerate(content.steps)
    ]


def contacts(content: NewcomerHubContent) -> list[UsefulContact]:
    return [
        UsefulContact(
            sort_order=order,
            topic=contact.topic,
            name=contact.name,
            role=contact.role,
            address=contact.address,
            phone=contact.phone,
            email=contact.email,
            website=contact.website,
            hours=contact.hours,
        )
        for order, contact in enumerate(content.contacts)
    ]


def add_newcomer_hub(
    home: Page,
    content: NewcomerHubContent,
    refs: References,
    author: AbstractBaseUser,
    welcome_form: ContactFormPage | None,
) -> NewcomerHubPage:
    """The « S'installer » page under the home, with its steps and contacts, checked and ready to publish."""
    hub = NewcomerHubPage(
        title=content.title,
        slug=content.slug,
        intro=content.intro,
        hero_image=refs.images[content.hero] if content.hero else None,
        welcome_form=welcome_form,
        welcome_officer=content.welcome_officer,
        welcome_text=content.welcome_text,
        search_description=content.search_description,
        owner=author,
        live=False,
    )
    hub.sections = sections(content, refs)
    hub.contacts = contacts(content)
    for child in [*hub.sections.all(), *hub.contacts.all()]:
        child.full_clean(exclude=SET_ON_SAVE)
    home.add_child(instance=hub)
    hub.full_clean()
    refs.pages[content] = hub
    return hub
