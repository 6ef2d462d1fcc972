"""`make bench`: the demo served as in production, measured side by side with the ceiling of the same server.

One run loads the demo into a database of its own, then starts gunicorn twice under `settings.production`
(the page cache off, then on, with Redis), and measures with wrk, for the costliest demo page of each type:
requests per second, median and 99th percentile latencies, uncached and cached; against a static file of the
same size served by the same server (WhiteNoise), the ceiling no page can beat. Beside them: the warm queries
of each page (the page cache off, as rendered on a miss), its HTML compressed and raw, and the static assets
with brotli and gzip. It prints a Markdown table.

The full run also audits each page with Lighthouse (mobile, Debian's Chromium; `npm ci --prefix
demo/lighthouse`, which `make bench` runs) through the page cache, as a visitor's second view finds it, and fails
when a page scores under 95 or shifts its layout by more than 0.02.

`--short` runs each load for a second and fails (exit 1) when a page's queries exceed its budget: CI runs it.
"""

import gzip
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import brotli
import redis
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from wagtail.models import Page

CONTENT_PAGE_BUDGET = 12
LISTING_PAGE_BUDGET = 16
# Issue 17's budgets, per page type: the home, content, legal and strengths pages and the other detail pages;
# then stories and listings. tests/test_demo.py holds every demo page to them too.
PAGE_BUDGETS = {
    "HomePage": CONTENT_PAGE_BUDGET,
    "PortalPage": CONTENT_PAGE_BUDGET,
    "ContentPage": CONTENT_PAGE_BUDGET,
    "LegalPage": CONTENT_PAGE_BUDGET,
    "AccessibilityStatementPage": CONTENT_PAGE_BUDGET,
    "StrengthsPage": CONTENT_PAGE_BUDGET,
    "ContactFormPage": CONTENT_PAGE_BUDGET,
    "NewcomerHubPage": CONTENT_PAGE_BUDGET,
    "EventPage": CONTENT_PAGE_BUDGET,
    "JobPage": CONTENT_PAGE_BUDGET,
    "OpportunityPage": CONTENT_PAGE_BUDGET,
    "StoryPage": LISTING_PAGE_BUDGET,
    "StoryIndexPage": LISTING_PAGE_BUDGET,
    "EventIndexPage": LISTING_PAGE_BUDGET,
    "JobIndexPage": LISTING_PAGE_BUDGET,
    "OpportunityIndexPage": LISTING_PAGE_BUDGET,
    "DirectoryPage": LISTING_PAGE_BUDGET,
}
BUDGETS = {**PAGE_BUDGETS, "Recherche": LISTING_PAGE_BUDGET}
SEARCH = ("maurienne.localhost", "/recherche/?q=col")
CEILING = "bench-plafond.html"
ASSETS = ["brands/css/base.css", "brands/css/blocks.css", "brands/css/pages.css"]
WORKERS = max(2, os.cpu_count() or 2)
LIGHTHOUSE = Path(settings.BASE_DIR) / "demo" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
LIGHTHOUSE_MIN_SCORE = 95
MAX_LAYOUT_SHIFT = 0.02


@dataclass
class Target:
    name: str  # the page type
    host: str
    path: str
    queries: int = 0
    html: bytes = b""
    gzip_bytes: int = 0

    @property
    def html_bytes(self) -> int:
        return len(self.html)


@dataclass(frozen=True)
class Load:
    requests_per_second: float
    p50_ms: float
    p99_ms: float


def richest_pages() -> list[Target]:
    """For each page type of the demo, its page with the largest body (in any language), and the search."""
    best: dict[str, tuple[int, Target]] = {}
    for page in Page.objects.live().filter(depth__gte=2).specific():
        parts = page.get_url_parts()
        if not parts or not parts[1]:
            continue
        _site, root_url, path = parts
        size = len(str(getattr(page, "body", "")))
        name = type(page).__name__
        if name not in best or size > best[name][0]:
            best[name] = (size, Target(name, root_url.split("//")[1].split(":")[0], path))
    return [target for _size, target in sorted(best.values(), key=lambda item: item[1].name)] + [
        Target("Recherche", *SEARCH)
    ]


def count_queries(targets: list[Target]) -> None:
    """Warm queries (the second render) and HTML sizes of each target, in this process, the page cache off."""
    client = Client()
    with override_settings(PAGE_CACHE_SECONDS=0, ALLOWED_HOSTS=["*"]):
        for target in targets:
            client.get(target.path, HTTP_HOST=target.host)
            with CaptureQueriesContext(connection) as queries:
                response = client.get(target.path, HTTP_HOST=target.host)
            if response.status_code != 200:
                raise RuntimeError(f"{target.host}{target.path} répond {response.status_code}")
            target.queries = len(queries)
            target.html = response.content
            target.gzip_bytes = len(gzip.compress(response.content))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def production_env(workdir: Path, page_cache_seconds: int) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "settings.production",
        "SECRET_KEY": "bench-" + "k" * 60,
        "ALLOWED_HOSTS": "localhost,.localhost",
        "DATABASE_URL": os.environ["DATABASE_URL"],
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "STATIC_ROOT": str(workdir / "static"),
        "REDIS_URL": os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14"),
        "PAGE_CACHE_SECONDS": str(page_cache_seconds),
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        "OTP_REQUIRED_FOR_SUPERUSERS": "0",
    }


def collect_static(workdir: Path, ceiling: bytes) -> None:
    env = production_env(workdir, 0)
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], env=env, check=True, cwd=settings.BASE_DIR
    )
    # The ceiling: the home's own HTML as a static file, with its gzip and brotli, served by the same server.
    path = workdir / "static" / CEILING
    path.write_bytes(ceiling)
    Path(f"{path}.gz").write_bytes(gzip.compress(ceiling))
    Path(f"{path}.br").write_bytes(brotli.compress(ceiling))


class Gunicorn:
    """gunicorn serving settings.production on a free loopback port, for the length of a `with`."""

    def __init__(self, workdir: Path, page_cache_seconds: int) -> None:
        self.port = free_port()
        self.env = production_env(workdir, page_cache_seconds)

    def __enter__(self) -> "Gunicorn":
        command = [sys.executable, "-m", "gunicorn", "settings.wsgi:application", "-b", f"127.0.0.1:{self.port}"]
        command += ["-w", str(WORKERS), "--preload", "--log-level", "warning"]  # as docs/production.md
        self.process = subprocess.Popen(command, env=self.env, cwd=settings.BASE_DIR)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/health/", timeout=1)  # noqa: S310
                return self
            except OSError:
                time.sleep(0.2)
        self.__exit__()
        raise RuntimeError("gunicorn n'a pas démarré en 60 s")

    def worker_memory(self) -> list[float]:
        """Each worker's proportional memory (PSS, Linux's /proc), in MB: its own pages, plus its share of those
        it shares with the others since the fork (--preload), so that the workers' figures add up to what a
        server must hold for them."""
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children").read_text().split()
        sizes = []
        for pid in children:
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
            kilobytes = int(re.search(r"^Pss:\s+(\d+) kB", rollup, re.MULTILINE).group(1))
            sizes.append(round(kilobytes / 1024, 1))
        return sorted(sizes)

    def __exit__(self, *exc) -> None:
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)


LATENCY = re.compile(r"^\s+(50|99)(?:\.000)?%\s+([\d.]+)(us|ms|s)\s*$", re.MULTILINE)
RATE = re.compile(r"^Requests/sec:\s+([\d.]+)", re.MULTILINE)
TO_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(port: int, host: str, path: str, seconds: int) -> Load:
    """wrk's requests per second and latencies, compressed responses asked as a browser does."""
    command = ["wrk", "-t2", "-c16", f"-d{seconds}s", "--latency", "-H", f"Host: {host}"]
    command += ["-H", "Accept-Encoding: br, gzip", f"http://127.0.0.1:{port}{path}"]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    if "Non-2xx" in output:
        raise RuntimeError(f"{host}{path} : des réponses en erreur pendant la charge\n{output}")
    latencies = {int(p): float(value) * TO_MS[unit] for p, value, unit in LATENCY.findall(output)}
    return Load(float(RATE.search(output).group(1)), latencies[50], latencies[99])


@dataclass(frozen=True)
class Audit:
    """Lighthouse's mobile performance score and three of its measures."""

    score: int
    largest_paint_ms: float
    blocking_ms: float
    layout_shift: float


def lighthouse(port: int, host: str, path: str) -> Audit:
    """Lighthouse's mobile audit of one page (its default: a mid-range phone on a slow 4G, simulated)."""
    with tempfile.TemporaryDirectory() as work:
        report = Path(work) / "report.json"
        command = [str(LIGHTHOUSE), f"http://{host}:{port}{path}", "--only-categories=performance"]
        command += ["--chrome-flags=--headless=new --no-sandbox", "--output=json", f"--output-path={report}"]
        command += ["--quiet"]
        subprocess.run(command, env={**os.environ, "CHROME_PATH": CHROMIUM}, check=True, timeout=300)
        data = json.loads(report.read_text())
    audits = data["audits"]
    return Audit(
        round(data["categories"]["performance"]["score"] * 100),
        audits["largest-contentful-paint"]["numericValue"],
        audits["total-blocking-time"]["numericValue"],
        audits["cumulative-layout-shift"]["numericValue"],
    )


def audit_table(targets: list[Target], audits: dict[str, Audit]) -> str:
    lines = [
        "| Page | Lighthouse mobile | LCP (ms) | Blocage (ms) | Décalage (CLS) |",
        "|---|---|---|---|---|",
    ]
    for target in targets:
        audit = audits[target.name]
        lines.append(
            f"| {target.name} | {audit.score} | {audit.largest_paint_ms:.0f} | {audit.blocking_ms:.0f} "
            f"| {audit.layout_shift:.3f} |"
        )
    return "\n".join(lines)


def below_par(audits: dict[str, Audit]) -> list[str]:
    problems = []
    for name, audit in audits.items():
        if audit.score < LIGHTHOUSE_MIN_SCORE:
            problems.append(f"{name} : Lighthouse {audit.score} (au moins {LIGHTHOUSE_MIN_SCORE})")
        if audit.layout_shift > MAX_LAYOUT_SHIFT:
            problems.append(f"{name} : décalage de mise en page {audit.layout_shift:.3f} (au plus {MAX_LAYOUT_SHIFT})")
    return problems


def asset_sizes(workdir: Path) -> list[tuple[str, int, int, int]]:
    """(asset, raw, gzip, brotli) bytes of the stylesheets every page loads, as collectstatic wrote them."""
    static = workdir / "static"
    rows = []
    for name in ASSETS:
        hashed = next(static.glob(name.replace(".css", ".*.css")), static / name)
        rows.append(
            (
                name,
                hashed.stat().st_size,
                Path(f"{hashed}.gz").stat().st_size,
                Path(f"{hashed}.br").stat().st_size,
            )
        )
    return rows


def table(
    targets: list[Target], home: Target, ceiling: tuple[Load, Load], uncached: dict, cached: dict, assets: list
) -> str:
    def load(value: Load) -> str:
        return f"{value.requests_per_second:,.0f} | {value.p50_ms:.1f} | {value.p99_ms:.1f}".replace(",", " ")

    lines = [
        "| Page | Requêtes SQL (budget) | HTML brut / gzip (ko) | Sans cache : req/s | p50 (ms) | p99 (ms) "
        "| Cache de pages : req/s | p50 (ms) | p99 (ms) |",
        "|---|---|---|---|---|---|---|---|---|",
        f"| Fichier statique : le HTML de l'accueil (plafond) | 0 "
        f"| {home.html_bytes / 1000:.1f} / {home.gzip_bytes / 1000:.1f} "
        f"| {load(ceiling[0])} | {load(ceiling[1])} |",
    ]
    for target in targets:
        lines.append(
            f"| {target.name} `{target.host}{target.path}` | {target.queries} ({BUDGETS.get(target.name, '–')}) "
            f"| {target.html_bytes / 1000:.1f} / {target.gzip_bytes / 1000:.1f} "
            f"| {load(uncached[target.name])} | {load(cached[target.name])} |"
        )
    lines += ["", "| Feuille de style | brute (o) | gzip (o) | brotli (o) |", "|---|---|---|---|"]
    lines += [f"| {name} | {raw} | {gz} | {br} |" for name, raw, gz, br in assets]
    return "\n".join(lines)


def over_budget(targets: list[Target]) -> list[str]:
    return [
        f"{target.name} ({target.host}{target.path}) : {target.queries} requêtes SQL pour un budget de "
        f"{BUDGETS[target.name]}"
        for target in targets
        if target.name in BUDGETS and target.queries > BUDGETS[target.name]
    ]


def memory_line(memory: dict[str, list[float]]) -> str:
    sizes = {label: " / ".join(f"{size:.0f}" for size in sizes) for label, sizes in memory.items()}
    return (
        f"Mémoire des workers après la charge (PSS, Mo) : {sizes['uncached']} sans le cache des pages, "
        f"{sizes['cached']} avec"
    )


def run(short: bool, out) -> int:
    """Measures the demo already loaded in this process's database; returns the exit status."""
    if not shutil.which("wrk"):
        out("wrk est introuvable : apt-get install -y wrk")
        return 2
    if not short and not (LIGHTHOUSE.exists() and os.access(CHROMIUM, os.X_OK)):
        out(
            f"Lighthouse ou Chromium manque : npm ci --prefix demo/lighthouse ; apt-get install -y chromium ({CHROMIUM})"
        )
        return 2
    seconds = 1 if short else 10
    targets = richest_pages()
    count_queries(targets)
    home = next(target for target in targets if target.name == "HomePage")
    redis_url = production_env(Path(), 0)["REDIS_URL"]
    try:
        redis.Redis.from_url(redis_url).flushdb()  # a database of its own: the last run's pages are not this one's
    except redis.RedisError as error:
        out(f"Redis ne répond pas sur {redis_url} ({error}) : le cache de pages ne peut pas être mesuré.")
        return 2
    workdir = Path(tempfile.mkdtemp(prefix="metrecarre-bench-"))
    try:
        collect_static(workdir, home.html)
        results, audits, memory = {}, {}, {}
        for label, cache_seconds in (("uncached", 0), ("cached", 600)):
            with Gunicorn(workdir, cache_seconds) as server:
                wrk(server.port, "localhost", f"/static/{CEILING}", 1)  # warm: the workers start
                loads = {"ceiling": wrk(server.port, "localhost", f"/static/{CEILING}", seconds)}
                for target in targets:
                    wrk(server.port, target.host, target.path, 1)  # warm: chrome, renditions, page cache
                    loads[target.name] = wrk(server.port, target.host, target.path, seconds)
                results[label] = loads
                memory[label] = server.worker_memory()
                if cache_seconds and not short:
                    audits = {target.name: lighthouse(server.port, target.host, target.path) for target in targets}
        ceiling = (results["uncached"].pop("ceiling"), results["cached"].pop("ceiling"))
        out(table(targets, home, ceiling, results["uncached"], results["cached"], asset_sizes(workdir)))
        out("")
        out(memory_line(memory))
        if audits:
            out("")
            out(audit_table(targets, audits))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    problems = over_budget(targets) + below_par(audits)
    for problem in problems:
        out(f"RÉGRESSION : {problem}")
    return 1 if problems else 0
