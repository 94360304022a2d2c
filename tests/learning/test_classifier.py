from __future__ import annotations

from bounceback.domain.learning import LabelledText
from bounceback.learning.classifier import ReasonModel, features, fingerprint, tokens, train
from bounceback.learning.modelstore import shipped_model


def test_tokens_fold_contractions_and_case():
    assert tokens("We DIDN'T proceed") == ["we", "didnt", "proceed"]


def test_features_keep_bigrams_across_stop_words():
    found = features("not a match")
    assert "not a" in found and "a match" in found and "match" in found
    assert "a" not in found


def test_shipped_model_suggests_the_obvious_reasons_with_phrases():
    model = shipped_model()
    cases = {
        "The position has been filled by an internal candidate from the existing team.": (
            "internal_candidate"
        ),
        "Unfortunately we cannot sponsor a work visa for this role.": "logistics",
        "Your salary expectations are above the budget we have for this role.": "compensation",
        "Your score on the coding challenge was below our passing threshold.": (
            "assessment_result"
        ),
    }
    for text, reason in cases.items():
        suggestions = model.suggest(text)
        assert suggestions[0].reason == reason, (text, suggestions)
        assert suggestions[0].primary
        assert 0 < suggestions[0].confidence <= 1
        assert suggestions[0].phrases, text


def test_phrases_come_from_the_text():
    model = shipped_model()
    text = "We have decided to fill this role internally."
    top = model.suggest(text)[0]
    for phrase in top.phrases:
        assert phrase in " ".join(tokens(text))


def test_confidences_are_ordered_and_bounded():
    suggestions = shipped_model().suggest(
        "We had many strong applicants, and the role went to an internal candidate."
    )
    assert 1 <= len(suggestions) <= 3
    confidences = [s.confidence for s in suggestions]
    assert confidences == sorted(confidences, reverse=True)
    assert sum(s.primary for s in suggestions) == 1


def test_empty_text_gives_no_suggestion():
    assert shipped_model().suggest("   ") == []


def test_corrections_change_later_suggestions():
    base = shipped_model()
    text = "The team went with someone who speaks Mandarin for the Shanghai clients."
    assert base.suggest(text)[0].reason != "skill_gap"
    labels = [
        LabelledText("They went with someone who speaks Mandarin.", ["skill_gap"]),
        LabelledText("Mandarin speakers only for this client team.", ["skill_gap"]),
    ]
    model = train(labels, base=base, weight=3.0)
    assert model.suggest(text)[0].reason == "skill_gap"
    assert "mandarin" in model.suggest(text)[0].phrases[0]


def test_user_defined_reasons_can_be_learned():
    labels = [
        LabelledText("They wanted to see a portfolio website with case studies.", ["portfolio"]),
        LabelledText("No portfolio link, so they could not judge the work.", ["portfolio"]),
        LabelledText("Your portfolio did not show enough case studies.", ["portfolio"]),
    ]
    model = train(labels, base=shipped_model(), weight=3.0)
    assert "portfolio" in model.reasons
    assert model.suggest("We could not find a portfolio of case studies.")[0].reason == "portfolio"


def test_training_does_not_touch_the_base_model():
    base = shipped_model()
    before = dict(base.doc_counts)
    train([LabelledText("text", ["fit"])], base=base)
    assert base.doc_counts == before


def test_fingerprint_changes_with_labels_not_order():
    a = LabelledText("one", ["fit"])
    b = LabelledText("two", ["logistics"])
    assert fingerprint([a, b]) == fingerprint([b, a])
    assert fingerprint([a, b]) != fingerprint([a, LabelledText("two", ["fit"])])


def test_an_empty_model_suggests_nothing():
    assert ReasonModel().suggest("anything") == []
