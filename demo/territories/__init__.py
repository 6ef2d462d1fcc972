"""The five pilot territories, one module each."""

from .aveyron import AVEYRON
from .faucogney import FAUCOGNEY
from .maurienne import MAURIENNE
from .nord_grande_terre import NORD_GRANDE_TERRE
from .xaintrie import XAINTRIE

__all__ = ["AVEYRON", "FAUCOGNEY", "MAURIENNE", "NORD_GRANDE_TERRE", "XAINTRIE"]
