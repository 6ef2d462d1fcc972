"""Create a territory's strengths, its « Nos atouts » page, its story index and its stories.

Pages are first added without a body, so that bodies can point at any page of the site (a portrait at
a story, a story at a content page); `write_story` then fills and validates each story's body.
"""

from django.contrib.auth.base_user import AbstractBaseUser
from django.utils.text import slugify
from wagtail.models import Page, Site

from brands.models import StoryIndexPage, StoryPage, Strength, StrengthsPage

from .schema import StoryContent, Storytelling
from .streams import References, stream


def create_strengths(site: Site, home: Page, storytelling: Storytelling, refs: References) -> None:
    """The site's strengths, in the home page's language, each with its image in the site's collection."""
    for order, content in enumerate(storytelling.strengths):
        figure = content.figure
        strength = Strength(
            site=site,
            locale=home.locale,
            title=content.title,
            category=content.category,
            pitch=content.pitch,
            figure_value=figure.value,
            figure_unit=figure.unit,
            figure_label=figure.label,
            figure_source=figure.source,
            figure_year=figure.year,
            image=refs.images[content.artwork],
            sort_order=order,
        )
        strength.full_clean()
        strength.save()
        refs.strengths[content] = strength


def add_storytelling_pages(home: Page, storytelling: Storytelling, refs: References, author: AbstractBaseUser) -> None:
    """Add the strengths page, the story index and the stories (still without bodies) under the home page."""
    for content, page_class in ((storytelling.strengths_page, StrengthsPage), (storytelling.index, StoryIndexPage)):
        page = page_class(
            title=content.title,
            slug=content.slug,
            intro=content.intro,
            search_description=content.search_description,
            owner=author,
            live=False,
        )
        home.add_child(instance=page)
        refs.pages[content] = page
    index = refs.pages[storytelling.index]
    for story in storytelling.stories:
        page = StoryPage(
            title=story.title,
            slug=story.slug or slugify(story.title.replace("’", " ")),
            kind=story.kind,
            lead=story.lead,
            author=story.author,
            date_published=story.published,
            hero_image=refs.images[story.hero],
            search_description=story.search_description or story.lead[:250],
            owner=author,
            live=False,
        )
        index.add_child(instance=page)
        refs.pages[story] = page


def write_story(page: StoryPage, story: StoryContent, refs: References) -> None:
    """Fill a story's body, strengths and tags, ready to be published."""
    page.body = stream(page.body.stream_block, story.body, refs)
    page.related_strengths.set([refs.strengths[strength] for strength in story.strengths])
    page.tags.set(list(story.tags))
