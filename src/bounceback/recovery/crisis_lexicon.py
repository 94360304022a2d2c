"""The phrase lists of the crisis check in every language but English, read from data/crisis/.

One UTF-8 file per language (`es.txt`, `zh.txt`...) and `global.txt` (slang read in every
language), written on folded text (crisis_fold.py). Sections:

    [negation]   words that soften a phrase standing just after them ("no", "nicht", "不")
    [others]     regular expressions naming someone else ("mi hermano", "他"): a phrase they
                 stand just before is about that person, and gets the gentle note
    [idiom]      one regular expression a line: harmless uses removed first ("me muero de risa")
    [explicit]   `name: regular expression`: the full message
    [heavy]      `name: regular expression`: heavy but not explicit; the check asks
    [together]   `name: regular expression` read on the whole entry, sentences joined by " | ":
                 signs that add up across sentences ("passwords written down" ... "won't need")
    [joking]     regular expressions: a sentence they match (a condition with a laugh: "if they
                 ask me that again I'll jump out of the window lol") gets the gentle note instead
                 of the full message
    [reassure]   regular expressions: a negated phrase in a sentence they match ("not that I
                 want to die, I just want a job") is not read at all
    [fiction]    regular expressions: a phrase about someone else in a sentence they match (a
                 film, a book, the news) is not read at all
    [denial_before]  regular expressions: an explicit phrase whose clause ends with one just
                 before it is a denial ("ما عندي افكار انتحاريه", "我没有想自杀") and gets the
                 gentle note, as a negated phrase does
    [denial_after]   regular expressions: an explicit phrase followed, to the end of its clause,
                 by one of these is a denial written after it ("суицидальных мыслеи у меня нет",
                 "suizidal bin ich nicht", "intihar dusuncem yok") and gets the gentle note
    [death_words]    regular expressions: words of dying, killing, suicide, living, vanishing,
                 means, harm, burden and farewell; a text the last steps would lower keeps its
                 reading while one is left (crisis_gentle.py, crisis_reassure.py)
    [self_reassure]  regular expressions: the writer's own reassurance ("ich tu mir nichts an",
                 "不会做傻事"): with no other sign of risk the text gets nothing (round 19)
    [hedge]      regular expressions: around a reassurance, it is no reassurance ("yet", "todavia")
    [vented]     regular expressions: plain feelings ("harta", "genervt", "烦") a few words left
                 beside a reassurance may name (crisis_reassure.py)

A line starting with `#` is a comment. A wrong line is an error that names the file and line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bounceback.recovery import crisis_needs
from bounceback.recovery.crisis_compiled import Programs, programs
from bounceback.recovery.crisis_needs import Needs

DATA = Path(__file__).resolve().parent / "data" / "crisis"
SECTIONS = ("negation", "others", "idiom", "explicit", "heavy", "together", "joking",
            "reassure", "fiction", "denial_before", "denial_after", "death_words",
            "self_reassure", "hedge", "vented")


@dataclass(frozen=True)
class Lexicon:
    lang: str
    negators: frozenset[str]
    others: re.Pattern[str] | None
    idioms: tuple[re.Pattern[str], ...]
    explicit: tuple[tuple[str, re.Pattern[str]], ...]
    heavy: tuple[tuple[str, re.Pattern[str]], ...]
    together: tuple[tuple[str, re.Pattern[str]], ...] = ()
    joking: tuple[re.Pattern[str], ...] = ()
    idiom_re: re.Pattern[str] | None = None  # every idiom in one expression (one pass)
    reassure: re.Pattern[str] | None = None
    fiction: re.Pattern[str] | None = None
    denial_before: re.Pattern[str] | None = None  # searched at the end of the clause before
    denial_after: re.Pattern[str] | None = None  # matched in full by the rest of the clause
    # Round 16: per explicit and heavy pattern, strings one of which a text must hold for the
    # pattern to match in it (crisis_needs.py): a cheap test before the pattern is run.
    explicit_needs: tuple[Needs, ...] = ()
    heavy_needs: tuple[Needs, ...] = ()
    together_needs: tuple[Needs, ...] = ()
    needed: tuple[str, ...] = ()  # every string of the needs above, each once
    idiom_needs: Needs = None  # one of these is in any text idiom_re finds an idiom in
    # Round 19: the last steps' words, in the same files (crisis_gentle.py, crisis_reassure.py).
    death_words: re.Pattern[str] | None = None
    self_reassure: re.Pattern[str] | None = None
    hedge: re.Pattern[str] | None = None
    vented: re.Pattern[str] | None = None


def parse(text: str, lang: str, where: str = "", kept: Programs | None = None) -> Lexicon:
    """A lexicon from the text of one phrase file; `where` names it in errors. With `kept`, the
    patterns are made from their kept programs (crisis_compiled.py: the same objects)."""
    make = re.compile if kept is None else kept.compile
    needs = crisis_needs.needs if kept is None else kept.needs
    parts: dict[str, list[tuple[int, str]]] = {s: [] for s in SECTIONS}
    section = ""
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            if section not in SECTIONS:
                raise ValueError(f"{where}:{number}: unknown section [{section}]")
            continue
        if not section:
            raise ValueError(f"{where}:{number}: a line before any [section]")
        parts[section].append((number, line))

    def compiled(number: int, pattern: str) -> re.Pattern[str]:
        try:
            return make(pattern)
        except re.error as exc:
            raise ValueError(f"{where}:{number}: {exc}") from None

    def named(section: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
        out = []
        for number, line in parts[section]:
            name, sep, pattern = line.partition(":")
            if not sep or not re.fullmatch(r"[a-z_0-9]+", name.strip()) or not pattern.strip():
                raise ValueError(f"{where}:{number}: expected `name: regular expression`")
            out.append((f"{lang}:{name.strip()}", compiled(number, pattern.strip())))
        return tuple(out)

    others = [p for _, p in parts["others"]]
    explicit, heavy, together = named("explicit"), named("heavy"), named("together")
    wanted = [tuple(needs(p) for _, p in group) for group in (explicit, heavy, together)]
    idiom_re = compiled(0, "|".join(f"(?:{p})" for _, p in parts["idiom"])) if parts["idiom"] \
        else None
    return Lexicon(
        lang=lang,
        negators=frozenset(w for _, line in parts["negation"] for w in line.split()),
        others=compiled(0, "|".join(f"(?:{p})" for p in others)) if others else None,
        idioms=tuple(compiled(n, p) for n, p in parts["idiom"]),
        idiom_re=idiom_re,
        idiom_needs=needs(idiom_re) if idiom_re is not None else None,
        explicit=explicit,
        heavy=heavy,
        explicit_needs=wanted[0],
        heavy_needs=wanted[1],
        together_needs=wanted[2],
        needed=tuple(sorted({s for group in wanted for n in group if n for s in n})),
        together=together,
        joking=tuple(compiled(n, p) for n, p in parts["joking"]),
        reassure=_either(parts["reassure"], compiled),
        fiction=_either(parts["fiction"], compiled),
        denial_before=_either([(n, f"(?:{p})\\s*$") for n, p in parts["denial_before"]], compiled),
        denial_after=_either(parts["denial_after"], compiled),
        death_words=_either(parts["death_words"], compiled),
        self_reassure=_either(parts["self_reassure"], compiled),
        hedge=_either(parts["hedge"], compiled),
        vented=_either(parts["vented"], compiled),
    )


def _either(lines: list[tuple[int, str]], compiled: Callable[[int, str], re.Pattern[str]],
            ) -> re.Pattern[str] | None:
    if not lines:
        return None
    return compiled(lines[0][0], "|".join(f"(?:{p})" for _, p in lines))


@lru_cache(maxsize=32)
def lexicon(lang: str) -> Lexicon | None:
    """The lexicon of a language (or "global"), None when there is no file for it."""
    path = DATA / f"{lang}.txt"
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8")
    kept = programs(lang, text)  # round 18: compiled once per install, not per process
    found = parse(text, lang, str(path.name), kept)
    kept.save()
    return found


def available() -> tuple[str, ...]:
    """Every language with a phrase file ("global" excluded)."""
    return tuple(sorted(p.stem for p in DATA.glob("*.txt") if p.stem != "global"))
