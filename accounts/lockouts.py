"""The lockouts django-axes holds right now, read from its failed attempts, and how to lift one.

Axes keeps one row per (account, address, browser) with its failure count and the time of the latest
failure; it locks a request when the failures of its account, or of its address, within the cool-off
add up to the limit (AXES_LOCKOUT_PARAMETERS). This module answers the questions axes does not: which
accounts and addresses are locked, since when, and until when.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from axes.helpers import get_cool_off, get_failure_limit, get_lockout_parameters
from axes.models import AccessAttempt
from axes.utils import reset
from django.db.models import Q, QuerySet
from django.utils import timezone

FIELDS = ("username", "ip_address")


@dataclass(frozen=True)
class Lockout:
    """An account, an address, or both together, refused until `until`."""

    criteria: dict[str, str]  # what is locked: {"username": …} and/or {"ip_address": …}
    usernames: list[str]  # the accounts tried (from the locked address, or the locked account itself)
    addresses: list[str]
    failures: int
    since: datetime
    until: datetime

    def matches(self, username: str | None, ip_address: str | None) -> bool:
        given = {"username": username, "ip_address": ip_address}
        return all(given[field] == value for field, value in self.criteria.items())


def lockout_fields() -> list[tuple[str, ...]]:
    """The configured parameters as field tuples: "ip_address" → ("ip_address",)."""
    return [
        (parameter,) if isinstance(parameter, str) else tuple(parameter) for parameter in get_lockout_parameters(None)
    ]


def lockout_of(criteria: dict[str, str], rows: list[AccessAttempt], limit: int, cool_off: timedelta) -> Lockout | None:
    """The lockout the rows (one group, latest first) make, if their failures reach the limit.

    A group is locked while the failures still inside the cool-off add up to the limit: until the
    failure that brought the sum to the limit, counting from the latest, leaves the cool-off.
    """
    total = 0
    for row in rows:
        total += row.failures_since_start
        if total >= limit:
            return Lockout(
                criteria=criteria,
                usernames=sorted({r.username for r in rows if r.username}),
                addresses=sorted({r.ip_address for r in rows if r.ip_address}),
                failures=sum(r.failures_since_start for r in rows),
                since=rows[0].attempt_time,
                until=row.attempt_time + cool_off,
            )
    return None


def current_lockouts(attempts: QuerySet | None = None) -> list[Lockout]:
    """Every lockout in force, the longest first; `attempts` narrows the rows read."""
    cool_off = get_cool_off()
    limit = get_failure_limit(None, None)
    rows = (attempts if attempts is not None else AccessAttempt.objects.all()).filter(
        attempt_time__gte=timezone.now() - cool_off
    )
    rows = list(rows.order_by("-attempt_time"))
    lockouts = []
    for fields in lockout_fields():
        groups: dict[tuple, list[AccessAttempt]] = {}
        for row in rows:
            key = tuple(getattr(row, field) for field in fields)
            if all(key):
                groups.setdefault(key, []).append(row)
        for key, group in groups.items():
            if lockout := lockout_of(dict(zip(fields, key, strict=True)), group, limit, cool_off):
                lockouts.append(lockout)
    return sorted(lockouts, key=lambda lockout: lockout.until, reverse=True)


def unlock_time(username: str | None, ip_address: str | None) -> datetime:
    """When this account at this address may try again: the end of the longest lockout that holds it."""
    attempts = AccessAttempt.objects.filter(Q(username=username) | Q(ip_address=ip_address))
    ends = [lockout.until for lockout in current_lockouts(attempts) if lockout.matches(username, ip_address)]
    return max(ends, default=timezone.now() + get_cool_off())


def lift(criteria: dict[str, str]) -> int:
    """Forget the failures that make this lockout; how many rows went (none for empty criteria, which
    axes would read as "everything")."""
    if not any(criteria.get(field) for field in FIELDS):
        return 0
    return reset(ip=criteria.get("ip_address") or None, username=criteria.get("username") or None)
