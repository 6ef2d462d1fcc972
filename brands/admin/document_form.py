"""The admin's document form (`WAGTAILDOCS_DOCUMENT_FORM_BASE`), which refuses a too large file for its size only.

When the file field refuses an upload over `WAGTAILDOCS_MAX_UPLOAD_SIZE` (« Ce fichier est trop gros (25,0 Mio).
La taille de fichier maximale est de 20,0 Mio. »), Wagtail's `Document.clean()` still checks the extension of
the file the form left on the document, which is none, and adds « L'extension de fichier «  » n'est pas
autorisée »: the message editors read, on the add form and in the multiple upload. Once the field has refused
the file, the model's verdict on it is dropped.
"""

from wagtail.documents.forms import BaseDocumentForm


class DocumentForm(BaseDocumentForm):
    def _post_clean(self) -> None:
        # Django's ModelForm step that builds the document and runs the model's validation, clean() included.
        refused = len(self.errors.get("file", []))
        super()._post_clean()
        if refused:
            del self.errors["file"][refused:]
