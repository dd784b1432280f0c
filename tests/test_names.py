"""Names the entity rules cannot classify are given a kind by the classifier learned from GUM's
entity layer (timeline.names), when it is sure enough. Every sentence is written for this test."""

from __future__ import annotations

import pytest

from timeline import names
from timeline.entities import find_entities, tokenize
from timeline.language import ModelError


def kinds(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in find_entities(text, tokenize(text))}


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("The talks were chaired by Ingrid Solberg, the mediator.", "Ingrid Solberg", "person"),
        ("The striker Tomasz Wrobel scored twice in the second half.", "Tomasz Wrobel", "person"),
        ("Floods hit the town of Marlow on Sunday.", "Marlow", "place"),
        ("The deal was approved by Norvik Bank shareholders.", "Norvik Bank", "organisation"),
    ],
)
def test_a_name_no_table_knows_is_classified_from_its_words_and_neighbours(text, name, kind):
    assert kinds(text).get(name) == kind, kinds(text)


def test_a_full_name_whose_surname_speaks_is_a_person():
    text = "Lena Okoro resigned on Thursday. Okoro said she had made mistakes."
    assert kinds(text).get("Lena Okoro") == "person", kinds(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("The country's health minister, Lena Okoro, resigned on Thursday.", "Lena Okoro"),
        ("Okoro, 52, said she had made mistakes.", "Okoro"),
    ],
)
def test_an_apposed_title_or_an_age_before_said_makes_a_person(text, name):
    assert kinds(text).get(name) == "person", kinds(text)


@pytest.mark.parametrize("text", ["Shares of Kesteven Holdings fell sharply.", "Residents of Ostrava were evacuated."])
def test_a_common_noun_opening_a_sentence_makes_no_person(text):
    assert "person" not in kinds(text).values(), kinds(text)


def test_missing_weights_are_one_clear_error_naming_the_file_and_the_command(tmp_path):
    with pytest.raises(ModelError) as error:
        names.load_weights(tmp_path / "names.json")
    assert "names.json" in str(error.value) and "make names" in str(error.value)


@pytest.mark.parametrize("word, lemma", [("prosecutors", "prosecutor"), ("regulators", "regulator"),
                                         ("ministry", "ministry"), ("police", "police")])
def test_a_common_noun_for_people_or_an_organisation_is_an_agent(word, lemma):
    assert names.agent_probability(word, lemma) >= 0.5


@pytest.mark.parametrize("word, lemma", [("revenues", "revenue"), ("inflation", "inflation"),
                                         ("yields", "yield"), ("index", "index")])
def test_a_common_noun_for_a_quantity_or_an_idea_is_no_agent(word, lemma):
    assert names.agent_probability(word, lemma) < 0.5


@pytest.mark.parametrize("word, lemma", [("storm", "storm"), ("earthquake", "earthquake"), ("match", "match"),
                                         ("meeting", "meeting"), ("defeat", "defeat")])
def test_a_common_noun_for_something_that_happens_is_an_occasion(word, lemma):
    assert names.occasion_probability(word, lemma) >= 0.5


@pytest.mark.parametrize("word, lemma", [("newspaper", "newspaper"), ("budget", "budget"), ("prices", "price"),
                                         ("government", "government"), ("statement", "statement")])
def test_a_common_noun_for_a_thing_a_body_or_a_text_is_no_occasion(word, lemma):
    assert names.occasion_probability(word, lemma) < 0.5


@pytest.mark.parametrize("setting, file, probability, word", [
    ("AGENT_WEIGHTS_FILE", "agents.json", "agent_probability", "police"),
    ("OCCASION_WEIGHTS_FILE", "occasions.json", "occasion_probability", "storm"),
    ("PERSON_WEIGHTS_FILE", "people.json", "person_probability", "minister"),
])
def test_missing_common_noun_weights_name_the_file_and_the_command(tmp_path, monkeypatch, setting, file, probability, word):
    from timeline.language import ModelError

    monkeypatch.setattr(names, setting, tmp_path / file)
    with pytest.raises(ModelError, match=file.replace(".", r"\.") + ".*make names"):
        getattr(names, probability)(word, word)


@pytest.mark.parametrize("word, lemma", [("minister", "minister"), ("spokesman", "spokesman"), ("businessman", "businessman"),
                                         ("chairman", "chairman")])
def test_a_common_noun_for_someone_is_a_person(word, lemma):
    assert names.person_probability(word, lemma) >= 0.5


@pytest.mark.parametrize("word, lemma", [("ministry", "ministry"), ("council", "council"), ("company", "company"),
                                         ("government", "government"), ("hotel", "hotel")])
def test_a_common_noun_for_a_body_or_a_thing_is_no_person(word, lemma):
    assert names.person_probability(word, lemma) < 0.3
