"""Full MIME parsing gives readable text from broken, mislabelled and huge messages."""

from __future__ import annotations

from bounceback.mail.mime import decode_bytes, parse_body
from mail.mailkit import make_message, stand_in_html_to_text


def parse(data: bytes):
    return parse_body(data, stand_in_html_to_text)


def test_prefers_the_plain_part_and_falls_back_to_html():
    both = make_message(1, "Hi", "Plain words here.", html="<p>Html words</p>")
    assert parse(both).text.strip() == "Plain words here."
    html_only = (
        b"From: a@example.org\nSubject: x\nContent-Type: text/html; charset=utf-8\n\n"
        b"<html><body><p>We will not be <b>moving forward</b>.</p></body></html>\n"
    )
    body = parse(html_only)
    assert body.html and body.text == "We will not be moving forward ."


def test_broken_base64_and_quoted_printable_still_give_text():
    broken_b64 = (
        b"Subject: x\nContent-Type: text/plain; charset=utf-8\n"
        b"Content-Transfer-Encoding: base64\n\nVGhhbmsgeW91IGZvciBhcHBseWluZw=!!==\n"
    )
    assert "Thank you for applying" in parse(broken_b64).text
    broken_qp = (
        b"Subject: x\nContent-Type: text/plain; charset=utf-8\n"
        b"Content-Transfer-Encoding: quoted-printable\n\nCaf=C3=A9 =ZZ and more=\n text\n"
    )
    assert "Café" in parse(broken_qp).text


def test_wrong_unknown_and_missing_charsets():
    wrong = b"Subject: x\nContent-Type: text/plain; charset=us-ascii\n\nZ\xc3\xbcrich office\n"
    assert "Zürich" in parse(wrong).text
    unknown = b"Subject: x\nContent-Type: text/plain; charset=x-klingon\n\nM\xfcnchen\n"
    body = parse(unknown)
    assert "München" in body.text
    assert any("unknown charset" in p for p in body.problems)
    assert decode_bytes(b"na\xefve", "") == "naïve"


def test_attachments_are_named_not_decoded_and_huge_messages_are_cut():
    text = "See attached.\n"
    raw = (
        b'Subject: x\nContent-Type: multipart/mixed; boundary="B"\n\n--B\n'
        b"Content-Type: text/plain\n\n" + text.encode() + b"--B\n"
        b'Content-Type: application/pdf; name="cv.pdf"\n'
        b'Content-Disposition: attachment; filename="cv.pdf"\n'
        b"Content-Transfer-Encoding: base64\n\n" + b"QUFB\n" * 1_200_000 + b"--B--\n"
    )
    body = parse(raw)
    assert body.text.strip() == "See attached."
    assert body.attachments == ("cv.pdf",)
    assert any("4 MB" in p for p in body.problems)


def test_truncated_multipart_and_garbage():
    cut = make_message(2, "Hi", "Some text that is long enough.", html="<p>x</p>")[:-60]
    assert "Some text" in parse(cut).text
    assert parse(b"\x00\xff\xfe garbage \x00").text is not None
    assert parse(b"").text == ""
