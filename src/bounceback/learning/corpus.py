"""Labelled reason texts as tab-separated lines: `reasons<TAB>kind<TAB>text`, primary first."""

from __future__ import annotations

from bounceback.domain.errors import InvalidValue
from bounceback.domain.learning import LabelledText
from bounceback.learning.reasons import TAXONOMY

HEADER = "reasons\tkind\ttext"
KINDS = ("email", "feedback")


def parse_corpus(
    content: str, where: str = "corpus", custom: tuple[str, ...] = ()
) -> list[LabelledText]:
    """Read labelled texts; a bad line raises an error naming its line number."""
    examples: list[LabelledText] = []
    valid = set(TAXONOMY) | set(custom)
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip() or line.startswith("#") or line == HEADER:
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise InvalidValue(f"{where}, line {number}: expected 3 tab-separated fields")
        reasons = [r.strip() for r in parts[0].split(";") if r.strip()]
        unknown = [r for r in reasons if r not in valid]
        if not reasons or unknown:
            raise InvalidValue(
                f"{where}, line {number}: unknown or missing reason {unknown or reasons}; "
                f"choose from: {', '.join(sorted(valid))}"
            )
        kind = parts[1].strip()
        if kind not in KINDS:
            raise InvalidValue(f"{where}, line {number}: kind must be one of {', '.join(KINDS)}")
        examples.append(LabelledText(text=parts[2].strip(), reasons=reasons, kind=kind))
    return examples


def format_corpus(examples: list[LabelledText]) -> str:
    """The inverse of parse_corpus, for exporting a user's corrections."""
    lines = [HEADER]
    for e in examples:
        text = " ".join(e.text.split())
        lines.append(f"{';'.join(e.reasons)}\t{e.kind}\t{text}")
    return "\n".join(lines) + "\n"
