"""Tag autocompletion in the admin suggests only the tags of the editor's own territory."""

from django.test import TestCase
from django.urls import reverse

from tests.factories import (
    ImageFactory,
    StoryIndexPageFactory,
    StoryPageFactory,
    SuperuserFactory,
    UserFactory,
    make_territory,
)


class TagAutocompleteTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.a = make_territory("xaintrie")
        cls.b = make_territory("maurienne")
        ImageFactory.in_territory(cls.a).tags.add("vergers")
        ImageFactory.in_territory(cls.b).tags.add("vélo de route")
        StoryPageFactory(parent=StoryIndexPageFactory(parent=cls.a.site.root_page), tags=["véloroute de la Dordogne"])
        StoryPageFactory(parent=StoryIndexPageFactory(parent=cls.b.site.root_page), tags=["vélo électrique", "vergers"])
        cls.editor_a = UserFactory.editor_of(cls.a)

    def suggestions(self, term: str) -> list[str]:
        response = self.client.get(reverse("wagtailadmin_tag_autocomplete"), {"term": term})
        self.assertEqual(response.status_code, 200)
        return response.json()

    def test_editor_sees_only_tags_used_in_their_territory(self):
        self.client.force_login(self.editor_a)
        self.assertEqual(self.suggestions("vé"), ["véloroute de la Dordogne"])
        self.assertEqual(self.suggestions("ver"), ["vergers"])
        self.assertEqual(self.suggestions(""), [])

    def test_superuser_sees_every_tag(self):
        self.client.force_login(SuperuserFactory())
        self.assertEqual(self.suggestions("vé"), ["vélo de route", "vélo électrique", "véloroute de la Dordogne"])

    def test_anonymous_visitors_are_sent_to_the_login(self):
        response = self.client.get(reverse("wagtailadmin_tag_autocomplete"), {"term": "v"})
        self.assertEqual(response.status_code, 302)
        self.assertIn("/admin/login/", response["Location"])
