"""Strengths and stories of the five pilot territories (issue 3, storytelling), one module each."""

from .aveyron import AVEYRON
from .faucogney import FAUCOGNEY
from .maurienne import MAURIENNE
from .nord_grande_terre import NORD_GRANDE_TERRE
from .xaintrie import XAINTRIE

__all__ = ["AVEYRON", "FAUCOGNEY", "MAURIENNE", "NORD_GRANDE_TERRE", "XAINTRIE"]
