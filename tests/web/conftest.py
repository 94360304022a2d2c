"""In-process HTTP clients over the web app, on each database engine (SQLite and PostgreSQL)."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

import pytest

from bounceback.services import Bounceback

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient


class Web:
    """A browser-like client: keeps the CSRF cookie and sends its token with every form."""

    def __init__(self, client: TestClient, bb: Bounceback) -> None:
        self.client = client
        self.bb = bb

    @property
    def token(self) -> str:
        if "bb_csrf" not in self.client.cookies:
            self.client.get("/favicon.ico")
        return str(self.client.cookies["bb_csrf"])

    def get(self, url: str, **kwargs: Any) -> Any:
        return self.client.get(url, **kwargs)

    def post(self, url: str, data: dict[str, Any] | None = None, *, follow: bool = False,
             **kwargs: Any) -> Any:
        form = {"csrf_token": self.token, **(data or {})}
        return self.client.post(url, data=form, follow_redirects=follow, **kwargs)


def make_web(bb: Bounceback) -> Iterator[Web]:
    from bounceback.web.app import create_app

    with TestClient(create_app(bb), raise_server_exceptions=False) as client:
        yield Web(client, bb)


@pytest.fixture
def web(bb: Bounceback) -> Iterator[Web]:
    """The app over an empty database."""
    yield from make_web(bb)


@pytest.fixture
def demo_web(demo_bb: Bounceback) -> Iterator[Web]:
    """The app over the small demo search."""
    yield from make_web(demo_bb)
