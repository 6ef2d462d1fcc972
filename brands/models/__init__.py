"""Brand models, one concern per module."""

from .legal import AccessibilityStatementPage, ComplianceStatus, LegalKind, LegalPage
from .navigation import Navigation, navigation_for
from .pages import ContentPage, StrengthsPage
from .settings import BrandSettings
from .stories import StoryIndexPage, StoryKind, StoryPage, StoryPageTag
from .strengths import Strength, StrengthCategory
from .territory import Territory

__all__ = [
    "AccessibilityStatementPage",
    "ComplianceStatus",
    "LegalKind",
    "LegalPage",
    "BrandSettings",
    "ContentPage",
    "Navigation",
    "StoryIndexPage",
    "StoryKind",
    "StoryPage",
    "StoryPageTag",
    "Strength",
    "StrengthCategory",
    "StrengthsPage",
    "Territory",
    "navigation_for",
]
