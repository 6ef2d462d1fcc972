"""Keeping the stored end of each offer in step with its territory's clock.

`JobPage.expires_at` is computed from the expiry date and the territory's time zone when the offer is
saved; when a territory's brand settings are saved (perhaps with another zone), its offers' instants are computed
again (connected in jobs/apps.py).
"""

from brands.core.site_scope import in_trees
from brands.core.time_zones import zone
from brands.models import BrandSettings

from .expiry import end_of_day
from .models import JobPage


def refresh_expiry_instants(sender, instance: BrandSettings, **kwargs) -> None:
    """Recompute the end of every offer of the settings' site on the site's (possibly new) clock."""
    roots = instance.site.root_page.get_translations(inclusive=True).values_list("path", flat=True)
    offers = JobPage.objects.filter(in_trees(roots))
    clock = zone(instance.time_zone)
    for day in set(offers.values_list("expiry_date", flat=True)):
        offers.filter(expiry_date=day).update(expires_at=end_of_day(day, clock))
