"""Import: spreadsheets (CSV), bounceback JSON, mailboxes, postings and resumes, with progress."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bounceback.domain.errors import BouncebackError
from bounceback.web.forms import read_form
from bounceback.web.jobs import Job, Jobs
from bounceback.web.pages import importers
from bounceback.web.rendering import call, page, redirect, service


def jobs(request: Request) -> Jobs:
    """This person's import jobs (on a shared server each store has its own)."""
    state = request.app.state
    if not hasattr(state, "jobs"):
        state.jobs = {}
    store = service(request).settings.store
    return state.jobs.setdefault(store, Jobs())  # type: ignore[no-any-return]


def show(request: Request, errors: dict[str, str] | None = None,
         status: int = 200, kind: str = "") -> Response:
    bb = service(request)
    return page(request, "import.html", {
        "kinds": importers.available(bb), "errors": errors or {},
        "kind": kind or request.query_params.get("kind", "auto"),
    }, status=status, active="import")


async def upload(request: Request) -> Response:
    form = await read_form(request)
    file = form.upload("file")
    bb = service(request)
    kinds = importers.available(bb)
    chosen = form.text("kind") or "auto"
    if file is None:
        return await call(show, request, {"file": "choose a file to import"}, 400, chosen)
    kind = importers.detect(file.filename or "", chosen, kinds)
    if kind is None:
        expected = ", ".join(k.extensions_text for k in kinds.values() if k.ready)
        return await call(show, request, {"file": f"{file.filename!r} is not a kind of file bounceback can import here; expected {expected}"}, 400, chosen)
    if kind == "ambiguous":
        return await call(show, request, {"kind": "a file like this could be a posting or a resume; choose what it is"}, 400, chosen)
    spec = kinds[kind]
    if not spec.ready:
        return await call(show, request, {"kind": f"importing {spec.label.lower()} is not available yet"}, 400, chosen)
    folder = Path(tempfile.mkdtemp(prefix="bounceback-upload-"))
    path = folder / Path(file.filename or "upload").name
    await _save(file, path)
    if spec.background:
        def work(job: Job) -> Any:
            try:
                return spec.run(bb, path, job)
            finally:
                shutil.rmtree(folder, ignore_errors=True)

        job = jobs(request).start(f"Importing {path.name}", work, spec.describe)
        return redirect(f"/import/jobs/{job.id}")
    try:
        result = await call(spec.run, bb, path, None)
    except BouncebackError as exc:
        return await call(show, request, {"file": str(exc)}, 400, chosen)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    done = jobs(request).finished(f"Done: {spec.label}", spec.describe(result), spec.link(result))
    return redirect(f"/import/jobs/{done.id}")


async def _save(file: UploadFile, path: Path) -> None:
    with path.open("wb") as out:
        while chunk := await file.read(1 << 20):
            out.write(chunk)


def job_page(request: Request) -> Response:
    job = jobs(request).get(request.path_params["job_id"])
    if job is None:
        return redirect("/import")
    template = "parts/job.html" if request.headers.get("hx-request") else "import_job.html"
    return page(request, template, {"job": job}, active="import")


routes = [
    Route("/import", show, name="import"),
    Route("/import", upload, methods=["POST"]),
    Route("/import/jobs/{job_id:str}", job_page),
]
