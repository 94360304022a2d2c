"""Reading form fields: text, numbers, dates and choices, with a message per bad field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from starlette.datastructures import FormData, UploadFile
from starlette.requests import Request

from bounceback.domain.errors import BouncebackError, InvalidValue

E = TypeVar("E", bound=StrEnum)


class Form:
    """A submitted form; every read records a message for the field instead of raising."""

    def __init__(self, data: FormData, today: date | None = None,
                 order: str | None = None,
                 order_of: Callable[[], str | None] | None = None) -> None:
        self.data = data
        self.today = today  # the service's date: relative dates ("yesterday") are read from it
        self._order = order  # how slash dates are read (the date_order setting)
        self._order_of = order_of  # or where to read it, when a date is typed (a settings read)
        self.errors: dict[str, str] = {}

    @property
    def order(self) -> str | None:
        if self._order_of is not None:
            self._order, self._order_of = self._order_of(), None
        return self._order

    def values(self) -> dict[str, str]:
        """What the user typed, to fill the form again beside the messages."""
        return {k: v for k, v in self.data.items() if isinstance(v, str) and k != "csrf_token"}

    def text(self, name: str, *, limit: int = 10_000) -> str:
        value = self.data.get(name)
        text = value.strip() if isinstance(value, str) else ""
        if len(text) > limit:
            self.errors[name] = f"keep it under {limit:,} characters"
        return text

    def optional(self, name: str, *, limit: int = 10_000) -> str | None:
        return self.text(name, limit=limit) or None

    def integer(self, name: str, *, low: int | None = None, high: int | None = None) -> int | None:
        raw = self.text(name)
        if not raw:
            return None
        try:
            value = int(raw.replace(",", "").replace(" ", ""))
        except ValueError:
            self.errors[name] = f"{raw!r} is not a whole number"
            return None
        if (low is not None and value < low) or (high is not None and value > high):
            self.errors[name] = f"choose a number from {low} to {high}"
            return None
        return value

    def day(self, name: str, *, past: bool = False) -> date | None:
        """A date by the one rule (domain.dates); `past=True` where the action happened."""
        raw = self.text(name)
        if not raw:
            return None
        from bounceback.domain.dates import parse_date

        try:
            if self.today is None:
                raise ValueError("Form.day needs the service's date: Form(data, today=...)")
            return parse_date(raw, what=name.replace("_", " "), today=self.today, past=past,
                              order=self.order)
        except BouncebackError as exc:
            self.errors[name] = str(exc)
            return None

    def choice(self, name: str, enum: type[E], default: E | None = None) -> E | None:
        raw = self.text(name)
        if not raw:
            return default
        from bounceback.domain.vocabulary import parse_enum

        try:
            return parse_enum(enum, raw, name.replace("_", " "))
        except InvalidValue as exc:
            self.errors[name] = str(exc)
            return default

    def flag(self, name: str) -> bool:
        return self.data.get(name) in ("on", "true", "1", "yes")

    def tri(self, name: str) -> bool | None:
        raw = self.text(name)
        return {"yes": True, "no": False}.get(raw)

    def salary(self, name: str) -> tuple[int | None, int | None]:
        """'45000-55000', '45k-55k' or one figure; a message beside the field otherwise."""
        from bounceback.domain.errors import InvalidValue
        from bounceback.domain.money import parse_salary_range

        try:
            return parse_salary_range(self.text(name))
        except InvalidValue as exc:
            self.errors[name] = str(exc).split(": ", 1)[-1] if ": " in str(exc) else str(exc)
            return None, None

    def upload(self, name: str) -> UploadFile | None:
        value = self.data.get(name)
        if isinstance(value, UploadFile) and value.filename:
            return value
        return None

    def many(self, name: str) -> list[str]:
        return [v.strip() for v in self.data.getlist(name) if isinstance(v, str) and v.strip()]


def field_of(exc: BouncebackError, known: set[str], prefix: str = "") -> str:
    """The form field a service error is about (FieldError has `.field`, other messages start
    with the field's name), else the whole form. `prefix` maps `email` to `contact_email`."""
    name = getattr(exc, "field", None)
    text = str(exc)
    if not isinstance(name, str):
        name = text.split(":", 1)[0].strip().replace(" ", "_") if ":" in text else ""
    for candidate in (name, prefix + name):
        if candidate and candidate in known:
            return candidate
    return "_form"


def error_dict(exc: BouncebackError, known: set[str], prefix: str = "") -> dict[str, Any]:
    field = field_of(exc, known, prefix)
    message = str(exc)
    head = message.split(":", 1)[0].strip().lower()
    if field != "_form" and head in (field.replace("_", " "), field[len(prefix):].replace("_", " ")):
        message = message.split(":", 1)[1].strip()
    return {field: message}


async def read_form(request: Request) -> Form:
    """The submitted form, reading relative dates against the service's clock."""
    from bounceback.web.rendering import service

    bb = service(request)
    # The date order is read only if the form has a date typed in it: most forms send none.
    return Form(await request.form(), today=bb.clock().date(), order_of=bb.date_order)
