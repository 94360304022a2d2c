"""Checks on what a user typed, before anything is stored; each message names the field."""

from __future__ import annotations

from bounceback.domain.dates import check_order
from bounceback.domain.errors import InvalidValue
from bounceback.domain.models import Application


class FieldError(InvalidValue):
    """An invalid field; `field` lets a form show the message beside it."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(f"{field.replace('_', ' ')}: {message}")


MAX_NOTES = 100_000


def validate_application(app: Application) -> None:
    """Refuses what cannot be stored as given; trims the outer spaces of the short fields (the
    CSV export and import keep everything else exactly)."""
    app.company, app.role = (app.company or "").strip(), (app.role or "").strip()
    if app.location is not None:
        app.location = app.location.strip() or None
    if not app.company or not app.company.strip():
        raise FieldError("company", "the company is missing")
    if not app.role or not app.role.strip():
        raise FieldError("role", "the role is missing")
    if len(app.company) > 200:
        raise FieldError("company", "keep it under 200 characters")
    if len(app.role) > 300:
        raise FieldError("role", "keep it under 300 characters")
    if len(app.notes or "") > MAX_NOTES:
        raise FieldError("notes", f"keep them under {MAX_NOTES:,} characters")
    for tag in app.tags:
        if "," in tag or ";" in tag:
            raise FieldError("tags", f"{tag!r}: a tag cannot hold a comma or a semicolon "
                                     "(give each tag on its own)")
    if app.excitement is not None and not 1 <= app.excitement <= 5:
        raise FieldError("excitement", f"{app.excitement} is not between 1 and 5")
    for name in ("salary_min", "salary_max"):
        value = getattr(app, name)
        if value is not None and value < 0:
            raise FieldError(name, "a salary cannot be negative")
    if app.salary_min is not None and app.salary_max is not None and app.salary_max < app.salary_min:
        raise FieldError("salary_max", f"{app.salary_max} is below the minimum {app.salary_min}")
    if app.salary_currency is not None and (
        len(app.salary_currency) != 3 or not app.salary_currency.isalpha()
    ):
        raise FieldError("salary_currency", f"{app.salary_currency!r} is not a 3-letter code like EUR")
    if app.salary_currency:
        app.salary_currency = app.salary_currency.upper()
    if app.url and not app.url.startswith(("http://", "https://")):
        raise FieldError("url", f"{app.url!r} should start with http:// or https://")
    try:
        check_order(app.date_applied, app.outcome_date, "the date applied", "the outcome date")
    except InvalidValue as exc:
        raise FieldError("outcome_date", str(exc)) from None
