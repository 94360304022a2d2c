"""The words the span reader of `phrasespans` knows by kind: the generic heads of a noun phrase
("procedures", "systems"), adjectives, the names of qualifications, verbs that also begin a
skill's name ("open enrollment", "Code 08"), the words that open a sentence about the reader and
the prepositions before a verb's object."""

from __future__ import annotations

import re

GENERIC_HEADS = frozenset(
    [
        "procedures",
        "systems",
        "techniques",
        "equipment",
        "reports",
        "records",
        "services",
        "methods",
        "processes",
        "controls",
        "checks",
        "inspections",
        "assessments",
        "policies",
        "tests",
    ]
)
ADJ_ENDS = ("al", "ive", "ic", "en", "ous", "ary", "ory", "ed", "ful", "ble")
ADJECTIVES = frozenset(
    [
        "written",
        "verbal",
        "oral",
        "spoken",
        "inpatient",
        "outpatient",
        "domestic",
        "commercial",
        "industrial",
        "residential",
        "hydraulic",
        "electrical",
        "mechanical",
        "internal",
        "external",
        "manual",
        "pediatric",
        "paediatric",
        "adult",
        "junior",
        "senior",
        "basic",
        "advanced",
        "fine",
        "gross",
        "hard",
        "soft",
        "front",
        "back",
    ]
)
QUALIFICATIONS = frozenset(
    ["degree", "diploma", "certificate", "certification", "qualification", "masters", "bachelors", "bachelor's", "master's", "course", "apprenticeship", "nvq", "svq", "b.sc", "b.sc.", "bsc", "m.sc", "m.sc.", "msc", "b.a.", "m.a.", "b.tech", "btech", "m.tech", "b.com", "bcom", "m.com", "mba", "bba", "phd", "ph.d", "ph.d.", "b.e.", "m.e.", "bachelor", "master", "doctorate", "associate's", "hnd", "hnc", "btec", "level"]
)
# Verbs that are also the first word of a skill's name: "open enrollment", "stock rotation".
NOUN_VERBS = frozenset(
    ["open", "process", "test", "order", "record", "service", "plan", "design", "control", "audit", "report", "budget", "schedule", "stock", "check", "train", "program", "code", "label", "display", "model", "review", "supply", "change", "project", "quality", "cost", "price", "store", "feed", "shift", "milk", "plant", "spray", "fence", "paint", "screen", "set", "stock", "floor", "waste", "book", "file", "cash", "drill"]
)
NOMINAL = re.compile(r"(?:ment|tion|sion|ing|ance|ence|ship|ity|ery|ry)$")
OPENERS = frozenset(
    ["we", "we're", "we'll", "we've", "our", "you", "you'll", "you're", "your", "this", "they", "it", "i", "if", "as", "once", "when", "please", "apply", "join", "here", "there"]
)
OBJECT_PREPOSITIONS = frozenset(
    ["with", "using", "to", "against", "on", "following", "in", "via", "under", "within", "into"]
)
