"""People, organisations and places: the examples of timeline/data/events/entities.yaml, and aliases."""

from __future__ import annotations

import pytest

from timeline.entities import _load_yaml, find_entities, fold, tokenize

EXAMPLES = _load_yaml("entities.yaml")["examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:40] for e in EXAMPLES])
def test_every_example_of_the_tables_is_recognised(example):
    found = find_entities(example["text"])
    for kind, key in (("person", "people"), ("organisation", "organisations"), ("place", "places")):
        names = {e.name for e in found if e.kind == kind}
        for expected in example.get(key, []):
            assert expected in names, (kind, names)


def test_a_surname_alone_is_the_person_named_in_full_earlier():
    text = "President Joe Biden met reporters. Later Biden said the talks went well."
    people = [e for e in find_entities(text) if e.kind == "person"]
    assert [e.name for e in people] == ["Joe Biden", "Joe Biden"]
    assert people[1].short == "Biden"


def test_two_people_sharing_a_surname_keep_their_own_names():
    text = "Joe Biden spoke. First lady Jill Biden apologized. Biden left."
    people = [(e.text, e.name) for e in find_entities(text) if e.kind == "person"]
    assert ("Jill Biden", "Jill Biden") in people
    assert ("Biden", "Joe Biden") in people  # a bare surname is the first person introduced
    jill = next(e for e in find_entities(text) if e.name == "Jill Biden")
    assert jill.short == "Jill Biden"  # "Biden" alone means Joe here


def test_names_keep_their_diacritics_and_compare_without_them():
    text = "Mexican President Andrés Manuel López Obrador arrived. López Obrador spoke."
    people = [e for e in find_entities(text) if e.kind == "person"]
    assert people[0].name == "Andrés Manuel López Obrador"
    assert people[0].short == "López Obrador"
    assert fold("López Obrador") == fold("Lopez Obrador")


def test_titles_and_places_inside_a_title_are_not_part_of_the_name():
    text = "She hosted former Chancellor of Germany Angela Merkel at the residence."
    found = find_entities(text)
    assert ("person", "Angela Merkel") in {(e.kind, e.name) for e in found}
    assert ("place", "Germany") in {(e.kind, e.name) for e in found}


def test_a_capitalised_sentence_opener_is_not_a_name():
    text = "Arrests are great, officials said. Prosecutions matter more."
    assert [e.text for e in find_entities(text)] == []


def test_possessives_and_abbreviations_are_tokens_of_their_own():
    tokens = [t.text for t in tokenize("Mr. Smith's plan for the U.S.-Mexico border")]
    assert tokens[:3] == ["Mr.", "Smith", "'s"]
    assert "U.S." in tokens


@pytest.mark.parametrize("text, name", [
    ("Marlow Holdings bought the depot on Monday.", "Marlow Holdings"),
    ("Shares in Vestra AG fell sharply.", "Vestra AG"),
    ("Dunmore Limited filed for bankruptcy.", "Dunmore Limited"),
])
def test_a_company_designator_makes_a_name_an_organisation(text, name):
    assert {e.name: e.kind for e in find_entities(text)}.get(name) == "organisation"


@pytest.mark.parametrize("text, name, kind", [
    ("The plan goes to the Standing Committee of the Regional People's Assembly next week.",
     "Standing Committee of the Regional People's Assembly", "organisation"),
    ("The People's Bank of Eastland raised rates.", "People's Bank of Eastland", "organisation"),
    ("Leaders flew in for the Summit of the Andes.", "Summit of the Andes", "event"),
])
def test_a_name_is_whole_through_a_possessive_and_named_by_its_words_before_of(text, name, kind):
    assert {e.name: e.kind for e in find_entities(text)}.get(name) == kind, [(e.name, e.kind) for e in find_entities(text)]


def test_an_abbreviated_month_is_no_name():
    assert [e.name for e in find_entities("The vote is set for Dec. 4 in the capital.")] == []


def test_the_titles_index_is_the_titles_asked_for():
    """`_honorifics_by_first_word` keeps the index of the titles last asked for (asked at every
    word of every name): the same titles get the same index, other titles their own."""
    from timeline import entities

    def indexed(titles):
        index = {}
        for title in titles:  # longest first, as given
            index.setdefault(title[0], []).append(title)
        return index

    titles = entities.tables().honorifics
    index = entities._honorifics_by_first_word(titles)
    assert index == indexed(titles) and entities._honorifics_by_first_word(titles) is index
    other = (("Field", "Marshal"), ("Dr",))
    assert entities._honorifics_by_first_word(other) == indexed(other)
    assert entities._match_honorific(["Field", "Marshal", "Smith"], 0, other) == 2
    assert entities._match_honorific(["Dr", "Smith"], 1, other) == 0
    assert entities._honorifics_by_first_word(titles) == indexed(titles)


def test_a_name_joined_to_a_participle_is_an_adjective_not_a_name():
    text = ("The UN-backed court heard the Lisbon-based charity and a Kenyan-born runner on Monday, "
            "with Jean-Paul Okoro and Al-Ahly's coach.")
    names = {e.text for e in find_entities(text)}
    assert not names & {"UN-backed", "Lisbon-based", "Kenyan-born"}, names
    assert {"Jean-Paul Okoro", "Al-Ahly"} <= names, names


@pytest.mark.parametrize(
    "text, person",
    [
        ("Senator Mary K. Holloway met the governors on Monday.", "Mary K. Holloway"),
        ("The award went to Samuel J. Okonkwo, a retired teacher.", "Samuel J. Okonkwo"),
        ("Officials said Lucy T. Brandt's office had approved the grant.", "Lucy T. Brandt"),
    ],
)
def test_a_middle_initial_keeps_the_name_whole(text, person):
    names = [e.name for e in find_entities(text)]
    assert person in names, names
    assert not any(p.endswith((" K", " J", " T")) for p in names), names


def test_a_capital_letter_ending_a_sentence_is_no_middle_initial():
    names = [e.text for e in find_entities("The city chose Option B. The council approved it.")]
    assert not any("The" in n for n in names), names


@pytest.mark.parametrize(
    "text, organisation",
    [
        ("The vote was close, Peru's Supreme Electoral Tribunal said on Tuesday.", "Supreme Electoral Tribunal"),
        ("The Revolutionary Command said the curfew was lifted.", "Revolutionary Command"),
    ],
)
def test_an_organisation_that_speaks_is_no_person(text, organisation):
    kinds = {e.name: e.kind for e in find_entities(text)}
    assert kinds.get(organisation) == "organisation", kinds


def test_a_surname_written_alone_after_the_full_name_is_a_person():
    text = "Bolivia's Evaristo Quispe won the run-off, officials said. Quispe was born in Oruro in 1961."
    found = [(e.text, e.kind, e.name) for e in find_entities(text)]
    assert ("Quispe", "person", "Evaristo Quispe") in found, found


@pytest.mark.parametrize(
    "text, organisation",
    [
        ("Nordic Shipping and Logistics Services (NSLS) announced on Monday it would cut routes.",
         "Nordic Shipping and Logistics Services"),
        ("The Fund for Rural Roads and Water Projects (FRRWP) said it had run out of money.",
         "Fund for Rural Roads and Water Projects"),
    ],
)
def test_an_acronym_in_brackets_keeps_the_name_it_spells_whole(text, organisation):
    names = [e.name for e in find_entities(text)]
    assert organisation in names, names


def test_two_names_joined_by_and_stay_two_when_no_acronym_spells_them():
    names = [e.name for e in find_entities("Norway and Sweden (EU) signed the accord.")]
    assert "Norway" in names and "Sweden" in names, names


@pytest.mark.parametrize("text, place", [
    ("The talks were held at the Lakeside Hotel near Geneva.", "Lakeside Hotel"),
    ("Fans gathered outside Riverside Stadium on Saturday.", "Riverside Stadium"),
    ("Commuters were stranded at Westgate Station on Monday.", "Westgate Station"),
])
def test_a_name_ending_in_a_building_word_is_a_place(text, place):
    # never a person or an unknown name: "he" in the next sentence does not stand for it
    assert place in {e.name for e in find_entities(text) if e.kind == "place"}, [(e.name, e.kind) for e in find_entities(text)]


@pytest.mark.parametrize("text", [
    "The council revoked the No. 7 order issued by the army in May.",
    "He wore the No. 10 shirt in the final.",
    "Both Nos. 3 and 4 reactors were shut down on Monday.",
])
def test_a_numbers_abbreviation_is_no_name(text):
    # never "No." as a name, which a later "he" was then given ("No. was concerned over the security")
    assert not any(e.text in ("No.", "Nos.") for e in find_entities(text)), find_entities(text)


@pytest.mark.parametrize("text, place, name", [
    ("Investigators are looking into the poisoning in Paris of Marek Horvath, a customs officer.", "Paris", "Marek Horvath"),
    ("Detectives are examining the shooting in London of Omar Haddad.", "London", "Omar Haddad"),
    ("Police reopened the inquiry into the death in Madrid of Carlos Ortega.", "Madrid", "Carlos Ortega"),
])
def test_a_place_before_whose_happening_it_was_is_no_part_of_the_name(text, place, name):
    # never "Paris of Marek Horvath", a name a later "he" was given
    found = {(e.name, e.kind) for e in find_entities(text)}
    assert (place, "place") in found and any(n == name for n, _ in found), found


@pytest.mark.parametrize("text, name", [
    ("The Bank of England raised rates.", "Bank of England"),
    ("The City of London fined the firm.", "City of London"),
    ("The Museum of London opened a new wing.", "Museum of London"),
])
def test_a_name_with_of_that_opens_with_no_place_stays_whole(text, name):
    # a guard: only a whole place before "of" is cut off
    assert name in {e.name for e in find_entities(text)}, find_entities(text)


@pytest.mark.parametrize("text, person", [
    ("French Minister of Culture Anne Duval opened the museum.", "Anne Duval"),
    ("Mexico's Secretary of Finance Luis Videgaray arrived on Tuesday.", "Luis Videgaray"),
    ("Secretary of Homeland Security Michael Brown resigned.", "Michael Brown"),
    ("Minister of Defence John Hale spoke.", "John Hale"),
    # (a guard: a title with no field, a name of several given names)
    ("President Luis Inacio Lula da Silva spoke.", "Luis Inacio Lula da Silva"),
])
def test_a_titles_field_is_no_part_of_the_name_after_it(text, person):
    # never "Culture Anne Duval", a person a later "she" or "who" was given
    assert person in {e.name for e in find_entities(text) if e.kind == "person"}, [(e.name, e.kind) for e in find_entities(text)]


@pytest.mark.parametrize("text, name", [
    ("The Commission for the Protection of Coastal Waters fined the firm on Monday.", "Commission for the Protection of Coastal Waters"),
    ("The Fund for Peace said on Monday that the index had risen.", "Fund for Peace"),
    ("The Convention for the Conservation of Arctic Seals agreed to a new quota.", "Convention for the Conservation of Arctic Seals"),
])
def test_an_organisations_name_goes_on_past_its_for(text, name):
    # never "Commission" and a "Protection of Coastal Waters" apart, nor "Peace" a person
    assert name in [e.text for e in find_entities(text)], [(e.kind, e.text) for e in find_entities(text)]


@pytest.mark.parametrize("text, name", [
    ("The Committee for Trade and Industry met in Geneva on Monday.", "Committee for Trade and Industry"),
    ("A spokesman for the Ministry of Labour and Social Security said pensions would rise.",
     "Ministry of Labour and Social Security"),
    ("The Institute of Science and Technology opened a campus in Lagos.", "Institute of Science and Technology"),
])
def test_and_inside_an_organisations_field_is_part_of_its_name(text, name):
    # never "Committee for Trade" and an "Industry" apart
    assert name in [e.text for e in find_entities(text)], [(e.kind, e.text) for e in find_entities(text)]


@pytest.mark.parametrize("text, names", [
    # (guards) a known place, or a person's name, after "and" is a name of its own
    ("The Ministry of Finance and Mexico signed the accord.", {"Ministry of Finance", "Mexico"}),
    ("Leaders of the Union of Kurdistan and Massud Barzani met.", {"Massud Barzani"}),
])
def test_and_after_an_organisations_field_does_not_join_another_name(text, names):
    assert names <= {e.text for e in find_entities(text)}, [(e.kind, e.text) for e in find_entities(text)]


def test_for_after_a_name_that_is_no_organisations_joins_nothing():
    # a guard: "voted for Smith" is two names, whatever is capitalised before "for"
    found = [e.text for e in find_entities("Residents of Ohio voted for Smith on Tuesday.")]
    assert "Smith" in found and not any("for" in t for t in found), found
