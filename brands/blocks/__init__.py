"""The block library: the only home of StreamField blocks in Mètre Carré.

primitives (links, buttons, shared fields), navigation (site chrome), text, story, media, embeds
(click-to-load video and map), engagement (calls to action, downloads, partners), agenda (the next
events), and body, which names the collections page models use.
"""

from .agenda import UpcomingEventsBlock
from .body import BODY_BLOCK_COUNTS, BODY_BLOCKS, HOME_BLOCK_COUNTS, HOME_BLOCKS, MEDIA_BLOCK_COUNTS, MEDIA_BLOCKS
from .embeds import MapBlock, VideoBlock, parse_video_url
from .engagement import CallToActionBlock, DownloadBlock, DownloadsBlock, PartnersBlock, human_size
from .media import CaptionedImageBlock, GalleryBlock, ImageFigureBlock
from .navigation import FooterColumnBlock, PartnerBlock
from .primitives import RICH_TEXT_FEATURES, ButtonLinkBlock, LinkBlock, LinkStructValue
from .story import (
    AudienceDoorBlock,
    AudienceDoorsBlock,
    HeroBlock,
    KeyFigureBlock,
    KeyFiguresBlock,
    LatestStoriesBlock,
    PortraitBlock,
    StrengthsGridBlock,
)
from .text import FaqBlock, FaqItemBlock, MilestoneBlock, QuoteBlock, SectionBlock, TimelineBlock

__all__ = [
    "AudienceDoorBlock",
    "AudienceDoorsBlock",
    "CaptionedImageBlock",
    "BODY_BLOCKS",
    "BODY_BLOCK_COUNTS",
    "HOME_BLOCKS",
    "HOME_BLOCK_COUNTS",
    "MEDIA_BLOCKS",
    "MEDIA_BLOCK_COUNTS",
    "RICH_TEXT_FEATURES",
    "ButtonLinkBlock",
    "CallToActionBlock",
    "DownloadBlock",
    "DownloadsBlock",
    "FaqBlock",
    "FaqItemBlock",
    "FooterColumnBlock",
    "GalleryBlock",
    "HeroBlock",
    "ImageFigureBlock",
    "KeyFigureBlock",
    "KeyFiguresBlock",
    "LatestStoriesBlock",
    "LinkBlock",
    "LinkStructValue",
    "MapBlock",
    "MilestoneBlock",
    "PartnerBlock",
    "PartnersBlock",
    "PortraitBlock",
    "QuoteBlock",
    "SectionBlock",
    "StrengthsGridBlock",
    "TimelineBlock",
    "UpcomingEventsBlock",
    "VideoBlock",
    "human_size",
    "parse_video_url",
]
