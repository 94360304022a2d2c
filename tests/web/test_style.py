"""Feel: the colours of both themes keep text readable (WCAG AA contrast, 4.5:1 for text)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

CSS = (Path(__file__).resolve().parents[2] / "src" / "bounceback" / "web" / "static" / "app.css").read_text()
PAIRS = [("text", "bg"), ("text", "surface"), ("muted", "bg"), ("muted", "surface"),
         ("accent", "surface"), ("accent", "bg"), ("accent-text", "accent"), ("error", "surface"),
         ("warn", "warn-soft"), ("crisis", "crisis-soft"), ("text", "gentle-soft"),
         ("text", "accent-soft"), ("muted", "surface-2")]


def _theme(block: str) -> dict[str, str]:
    return dict(re.findall(r"--([a-z0-9-]+):\s*(#[0-9a-fA-F]{6})", block))


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


LIGHT = _theme(CSS.split("@media (prefers-color-scheme: dark)")[0])
DARK = {**LIGHT, **_theme(CSS.split("@media (prefers-color-scheme: dark)")[1].split("}")[0] + "}")}


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize(("fore", "back"), PAIRS)
def test_text_colours_are_readable(theme: dict[str, str], fore: str, back: str) -> None:
    assert _contrast(theme[fore], theme[back]) >= 4.5, (fore, back, theme[fore], theme[back])
