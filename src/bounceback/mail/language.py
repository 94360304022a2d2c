"""Which language an email is written in: py3langid (BSD-3-Clause), whose model ships in its wheel.

py3langid's own model file is LZMA-compressed and takes most of a second to open, longer than
`emails classify` may spend on 10,000 messages. So the first use keeps the decompressed tables
(restricted to the languages below) in the user's cache folder, and later runs map them back
in a few milliseconds. The cache holds only the public model, never any email; when it cannot
be written (read-only home, full disk) detection still works, just with the slower start.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import zlib
from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any, Literal

# The languages bounceback reads (first), and neighbours it must not mistake them for.
SUPPORTED = ("en", "de", "fr", "es", "nl", "it", "pt", "pl", "sv")
LANGUAGES = (*SUPPORTED, "da", "no", "fi", "cs", "sk", "ro", "hu", "tr", "ru", "uk", "el",
             "ca", "gl", "af", "ja", "zh", "ar", "hi")
CACHE_FORMAT = 2
MAX_CHARS = 64
_MAGIC = b"bounceback-langid\n"
_lock = threading.Lock()


def cache_dir() -> Path:
    """Where the decompressed model is kept: $BOUNCEBACK_CACHE, else the platform's cache."""
    configured = os.environ.get("BOUNCEBACK_CACHE")
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("bounceback", appauthor=False))


def _source() -> tuple[Path, str]:
    import py3langid
    from py3langid import langid

    path = Path(langid.MODEL_DIR) / langid.MODEL_FILE
    version = getattr(py3langid, "__version__", "")
    # The file's content (CRC-32, ~2 ms), not its modification time: every install of the same
    # model shares the one cache file. Stamped by time, two installs (two virtual environments,
    # a CI checkout) rewrote the 50 MB file in turn, and each first check paid ~1 s rebuilding it.
    data = path.read_bytes()
    return path, f"{version}:{len(data)}:{zlib.crc32(data):08x}:{','.join(LANGUAGES)}"


def _from_cache(path: Path, stamp: str) -> Any | None:
    """The identifier over the cached tables, mapped read-only (pages load as they are used)."""
    import mmap

    try:
        with path.open("rb") as fh:
            raw = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
    if raw[: len(_MAGIC)] != _MAGIC:
        return None
    try:
        head_end = raw.find(b"\n", len(_MAGIC))
        header = json.loads(raw[len(_MAGIC):head_end])
        if header.get("format") != CACHE_FORMAT or header.get("stamp") != stamp:
            return None
        import numpy as np

        view = memoryview(raw)
        offset = head_end + 1
        parts: dict[str, Any] = {}
        for name, dtype, count in header["arrays"]:
            size = np.dtype(dtype).itemsize * count
            if offset + size > len(raw):
                return None
            chunk = view[offset: offset + size]
            parts[name] = (np.frombuffer(chunk, dtype=dtype) if dtype.startswith("float")
                           else chunk.cast(_typecode(dtype)))
            offset += size
        ptc = parts["ptc"].reshape(-1, len(header["classes"]))
        pc = parts["pc"]
    except (ValueError, KeyError, TypeError):
        return None
    from py3langid.langid import LanguageIdentifier

    return LanguageIdentifier(ptc, pc, header["classes"], parts["nextmove"], parts["output"],
                              tk_row=parts["row"])


def _typecode(dtype: str) -> Literal["H", "I", "i"]:
    codes: dict[str, Literal["H", "I", "i"]] = {"uint16": "H", "uint32": "I", "int32": "i"}
    return codes[dtype]


def _write_cache(path: Path, stamp: str, identifier: Any) -> None:
    import numpy as np

    from bounceback.files import write_atomic

    arrays = {
        "ptc": np.ascontiguousarray(identifier.nb_ptc, dtype=np.float32),  # fast to multiply
        "pc": np.ascontiguousarray(identifier.nb_pc, dtype=np.float32),
        "nextmove": np.frombuffer(identifier.tk_nextmove, dtype=f"uint{8 * identifier.tk_nextmove.itemsize}"),
        "row": np.frombuffer(identifier.tk_row, dtype=f"uint{8 * identifier.tk_row.itemsize}"),
        "output": np.asarray(identifier.tk_output, dtype=np.int32),
    }
    header = {"format": CACHE_FORMAT, "stamp": stamp, "classes": list(identifier.nb_classes),
              "arrays": [(name, str(a.dtype), int(a.size)) for name, a in arrays.items()]}
    blob = b"".join([_MAGIC, json.dumps(header).encode(), b"\n",
                     *(a.tobytes() for a in arrays.values())])
    write_atomic(path, blob)


def _restricted(identifier: Any) -> Any:
    """A copy of the identifier holding only LANGUAGES' columns (smaller, faster to score)."""
    from py3langid.langid import LanguageIdentifier

    keep = [i for i, c in enumerate(identifier.nb_classes) if c in LANGUAGES]
    classes = [identifier.nb_classes[i] for i in keep]
    return LanguageIdentifier(identifier.nb_ptc[:, keep].copy(), identifier.nb_pc[keep].copy(),
                              classes, identifier.tk_nextmove, identifier.tk_output,
                              tk_row=identifier.tk_row)


@cache
def identifier() -> Any:
    """py3langid's identifier over LANGUAGES, from the cache when it is there."""
    with _lock:
        source, stamp = _source()
        cached = cache_dir() / "langid-model.bin"
        found = _from_cache(cached, stamp)
        if found is not None:
            return found
        from py3langid.langid import LanguageIdentifier

        found = _restricted(LanguageIdentifier.from_model_file(source))
        # With no cache folder to write to, every run opens py3langid's own model instead.
        with contextlib.suppress(OSError):
            _write_cache(cached, stamp, found)
            # mapped from the file just written: the tables opened above (50 MB, the byte
            # automaton as Python arrays) are not kept for the life of the process
            return _from_cache(cached, stamp) or found
        return found


# Function words that belong to one of the languages bounceback reads and to no other of them
# (a word two of them share, like "de", "la" or "en", is left out). When an email's first
# lines hold several of one language's and hardly any of another's, that settles it without
# the statistical model; anything less clear-cut goes to py3langid.
_FUNCTION_WORDS = {
    "en": "the and to of you your for we is are our with have has this be that will thank "
          "thanks would please from it at been not any can an as by",
    "de": "der die das und ist nicht sie ihre ihr ihnen wir mit für den dem ein eine einen zu "
          "von auf uns bei haben leider vielen dank wurde wird sind sehr freundlichen grüßen "
          "gerne können möchten unser unsere noch auch",
    "fr": "le les et des vous votre vos nous pour est une avec sur dans pas merci bonjour nos "
          "notre sont avons été cette ce qui du au aux très bien cordialement",
    "es": "el los las y que para su sus con por una es nos del gracias hola usted muy hemos ha "
          "lo este esta estamos saludos nuestro nuestra",
    "nl": "het een van jij u uw wij we voor met niet dat bij graag bedankt jouw zijn hebben ons "
          "onze wordt naar ook groet vriendelijke",
    "it": "il di che per un una con non ti tua sua della del sono grazie ciao siamo nostro "
          "nostra gli alla abbiamo è le la dei delle nel al",
    "pt": "os não uma um seu sua você obrigado obrigada olá em da do dos das pela pelo para com "
          "que muito nossa nosso foi está",
    "pl": "w z się nie że jest dla pan pani dziękujemy za od oraz jak po pana panią twoje "
          "twoja ze są",
    "sv": "och att det är ett för med på som vi du dig din inte har av till tack hej vår våra "
          "kommer oss ditt",
}
_SHARED = Counter(w for text in _FUNCTION_WORDS.values() for w in set(text.split()))
_WORD_LANG = {w: lang for lang, text in _FUNCTION_WORDS.items() for w in text.split()
              if _SHARED[w] == 1}
_LETTERS = str.maketrans({chr(i): " " for i in range(0x250)
                          if not chr(i).isalpha() or chr(i) in "ªº"})
_FUNCTION_WORD_SET = frozenset(_WORD_LANG)
FUNCTION_WORD_CHARS = 400
FUNCTION_WORD_TOKENS = 70  # about as many words as FUNCTION_WORD_CHARS holds
MIN_FUNCTION_WORDS = 4


def by_function_words(subject: str, text: str) -> str | None:
    """The language when the function words of the subject and the first lines settle it
    (at least four distinct ones of one language, four times as many as of any other)."""
    return by_words(f"{subject} {text[:FUNCTION_WORD_CHARS]}".lower().translate(_LETTERS).split())


def by_words(words: Iterable[str]) -> str | None:
    """`by_function_words` over lower-case words already split."""
    hits: dict[str, int] = {}
    get = _WORD_LANG.get
    for word in _FUNCTION_WORD_SET.intersection(words):
        lang = get(word, "")
        hits[lang] = hits.get(lang, 0) + 1
    if not hits:
        return None
    best = max(hits, key=hits.__getitem__)
    top = hits[best]
    if top >= MIN_FUNCTION_WORDS and all(n * 4 <= top for lang, n in hits.items()
                                         if lang != best):
        return best
    return None


def detect(subject: str, text: str, words: Iterable[str] | None = None) -> str:
    """The ISO 639-1 code of the language an email is written in ("en" when it has no words).

    Reads the subject and the start of the (already cleaned) body: its function words when
    they settle it (`words`, when given, are those of the subject and the body's first lines,
    lower case), else py3langid on the subject and the first characters."""
    found = by_function_words(subject, text) if words is None else by_words(words)
    if found is not None:
        return found
    sample = f"{subject}\n{text[:MAX_CHARS]}"
    if not any(c.isalpha() for c in sample):
        return "en"
    lang, _ = identifier().classify(sample)
    return str(lang)
