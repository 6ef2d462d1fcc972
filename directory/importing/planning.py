"""Validating an import against the site's entries and planning it: what it creates, updates and leaves alone.

A plan is computed without writing anything (the dry run, the admin's preview); `apply_plan` writes exactly
that plan, in one transaction. Every row is validated by the model's own `full_clean()` on an unsaved
instance, so that the admin's rules and the import's are the same. Entries are matched by their key: the
site, the French locale and the slug (the file's `cle`).
"""

import hashlib
import json
from dataclasses import dataclass, field

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale, Site

from directory.models import IMPORT_FIELDS, DirectoryEntry

from .reading import ImportRefused, Problem, read_rows
from .values import column_of, row_values

UNORDERED = {"labels"}  # the same labels in another order are no change


@dataclass(frozen=True)
class Change:
    """One field an import changes on an existing entry, with its value before and after."""

    field: str
    before: object
    after: object


@dataclass
class PlannedEntry:
    """A row of the file and the entry it creates or changes, still unsaved."""

    line: int
    entry: DirectoryEntry
    changes: list[Change] = field(default_factory=list)


@dataclass
class Plan:
    """What an import would do to one site's French entries; nothing in it is written yet."""

    site: Site
    created: list[PlannedEntry] = field(default_factory=list)
    updated: list[PlannedEntry] = field(default_factory=list)
    unchanged: list[PlannedEntry] = field(default_factory=list)
    absent: list[DirectoryEntry] = field(default_factory=list)  # entries the file does not name: left alone

    @property
    def fingerprint(self) -> str:
        """Changes as soon as the plan would do something else, or an entry it names was edited meanwhile."""
        state = {
            "created": [(item.entry.slug, item.entry.import_values()) for item in self.created],
            "updated": [
                (item.entry.slug, [(c.field, c.before, c.after) for c in item.changes]) for item in self.updated
            ],
            "matched": [
                (item.entry.pk, item.entry.updated_at.isoformat()) for item in [*self.updated, *self.unchanged]
            ],
        }
        return hashlib.sha256(json.dumps(state, sort_keys=True, default=str).encode()).hexdigest()


def french_locale() -> Locale:
    return Locale.get_default()


def length_problems(entry: DirectoryEntry, fields: list[str], line: int) -> dict[str, Problem]:
    """Texts longer than their field allows; Django checks no `max_length` of a TextField at validation."""
    problems = {}
    for name in fields:
        limit = DirectoryEntry._meta.get_field(name).max_length
        value = getattr(entry, name)
        if limit and isinstance(value, str) and len(value) > limit:
            message = _("%(count)s caractères, %(limit)s au plus : raccourcissez le texte") % {
                "count": len(value),
                "limit": limit,
            }
            problems[name] = Problem(line, message, column_of(name))
    return problems


def model_problems(entry: DirectoryEntry, fields: list[str], line: int, skip: set[str]) -> list[Problem]:
    """What the model's own validation refuses, reported under the file's columns."""
    too_long = length_problems(entry, fields, line)
    skip = skip | set(too_long)
    problems = list(too_long.values())
    try:
        entry.full_clean(exclude=skip)
    except ValidationError as error:
        for name, messages in error.message_dict.items():
            if name in skip:
                continue  # already reported in the file's terms
            column = "" if name == NON_FIELD_ERRORS else column_of(name)
            problems += [Problem(line, message, column) for message in messages]
    return problems


def changes(before: dict, values: dict) -> list[Change]:
    found = []
    for name, after in values.items():
        if name in UNORDERED and set(before[name] or []) == set(after):
            continue
        if before[name] != after:
            found.append(Change(name, before[name], after))
    return found


def plan_import(site: Site, content: bytes) -> Plan:
    """The plan of an import of `content` into the site's French entries; `ImportRefused` lists every problem."""
    _columns, rows = read_rows(content)
    locale = french_locale()
    existing = {entry.slug: entry for entry in DirectoryEntry.objects.filter(site=site, locale=locale)}
    plan = Plan(site)
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for row in rows:
        values, row_problems = row_values(row)
        skip = {name for name in IMPORT_FIELDS if name not in values}
        key = values.get("slug")
        entry = None
        if key in seen:
            message = _("la clé « %(key)s » est déjà celle de la ligne %(line)s") % {"key": key, "line": seen[key]}
            row_problems.append(Problem(row.line, message, "cle"))
            skip.add("slug")
        elif key:
            seen[key] = row.line
            entry = existing.get(key)
        before = entry.import_values() if entry else None
        entry = entry or DirectoryEntry(site=site, locale=locale)
        for name, value in values.items():
            setattr(entry, name, value)
        row_problems += model_problems(entry, list(values), row.line, skip)
        if row_problems:
            problems += row_problems
        elif before is None:
            plan.created.append(PlannedEntry(row.line, entry))
        else:
            found = changes(before, values)
            (plan.updated if found else plan.unchanged).append(PlannedEntry(row.line, entry, found))
    if problems:
        raise ImportRefused(problems)
    plan.absent = [entry for key, entry in existing.items() if key not in seen]
    return plan


def apply_plan(plan: Plan) -> None:
    """Write the plan, all of it or nothing, through the ORM so that saving signals (search indexing) fire."""
    with transaction.atomic():
        for item in plan.created:
            item.entry.save()
        for item in plan.updated:
            item.entry.save(update_fields=[change.field for change in item.changes] + ["updated_at"])


def import_file(site: Site, content: bytes, commit: bool = False, expected: str = "") -> Plan:
    """Plan an import and, with `commit`, apply it in the same transaction; with `expected`, only if the plan's
    fingerprint is still the one that was shown (`PlanChanged` otherwise)."""
    with transaction.atomic():
        plan = plan_import(site, content)
        if expected and plan.fingerprint != expected:
            raise PlanChanged
        if commit:
            apply_plan(plan)
    return plan


class PlanChanged(Exception):
    """The entries changed between the preview and the confirmation: the plan shown is not the one to apply."""
