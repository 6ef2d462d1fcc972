"""Legal notice, privacy policy and accessibility statement: created with every site, linked from every
footer with the RGAA status, their templates and validation; and the branded 500 page, without a database."""

import datetime
import re
from unittest import mock

from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, OperationalError, connection, connections
from django.test import RequestFactory, TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Revision
from wagtail.test.utils.form_data import querydict_from_html

from brands.core.provisioning import TerritoryRequest, ensure_portal, provision_territory
from brands.models import AccessibilityStatementPage, BrandSettings, LegalPage
from brands.public import error_pages as errors
from tests.factories import ContentPageFactory, UserFactory, make_territory, publish_translation

LEGAL_PATHS = ["/mentions-legales/", "/politique-de-confidentialite/", "/accessibilite/"]


def legal_footer(html: str) -> str:
    return re.search(r'<nav class="site-footer__legal"[\s\S]*?</nav>', html).group(0)


def headings(html: str, level: int) -> list[str]:
    return [re.sub(r"<[^>]+>", "", text).strip() for text in re.findall(rf"<h{level}[^>]*>([\s\S]*?)</h{level}>", html)]


class LegalTestCase(TestCase):
    """A territory in French and English, with its contact details, as provisioned."""

    @classmethod
    def setUpTestData(cls) -> None:
        cls.territory = make_territory("xaintrie", "La Xaintrie", languages=("fr", "en"))
        cls.site = cls.territory.site
        cls.brand = BrandSettings.for_site(cls.site)
        cls.brand.contact_email, cls.brand.postal_address = (
            "bonjour@xaintrie.example.fr",
            "Maison de la Xaintrie\n19400 Argentat",
        )
        cls.brand.save()
        cls.legal_notice = cls.brand.legal_notice_page.specific
        cls.privacy = cls.brand.privacy_page.specific
        cls.statement = cls.brand.accessibility_page.specific

    def get(self, path: str, status: int = 200) -> str:
        response = self.client.get(path, HTTP_HOST="xaintrie.localhost")
        self.assertEqual(response.status_code, status, path)
        return response.content.decode()


class FooterTests(LegalTestCase):
    def test_every_page_links_the_three_pages_and_shows_the_status(self):
        page = ContentPageFactory(parent=self.site.root_page, title="S'installer")
        for path in ["/", page.url, *LEGAL_PATHS]:
            with self.subTest(path):
                footer = legal_footer(self.get(path))
                for href, text in (
                    ("/mentions-legales/", "Mentions légales"),
                    ("/politique-de-confidentialite/", "Politique de confidentialité"),
                    ("/accessibilite/", "Accessibilité\u00a0: non conforme"),
                ):
                    current = ' aria-current="page"' if href == path else ""  # the link to the page being read
                    self.assertIn(f'<a href="{href}"{current}>{text}</a>', footer)

    def test_status_follows_the_statement(self):
        self.statement.compliance_status, self.statement.compliance_rate = "partial", 64
        self.statement.audit_date = datetime.date(2025, 3, 14)
        self.statement.save_revision().publish()
        self.assertIn(
            '<a href="/accessibilite/">Accessibilité\u00a0: partiellement conforme</a>', legal_footer(self.get("/"))
        )

    def test_links_lead_to_live_translations_in_the_visitor_language(self):
        publish_translation(self.site.root_page, "en", "La Xaintrie")
        english_privacy = publish_translation(self.privacy, "en", "Privacy policy")
        footer = legal_footer(self.get("/en/"))
        self.assertIn('<a href="/en/politique-de-confidentialite/">', footer)
        self.assertEqual(english_privacy.get_url_parts()[2], "/en/politique-de-confidentialite/")
        # Not translated yet: the French pages, and the links say so.
        self.assertIn(
            '<a href="/mentions-legales/" hreflang="fr">Legal notice <span class="link-language">(in French)</span>',
            footer,
        )
        self.assertIn('<a href="/accessibilite/" hreflang="fr">', footer)

    def test_no_pointer_no_link_and_still_non_conforme(self):
        BrandSettings.objects.filter(pk=self.brand.pk).update(
            legal_notice_page=None, privacy_page=None, accessibility_page=None
        )
        footer = legal_footer(self.get("/"))
        self.assertNotIn("<a ", footer)
        self.assertIn("<li>Accessibilité\u00a0: non conforme</li>", footer)

    def test_unpublished_pages_are_not_linked(self):
        self.statement.unpublish()
        self.legal_notice.unpublish()
        footer = legal_footer(self.get("/"))
        self.assertNotIn("/mentions-legales/", footer)
        self.assertNotIn("/accessibilite/", footer)
        self.assertIn("<li>Accessibilité\u00a0: non conforme</li>", footer)
        self.assertIn('<a href="/politique-de-confidentialite/">', footer)

    def count_queries(self, path: str) -> int:
        self.get(path)
        with CaptureQueriesContext(connection) as queries:
            self.get(path)
        return len(queries)

    @override_settings(SITE_CHROME_SECONDS=0)
    def test_footer_costs_one_query_in_french_two_in_another_language_without_the_chrome_cache(self):
        publish_translation(self.site.root_page, "en", "La Xaintrie")
        with_links = {path: self.count_queries(path) for path in ("/", "/en/")}
        BrandSettings.objects.filter(pk=self.brand.pk).update(
            legal_notice_page=None, privacy_page=None, accessibility_page=None
        )
        without = {path: self.count_queries(path) for path in ("/", "/en/")}
        self.assertEqual(with_links["/"] - without["/"], 1)
        self.assertEqual(with_links["/en/"] - without["/en/"], 2)

    def test_footer_costs_no_query_once_the_site_chrome_is_cached(self):
        publish_translation(self.site.root_page, "en", "La Xaintrie")
        with_links = {path: self.count_queries(path) for path in ("/", "/en/")}
        self.brand.legal_notice_page = self.brand.privacy_page = self.brand.accessibility_page = None
        self.brand.save()  # a new version for the site: its chrome is built again, without the links
        self.assertNotIn("/mentions-legales/", legal_footer(self.get("/")))
        self.assertEqual({path: self.count_queries(path) for path in ("/", "/en/")}, with_links)

    def test_public_pages_set_no_cookie(self):
        """The privacy policy says so: keep it true."""
        for path in ["/", *LEGAL_PATHS]:
            with self.subTest(path):
                response = self.client.get(path, HTTP_HOST="xaintrie.localhost")
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response.cookies, {})


class LegalTextTests(LegalTestCase):
    """What provisioning writes: real text from the facts the platform knows, nothing to fill in blindly."""

    def test_texts_have_no_placeholder(self):
        for path in LEGAL_PATHS:
            # The text a visitor reads, not the markup: the CSP nonce is random and once spelled « xxx » (CI, stop 25).
            text = re.sub(r"<[^>]*>", " ", self.get(path)).lower()
            self.assertIn("la xaintrie", text)  # the page's text is there, so the checks below can fail
            for placeholder in ("lorem", "todo", "[à compléter]", "xxx"):
                with self.subTest(path=path, placeholder=placeholder):
                    self.assertNotIn(placeholder, text)

    def test_legal_notice_names_the_territory_and_what_it_must_confirm(self):
        html = self.get("/mentions-legales/")
        self.assertEqual(len(re.findall(r"<h1[ >]", html)), 1)
        self.assertEqual(
            headings(html, 2)[:5],
            [
                "Éditeur du site",
                "Direction de la publication",
                "Hébergement",
                "Propriété intellectuelle",
                "Données personnelles et accessibilité",
            ],
        )
        self.assertIn("Le site xaintrie.localhost est édité par le territoire « La Xaintrie ».", html)
        self.assertIn("Le territoire doit indiquer ici qui dirige la publication", html)
        self.assertIn("Le territoire doit indiquer ici le nom, l’adresse et le téléphone de son hébergeur", html)
        # The brand had no postal address when the territory was created: the text says what is missing.
        self.assertIn("Le territoire doit compléter ces coordonnées", html)
        self.assertRegex(html, r'<a href="[^"]*/politique-de-confidentialite/">politique de confidentialité</a>')
        self.assertRegex(html, r'<a href="[^"]*/accessibilite/">déclaration d’accessibilité</a>')
        date = self.legal_notice.last_updated
        self.assertIn(f'Mis à jour le <time datetime="{date:%Y-%m-%d}">', html)

    def test_update_date_is_written_in_french(self):
        self.legal_notice.last_updated = datetime.date(2026, 11, 26)
        self.legal_notice.save_revision().publish()
        self.assertIn(
            'Mis à jour le <time datetime="2026-11-26">26 novembre 2026</time>', self.get("/mentions-legales/")
        )

    def test_privacy_policy_says_what_the_platform_does(self):
        html = self.get("/politique-de-confidentialite/")
        for fact in [
            "aucune publicité",
            "Ce site ne dépose aucun cookie quand vous le consultez",
            "cookie de session",
            "YouTube, Vimeo",
            "OpenStreetMap",
            "Journaux du serveur",
            "règlement général sur la protection des données (RGPD)",
            "https://www.cnil.fr/fr/plaintes",
            "CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07",
        ]:
            with self.subTest(fact):
                self.assertIn(fact, html)

    def test_contact_email_given_at_creation_is_in_every_text(self):
        territory = make_territory("maurienne", "Maurienne")
        self.assertEqual(BrandSettings.for_site(territory.site).contact_email, "")
        other = provision_territory(
            TerritoryRequest("Vallée", hostname="vallee.localhost", slug="vallee", contact_email="ecrire@vallee.fr")
        ).territory
        for path in ["/mentions-legales/", "/politique-de-confidentialite/", "/accessibilite/"]:
            with self.subTest(path):
                response = self.client.get(path, HTTP_HOST="vallee.localhost")
                self.assertContains(response, 'href="mailto:ecrire@vallee.fr"')
        self.assertEqual(BrandSettings.for_site(other.site).contact_email, "ecrire@vallee.fr")
        # Without an address the privacy policy sends readers to the legal notice, and the statement says so.
        self.assertContains(
            self.client.get("/politique-de-confidentialite/", HTTP_HOST="maurienne.localhost"),
            "aux coordonnées indiquées dans les mentions légales",
        )
        self.assertContains(
            self.client.get("/accessibilite/", HTTP_HOST="maurienne.localhost"),
            "Ce site n’indique pas encore d’adresse de contact",
        )

    def test_the_portal_gets_its_three_pages(self):
        site = ensure_portal(hostname="localhost")
        brand = BrandSettings.for_site(site)
        pages = [brand.legal_notice_page, brand.privacy_page, brand.accessibility_page]
        self.assertTrue(all(page and page.live and page.get_parent().pk == site.root_page_id for page in pages))
        html = self.client.get("/mentions-legales/", HTTP_HOST="localhost").content.decode()
        self.assertIn("est édité par le réseau « Mètre Carré »", html)
        ensure_portal(hostname="localhost")  # again: nothing more
        self.assertEqual(LegalPage.objects.child_of(site.root_page).count(), 2)


class AccessibilityStatementTests(LegalTestCase):
    def test_rgaa_model_structure_for_a_site_never_audited(self):
        html = self.get("/accessibilite/")
        self.assertEqual(len(re.findall(r"<h1[ >]", html)), 1)
        self.assertEqual(
            headings(html, 2),
            [
                "État de conformité",
                "Résultats des tests",
                "Contenus non accessibles",
                "Établissement de cette déclaration d’accessibilité",
                "Retour d’information et contact",
                "Voies de recours",
                "La Xaintrie",  # the footer's
            ],
        )
        self.assertEqual(
            headings(html, 3),
            [
                "Non-conformités",
                "Dérogations pour charge disproportionnée",
                "Contenus non soumis à l’obligation d’accessibilité",
            ],
        )
        self.assertIn(
            "Le site xaintrie.localhost est <strong>non conforme</strong> avec le référentiel général "
            "d’amélioration de l’accessibilité (RGAA), version 4.1.2.",
            html,
        )
        self.assertIn("Aucun audit de conformité n’a encore été réalisé", html)
        self.assertIn("le taux de conformité de ce site n’est pas connu", html)
        established = self.statement.established_on
        self.assertIn(f"Cette déclaration a été établie le {established.day}", html)
        # The brand's contact details, since the statement has none of its own.
        self.assertIn('<a href="mailto:bonjour@xaintrie.example.fr">bonjour@xaintrie.example.fr</a>', html)
        self.assertIn("<address>Maison de la Xaintrie<br>19400 Argentat</address>", html)
        self.assertIn('<a href="https://formulaire.defenseurdesdroits.fr/">', html)
        self.assertIn("Contacter le délégué du Défenseur des droits dans votre région", html)
        self.assertIn("<address>Défenseur des droits<br>Libre réponse 71120<br>75342 Paris CEDEX 07</address>", html)

    def test_audited_statement_gives_rate_date_and_auditor_in_french(self):
        self.statement.compliance_status, self.statement.compliance_rate = "partial", 72
        self.statement.audit_date, self.statement.auditor = datetime.date(2025, 3, 14), "Access42"
        self.statement.established_on = datetime.date(2025, 4, 1)
        self.statement.contact_email = "accessibilite@xaintrie.example.fr"
        self.statement.save_revision().publish()
        html = self.get("/accessibilite/")
        self.assertIn("est <strong>partiellement conforme</strong>", html)
        self.assertIn(
            "L’audit de conformité réalisé par Access42 le 14 mars 2025 révèle que 72 % des critères du RGAA "
            "version 4.1.2 sont respectés.",
            html,
        )
        self.assertIn("Cette déclaration a été établie le 1er avril 2025", html)
        article = re.search(r"<article[\s\S]*</article>", html).group(0)
        self.assertIn('Envoyer un message\u00a0: <a href="mailto:accessibilite@xaintrie.example.fr">', article)
        self.assertNotIn("mailto:bonjour@", article)  # the brand's address is only the fallback

    def test_dates_follow_the_visitor_language(self):
        publish_translation(self.site.root_page, "en", "La Xaintrie")
        english = self.statement.get_translation(Locale.objects.get(language_code="en")).specific
        english.title, english.established_on = "Accessibility statement", datetime.date(2025, 4, 1)
        english.save_revision().publish()
        response = self.client.get(english.url, HTTP_HOST="xaintrie.localhost")
        self.assertContains(response, '<html lang="en" dir="ltr">')
        self.assertContains(response, "1 April 2025")


class StatementValidationTests(LegalTestCase):
    """The RGAA's rules, through the admin's edit form, with its French messages."""

    def setUp(self) -> None:
        self.client.force_login(UserFactory.moderator_of(self.territory))
        self.url = reverse("wagtailadmin_pages:edit", args=[self.statement.pk])

    def post(self, **changes):
        data = querydict_from_html(self.client.get(self.url).content.decode(), form_id="page-edit-form")
        for name, value in changes.items():
            data[name] = value
        return self.client.post(self.url, data)

    def assert_refused(self, message: str, **changes) -> None:
        revisions = Revision.objects.count()
        response = self.post(**changes)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, message)
        self.assertEqual(Revision.objects.count(), revisions)
        statement = AccessibilityStatementPage.objects.get(pk=self.statement.pk)
        self.assertEqual((statement.compliance_status, statement.compliance_rate), ("none", None))

    def test_conforme_without_audit_is_refused(self):
        self.assert_refused(
            "Un site ne peut se déclarer conforme, même partiellement, qu&#x27;après un audit",
            compliance_status="full",
        )

    def test_status_must_match_the_rate(self):
        self.assert_refused(
            "Avec 40 % des critères respectés, le RGAA impose l&#x27;état « non conforme ».",
            compliance_status="partial",
            compliance_rate="40",
            audit_date="2025-03-14",
        )

    def test_rate_above_100_is_refused(self):
        self.assert_refused(
            "inférieure ou égale à 100", compliance_status="full", compliance_rate="120", audit_date="2025-03-14"
        )

    def test_an_audited_statement_is_saved(self):
        response = self.post(compliance_status="partial", compliance_rate="72", audit_date="2025-03-14")
        self.assertEqual(response.status_code, 302)
        draft = AccessibilityStatementPage.objects.get(pk=self.statement.pk).get_latest_revision_as_object()
        self.assertEqual((draft.compliance_status, draft.compliance_rate), ("partial", 72))


class ServerErrorTests(TestCase):
    """The 503 page (the database out of reach) and the 500 page (any other error): in the site's name, colours
    and language when it rendered before, and never a query."""

    @classmethod
    def setUpTestData(cls) -> None:
        territory = make_territory("xaintrie", "La Xaintrie", languages=("fr", "en"))
        brand = BrandSettings.for_site(territory.site)
        brand.primary_color, brand.text_color = "#7a2e1f", "#16232b"
        brand.save()
        publish_translation(territory.site.root_page, "en", "La Xaintrie")

    def setUp(self) -> None:
        cache.clear()
        errors.recently_written.clear()
        self.client.raise_request_exception = False

    def get_with_database_down(self, path: str, host: str):
        unreachable = OperationalError("le serveur de base de données ne répond pas")
        # The connection itself, not its class: once a SimpleTestCase has run in this process, Django has left
        # `cursor` as an attribute of the connection (its database guard), which a patch of the class would miss.
        # Django logs the failure (log_response, patched here: the log's handlers are not this test's subject).
        with (
            mock.patch.object(connections[DEFAULT_DB_ALIAS], "cursor", side_effect=unreachable),
            mock.patch("django.core.handlers.exception.log_response") as log_response,
        ):
            response = self.client.get(path, HTTP_HOST=host)
        self.assertEqual(response.status_code, 503)
        self.assertEqual(response["Retry-After"], "30")
        self.assertEqual(log_response.call_args.kwargs.get("exception").__class__, OperationalError)
        return response

    def test_branded_when_the_host_rendered_before(self):
        self.assertEqual(self.client.get("/", HTTP_HOST="xaintrie.localhost").status_code, 200)
        response = self.get_with_database_down("/", "xaintrie.localhost")
        self.assertEqual(response.status_code, 503)
        html = response.content.decode()
        self.assertIn("<title>Le site est momentanément indisponible · La Xaintrie</title>", html)
        self.assertIn("<header><p>La Xaintrie</p></header>", html)
        self.assertIn("--primary:#7a2e1f;--text:#16232b;", html)
        self.assertIn('<a href="/">Retour à l’accueil</a>', html)

    def test_in_the_visitor_language(self):
        self.client.get("/en/", HTTP_HOST="xaintrie.localhost")
        response = self.get_with_database_down("/en/", "xaintrie.localhost")
        self.assertEqual(response.status_code, 503)
        self.assertContains(response, '<html lang="en" dir="ltr">', status_code=503)
        self.assertContains(response, '<a href="/en/">', status_code=503)
        with translation.override("en"):
            title = translation.gettext("Le site est momentanément indisponible")
        self.assertContains(response, f"<h1>{title}</h1>", status_code=503)

    def test_neutral_for_a_host_never_seen(self):
        self.client.get("/", HTTP_HOST="xaintrie.localhost")
        response = self.get_with_database_down("/", "maurienne.localhost")
        self.assertEqual(response.status_code, 503)
        html = response.content.decode()
        self.assertNotIn("Xaintrie", html)
        self.assertNotIn("<header>", html)
        self.assertIn("--primary:#1f5f8b;--text:#1d1d1b;--background:#ffffff", html)

    def test_runs_no_query_and_survives_the_cache_failing(self):
        self.client.get("/", HTTP_HOST="xaintrie.localhost")
        request = RequestFactory().get("/", HTTP_HOST="xaintrie.localhost")
        with CaptureQueriesContext(connection) as queries:
            response = errors.server_error(request)
        self.assertEqual(len(queries), 0)
        self.assertContains(response, "La Xaintrie", status_code=500)
        with mock.patch.object(errors.cache, "get", side_effect=ConnectionError("redis")):
            response = errors.server_error(request)
            self.assertContains(response, "La Xaintrie", status_code=500)  # this process's own copy
            errors.recently_written.clear()
            response = errors.server_error(request)
        self.assertEqual(response.status_code, 500)
        self.assertNotContains(response, "La Xaintrie", status_code=500)

    def test_any_other_error_is_a_500_in_the_brand(self):
        self.client.get("/", HTTP_HOST="xaintrie.localhost")
        with (
            mock.patch("home.models.HomePage.serve", side_effect=RuntimeError("un bogue")),
            mock.patch("django.core.handlers.exception.log_response"),
        ):
            response = self.client.get("/", HTTP_HOST="xaintrie.localhost")
        self.assertEqual(response.status_code, 500)
        self.assertNotIn("Retry-After", response)
        self.assertContains(response, "<header><p>La Xaintrie</p></header>", status_code=500)
        self.assertContains(response, "Une erreur est survenue de notre côté.", status_code=500)

    def test_a_malformed_snapshot_falls_back_to_neutral_colours(self):
        cache.set(errors.snapshot_key("xaintrie.localhost"), {"name": "X", "palette": {"primary_color": "red;}"}})
        response = errors.server_error(RequestFactory().get("/", HTTP_HOST="xaintrie.localhost"))
        self.assertContains(response, "--primary:#1f5f8b", status_code=500)
        self.assertNotContains(response, "red;}", status_code=500)

    def test_snapshot_is_written_once_per_period_and_again_when_the_brand_changes(self):
        def snapshots_written() -> int:
            return sum(call.args[0].startswith("brands:error-page:") for call in cache_set.call_args_list)

        with mock.patch.object(errors.cache, "set", wraps=errors.cache.set) as cache_set:
            for _ in range(3):
                self.client.get("/", HTTP_HOST="xaintrie.localhost")
            self.assertEqual(snapshots_written(), 1)
            brand = BrandSettings.objects.get(site__hostname="xaintrie.localhost")
            brand.brand_name = "Xaintrie"
            brand.save()
            self.client.get("/", HTTP_HOST="xaintrie.localhost")
            self.assertEqual(snapshots_written(), 2)
        self.assertEqual(cache.get(errors.snapshot_key("xaintrie.localhost"))["name"], "Xaintrie")
