"""The shape of the directory's demo content: a page and its actors."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class EntryContent:
    """One local actor; `hours` maps days or spans (« lundi-vendredi ») to what an editor would type."""

    slug: str
    name: str
    category: str
    commune: str
    address: str
    latitude: float | None
    longitude: float | None
    phone: str
    description: str
    labels: tuple[str, ...] = ()
    website: str = ""
    email: str = ""
    hours: dict[str, str] = field(default_factory=dict)
    hours_note: str = ""


@dataclass(frozen=True)
class DirectoryContent:
    entries: tuple[EntryContent, ...]
    title: str = "Annuaire"
    slug: str = "annuaire"
    intro: str = ""
