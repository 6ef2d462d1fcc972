"""Numbers as a French reader expects them on every domain's pages: « 45 000 », « 350,50 »."""

from decimal import Decimal

from django.utils.formats import number_format


def amount(value: Decimal | int | float) -> str:
    """Grouped by thousands with no-break spaces, and no decimals when there are none."""
    value = Decimal(value)
    places = 0 if value == value.to_integral_value() else max(0, -value.normalize().as_tuple().exponent)
    return number_format(value, places, use_l10n=True, force_grouping=True).replace(" ", "\u00a0")
