"""The timeline-worth classifier (timeline.worth): its weights ship with the package, and a missing
or damaged file is one clear error naming it and the command that builds it."""

from __future__ import annotations

import pytest

from timeline import language, worth
from timeline.language import ModelError


def _verb(text: str, form: str):
    doc = language.parse_one(text, one_sentence=True)
    return next(t for t in doc if t.text == form)


@pytest.mark.parametrize("content", [None, "{not json", '{"worth": {"bias": 0.1}}'])
def test_missing_or_damaged_weights_are_one_clear_error_naming_the_file_and_the_command(tmp_path, monkeypatch, content):
    path = tmp_path / "worth.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    monkeypatch.setattr(worth, "WORTH_FILE", path)
    with pytest.raises(ModelError, match=r"worth\.json.*make worth"):
        worth.worth_probability(_verb("The storm killed 12 people on Sunday.", "killed"), weight=1.0, rule="weekday",
                                planned=False)


def test_a_reporting_verb_is_never_judged():
    # statements stay on the timeline (the Wikinews and seed gold count them): no probability is asked
    said = _verb("The ministry said on Monday that the talks had failed.", "said")
    assert not worth.judged(said)
    assert worth.worth_probability(said, weight=0.75, rule="weekday", planned=False) == 1.0


def test_a_happening_outscores_a_market_move_told_the_same_way():
    killed = _verb("The storm killed 12 people on Sunday.", "killed")
    rose = _verb("Copper prices rose 3 percent on Sunday.", "rose")
    # (as the events stage asks: the day the expression resolved to, and the article's day)
    day = {"value": "2006-12-03", "published": "2006-12-05"}
    assert worth.worth_probability(killed, weight=1.0, rule="weekday", planned=False, **day) > 0.5
    assert worth.worth_probability(rose, weight=1.0, rule="weekday", planned=False, **day) < 0.3
