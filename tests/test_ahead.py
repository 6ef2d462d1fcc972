"""Work done ahead of visitors by the task worker: renditions at upload, pages rendered at their publication,
and the contact form's mail; with the worker of production (django-tasks-db's `db_worker`), and without one."""

from unittest import mock

from django.core import mail
from django.core.management import call_command
from django.db import connections
from django.test import TestCase, override_settings
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.contrib.forms.models import FormSubmission
from wagtail.images import get_image_model

from brands.models import BrandSettings
from brands.public.ahead import upload_filters
from tests.factories import (
    ContactFormPageFactory,
    ImageFactory,
    StoryIndexPageFactory,
    StoryPageFactory,
    image_value,
    make_territory,
    stream_item,
)
from tests.faults import closed_port
from tests.test_contact_forms import answers

HOST = "alpha.localhost"
WORKER = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# A real SMTP client, to a port where nothing listens.
SMTP_DOWN = {"EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend", "EMAIL_HOST": "127.0.0.1"}
SMTP_DOWN["EMAIL_PORT"] = closed_port()
Rendition = get_image_model().get_rendition_model()


def run_worker() -> None:
    """django-tasks-db's worker, as production runs it, until no task is left. On SQLite it opens its own
    EXCLUSIVE transaction unless every transaction of the connection is one (Django's `transaction_mode`),
    which it cannot inside a test's transaction: it is told they are. Between tasks it closes a connection that
    is not in autocommit, as a test's is: kept open, as Django's test client does around a request."""
    database = connections["default"]  # the connection itself, not Django's proxy, for mock to restore
    database.get_connection_params()  # sets transaction_mode on SQLite
    with (
        mock.patch.object(database, "transaction_mode", "EXCLUSIVE", create=True),
        mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"),
    ):
        call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)


def tasks(name: str) -> list[DBTaskResult]:
    return list(DBTaskResult.objects.filter(task_path=f"brands.public.ahead.{name}").order_by("enqueued_at"))


class AheadTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.territory = make_territory("alpha", "Alpha")
        cls.home = cls.territory.site.root_page
        cls.index = StoryIndexPageFactory(parent=cls.home, title="Histoires", slug="histoires")

    def upload(self):
        with self.captureOnCommitCallbacks(execute=True):
            return ImageFactory.in_territory(self.territory, file__width=1600, file__height=1000)

    @override_settings(TASKS=WORKER)
    def test_an_upload_has_its_renditions_made_by_the_worker(self):
        image = self.upload()
        [queued] = tasks("make_renditions")
        self.assertEqual(queued.args_kwargs["args"], [image.pk])
        self.assertFalse(Rendition.objects.filter(image=image).exists())  # not in the editor's request
        run_worker()
        queued.refresh_from_db()
        self.assertEqual(queued.status, TaskResultStatus.SUCCESSFUL)
        made = set(Rendition.objects.filter(image=image).values_list("filter_spec", flat=True))
        self.assertEqual(made, {item.spec for item in upload_filters()})
        self.assertEqual(len(made), 10)

    @override_settings(TASKS=WORKER)
    def test_a_story_card_shows_only_renditions_made_at_upload(self):
        image = self.upload()
        with self.captureOnCommitCallbacks(execute=True):
            StoryPageFactory(parent=self.index, title="Au col", slug="au-col", hero_image=image)
        run_worker()
        made = Rendition.objects.filter(image=image).count()
        response = self.client.get("/histoires/", HTTP_HOST=HOST)
        self.assertContains(response, 'class="story-card')
        self.assertContains(response, "800w")
        self.assertEqual(Rendition.objects.filter(image=image).count(), made)  # the listing encoded nothing

    @override_settings(TASKS=WORKER, PAGE_CACHE_SECONDS=600)
    def test_a_publication_renders_the_page_and_the_home_for_the_next_visitors(self):
        image = self.upload()
        run_worker()
        body = [stream_item({"image": image_value(image), "caption": "", "credit": ""}, "image")]
        story = StoryPageFactory(parent=self.index, title="Au col", slug="au-col", live=False, body=body)
        with self.captureOnCommitCallbacks(execute=True):
            story.save_revision().publish()
        self.assertEqual([task.args_kwargs["args"] for task in tasks("render_page")], [[story.pk], [self.home.pk]])
        run_worker()
        self.assertEqual({task.return_value for task in tasks("render_page")}, {200})
        # The story's figure, at its own widths (not made at upload), was made by the worker too.
        self.assertTrue(Rendition.objects.filter(image=image, filter_spec="format-webp|width-480").exists())
        for path in ("/histoires/au-col/", "/"):
            with self.subTest(path=path), self.assertNumQueries(0):
                response = self.client.get(path, HTTP_HOST=HOST)
                self.assertEqual(response["X-Page-Cache"], "hit")

    @override_settings(TASKS=WORKER)
    def test_a_rolled_back_save_enqueues_nothing(self):
        with self.captureOnCommitCallbacks(execute=False):
            ImageFactory.in_territory(self.territory)
        self.assertEqual(tasks("make_renditions"), [])

    @override_settings(TASKS=WORKER)
    def test_a_page_unpublished_or_an_image_deleted_before_the_worker_runs_is_skipped(self):
        image = self.upload()
        story = StoryPageFactory(parent=self.index, title="Au col", slug="au-col", live=False)
        with self.captureOnCommitCallbacks(execute=True):
            story.save_revision().publish()
        story.refresh_from_db()
        story.unpublish()
        image.delete()
        run_worker()
        self.assertEqual(tasks("make_renditions")[0].return_value, 0)
        self.assertEqual([task.return_value for task in tasks("render_page")], [404, 200])

    def test_without_a_worker_nothing_is_done_ahead(self):
        """The demo and development: no editor waits for renditions the first visitor makes anyway."""
        image = self.upload()
        with self.captureOnCommitCallbacks(execute=True):
            StoryPageFactory(parent=self.index, title="Au col", slug="au-col", hero_image=image)
        self.assertFalse(Rendition.objects.filter(image=image).exists())
        self.assertFalse(DBTaskResult.objects.exists())


class NotificationByWorkerTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.territory = make_territory("alpha", "Alpha")
        BrandSettings.objects.filter(site=cls.territory.site).update(contact_email="accueil@alpha.example.fr")
        cls.page = ContactFormPageFactory(parent=cls.territory.site.root_page, title="Nous écrire", slug="ecrire")

    def send(self):
        return self.client.post("/ecrire/", answers(self.page), HTTP_HOST=HOST)

    @override_settings(TASKS=WORKER)
    def test_the_visitor_is_answered_before_the_mail_leaves(self):
        self.assertContains(self.send(), "Message envoyé")
        self.assertEqual(FormSubmission.objects.filter(page=self.page).count(), 1)
        self.assertEqual(mail.outbox, [])
        run_worker()
        [message] = mail.outbox
        self.assertEqual(message.to, ["accueil@alpha.example.fr"])
        self.assertIn("Camille Rostaing", message.body)
        self.assertEqual(DBTaskResult.objects.get().status, TaskResultStatus.SUCCESSFUL)

    @override_settings(TASKS=WORKER, **SMTP_DOWN)
    def test_a_mail_server_down_loses_no_message(self):
        self.assertContains(self.send(), "Message envoyé")
        run_worker()
        self.assertEqual(mail.outbox, [])
        self.assertEqual(FormSubmission.objects.filter(page=self.page).count(), 1)
        failed = DBTaskResult.objects.get()
        self.assertEqual(failed.status, TaskResultStatus.FAILED)
        self.assertIn("ConnectionRefusedError", failed.exception_class_path)

    @override_settings(**SMTP_DOWN)
    def test_without_a_worker_a_mail_server_down_still_answers_the_visitor(self):
        self.assertContains(self.send(), "Message envoyé")
        self.assertEqual(FormSubmission.objects.filter(page=self.page).count(), 1)
