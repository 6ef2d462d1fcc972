"""What each pilot offers those who come: its « Entreprendre » offers and its « S’installer » page, one module each.

Each module defines `OPPORTUNITIES` (the offers to entrepreneurs) and `HUB` (the steps of settling in, the
useful contacts and the welcome officer). People, services, addresses and numbers are fictional: each
page's admin note says so, never the page itself.
"""

from . import aveyron, faucogney, maurienne, nord_grande_terre, xaintrie

__all__ = ["aveyron", "faucogney", "maurienne", "nord_grande_terre", "xaintrie"]
