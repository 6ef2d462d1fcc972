"""Brand models, one concern per module."""

from .navigation import NavigationSettings
from .pages import ContentPage
from .settings import BrandSettings
from .territory import Territory

__all__ = ["BrandSettings", "ContentPage", "NavigationSettings", "Territory"]
