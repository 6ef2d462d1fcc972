"""`make bench-scale`: does a territory stay as fast when hundreds of others share the installation?

Measured on the demo's Maurienne first (five territories), then again after adding `territories` territories
of `pages` published pages each, provisioned as the wizard does (site, groups, collection, workflow, starter
pages): the home's render time (median of warm renders, the page cache off) and queries, and for Maurienne's
editor the page explorer of its home and the dashboard. Each must stay within 10 % of its time, with the same
number of queries; the command fails otherwise.

Each side is measured in a fresh process (`manage.py bench --measure-scale`), as a web worker serves pages:
the process that has just provisioned 500 territories carries what that left in its memory and its cache
(measured in it, Maurienne's home took +27 %; in fresh processes, the same two databases differ by under 10 %).
"""

import json
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

from brands.core.provisioning import TerritoryRequest, provision_territory
from brands.models import ContentPage, Territory

RENDERS = 30
TOLERANCE = 0.10
HOST = "maurienne.localhost"
EDITOR = "editeur-maurienne"


@dataclass(frozen=True)
class Measure:
    label: str
    median_ms: float
    queries: int


def measure(client: Client, label: str, path: str, host: str = HOST) -> Measure:
    client.get(path, HTTP_HOST=host)
    client.get(path, HTTP_HOST=host)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, HTTP_HOST=host)
    count = len(queries)  # now: the next request empties Django's log, which the context only slices
    if response.status_code != 200:
        raise RuntimeError(f"{host}{path} répond {response.status_code}")
    timings = []
    for _ in range(RENDERS):
        start = time.perf_counter()
        client.get(path, HTTP_HOST=host)
        timings.append((time.perf_counter() - start) * 1000)
    return Measure(label, statistics.median(timings), count)


def measure_all() -> list[Measure]:
    visitor, editor = Client(), Client()
    editor.force_login(get_user_model().objects.get(username=EDITOR))
    home = Territory.objects.select_related("site").get(site__hostname=HOST).site.root_page_id
    with override_settings(PAGE_CACHE_SECONDS=0, ALLOWED_HOSTS=["*"]):
        return [
            measure(visitor, "Accueil de la Maurienne (visiteur)", "/"),
            measure(editor, "Explorateur des pages de la Maurienne (éditeur)", f"/admin/pages/{home}/"),
            measure(editor, "Tableau de bord (éditeur de la Maurienne)", "/admin/"),
        ]


def print_measures(out) -> None:
    """`manage.py bench --measure-scale`: this database's measures, one JSON object per line."""
    for measure_ in measure_all():
        out(json.dumps(asdict(measure_)))


def measure_in_fresh_process() -> list[Measure]:
    """The measures of `measure_all`, taken by a new process on this database (the same settings)."""
    command = [sys.executable, "manage.py", "bench", "--measure-scale"]
    done = subprocess.run(command, cwd=settings.BASE_DIR, check=True, capture_output=True, text=True)
    return [Measure(**json.loads(line)) for line in done.stdout.splitlines() if line.startswith("{")]


def add_territories(territories: int, pages: int, out) -> None:
    start = time.monotonic()
    for number in range(1, territories + 1):
        with transaction.atomic():
            slug = f"echelle-{number:04d}"
            request = TerritoryRequest(name=f"Territoire {number}", hostname=f"{slug}.localhost", slug=slug)
            home = provision_territory(request).territory.site.root_page
            for page_number in range(1, pages + 1):
                page = ContentPage(title=f"Page {page_number}", slug=f"page-{page_number}", intro="Une page.")
                home.add_child(instance=page)
                page.save_revision().publish()
        if number % 50 == 0:
            out(f"{number} territoires ajoutés en {time.monotonic() - start:.0f} s")


def run(territories: int, pages: int, out) -> int:
    if not settings.SITE_CHROME_SECONDS:
        out(
            "Le cache des en-têtes est éteint (SITE_CHROME_SECONDS=0) : la mesure ne serait pas celle de la production."
        )
        return 2
    before = measure_in_fresh_process()
    count = Territory.objects.count()
    add_territories(territories, pages, out)
    after = measure_in_fresh_process()
    out(
        f"| Mesure | {count} territoires : médiane (ms), requêtes SQL | {Territory.objects.count()} territoires | Écart |"
    )
    out("|---|---|---|---|")
    failures = []
    for small, large in zip(before, after, strict=True):
        gap = large.median_ms / small.median_ms - 1
        out(
            f"| {small.label} | {small.median_ms:.1f}, {small.queries} | {large.median_ms:.1f}, {large.queries} "
            f"| {gap:+.0%} |"
        )
        if gap > TOLERANCE or large.queries != small.queries:
            failures.append(small.label)
    for label in failures:
        out(f"RÉGRESSION : {label}")
    return 1 if failures else 0
