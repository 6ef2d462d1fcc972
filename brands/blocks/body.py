"""Named block collections: page bodies combine these lists instead of repeating blocks."""

from .agenda import UpcomingEventsBlock
from .embeds import MapBlock, VideoBlock
from .engagement import CallToActionBlock, DownloadsBlock, PartnersBlock
from .media import GalleryBlock, ImageFigureBlock
from .story import (
    AudienceDoorsBlock,
    HeroBlock,
    KeyFiguresBlock,
    LatestStoriesBlock,
    PortraitBlock,
    StrengthsGridBlock,
)
from .text import FaqBlock, QuoteBlock, SectionBlock, TimelineBlock

# Every page body offers the whole library, in the order of the block picker.
BODY_BLOCKS = [
    ("hero", HeroBlock()),
    ("audience_doors", AudienceDoorsBlock()),
    ("section", SectionBlock()),
    ("key_figures", KeyFiguresBlock()),
    ("strengths_grid", StrengthsGridBlock()),
    ("portrait", PortraitBlock()),
    ("quote", QuoteBlock()),
    ("image", ImageFigureBlock()),
    ("gallery", GalleryBlock()),
    ("video", VideoBlock()),
    ("map", MapBlock()),
    ("call_to_action", CallToActionBlock()),
    ("faq", FaqBlock()),
    ("timeline", TimelineBlock()),
    ("partners", PartnersBlock()),
    ("downloads", DownloadsBlock()),
    ("latest_stories", LatestStoriesBlock()),
]

# One list of the latest stories per page: each is a listing query of its own, and two would show the
# same stories twice.
BODY_BLOCK_COUNTS = {"latest_stories": {"max_num": 1}}

# A territory's home offers the library and the next events of its agenda, once.
HOME_BLOCKS = [*BODY_BLOCKS, ("upcoming_events", UpcomingEventsBlock())]
HOME_BLOCK_COUNTS = {**BODY_BLOCK_COUNTS, "upcoming_events": {"max_num": 1}}

# What a page shows of a place besides its text: photos and plans, a video, documents to download.
MEDIA_BLOCKS = [
    ("gallery", GalleryBlock()),
    ("image", ImageFigureBlock()),
    ("video", VideoBlock()),
    ("downloads", DownloadsBlock()),
]
MEDIA_BLOCK_COUNTS = {"gallery": {"max_num": 2}, "downloads": {"max_num": 1}}
