"""Demo data for Mètre Carré: the network portal and the five pilot territories, drawn and written here."""

from .loader import DemoSummary, load_demo

__all__ = ["DemoSummary", "load_demo"]
