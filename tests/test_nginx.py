"""docs/nginx/metrecarre.conf, run by Debian's nginx in front of the application on loopback.

The very file of the deployment guide, with only its addresses and certificate changed: it redirects to HTTPS,
tells the application a request came in HTTPS, lets no client claim another address, lets the page cache's
answers through, and refuses a body larger than the largest upload. Skipped where nginx is not installed,
unless REQUIRE_NGINX is set (CI: .ci/run installs nginx-light).
"""

import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
import unittest
from pathlib import Path

import requests
from django.conf import settings
from django.test import LiveServerTestCase, override_settings

from contact.spam import HONEYPOT_FIELD
from tests.db_state import RestoresMigratedState
from tests.factories import ContactFormPageFactory, make_territory
from tests.test_contact_forms import answers

CONFIG = Path(settings.BASE_DIR) / "docs" / "nginx" / "metrecarre.conf"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
HOST = "alpha.localhost"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def nginx_required() -> bool:
    return os.environ.get("REQUIRE_NGINX", "").strip().lower() in {"1", "true", "yes", "on"}


def loopback_config(upstream: str, http_port: int, https_port: int, certificate: Path, key: Path) -> str:
    """The guide's server blocks, listening on loopback ports, in front of `upstream`."""
    text = CONFIG.read_text()
    replacements = [
        (r"server 127\.0\.0\.1:8000;", f"server {upstream};"),
        (r"listen \[::\]:\d+[^;]*;\n", ""),
        (r"listen 80 default_server;", f"listen 127.0.0.1:{http_port} default_server;"),
        (r"listen 443 ", f"listen 127.0.0.1:{https_port} "),
        (r"ssl_certificate \S+;", f"ssl_certificate {certificate};"),
        (r"ssl_certificate_key \S+;", f"ssl_certificate_key {key};"),
    ]
    for pattern, replacement in replacements:
        text, count = re.subn(pattern, replacement, text)
        if not count:
            raise AssertionError(f"{CONFIG} ne contient plus « {pattern} »")
    return text


@override_settings(
    SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"),
    CONTACT_TRUSTED_PROXIES=1,
    CONTACT_RATE_LIMIT=(2, 600),
    PAGE_CACHE_SECONDS=600,
)
class NginxTests(RestoresMigratedState, LiveServerTestCase):
    @classmethod
    def setUpClass(cls) -> None:
        if not os.access(NGINX, os.X_OK):
            if nginx_required():
                raise AssertionError("REQUIRE_NGINX est activé mais nginx est absent (apt-get install nginx-light).")
            raise unittest.SkipTest("nginx absent (apt-get install nginx-light)")
        super().setUpClass()
        work = Path(tempfile.mkdtemp(prefix="nginx-"))
        cls.addClassCleanup(shutil.rmtree, work, ignore_errors=True)
        certificate, key = work / "cert.pem", work / "key.pem"
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost"]
            + ["-addext", "subjectAltName=IP:127.0.0.1"]
            + ["-keyout", str(key), "-out", str(certificate)],
            check=True,
            capture_output=True,
        )
        cls.certificate = str(certificate)
        cls.http_port, cls.https_port = free_port(), free_port()
        upstream = f"{cls.server_thread.host}:{cls.server_thread.port}"
        servers = loopback_config(upstream, cls.http_port, cls.https_port, certificate, key)
        (work / "nginx.conf").write_text(
            f"pid {work}/nginx.pid;\nerror_log {work}/error.log;\nevents {{}}\nhttp {{\n"
            f"access_log off;\nclient_body_temp_path {work};\nproxy_temp_path {work};\n{servers}\n}}\n"
        )
        process = subprocess.Popen([NGINX, "-p", str(work), "-c", str(work / "nginx.conf"), "-g", "daemon off;"])
        cls.addClassCleanup(lambda: (process.terminate(), process.wait(10)))
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", cls.https_port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        else:
            raise AssertionError((work / "error.log").read_text())

    def setUp(self) -> None:
        self.territory = make_territory("alpha", "Alpha")
        self.form = ContactFormPageFactory(parent=self.territory.site.root_page, title="Nous écrire", slug="ecrire")
        self.browser = requests.Session()
        self.addCleanup(self.browser.close)

    def https(self, path: str, method: str = "get", **kwargs) -> requests.Response:
        headers = {"Host": HOST, **kwargs.pop("headers", {})}
        url = f"https://127.0.0.1:{self.https_port}{path}"
        return self.browser.request(
            method, url, headers=headers, allow_redirects=False, timeout=10, verify=self.certificate, **kwargs
        )

    def test_http_is_sent_to_https_on_the_same_host(self):
        response = requests.get(
            f"http://127.0.0.1:{self.http_port}/ecrire/?sujet=1", headers={"Host": HOST}, allow_redirects=False
        )
        self.assertEqual(response.status_code, 301)
        self.assertEqual(response.headers["Location"], f"https://{HOST}/ecrire/?sujet=1")

    def test_the_application_knows_the_request_came_in_https_even_if_the_client_says_otherwise(self):
        response = self.https("/", headers={"X-Forwarded-Proto": "http"})
        self.assertEqual(response.status_code, 200)
        self.assertIn(f'"@id": "https://{HOST}/#organisation"', response.text)  # from the request's scheme
        self.assertEqual(response.headers["Content-Encoding"], "gzip")  # the application's, passed through

    def test_the_page_cache_answers_through_nginx(self):
        self.assertEqual(self.https("/").headers["X-Page-Cache"], "miss")
        self.assertEqual(self.https("/").headers["X-Page-Cache"], "hit")

    def test_a_client_cannot_claim_another_address_to_escape_the_sending_limit(self):
        statuses = []
        for number in range(3):
            form = self.https("/ecrire/")
            token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
            data = {**answers(self.form), "csrfmiddlewaretoken": token, HONEYPOT_FIELD: ""}
            sent = self.https(
                "/ecrire/",
                "post",
                data=data,
                headers={"X-Forwarded-For": f"203.0.113.{number}", "Referer": f"https://{HOST}/ecrire/"},
            )
            statuses.append(sent.status_code)
        self.assertEqual(statuses, [200, 200, 429])  # one visitor, whatever address it claims

    def test_a_body_larger_than_the_largest_upload_is_refused_by_nginx(self):
        response = self.https("/ecrire/", "post", data=b"x" * (22 * 1024 * 1024))
        self.assertEqual(response.status_code, 413)
        self.assertNotIn("X-Page-Cache", response.headers)
