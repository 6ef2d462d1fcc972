"""The "Nos atouts" summary: strengths grouped by category, and the geometry of their bar chart.

The chart is drawn server-side as inline SVG by `components/strengths_chart.html` (no JavaScript);
its colours come from the territory's CSS custom properties (pages.css), and a visible table next to
it gives the same numbers as text.
"""

from dataclasses import dataclass, field

from django.db.models import Model
from django.utils.translation import ngettext

CHART_WIDTH = 400
ROW_HEIGHT = 44
BAR_TOP = 20  # below the category's label, inside its row
BAR_HEIGHT = 16
BAR_MAX_WIDTH = 340  # leaves room for the count after the longest bar


@dataclass
class CategoryGroup:
    key: str
    label: str
    strengths: list[Model] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.strengths)


def category_groups(strengths: list[Model], categories: list[tuple[str, str]]) -> list[CategoryGroup]:
    """The categories (`StrengthCategory.choices`) that hold at least one strength, in their order, strengths in theirs."""
    groups = {key: CategoryGroup(key, str(label)) for key, label in categories}
    for strength in strengths:
        groups[strength.category].strengths.append(strength)
    return [group for group in groups.values() if group.strengths]


def strengths_chart(groups: list[CategoryGroup]) -> dict | None:
    """Everything the SVG template needs: its size, a description, and one positioned bar per category.

    None when the chart would say nothing: fewer than two categories, or as many strengths in each (six bars
    of the same length are no information).
    """
    if len({group.count for group in groups}) < 2:
        return None
    largest = max((group.count for group in groups), default=0)
    bars = []
    for row, group in enumerate(groups):
        top = row * ROW_HEIGHT
        width = round(BAR_MAX_WIDTH * group.count / largest) if largest else 0
        bars.append(
            {
                "label": group.label,
                "count": group.count,
                "label_y": top + BAR_TOP - 6,
                "bar_y": top + BAR_TOP,
                "bar_width": max(width, 2),
                "count_x": max(width, 2) + 6,
                "count_y": top + BAR_TOP + BAR_HEIGHT - 3,
            }
        )
    total = sum(group.count for group in groups)
    description = ngettext(
        "%(total)d atout réparti en %(categories)d catégorie : %(details)s.",
        "%(total)d atouts répartis en %(categories)d catégories : %(details)s.",
        total,
    ) % {
        "total": total,
        "categories": len(groups),
        "details": ", ".join(f"{group.label} {group.count}" for group in groups),
    }
    return {
        "width": CHART_WIDTH,
        "height": len(groups) * ROW_HEIGHT,
        "bar_height": BAR_HEIGHT,
        "bars": bars,
        "description": description,
    }
