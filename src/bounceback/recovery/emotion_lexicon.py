"""Cue phrases for each check-in emotion, written for bounceback (regular expressions)."""

from __future__ import annotations

from bounceback.domain.vocabulary import Emotion

CUES: dict[Emotion, tuple[str, ...]] = {
    Emotion.DISAPPOINTMENT: (
        r"disappoint\w*", r"let ?down", r"letdown", r"gutted", r"bummed", r"hopes? (were |was )?up",
        r"fell through", r"(a|such a|what a) shame", r"not what i (was hoping|hoped|wanted)",
        r"(really|so) wanted (this|it|the job)", r"i was sure", r"expected more",
        r"crushed", r"picturing myself", r"(another|one more) no\b", r"did not work out",
        r"too bad", r"pity",
    ),
    Emotion.SADNESS: (
        r"\bsad(ness|der)?\b", r"\bcr(y|ied|ying)\b", r"tears?\b", r"teary", r"heart ?broken",
        r"\bdown\b(?! to)", r"\blow\b", r"\bblue\b", r"grey|gray", r"\bupset\b", r"unhappy",
        r"heavy", r"\bgrie(f|ving|ve)\b", r"miserable", r"crushed", r"\bhurts?\b", r"sorrow",
        r"depress(ed|ing)",
    ),
    Emotion.ANGER: (
        r"\bangry\b", r"\banger\b", r"furious", r"\bmad\b", r"pissed", r"livid", r"fuming",
        r"resent\w*", r"how dare", r"outrag\w*", r"blood boil", r"\bunfair\b", r"disrespect\w*",
        r"\brude\b", r"\blied\b", r"insult\w*", r"infuriat\w*", r"\bhate (them|how|that)\b",
        r"ghosted me", r"wasted my time", r"strung along", r"red flags",
    ),
    Emotion.FRUSTRATION: (
        r"frustrat\w*", r"fed up", r"annoy\w*", r"irritat\w*", r"tiresome", r"sick of",
        r"same (wall|answer|thing)", r"hitting (the|a) wall", r"\bugh\b", r"\bstuck\b",
        r"(so|completely) over (this|it)", r"endless", r"for nothing", r"again\b.*\bautomated",
        r"automated rejection", r"nobody reads", r"keeps? happening", r"pointless forms",
    ),
    Emotion.ANXIETY: (
        r"anxi\w*", r"worr(y|ied|ying)", r"nervous", r"knots", r"scared", r"afraid", r"stress\w*",
        r"panic\w*", r"on edge", r"restless", r"(could not|cannot|can not) sleep",
        r"mind (kept |keeps )?racing", r"savings", r"\brent\b", r"bills", r"\bfear\w*",
        r"what if", r"dread\w*", r"\btense\b",
    ),
    Emotion.EMBARRASSMENT: (
        r"embarrass\w*", r"ashamed", r"\bshame(ful)?\b(?! it)", r"mortif\w*", r"cringe\w*",
        r"humiliat\w*", r"(so )?stupid", r"idiot", r"awkward", r"red[ -]faced",
        r"told (everyone|my whole|my family|all my)", r"anyone to know", r"bragg\w*",
        r"blank(ed|ing) on", r"fumbl\w*", r"face (my|them)",
    ),
    Emotion.SELF_DOUBT: (
        r"not (good|smart|strong|experienced) enough", r"doubt (myself|my|i)\b", r"self[- ]doubt",
        r"cut out for", r"\bfraud\b", r"impostor|imposter", r"(even )?qualified",
        r"wrong with me", r"inadequate", r"question (every|myself|my)", r"overestimat\w*",
        r"am i (even )?(good|capable|able)", r"not good at", r"maybe i('m| am) (just )?not",
        r"i('m| am) not (smart|good|capable)", r"doubt i",
    ),
    Emotion.HOPELESSNESS: (
        r"hopeless", r"never (find|get|going to)", r"what('s| is) the point", r"no matter what",
        r"lost (all )?hope", r"pointless", r"giving up", r"give up", r"nobody (is ever|will ever)",
        r"no (chance|way forward|future)", r"(cannot|can't|can not) see a way",
        r"nothing (i do )?works", r"always (a no|pick someone)", r"at this rate",
        r"ever going to hire",
    ),
    Emotion.NUMBNESS: (
        r"\bnumb\w*", r"feel nothing", r"(do not|don't) (really )?feel anything", r"\bblank\b",
        r"\bempty\b", r"\bflat\b", r"detached", r"autopilot", r"going through the motions",
        r"\bmeh\b", r"whatever", r"shrug\w*", r"too tired to care", r"disconnected",
        r"\bhollow\b", r"did not (even )?register", r"didn't (even )?register",
        r"(do not|don't) care", r"touch me",
    ),
    Emotion.RELIEF: (
        r"relie(f|ved)", r"weight off", r"\bphew\b", r"glad (it|that)", r"thankful", r"dodged",
        r"lighter", r"good riddance", r"at least (now )?i know", r"finally (have|got) an answer",
        r"stop waiting", r"(do not|don't) have to (relocate|move|commute)", r"bullet",
    ),
    Emotion.HOPE: (
        r"\bhope(ful|fully)?\b(?! (was|were) up)", r"optimis\w*", r"around the corner",
        r"(still )?believe", r"looking forward", r"encourag\w*", r"good feeling",
        r"light at the end", r"opens? (the|a|up) door",
        r"(things|it) will (turn around|get better)",
        r"something better", r"\bpositive\b", r"other (interviews|options|applications)",
        r"lined up", r"next (opportunity|one will)",
    ),
    Emotion.DETERMINATION: (
        r"determin\w*", r"(going to|gonna|will|i'll) (prepare|practi[sc]e|work|learn|fix|ask|"
        r"apply|send|keep|nail|improve)", r"keep(ing)? (at it|going|trying|applying)",
        r"come back stronger", r"won't stop me|will not stop me", r"not giving up",
        r"onwards?", r"motivat\w*", r"back to it", r"clear plan", r"time to (practi[sc]e|work)",
        r"every day", r"sending \w+ more", r"\bnext one\b", r"learn from",
    ),
}
