"""The crisis check: many phrasings per level, negations, idioms that are false alarms."""

from __future__ import annotations

from datetime import datetime

import pytest

from bounceback.domain.recovery import CheckIn, CrisisLevel, EmotionRating
from bounceback.domain.vocabulary import Emotion
from bounceback.recovery.crisis import assess, assess_check_in, crisis_message
from bounceback.recovery.crisis_resources import countries, international, resources_for

EXPLICIT = [
    "I want to kill myself.",
    "i wanna kill myself",
    "Honestly I've been thinking about killing myself",
    "I keep thinking about suicide",
    "I have had thoughts of suicide this week",
    "I feel suicidal tonight",
    "I'm suicidal",
    "feeling pretty suicidal after that call",
    "I want to die.",
    "I just want to die",
    "Some days I wish I was dead",
    "I wish I were dead",
    "I wish I had never been born",
    "I don't want to live anymore",
    "I dont want to be alive",
    "I do not want to exist",
    "I don't want to wake up tomorrow",
    "I hope I don't wake up",
    "I want to go to sleep and never wake up",
    "I'm going to end my life",
    "I've thought about taking my own life",
    "I want to end it all",
    "Sometimes I think about ending it all",
    "Everyone would be better off without me",
    "my family would be better off if I was gone",
    "I'd be better off dead",
    "I have nothing to live for",
    "There's no reason to live",
    "there is no point in living",
    "life is not worth living",
    "Life isn't worth living without work",
    "My life is pointless",
    "my life feels meaningless",
    "I can't go on",
    "I cannot go on anymore",
    "I've been hurting myself again",
    "I cut myself last night",
    "I want to hurt myself",
    "I started self-harming again",
    "self harm feels like the only release",
    "I'm thinking about taking all my pills",
    "I could overdose on my sleeping pills",
    "I looked up how to hang myself",
    "I want to jump off a bridge",
    "I'm planning suicide",
    "I wrote a suicide note",
    "kms",
    "I want to unalive myself",
    "I'm done with life",
    "I want to disappear forever",
    "I'm not going to lie, I want to die",
    "I got rejected again and I want to kill myself",
    "If I don't get this job I will kill myself",
    "I KILL MYSELF EVERY DAY IN MY HEAD",
    "I don't have anything to live for",
    "I keep punishing myself and I want to die",
    "I used to be suicidal and it is coming back",
]

SOFT = [
    "This search is killing me",
    "this job search is literally killing me",
    "It's killing me not knowing",
    "I'm dying inside",
    "I feel dead inside",
    "I wish I could disappear",
    "I want to vanish",
    "I can't do this anymore",
    "I cannot take it anymore",
    "I can't cope",
    "I can't go on like this",
    "What's the point",
    "There's no point in trying",
    "I give up",
    "I'm giving up on everything",
    "I am worthless",
    "I feel like a burden",
    "I hate myself",
    "I hate my life",
    "Nothing matters anymore",
    "there's no way out",
    "Everything feels hopeless",
    "My life is over",
    "I just want it all to end",
    "I want this to stop",
    "I don't want to be here",
    # negated explicit statements: softened, never ignored
    "I'm not suicidal, just tired",
    "I would never hurt myself",
    "I don't want to die, I'm just sad",
    "no thoughts of suicide, only frustration",
    "I'm not going to kill myself over a job",
    "I have not been thinking about suicide",
    # about someone else
    "My brother was suicidal last year",
    "A friend of mine died by suicide",
]

NONE = [
    "The waiting is killing me.",
    "I want to die of embarrassment",
    "ugh, kill me now",
    "this cover letter will be the death of me",
    "I killed it in the interview",
    "I absolutely killed that presentation",
    "They said I nailed it but still went with someone else",
    "I'm dying to hear back from them",
    "The office was to die for",
    "This feels like a dead end job",
    "I missed the deadline for the application",
    "I'm dead tired after the final round",
    "Taking that role would be career suicide",
    "It would have been professional suicide to stay",
    "The commute would have killed me anyway",
    "I'd kill for a job like that",
    "I overdosed on coffee before the interview",
    "I need to cut myself some slack",
    "I cut myself a break this weekend",
    "Knock them dead, my friend said",
    "I feel sad and disappointed, but I'll keep applying",
    "Angry at how they handled it",
    "I am relieved, honestly",
    "Hopeful about the next one",
    "This search is not killing me, just slow",
    "I'm not giving up",
    "The killer question was about system design",
    "I watched Suicide Squad to switch off",
    "I felt like I bombed the technical round",
    "I could kick myself for not asking about salary",
    "Hang in there, my mum said",
    "I will jump ship if a better offer comes",
    "It hurts, but I know I will be fine",
    "Rejected after the final round. Gutted.",
    "",
    "   ",
    "I beat myself up about the coding test",
    "I hurt my chances by being late",
    "The drop-dead date for the offer passed",
]

# Written without looking at the phrase lists (rounds 1 and 2 in docs/crisis-safety.md).
EXPLICIT += [
    "i'm thinking of ending my life",
    'part of me wants to die',
    "i've been having suicidal thoughts",
    'honestly thought about suicide on the train home',
    'i just want to not exist anymore',
    "i don't see the point in living anymore",
    'i want to end things',
    'i wish i could go to sleep forever',
    'nobody would miss me if i was gone',
    'i have a plan to kill myself',
    'i keep scratching myself until it bleeds',
    "i've been cutting again",
    'maybe everyone is better off without me',
    "i'm ready to die",
    "i can't see a future for myself at all, i want out of life",
    'killing myself seems like the only way',
    'i should just kill myself',
    'tonight i might hurt myself',
    'i feel like ending it',
    'suicide keeps crossing my mind',
    'sometimes i think the world would be better without me',
    "i've started to plan how i would do it, kill myself i mean",
    'i really feel like dying',
    'i want my life to be over',
    'i think about dying all the time',
    "i'm going to take an overdose tonight",
    "what if i just didn't wake up tomorrow, i'd be fine with that",
    'i feel like i should not be alive',
    "i'm considering suicide",
    "there's no reason for me to keep living",
    "i can't live like this anymore",
    'i hurt myself on purpose yesterday',
    'i want to die, this is the fifth rejection',
    'thinking of jumping off the roof',
    'i just want the pain to end forever',
]

# Written without looking at the phrase lists (rounds 1 and 2 in docs/crisis-safety.md).
SOFT += [
    'this rejection is destroying me',
    'i am so done',
    'i feel completely hopeless',
    'why do i even bother',
    "i can't keep doing this",
    'everything is falling apart',
    "i'm a failure at everything",
    'i feel empty',
    'the rejections are killing me slowly',
    "i'm exhausted by life",
    "i don't see a way forward",
    "i'm broken",
    'this search is slowly eating me alive',
    "i feel like i'm drowning",
    "i'm at the end of my rope",
    "i can't handle this anymore",
    'honestly what is even the point',
    'nothing will ever get better',
    'i hate who i am',
    'i want to crawl into a hole and disappear',
]

# Written without looking at the phrase lists (rounds 1 and 2 in docs/crisis-safety.md).
NONE += [
    'i crushed the case interview',
    'they killed the role due to budget',
    'the project was dead on arrival',
    "i'd die for a remote role",
    "i'm dying of boredom waiting",
    'killing time before the call',
    'the interview panel was brutal',
    'this recruiter is a pain',
    'my sister said i should not be so hard on myself',
    'i lost sleep over this',
    'the position was killed',
    'deadlines everywhere',
    'i want to quit applying to big companies',
    'i slayed the interview',
    'they want someone to die-hard commit to the mission',
    "i almost died laughing at the panel's joke",
    "i was so nervous i thought i'd die, but it went ok",
    'cutting back on applications this week',
    'i hit the ground running in the new course',
    'the recruiter ghosted me, so annoying',
    'i will kill this next interview',
    'the startup shut down, role is dead',
    "i'm not hopeless, just annoyed",
    "i'm dead set on getting into product",
    'burning the midnight oil on applications',
]

# Rounds 3 and 4, also written without looking at the phrase lists (docs/crisis-safety.md).
EXPLICIT += [
    'i have been thinking that everyone would be happier if i was gone',
    'honestly i just want to stop existing',
    'i keep imagining my own funeral and it feels like relief',
    "i've been stockpiling my pills",
    "i don't think i want to be alive much longer",
    "i'm scared i might do something to myself tonight",
    'it would be easier if i died in my sleep',
    "i've been looking up ways to end it",
    "i'm so tired of being alive",
    'i want to go to sleep and not wake up ever',
    "if this doesn't work out i'm going to end it",
    'sometimes i think about driving into a wall',
    'i wish i could just fall asleep and never wake up again',
    "lately i've had thoughts about ending my life",
    "i'm thinking of taking my own life",
    "the world doesn't need me, i should just go",
    'i want to hurt myself so the pain stops',
    "i've written goodbye letters to my family",
    'i bought a rope today',
    "i don't want to be here anymore, not in this world",
    "i think i'd be better off not existing",
    "i'm going to jump",
    'i have no reason to keep going',
    'nobody would even notice if i died',
    "i'm tempted to swallow everything in the medicine cabinet",
    'part of me wants to crash the car on purpose',
    "i'm not sure i can keep myself safe tonight",
]

# Rounds 3 and 4, also written without looking at the phrase lists (docs/crisis-safety.md). Hyperbole with 'die' gets the soft note.
SOFT += [
    "i feel like i'm failing at life",
    "i'm completely broken by this",
    "i just can't anymore",
    'everything is pointless',
    "i'm so done with all of it",
    'i feel like disappearing for a while',
    "i don't know how much more of this i can take",
    'i feel like such a burden to my partner',
    "i'm falling apart",
    'it feels like the walls are closing in',
    "i'm at breaking point",
    "i can't see the light at the end of this",
    'everything i do is worthless',
    "i'm running on empty and can't go on like this",
    'i hate everything about my life right now',
    'i just want everything to stop for a while',
    "i'm sinking",
    'nothing feels worth it anymore',
    "i'd rather die than wear a suit again haha",
]

# Rounds 3 and 4, also written without looking at the phrase lists (docs/crisis-safety.md).
NONE += [
    'this commute is murder',
    'my feet are killing me after the career fair',
    'the suspense is unreal',
    'i could die happy if they call back',
    'the final round was a bloodbath',
    'that recruiter ghosted me, rip',
    "i'm dead serious about switching to data",
    'the interviewer shot down my idea',
    "i'm drowning in paperwork for the visa",
    'i nearly died when they asked about my gap year lol',
    'my laptop died during the video call',
    "the startup's runway is dead",
    "the panel killed my confidence a bit but i'm ok",
    "they're dying to fill the role fast",
    "i'm going to jump at the next opportunity",
    'my hopes died a little',
    'the deadline killed me',
    'the interview was a total massacre, lol',
    "i'm not going anywhere, i'll keep applying",
    'cutting my losses with that recruiter',
    'i hung up on the spam recruiter',
    'my plan is dead in the water',
    "i'm so over it",
    "i'm burnt out on cover letters",
    'I bombed the case study',
    "i slept badly but i'm fine",
]


@pytest.mark.parametrize("text", EXPLICIT)
def test_explicit_statements_are_explicit(text: str) -> None:
    assert assess(text).level == CrisisLevel.EXPLICIT, assess(text)


# Heavy statements the retrained models read as explicit: the full message, never nothing.
# Round 11: trained on author AA too, the encoder reads "I just want it all to end" at 0.86 (the
# full message from 0.85 with the n-gram model at 0.5; it reads 0.68).
FULL_SINCE_ROUND_11 = {"I just want it all to end"}


# Round 19: a clear reassurance of the writer's own with no other sign of risk gets nothing (the
# lead's decision; test_crisis_gentle19.py). They stay in SOFT above: the lists are training data
# of the n-gram model (crisis_training.test_phrases), which this round does not retrain. Low
# mood beside a reassurance keeps the question ("I don't want to die, I'm just sad": the lead,
# round 19, after a held-out heavy note "not going to do anything stupid. just really really sad
# tonight" had lost it).
CLEAR_REASSURANCES = {
    "I'm not suicidal, just tired",
    "I would never hurt myself",
    "no thoughts of suicide, only frustration",
    "I'm not going to kill myself over a job",
}


@pytest.mark.parametrize("text", SOFT)
def test_ambiguous_and_negated_statements_get_a_soft_note(text: str) -> None:
    if text in FULL_SINCE_ROUND_11:
        assert assess(text).level != CrisisLevel.NONE, assess(text)
        return
    if text in CLEAR_REASSURANCES:  # round 19, the lead's decision: nothing (crisis_reassure.py)
        assert assess(text).level == CrisisLevel.NONE, assess(text)
        return
    assert assess(text).level == CrisisLevel.SOFT, assess(text)


# Plain feelings the model may ask about: the cost of asking on more heavy texts (held out by
# author, ordinary texts asked 6.7 %; docs/crisis-safety.md). The question or nothing, as the
# model retrained on new authors reads them; never the full message.
ASKED_SINCE_ROUND_3 = {
    "This search is not killing me, just slow",
    # round 4: the question from 0.65/0.85 (held out on author K, ordinary texts asked 6 %)
    "I am relieved, honestly",
    "I'm not giving up",
    "my sister said i should not be so hard on myself",
    "i'm so over it",
    # round 5: the question's explicit threshold per language (en 0.6; held out on authors A, B,
    # K and M, the model added the question to at most 8 % of each language's ordinary texts)
    "I could kick myself for not asking about salary",
    "i lost sleep over this",
    # round 11: the floor (the two models' "explicit or heavy" adding up to 1.7: 0.79 and 0.99;
    # held out on eight authors, 18 explicit statements fewer given nothing and 64 heavy texts
    # more asked, for 23 of 2,612 ordinary texts more asked)
    "i'm not going anywhere, i'll keep applying",
    # round 13: the combined reading of both models asks from 0.4526 (crisis_combined.py; held
    # out on eight authors, 20 explicit statements more given resources for 6 of 2,474 ordinary
    # texts asked) and reads this at 0.53 (the n-gram model 0.53, the encoder 0.13 and 0.91)
    "It hurts, but I know I will be fine",
    # round 16: the models retrained with authors AB and AC read this at 0.72 "explicit or heavy"
    # (n-gram) and, with the encoder, reach round 11's floor of 1.7 (held out, the refitted head
    # took the gentle note off 21 ordinary texts and put it on 6: 378 -> 369 of 2,474)
    "i slept badly but i'm fine",
}


@pytest.mark.parametrize("text", NONE)
def test_false_alarms_and_plain_feelings_are_none(text: str) -> None:
    if text in ASKED_SINCE_ROUND_3:
        assert assess(text).level != CrisisLevel.EXPLICIT, assess(text)
        return
    assert assess(text).level == CrisisLevel.NONE, assess(text)


def test_explicit_wins_over_a_negation_elsewhere() -> None:
    text = "I'm not suicidal. But I want to end my life."
    assert assess(text).level == CrisisLevel.EXPLICIT


def test_signs_name_groups_never_the_text() -> None:
    check = assess("I want to kill myself after this rejection")
    assert check.signs and all("rejection" not in s for s in check.signs)


def test_curly_quotes_and_shouting_are_read() -> None:
    assert assess("I DON\u2019T WANT TO LIVE ANYMORE").level == CrisisLevel.EXPLICIT


def test_check_in_with_lowest_mood_and_strong_hopelessness_gets_a_soft_note() -> None:
    low = CheckIn(
        mood=1, recorded_at=datetime(2026, 3, 2), emotions=[EmotionRating(Emotion.HOPELESSNESS, 9)]
    )
    assert assess_check_in(low).level == CrisisLevel.SOFT
    calmer = CheckIn(
        mood=2, recorded_at=datetime(2026, 3, 2), emotions=[EmotionRating(Emotion.HOPELESSNESS, 9)]
    )
    assert assess_check_in(calmer).level == CrisisLevel.NONE


def test_check_in_text_is_assessed() -> None:
    check_in = CheckIn(mood=3, recorded_at=datetime(2026, 3, 2), something_else="I want to die")
    assert assess_check_in(check_in).level == CrisisLevel.EXPLICIT


def test_no_message_for_none() -> None:
    assert crisis_message(CrisisLevel.NONE) is None


@pytest.mark.parametrize("country", sorted(countries()))
def test_every_country_message_includes_international_options(country: str) -> None:
    for level in (CrisisLevel.SOFT, CrisisLevel.EXPLICIT):
        message = crisis_message(level, country)
        assert message is not None
        for resource in international():
            assert resource in message.resources
        assert len(set(message.resources)) == len(message.resources)
        assert "!" not in message.text


def test_explicit_message_names_the_emergency_number_of_the_country() -> None:
    message = crisis_message(CrisisLevel.EXPLICIT, "gb")
    assert message is not None
    assert "999" in message.text and "116 123" in message.text
    us = crisis_message(CrisisLevel.EXPLICIT, "us")
    assert us is not None and "988" in us.text


def test_unknown_country_falls_back_to_international() -> None:
    assert resources_for("atlantis").code == "international"
    message = crisis_message(CrisisLevel.EXPLICIT, "atlantis")
    assert message is not None and "findahelpline.com" in message.text


def test_messages_never_diagnose() -> None:
    for level in (CrisisLevel.SOFT, CrisisLevel.EXPLICIT):
        message = crisis_message(level)
        assert message is not None
        lowered = message.text.lower()
        for word in ("depression", "disorder", "you are suicidal", "diagnos", "you have"):
            assert word not in lowered
