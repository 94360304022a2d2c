"""Add and edit an application: one form, with each message beside its field."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bounceback.domain.errors import BouncebackError
from bounceback.domain.models import Application
from bounceback.domain.vocabulary import Source, Stage
from bounceback.web.forms import Form, error_dict, read_form
from bounceback.web.rendering import call, page, redirect, service

FIELDS = {
    "company", "role", "date_applied", "stage", "source", "source_detail", "location", "remote",
    "salary", "salary_min", "salary_max", "salary_currency", "url", "excitement", "tags", "notes",
    "outcome_date",
}


def _salary_text(app: Application) -> str:
    if app.salary_min is None:
        return ""
    if app.salary_max is None or app.salary_max == app.salary_min:
        return str(app.salary_min)
    return f"{app.salary_min}-{app.salary_max}"


def values_of(app: Application) -> dict[str, str]:
    """An application as the strings its form shows."""
    return {
        "company": app.company, "role": app.role,
        "date_applied": app.date_applied.isoformat() if app.date_applied else "",
        "stage": app.stage.value, "source": app.source.value, "source_detail": app.source_detail or "",
        "location": app.location or "",
        "remote": {True: "yes", False: "no", None: ""}[app.remote],
        "salary": _salary_text(app), "salary_currency": app.salary_currency or "",
        "url": app.url or "", "excitement": str(app.excitement or ""),
        "tags": ", ".join(app.tags), "notes": app.notes,
    }


def read(form: Form) -> dict[str, Any]:
    """The typed fields, checked for form; the service checks the rest."""
    low, high = form.salary("salary")
    for name, what in (("company", "the company"), ("role", "the role")):
        if not form.text(name):
            form.errors[name] = f"{what} is missing"
    return {
        "company": form.text("company", limit=200), "role": form.text("role", limit=300),
        "date_applied": form.day("date_applied", past=True),
        "source": form.choice("source", Source, Source.OTHER),
        "source_detail": form.optional("source_detail", limit=200),
        "location": form.optional("location", limit=200), "remote": form.tri("remote"),
        "salary_min": low, "salary_max": high,
        "salary_currency": form.optional("salary_currency", limit=3),
        "url": form.optional("url", limit=2000),
        "excitement": form.integer("excitement", low=1, high=5),
        "tags": [t.strip() for t in form.text("tags", limit=500).split(",") if t.strip()],
        "notes": form.text("notes"),
    }


def _context(values: dict[str, str], errors: dict[str, str], **extra: Any) -> dict[str, Any]:
    if "salary_min" in errors or "salary_max" in errors:
        errors.setdefault("salary", errors.pop("salary_min", "") or errors.pop("salary_max", ""))
    return {"values": values, "errors": errors, "stages": list(Stage)[:-1], "sources": list(Source),
            **extra}


def new_form(request: Request) -> Response:
    today = service(request).clock().date().isoformat()
    values = {"stage": "applied", "source": "other", "date_applied": today}
    return page(request, "application_form.html", _context(values, {}, editing=None),
                active="board")


async def create(request: Request) -> Response:
    form = await read_form(request)
    fields = read(form)
    stage = form.choice("stage", Stage, Stage.APPLIED)
    duplicate = None
    if not form.errors:
        from bounceback.services.applications import DuplicateApplication

        try:
            created = await call(service(request).applications.add,
                                 Application(stage=stage or Stage.APPLIED,
                                             furthest_stage=stage or Stage.APPLIED, **fields),
                                 again=form.flag("again"))
            return redirect(f"/applications/{created.id}", "added")
        except DuplicateApplication as exc:
            duplicate = exc.existing
            form.errors["_form"] = str(exc) + ". Tick “Add it again” to track a second one."
        except BouncebackError as exc:
            form.errors.update(error_dict(exc, FIELDS))
    return page(request, "application_form.html",
                _context(form.values(), form.errors, editing=None, duplicate=duplicate),
                status=400, active="board")


def edit_form(request: Request) -> Response:
    app = service(request).views.application(request.path_params["app_id"])
    template = "parts/details_form.html" if request.headers.get("hx-request") else "application_form.html"
    return page(request, template, _context(values_of(app), {}, editing=app), active="board")


async def update(request: Request) -> Response:
    app_id = request.path_params["app_id"]
    bb = service(request)
    current = await call(bb.views.application, app_id)  # the lean reads (no ORM session)
    form = await read_form(request)
    fields = read(form)
    inline = request.headers.get("hx-request") == "true"
    if not form.errors:
        changes = {k: v for k, v in fields.items() if _changed(k, v, current)}
        try:
            if changes:
                current = await call(bb.lean_writes.edit, app_id, changes)  # on Core (issue 16)
            if inline:  # htmx follows the redirect and swaps in the details it answers
                return redirect(f"/applications/{app_id}/details", "saved" if changes else None)
            return redirect(f"/applications/{app_id}", "saved" if changes else None)
        except BouncebackError as exc:
            form.errors.update(error_dict(exc, FIELDS))
    template = "parts/details_form.html" if inline else "application_form.html"
    # htmx swaps only 2xx answers by default; the inline form comes back with 200 and its messages.
    return page(request, template, _context(form.values(), form.errors, editing=current),
                status=200 if inline else 400, active="board")


def _changed(name: str, value: Any, app: Application) -> bool:
    if name == "tags":
        return sorted({t.lower() for t in value}) != sorted(app.tags)
    if name == "salary_currency" and value:
        return value.upper() != (app.salary_currency or "")
    return bool(getattr(app, name) != value)


routes = [
    Route("/applications/new", new_form, name="new_application"),
    Route("/applications/new", create, methods=["POST"]),
    Route("/applications/{app_id:int}/edit", edit_form, name="edit_application"),
    Route("/applications/{app_id:int}/edit", update, methods=["POST"]),
]
