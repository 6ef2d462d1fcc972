"""The visitor's form: the fields the territory's staff built, plus consent and the guards against robots."""

from functools import cached_property

from django import forms
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from .spam import HONEYPOT_FIELD, REFUSED, TOKEN_FIELD, fill_token, token_error
from .subject import SUBJECT_FIELD, Subject, subject_for

CONSENT_FIELD = "consentement"
MULTILINE_MAX_LENGTH = 5000  # a long message, not a pasted book
CHOICE_MAX_LENGTH = 255


class ContactForm(BaseForm):
    """A form built by the form builder; `consent_label` is the consent sentence (HTML, built by the page),
    `subject` the id of the page the message is about, from the link that led to the form (contact/subject.py)."""

    def __init__(self, *args, consent_label: str = "", subject: str = "", **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields[CONSENT_FIELD] = forms.BooleanField(label=consent_label, required=True)
        self.fields[CONSENT_FIELD].summary_label = _("Votre accord")  # in the list of errors: the label is long
        self.fields[CONSENT_FIELD].error_messages["required"] = _(
            "Cochez cette case pour envoyer le formulaire : sans votre accord, le territoire ne peut pas vous répondre."
        )
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Ne remplissez pas ce champ"), required=False, max_length=200
        )
        self.fields[TOKEN_FIELD] = forms.CharField(widget=forms.HiddenInput, required=False, max_length=500)
        self.fields[SUBJECT_FIELD] = forms.CharField(widget=forms.HiddenInput, required=False, max_length=12)
        if not self.is_bound:
            self.initial[TOKEN_FIELD] = fill_token(self.page.pk)
            self.initial[SUBJECT_FIELD] = subject[:12]

    @cached_property
    def subject(self) -> Subject | None:
        """The page the message is about, if it is one of the site's live pages."""
        value = self.data.get(SUBJECT_FIELD, "") if self.is_bound else self.initial.get(SUBJECT_FIELD, "")
        return subject_for(self.page, value) if value else None

    @property
    def is_spam(self) -> bool:
        """The honeypot was filled: a robot."""
        return bool(str(self.data.get(HONEYPOT_FIELD, "")).strip())

    def visible_fields(self):
        return [field for field in super().visible_fields() if field.name != HONEYPOT_FIELD]

    def clean(self) -> dict:
        cleaned = super().clean()
        if self.is_spam:
            raise forms.ValidationError(REFUSED, code="spam")
        if error := token_error(str(self.data.get(TOKEN_FIELD, "")), self.page.pk):
            # A fresh token: once the person has checked their answers, the next sending goes through.
            self.data = self.data.copy()
            self.data[TOKEN_FIELD] = fill_token(self.page.pk)
            raise forms.ValidationError(error, code="fill-time")
        return cleaned

    def submitted_data(self) -> dict:
        """What is kept: the built fields, the page the message is about and the consent, never the guards."""
        guards = (HONEYPOT_FIELD, TOKEN_FIELD, SUBJECT_FIELD)
        data = {name: value for name, value in self.cleaned_data.items() if name not in guards}
        if self.subject:
            data[SUBJECT_FIELD] = self.subject.as_text()
        return data


class ContactFormBuilder(FormBuilder):
    """Wagtail's form builder with bounded lengths, building a ContactForm."""

    def create_multiline_field(self, field, options):
        options["max_length"] = MULTILINE_MAX_LENGTH
        return super().create_multiline_field(field, options)

    def create_email_field(self, field, options):
        options["max_length"] = 254
        return super().create_email_field(field, options)

    def create_url_field(self, field, options):
        options["max_length"] = 2000
        return super().create_url_field(field, options)

    def get_form_class(self):
        return type("ContactBuiltForm", (ContactForm,), self.formfields)


def consent_label(territory_name: str, period: str, privacy_url: str | None) -> str:
    """The consent sentence: who uses the data, for what, for how long, and where to read more."""
    sentence = _(
        "J’accepte que %(territory)s utilise ces informations pour me répondre. Elles sont conservées "
        "%(period)s au plus, puis effacées."
    ) % {"territory": territory_name, "period": period}
    if not privacy_url:
        return sentence
    return format_html('{} <a href="{}">{}</a>', sentence, privacy_url, _("Politique de confidentialité"))
