"""Each stage reached gets its own acknowledgement, in a calm voice."""

from __future__ import annotations

from datetime import date

import pytest

from bounceback.domain.models import Application, Rejection
from bounceback.domain.vocabulary import RejectionChannel, Stage
from bounceback.recovery.acknowledge import acknowledge, full_acknowledgement

APP = Application(company="Northwind", role="Data analyst", id=1)


def _rejection(stage: Stage, **kw: object) -> Rejection:
    return Rejection(application_id=1, stage_reached=stage, received_on=date(2026, 3, 2), **kw)  # type: ignore[arg-type]


def test_each_stage_has_its_own_message() -> None:
    texts = {
        stage: acknowledge(_rejection(stage), APP).text
        for stage in (Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER)
    }
    assert len(set(texts.values())) == 4


def test_final_round_is_not_an_automatic_no() -> None:
    final = acknowledge(_rejection(Stage.INTERVIEWING), APP, rounds=3, final_round=True)
    automatic = acknowledge(_rejection(Stage.APPLIED), APP)
    assert "final round" in final.text
    assert "final round" not in automatic.text
    assert final.text != acknowledge(_rejection(Stage.INTERVIEWING), APP, rounds=3).text


def test_rounds_are_counted_in_the_message() -> None:
    assert "3 interview rounds" in acknowledge(_rejection(Stage.INTERVIEWING), APP, rounds=3).text


def test_figures_cite_their_source() -> None:
    ack = acknowledge(_rejection(Stage.APPLIED), APP)
    assert "3 in 100" in ack.text and "CareerPlug" in ack.source


def test_silence_and_hurt_add_a_line() -> None:
    plain = full_acknowledgement(_rejection(Stage.APPLIED), APP)
    quiet = full_acknowledgement(_rejection(Stage.APPLIED, channel=RejectionChannel.SILENCE), APP)
    hurt = full_acknowledgement(_rejection(Stage.APPLIED, hurt=9), APP)
    assert len(quiet.lines) == len(plain.lines) + 1
    assert len(hurt.lines) == len(plain.lines) + 1


@pytest.mark.parametrize("stage", list(Stage))
def test_voice_has_no_cheerleading_or_platitudes(stage: Stage) -> None:
    text = full_acknowledgement(_rejection(stage, hurt=9), APP, rounds=2).text.lower()
    assert "!" not in text
    assert "happens for a reason" not in text
    assert "your fault" not in text
