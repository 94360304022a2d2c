"""Turning the bytes of a file into text: encodings, PDF (pypdf) and DOCX (python-docx)."""

from __future__ import annotations

import codecs
import contextlib
import io
import logging
import re
import zipfile

from bounceback.domain.skills import UnreadableDocument

PASTE_HINT = "paste the text instead"

_EMPHASIS = re.compile(r"\*\*|__|`")
_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")


def plain_emphasis(text: str) -> str:
    """Markdown's bold, code marks and links as plain words, for postings and resumes alike:
    "- **Languages:** TypeScript, Go" is the label "Languages:" and its list, "**GST**
    compliance" is GST compliance, and "[trailtime](https://...)" is trailtime."""
    return _EMPHASIS.sub("", _LINK.sub(r"\1", text))
_MIN_PDF_TEXT = 40


def decode_text(data: bytes, what: str, declared: str | None = None) -> str:
    """Text from bytes: a BOM, else UTF-8, else the declared encoding; otherwise a clear error."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    head = data[:4096]
    for zeros, chars, encoding in (
        (head[1::2], head[0::2], "utf-16-le"),
        (head[0::2], head[1::2], "utf-16-be"),
    ):
        # UTF-16 saved without its mark: every other byte zero, the others mostly not (a file
        # of zeros, a failed download, or UTF-32 is no text)
        if len(head) >= 8 and not zeros.strip(b"\x00") and chars.count(0) * 10 < len(chars):
            with contextlib.suppress(UnicodeDecodeError):
                text = data.decode(encoding)
                if "\x00" not in text:
                    return text
    kind = _binary_kind(data)
    if kind:
        raise UnreadableDocument(
            f"could not read {what}: it is {kind}, not text; import the page saved as HTML, "
            f"or a text, PDF or Word file, or {PASTE_HINT}"
        )
    candidates = ["utf-8"]
    if declared:
        with contextlib.suppress(LookupError, ValueError):  # unknown, or a NUL in the name
            candidates.append(codecs.lookup(declared).name)
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeError, LookupError):  # LookupError: base64 and such are not text
            continue
        if "\x00" in text:
            break
        return text
    raise UnreadableDocument(
        f"could not read {what}: it is not UTF-8 text and does not say which encoding it uses; "
        f"save it as UTF-8 (or give the encoding with --encoding, e.g. cp1252), or {PASTE_HINT}"
    )


_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a media file"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"PK\x03\x04", "a zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"MZ", "a Windows program"),
    (b"\x7fELF", "a program"),
    (b"\xd0\xcf\x11\xe0", "an old Office file (.doc or .xls)"),
    (b"SQLite format 3", "a database"),
)


def _binary_kind(data: bytes) -> str:
    """What a file that is no text is ("a PNG image"), or "" for text. Text in UTF-16 or UTF-32
    holds NULs too, so those are text when their byte order mark says so."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    head = data[:8192]
    if b"\x00" not in head:
        return ""
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return "a binary file" if controls > len(head) // 20 or head.count(b"\x00") > 2 else ""


def pdf_text(data: bytes, what: str) -> str:
    """The text layer of a PDF; encrypted, scanned or broken files get a clear error."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableDocument(
                f"could not read {what}: the PDF is password-protected; save an unprotected "
                f"copy or {PASTE_HINT}"
            )
        pages = [page.extract_text() or "" for page in reader.pages]
    except UnreadableDocument:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise UnreadableDocument(
            f"could not read {what}: the PDF is damaged or not a PDF ({type(exc).__name__}); "
            f"export it again from your editor, or {PASTE_HINT}"
        ) from None
    except Exception as exc:  # pypdf raises assorted errors on malformed files
        if type(exc).__module__.startswith("pypdf"):
            raise UnreadableDocument(
                f"could not read {what}: the PDF could not be decoded; {PASTE_HINT}"
            ) from None
        raise
    text = "\n".join(pages)
    if len("".join(text.split())) < _MIN_PDF_TEXT:
        raise UnreadableDocument(
            f"could not read {what}: the PDF has no text layer (it looks like a scan or an "
            f"image); export it as text-based PDF or DOCX from your editor, or {PASTE_HINT}"
        )
    return text


def docx_text(data: bytes, what: str) -> str:
    """Paragraphs and table cells of a Word document, in order."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise UnreadableDocument(
            f"could not read {what}: it is not a valid Word (.docx) file "
            f"({type(exc).__name__}); save it again as .docx, or {PASTE_HINT}"
        ) from None
    except Exception as exc:  # lxml parse errors inside a damaged package
        if type(exc).__module__.startswith(("lxml", "docx")):
            raise UnreadableDocument(
                f"could not read {what}: the Word file is damaged; {PASTE_HINT}"
            ) from None
        raise
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            cells = dict.fromkeys(c.text.strip() for c in row.cells if c.text.strip())
            lines.append(" | ".join(cells))
    text = "\n".join(lines)
    if not text.strip():
        raise UnreadableDocument(
            f"could not read {what}: the Word file holds no text; {PASTE_HINT}"
        )
    return text


def sniff_format(data: bytes, filename: str | None) -> str:
    """pdf, docx, html, markdown or text, from the name and the first bytes."""
    name = (filename or "").lower()
    if data.startswith(b"%PDF") or name.endswith(".pdf"):
        return "pdf"
    if data.startswith(b"PK\x03\x04") or name.endswith(".docx"):
        return "docx"
    if name.endswith(".doc"):
        raise UnreadableDocument(
            f"could not read {filename}: old Word .doc files are not supported; save it as "
            f".docx or PDF, or {PASTE_HINT}"
        )
    if name.endswith((".html", ".htm", ".xhtml")):
        return "html"
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<script")) or (
        b"<html" in head or b"application/ld+json" in data[:200000].lower()
    ):
        return "html"
    if name.endswith((".md", ".markdown")):
        return "markdown"
    return "text"
