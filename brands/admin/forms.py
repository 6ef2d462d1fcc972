"""Admin forms shared by the territory page types."""

from wagtail.admin.forms import WagtailAdminPageForm

from brands.core.site_scope import foreign_references, foreign_references_message


class TerritoryPageForm(WagtailAdminPageForm):
    """Refuses a page whose content points at another territory's pages, images or documents."""

    def _post_clean(self) -> None:
        super()._post_clean()  # builds self.instance from the submitted data
        site = self.instance.get_site() if self.instance.pk else self.parent_page.get_site()
        if site and (foreign := foreign_references(self.instance, site)):
            self.add_error(None, foreign_references_message(foreign))
