"""The block library: the only home of StreamField blocks in Mètre Carré."""

from .content import CONTENT_BLOCKS, ImageFigureBlock, KeyFigureBlock, KeyFiguresBlock, SectionBlock
from .navigation import FooterColumnBlock, LinkBlock, LinkStructValue, PartnerBlock

__all__ = [
    "CONTENT_BLOCKS",
    "FooterColumnBlock",
    "ImageFigureBlock",
    "KeyFigureBlock",
    "KeyFiguresBlock",
    "LinkBlock",
    "LinkStructValue",
    "PartnerBlock",
    "SectionBlock",
]
