"""An import plan as an editor reads it, in French: the counts, each entry created or changed field by field
(« téléphone : 04 79 … → 04 79 … »), and what is left alone. The command prints `report_lines`; the admin's
preview lays out the same `describe` values."""

from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from directory import hours
from directory.choices import DirectoryCategory, DirectoryLabel
from directory.models import DirectoryEntry

from .planning import Change, Plan, PlannedEntry

SHOWN_CHARACTERS = 80


def field_label(name: str) -> str:
    return str(DirectoryEntry._meta.get_field(name).verbose_name)


def describe(name: str, value: object) -> str:
    """A value as the editor typed it or reads it in the admin, shortened when long."""
    if value in (None, "", []):
        return _("(vide)")
    if name == "category":
        return str(DirectoryCategory(value).label) if value in DirectoryCategory.values else str(value)
    if name == "labels":
        return ", ".join(str(DirectoryLabel(label).label) for label in value if label in DirectoryLabel.values)
    if name == "opening_hours":
        return " ; ".join(f"{days} : {text}" for days, text in hours.summary(value))
    return Truncator(" ".join(str(value).split())).chars(SHOWN_CHARACTERS)


def change_line(change: Change) -> str:
    return f"{field_label(change.field)} : {describe(change.field, change.before)} → {describe(change.field, change.after)}"


def entry_line(item: PlannedEntry) -> str:
    entry = item.entry
    return _("%(key)s — %(name)s (%(category)s, %(commune)s), ligne %(line)s") % {
        "key": entry.slug,
        "name": entry.name,
        "category": describe("category", entry.category),
        "commune": entry.commune,
        "line": item.line,
    }


def counts(plan: Plan, applied: bool) -> str:
    """« 2 fiches créées, 1 fiche modifiée, 3 inchangées » (or « à créer », « à modifier » before applying)."""
    created, updated, unchanged = len(plan.created), len(plan.updated), len(plan.unchanged)
    if applied:
        parts = [
            ngettext("%(count)s fiche créée", "%(count)s fiches créées", created) % {"count": created},
            ngettext("%(count)s fiche modifiée", "%(count)s fiches modifiées", updated) % {"count": updated},
        ]
    else:
        parts = [
            ngettext("%(count)s fiche à créer", "%(count)s fiches à créer", created) % {"count": created},
            ngettext("%(count)s fiche à modifier", "%(count)s fiches à modifier", updated) % {"count": updated},
        ]
    parts.append(ngettext("%(count)s inchangée", "%(count)s inchangées", unchanged) % {"count": unchanged})
    if absent := len(plan.absent):
        parts.append(
            ngettext(
                "%(count)s absente du fichier et laissée telle quelle",
                "%(count)s absentes du fichier et laissées telles quelles",
                absent,
            )
            % {"count": absent}
        )
    return ", ".join(parts)


def report_lines(plan: Plan, applied: bool) -> list[str]:
    """The whole plan, line by line, for the command's output."""
    lines = []
    sections = [
        (_("Créées") if applied else _("À créer"), "+", plan.created),
        (_("Modifiées") if applied else _("À modifier"), "~", plan.updated),
        (_("Inchangées"), "=", plan.unchanged),
    ]
    for title, mark, items in sections:
        if not items:
            continue
        lines.append(f"{title} ({len(items)}) :")
        for item in items:
            lines.append(f"  {mark} {entry_line(item)}")
            lines += [f"      {change_line(change)}" for change in item.changes]
    if plan.absent:
        lines.append(_("Absentes du fichier, laissées telles quelles (%(count)s) :") % {"count": len(plan.absent)})
        lines += [f"  · {entry.slug} — {entry.name}" for entry in plan.absent]
    if applied:
        lines.append(_("Import appliqué : %(counts)s.") % {"counts": counts(plan, applied)})
    else:
        lines.append(_("Simulation, rien n’a été écrit : %(counts)s.") % {"counts": counts(plan, applied)})
    return lines
