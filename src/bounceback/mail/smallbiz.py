"""A small employer writing from a free-mail address (round 31): a cafe owner on gmail, a
builder on web.de, a care home on outlook.com, a family hiring a nanny.

In the corpus most free-mail senders are friends, family and everyday mail, so a free-mail
address alone weighs hard towards `other`; a small employer's one-line no, trial shift or
"can you start Monday?" then reads as `other`. Two features let the model tell them apart:

- `sd:free_biz`: the display name names a business, by a separator between a person and a
  business ("Dee @ The Copper Kettle", "Paolo | Bella Napoli", "Kees - Eetcafé De Brug") or
  by a trade's word ("Rosewood Care Home", "Bäckerei Krüger", "Familie Berger");
- `sd:free+<kind>`: a free-mail sender's mail says a job kind's phrase (`x:rejection`,
  `x:interview_request`, ...), weighed apart from the same phrase in other senders' mail.

Both are language-free shape features (their prefix is one of train.ABSTRACT's).
"""

from __future__ import annotations

import re

from bounceback.mail.names import words
from bounceback.mail.namewords import TRADE_WORDS

# A trade's or a household's words, whole words (round 33: namewords.ORG_WORDS' trade words
# only; its generic organisation words, "group", "services", "solutions", "partners",
# "personal", "air", "lodge", "council", "bank", "ltd" ..., say nothing of a small employer
# and are a friend's "Personal Training" or "Air Cadets" as often), beside the starts of a
# trade's words (lower case, accents kept; a word matches when it starts with one of these:
# "panader", "bageri" for "bageriet").
_TRADE = (
    "bageri", "caffè", "caffe", "coffee", "kaffe", "kafé", "kawiarni", "bakehouse", "bäcker",
    "boulanger", "panader", "pasticcer", "piekarni", "chippy", "restauracja", "osteria",
    "taverna", "eetcafé", "salon", "barber", "friseur", "coiffure", "peluquer", "kapper",
    "parrucch", "cabeleireir", "fryzjer", "frisör", "nursery", "guardería",
    "kinderdagverblijf", "przedszkole", "förskola", "carehome", "nursing", "seniorenheim",
    "pflege", "ehpad", "residencia", "zorgcentrum", "opieki", "äldreboende", "building",
    "reformas", "construcc", "bouwbedrijf", "edilizia", "construç", "budowla", "snickeri",
    "plumbing", "electrical", "roofing", "landscap", "gardening", "boutique", "tienda",
    "winkel", "negozio", "sklep", "butcher", "metzger", "boucher", "carnicer", "slager",
    "macelleria", "rzeźni", "cleaning", "reinigung", "nettoyage", "limpieza", "schoonmaak",
    "pulizie", "limpeza", "sprzątan", "familie", "famille", "familia", "família", "famiglia",
    "rodzina", "familjen", "agencja", "bemanning", "temporário", "zeitarbeit", "uitzend",
)
# Whole words of a trade, a small workplace or a household: namewords.TRADE_WORDS (one source),
# then the short words ORG_WORDS lacks, matched whole ("pub", not "Publius").
_TRADE_WORDS = TRADE_WORDS | words("""btp butik deli dom edil ett family home inn intérim laden lar
loja pub rsa""")
_WORD = re.compile(r"[^\W\d_]+")
_SEPARATOR = re.compile(r"\s[@|–-]\s|\s@\w|\s\|\s?")
_KINDS = ("rejection", "interview_request", "application_received", "offer",
          "action_required", "recruiter_outreach", "assessment", "keep_cv")


def names_business(display_name: str) -> bool:
    """Whether a sender's (lower-case) display name names a business or a household hiring."""
    if not display_name:
        return False
    if _SEPARATOR.search(display_name):
        return True
    return any(word in _TRADE_WORDS or word.startswith(_TRADE)
               for word in _WORD.findall(display_name))


def free_mail_phrases(phrase_feats: set[str]) -> set[str]:
    """`sd:free+<kind>` for each job kind whose phrase a free-mail sender's mail says (the
    caller knows the sender is free mail; `sd:free_biz` is a sender feature)."""
    return {"sd:free+" + kind for kind in _KINDS if "x:" + kind in phrase_feats}
