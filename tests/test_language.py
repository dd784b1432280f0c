"""The language backbone (timeline.language) and the learned event decisions (timeline.happenings):
what the events stage relies on, on sentences written for these tests."""

from __future__ import annotations

import gc
import shutil
import weakref

import pytest

from timeline import clauses, happenings, language
from timeline.language import ModelError, load_model, parse, parse_one


def token(doc, text, nth=0):
    matches = [t for t in doc if t.text == text]
    assert len(matches) > nth, f"{text!r} not among the tokens of {doc.text!r}"
    return matches[nth]


CLAUSE_HEAD_DEPS = {"ROOT", "ccomp", "xcomp", "advcl", "parataxis", "conj", "acl", "acl:relcl"}


def clause_head_above(tok):
    """The first word above `tok` that heads a clause (has a subject, or a clausal relation)."""
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.dep_ in CLAUSE_HEAD_DEPS or any(c.dep_.startswith("nsubj") for c in tok.children):
            return tok
    return None


def span_of(doc, phrase):
    start = doc.text.index(phrase)
    return start, start + len(phrase)


# --- loading ----------------------------------------------------------------------------------

def test_model_loads_once_per_process():
    assert load_model() is load_model()
    assert load_model(language.MODEL_DIR) is load_model()


def test_missing_model_folder_names_the_folder_and_make_model(tmp_path):
    missing = tmp_path / "no-model-here"
    with pytest.raises(ModelError) as error:
        load_model(missing)
    assert str(missing) in str(error.value)
    assert "make model" in str(error.value)


def test_model_folder_without_its_files_is_reported(tmp_path):
    (tmp_path / "config.cfg").write_text("[nlp]\nlang = \"en\"\n")
    with pytest.raises(ModelError) as error:
        load_model(tmp_path)
    assert str(tmp_path) in str(error.value) and "make model" in str(error.value)


@pytest.mark.parametrize("damaged", ["config.cfg", "tok2vec/model", "parser/model"])
def test_corrupt_model_file_is_a_model_error(tmp_path, damaged):
    copy = tmp_path / "en_timeline"
    shutil.copytree(language.MODEL_DIR, copy)
    (copy / damaged).write_bytes(b"\x00\xffnot a model [\n")
    with pytest.raises(ModelError) as error:
        load_model(copy)
    assert str(copy) in str(error.value) and "make model" in str(error.value)


def test_the_faster_matrix_products_give_the_same_analysis(tmp_path):
    """The model multiplies through numpy's BLAS, not thinc's BLIS (timeline.language): a speed-up
    only; the tags, lemmas and parse of every word stay what the trained model gives."""
    from thinc.api import NumpyOps

    copy = tmp_path / "en_timeline"
    shutil.copytree(language.MODEL_DIR, copy)
    with_blis = load_model(copy)
    blis = NumpyOps()
    for _, component in with_blis.pipeline:
        if hasattr(component, "model"):
            for node in component.model.walk():
                node.ops = blis
    texts = [
        "The ferry operator said on Thursday it had cancelled forty sailings because of the storm.",
        "Shares in the retailer fell 12% after it warned that sales would be lower than expected.",
        "A court in Lyon sentenced the former director to three years in prison.\n\nHe denies the charges.",
    ]

    def analysis(docs):
        return [[(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.is_sent_start) for t in doc]
                for doc in docs]

    assert analysis(parse(texts)) == analysis(parse(texts, model=with_blis))


def test_the_model_loads_without_spacys_command_line_and_the_analysis_is_the_same():
    """`load_model` imports spaCy without `spacy.cli` (a third of its import time, and a
    speed-up only): a new process that loads the model this way parses as one that imported all
    of spaCy first, and `spacy.cli` and `spacy.info` still work when asked for."""
    import json
    import subprocess
    import sys

    text = "The ferry operator said on Thursday it had cancelled forty sailings because of the storm."
    script = (
        "import json, sys\n"
        "if sys.argv[1] == 'whole': import spacy, spacy.cli\n"
        "class Refusing:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'spacy.about' and 'spacy.cli' in sys.modules and not hasattr(sys.modules['spacy.cli'], '__file__'):\n"
        "            raise ImportError('spacy.cli.something')\n"
        "if sys.argv[1] == 'wanting': sys.meta_path.insert(0, Refusing())\n"
        "from timeline.language import parse_one\n"
        f"doc = parse_one({text!r})\n"
        "print(json.dumps({'cli': 'spacy.cli' in sys.modules, 'requests': 'requests' in sys.modules,\n"
        "  'words': [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]}))\n"
        "import spacy.cli, spacy\n"
        "assert callable(spacy.cli.download) and spacy.info()['spacy_version'] == spacy.__version__\n"
    )

    def run(how):
        done = subprocess.run([sys.executable, "-c", script, how], capture_output=True, text=True, check=True)
        return json.loads(done.stdout.splitlines()[-1])

    lean, whole = run("lean"), run("whole")
    assert not lean["cli"] and not lean["requests"] and whole["cli"]
    assert lean["words"] == whole["words"]
    # A spaCy that wanted more of its command line while importing (here: the stand-in refused
    # once) is imported again whole, and parses the same.
    wanting = run("wanting")
    assert wanting["cli"] and wanting["words"] == whole["words"]


def test_missing_classifier_weights_name_the_file(tmp_path):
    with pytest.raises(ModelError) as error:
        happenings.load_weights(tmp_path / "happenings.json")
    assert "happenings.json" in str(error.value) and "make model" in str(error.value)


# --- hostile input ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "",
    "   ",
    "\n\n\n\t \r\n",
    "Der Stadtrat hat am Dienstag die neue Brücke eröffnet. 市议会周二开放了新桥。 Совет открыл мост.",
    "<p>&nbsp;</p> $$$ ??? ... ---",
])
def test_odd_texts_parse_and_keep_their_text(text):
    doc = parse_one(text)
    assert doc.text == text
    assert all(sentence.text for sentence in doc.sents) if len(doc) else True


def test_a_one_megabyte_line_parses_whole_with_exact_offsets():
    sentence = "The ferry operator cancelled 14 crossings on Sunday because of high winds, a spokesperson said. "
    text = sentence * (1_000_000 // len(sentence) + 1)
    assert "\n" not in text and len(text) > 1_000_000
    doc = parse_one(text)
    assert doc.text == text
    assert doc[-1].idx + len(doc[-1].text) <= len(text)
    # no sentence was glued across the internal cuts: every sentence ends where one of ours ends
    ends = {sent.end_char for sent in doc.sents}
    assert len(text.rstrip()) in ends or len(text) in ends
    assert 0.9 * text.count(". ") <= len(list(doc.sents)) <= 1.1 * text.count(". ")


def test_a_long_text_without_spaces_parses():
    text = "x" * 250_000
    doc = parse_one(text, disable=("parser",))
    assert doc.text == text


def test_parse_keeps_order_and_offsets_with_odd_whitespace():
    texts = ["First  story:\ta\u00a0fire\r\ndestroyed a warehouse.", "", "Second story."]
    docs = list(parse(texts))
    assert [d.text for d in docs] == texts
    for tok in docs[0]:
        assert texts[0][tok.idx:tok.idx + len(tok.text)] == tok.text


# --- the parse the events stage reads ---------------------------------------------------------

@pytest.mark.parametrize("text, verb", [
    ("Two freight trains collided near the border early on Monday.", "collided"),
    ("Students protested against the fee increase.", "protested"),
    pytest.param("Shares of the carmaker rallied after the merger was approved.", "rallied",
                 marks=pytest.mark.xfail(strict=True, reason="known model error: 'rallied' read as a reduced "
                                         "relative of 'Shares'; remove this mark when a retrained model gets it")),
    ("The central bank raised interest rates by half a percentage point.", "raised"),
    ("Thousands of protesters gathered outside the parliament building.", "gathered"),
    ("Oil prices surged to their highest level in a decade.", "surged"),
])
def test_the_main_verb_is_the_root(text, verb):
    doc = parse_one(text)
    (sentence,) = doc.sents
    assert sentence.root.text == verb


def test_each_day_dates_the_verb_it_modifies():
    doc = parse_one("The river burst its banks on Tuesday night, the council said on Wednesday.")
    assert clause_head_above(token(doc, "Tuesday")).text == "burst"
    assert clause_head_above(token(doc, "Wednesday")).text == "said"
    # the report and what it reports are linked directly (UD: ccomp or parataxis, either way round)
    burst, said = token(doc, "burst"), token(doc, "said")
    assert burst.head == said or said.head == burst


def test_negation_is_a_not_child_of_the_verb():
    doc = parse_one("The minister did not sign the agreement on Friday.")
    sign = token(doc, "sign")
    negators = [c for c in sign.children if c.lemma_ == "not"]
    assert negators and negators[0].dep_ in ("advmod", "neg")
    assert token(doc, "did").head == sign


def test_passive_voice_is_marked():
    doc = parse_one("Maria Lopez was elected mayor of the port city in 2019.")
    elected = token(doc, "elected")
    deps = {c.dep_: c for c in elected.children}
    assert deps["aux:pass"].text == "was"
    # a name is one phrase (UD: the first word heads the others with `flat`)
    assert doc[deps["nsubj:pass"].left_edge.i:deps["nsubj:pass"].right_edge.i + 1].text == "Maria Lopez"


def test_paragraph_breaks_end_sentences_and_are_never_sentences():
    text = ("STORM DAMAGE ACROSS THE COAST\n\nHigh winds tore roofs off homes in the harbour town on "
            "Saturday.\n\n\nRescue teams arrived on Sunday\n \nThe army was deployed.\n")
    doc = parse_one(text)
    sentences = [s for s in doc.sents]
    assert all(any(not t.is_space for t in s) for s in sentences)
    starts = [s[0].text for s in sentences]
    assert starts == ["STORM", "High", "Rescue", "The"]


def test_closed_class_lemmas():
    doc = parse_one("They weren't told, and she hasn't seen them since the vote.")
    assert token(doc, "were").lemma_ == "be"
    assert token(doc, "n't").lemma_ == "not"
    assert token(doc, "has").lemma_ == "have"
    assert token(doc, "them").lemma_ == "they"


def test_the_repairs_compare_ids_that_name_the_same_labels():
    """The main-verb repairs compare `token.dep`, `token.tag` and `token.pos` with ids: each id is
    the one the parse stores its label under, and `_dep_name` is `token.dep_`, before and after a
    repair changes it."""
    doc = parse_one("Two trains collided on Monday, killing nine, and rescuers said the line was closed.")
    ids = language._label_ids()
    for word in doc:
        for name, value in ((word.dep_, word.dep), (word.tag_, word.tag), (word.pos_, word.pos)):
            if name in ids:
                assert ids[name] == value, name
        assert language._dep_name(word) == word.dep_
    assert {"ROOT", "conj", "VBN", "VERB"} <= {w.dep_ for w in doc} | {w.tag_ for w in doc} | {w.pos_ for w in doc}
    killing = token(doc, "killing")
    killing.dep_ = "acl:relcl"
    assert language._dep_name(killing) == "acl:relcl" and killing.dep == ids["acl:relcl"]


@pytest.mark.parametrize("form, reporting", [
    ("said", True), ("reported", True), ("announced", True), ("told", True), ("stated", True),
    ("collided", False), ("walked", False), ("say", False), ("ed", False), ("", False),
])
def test_a_reporting_form_is_known_by_its_form_alone(form, reporting):
    """`_is_reporting_word` (kept by form) says what the rule over a word says."""
    language._is_reporting_word.cache_clear()
    assert language._is_reporting_word(form) is reporting
    assert language._is_reporting_word(form) is reporting  # the kept answer
    if form:  # and the word in a parse
        assert language._is_reporting_form(parse_one(f"They {form} it.")[1]) is reporting


def test_a_subjects_phrase_kept_is_the_phrase_made_again():
    """`clauses.subject_phrase` keeps its answers (a mention asks two or three times): each answer
    is the one made without the kept ones, a fresh list, and another doc or another skip is
    answered for itself."""
    from timeline import clauses

    first = parse_one("Mexican President Andres Manuel Lopez Obrador and his ministers met the union leaders on Monday.")
    second = parse_one("The finance minister of the small island nation resigned on Tuesday.")
    subjects = [next(t for t in doc if t.dep_.startswith("nsubj")) for doc in (first, second)]
    clauses._SUBJECT_PHRASES.answers.clear()
    made = [[t.i for t in clauses._subject_phrase_of(s, set(), ())] for s in subjects]
    assert all(len(phrase) >= 3 for phrase in made)
    for _ in range(2):
        asked = [clauses.subject_phrase(s, set(), ()) for s in subjects]
        assert [[t.i for t in phrase] for phrase in asked] == made
        assert all(t.doc is s.doc for phrase, s in zip(asked, subjects) for t in phrase)
        asked[0].clear()  # the caller's list, not the kept answer
    skip = {made[1][-1]}
    assert [t.i for t in clauses.subject_phrase(subjects[1], skip, ())] == [t.i for t in clauses._subject_phrase_of(subjects[1], skip, ())]
    assert len(clauses._SUBJECT_PHRASES.answers) == 3


def test_answers_kept_by_doc_are_each_docs_own_and_bounded():
    """`clauses._KeptByDoc`: an answer is its doc's (a doc with the id of a doc gone is asked
    again), a full store is emptied before it keeps another, and no doc is kept alive by it."""
    from timeline import clauses

    kept = clauses._KeptByDoc(2)
    first, second = parse_one("Prices rose."), parse_one("Prices fell.")
    made: list[str] = []

    def make(text):
        made.append(text)
        return text.upper()

    assert kept.get(first, "k", lambda: make(first.text)) == "PRICES ROSE."
    assert kept.get(first, "k", lambda: make("again")) == "PRICES ROSE."
    assert kept.get(second, "k", lambda: make(second.text)) == "PRICES FELL."
    assert made == ["Prices rose.", "Prices fell."]
    kept.answers[(id(first), "other")] = (weakref.ref(second), "another doc's")  # as if a doc gone left its id
    assert kept.get(first, "other", lambda: make("mine")) == "MINE"
    assert len(kept.answers) == 1  # full at two: emptied first
    assert kept.get(first, "third", lambda: "third") == "third"
    assert len(kept.answers) == 2
    gone = parse_one("Prices held.")
    assert kept.get(gone, "k", lambda: "held") == "held"
    reference = kept.answers[(id(gone), "k")][0]
    del gone
    gc.collect()
    assert reference() is None  # the answer kept no doc alive


def test_a_title_leaves_a_day_possessive_out_whether_or_not_a_doc_has_one():
    """`_articles_for_dropped_possessives` answers at once for a doc with no day's or month's
    possessive, and as before for one with it ("during [January's] election": "the election")."""
    from timeline import clauses

    with_one = parse_one("Voters turned out in large numbers during January's election in the north.")
    without = parse_one("Voters turned out in large numbers during the election in the north.")
    assert clauses._has_day_possessive(with_one) and not clauses._has_day_possessive(without)
    election = token(with_one, "election")
    phrase = [t for t in with_one if t.i >= token(with_one, "during").i and t.i <= election.i and t.text not in ("January", "'s")]
    assert clauses._text(phrase) == "during the election"
    assert clauses._articles_for_dropped_possessives([t for t in without]) == set()


# --- learned event decisions ------------------------------------------------------------------

@pytest.mark.parametrize("text, event, thing", [
    ("Two buses collided at the junction beside the old market hall.", "collided", "hall"),
    ("Shares rallied as investors bought the table of technology stocks.", "rallied", "table"),
    ("Grain prices surged after the harvest in the southern provinces.", "surged", "provinces"),
])
def test_happenings_rank_event_verbs_above_things(text, event, thing):
    doc = parse_one(text)
    scores = happenings.happening_scores(doc)
    assert scores[token(doc, event).i] >= 0.5
    assert scores[token(doc, thing).i] < 0.5
    assert scores[token(doc, event).i] > scores[token(doc, thing).i]
    assert happenings.happening_probability(doc[-1]) == 0.0  # the full stop


def test_time_anchor_prefers_the_verb_each_date_modifies():
    doc = parse_one("The river burst its banks on Tuesday night, the council said on Wednesday.")
    best_tuesday = happenings.anchor_scores(doc, *span_of(doc, "Tuesday night"))[0][0]
    best_wednesday = happenings.anchor_scores(doc, *span_of(doc, "Wednesday"))[0][0]
    assert doc[best_tuesday].text == "burst"
    assert doc[best_wednesday].text == "said"


def test_a_deadline_dates_its_own_clause_not_the_report():
    doc = parse_one("The carmaker said on Monday that it would close the plant by 2027.")
    ranked = happenings.anchor_scores(doc, *span_of(doc, "2027"))
    assert doc[ranked[0][0]].text == "close"
    assert doc[happenings.anchor_scores(doc, *span_of(doc, "Monday"))[0][0]].text == "said"
    assert all(0.0 <= score <= 1.0 for _, score in ranked)


def test_anchor_scores_of_nothing_is_empty():
    doc = parse_one("Nothing happened.")
    assert happenings.anchor_scores(doc, 100, 110) == []


@pytest.mark.parametrize("sentence, form, lemma", [
    ("Flames gutted the old mill overnight.", "gutted", "gut"),
    ("Rebels were shelling the town while troops were digging trenches.", "digging", "dig"),
    ("The council added two clauses.", "added", "add"),
])
def test_a_doubled_consonant_is_the_spellings_not_the_verbs(sentence, form, lemma):
    doc = language.parse_one(sentence)
    assert next(t.lemma_ for t in doc if t.text == form) == lemma


@pytest.mark.parametrize("sentence, day, noun", [
    ("The mayor issued a plea Wednesday to conserve water.", "Wednesday", "plea"),
    ("Three regional banks submitted a bid Thursday to acquire the insurer.", "Thursday", "bid"),
])
def test_a_day_written_bare_after_an_object_is_never_the_object(sentence, day, noun):
    doc = language.parse_one(sentence)
    by_text = {t.text: t for t in doc}
    assert by_text[day].dep_ != "obj"
    assert by_text[noun].dep_ == "obj" and by_text[noun].head.pos_ == "VERB"


def test_a_gerund_with_its_own_subordinator_is_a_clause_of_the_verb_not_of_its_object():
    doc = language.parse_one("The chairwoman opened the conference by calling for calm on Tuesday.")
    calling = next(t for t in doc if t.text == "calling")
    assert calling.dep_ == "advcl" and calling.head.text == "opened"


def _built(words, heads, deps, tags, pos=None, morphs=None, spaces=None):
    """A parse written by hand: the misreading a repair is for, which the model makes on some news
    sentences and not on others. `spaces`: whether a space follows each word (all, by default)."""
    from spacy.tokens import Doc

    return Doc(load_model().vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags, pos=pos, morphs=morphs)


def _listed(doc):
    """The parse as words, tags, relations and heads: what an assertion shows when it fails."""
    return [(t.text, t.tag_, t.dep_, t.head.i) for t in doc]


def _repaired(words, heads, deps, tags, pos, morphs=None, spaces=None):
    """A hand-written parse after the main-verb repairs."""
    return load_model().get_pipe(language.MAIN_VERB_COMPONENT)(_built(words, heads, deps, tags, pos, morphs, spaces))


def test_a_first_clause_the_parse_read_as_a_subject_gets_its_verb_back():
    # both subjects on "helped", "led" a modifier of "figures"
    words = ["Weak", "figures", "led", "to", "a", "fall", "but", "investors", "helped", "the", "index", "."]
    heads = [1, 8, 1, 5, 5, 2, 7, 8, 8, 10, 8, 8]
    deps = ["amod", "nsubj", "acl", "case", "det", "obl", "cc", "nsubj", "ROOT", "det", "obj", "punct"]
    tags = ["JJ", "NNS", "VBD", "IN", "DT", "NN", "CC", "NNS", "VBD", "DT", "NN", "."]
    doc = _built(words, heads, deps, tags)
    assert language._first_clause_read_as_subject(doc[8])
    assert (doc[2].dep_, doc[1].head.i) == ("ROOT", 2)
    assert (doc[8].dep_, doc[8].head.i, doc[7].head.i) == ("conj", 2, 8)


def test_a_source_at_the_end_does_not_stop_the_main_verb_repair():
    # "Two attacks on mosques killed 56 people on Friday, CNN reported." as the model misreads it
    # (built by hand): the root is "attacks", "killed" hangs on "mosques", and so does "reported".
    words = ["Two", "attacks", "on", "mosques", "killed", "56", "people", "on", "Friday", ",", "CNN", "reported", "."]
    heads = [1, 1, 3, 1, 3, 6, 4, 8, 4, 10, 3, 3, 1]
    deps = ["nummod", "ROOT", "case", "nmod", "acl", "nummod", "obj", "case", "obl", "punct", "appos", "acl", "punct"]
    tags = ["CD", "NNS", "IN", "NNS", "VBD", "CD", "NNS", "IN", "NNP", ",", "NNP", "VBD", "."]
    pos = ["NUM", "NOUN", "ADP", "NOUN", "VERB", "NUM", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"]
    morphs = ["", "", "", "", "Mood=Ind|Tense=Past|VerbForm=Fin", "", "", "", "", "", "", "Mood=Ind|Tense=Past|VerbForm=Fin", ""]
    doc = _repaired(words, heads, deps, tags, pos, morphs)
    assert doc[4].dep_ == "ROOT"
    assert (doc[1].dep_, doc[1].head.i) == ("nsubj", 4)


@pytest.mark.parametrize("sentence, day, verb", [
    ("France on Sunday recalled its envoy.", "Sunday", "recalled"),
    ("The company on Tuesday recalled 40,000 cars.", "Tuesday", "recalled"),
])
def test_a_day_between_a_subject_and_its_verb_is_the_verbs(sentence, day, verb):
    doc = language.parse_one(sentence)
    by_text = {t.text: t for t in doc}
    assert by_text[day].head.text == verb


@pytest.mark.parametrize("sentence, day, verb", [
    ("The council was on Monday expected to approve the budget.", "Monday", "expected"),
    ("The Swedish parliament was on Wednesday set to adopt the government's plans to raise premiums.", "Wednesday", "set"),
])
def test_a_day_between_be_and_its_participle_is_the_participles(sentence, day, verb):
    # never "was on Monday" a clause of its own, its day the predicate and the participle apart
    doc = language.parse_one(sentence)
    by_text = {t.text: t for t in doc}
    assert (by_text[day].head.text, by_text[verb].dep_, by_text["was"].dep_) == (verb, "ROOT", "aux:pass"), _listed(doc)


def test_a_past_form_after_a_day_read_as_a_noun_is_the_verb():
    # "The council on Saturday vetoed the plan." as the model misreads it (built by hand): one noun
    # phrase, "on [Saturday vetoed]", with "plan" in apposition.
    words = ["The", "council", "on", "Saturday", "vetoed", "the", "plan", "."]
    heads = [1, 1, 4, 4, 1, 6, 4, 1]
    deps = ["det", "ROOT", "case", "compound", "nmod", "det", "appos", "punct"]
    tags = ["DT", "NN", "IN", "NNP", "NN", "DT", "NN", "."]
    pos = ["DET", "NOUN", "ADP", "PROPN", "NOUN", "DET", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[4].pos_, doc[4].dep_) == ("VERB", "ROOT")
    assert (doc[1].dep_, doc[3].head.i, doc[6].dep_) == ("nsubj", 4, "obj")


def test_a_clause_read_as_the_modifier_of_its_source_is_what_the_source_says():
    # "A storm hit the coast , killing two , police said ." as the model misreads it (built by
    # hand): "hit", with its own subject, a modifier of "police".
    words = ["A", "storm", "hit", "the", "coast", ",", "killing", "two", ",", "police", "said", "."]
    heads = [1, 2, 9, 4, 2, 6, 2, 6, 2, 10, 10, 10]
    deps = ["det", "nsubj", "amod", "det", "obj", "punct", "advcl", "obj", "punct", "nsubj", "ROOT", "punct"]
    tags = ["DT", "NN", "VBD", "DT", "NN", ",", "VBG", "CD", ",", "NNS", "VBD", "."]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "VERB", "NUM", "PUNCT", "NOUN", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[2].dep_, doc[2].head.i) == ("ccomp", 10)


def test_a_source_written_after_its_verb_reports_the_clause_before_it():
    # "Workers marched on Friday , reported the agency ." as the model misreads it (built by hand):
    # "workers" the subject of "reported", "marched" its modifier.
    words = ["Workers", "marched", "on", "Friday", ",", "reported", "the", "agency", "."]
    heads = [5, 0, 3, 1, 0, 5, 7, 5, 5]
    deps = ["nsubj", "acl", "case", "obl", "punct", "ROOT", "det", "obj", "punct"]
    tags = ["NNS", "VBD", "IN", "NNP", ",", "VBD", "DT", "NN", "."]
    pos = ["NOUN", "VERB", "ADP", "PROPN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[1].dep_, doc[1].head.i) == ("ccomp", 5)
    assert (doc[0].dep_, doc[0].head.i) == ("nsubj", 1)
    assert doc[7].dep_ == "nsubj"


def test_a_noun_the_parse_hung_bare_before_a_verb_without_a_subject_is_its_subject():
    # "Officials said they would close ." as the model misreads it on some sentences (built by
    # hand): "officials" an adverb of "said". A time noun keeps its role ("Yesterday said" is not).
    words = ["Officials", "said", "they", "would", "close", "."]
    heads = [1, 1, 4, 4, 1, 1]
    deps = ["advmod", "ROOT", "nsubj", "aux", "ccomp", "punct"]
    tags = ["NNS", "VBD", "PRP", "MD", "VB", "."]
    pos = ["NOUN", "VERB", "PRON", "AUX", "VERB", "PUNCT"]
    morphs = ["", "Mood=Ind|Tense=Past|VerbForm=Fin", "", "VerbForm=Fin", "VerbForm=Inf", ""]
    doc = _repaired(words, heads, deps, tags, pos, morphs)
    assert doc[0].dep_ == "nsubj"
    doc = _repaired(["Yesterday", "said", "they", "would", "close", "."], heads, deps,
                    ["NN", "VBD", "PRP", "MD", "VB", "."], pos, morphs)
    assert doc[0].dep_ == "advmod"


def test_a_name_set_off_after_an_opening_phrase_is_the_subject_of_a_verb_without_one():
    # "At Friday's hearing, Ana Ruiz, 41, testified ." as the model misreads it on some sentences
    # (built by hand): the name an apposition of "hearing", "testified" without a subject.
    words = ["At", "Friday", "'s", "hearing", ",", "Ana", "Ruiz", ",", "41", ",", "testified", "."]
    heads = [3, 3, 1, 10, 5, 3, 5, 8, 3, 10, 10, 10]
    deps = ["case", "nmod:poss", "case", "obl", "punct", "appos", "flat", "punct", "conj", "punct", "ROOT", "punct"]
    tags = ["IN", "NNP", "POS", "NN", ",", "NNP", "NNP", ",", "CD", ",", "VBD", "."]
    pos = ["ADP", "PROPN", "PART", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "NUM", "PUNCT", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[5].dep_, doc[5].head.i) == ("nsubj", 10)
    assert (doc[8].dep_, doc[8].head.i) == ("appos", 5)  # the age is the name's
    # after a place, a name may be the place's own ("In Lyon, France, ..."): left as parsed
    place = ["In", "Lyon", ",", "France", ",", "crowds", "gathered", "."]
    doc = _repaired(place, [1, 6, 3, 1, 1, 6, 6, 6], ["case", "obl", "punct", "appos", "punct", "advmod", "ROOT", "punct"],
                    ["IN", "NNP", ",", "NNP", ",", "NNS", "VBD", "."],
                    ["ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "NOUN", "VERB", "PUNCT"])
    assert doc[3].dep_ == "appos"


def test_a_noun_phrase_read_as_a_gerunds_clause_is_the_subject_of_the_verb_after_it():
    # "UK rowing star Ada Lin arrived ." as the model misreads it on some sentences (built by
    # hand): "rowing" the root with "UK" its subject and the rest its objects.
    words = ["UK", "rowing", "star", "Ada", "Lin", "arrived", "."]
    heads = [1, 1, 1, 1, 3, 1, 1]
    deps = ["nsubj", "ROOT", "obj", "obj", "flat", "advcl", "punct"]
    tags = ["NNP", "VBG", "NN", "NNP", "NNP", "VBD", "."]
    pos = ["PROPN", "VERB", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"]
    morphs = ["", "VerbForm=Ger", "", "", "", "Mood=Ind|Tense=Past|VerbForm=Fin", ""]
    doc = _repaired(words, heads, deps, tags, pos, morphs)
    assert (doc[5].dep_, doc[3].dep_, doc[3].head.i) == ("ROOT", "nsubj", 5)
    assert all(doc[k].head.i == 3 for k in (0, 1, 2))  # the description is the name's
    # a real gerund clause stays ("Opening the doors, the guards let the crowd in" has a subject)
    doc = _repaired(["Rowing", "helped", "him", "."], [0, 0, 1, 0], ["ROOT", "advcl", "obj", "punct"],
                    ["VBG", "VBD", "PRP", "."], ["VERB", "VERB", "PRON", "PUNCT"],
                    ["VerbForm=Ger", "Mood=Ind|Tense=Past|VerbForm=Fin", "", ""])
    assert doc[0].dep_ == "ROOT"


def test_an_ing_word_after_a_possessive_modifies_the_name_after_it():
    # "Chile's ruling Green Party won ." as the model misreads it (built by hand): "ruling" a verb
    # with the party its object. A gerund's own object stays ("his taking the bribe").
    words = ["Chile", "'s", "ruling", "Green", "Party", "won", "."]
    heads = [2, 0, 5, 4, 2, 5, 5]
    deps = ["nmod:poss", "case", "nsubj", "amod", "obj", "ROOT", "punct"]
    tags = ["NNP", "POS", "VBG", "NNP", "NNP", "VBD", "."]
    pos = ["PROPN", "PART", "VERB", "PROPN", "PROPN", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[4].dep_, doc[4].head.i) == ("nsubj", 5)
    assert (doc[0].head.i, doc[2].head.i, doc[2].dep_) == (4, 4, "amod")
    words = ["Maria", "'s", "taking", "the", "bribe", "ended", "it", "."]
    doc = _repaired(words, [2, 0, 5, 4, 2, 5, 5, 5], ["nmod:poss", "case", "nsubj", "det", "obj", "ROOT", "obj", "punct"],
                    ["NNP", "POS", "VBG", "DT", "NN", "VBD", "PRP", "."],
                    ["PROPN", "PART", "VERB", "DET", "NOUN", "VERB", "PRON", "PUNCT"])
    assert doc[4].dep_ == "obj" and doc[2].dep_ == "nsubj"


def test_a_who_clause_set_off_by_a_comma_describes_the_name_before_it():
    # "told the board of the loan to Lind , who resigned ." as the model misreads it (built by
    # hand): the relative clause on "board". A name right under the parse's choice stays as
    # parsed ("the backers in Lyon, who ...": the backers may be meant).
    words = ["told", "the", "board", "of", "the", "loan", "to", "Lind", ",", "who", "resigned", "."]
    heads = [0, 2, 0, 5, 5, 2, 7, 5, 10, 10, 2, 0]
    deps = ["ROOT", "det", "iobj", "case", "det", "nmod", "case", "nmod", "punct", "nsubj", "acl:relcl", "punct"]
    tags = ["VBD", "DT", "NN", "IN", "DT", "NN", "IN", "NNP", ",", "WP", "VBD", "."]
    pos = ["VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PRON", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert doc[10].head.i == 7
    words = ["met", "the", "backers", "in", "Lyon", ",", "who", "resigned", "."]
    doc = _repaired(words, [0, 2, 0, 4, 2, 7, 7, 2, 0], ["ROOT", "det", "obj", "case", "nmod", "punct", "nsubj", "acl:relcl", "punct"],
                    ["VBD", "DT", "NNS", "IN", "NNP", ",", "WP", "VBD", "."],
                    ["VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PRON", "VERB", "PUNCT"])
    assert doc[7].head.i == 2


@pytest.mark.parametrize("sentence, form, lemma", [
    ("The union insisted that the strike would go on.", "insisted", "insist"),
    ("Prices collapsed overnight.", "collapsed", "collapse"),
    ("The courier carried the parcels upstairs.", "carried", "carry"),
    ("Voters will not be eligible for the general elections slated for December 14.", "slated", "slate"),
])
def test_a_regular_past_form_has_the_lemma_the_treebanks_know(sentence, form, lemma):
    assert token(parse_one(sentence), form).lemma_ == lemma


def test_a_participle_after_having_heads_its_clause():
    # ", having posted a loss" as the model misreads it (built by hand): "having" the clause's
    # head, "posted" a modifier of "loss".
    words = ["Nordair", "grew", ",", "having", "posted", "a", "loss", "."]
    heads = [1, 1, 3, 1, 6, 6, 3, 1]
    deps = ["nsubj", "ROOT", "punct", "advcl", "amod", "det", "obj", "punct"]
    tags = ["NNP", "VBD", ",", "VBG", "VBN", "DT", "NN", "."]
    pos = ["PROPN", "VERB", "PUNCT", "AUX", "VERB", "DET", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[4].dep_, doc[4].head.i, doc[3].dep_, doc[3].head.i) == ("advcl", 1, "aux", 4)
    assert (doc[6].dep_, doc[6].head.i) == ("obj", 4)


def test_an_opening_participle_read_as_the_root_gives_it_back_to_the_copular_clause():
    # "Founded in 1950 , Norvik is a small port ." as the model misreads it (built by hand):
    # "Founded" the root, "port" its passive subject, "Norvik" a bare oblique.
    words = ["Founded", "in", "1950", ",", "Norvik", "is", "a", "small", "port", "."]
    heads = [0, 2, 0, 0, 0, 8, 8, 8, 0, 0]
    deps = ["ROOT", "case", "obl", "punct", "obl:unmarked", "cop", "det", "amod", "nsubj:pass", "punct"]
    tags = ["VBN", "IN", "CD", ",", "NNP", "VBZ", "DT", "JJ", "NN", "."]
    pos = ["VERB", "ADP", "NUM", "PUNCT", "PROPN", "AUX", "DET", "ADJ", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[8].dep_, doc[4].dep_, doc[4].head.i, doc[0].dep_, doc[0].head.i) == ("ROOT", "nsubj", 8, "advcl", 8)


def test_a_main_verb_read_as_a_relative_gets_the_sentence_back_from_its_subordinate_clause():
    # "The mayor resigned after a paper revealed it ." as the model misreads it (built by hand):
    # "revealed" the root with the mayor its subject, "resigned" a reduced relative of "mayor".
    words = ["The", "mayor", "resigned", "after", "a", "paper", "revealed", "it", "."]
    heads = [1, 6, 1, 5, 5, 2, 6, 6, 6]
    deps = ["det", "nsubj", "acl", "case", "det", "obl", "ROOT", "obj", "punct"]
    tags = ["DT", "NN", "VBD", "IN", "DT", "NN", "VBD", "PRP", "."]
    pos = ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "VERB", "PRON", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[2].dep_, doc[1].head.i, doc[6].dep_, doc[6].head.i) == ("ROOT", 2, "advcl", 2)
    assert (doc[5].dep_, doc[5].head.i, doc[3].dep_, doc[3].head.i, doc[8].head.i) == ("nsubj", 6, "mark", 6, 2)


def test_what_a_source_at_the_end_says_gets_its_verb_back_from_the_subjects_modifier():
    # "A fire swept the depot on Friday , officials said ." as the model misreads it (built by
    # hand): both subjects on "said", "swept" a modifier of "fire", the day on "said".
    words = ["A", "fire", "swept", "the", "depot", "on", "Friday", ",", "officials", "said", "."]
    heads = [1, 9, 1, 4, 2, 6, 9, 9, 9, 9, 9]
    deps = ["det", "nsubj", "acl", "det", "obj", "case", "obl", "punct", "nsubj", "ROOT", "punct"]
    tags = ["DT", "NN", "VBD", "DT", "NN", "IN", "NNP", ",", "NNS", "VBD", "."]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "NOUN", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[2].dep_, doc[2].head.i, doc[1].head.i, doc[6].head.i) == ("ccomp", 9, 2, 2)


def test_a_noun_read_as_taking_an_object_is_the_first_word_of_a_compound():
    # "Share prices closed lower ." as the model misreads it (built by hand): "Share" the subject
    # with "prices" its object. A verb the tagger read as a noun keeps its object.
    words = ["Share", "prices", "closed", "lower", "."]
    doc = _repaired(words, [2, 0, 2, 2, 2], ["nsubj", "obj", "ROOT", "advmod", "punct"],
                    ["NN", "NNS", "VBD", "RBR", "."], ["NOUN", "NOUN", "VERB", "ADV", "PUNCT"])
    assert (doc[1].dep_, doc[1].head.i, doc[0].dep_, doc[0].head.i) == ("nsubj", 2, "compound", 1)
    words = ["They", "came", "to", "rescue", "people", "."]
    doc = _repaired(words, [1, 1, 3, 1, 3, 1], ["nsubj", "ROOT", "mark", "xcomp", "obj", "punct"],
                    ["PRP", "VBD", "TO", "NN", "NNS", "."], ["PRON", "VERB", "PART", "NOUN", "NOUN", "PUNCT"])
    assert doc[4].dep_ == "obj" and doc[4].head.i == 3


def test_x_of_a_and_y_of_b_coordinates_x_and_y():
    # "Vela Corp. of Chile and Noor Co. of Oman plan ." as the model misreads it (built by hand):
    # "Co." a conjunct of "Chile", and "of Oman" hung on "Chile" too.
    words = ["Vela", "Corp.", "of", "Chile", "and", "Noor", "Co.", "of", "Oman", "plan", "."]
    heads = [1, 9, 3, 1, 6, 6, 3, 8, 3, 9, 9]
    deps = ["compound", "nsubj", "case", "nmod", "cc", "compound", "conj", "case", "nmod", "ROOT", "punct"]
    tags = ["NNP", "NNP", "IN", "NNP", "CC", "NNP", "NNP", "IN", "NNP", "VBP", "."]
    pos = ["PROPN", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN", "PROPN", "ADP", "PROPN", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[6].head.i, doc[8].head.i, doc[4].head.i) == (1, 6, 6)


def test_a_phrase_opened_by_a_preposition_is_never_a_subject():
    # "the first case in humans was confirmed ." as the model misreads it (built by hand).
    words = ["the", "first", "case", "in", "humans", "was", "confirmed", "."]
    heads = [2, 2, 2, 4, 6, 6, 2, 2]
    deps = ["det", "amod", "ROOT", "case", "nsubj:pass", "aux:pass", "acl:relcl", "punct"]
    tags = ["DT", "JJ", "NN", "IN", "NNS", "VBD", "VBN", "."]
    pos = ["DET", "ADJ", "NOUN", "ADP", "NOUN", "AUX", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[4].dep_, doc[4].head.i) == ("nmod", 2)


def test_the_tokens_of_a_character_span_are_those_that_overlap_it():
    import random

    from timeline.clauses import span_tokens

    text = "The mayor, Ana Ruiz, said on Tuesday  that the  bridge (built in 1890) would close.\n\nIt did."
    doc = parse_one(text)
    pick = random.Random(7)
    for _ in range(500):
        start, end = sorted((pick.randint(0, len(text)), pick.randint(0, len(text))))
        assert span_tokens(doc, start, end) == [t for t in doc if t.idx < end and t.idx + len(t.text) > start]


def test_that_before_a_plural_subject_is_the_clauses_complementizer():
    # "warned that supplies will stop ." as the model misreads it (built by hand): "that" the
    # determiner of "supplies".
    words = ["They", "warned", "that", "supplies", "will", "stop", "."]
    heads = [1, 1, 3, 5, 5, 1, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "punct"]
    tags = ["PRP", "VBD", "DT", "NNS", "MD", "VB", "."]
    pos = ["PRON", "VERB", "DET", "NOUN", "AUX", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[2].dep_, doc[2].head.i) == ("mark", 5)


def test_a_main_clause_hung_under_an_opening_participle_gets_the_sentence_back():
    # "Citing costs , the bakery announced that it would close ." as the model misreads it (built
    # by hand): "Citing" the root, "bakery" its parataxis, "announced" a modifier of "bakery" and
    # the reported clause a relative of it.
    words = ["Citing", "costs", ",", "the", "bakery", "announced", "that", "it", "would", "close", "."]
    heads = [0, 0, 4, 4, 0, 4, 9, 9, 9, 4, 0]
    deps = ["ROOT", "obj", "punct", "det", "parataxis", "acl", "mark", "nsubj", "aux", "acl:relcl", "punct"]
    tags = ["VBG", "NNS", ",", "DT", "NN", "VBD", "IN", "PRP", "MD", "VB", "."]
    pos = ["VERB", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "SCONJ", "PRON", "AUX", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[5].dep_, doc[4].dep_, doc[4].head.i, doc[0].dep_, doc[0].head.i) == ("ROOT", "nsubj", 5, "advcl", 5)
    assert (doc[9].dep_, doc[9].head.i, doc[10].head.i) == ("ccomp", 5, 5)


def test_an_opening_participle_with_its_main_clause_in_place_is_left_alone():
    doc = parse_one("Citing rising costs, the bakery on Elm Street closed its doors.")
    closed = token(doc, "closed")
    assert closed.dep_ == "ROOT" and token(doc, "Citing").head == closed


def test_a_verb_after_a_day_read_as_the_speakers_phrase_gets_its_subject_back():
    # "The council on Monday vetoed the plan , aides said ." as the model misreads it (built by
    # hand): "on [Monday vetoed]" a phrase of "said", which has both subjects.
    words = ["The", "council", "on", "Monday", "vetoed", "the", "plan", ",", "aides", "said", "."]
    heads = [1, 9, 4, 4, 9, 6, 4, 4, 9, 9, 9]
    deps = ["det", "nsubj", "case", "compound", "obl", "det", "appos", "punct", "nsubj", "ROOT", "punct"]
    tags = ["DT", "NN", "IN", "NNP", "NN", "DT", "NN", ",", "NNS", "VBD", "."]
    pos = ["DET", "NOUN", "ADP", "PROPN", "NOUN", "DET", "NOUN", "PUNCT", "NOUN", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[4].pos_, doc[4].dep_, doc[4].head.i, doc[1].head.i, doc[3].head.i, doc[6].dep_) == ("VERB", "ccomp", 9, 4, 4, "obj")


def test_a_regular_past_read_as_a_compounds_noun_is_the_verb():
    # "Thunder roared over the hills ." as the model misreads it (built by hand): one noun.
    words = ["Thunder", "roared", "over", "the", "hills", "."]
    heads = [1, 1, 4, 4, 1, 1]
    deps = ["compound", "ROOT", "case", "det", "nmod", "punct"]
    tags = ["NN", "NN", "IN", "DT", "NNS", "."]
    pos = ["NOUN", "NOUN", "ADP", "DET", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[1].pos_, doc[1].lemma_, doc[0].dep_) == ("VERB", "roar", "nsubj")


def test_intransitive_verbs_come_from_the_treebanks():
    verbs = language.intransitive_verbs()
    assert {"die", "happen", "occur", "arrive"} <= verbs
    assert not {"kill", "sign", "build", "open"} & verbs


def test_a_verb_read_as_its_objects_adjective_gets_the_sentence_back():
    # "The firm unveiled plans ." as the model misreads it (built by hand): "plans" the root,
    # "unveiled" its adjective with the subject.
    words = ["The", "firm", "unveiled", "plans", "."]
    heads = [1, 2, 3, 3, 3]
    deps = ["det", "nsubj", "amod", "ROOT", "punct"]
    tags = ["DT", "NN", "VBN", "NNS", "."]
    pos = ["DET", "NOUN", "VERB", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[2].dep_, doc[3].dep_, doc[3].head.i, doc[1].head.i, doc[4].head.i) == ("ROOT", "obj", 2, 2, 2)


def test_a_compound_read_as_a_clause_of_its_first_noun_is_a_compound():
    # "held under an arrest warrant ." as the model misreads it (built by hand): "warrant" a clause of "arrest".
    words = ["held", "under", "an", "arrest", "warrant", "."]
    heads = [0, 3, 3, 0, 3, 0]
    deps = ["ROOT", "case", "det", "obl", "acl", "punct"]
    tags = ["VBN", "IN", "DT", "NN", "NN", "."]
    pos = ["VERB", "ADP", "DET", "NOUN", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[4].dep_, doc[4].head.i, doc[3].dep_, doc[3].head.i, doc[2].head.i, doc[1].head.i) == ("obl", 0, "compound", 4, 4, 4)


def test_an_opening_phrase_read_on_the_subject_hangs_on_its_verb():
    # "At a summit , leaders agreed ." with the opening phrase a modifier of "leaders" (built by hand)
    words = ["At", "a", "summit", ",", "leaders", "agreed", "."]
    heads = [2, 2, 4, 4, 5, 5, 5]
    deps = ["case", "det", "obl", "punct", "nsubj", "ROOT", "punct"]
    tags = ["IN", "DT", "NN", ",", "NNS", "VBD", "."]
    pos = ["ADP", "DET", "NOUN", "PUNCT", "NOUN", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[2].head.i, doc[4].head.i) == (5, 5)


def test_an_adverb_read_as_the_object_gives_the_object_back_to_its_noun():
    # "The museum bought a villa once owned by a tenor." misread with "once" the object, "villa" its compound
    words = ["The", "museum", "bought", "a", "villa", "once", "owned", "by", "a", "tenor", "."]
    heads = [1, 2, 2, 5, 5, 2, 5, 9, 9, 6, 2]
    deps = ["det", "nsubj", "ROOT", "det", "compound", "obj", "acl", "case", "det", "obl:agent", "punct"]
    tags = ["DT", "NN", "VBD", "DT", "NN", "RB", "VBN", "IN", "DT", "NN", "."]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "ADV", "VERB", "ADP", "DET", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[4].dep_, doc[4].head.text) == ("obj", "bought")
    assert (doc[5].dep_, doc[5].head.text) == ("advmod", "owned")
    assert doc[6].head.text == "villa" and doc[3].head.text == "villa"


def test_a_name_read_as_an_aside_of_its_description_is_the_subject():
    # "Okafor, the club's captain, resigned." misread with the name a discourse word of "captain"
    words = ["Okafor", ",", "the", "club", "'s", "captain", ",", "resigned", "."]
    heads = [5, 0, 3, 5, 3, 7, 5, 7, 7]
    deps = ["discourse", "punct", "det", "nmod:poss", "case", "nsubj", "punct", "ROOT", "punct"]
    tags = ["NNP", ",", "DT", "NN", "POS", "NN", ",", "VBD", "."]
    pos = ["PROPN", "PUNCT", "DET", "NOUN", "PART", "NOUN", "PUNCT", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[0].dep_, doc[0].head.text) == ("nsubj", "resigned")
    assert (doc[5].dep_, doc[5].head.text) == ("appos", "Okafor")


def test_a_time_right_after_said_is_the_sayings():
    # "The unions said on Monday they would strike." misread with "Monday" a phrase of "strike"
    words = ["The", "unions", "said", "on", "Monday", "they", "would", "strike", "."]
    heads = [1, 2, 2, 4, 7, 7, 7, 2, 2]
    deps = ["det", "nsubj", "ROOT", "case", "obl", "nsubj", "aux", "ccomp", "punct"]
    tags = ["DT", "NNS", "VBD", "IN", "NNP", "PRP", "MD", "VB", "."]
    pos = ["DET", "NOUN", "VERB", "ADP", "PROPN", "PRON", "AUX", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert doc[4].head.text == "said"


def test_a_title_stops_at_a_hole_the_parse_tore_in_its_phrase():
    # "The agency announced 15 million dollars in food aid to help farmers in the north ."
    # misread with "aid" a loose dependent of the verb: the title would jump from "dollars" to
    # "in the north" over six words of the sentence
    from timeline import clauses

    words = ["The", "agency", "announced", "15", "million", "dollars", "in", "food", "aid", "to", "help", "farmers",
             "in", "the", "north", "."]
    heads = [1, 2, 2, 4, 5, 2, 8, 8, 2, 10, 8, 10, 14, 14, 2, 2]
    deps = ["det", "nsubj", "ROOT", "nummod", "nummod", "obj", "case", "compound", "dep", "mark", "acl", "obj",
            "case", "det", "obl", "punct"]
    tags = ["DT", "NN", "VBD", "CD", "CD", "NNS", "IN", "NN", "NN", "TO", "VB", "NNS", "IN", "DT", "NN", "."]
    pos = ["DET", "NOUN", "VERB", "NUM", "NUM", "NOUN", "ADP", "NOUN", "NOUN", "PART", "VERB", "NOUN", "ADP", "DET",
           "NOUN", "PUNCT"]
    doc = _built(words, heads, deps, tags, pos)
    title = clauses.title_of(clauses.read_clause(doc[2]), skip=set())
    assert title == "The agency announced 15 million dollars", title


def test_a_subordinate_clauses_subject_read_as_its_own_verbs_phrase_is_its_subject():
    # "After Mendez lost the vote , he resigned ." misread with "Mendez" a phrase ("after Mendez") of "lost"
    words = ["After", "Mendez", "lost", "the", "vote", ",", "he", "resigned", "."]
    heads = [1, 2, 7, 4, 2, 2, 7, 7, 7]
    deps = ["case", "obl", "advcl", "det", "obj", "punct", "nsubj", "ROOT", "punct"]
    tags = ["IN", "NNP", "VBD", "DT", "NN", ",", "PRP", "VBD", "."]
    pos = ["SCONJ", "PROPN", "VERB", "DET", "NOUN", "PUNCT", "PRON", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[1].dep_, doc[1].head.text) == ("nsubj", "lost")
    assert (doc[0].dep_, doc[0].head.text) == ("mark", "lost")


def test_an_opening_time_read_as_a_sentence_of_its_own_dates_the_clause_after_it():
    # "From May to July , exports rose ." misread as two roots, the first only its time
    words = ["From", "May", "to", "July", ",", "exports", "rose", "."]
    heads = [1, 1, 3, 1, 1, 6, 6, 6]
    deps = ["case", "ROOT", "case", "nmod", "punct", "nsubj", "ROOT", "punct"]
    tags = ["IN", "NNP", "IN", "NNP", ",", "NNS", "VBD", "."]
    pos = ["ADP", "PROPN", "ADP", "PROPN", "PUNCT", "NOUN", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[1].dep_, doc[1].head.text) == ("obl", "rose")


def test_a_name_the_parse_hung_on_a_date_stays_in_the_nouns_title():
    # "before the September UN summit": "UN" read as the second half of a name "September UN"
    from timeline import clauses

    words = ["before", "the", "September", "UN", "summit"]
    heads = [4, 4, 4, 2, 4]
    deps = ["case", "det", "compound", "flat", "ROOT"]
    tags = ["IN", "DT", "NNP", "NNP", "NN"]
    pos = ["ADP", "DET", "PROPN", "PROPN", "NOUN"]
    doc = _built(words, heads, deps, tags, pos)
    assert clauses.noun_title(doc[4], skip={2}) == "UN summit"


def test_a_bare_verb_form_closing_a_nouns_compound_is_a_noun():
    # "a strain of bird flu" misread with "flu" a verb describing "strain"
    words = ["a", "strain", "of", "bird", "flu"]
    heads = [1, 1, 3, 1, 1]
    deps = ["det", "ROOT", "case", "nmod", "acl"]
    tags = ["DT", "NN", "IN", "NN", "VBP"]
    pos = ["DET", "NOUN", "ADP", "NOUN", "VERB"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[4].pos_, doc[4].dep_, doc[4].head.text) == ("NOUN", "nmod", "strain")
    assert (doc[3].dep_, doc[3].head.text, doc[2].head.text) == ("compound", "flu", "flu")


def test_an_absolute_with_clauses_noun_is_its_gerunds_subject():
    # "The league held three rounds with the last one ending in a draw ." misread with "one" a
    # phrase of "rounds" and "ending" a clause of the main verb
    words = ["The", "league", "held", "three", "rounds", "with", "the", "last", "one", "ending", "in", "a", "draw", "."]
    heads = [1, 2, 2, 4, 2, 8, 8, 8, 4, 2, 12, 12, 9, 2]
    deps = ["det", "nsubj", "ROOT", "nummod", "obj", "case", "det", "amod", "nmod", "advcl", "case", "det", "obl", "punct"]
    tags = ["DT", "NN", "VBD", "CD", "NNS", "IN", "DT", "JJ", "NN", "VBG", "IN", "DT", "NN", "."]
    pos = ["DET", "NOUN", "VERB", "NUM", "NOUN", "ADP", "DET", "ADJ", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[8].dep_, doc[8].head.text) == ("nsubj", "ending")
    assert (doc[5].dep_, doc[5].head.text) == ("mark", "ending")


def test_a_name_right_after_a_predicate_noun_is_that_nouns_not_a_second_subject():
    # "his next target was the capital Kinshasa" misread with "Kinshasa" a second subject of "capital"
    words = ["his", "target", "was", "the", "capital", "Kinshasa", "."]
    heads = [1, 4, 4, 4, 4, 4, 4]
    deps = ["nmod:poss", "nsubj", "cop", "det", "ROOT", "nsubj", "punct"]
    tags = ["PRP$", "NN", "VBD", "DT", "NN", "NNP", "."]
    pos = ["PRON", "NOUN", "AUX", "DET", "NOUN", "PROPN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert [t.text for t in doc[4].children if t.dep_.startswith("nsubj")] == ["target"]
    assert doc[5].dep_ == "appos"


def test_a_day_read_as_the_predicate_of_was_gives_the_passive_back():
    # "The minister was earlier Friday ordered by a court to resign ." misread with "Friday" the
    # predicate of "was" and "ordered" its modifier
    words = ["The", "minister", "was", "earlier", "Friday", "ordered", "by", "a", "court", "to", "resign", "."]
    heads = [1, 4, 4, 4, 4, 4, 8, 8, 5, 10, 5, 4]
    deps = ["det", "nsubj", "cop", "amod", "ROOT", "acl", "case", "det", "obl:agent", "mark", "xcomp", "punct"]
    tags = ["DT", "NN", "VBD", "JJR", "NNP", "VBN", "IN", "DT", "NN", "TO", "VB", "."]
    pos = ["DET", "NOUN", "AUX", "ADJ", "PROPN", "VERB", "ADP", "DET", "NOUN", "PART", "VERB", "PUNCT"]
    doc = _built(words, heads, deps, tags, pos)
    assert language._day_read_as_a_copular_predicate(doc[4])
    assert (doc[5].dep_, doc[1].dep_, doc[1].head.text, doc[2].dep_) == ("ROOT", "nsubj:pass", "ordered", "aux:pass")
    assert (doc[4].dep_, doc[4].head.text) == ("obl:unmarked", "ordered")


def test_a_gapped_subject_read_as_a_conjunct_is_the_subject_of_its_verb():
    # "Six students died and 39 were injured ." misread with "39" a conjunct of "died"
    words = ["Six", "students", "died", "and", "39", "were", "injured", "."]
    heads = [1, 2, 2, 4, 2, 6, 2, 2]
    deps = ["nummod", "nsubj", "ROOT", "cc", "conj", "aux:pass", "conj", "punct"]
    tags = ["CD", "NNS", "VBD", "CC", "CD", "VBD", "VBN", "."]
    pos = ["NUM", "NOUN", "VERB", "CCONJ", "NUM", "AUX", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[4].dep_, doc[4].head.text) == ("nsubj:pass", "injured")


@pytest.mark.parametrize("hung_on", ["killed", "others"])
def test_a_passive_whose_auxiliary_is_left_out_gets_its_subject_back(hung_on):
    # "Two guards were killed and six others wounded ." misread with "others" an oblique of
    # "killed" and "wounded" a modifier of "killed" (or of "others")
    words = ["Two", "guards", "were", "killed", "and", "six", "others", "wounded", "."]
    heads = [1, 3, 3, 3, 6, 6, 3, 3 if hung_on == "killed" else 6, 3]
    deps = ["nummod", "nsubj:pass", "aux:pass", "ROOT", "cc", "nummod", "obl", "advcl" if hung_on == "killed" else "acl", "punct"]
    tags = ["CD", "NNS", "VBD", "VBN", "CC", "CD", "NNS", "VBN", "."]
    pos = ["NUM", "NOUN", "AUX", "VERB", "CCONJ", "NUM", "NOUN", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[7].dep_, doc[7].head.text) == ("conj", "killed")
    assert (doc[6].dep_, doc[6].head.text) == ("nsubj:pass", "wounded")
    assert doc[4].head.text == "wounded"


def test_a_time_read_as_the_root_gives_the_verb_back_its_object():
    # "Rebel fighters seized early on Monday morning the airport of the city ." misread with
    # "morning" the root, "airport" its object and "seized" a modifier of "fighters"
    words = ["Rebel", "fighters", "seized", "early", "on", "Monday", "morning", "the", "airport", "of", "the", "city", "."]
    heads = [1, 6, 1, 2, 5, 2, 6, 8, 6, 11, 11, 8, 6]
    deps = ["compound", "nsubj", "acl", "advmod", "case", "obl", "ROOT", "det", "obj", "case", "det", "nmod", "punct"]
    tags = ["NN", "NNS", "VBN", "RB", "IN", "NNP", "NN", "DT", "NN", "IN", "DT", "NN", "."]
    pos = ["NOUN", "NOUN", "VERB", "ADV", "ADP", "PROPN", "NOUN", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[2].dep_, doc[2].tag_) == ("ROOT", "VBD")
    assert (doc[1].dep_, doc[1].head.text) == ("nsubj", "seized")
    assert (doc[8].dep_, doc[8].head.text) == ("obj", "seized")
    assert doc[6].head.text == "seized" and doc[6].dep_.startswith("obl")


def test_a_long_phrase_the_parse_hung_on_the_verb_completes_a_short_object():
    # "The team took only two out of seven golds at the Busan Asian Games in Korea ." with "golds"
    # a phrase of the verb, too long to keep whole: the title says "two out of seven golds", not a
    # bare "two"
    from timeline import clauses

    words = ["The", "team", "took", "only", "two", "out", "of", "seven", "golds", "at", "the", "Busan", "Asian", "Games",
             "in", "Korea", "."]
    heads = [1, 2, 2, 4, 2, 8, 8, 8, 2, 13, 13, 13, 13, 8, 15, 13, 2]
    deps = ["det", "nsubj", "ROOT", "advmod", "obj", "case", "case", "nummod", "obl", "case", "det", "compound", "amod",
            "nmod", "case", "nmod", "punct"]
    tags = ["DT", "NN", "VBD", "RB", "CD", "IN", "IN", "CD", "NNS", "IN", "DT", "NNP", "JJ", "NNPS", "IN", "NNP", "."]
    pos = ["DET", "NOUN", "VERB", "ADV", "NUM", "ADP", "ADP", "NUM", "NOUN", "ADP", "DET", "PROPN", "ADJ", "PROPN", "ADP",
           "PROPN", "PUNCT"]
    doc = _built(words, heads, deps, tags, pos)
    assert clauses.title_of(clauses.read_clause(doc[2]), skip=set()) == "The team took only two out of seven golds"


def test_an_article_read_as_the_object_gives_the_object_back_to_its_noun():
    # "Pakistan restricted a struggling England to 206 ." misread with "a" the object and
    # "struggling" a verb taking "England"
    words = ["Pakistan", "restricted", "a", "struggling", "England", "to", "206", "."]
    heads = [1, 1, 1, 2, 3, 6, 3, 1]
    deps = ["nsubj", "ROOT", "obj", "acl", "obj", "case", "obl", "punct"]
    tags = ["NNP", "VBD", "DT", "VBG", "NNP", "IN", "CD", "."]
    pos = ["PROPN", "VERB", "DET", "VERB", "PROPN", "ADP", "NUM", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[4].dep_, doc[4].head.text) == ("obj", "restricted")
    assert (doc[2].dep_, doc[2].head.text, doc[3].dep_, doc[3].head.text) == ("det", "England", "amod", "England")
    assert doc[6].head.text == "restricted"


def test_a_participle_after_a_comma_closing_the_object_describes_the_object():
    # "The agency sold its headquarters , built in 1890 ." misread with "built" a second verb of "sold"
    words = ["The", "agency", "sold", "its", "headquarters", ",", "built", "in", "1890", "."]
    heads = [1, 2, 2, 4, 2, 6, 2, 8, 6, 2]
    deps = ["det", "nsubj", "ROOT", "nmod:poss", "obj", "punct", "conj", "case", "obl", "punct"]
    tags = ["DT", "NN", "VBD", "PRP$", "NN", ",", "VBN", "IN", "CD", "."]
    pos = ["DET", "NOUN", "VERB", "PRON", "NOUN", "PUNCT", "VERB", "ADP", "NUM", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[6].dep_, doc[6].head.text) == ("acl", "headquarters")


def test_a_participle_after_a_comma_and_an_adverb_describes_the_noun_before_the_comma():
    # "Little is known of the beetle , first described in 1905 ." misread with "described" a second verb of "known"
    words = ["Little", "is", "known", "of", "the", "beetle", ",", "first", "described", "in", "1905", "."]
    heads = [2, 2, 2, 5, 5, 2, 8, 8, 2, 10, 8, 2]
    deps = ["nsubj:pass", "aux:pass", "ROOT", "case", "det", "obl", "punct", "advmod", "conj", "case", "obl", "punct"]
    tags = ["JJ", "VBZ", "VBN", "IN", "DT", "NN", ",", "RB", "VBN", "IN", "CD", "."]
    pos = ["ADJ", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT", "ADV", "VERB", "ADP", "NUM", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[8].dep_, doc[8].head.text) == ("acl", "beetle")


@pytest.mark.parametrize("noun, tag", [("confidence", "NN"), ("prices", "NNS")])
def test_that_right_after_the_verb_whose_clause_it_opens_is_its_complementizer(noun, tag):
    # "The survey showed that business confidence fell ." misread with "that" the determiner of
    # the clause's subject: right after "showed", it opens the clause, singular noun or plural
    words = ["The", "survey", "showed", "that", "business", noun, "fell", "."]
    heads = [1, 2, 2, 5, 5, 6, 2, 2]
    deps = ["det", "nsubj", "ROOT", "det", "compound", "nsubj", "ccomp", "punct"]
    tags = ["DT", "NN", "VBD", "DT", "NN", tag, "VBD", "."]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "NOUN", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[3].dep_, doc[3].pos_, doc[3].head.text) == ("mark", "SCONJ", "fell")


def test_that_before_a_singular_subject_away_from_the_verb_stays_a_demonstrative():
    # "Officials said on Monday that plan failed ." is left alone: "that" is not right after "said"
    words = ["Officials", "said", "on", "Monday", "that", "plan", "failed", "."]
    heads = [1, 1, 3, 1, 5, 6, 1, 1]
    deps = ["nsubj", "ROOT", "case", "obl", "det", "nsubj", "ccomp", "punct"]
    tags = ["NNS", "VBD", "IN", "NNP", "DT", "NN", "VBD", "."]
    pos = ["NOUN", "VERB", "ADP", "PROPN", "DET", "NOUN", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[4].dep_, doc[4].head.text) == ("det", "plan")


def test_a_subordinate_clause_read_as_the_main_one_gives_the_root_back():
    # "Officials said it had begun registering families who want to return after the war ended ."
    # misread with "ended" the root, "after" a preposition of its subject and "said" an adverbial
    # clause of it
    words = ["Officials", "said", "it", "had", "begun", "registering", "families", "who", "want", "to", "return",
             "after", "the", "war", "ended", "."]
    heads = [1, 14, 4, 4, 1, 4, 5, 8, 6, 10, 8, 13, 13, 14, 14, 14]
    deps = ["nsubj", "advcl", "nsubj", "aux", "ccomp", "xcomp", "obj", "nsubj", "acl:relcl", "mark", "xcomp",
            "case", "det", "nsubj", "ROOT", "punct"]
    tags = ["NNS", "VBD", "PRP", "VBD", "VBN", "VBG", "NNS", "WP", "VBP", "TO", "VB", "IN", "DT", "NN", "VBD", "."]
    pos = ["NOUN", "VERB", "PRON", "AUX", "VERB", "VERB", "NOUN", "PRON", "VERB", "PART", "VERB", "ADP", "DET", "NOUN",
           "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[1].dep_, doc[1].head.i) == ("ROOT", 1)
    assert (doc[14].dep_, doc[14].head.text) == ("advcl", "return")
    assert (doc[11].dep_, doc[11].head.text) == ("mark", "ended")
    assert doc[0].head.text == "said" and doc[15].head.text == "said"


def test_a_subordinate_clause_read_as_a_nouns_phrase_and_its_participle_is_a_clause():
    # "Hunger is a threat after the rains failed ." misread with "after the rains" a phrase of
    # "threat" and "failed" a reduced relative of "rains"
    words = ["Hunger", "is", "a", "threat", "after", "the", "rains", "failed", "."]
    heads = [3, 3, 3, 3, 6, 6, 3, 6, 3]
    deps = ["nsubj", "cop", "det", "ROOT", "case", "det", "nmod", "acl", "punct"]
    tags = ["NN", "VBZ", "DT", "NN", "IN", "DT", "NNS", "VBD", "."]
    pos = ["NOUN", "AUX", "DET", "NOUN", "ADP", "DET", "NOUN", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[7].dep_, doc[7].head.text) == ("advcl", "threat")
    assert (doc[6].dep_, doc[6].head.text) == ("nsubj", "failed")
    assert (doc[4].dep_, doc[4].head.text) == ("mark", "failed")


def test_a_subordinate_clause_whose_subject_has_a_later_word_hung_on_it_is_still_a_clause():
    # "Lee won the final as Kim faded in the heat , 6-4 ." misread with "as Kim" a phrase of
    # "won", "faded" a modifier of "Kim" and the score an apposition of "Kim" after the clause
    words = ["Lee", "won", "the", "final", "as", "Kim", "faded", "in", "the", "heat", ",", "6-4", "."]
    heads = [1, 1, 3, 1, 5, 1, 5, 9, 9, 6, 11, 5, 1]
    deps = ["nsubj", "ROOT", "det", "obj", "case", "obl", "acl", "case", "det", "obl", "punct", "appos", "punct"]
    tags = ["NNP", "VBD", "DT", "NN", "IN", "NNP", "VBD", "IN", "DT", "NN", ",", "CD", "."]
    pos = ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "VERB", "ADP", "DET", "NOUN", "PUNCT", "NUM", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[6].dep_, doc[6].head.text) == ("advcl", "won")
    assert (doc[5].dep_, doc[5].head.text) == ("nsubj", "faded")
    assert (doc[4].dep_, doc[4].head.text) == ("mark", "faded")


def test_a_subordinate_clauses_verb_the_tagger_called_an_adjective_is_still_its_verb():
    # "Oil fell 2 percent as traders worried about demand ." misread with "as traders" a phrase of
    # "fell" and "worried" (tagged as an adjective) a modifier of "traders"
    words = ["Oil", "fell", "2", "percent", "as", "traders", "worried", "about", "demand", "."]
    heads = [1, 1, 3, 1, 5, 1, 5, 8, 6, 1]
    deps = ["nsubj", "ROOT", "nummod", "obj", "case", "obl", "acl", "case", "obl", "punct"]
    tags = ["NN", "VBD", "CD", "NN", "IN", "NNS", "JJ", "IN", "NN", "."]
    pos = ["NOUN", "VERB", "NUM", "NOUN", "ADP", "NOUN", "VERB", "ADP", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[6].dep_, doc[6].head.text) == ("advcl", "fell")
    assert (doc[5].dep_, doc[5].head.text) == ("nsubj", "worried")


def test_an_unknown_noun_after_an_article_read_as_an_adverb_is_the_subject():
    # "A locksmith freed the trapped dog ." misread with the unknown "locksmith" an adverb and
    # "freed" a bare participle with no subject
    words = ["A", "locksmith", "freed", "the", "trapped", "dog", "."]
    heads = [1, 2, 2, 5, 5, 2, 2]
    deps = ["det", "advmod", "ROOT", "det", "amod", "obj", "punct"]
    tags = ["DT", "RB", "VBN", "DT", "JJ", "NN", "."]
    pos = ["DET", "ADV", "VERB", "DET", "ADJ", "NOUN", "PUNCT"]
    morphs = ["", "", "Tense=Past|VerbForm=Part", "", "", "", ""]
    doc = _repaired(words, heads, deps, tags, pos, morphs)
    assert (doc[1].dep_, doc[1].pos_, doc[1].head.text) == ("nsubj", "NOUN", "freed")
    assert (doc[2].tag_, doc[2].morph.get("VerbForm")) == ("VBD", ["Fin"])


def test_an_adverb_before_a_bare_participle_stays_an_adverb():
    # "Recently freed , the dog ran ." : no article, no subject made of the adverb
    words = ["Recently", "freed", ",", "the", "dog", "ran", "."]
    heads = [1, 5, 5, 4, 5, 5, 5]
    deps = ["advmod", "advcl", "punct", "det", "nsubj", "ROOT", "punct"]
    tags = ["RB", "VBN", ",", "DT", "NN", "VBD", "."]
    pos = ["ADV", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[0].dep_, doc[0].pos_) == ("advmod", "ADV")


def test_a_main_verb_after_a_plural_subject_tagged_as_a_bare_form_is_a_present():
    # "Trams run again on Friday ." with "run" tagged as a bare infinitive
    words = ["Trams", "run", "again", "on", "Friday", "."]
    heads = [1, 1, 1, 4, 1, 1]
    deps = ["nsubj", "ROOT", "advmod", "case", "obl", "punct"]
    tags = ["NNS", "VB", "RB", "IN", "NNP", "."]
    pos = ["NOUN", "VERB", "ADV", "ADP", "PROPN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[1].tag_, doc[1].morph.get("Tense")) == ("VBP", ["Pres"])


def test_a_bare_form_after_to_or_a_modal_stays_a_bare_form():
    # "Trams will run on Friday ."
    words = ["Trams", "will", "run", "on", "Friday", "."]
    heads = [2, 2, 2, 4, 2, 2]
    deps = ["nsubj", "aux", "ROOT", "case", "obl", "punct"]
    tags = ["NNS", "MD", "VB", "IN", "NNP", "."]
    pos = ["NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert doc[2].tag_ == "VB"


def test_a_plans_adjective_read_as_a_marker_of_its_infinitive_is_its_frame():
    # "The envoy is due to land today ." misread with "due" (and its "is") a marker of "land"
    words = ["The", "envoy", "is", "due", "to", "land", "today", "."]
    heads = [1, 5, 3, 5, 5, 5, 5, 5]
    deps = ["det", "nsubj:outer", "cop", "mark", "mark", "ROOT", "obl:unmarked", "punct"]
    tags = ["DT", "NN", "VBZ", "JJ", "TO", "VB", "NN", "."]
    pos = ["DET", "NOUN", "AUX", "ADJ", "PART", "VERB", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[3].dep_, doc[5].dep_, doc[5].head.text) == ("ROOT", "xcomp", "due")
    assert (doc[1].dep_, doc[1].head.text) == ("nsubj", "due")
    assert doc[7].head.text == "due"


def test_a_participle_tagged_as_a_past_on_a_subject_before_its_verb_is_a_passive():
    # "A search party sent up the hill on Monday had to turn back ." with "sent" tagged as a past
    words = ["A", "search", "party", "sent", "up", "the", "hill", "on", "Monday", "had", "to", "turn", "back", "."]
    heads = [2, 2, 9, 2, 6, 6, 3, 8, 3, 9, 11, 9, 11, 9]
    deps = ["det", "compound", "nsubj", "acl", "case", "det", "obl", "case", "obl", "ROOT", "mark", "xcomp",
            "compound:prt", "punct"]
    tags = ["DT", "NN", "NN", "VBD", "IN", "DT", "NN", "IN", "NNP", "VBD", "TO", "VB", "RP", "."]
    pos = ["DET", "NOUN", "NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "VERB", "PART", "VERB", "ADP", "PUNCT"]
    from timeline import clauses

    doc = _built(words, heads, deps, tags, pos)
    title = clauses.title_of(clauses.read_clause(doc[3]), skip={7, 8})
    assert title == "A search party was sent up the hill", title


def test_a_reported_perfect_read_as_a_modifier_of_the_object_is_the_clause_reported():
    # "The audit revealed the council has lost the files ." misread with "the council" the object of
    # "revealed" and "has lost" a modifier of it
    words = ["The", "audit", "revealed", "the", "council", "has", "lost", "the", "files", "."]
    heads = [1, 2, 2, 4, 2, 6, 4, 8, 6, 2]
    deps = ["det", "nsubj", "ROOT", "det", "obj", "aux", "acl", "det", "obj", "punct"]
    tags = ["DT", "NN", "VBD", "DT", "NN", "VBZ", "VBN", "DT", "NNS", "."]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[6].dep_, doc[6].head.text) == ("ccomp", "revealed")
    assert (doc[4].dep_, doc[4].head.text) == ("nsubj", "lost")


def test_a_past_with_an_agent_after_an_objects_comma_describes_the_object():
    # "Crews cleared the trees , brought down by the storm ." misread with "brought" (tagged as a
    # past) a second verb of "cleared"
    words = ["Crews", "cleared", "the", "trees", ",", "brought", "down", "by", "the", "storm", "."]
    heads = [1, 1, 3, 1, 5, 1, 5, 9, 9, 5, 1]
    deps = ["nsubj", "ROOT", "det", "obj", "punct", "conj", "compound:prt", "case", "det", "obl:agent", "punct"]
    tags = ["NNS", "VBD", "DT", "NNS", ",", "VBD", "RP", "IN", "DT", "NN", "."]
    pos = ["NOUN", "VERB", "DET", "NOUN", "PUNCT", "VERB", "ADP", "ADP", "DET", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[5].dep_, doc[5].head.text, doc[5].tag_) == ("acl", "trees", "VBN")


def test_an_as_clause_after_a_sources_verb_is_no_second_thing_said():
    # "Shops reopened on Monday , officials said , as the floods receded ." misread with "receded" a
    # second complement of "said" and "as" a preposition of "floods"
    words = ["Shops", "reopened", "on", "Monday", ",", "officials", "said", ",", "as", "the", "floods", "receded", "."]
    heads = [1, 6, 3, 1, 6, 6, 6, 11, 10, 10, 11, 6, 6]
    deps = ["nsubj", "ccomp", "case", "obl", "punct", "nsubj", "ROOT", "punct", "case", "det", "nsubj", "ccomp", "punct"]
    tags = ["NNS", "VBD", "IN", "NNP", ",", "NNS", "VBD", ",", "IN", "DT", "NNS", "VBD", "."]
    pos = ["NOUN", "VERB", "ADP", "PROPN", "PUNCT", "NOUN", "VERB", "PUNCT", "SCONJ", "DET", "NOUN", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[11].dep_, doc[8].dep_, doc[8].head.text) == ("advcl", "mark", "receded")
    assert doc[1].dep_ == "ccomp"


def test_who_after_an_age_set_off_after_a_name_is_the_person_not_the_age():
    # "Li Wenfei , 51 , who was jailed in 1999 , spoke ." with "Wenfei" tagged as a common noun
    from timeline import clauses

    words = ["Li", "Wenfei", ",", "51", ",", "who", "was", "jailed", "in", "1999", ",", "spoke", "."]
    heads = [1, 11, 3, 1, 7, 7, 7, 1, 9, 7, 11, 11, 11]
    deps = ["compound", "nsubj", "punct", "appos", "punct", "nsubj:pass", "aux:pass", "acl:relcl", "case", "obl",
            "punct", "ROOT", "punct"]
    tags = ["NNP", "NN", ",", "CD", ",", "WP", "VBD", "VBN", "IN", "CD", ",", "VBD", "."]
    pos = ["PROPN", "NOUN", "PUNCT", "NUM", "PUNCT", "PRON", "AUX", "VERB", "ADP", "NUM", "PUNCT", "VERB", "PUNCT"]
    doc = _built(words, heads, deps, tags, pos)
    assert clauses.subject_of(doc[7]).text == "Wenfei"


def test_a_nouns_of_phrase_read_as_a_relative_clauses_subject_is_the_nouns():
    # "A group of 40 hikers reached the pass ." misread with "group" the root and "hikers" the
    # subject of "reached", a relative clause with no relative word
    words = ["A", "group", "of", "40", "hikers", "reached", "the", "pass", "."]
    heads = [1, 1, 3, 4, 5, 1, 7, 5, 1]
    deps = ["det", "ROOT", "case", "nummod", "nsubj", "acl:relcl", "det", "obj", "punct"]
    tags = ["DT", "NN", "IN", "CD", "NNS", "VBD", "DT", "NN", "."]
    pos = ["DET", "NOUN", "ADP", "NUM", "NOUN", "VERB", "DET", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[5].dep_, doc[1].dep_, doc[1].head.text) == ("ROOT", "nsubj", "reached")
    assert (doc[4].dep_, doc[4].head.text, doc[2].head.text) == ("nmod", "group", "hikers")
    assert doc[8].head.text == "reached"


def test_a_range_of_a_figure_read_as_a_phrase_of_the_verb_is_the_nouns():
    # "Between 10 and 15 boats sank ." misread with "between 10 and 15" a phrase of "sank"
    words = ["Between", "10", "and", "15", "boats", "sank", "."]
    heads = [1, 5, 3, 1, 5, 5, 5]
    deps = ["case", "obl", "cc", "conj", "nsubj", "ROOT", "punct"]
    tags = ["IN", "CD", "CC", "CD", "NNS", "VBD", "."]
    pos = ["ADP", "NUM", "CCONJ", "NUM", "NOUN", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[1].dep_, doc[1].head.text) == ("nummod", "boats")
    assert (doc[0].dep_, doc[0].head.text) == ("advmod", "10")


def test_a_copular_conjuncts_subject_read_as_a_conjunct_is_its_subject():
    # "The club sold the ground and a vote on the sale is due in May ." misread with "vote" a
    # conjunct of "sold" and "due" a conjunct with no subject
    words = ["The", "club", "sold", "the", "ground", "and", "a", "vote", "on", "the", "sale", "is", "due", "in", "May", "."]
    heads = [1, 2, 2, 4, 2, 7, 7, 2, 10, 10, 7, 12, 2, 14, 12, 2]
    deps = ["det", "nsubj", "ROOT", "det", "obj", "cc", "det", "conj", "case", "det", "nmod", "cop", "conj", "case", "obl", "punct"]
    tags = ["DT", "NN", "VBD", "DT", "NN", "CC", "DT", "NN", "IN", "DT", "NN", "VBZ", "JJ", "IN", "NNP", "."]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "CCONJ", "DET", "NOUN", "ADP", "DET", "NOUN", "AUX", "ADJ", "ADP", "PROPN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[7].dep_, doc[7].head.text) == ("nsubj", "due")


def test_who_after_a_description_tagged_as_an_adjective_is_the_name_before_it():
    # "Vik , a radical reformer who won in May , spoke ." with "reformer" tagged as an adjective
    from timeline import clauses

    words = ["Vik", ",", "a", "radical", "reformer", "who", "won", "in", "May", ",", "spoke", "."]
    heads = [10, 4, 4, 4, 0, 6, 4, 8, 6, 10, 10, 10]
    deps = ["nsubj", "punct", "det", "amod", "appos", "nsubj", "acl:relcl", "case", "obl", "punct", "ROOT", "punct"]
    tags = ["NNP", ",", "DT", "JJ", "JJ", "WP", "VBD", "IN", "NNP", ",", "VBD", "."]
    pos = ["PROPN", "PUNCT", "DET", "ADJ", "ADJ", "PRON", "VERB", "ADP", "PROPN", "PUNCT", "VERB", "PUNCT"]
    doc = _built(words, heads, deps, tags, pos)
    assert clauses.subject_of(doc[6]).text == "Vik"


def test_a_report_read_as_its_speakers_modifier_is_the_sentences_verb():
    # "Oslo , a port city , announced on Monday it had closed the bridge ." misread with "closed" the
    # root, both subjects on it, and "announced" a modifier of "Oslo"
    words = ["Oslo", ",", "a", "port", "city", ",", "announced", "on", "Monday", "it", "had", "closed", "the", "bridge", "."]
    heads = [11, 4, 4, 4, 0, 6, 0, 8, 6, 11, 11, 11, 13, 11, 11]
    deps = ["nsubj", "punct", "det", "compound", "appos", "punct", "acl", "case", "obl", "nsubj", "aux", "ROOT", "det", "obj", "punct"]
    tags = ["NNP", ",", "DT", "NN", "NN", ",", "VBN", "IN", "NNP", "PRP", "VBD", "VBN", "DT", "NN", "."]
    pos = ["PROPN", "PUNCT", "DET", "NOUN", "NOUN", "PUNCT", "VERB", "ADP", "PROPN", "PRON", "AUX", "VERB", "DET", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[6].dep_, doc[0].head.text, doc[11].dep_, doc[11].head.text) == ("ROOT", "announced", "ccomp", "announced")


def test_a_gapped_passives_subject_read_as_a_conjunct_of_the_first_verbs_phrase_is_its_subject():
    # "Two men were burned to death and three others hurt Sunday ." misread with "others" a conjunct
    # of "death" and "hurt" a modifier of "death"
    words = ["Two", "men", "were", "burned", "to", "death", "and", "three", "others", "hurt", "Sunday", "."]
    heads = [1, 3, 3, 3, 5, 3, 8, 8, 5, 5, 9, 3]
    deps = ["nummod", "nsubj:pass", "aux:pass", "ROOT", "case", "obl", "cc", "nummod", "conj", "acl", "obl:unmarked", "punct"]
    tags = ["CD", "NNS", "VBD", "VBN", "IN", "NN", "CC", "CD", "NNS", "VBN", "NNP", "."]
    pos = ["NUM", "NOUN", "AUX", "VERB", "ADP", "NOUN", "CCONJ", "NUM", "NOUN", "VERB", "PROPN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[9].dep_, doc[9].head.text) == ("conj", "burned")
    assert (doc[8].dep_, doc[8].head.text) == ("nsubj:pass", "hurt")


def test_two_names_joined_by_a_hyphen_are_a_modifier_of_the_noun_after_them_not_an_apposition():
    # "Talks reopened the Chile-Peru border ." misread with the hyphen a comma and "Peru border"
    # an apposition of "Chile"
    words = ["Talks", "reopened", "the", "Chile", "-", "Peru", "border", "."]
    heads = [1, 1, 3, 1, 6, 6, 3, 1]
    deps = ["nsubj", "ROOT", "det", "obj", "punct", "compound", "appos", "punct"]
    tags = ["NNS", "VBD", "DT", "NNP", ",", "NNP", "NN", "."]
    pos = ["NOUN", "VERB", "DET", "PROPN", "PUNCT", "PROPN", "NOUN", "PUNCT"]
    spaces = [True, True, True, False, False, True, False, False]
    doc = _repaired(words, heads, deps, tags, pos, spaces=spaces)
    assert (doc[6].dep_, doc[6].head.text) == ("obj", "reopened")
    assert (doc[3].dep_, doc[3].head.text) == ("compound", "border")
    assert doc[2].head.text == "border"


def test_when_and_its_noun_hung_on_the_main_verb_are_the_clause_of_the_verb_after_them():
    # "The flaw was exposed in May when an airline , banned by two states , simply moved its flights ."
    words = ["The", "flaw", "was", "exposed", "in", "May", "when", "an", "airline", ",", "banned", "by", "two", "states",
             ",", "simply", "moved", "its", "flights", "."]
    heads = [1, 3, 3, 3, 5, 3, 8, 8, 3, 10, 8, 13, 13, 10, 16, 16, 3, 18, 16, 3]
    deps = ["det", "nsubj:pass", "aux:pass", "ROOT", "case", "obl", "advmod", "det", "obl", "punct", "acl", "case", "nummod",
            "obl:agent", "punct", "advmod", "conj", "nmod:poss", "obj", "punct"]
    tags = ["DT", "NN", "VBD", "VBN", "IN", "NNP", "WRB", "DT", "NN", ",", "VBN", "IN", "CD", "NNS", ",", "RB", "VBD",
            "PRP$", "NNS", "."]
    pos = ["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "ADV", "DET", "NOUN", "PUNCT", "VERB", "ADP", "NUM", "NOUN",
           "PUNCT", "ADV", "VERB", "PRON", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[8].dep_, doc[8].head.text) == ("nsubj", "moved")
    assert (doc[16].dep_, doc[16].head.text) == ("advcl", "exposed")


def test_a_verdict_word_read_as_an_apposition_of_the_object_is_what_the_verb_found():
    # "The court found Vik , the banker , guilty of fraud on Tuesday ." with "guilty" an apposition of "Vik"
    words = ["The", "court", "found", "Vik", ",", "the", "banker", ",", "guilty", "of", "fraud", "on", "Tuesday", "."]
    heads = [1, 2, 2, 2, 6, 6, 3, 8, 3, 10, 8, 12, 10, 2]
    deps = ["det", "nsubj", "ROOT", "obj", "punct", "det", "appos", "punct", "appos", "case", "nmod", "case", "nmod", "punct"]
    tags = ["DT", "NN", "VBD", "NNP", ",", "DT", "NN", ",", "NN", "IN", "NN", "IN", "NNP", "."]
    pos = ["DET", "NOUN", "VERB", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[8].dep_, doc[8].head.text) == ("xcomp", "found")
    assert (doc[12].dep_, doc[12].head.text) == ("obl", "found")


def test_a_subordinate_clauses_subject_read_as_its_verbs_compound_is_its_subject():
    # "He urged that the E.U. act now ." misread with "the E.U." a compound of "act"
    words = ["He", "urged", "that", "the", "E.U.", "act", "now", "."]
    heads = [1, 1, 5, 5, 5, 1, 5, 1]
    deps = ["nsubj", "ROOT", "mark", "det", "compound", "ccomp", "advmod", "punct"]
    tags = ["PRP", "VBD", "IN", "DT", "NNP", "VB", "RB", "."]
    pos = ["PRON", "VERB", "SCONJ", "DET", "PROPN", "VERB", "ADV", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[4].dep_, doc[4].head.text, doc[3].head.text) == ("nsubj", "act", "E.U.")


def test_a_date_read_as_a_second_subject_leaves_the_speaker_alone():
    # "..., brokers said Friday." as the model reads it at times (built by hand): "Friday" a second
    # subject of "said". Two subjects side by side are a split coordination only with no verb between.
    words = ["Brokers", "said", "Friday", "."]
    heads = [1, 1, 1, 1]
    deps = ["nsubj", "ROOT", "nsubj", "punct"]
    tags = ["NNS", "VBD", "NNP", "."]
    pos = ["NOUN", "VERB", "PROPN", "PUNCT"]
    from timeline import clauses

    doc = _built(words, heads, deps, tags, pos)
    said = clauses.read_clause(doc[1])
    assert clauses.speaker_of(said, skip={2}) == "Brokers said"


@pytest.mark.parametrize("unit, direction", [("year", "last"), ("week", "next"), ("month", "this")])
def test_a_counted_time_after_an_object_is_never_the_object(unit, direction):
    # "Latvia joined the bloc last year." as the model misreads it (built by hand): one object, "the
    # bloc last year", with "bloc" a modifier of the time noun
    words = ["Latvia", "joined", "the", "bloc", direction, unit, "."]
    heads = [1, 1, 5, 5, 5, 1, 1]
    deps = ["nsubj", "ROOT", "det", "amod", "amod", "obj", "punct"]
    tags = ["NNP", "VBD", "DT", "NN", "JJ", "NN", "."]
    pos = ["PROPN", "VERB", "DET", "NOUN", "ADJ", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[3].dep_, doc[3].head.i, doc[2].head.i) == ("obj", 1, 3)
    assert doc[5].dep_ != "obj" and doc[4].head.i == 5


def test_a_day_after_the_subject_read_as_the_subject_is_the_verbs_time():
    # "Dutch regulators Monday fined the bank." as the model misreads it (built by hand): "Monday"
    # the subject, "regulators" its modifier
    words = ["Dutch", "regulators", "Monday", "fined", "the", "bank", "."]
    heads = [2, 2, 3, 3, 5, 3, 3]
    deps = ["amod", "compound", "nsubj", "ROOT", "det", "obj", "punct"]
    tags = ["JJ", "NNS", "NNP", "VBD", "DT", "NN", "."]
    pos = ["ADJ", "NOUN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[1].dep_, doc[1].head.i, doc[0].head.i) == ("nsubj", 3, 1)
    assert doc[2].dep_ != "nsubj" and doc[2].head.i == 3


def test_a_past_participle_spelled_as_its_base_form_after_its_nouns_phrase_is_passive():
    # "... the record of 13 metres (43 feet) set in 1897" with "set" tagged as a base form (built by
    # hand): right after its noun's phrase, it is the noun's passive
    from timeline import clauses

    words = ["Fans", "recalled", "the", "record", "of", "13", "metres", "(", "43", "feet", ")", "set", "in", "1897", "."]
    heads = [1, 1, 3, 1, 6, 6, 3, 9, 9, 6, 9, 3, 13, 11, 1]
    deps = ["nsubj", "ROOT", "det", "obj", "case", "nummod", "nmod", "punct", "nummod", "appos", "punct", "acl",
            "case", "obl", "punct"]
    tags = ["NNS", "VBD", "DT", "NN", "IN", "CD", "NNS", "-LRB-", "CD", "NNS", "-RRB-", "VB", "IN", "CD", "."]
    pos = ["NOUN", "VERB", "DET", "NOUN", "ADP", "NUM", "NOUN", "PUNCT", "NUM", "NOUN", "PUNCT", "VERB", "ADP", "NUM",
           "PUNCT"]
    doc = _built(words, heads, deps, tags, pos)
    title = clauses.title_of(clauses.read_clause(doc[11]), skip={12, 13})
    assert title.startswith("The record of 13 metres") and title.endswith("was set"), title


def test_a_that_read_as_a_second_subject_is_the_clauses_complementizer():
    # "Analysts said that steel prices fell." as the model misreads it at times (built by hand):
    # "that" a second subject of "fell"
    words = ["Analysts", "said", "that", "steel", "prices", "fell", "."]
    heads = [1, 1, 5, 4, 5, 1, 1]
    deps = ["nsubj", "ROOT", "nsubj", "compound", "nsubj", "ccomp", "punct"]
    tags = ["NNS", "VBD", "DT", "NN", "NNS", "VBD", "."]
    pos = ["NOUN", "VERB", "PRON", "NOUN", "NOUN", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert doc[2].dep_ == "mark" and [c.i for c in doc[5].children if c.dep_ == "nsubj"] == [4]


def test_a_title_never_ends_on_the_subject_of_a_clause_the_parse_hung_elsewhere():
    # "He was forced to leave after his house was torched." as the model misreads it at times (built
    # by hand): "after his house" a phrase of "leave", "was torched" a clause of its own
    from timeline import clauses

    words = ["He", "was", "forced", "to", "leave", "after", "his", "house", "was", "torched", "."]
    heads = [2, 2, 2, 4, 2, 7, 7, 4, 9, 2, 2]
    deps = ["nsubj:pass", "aux:pass", "ROOT", "mark", "xcomp", "case", "nmod:poss", "obl", "aux:pass", "parataxis",
            "punct"]
    tags = ["PRP", "VBD", "VBN", "TO", "VB", "IN", "PRP$", "NN", "VBD", "VBN", "."]
    pos = ["PRON", "AUX", "VERB", "PART", "VERB", "ADP", "PRON", "NOUN", "AUX", "VERB", "PUNCT"]
    doc = _built(words, heads, deps, tags, pos)
    assert clauses.title_of(clauses.read_clause(doc[2]), skip=set()) == "He was forced to leave"


@pytest.mark.parametrize("sentence, noun, title", [
    ("Roads close during a trial involving the former mayor.", "trial", "Trial involving the former mayor"),
    ("Crowds watched a parade marking the anniversary.", "parade", "Parade marking the anniversary"),
])
def test_a_one_word_noun_title_keeps_the_clause_that_describes_its_noun(sentence, noun, title):
    from timeline import clauses

    doc = language.parse_one(sentence)
    assert clauses.noun_title(next(t for t in doc if t.text == noun), skip=set()) == title


def test_a_passive_subject_with_no_auxiliary_is_told_with_its_be():
    # "..., plans already approved by the council." as the model reads it at times (built by hand):
    # "plans" the passive subject of "approved", with no "were"
    from timeline import clauses

    words = ["Voters", "backed", "the", "budget", ",", "plans", "already", "approved", "by", "the", "council", "."]
    heads = [1, 1, 3, 1, 7, 7, 7, 1, 10, 10, 7, 1]
    deps = ["nsubj", "ROOT", "det", "obj", "punct", "nsubj:pass", "advmod", "conj", "case", "det", "obl:agent", "punct"]
    tags = ["NNS", "VBD", "DT", "NN", ",", "NNS", "RB", "VBN", "IN", "DT", "NN", "."]
    pos = ["NOUN", "VERB", "DET", "NOUN", "PUNCT", "NOUN", "ADV", "VERB", "ADP", "DET", "NOUN", "PUNCT"]
    morphs = ["Number=Plur", "", "", "Number=Sing", "", "Number=Plur", "", "", "", "", "Number=Sing", ""]
    doc = _built(words, heads, deps, tags, pos, morphs)
    title = clauses.title_of(clauses.read_clause(doc[7]), skip=set())
    assert title.startswith("Plans were") and "approved by the council" in title, title


def test_a_main_verb_read_into_the_relative_clause_before_it_is_the_main_verb():
    # "The index, which excludes banks, dropped by 2 percent." as the model misreads it (built by
    # hand): the noun the root, "dropped" a modifier of "banks" inside the relative clause
    words = ["The", "index", ",", "which", "excludes", "banks", ",", "dropped", "by", "2", "percent", "."]
    heads = [1, 1, 4, 4, 1, 4, 7, 5, 10, 10, 7, 1]
    deps = ["det", "ROOT", "punct", "nsubj", "acl:relcl", "obj", "punct", "acl", "case", "nummod", "obl", "punct"]
    tags = ["DT", "NN", ",", "WDT", "VBZ", "NNS", ",", "VBN", "IN", "CD", "NN", "."]
    pos = ["DET", "NOUN", "PUNCT", "PRON", "VERB", "NOUN", "PUNCT", "VERB", "ADP", "NUM", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[7].dep_, doc[1].dep_, doc[1].head.i) == ("ROOT", "nsubj", 7)
    assert doc[4].head.i == 1 and doc[5].head.i == 4


def test_a_gerund_after_by_is_told_as_done():
    # "He protested by failing to attend the talks." (built by hand): what he did, told in the past
    from timeline import clauses

    words = ["He", "protested", "by", "failing", "to", "attend", "the", "talks", "."]
    heads = [1, 1, 3, 1, 5, 3, 7, 5, 1]
    deps = ["nsubj", "ROOT", "mark", "advcl", "mark", "xcomp", "det", "obj", "punct"]
    tags = ["PRP", "VBD", "IN", "VBG", "TO", "VB", "DT", "NNS", "."]
    pos = ["PRON", "VERB", "SCONJ", "VERB", "PART", "VERB", "DET", "NOUN", "PUNCT"]
    doc = _built(words, heads, deps, tags, pos)
    doc[3].lemma_ = "fail"
    assert clauses.title_of(clauses.read_clause(doc[3]), skip=set()).startswith("He failed to attend")


def test_an_ing_word_after_to_before_its_noun_is_the_nouns_modifier():
    # "Voters walked to polling stations." as the model misreads it (built by hand): "to polling" an
    # infinitive and "stations" its object
    words = ["Voters", "walked", "to", "polling", "stations", "."]
    heads = [1, 1, 3, 1, 3, 1]
    deps = ["nsubj", "ROOT", "mark", "advcl", "obj", "punct"]
    tags = ["NNS", "VBD", "TO", "VBG", "NNS", "."]
    pos = ["NOUN", "VERB", "PART", "VERB", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[4].dep_, doc[4].head.i) == ("obl", 1)
    assert (doc[3].head.i, doc[2].head.i, doc[2].dep_) == (4, 4, "case")


def test_a_relative_clause_hung_on_a_year_describes_the_noun_before_it():
    # "They drew up the budget for 2025 which is to be approved." as the model misreads it (built by
    # hand): the relative clause on "2025"
    from timeline import clauses

    words = ["They", "drew", "up", "the", "budget", "for", "2025", "which", "is", "to", "be", "approved", "."]
    heads = [1, 1, 1, 4, 1, 6, 1, 11, 11, 11, 11, 6, 1]
    deps = ["nsubj", "ROOT", "compound:prt", "det", "obj", "case", "obl", "nsubj:pass", "aux", "mark", "aux:pass",
            "acl:relcl", "punct"]
    tags = ["PRP", "VBD", "RP", "DT", "NN", "IN", "CD", "WDT", "VBZ", "TO", "VB", "VBN", "."]
    pos = ["PRON", "VERB", "ADP", "DET", "NOUN", "ADP", "NUM", "PRON", "AUX", "PART", "AUX", "VERB", "PUNCT"]
    doc = _built(words, heads, deps, tags, pos)
    assert clauses.read_clause(doc[11]).subject.text == "budget"


def test_a_participle_on_the_last_of_two_coordinated_nouns_is_said_of_both():
    # "Police said Ruiz and his brother bought the farm." as the model misreads it at times (built by
    # hand): "bought" a modifier of "brother", the second of "Ruiz and his brother"
    from timeline import clauses

    words = ["Police", "said", "Ruiz", "and", "his", "brother", "bought", "the", "farm", "."]
    heads = [1, 1, 1, 5, 5, 2, 5, 8, 6, 1]
    deps = ["nsubj", "ROOT", "ccomp", "cc", "nmod:poss", "conj", "acl", "det", "obj", "punct"]
    tags = ["NNS", "VBD", "NNP", "CC", "PRP$", "NN", "VBD", "DT", "NN", "."]
    pos = ["NOUN", "VERB", "PROPN", "CCONJ", "PRON", "NOUN", "VERB", "DET", "NOUN", "PUNCT"]
    doc = _built(words, heads, deps, tags, pos)
    clause = clauses.read_clause(doc[6])
    assert clause.subject.text == "Ruiz"
    assert clauses.title_of(clause, skip=set()).startswith("Ruiz and his brother bought")


def test_a_participle_with_a_by_agent_before_the_main_verb_is_a_reduced_relative():
    # "Troops backed by jeeps raided the town." as the model misreads it (built by hand): "backed"
    # the root, "raided" a modifier of "jeeps" inside the agent phrase
    words = ["Troops", "backed", "by", "jeeps", "raided", "the", "town", "."]
    heads = [1, 1, 3, 1, 3, 6, 4, 1]
    deps = ["nsubj", "ROOT", "case", "obl:agent", "acl", "det", "obj", "punct"]
    tags = ["NNS", "VBD", "IN", "NNS", "VBD", "DT", "NN", "."]
    pos = ["NOUN", "VERB", "ADP", "NOUN", "VERB", "DET", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[4].dep_, doc[0].head.i, doc[1].head.i) == ("ROOT", 4, 0)


def test_a_past_tense_not_spelled_as_a_participle_is_never_made_passive():
    # "... the output (GDP) grew by 2 percent" with "grew" hung on "output" (built by hand): no "was grew"
    from timeline import clauses

    words = ["Analysts", "watched", "the", "output", "(", "GDP", ")", "grew", "by", "2", "percent", "."]
    heads = [1, 1, 3, 1, 5, 3, 5, 3, 10, 10, 7, 1]
    deps = ["nsubj", "ROOT", "det", "obj", "punct", "appos", "punct", "acl", "case", "nummod", "obl", "punct"]
    tags = ["NNS", "VBD", "DT", "NN", "-LRB-", "NNP", "-RRB-", "VBD", "IN", "CD", "NN", "."]
    pos = ["NOUN", "VERB", "DET", "NOUN", "PUNCT", "PROPN", "PUNCT", "VERB", "ADP", "NUM", "NOUN", "PUNCT"]
    doc = _built(words, heads, deps, tags, pos)
    doc[7].lemma_ = "grow"
    title = clauses.title_of(clauses.read_clause(doc[7]), skip=set())
    assert "was grew" not in title and "grew" in title, title


def test_a_that_read_as_the_object_of_a_later_verb_is_its_clauses_complementizer():
    # "Officials admitted that it had failed to report leaks." as the model misreads it at times
    # (built by hand): "that" the object of "report"
    words = ["Officials", "admitted", "that", "it", "had", "failed", "to", "report", "leaks", "."]
    heads = [1, 1, 7, 5, 5, 1, 7, 5, 7, 1]
    deps = ["nsubj", "ROOT", "obj", "nsubj", "aux", "ccomp", "mark", "xcomp", "obj", "punct"]
    tags = ["NNS", "VBD", "DT", "PRP", "VBD", "VBN", "TO", "VB", "NNS", "."]
    pos = ["NOUN", "VERB", "PRON", "PRON", "AUX", "VERB", "PART", "VERB", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[2].dep_, doc[2].head.i) == ("mark", 5)


def test_a_participle_set_off_by_commas_after_its_subject_is_a_reduced_relative():
    # "The sites, updated last week, outline the plan." as the model misreads it (built by hand):
    # "updated" the root, the real verb a conjunct tagged as a base form
    words = ["The", "sites", ",", "updated", "last", "week", ",", "outline", "the", "plan", "."]
    heads = [1, 3, 3, 3, 5, 3, 7, 3, 9, 7, 3]
    deps = ["det", "nsubj", "punct", "ROOT", "amod", "obl:unmarked", "punct", "conj", "det", "obj", "punct"]
    tags = ["DT", "NNS", ",", "VBD", "JJ", "NN", ",", "VB", "DT", "NN", "."]
    pos = ["DET", "NOUN", "PUNCT", "VERB", "ADJ", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[7].dep_, doc[1].head.i, doc[3].head.i) == ("ROOT", 7, 1)


def test_a_name_read_as_a_subject_with_an_object_is_its_nouns_compound():
    # "Fatah primaries were suspended." as the model misreads it (built by hand): "Fatah" the subject
    # and "primaries" its object; a name takes no object
    words = ["Fatah", "primaries", "were", "suspended", "."]
    heads = [3, 0, 3, 3, 3]
    deps = ["nsubj:pass", "obj", "aux:pass", "ROOT", "punct"]
    tags = ["NNP", "NNS", "VBD", "VBN", "."]
    pos = ["PROPN", "NOUN", "AUX", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[1].dep_, doc[1].head.i, doc[0].dep_, doc[0].head.i) == ("nsubj:pass", 3, "compound", 1)


def test_a_word_of_the_subjects_name_read_as_an_auxiliary_is_said_once():
    # "Kim Kun-woo took the title." with "woo" read as an auxiliary of "took" (built by hand)
    from timeline import clauses

    words = ["Kim", "Kun", "-", "woo", "took", "the", "title", "."]
    heads = [4, 0, 0, 4, 4, 6, 4, 4]
    deps = ["nsubj", "flat", "punct", "aux", "ROOT", "det", "obj", "punct"]
    tags = ["NNP", "NNP", "HYPH", "NNP", "VBD", "DT", "NN", "."]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "DET", "NOUN", "PUNCT"]
    spaces = [True, False, False, True, True, True, False, False]
    from spacy.tokens import Doc
    doc = Doc(load_model().vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags, pos=pos)
    title = clauses.title_of(clauses.read_clause(doc[4]), skip=set(), names=[(0, 11)])
    assert title == "Kim Kun-woo took the title", title


def test_a_subject_cut_inside_a_hyphenated_word_loses_the_broken_word():
    # "Hopes of face-to-face talks rose." with the parse ending the subject inside "face-to-face"
    # (built by hand): never "Hopes of face rose"
    from timeline import clauses

    words = ["Hopes", "of", "face", "-", "to", "-", "face", "talks", "rose", "."]
    heads = [8, 2, 0, 8, 7, 7, 7, 8, 8, 8]
    deps = ["nsubj", "case", "nmod", "punct", "case", "punct", "compound", "obl", "ROOT", "punct"]
    tags = ["NNS", "IN", "NN", "HYPH", "IN", "HYPH", "NN", "NNS", "VBD", "."]
    pos = ["NOUN", "ADP", "NOUN", "PUNCT", "ADP", "PUNCT", "NOUN", "NOUN", "VERB", "PUNCT"]
    spaces = [True, True, False, False, False, False, True, True, False, False]
    from spacy.tokens import Doc
    doc = Doc(load_model().vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags, pos=pos)
    title = clauses.title_of(clauses.read_clause(doc[8]), skip=set())
    assert not title.startswith("Hopes of face "), title


def test_a_relative_clause_with_whose_read_as_the_verb_of_its_antecedent_is_given_back():
    # "The bank , whose shares fell on Monday , said it would close ." misread with "bank" a second
    # subject of "fell", and "fell" what "said" reports
    words = ["The", "bank", ",", "whose", "shares", "fell", "on", "Monday", ",", "said", "it", "would", "close", "."]
    heads = [1, 5, 1, 4, 5, 9, 7, 5, 5, 9, 12, 12, 9, 9]
    deps = ["det", "nsubj", "punct", "nmod:poss", "nsubj", "ccomp", "case", "obl", "punct", "ROOT", "nsubj", "aux",
            "ccomp", "punct"]
    tags = ["DT", "NN", ",", "WP$", "NNS", "VBD", "IN", "NNP", ",", "VBD", "PRP", "MD", "VB", "."]
    pos = ["DET", "NOUN", "PUNCT", "PRON", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "VERB", "PRON", "AUX", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[1].dep_, doc[1].head.text) == ("nsubj", "said")
    assert (doc[5].dep_, doc[5].head.text) == ("acl:relcl", "bank")


def test_a_gerund_with_an_adjective_after_a_preposition_is_a_noun():
    # "The town was taken during fierce fighting ." misread with "fighting" a clause marked by "during"
    words = ["The", "town", "was", "taken", "during", "fierce", "fighting", "."]
    heads = [1, 3, 3, 3, 6, 6, 3, 3]
    deps = ["det", "nsubj:pass", "aux:pass", "ROOT", "mark", "amod", "advcl", "punct"]
    tags = ["DT", "NN", "VBD", "VBN", "IN", "JJ", "VBG", "."]
    pos = ["DET", "NOUN", "AUX", "VERB", "ADP", "ADJ", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[6].pos_, doc[6].dep_, doc[4].dep_) == ("NOUN", "obl", "case")


def test_a_day_read_as_a_conjunct_opens_the_clause_after_it():
    # "Rebels took the town and on Monday they burned the market ." misread with "Monday" the conjunct
    words = ["Rebels", "took", "the", "town", "and", "on", "Monday", "they", "burned", "the", "market", "."]
    heads = [1, 1, 3, 1, 6, 6, 1, 8, 1, 10, 8, 1]
    deps = ["nsubj", "ROOT", "det", "obj", "cc", "case", "conj", "nsubj", "parataxis", "det", "obj", "punct"]
    tags = ["NNS", "VBD", "DT", "NN", "CC", "IN", "NNP", "PRP", "VBD", "DT", "NN", "."]
    pos = ["NOUN", "VERB", "DET", "NOUN", "CCONJ", "ADP", "PROPN", "PRON", "VERB", "DET", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[6].dep_, doc[6].head.text) == ("obl", "burned")
    assert (doc[8].dep_, doc[8].head.text) == ("conj", "took")


def test_an_ing_word_after_a_plural_with_a_singular_article_is_the_noun():
    # "at a ministers meeting" misread with "meeting" a participle of "ministers"
    words = ["They", "met", "at", "a", "ministers", "meeting", "."]
    heads = [1, 1, 4, 4, 1, 4, 1]
    deps = ["nsubj", "ROOT", "case", "det", "obl", "acl", "punct"]
    tags = ["PRP", "VBD", "IN", "DT", "NNS", "VBG", "."]
    pos = ["PRON", "VERB", "ADP", "DET", "NOUN", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[5].pos_, doc[5].dep_, doc[5].head.text) == ("NOUN", "obl", "met")
    assert (doc[4].dep_, doc[4].head.text) == ("compound", "meeting")


def test_an_adjective_read_into_the_time_after_it_is_the_verbs_complement():
    # "The road became unsafe last year ." misread with "unsafe" a modifier of "year"
    words = ["The", "road", "became", "unsafe", "last", "year", "."]
    heads = [1, 2, 2, 5, 5, 2, 2]
    deps = ["det", "nsubj", "ROOT", "amod", "amod", "obl:unmarked", "punct"]
    tags = ["DT", "NN", "VBD", "JJ", "JJ", "NN", "."]
    pos = ["DET", "NOUN", "VERB", "ADJ", "ADJ", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[3].dep_, doc[3].head.text) == ("xcomp", "became")
    assert doc[4].head.text == "year"


def test_a_when_clause_read_as_the_first_subject_of_a_report_is_given_back():
    # "Two died when trams collided on Sunday , officials said ." misread with "trams" a subject of
    # "said" and "collided" its modifier
    words = ["Two", "died", "when", "trams", "collided", "on", "Sunday", ",", "officials", "said", "."]
    heads = [1, 1, 9, 9, 3, 6, 4, 3, 9, 1, 1]
    deps = ["nsubj", "ROOT", "advmod", "nsubj", "acl", "case", "obl", "punct", "nsubj", "advcl", "punct"]
    tags = ["CD", "VBD", "WRB", "NNS", "VBN", "IN", "NNP", ",", "NNS", "VBD", "."]
    pos = ["NUM", "VERB", "ADV", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "NOUN", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[4].dep_, doc[4].head.text) == ("advcl", "died")
    assert (doc[3].dep_, doc[3].head.text) == ("nsubj", "collided")
    assert doc[2].head.text == "collided"


def test_a_hyphen_read_as_the_apposition_of_the_name_before_it_is_left_alone():
    # "the Asia Co-operation Forum" misread with the hyphen itself a noun in apposition to "Co": the
    # hyphen repair must not make "Co" and "-" each other's heads (the extraction hung on it)
    words = ["The", "Asia", "Co", "-", "operation", "Forum", "opened", "."]
    heads = [5, 2, 5, 2, 5, 6, 6, 6]
    deps = ["det", "compound", "compound", "appos", "compound", "nsubj", "ROOT", "punct"]
    tags = ["DT", "NNP", "NNP", "NN", "NN", "NNP", "VBD", "."]
    pos = ["DET", "PROPN", "PROPN", "NOUN", "NOUN", "PROPN", "VERB", "PUNCT"]
    spaces = [True, True, False, False, True, True, False, False]
    _assert_every_word_reaches_a_root(_repaired(words, heads, deps, tags, pos, spaces=spaces))


def test_no_parse_leaves_the_repairs_with_a_loop_in_its_heads():
    # whatever a repair does, every word's heads reach a root: a loop would hang every walk up the tree
    words = ["Talks", "on", "trade", "ended", "."]
    doc = _built(words, [3, 2, 0, 3, 3], ["nsubj", "case", "nmod", "ROOT", "punct"], ["NNS", "IN", "NN", "VBD", "."])
    doc[0].head = doc[2]  # "Talks" and "trade" each other's heads
    _assert_every_word_reaches_a_root(load_model().get_pipe(language.MAIN_VERB_COMPONENT)(doc))


def _assert_every_word_reaches_a_root(doc):
    for token in doc:
        node, steps = token, 0
        while node.head != node and steps <= len(doc):
            node, steps = node.head, steps + 1
        assert node.head == node, f"{token.text} never reaches a root"


def test_a_names_roman_number_read_as_its_apposition_stays_in_the_subject():
    # "The Marlin III rig was withdrawn ." with "III" read as an apposition of "Marlin": the
    # subject's words keep the number ("Rig was withdrawn" had lost the whole name)
    from timeline import clauses

    words = ["The", "Marlin", "III", "rig", "was", "withdrawn", "."]
    heads = [3, 3, 1, 5, 5, 5, 5]
    deps = ["det", "compound", "appos", "nsubj:pass", "aux:pass", "ROOT", "punct"]
    tags = ["DT", "NNP", "CD", "NN", "VBD", "VBN", "."]
    pos = ["DET", "PROPN", "NUM", "NOUN", "AUX", "VERB", "PUNCT"]
    doc = _built(words, heads, deps, tags, pos)
    assert clauses.phrase_text(clauses.subject_phrase(doc[3], set(), [])) == "The Marlin III rig"


def test_a_text_parsed_as_one_sentence_has_one_root():
    text = "The blast happened about 8:30 a.m. (0030 GMT) Sunday when about 200 pilgrims crossed the old bridge."
    doc = next(parse([text], one_sentence=True))
    assert doc.text == text
    assert len(list(doc.sents)) == 1
    assert doc[:].root.text == "happened"


def test_a_name_read_as_a_conjunct_with_nothing_joining_heads_its_phrase():
    # "World Food Programme ( WFP ) chief Carla Bruni called ." misread with "Bruni" a conjunct of "Programme"
    words = ["World", "Food", "Programme", "(", "WFP", ")", "chief", "Carla", "Bruni", "called", "."]
    heads = [2, 2, 9, 4, 8, 4, 8, 8, 2, 9, 9]
    deps = ["compound", "compound", "nsubj", "punct", "compound", "punct", "compound", "compound", "conj", "ROOT", "punct"]
    tags = ["NNP", "NNP", "NNP", "-LRB-", "NNP", "-RRB-", "NN", "NNP", "NNP", "VBD", "."]
    pos = ["PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[8].dep_, doc[8].head.text) == ("nsubj", "called")
    assert (doc[2].dep_, doc[2].head.text) == ("compound", "Bruni")


def test_an_of_phrase_read_as_an_apposition_is_the_nouns_complement():
    # "arrived at the invitation of Foreign Minister Li Ming ." misread with "Li" an apposition of
    # "invitation" and "of" hung inside it
    words = ["arrived", "at", "the", "invitation", "of", "Foreign", "Minister", "Li", "Ming", "."]
    heads = [0, 3, 3, 0, 7, 6, 7, 3, 7, 0]
    deps = ["ROOT", "case", "det", "obl", "case", "amod", "nmod:desc", "appos", "flat", "punct"]
    tags = ["VBD", "IN", "DT", "NN", "IN", "NNP", "NNP", "NNP", "NNP", "."]
    pos = ["VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PROPN", "PROPN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[7].dep_, doc[7].head.text) == ("nmod", "invitation")


def test_a_participle_aside_read_as_the_main_verb_gives_way_to_the_verb_group_after_it():
    # "The forum , started in early May , was last held in June ." misread with "started" the root
    # and "held" its conjunct with nothing joining them
    words = ["The", "forum", ",", "started", "in", "early", "May", ",", "was", "last", "held", "in", "June", "."]
    heads = [1, 3, 3, 3, 6, 6, 3, 10, 10, 10, 3, 12, 10, 3]
    deps = ["det", "nsubj", "punct", "ROOT", "case", "amod", "obl", "punct", "aux:pass", "advmod", "conj", "case", "obl", "punct"]
    tags = ["DT", "NN", ",", "VBD", "IN", "JJ", "NNP", ",", "VBD", "RB", "VBN", "IN", "NNP", "."]
    pos = ["DET", "NOUN", "PUNCT", "VERB", "ADP", "ADJ", "PROPN", "PUNCT", "AUX", "ADV", "VERB", "ADP", "PROPN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert doc[10].dep_ == "ROOT"
    assert (doc[1].dep_, doc[1].head.text) == ("nsubj:pass", "held")
    assert (doc[3].dep_, doc[3].head.text) == ("acl", "forum")


def test_a_past_tense_with_an_object_on_a_root_noun_is_the_main_verb():
    # "Divers near Oban , Scotland , found the wreck on Sunday ." misread with "Divers" the root and
    # "found" its modifier: a participle that modifies a noun takes no object
    words = ["Divers", "near", "Oban", ",", "Scotland", ",", "found", "the", "wreck", "on", "Sunday", "."]
    heads = [0, 2, 0, 4, 2, 6, 0, 8, 6, 10, 0, 0]
    deps = ["ROOT", "case", "nmod", "punct", "appos", "punct", "acl", "det", "obj", "case", "nmod", "punct"]
    tags = ["NNS", "IN", "NNP", ",", "NNP", ",", "VBD", "DT", "NN", "IN", "NNP", "."]
    pos = ["NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "ADJ", "DET", "NOUN", "ADP", "PROPN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[6].dep_, doc[6].pos_, doc[0].dep_, doc[0].head.i) == ("ROOT", "VERB", "nsubj", 6)
    assert (doc[10].head.i, doc[10].dep_) == (6, "obl")  # the day is the finding's


def test_a_participle_with_no_object_on_a_root_noun_is_no_verb_for_that_repair():
    # "Troops stationed near the border ." (a caption): "stationed" has no object, so this repair
    # does not make it the verb of "Troops"
    words = ["Troops", "stationed", "near", "the", "border", "."]
    heads = [0, 0, 4, 4, 1, 0]
    deps = ["ROOT", "acl", "case", "det", "obl", "punct"]
    tags = ["NNS", "VBD", "IN", "DT", "NN", "."]
    doc = _built(words, heads, deps, tags)
    assert not language._past_tense_with_an_object_read_as_its_subjects_modifier(doc[0])
    assert (doc[0].dep_, doc[1].dep_) == ("ROOT", "acl")


def test_a_participle_after_a_copular_predicate_is_a_clause_on_it():
    # "The storm was on Sunday , flooding the valley ." misread with "flooding" a modifier of "Sunday"
    words = ["The", "storm", "was", "on", "Sunday", ",", "flooding", "the", "valley", "."]
    heads = [1, 4, 4, 4, 4, 6, 4, 8, 6, 4]
    deps = ["det", "nsubj", "cop", "case", "ROOT", "punct", "acl", "det", "obj", "punct"]
    tags = ["DT", "NN", "VBD", "IN", "NNP", ",", "VBG", "DT", "NN", "."]
    pos = ["DET", "NOUN", "AUX", "ADP", "PROPN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[6].dep_, doc[6].head.i) == ("advcl", 4)


def test_a_subordinators_noun_deep_in_the_objects_phrase_is_the_subject_of_the_verb_after_it():
    # "Ports closed ten berths along the coast after dockers in Hull struck ." misread with "after
    # dockers" a phrase of "coast" and "struck" a clause with no subject
    words = ["Ports", "closed", "ten", "berths", "along", "the", "coast", "after", "dockers", "in", "Hull", "struck", "."]
    heads = [1, 1, 3, 1, 6, 6, 3, 8, 6, 10, 8, 1, 1]
    deps = ["nsubj", "ROOT", "nummod", "obj", "case", "det", "nmod", "case", "nmod", "case", "nmod", "advcl", "punct"]
    tags = ["NNS", "VBD", "CD", "NNS", "IN", "DT", "NN", "IN", "NNS", "IN", "NNP", "VBD", "."]
    pos = ["NOUN", "VERB", "NUM", "NOUN", "ADP", "DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[8].dep_, doc[8].head.i, doc[7].dep_, doc[7].head.i) == ("nsubj", 11, "mark", 11)
    assert (doc[11].dep_, doc[11].head.i) == ("advcl", 1)


def _reaches_a_root(doc) -> bool:
    for token in doc:
        seen = set()
        while token.head.i != token.i:
            if token.i in seen:
                return False
            seen.add(token.i)
            token = token.head
    return True


def test_a_main_verb_read_as_a_relative_with_the_subordinator_deep_in_its_object_gets_its_clause_back():
    # "The mill shut two lines across its site after workers in Leeds walked out ." misread with
    # "walked" the root, "shut" a modifier of "mill", and "after workers" deep in the object's phrase
    words = ["The", "mill", "shut", "two", "lines", "across", "its", "site", "after", "workers", "in", "Leeds", "walked",
             "out", "."]
    heads = [1, 12, 1, 4, 2, 7, 7, 4, 9, 7, 11, 9, 12, 12, 12]
    deps = ["det", "nsubj", "acl", "nummod", "obj", "case", "nmod:poss", "nmod", "case", "nmod", "case", "nmod", "ROOT",
            "compound:prt", "punct"]
    tags = ["DT", "NN", "VBD", "CD", "NNS", "IN", "PRP$", "NN", "IN", "NNS", "IN", "NNP", "VBD", "RP", "."]
    pos = ["DET", "NOUN", "VERB", "NUM", "NOUN", "ADP", "PRON", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "VERB", "ADP", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[2].dep_, doc[1].head.i) == ("ROOT", 2)
    assert (doc[12].dep_, doc[12].head.i, doc[9].dep_, doc[9].head.i) == ("advcl", 2, "nsubj", 12)


def test_won_after_an_amount_that_roots_its_own_fragment_becomes_the_root_not_a_loop():
    # "30 won from Tuesday 's close ." as a fragment of its own ("up 0. 30 won ..."): the amount
    # is the root and "won" its modifier; the currency becomes the root, the amount its number
    words = ["30", "won", "from", "Tuesday", "'s", "close", "."]
    heads = [0, 0, 5, 5, 3, 1, 0]
    deps = ["ROOT", "acl", "case", "nmod:poss", "case", "obl", "punct"]
    tags = ["CD", "VBN", "IN", "NNP", "POS", "NN", "."]
    doc = _built(words, heads, deps, tags)
    assert language._currency_read_as_won(doc[1])
    assert _reaches_a_root(doc)
    assert (doc[1].dep_, doc[0].head.i, doc[0].dep_) == ("ROOT", 1, "nummod")


def test_won_with_an_agent_stays_the_verb():
    # "one of 26 won by China": a passive with its agent, not Korea's currency
    words = ["one", "of", "26", "won", "by", "China", "."]
    heads = [0, 2, 0, 2, 5, 3, 0]
    deps = ["ROOT", "case", "nmod", "acl", "case", "obl:agent", "punct"]
    tags = ["CD", "IN", "CD", "VBN", "IN", "NNP", "."]
    doc = _built(words, heads, deps, tags)
    assert not language._currency_read_as_won(doc[3])
    assert doc[3].dep_ == "acl"


@pytest.mark.parametrize("sentence", [
    "The won ended at 1,120.40 to the dollar, up 0. 45 won from Friday's close.",
    "Her silver medal was one of 31 won by the team on Sunday at the regional games.",
])
def test_a_sentence_with_won_after_a_number_parses_to_a_tree(sentence):
    # (each hung the events stage for ever before: a repair left two words each other's heads)
    assert _reaches_a_root(language.parse_one(sentence))


def test_a_word_no_treebank_gives_as_a_verb_between_two_nouns_is_their_compounds():
    # "They studied swine flu transmission ." misread with "flu" a verb and "transmission" its object
    words = ["They", "studied", "swine", "flu", "transmission", "."]
    heads = [1, 1, 1, 1, 3, 1]
    deps = ["nsubj", "ROOT", "obj", "advcl", "obj", "punct"]
    tags = ["PRP", "VBD", "NN", "VBP", "NN", "."]
    pos = ["PRON", "VERB", "NOUN", "VERB", "NOUN", "PUNCT"]
    doc = _built(words, heads, deps, tags, pos)
    assert language._unknown_verb_inside_a_compound(doc[3])
    assert (doc[4].head.i, doc[4].dep_, doc[3].head.i, doc[3].dep_, doc[2].head.i) == (1, "obj", 4, "compound", 3)


def test_a_known_verb_between_two_nouns_stays_a_verb():
    # "Prices rise costs ." (a headline's verb): "rise" is a verb the treebanks know
    words = ["Oil", "prices", "rise", "costs", "."]
    heads = [1, 2, 2, 2, 2]
    deps = ["compound", "nsubj", "ROOT", "obj", "punct"]
    tags = ["NN", "NNS", "VBP", "NNS", "."]
    pos = ["NOUN", "NOUN", "VERB", "NOUN", "PUNCT"]
    doc = _built(words, heads, deps, tags, pos)
    assert not language._unknown_verb_inside_a_compound(doc[2])


def test_the_irregular_verbs_table_keeps_past_forms_mostly_used_as_nouns_apart():
    # learned from the treebanks (make lemmas): "shot" is mostly a noun there, a verb only with an
    # object; a typo's form ("new" for "knew") is not kept
    also = language.past_forms_also_nouns()
    assert also.get("shot") == "shoot"
    assert "shot" not in language.irregular_verbs() and "new" not in also


def test_a_clause_opened_by_and_read_as_a_complement_is_joined_instead():
    # "He died on Monday and tests showed he was ill ." misread with "showed" a complement of "died"
    words = ["He", "died", "on", "Monday", "and", "tests", "showed", "he", "was", "ill", "."]
    heads = [1, 1, 3, 1, 5, 6, 1, 9, 9, 6, 1]
    deps = ["nsubj", "ROOT", "case", "obl", "cc", "nsubj", "ccomp", "nsubj", "cop", "ccomp", "punct"]
    tags = ["PRP", "VBD", "IN", "NNP", "CC", "NNS", "VBD", "PRP", "VBD", "JJ", "."]
    pos = ["PRON", "VERB", "ADP", "PROPN", "CCONJ", "NOUN", "VERB", "PRON", "AUX", "ADJ", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[6].dep_, doc[6].head.i, doc[4].head.i) == ("conj", 1, 6)


def test_a_reporting_verb_after_a_phrase_set_off_by_a_comma_takes_it_as_its_subject():
    # "Two were hurt near the gate , guards and police said ." misread with "guards and police"
    # conjuncts of "gate" and "said" a clause with no subject
    words = ["Two", "were", "hurt", "near", "the", "gate", ",", "guards", "and", "police", "said", "."]
    heads = [2, 2, 2, 5, 5, 2, 7, 5, 9, 5, 2, 2]
    deps = ["nsubj:pass", "aux:pass", "ROOT", "case", "det", "obl", "punct", "conj", "cc", "conj", "advcl", "punct"]
    tags = ["CD", "VBD", "VBN", "IN", "DT", "NN", ",", "NNS", "CC", "NNS", "VBD", "."]
    pos = ["NUM", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT", "NOUN", "CCONJ", "NOUN", "VERB", "PUNCT"]
    doc = _built(words, heads, deps, tags, pos)
    assert language._source_read_into_the_phrase_before_it(doc[10])
    assert (doc[7].head.i, doc[7].dep_, doc[9].head.i, doc[10].dep_) == (10, "nsubj", 7, "parataxis")


def test_the_second_member_of_between_read_as_a_phrase_of_the_verb_is_joined_to_the_first():
    # "Two died in a fight between the guards and some inmates ." misread with "inmates" a phrase
    # of "died": "between" takes two members
    words = ["Two", "died", "in", "a", "fight", "between", "the", "guards", "and", "some", "inmates", "."]
    heads = [1, 1, 4, 4, 1, 7, 7, 4, 10, 10, 1, 1]
    deps = ["nsubj", "ROOT", "case", "det", "obl", "case", "det", "nmod", "cc", "det", "obl", "punct"]
    tags = ["CD", "VBD", "IN", "DT", "NN", "IN", "DT", "NNS", "CC", "DT", "NNS", "."]
    pos = ["NUM", "VERB", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN", "CCONJ", "DET", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[10].head.i, doc[10].dep_) == (7, "conj")
    # (a noun with a preposition of its own after "and" is no member: "in the north and in the south")
    words = ["Two", "died", "in", "a", "fight", "between", "guards", "and", "in", "the", "yard", "."]
    heads = [1, 1, 4, 4, 1, 6, 4, 10, 10, 10, 1, 1]
    deps = ["nsubj", "ROOT", "case", "det", "obl", "case", "nmod", "cc", "case", "det", "obl", "punct"]
    tags = ["CD", "VBD", "IN", "DT", "NN", "IN", "NNS", "CC", "IN", "DT", "NN", "."]
    pos = ["NUM", "VERB", "ADP", "DET", "NOUN", "ADP", "NOUN", "CCONJ", "ADP", "DET", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[10].head.i, doc[10].dep_) == (1, "obl")


def test_a_participle_after_a_relative_clause_describes_the_noun_the_clause_ends_on():
    # "We met the buyers who came to the fair held in May ." misread with "held" a modifier of
    # "buyers", past the relative clause that describes them
    words = ["We", "met", "the", "buyers", "who", "came", "to", "the", "fair", "held", "in", "May", "."]
    heads = [1, 1, 3, 1, 5, 3, 8, 8, 5, 3, 11, 9, 1]
    deps = ["nsubj", "ROOT", "det", "obj", "nsubj", "acl:relcl", "case", "det", "obl", "acl", "case", "obl", "punct"]
    tags = ["PRP", "VBD", "DT", "NNS", "WP", "VBD", "IN", "DT", "NN", "VBD", "IN", "NNP", "."]
    pos = ["PRON", "VERB", "DET", "NOUN", "PRON", "VERB", "ADP", "DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[9].head.i, doc[9].tag_) == (8, "VBN")
    # (a participle with its own subject is a clause of its own, left as it is)
    doc = _built(words, heads, deps, tags, pos)
    doc[0].head = doc[9]
    doc[0].dep_ = "nsubj"
    assert not language._participle_read_past_a_relative_clause(doc[9])


def test_a_that_clause_set_beside_its_verb_is_what_the_verb_agreed():
    # "Ministers agreed that banks must pay ." misread with "must pay" a clause beside "agreed" and
    # "that" a word of its subject
    words = ["Ministers", "agreed", "that", "banks", "must", "pay", "."]
    heads = [1, 1, 3, 5, 5, 1, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "aux", "parataxis", "punct"]
    tags = ["NNS", "VBD", "DT", "NNS", "MD", "VB", "."]
    pos = ["NOUN", "VERB", "DET", "NOUN", "AUX", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[5].dep_, doc[2].dep_, doc[2].head.i) == ("ccomp", "mark", 5)


def test_a_that_clause_after_the_medium_of_a_report_is_what_was_reported():
    # "Police said in a statement that two men had fled ." misread with "fled" a relative clause of
    # "statement"
    words = ["Police", "said", "in", "a", "statement", "that", "two", "men", "had", "fled", "."]
    heads = [1, 1, 4, 4, 1, 9, 7, 9, 9, 4, 1]
    deps = ["nsubj", "ROOT", "case", "det", "obl", "mark", "nummod", "nsubj", "aux", "acl:relcl", "punct"]
    tags = ["NNS", "VBD", "IN", "DT", "NN", "IN", "CD", "NNS", "VBD", "VBN", "."]
    pos = ["NOUN", "VERB", "ADP", "DET", "NOUN", "SCONJ", "NUM", "NOUN", "AUX", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[9].head.i, doc[9].dep_) == (1, "ccomp")


def test_a_sentence_the_parser_starts_on_a_lower_case_that_is_kept_whole():
    # the events stage's own split says where sentences end; a part that starts "that ..." is none
    free = _built(["Ministers", "agreed", "Monday", "that", "banks", "must", "pay", "."],
                  [1, 1, 1, 3, 6, 6, 6, 6], ["nsubj", "ROOT", "obl", "ROOT", "nsubj", "aux", "ROOT", "punct"],
                  ["NNS", "VBD", "NNP", "IN", "NNS", "MD", "VB", "."])
    assert language._broken_inside(free)
    whole = _built(["Ministers", "agreed", "Monday", ".", "Banks", "must", "pay", "."],
                   [1, 1, 1, 1, 6, 6, 6, 6], ["nsubj", "ROOT", "obl", "punct", "nsubj", "aux", "ROOT", "punct"],
                   ["NNS", "VBD", "NNP", ".", "NNS", "MD", "VB", "."])
    assert not language._broken_inside(whole)


def test_a_title_cut_never_ends_on_a_capitalised_adjective_whose_noun_it_left_out():
    from timeline import clauses

    # "... subscribe in the biggest Islamic [bank]": an adjective of a common noun, capital or not,
    # says nothing alone; a name's word ("Angela [Merkel]") is left to the name rules
    words = ["Investors", "rushed", "into", "the", "biggest", "Islamic", "bank", "."]
    heads = [1, 1, 6, 6, 6, 6, 1, 1]
    deps = ["nsubj", "ROOT", "case", "det", "amod", "amod", "obl", "punct"]
    tags = ["NNS", "VBD", "IN", "DT", "JJS", "JJ", "NN", "."]
    pos = ["NOUN", "VERB", "ADP", "DET", "ADJ", "ADJ", "NOUN", "PUNCT"]
    doc = _built(words, heads, deps, tags, pos)
    assert [t.text for t in clauses._without_headless_end(list(doc[1:6]), keep=1)] == ["rushed"]
    words = ["Voters", "cheered", "Angela", "Merkel", "."]
    doc = _built(words, [1, 1, 3, 1, 1], ["nsubj", "ROOT", "compound", "obj", "punct"],
                 ["NNS", "VBD", "NNP", "NNP", "."], ["NOUN", "VERB", "PROPN", "PROPN", "PUNCT"])
    assert [t.text for t in clauses._without_headless_end(list(doc[1:3]), keep=1)] == ["cheered", "Angela"]


def test_a_quoted_compound_read_as_an_apposition_gets_its_head_back():
    # 'Police held 40 "scrap metal thieves" .' misread with "thieves" an apposition of "metal"
    words = ["Police", "held", "40", '"', "scrap", "metal", "thieves", '"', "."]
    heads = [1, 1, 5, 5, 5, 1, 5, 6, 1]
    deps = ["nsubj", "ROOT", "nummod", "punct", "compound", "obj", "appos", "punct", "punct"]
    tags = ["NNS", "VBD", "CD", "``", "NN", "NN", "NNS", "''", "."]
    pos = ["NOUN", "VERB", "NUM", "PUNCT", "NOUN", "NOUN", "NOUN", "PUNCT", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[6].head.i, doc[6].dep_, doc[5].head.i, doc[5].dep_, doc[2].head.i) == (1, "obj", 6, "compound", 6)


def test_an_of_phrase_after_a_date_is_the_nouns_the_date_follows():
    # "the ban on March 3 of imports ." misread with "of imports" on the date
    words = ["They", "welcomed", "the", "ban", "on", "March", "3", "of", "imports", "."]
    heads = [1, 1, 3, 1, 6, 6, 3, 8, 6, 1]
    deps = ["nsubj", "ROOT", "det", "obj", "case", "compound", "nmod", "case", "nmod", "punct"]
    tags = ["PRP", "VBD", "DT", "NN", "IN", "NNP", "CD", "IN", "NNS", "."]
    pos = ["PRON", "VERB", "DET", "NOUN", "ADP", "PROPN", "NUM", "ADP", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert doc[8].head.i == 3
    # (not the date's own year: "in July of 1977")
    words = ["They", "met", "in", "the", "garden", "in", "July", "of", "1977", "."]
    heads = [1, 1, 4, 4, 1, 6, 1, 8, 6, 1]
    deps = ["nsubj", "ROOT", "case", "det", "obl", "case", "obl", "case", "nmod", "punct"]
    tags = ["PRP", "VBD", "IN", "DT", "NN", "IN", "NNP", "IN", "CD", "."]
    pos = ["PRON", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "ADP", "NUM", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert doc[8].head.i == 6


def test_a_subject_read_into_the_opening_clause_goes_back_to_the_main_verb():
    # "Since the bridge was opened in 1998, river traffic has fallen sharply ." misread with
    # "1998, river traffic" one phrase of "opened" and "fallen" without a subject
    words = ["Since", "the", "bridge", "was", "opened", "in", "1998", ",", "river", "traffic", "has", "fallen", "sharply", "."]
    heads = [4, 2, 4, 4, 11, 6, 9, 8, 6, 4, 11, 11, 11, 11]
    deps = ["mark", "det", "nsubj:pass", "aux:pass", "advcl", "case", "nummod", "punct", "conj", "obl", "aux", "ROOT", "advmod", "punct"]
    tags = ["IN", "DT", "NN", "VBD", "VBN", "IN", "CD", ",", "NN", "NN", "VBZ", "VBN", "RB", "."]
    pos = ["SCONJ", "DET", "NOUN", "AUX", "VERB", "ADP", "NUM", "PUNCT", "NOUN", "NOUN", "AUX", "VERB", "ADV", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[9].head.i, doc[9].dep_) == (11, "nsubj")
    assert (doc[6].head.i, doc[6].dep_) == (4, "obl")
    assert doc[8].head.i == 9
    # a main verb with its own subject keeps the parse
    words = ["After", "the", "talks", "ended", "on", "Friday", ",", "the", "envoys", "left", "."]
    heads = [3, 2, 3, 9, 5, 3, 3, 8, 9, 9, 9]
    deps = ["mark", "det", "nsubj", "advcl", "case", "obl", "punct", "det", "nsubj", "ROOT", "punct"]
    tags = ["IN", "DT", "NNS", "VBD", "IN", "NNP", ",", "DT", "NNS", "VBD", "."]
    pos = ["SCONJ", "DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[5].head.i, doc[8].head.i, doc[8].dep_) == (3, 9, "nsubj")


def test_a_relative_clause_set_off_by_a_comma_runs_to_the_end_of_the_sentence():
    # "She taught at the old academy , which was renamed Lincoln ( after the president ) College
    # in 1965 ." misread with "College" and "1965" phrases of "taught"
    words = ["She", "taught", "at", "the", "old", "academy", ",", "which", "was", "renamed", "Lincoln", "(", "after",
             "the", "president", ")", "College", "in", "1965", "."]
    heads = [1, 1, 5, 5, 5, 1, 9, 9, 9, 5, 9, 14, 14, 14, 10, 14, 1, 18, 1, 1]
    deps = ["nsubj", "ROOT", "case", "det", "amod", "obl", "punct", "nsubj:pass", "aux:pass", "acl:relcl", "obl:unmarked",
            "punct", "case", "det", "nmod", "punct", "obl", "case", "obl", "punct"]
    tags = ["PRP", "VBD", "IN", "DT", "JJ", "NN", ",", "WDT", "VBD", "VBN", "NNP", "-LRB-", "IN", "DT", "NN", "-RRB-",
            "NNP", "IN", "CD", "."]
    pos = ["PRON", "VERB", "ADP", "DET", "ADJ", "NOUN", "PUNCT", "PRON", "AUX", "VERB", "PROPN", "PUNCT", "ADP", "DET",
           "NOUN", "PUNCT", "PROPN", "ADP", "NUM", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert doc[18].head.i == 9
    assert (doc[16].head.i, doc[10].head.i, doc[10].dep_) == (9, 16, "compound")
    # a comma closes the clause: what follows it is the main verb's again
    words = ["She", "met", "Ruth", ",", "who", "lived", "in", "Oslo", ",", "on", "Monday", "."]
    heads = [1, 1, 1, 5, 5, 2, 7, 5, 10, 10, 1, 1]
    deps = ["nsubj", "ROOT", "obj", "punct", "nsubj", "acl:relcl", "case", "obl", "punct", "case", "obl", "punct"]
    tags = ["PRP", "VBD", "NNP", ",", "WP", "VBD", "IN", "NNP", ",", "IN", "NNP", "."]
    pos = ["PRON", "VERB", "PROPN", "PUNCT", "PRON", "VERB", "ADP", "PROPN", "PUNCT", "ADP", "PROPN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert doc[10].head.i == 1


def test_a_long_subject_gives_up_the_description_a_comma_sets_off_before_its_verb_goes():
    # "Ecuador's ruling Citizens Revolution Movement and the Indigenous Peoples Federation, a powerful
    # opposition group, have shown their political strength ." as the model reads such a subject at
    # times (built by hand): the description a third conjunct
    from timeline import clauses

    words = ["Ecuador", "'s", "ruling", "Citizens", "Revolution", "Movement", "and", "the", "Indigenous", "Peoples",
             "Federation", ",", "a", "powerful", "opposition", "group", ",", "have", "shown", "their", "political",
             "strength", "."]
    heads = [5, 0, 5, 5, 5, 18, 10, 10, 10, 10, 5, 15, 15, 15, 15, 5, 5, 18, 18, 21, 21, 18, 18]
    deps = ["nmod:poss", "case", "amod", "compound", "compound", "nsubj", "cc", "det", "compound", "compound", "conj",
            "punct", "det", "amod", "compound", "conj", "punct", "aux", "ROOT", "nmod:poss", "amod", "obj", "punct"]
    tags = ["NNP", "POS", "VBG", "NNPS", "NNP", "NNP", "CC", "DT", "NNP", "NNPS", "NNP", ",", "DT", "JJ", "NN", "NN", ",",
            "VBP", "VBN", "PRP$", "JJ", "NN", "."]
    pos = ["PROPN", "PART", "VERB", "PROPN", "PROPN", "PROPN", "CCONJ", "DET", "PROPN", "PROPN", "PROPN", "PUNCT", "DET",
           "ADJ", "NOUN", "NOUN", "PUNCT", "AUX", "VERB", "PRON", "ADJ", "NOUN", "PUNCT"]
    doc = _built(words, heads, deps, tags, pos)
    title = clauses.title_of(clauses.read_clause(doc[18]), skip=set())
    assert "opposition group" not in title and "have shown" in title, title


def test_a_bare_verb_on_the_root_noun_before_it_leaves_no_loop():
    # "Relief convoys halt ." misread with "halt" a bare verb describing the root "convoys" (built
    # by hand): the compound repair must not make the two head each other (a loop made spaCy crash)
    words = ["Relief", "convoys", "halt", "."]
    heads = [1, 1, 1, 1]
    deps = ["compound", "ROOT", "acl", "punct"]
    tags = ["NN", "NNS", "VB", "."]
    pos = ["NOUN", "NOUN", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    for token in doc:
        seen, word = set(), token
        while word.head != word:
            assert word.i not in seen, [(t.text, t.head.i) for t in doc]
            seen.add(word.i)
            word = word.head
    assert len(list(doc[1].subtree)) == 4


def test_a_prefix_and_its_hyphen_stay_one_word_as_the_treebanks_write_it():
    doc = language.parse_one("The council re-elected its chair and anti-war groups co-signed a long-term plan.")
    words = [t.text for t in doc]
    assert "re-elected" in words and "anti-war" in words and "co-signed" in words
    assert "long-term" not in words  # a compound, which the treebanks split
    assert doc[words.index("re-elected")].pos_ == "VERB"


def test_a_title_stops_at_a_phrase_left_out_right_after_its_verb():
    # "The fund was introduced after the 2011 earthquake on victims ." as the model misreads such a
    # sentence at times (built by hand): "on victims" a phrase of the verb, torn from "earthquake"
    from timeline import clauses

    words = ["The", "fund", "was", "introduced", "after", "the", "2011", "earthquake", "on", "victims", "."]
    heads = [1, 3, 3, 3, 7, 7, 7, 3, 9, 3, 3]
    deps = ["det", "nsubj:pass", "aux:pass", "ROOT", "case", "det", "nummod", "obl", "case", "obl", "punct"]
    tags = ["DT", "NN", "VBD", "VBN", "IN", "DT", "CD", "NN", "IN", "NNS", "."]
    pos = ["DET", "NOUN", "AUX", "VERB", "ADP", "DET", "NUM", "NOUN", "ADP", "NOUN", "PUNCT"]
    doc = _built(words, heads, deps, tags, pos)
    assert clauses.title_of(clauses.read_clause(doc[3]), skip={6}) == "The fund was introduced"


def test_a_perfect_split_by_a_time_phrase_keeps_have_as_its_auxiliary():
    # "The rebels had in recent weeks seized three towns ." misread with "had" the verb and "seized"
    # a participle of "weeks"
    words = ["The", "rebels", "had", "in", "recent", "weeks", "seized", "three", "towns", "."]
    heads = [1, 2, 2, 5, 5, 2, 5, 8, 6, 2]
    deps = ["det", "nsubj", "ROOT", "case", "amod", "obl", "acl", "nummod", "obj", "punct"]
    tags = ["DT", "NNS", "VBD", "IN", "JJ", "NNS", "VBN", "CD", "NNS", "."]
    pos = ["DET", "NOUN", "VERB", "ADP", "ADJ", "NOUN", "VERB", "NUM", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[6].dep_, doc[2].head.i, doc[2].dep_, doc[1].head.i, doc[5].head.i) == ("ROOT", 6, "aux", 6, 6)
    # "had" with an object of its own is the verb: "had in recent weeks a string of defeats"
    words = ["The", "rebels", "had", "in", "recent", "weeks", "a", "string", "of", "defeats", "."]
    heads = [1, 2, 2, 5, 5, 2, 7, 2, 9, 7, 2]
    deps = ["det", "nsubj", "ROOT", "case", "amod", "obl", "det", "obj", "case", "nmod", "punct"]
    tags = ["DT", "NNS", "VBD", "IN", "JJ", "NNS", "DT", "NN", "IN", "NNS", "."]
    pos = ["DET", "NOUN", "VERB", "ADP", "ADJ", "NOUN", "DET", "NOUN", "ADP", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert doc[2].dep_ == "ROOT"


def test_a_past_form_read_into_the_object_of_a_subject_is_the_verb():
    # "the convoy left Port Sudan ." misread with "Sudan" the root, "convoy" its subject and "left"
    # an adjective of "Port" (a noun has no subject without a copula)
    words = ["The", "convoy", "left", "Port", "Sudan", "."]
    heads = [1, 4, 3, 4, 4, 4]
    deps = ["det", "nsubj", "amod", "compound", "ROOT", "punct"]
    tags = ["DT", "NN", "JJ", "NNP", "NNP", "."]
    pos = ["DET", "NOUN", "ADJ", "PROPN", "PROPN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[2].dep_, doc[2].pos_, doc[1].head.i, doc[4].head.i, doc[4].dep_) == ("ROOT", "VERB", 2, 2, "obj")
    # (a copula makes the noun a predicate: "The convoy is the left flank .")
    words = ["The", "convoy", "is", "the", "left", "flank", "."]
    heads = [1, 5, 5, 5, 5, 5, 5]
    deps = ["det", "nsubj", "cop", "det", "amod", "ROOT", "punct"]
    tags = ["DT", "NN", "VBZ", "DT", "JJ", "NN", "."]
    pos = ["DET", "NOUN", "AUX", "DET", "ADJ", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert doc[5].dep_ == "ROOT"


def test_a_year_read_as_a_phrase_before_its_name_goes_back_to_the_name():
    # "The Host Committee for the 2030 Cup approved the budget ." misread with "for the 2030" a
    # phrase of "Committee" and "Cup" the subject of "approved", a relative clause on it
    words = ["The", "Host", "Committee", "for", "the", "2030", "Cup", "approved", "the", "budget", "."]
    heads = [2, 2, 2, 5, 5, 2, 7, 2, 9, 7, 2]
    deps = ["det", "compound", "ROOT", "case", "det", "nmod", "nsubj", "acl:relcl", "det", "obj", "punct"]
    tags = ["DT", "NNP", "NNP", "IN", "DT", "CD", "NNP", "VBD", "DT", "NN", "."]
    pos = ["DET", "PROPN", "PROPN", "ADP", "DET", "NUM", "PROPN", "VERB", "DET", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[7].dep_, doc[2].head.i, doc[2].dep_, doc[6].head.i, doc[5].head.i) == ("ROOT", 7, "nsubj", 2, 6)


def test_a_past_tense_after_the_subjects_apposition_is_the_main_verb():
    # "The Harbour Fair , the largest of its kind , opened on Friday ." misread with "opened" a
    # participle of the apposition "largest"
    words = ["The", "Harbour", "Fair", ",", "the", "largest", "of", "its", "kind", ",", "opened", "on", "Friday", "."]
    heads = [2, 2, 2, 5, 5, 2, 8, 8, 5, 10, 5, 12, 10, 2]
    deps = ["det", "compound", "ROOT", "punct", "det", "appos", "case", "nmod:poss", "nmod", "punct", "acl", "case", "obl",
            "punct"]
    tags = ["DT", "NNP", "NNP", ",", "DT", "JJS", "IN", "PRP$", "NN", ",", "VBD", "IN", "NNP", "."]
    pos = ["DET", "PROPN", "PROPN", "PUNCT", "DET", "ADJ", "ADP", "PRON", "NOUN", "PUNCT", "VERB", "ADP", "PROPN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[10].dep_, doc[2].head.i, doc[2].dep_, doc[5].head.i) == ("ROOT", 10, "nsubj", 2)


def test_a_past_form_the_tagger_read_as_a_name_after_a_subordinator_is_the_verb():
    # "Leeds scored as Kane stole in at the far post ." misread with "stole" a name with "Kane" its
    # compound and "as" its marker
    words = ["Leeds", "scored", "as", "Kane", "stole", "in", "at", "the", "far", "post", "."]
    heads = [1, 1, 4, 4, 1, 4, 9, 9, 9, 4, 1]
    deps = ["nsubj", "ROOT", "mark", "compound", "obl", "advmod", "case", "det", "amod", "obl", "punct"]
    tags = ["NNP", "VBD", "IN", "NNP", "NNP", "RB", "IN", "DT", "JJ", "NN", "."]
    pos = ["PROPN", "VERB", "SCONJ", "PROPN", "PROPN", "ADV", "ADP", "DET", "ADJ", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[4].pos_, doc[4].tag_, doc[4].dep_, doc[3].dep_) == ("VERB", "VBD", "advcl", "nsubj")
    assert doc[4].lemma_ == "steal"


def test_a_bare_form_right_after_an_object_with_its_article_is_the_objects_noun():
    # "The cabinet won a confidence vote on Monday ." misread with "vote" a bare infinitive of "won"
    words = ["The", "cabinet", "won", "a", "confidence", "vote", "on", "Monday", "."]
    heads = [1, 2, 2, 4, 2, 2, 7, 5, 2]
    deps = ["det", "nsubj", "ROOT", "det", "obj", "xcomp", "case", "obl", "punct"]
    tags = ["DT", "NN", "VBD", "DT", "NN", "VB", "IN", "NNP", "."]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[5].pos_, doc[5].dep_, doc[5].head.i, doc[4].dep_, doc[4].head.i, doc[3].head.i) == (
        "NOUN", "obj", 2, "compound", 5, 5)
    # (a verb that takes a bare infinitive keeps it: "let the house vote")
    words = ["They", "let", "the", "house", "vote", "on", "Monday", "."]
    heads = [1, 1, 3, 1, 1, 6, 4, 1]
    deps = ["nsubj", "ROOT", "det", "obj", "xcomp", "case", "obl", "punct"]
    tags = ["PRP", "VBD", "DT", "NN", "VB", "IN", "NNP", "."]
    pos = ["PRON", "VERB", "DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert doc[4].pos_ == "VERB"


def test_a_bare_form_right_after_a_prepositions_noun_phrase_is_its_head_noun():
    # "The club was dealt a blow by the cup draw in Berlin on Friday ." misread with "draw" a bare
    # verb on "dealt" and "cup" the agent
    words = ["The", "club", "was", "dealt", "a", "blow", "by", "the", "cup", "draw", "in", "Berlin", "on", "Friday", "."]
    heads = [1, 3, 3, 3, 5, 3, 8, 8, 3, 3, 11, 9, 13, 9, 3]
    deps = ["det", "nsubj:pass", "aux:pass", "ROOT", "det", "obj", "case", "det", "obl:agent", "advcl", "case", "obl",
            "case", "obl", "punct"]
    tags = ["DT", "NN", "VBD", "VBN", "DT", "NN", "IN", "DT", "NN", "VB", "IN", "NNP", "IN", "NNP", "."]
    pos = ["DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "VERB", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[9].pos_, doc[9].dep_, doc[9].head.i, doc[8].dep_, doc[8].head.i, doc[6].head.i, doc[7].head.i) == (
        "NOUN", "obl:agent", 3, "compound", 9, 9, 9)
    assert doc[13].head.i == 3  # (the day stays the clause's)
    # "Five people were killed in an air raid on Tuesday ." misread with "raid" an adjective, the
    # verb's complement
    words = ["Five", "people", "were", "killed", "in", "an", "air", "raid", "on", "Tuesday", "."]
    heads = [1, 3, 3, 3, 6, 6, 3, 3, 9, 7, 3]
    deps = ["nummod", "nsubj:pass", "aux:pass", "ROOT", "case", "det", "obl", "xcomp", "case", "obl", "punct"]
    tags = ["CD", "NNS", "VBD", "VBN", "IN", "DT", "NN", "JJ", "IN", "NNP", "."]
    pos = ["NUM", "NOUN", "AUX", "VERB", "ADP", "DET", "NOUN", "ADJ", "ADP", "PROPN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[7].pos_, doc[7].dep_, doc[7].head.i, doc[6].dep_, doc[9].head.i) == ("NOUN", "obl", 3, "compound", 3)
    # (after a verb that takes a bare infinitive, the phrase's verb stays one: "let the people in
    # the village decide")
    words = ["They", "let", "the", "people", "in", "the", "village", "decide", "."]
    heads = [1, 1, 3, 1, 6, 6, 3, 1, 1]
    deps = ["nsubj", "ROOT", "det", "obj", "case", "det", "nmod", "xcomp", "punct"]
    tags = ["PRP", "VBD", "DT", "NNS", "IN", "DT", "NN", "VB", "."]
    pos = ["PRON", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert doc[7].pos_ == "VERB"
    # (after an object, a bare form can be a verb: "heard the old bridge collapse into the river")
    words = ["They", "heard", "the", "bridge", "collapse", "into", "the", "river", "."]
    heads = [1, 1, 3, 1, 3, 7, 7, 4, 1]
    deps = ["nsubj", "ROOT", "det", "obj", "acl", "case", "det", "obl", "punct"]
    tags = ["PRP", "VBD", "DT", "NN", "VB", "IN", "DT", "NN", "."]
    pos = ["PRON", "VERB", "DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert doc[4].pos_ == "VERB"


def test_a_word_repeated_around_a_preposition_is_a_noun_phrase_not_a_verb():
    # "The teams went head to head Saturday ." misread with the second "head" an infinitive on the
    # first, the day its own
    words = ["The", "teams", "went", "head", "to", "head", "Saturday", "."]
    heads = [1, 2, 2, 2, 5, 3, 5, 2]
    deps = ["det", "nsubj", "ROOT", "obj", "mark", "acl", "obl:unmarked", "punct"]
    tags = ["DT", "NNS", "VBD", "NN", "TO", "VB", "NNP", "."]
    pos = ["DET", "NOUN", "VERB", "NOUN", "PART", "VERB", "PROPN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[5].pos_, doc[5].head.i, doc[4].dep_, doc[4].head.i, doc[6].head.i) == ("NOUN", 3, "case", 5, 2)


def test_a_past_tense_after_a_subordinators_noun_is_an_adverbial_clause_not_a_complement():
    # "France warned Mali against drifting into defiance after the parliament voted ." misread with
    # "voted" a complement of "warned", the "against" clause its own, and "after the parliament" a
    # phrase of "defiance"
    words = ["France", "warned", "Mali", "against", "drifting", "into", "defiance", "after", "the", "parliament", "voted", "."]
    heads = [1, 1, 1, 4, 10, 6, 4, 9, 9, 6, 1, 1]
    deps = ["nsubj", "ROOT", "obj", "mark", "advcl", "case", "obl", "case", "det", "nmod", "ccomp", "punct"]
    tags = ["NNP", "VBD", "NNP", "IN", "VBG", "IN", "NN", "IN", "DT", "NN", "VBD", "."]
    pos = ["PROPN", "VERB", "PROPN", "SCONJ", "VERB", "ADP", "NOUN", "ADP", "DET", "NOUN", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[10].dep_, doc[10].head.i, doc[9].dep_, doc[9].head.i, doc[7].dep_, doc[4].head.i) == (
        "advcl", 1, "nsubj", 10, "mark", 1)


def test_a_plural_noun_with_its_preposition_and_article_is_no_verb():
    # "Many see the strikes as a response to the rocket attacks upon the town ." misread with
    # "attacks" a verb (VBZ) taking "to" and "the rocket"
    words = ["Many", "see", "the", "strikes", "as", "a", "response", "to", "the", "rocket", "attacks", "upon", "the", "town", "."]
    heads = [1, 1, 3, 1, 6, 6, 1, 10, 10, 10, 6, 13, 13, 10, 1]
    deps = ["nsubj", "ROOT", "det", "obj", "case", "det", "obl", "case", "det", "compound", "acl", "case", "det", "obl", "punct"]
    tags = ["NNS", "VBP", "DT", "NNS", "IN", "DT", "NN", "IN", "DT", "NN", "VBZ", "IN", "DT", "NN", "."]
    pos = ["NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[10].pos_, doc[10].tag_) == ("NOUN", "NNS")
    # (a verb with its subject stays one: "The rocket attacks the town")
    words = ["Then", "the", "rocket", "attacks", "the", "town", "."]
    heads = [3, 2, 3, 3, 5, 3, 3]
    deps = ["advmod", "det", "nsubj", "ROOT", "det", "obj", "punct"]
    tags = ["RB", "DT", "NN", "VBZ", "DT", "NN", "."]
    pos = ["ADV", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert doc[3].pos_ == "VERB"


def test_a_reported_noun_and_its_participle_are_the_clause_and_its_verb():
    # "Radio reported that heavy clashes erupted on Friday ." misread with "clashes" the reported
    # clause and "erupted" a participle of it
    words = ["Radio", "reported", "that", "heavy", "clashes", "erupted", "on", "Friday", "."]
    heads = [1, 1, 4, 4, 1, 4, 7, 5, 1]
    deps = ["nsubj", "ROOT", "mark", "amod", "ccomp", "acl", "case", "obl", "punct"]
    tags = ["NNP", "VBD", "IN", "JJ", "NNS", "VBN", "IN", "NNP", "."]
    pos = ["PROPN", "VERB", "SCONJ", "ADJ", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[5].dep_, doc[5].head.i, doc[5].tag_, doc[4].dep_, doc[4].head.i, doc[2].head.i) == (
        "ccomp", 1, "VBD", "nsubj", 5, 5)


def test_a_title_never_ends_on_the_so_of_so_as_to():
    from timeline import clauses

    words = ["Teams", "began", "checking", "farms", "so", "as", "to", "stop", "the", "virus", "."]
    heads = [1, 1, 1, 2, 1, 7, 7, 1, 9, 7, 1]
    deps = ["nsubj", "ROOT", "xcomp", "obj", "advmod", "mark", "mark", "advcl", "det", "obj", "punct"]
    tags = ["NNS", "VBD", "VBG", "NNS", "RB", "IN", "TO", "VB", "DT", "NN", "."]
    pos = ["NOUN", "VERB", "VERB", "NOUN", "ADV", "SCONJ", "PART", "VERB", "DET", "NOUN", "PUNCT"]
    doc = _built(words, heads, deps, tags, pos)
    assert clauses._loose_end(doc[4]) and not clauses._loose_end(doc[3])


def test_a_subject_read_into_the_counted_time_after_it_goes_back_to_the_verb():
    # "Nokia and Siemens last week revealed plans ." misread as one phrase headed by "week"
    words = ["Nokia", "and", "Siemens", "last", "week", "revealed", "plans", "."]
    heads = [4, 2, 0, 4, 5, 5, 5, 5]
    deps = ["compound", "cc", "conj", "amod", "nsubj", "ROOT", "obj", "punct"]
    tags = ["NNP", "CC", "NNP", "JJ", "NN", "VBD", "NNS", "."]
    pos = ["PROPN", "CCONJ", "PROPN", "ADJ", "NOUN", "VERB", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[0].head.i, doc[0].dep_, doc[4].dep_, doc[2].head.i) == (5, "nsubj", "obl:tmod", 0)


def test_a_relative_clause_cut_short_never_takes_the_phrase_its_own_noun_hangs_on():
    # "... cared for the children, who were suffering from malaria, spokeswoman Lee" as a parse
    # may read it: "children" a compound of "spokeswoman", the phrase after the clause's comma.
    # Hung under "suffering", that phrase would sit under its own relative clause (a loop spaCy
    # walks forever).
    words = ["The", "nurses", "cared", "for", "the", "children", ",", "who", "were", "suffering", "from", "malaria",
             ",", "spokeswoman", "Lee", "."]
    heads = [1, 2, 2, 13, 13, 13, 9, 9, 9, 5, 11, 9, 9, 2, 2, 2]
    deps = ["det", "nsubj", "ROOT", "case", "det", "compound", "punct", "nsubj", "aux", "acl:relcl", "case", "obl",
            "punct", "obl", "appos", "punct"]
    tags = ["DT", "NNS", "VBD", "IN", "DT", "NNS", ",", "WP", "VBD", "VBG", "IN", "NN", ",", "NN", "NNP", "."]
    pos = ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT", "PRON", "AUX", "VERB", "ADP", "NOUN", "PUNCT", "NOUN",
           "PROPN", "PUNCT"]
    doc = _built(words, heads, deps, tags, pos)
    language._aside_relative_clause_cut_short(doc[9])
    assert _reaches_a_root(doc)
    assert doc[13].head.text == "cared"


def test_an_object_after_the_verbs_bare_day_is_its_object_not_a_second_time():
    # "The group set up Sunday a research base in Hefei ." as the model may read it: "base" a bare
    # time phrase like "Sunday" (a title then stops at "set up")
    words = ["The", "group", "set", "up", "Sunday", "a", "research", "base", "in", "Hefei", "."]
    heads = [1, 2, 2, 2, 2, 7, 7, 2, 9, 7, 2]
    deps = ["det", "nsubj", "ROOT", "compound:prt", "obl:unmarked", "det", "compound", "obl:unmarked", "case", "nmod",
            "punct"]
    tags = ["DT", "NN", "VBD", "RP", "NNP", "DT", "NN", "NN", "IN", "NNP", "."]
    pos = ["DET", "NOUN", "VERB", "ADP", "PROPN", "DET", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[7].dep_, doc[7].head.text) == ("obj", "set")
    assert doc[4].dep_ == "obl:unmarked"


def test_more_than_before_a_count_is_the_counts_not_the_verbs():
    # "More than 200 activities were held ." as the model may read it: "More" an adverb of "held"
    # (a title then says "200 activities were held")
    words = ["More", "than", "200", "activities", "were", "held", "."]
    heads = [5, 0, 3, 5, 5, 5, 5]
    deps = ["advmod", "fixed", "nummod", "nsubj:pass", "aux:pass", "ROOT", "punct"]
    tags = ["JJR", "IN", "CD", "NNS", "VBD", "VBN", "."]
    pos = ["ADJ", "ADP", "NUM", "NOUN", "AUX", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert doc[0].head.text == "200" and doc[2].head.text == "activities"


def test_a_verb_that_takes_no_object_after_since_and_a_noun_is_the_clauses_verb():
    # "Killings have risen since the violence reemerged in 2004 ." as the model may read it: "since
    # [the violence reemerged in 2004]", a phrase with a reduced relative (a title then says "The
    # violence was reemerged"); "emerge" never takes an object in the treebanks, so neither does
    # "reemerge"
    words = ["Killings", "have", "risen", "since", "the", "violence", "reemerged", "in", "2004", "."]
    heads = [2, 2, 2, 5, 5, 2, 5, 8, 6, 2]
    deps = ["nsubj", "aux", "ROOT", "case", "det", "obl", "acl", "case", "obl", "punct"]
    tags = ["NNS", "VBP", "VBN", "IN", "DT", "NN", "VBN", "IN", "CD", "."]
    pos = ["NOUN", "AUX", "VERB", "ADP", "DET", "NOUN", "VERB", "ADP", "NUM", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[6].dep_, doc[6].head.text, doc[5].dep_, doc[5].head.text) == ("advcl", "risen", "nsubj", "reemerged")
    assert doc[3].dep_ == "mark"


def test_a_relative_clause_runs_past_a_lists_comma_to_the_comma_before_the_main_verb():
    # "Brown , who shaped blues , funk and soul for years , died ." with "funk" tagged a bare verb,
    # as the model may: the clause ends at the comma before "died", not at the list's comma
    words = ["Brown", ",", "who", "shaped", "blues", ",", "funk", "and", "soul", "for", "years", ",", "died", "."]
    heads = [12, 3, 3, 0, 3, 6, 4, 8, 6, 10, 3, 12, 12, 12]
    # (the model's damage: "Brown" no subject of "died")
    deps = ["dep", "punct", "nsubj", "acl:relcl", "obj", "punct", "conj", "cc", "conj", "case", "obl", "punct",
            "ROOT", "punct"]
    tags = ["NNP", ",", "WP", "VBD", "NNS", ",", "VB", "CC", "NN", "IN", "NNS", ",", "VBD", "."]
    pos = ["PROPN", "PUNCT", "PRON", "VERB", "NOUN", "PUNCT", "VERB", "CCONJ", "NOUN", "ADP", "NOUN", "PUNCT", "VERB",
           "PUNCT"]
    doc = _built(words, heads, deps, tags, pos)
    assert language._relative_asides(doc[:]) == [(1, 11)]


def test_a_clause_a_subordinator_opens_on_a_verb_is_the_verbs_adverbial_clause():
    # "The firm cut costs by closing two plants": "closing" hung on the verb as a noun's clause (acl)
    words = ["The", "firm", "cut", "costs", "by", "closing", "two", "plants", "."]
    heads = [1, 2, 2, 2, 5, 2, 7, 5, 2]
    deps = ["det", "nsubj", "ROOT", "obj", "mark", "acl", "nummod", "obj", "punct"]
    tags = ["DT", "NN", "VBD", "NNS", "IN", "VBG", "CD", "NNS", "."]
    pos = ["DET", "NOUN", "VERB", "NOUN", "SCONJ", "VERB", "NUM", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[5].dep_, doc[5].head.i) == ("advcl", 2)


def test_a_past_read_as_an_adjective_inside_the_subject_is_the_first_of_two_verbs():
    # "The mayor on Friday praised the team's win and urged calm", with "praised" an adjective of
    # "win" and "win" a phrase of the subject of "urged"
    words = ["The", "mayor", "on", "Friday", "praised", "the", "team", "'s", "win", "and", "urged", "calm", "."]
    heads = [1, 10, 3, 1, 8, 6, 8, 6, 1, 10, 10, 10, 10]
    deps = ["det", "nsubj", "case", "nmod", "amod", "det", "nmod:poss", "case", "nmod", "cc", "ROOT", "obj", "punct"]
    tags = ["DT", "NN", "IN", "NNP", "VBN", "DT", "NN", "POS", "NN", "CC", "VBD", "NN", "."]
    pos = ["DET", "NOUN", "ADP", "PROPN", "VERB", "DET", "NOUN", "PART", "NOUN", "CCONJ", "VERB", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[4].dep_, doc[1].head.i, doc[8].head.i, doc[8].dep_) == ("ROOT", 4, 4, "obj")
    assert (doc[10].dep_, doc[10].head.i, doc[3].head.i) == ("conj", 4, 4)


def test_an_adjective_before_its_nouns_article_is_never_read_so_without_an_article_of_its_own():
    # "an estimated 300 homes": the adjective has its article, and stays one
    words = ["Floods", "hit", "an", "estimated", "300", "homes", "."]
    heads = [1, 1, 5, 5, 5, 1, 1]
    deps = ["nsubj", "ROOT", "det", "amod", "nummod", "obj", "punct"]
    tags = ["NNS", "VBD", "DT", "VBN", "CD", "NNS", "."]
    doc = _built(words, heads, deps, tags)
    assert language._noun_of_an_adjective_before_its_determiner(doc[3]) is None


def test_have_before_a_participle_read_as_an_adjective_is_the_perfects_auxiliary():
    # "judged to have tripped winger Rossi", with "have" the verb and "tripped" an adjective of "winger"
    words = ["He", "was", "judged", "to", "have", "tripped", "winger", "Rossi", "."]
    heads = [2, 2, 2, 4, 2, 6, 4, 6, 2]
    deps = ["nsubj:pass", "aux:pass", "ROOT", "mark", "xcomp", "amod", "obj", "appos", "punct"]
    tags = ["PRP", "VBD", "VBN", "TO", "VB", "VBN", "NN", "NNP", "."]
    pos = ["PRON", "AUX", "VERB", "PART", "AUX", "VERB", "NOUN", "PROPN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[5].dep_, doc[5].head.i, doc[4].dep_, doc[4].head.i, doc[6].head.i) == ("xcomp", 2, "aux", 5, 5)


def test_have_that_owns_what_it_is_followed_by_stays_the_verb():
    # "We have limited time": a present "have" with an adjective, no perfect
    words = ["We", "have", "limited", "time", "."]
    heads = [1, 1, 3, 1, 1]
    deps = ["nsubj", "ROOT", "amod", "obj", "punct"]
    tags = ["PRP", "VBP", "VBN", "NN", "."]
    pos = ["PRON", "VERB", "VERB", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[1].dep_, doc[2].dep_, doc[3].head.i) == ("ROOT", "amod", 1)


def test_a_whole_reading_is_not_kept_for_a_name_cut_into_a_common_noun_conjunct():
    # free: "Joe Biden and his counterpart || Ana Luis || Obrador warned ."; whole: "Joe" the subject
    # with "counterpart", "Ana" and "Obrador" (a noun to the tagger) its conjuncts: the title would
    # lose the name's last word, so the free reading, with "Obrador" the subject, stays
    from spacy.tokens import Doc

    words = ["Joe", "Biden", "and", "his", "counterpart", "Ana", "Luis", "Obrador", "warned", "."]
    vocab = load_model().vocab
    free = Doc(vocab, words=words, heads=[0, 0, 4, 4, 0, 5, 5, 8, 8, 8],
               deps=["ROOT", "flat", "cc", "nmod:poss", "conj", "ROOT", "flat", "nsubj", "ROOT", "punct"],
               pos=["PROPN", "PROPN", "CCONJ", "PRON", "NOUN", "PROPN", "PROPN", "NOUN", "VERB", "PUNCT"],
               sent_starts=[True, False, False, False, False, True, False, True, False, False])
    whole = Doc(vocab, words=words, heads=[8, 0, 4, 4, 0, 0, 5, 0, 8, 8],
                deps=["nsubj", "flat", "cc", "nmod:poss", "conj", "conj", "flat", "conj", "ROOT", "punct"],
                pos=["PROPN", "PROPN", "CCONJ", "PRON", "NOUN", "PROPN", "PROPN", "NOUN", "VERB", "PUNCT"],
                sent_starts=[True] + [False] * 9)
    assert not language.as_one_sentence(free, whole)


def test_the_subject_of_a_whose_clauses_complement_is_the_clauses_own_subject():
    # "China, whose invasion caused the lama to flee": who fled was made to by the invasion, whose
    # verb is the relative clause's; the name the clause describes is not its subject
    from timeline import clauses

    words = ["China", ",", "whose", "invasion", "caused", "the", "lama", "to", "flee", ",", "is", "changing", "."]
    heads = [11, 4, 3, 4, 0, 6, 4, 8, 4, 4, 11, 11, 11]
    deps = ["nsubj", "punct", "nmod:poss", "nsubj", "acl:relcl", "det", "iobj", "mark", "xcomp", "punct", "aux",
            "ROOT", "punct"]
    tags = ["NNP", ",", "WP$", "NN", "VBD", "DT", "NN", "TO", "VB", ",", "VBZ", "VBG", "."]
    pos = ["PROPN", "PUNCT", "PRON", "NOUN", "VERB", "DET", "NOUN", "PART", "VERB", "PUNCT", "AUX", "VERB", "PUNCT"]
    doc = _built(words, heads, deps, tags, pos)
    assert clauses.subject_of(doc[8]).text == "invasion"


def test_a_noun_set_off_by_commas_after_the_verbs_object_is_its_aside_and_the_phrase_after_it_the_verbs():
    # "named Ann Lee, a lawyer, as its chair" read with "lawyer" the verb's complement and "as its
    # chair" on "lawyer"
    words = ["The", "board", "named", "Ann", "Lee", ",", "a", "lawyer", ",", "as", "its", "chair", "."]
    heads = [1, 2, 2, 2, 3, 7, 7, 2, 11, 11, 11, 7, 2]
    deps = ["det", "nsubj", "ROOT", "obj", "flat", "punct", "det", "xcomp", "punct", "case", "nmod:poss", "nmod", "punct"]
    tags = ["DT", "NN", "VBD", "NNP", "NNP", ",", "DT", "NN", ",", "IN", "PRP$", "NN", "."]
    pos = ["DET", "NOUN", "VERB", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "ADP", "PRON", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[7].head.text, doc[7].dep_) == ("Ann", "appos")
    assert (doc[11].head.text, doc[11].dep_) == ("named", "obl")


def test_a_complement_with_no_comma_before_it_stays_the_verbs():
    # "made him a member": no aside
    words = ["The", "council", "made", "him", "a", "member", "."]
    heads = [1, 2, 2, 2, 5, 2, 2]
    deps = ["det", "nsubj", "ROOT", "obj", "det", "xcomp", "punct"]
    tags = ["DT", "NN", "VBD", "PRP", "DT", "NN", "."]
    pos = ["DET", "NOUN", "VERB", "PRON", "DET", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[5].head.text, doc[5].dep_) == ("made", "xcomp")


def test_where_the_objects_aside_comes_from_stays_the_asides():
    # "arrested Omar Said, a farmer, from Kassala": where the farmer is from, as the treebanks read it
    words = ["Police", "arrested", "Omar", "Said", ",", "a", "farmer", ",", "from", "Kassala", "."]
    heads = [1, 1, 1, 2, 6, 6, 2, 9, 9, 6, 1]
    deps = ["nsubj", "ROOT", "obj", "flat", "punct", "det", "appos", "punct", "case", "nmod", "punct"]
    tags = ["NNS", "VBD", "NNP", "NNP", ",", "DT", "NN", ",", "IN", "NNP", "."]
    pos = ["NOUN", "VERB", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "ADP", "PROPN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[9].head.text, doc[9].dep_) == ("farmer", "nmod")


def test_a_verb_form_with_a_preposition_before_its_subject_is_a_plural_noun():
    # "a first for the Africa summits since ..." read with "summits" a verb whose subject is "Africa"
    words = ["It", "was", "a", "first", "for", "the", "Africa", "summits", "."]
    heads = [3, 3, 3, 3, 7, 6, 7, 3, 3]
    deps = ["nsubj", "cop", "det", "ROOT", "case", "det", "nsubj", "nmod", "punct"]
    tags = ["PRP", "VBD", "DT", "JJ", "IN", "DT", "NNP", "VBZ", "."]
    pos = ["PRON", "AUX", "DET", "ADJ", "ADP", "DET", "PROPN", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[7].pos_, doc[7].tag_) == ("NOUN", "NNS")
    assert (doc[6].dep_, doc[6].head.text) == ("compound", "summits")
    assert doc[5].head.text == "summits"


def test_a_verb_after_to_read_as_its_objects_adjective_is_the_infinitive():
    # "was forced to dump strict rules" read as "to [dump strict rules]", "dump" an adjective
    words = ["The", "bank", "was", "forced", "to", "dump", "strict", "rules", "."]
    heads = [1, 3, 3, 3, 7, 7, 7, 3, 3]
    deps = ["det", "nsubj:pass", "aux:pass", "ROOT", "case", "amod", "amod", "obl", "punct"]
    tags = ["DT", "NN", "VBD", "VBN", "IN", "JJ", "JJ", "NNS", "."]
    pos = ["DET", "NOUN", "AUX", "VERB", "ADP", "ADJ", "ADJ", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[5].pos_, doc[5].dep_, doc[5].head.text) == ("VERB", "xcomp", "forced")
    assert (doc[7].dep_, doc[7].head.text) == ("obj", "dump")
    assert (doc[4].dep_, doc[4].head.text) == ("mark", "dump")


def test_of_two_subjects_the_parse_gave_a_verb_the_one_a_subordinator_opens_is_its():
    # "Shops that cheat have to be careful as a rule took effect", parsed with both "Shops" and "a
    # rule" on "took" and "as" a preposition of "rule": the clause "as" opens is the rule's
    words = ["Shops", "that", "cheat", "have", "to", "be", "careful", "as", "a", "rule", "took", "effect", "."]
    heads = [10, 2, 0, 0, 6, 6, 3, 9, 9, 10, 10, 10, 10]
    deps = ["nsubj", "nsubj", "acl:relcl", "acl", "mark", "cop", "xcomp", "case", "det", "nsubj", "ROOT", "obj", "punct"]
    tags = ["NNS", "WDT", "VBP", "VBP", "TO", "VB", "JJ", "IN", "DT", "NN", "VBD", "NN", "."]
    pos = ["NOUN", "PRON", "VERB", "VERB", "PART", "AUX", "ADJ", "ADP", "DET", "NOUN", "VERB", "NOUN", "PUNCT"]
    doc = _built(words, heads, deps, tags, pos)
    assert clauses.subject_of(doc[10]).text == "rule"


def test_two_subjects_joined_apart_keep_the_first():
    # (a guard: "Ana and her brother were arrested" read with two subjects: the first one still)
    words = ["Ana", "and", "her", "brother", "were", "arrested", "."]
    heads = [5, 3, 3, 5, 5, 5, 5]
    deps = ["nsubj:pass", "cc", "nmod:poss", "nsubj:pass", "aux:pass", "ROOT", "punct"]
    tags = ["NNP", "CC", "PRP$", "NN", "VBD", "VBN", "."]
    pos = ["PROPN", "CCONJ", "PRON", "NOUN", "AUX", "VERB", "PUNCT"]
    doc = _built(words, heads, deps, tags, pos)
    assert clauses.subject_of(doc[5]).text == "Ana"


def test_a_source_closing_the_sentence_read_as_a_conjunct_is_its_attribution():
    # "A bus was hit by shots in Chad on Wednesday, AFP reported Thursday." with "reported" a
    # conjunct of "hit" without "and": the source is the attribution (parataxis), not a second deed
    words = ["A", "bus", "was", "hit", "by", "shots", "in", "Chad", "on", "Wednesday", ",", "AFP", "reported", "Thursday", "."]
    heads = [1, 3, 3, 3, 5, 3, 7, 5, 9, 7, 12, 12, 3, 12, 3]
    deps = ["det", "nsubj:pass", "aux:pass", "ROOT", "case", "obl:agent", "case", "nmod", "case", "nmod", "punct", "nsubj",
            "conj", "obl:unmarked", "punct"]
    tags = ["DT", "NN", "VBD", "VBN", "IN", "NNS", "IN", "NNP", "IN", "NNP", ",", "NNP", "VBD", "NNP", "."]
    pos = ["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "VERB", "PROPN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[12].dep_, doc[12].head.i) == ("parataxis", 3)


def test_a_joined_report_with_and_stays_a_conjunct():
    # (a guard: "Police arrested two men and the agency reported it" joins two deeds)
    words = ["Police", "arrested", "two", "men", "and", "the", "agency", "reported", "it", "."]
    heads = [1, 1, 3, 1, 7, 6, 7, 1, 7, 1]
    deps = ["nsubj", "ROOT", "nummod", "obj", "cc", "det", "nsubj", "conj", "obj", "punct"]
    tags = ["NNS", "VBD", "CD", "NNS", "CC", "DT", "NN", "VBD", "PRP", "."]
    pos = ["NOUN", "VERB", "NUM", "NOUN", "CCONJ", "DET", "NOUN", "VERB", "PRON", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert doc[7].dep_ == "conj"


def test_a_time_between_an_inner_verbs_object_and_its_phrase_is_the_inner_verbs():
    # "denied any link to efforts to funnel funds last year to campaigns" with "last year" on
    # "denied" and "to campaigns" on "year": both are "funnel"'s
    words = ["He", "denied", "any", "link", "to", "efforts", "to", "funnel", "funds", "last", "year", "to", "campaigns", "."]
    heads = [1, 1, 3, 1, 5, 3, 7, 5, 7, 10, 1, 12, 10, 1]
    deps = ["nsubj", "ROOT", "det", "obj", "case", "nmod", "mark", "acl", "obj", "amod", "obl:unmarked", "case", "nmod", "punct"]
    tags = ["PRP", "VBD", "DT", "NN", "IN", "NNS", "TO", "VB", "NNS", "JJ", "NN", "IN", "NNS", "."]
    pos = ["PRON", "VERB", "DET", "NOUN", "ADP", "NOUN", "PART", "VERB", "NOUN", "ADJ", "NOUN", "ADP", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[10].head.i, doc[12].head.i, doc[12].dep_) == (7, 7, "obl")


def test_a_clause_after_a_subordinator_read_as_a_noun_phrase_gets_its_verb_back():
    # "failed to agree after Mbeki sacked Zuma as deputy president in June" parsed with "Mbeki
    # sacked" modifiers of "Zuma" and "in June" on "agree": the sacking is a clause, June its own
    words = ["They", "failed", "to", "agree", "after", "Mbeki", "sacked", "Zuma", "as", "deputy", "in", "June", "."]
    heads = [1, 1, 3, 1, 7, 6, 7, 3, 9, 3, 11, 3, 1]
    deps = ["nsubj", "ROOT", "mark", "xcomp", "case", "amod", "amod", "obl", "case", "obl", "case", "obl", "punct"]
    tags = ["PRP", "VBD", "TO", "VB", "IN", "NNP", "VBN", "NNP", "IN", "NN", "IN", "NNP", "."]
    pos = ["PRON", "VERB", "PART", "VERB", "ADP", "ADJ", "VERB", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[6].dep_, doc[6].head.i, doc[5].dep_, doc[7].dep_, doc[4].dep_) == ("advcl", 3, "nsubj", "obj", "mark")
    assert doc[9].head.i == 6 and doc[11].head.i == 6


def test_a_noun_root_with_an_object_is_the_compound_of_the_subject():
    # "Share prices on the Taiwan exchange closed higher" parsed with "Share" a root taking "prices"
    # as its object, "on" a preposition of "closed" and "exchange" its subject
    words = ["Share", "prices", "on", "the", "Taiwan", "exchange", "closed", "higher", "."]
    heads = [0, 0, 6, 5, 5, 6, 0, 6, 0]
    deps = ["ROOT", "obj", "case", "det", "compound", "nsubj", "advcl", "advmod", "punct"]
    tags = ["NN", "NNS", "IN", "DT", "NNP", "NN", "VBD", "JJR", "."]
    pos = ["NOUN", "NOUN", "ADP", "DET", "PROPN", "NOUN", "VERB", "ADJ", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[6].dep_, doc[1].dep_, doc[1].head.i, doc[0].head.i, doc[5].head.i, doc[2].head.i) == ("ROOT", "nsubj", 6, 1, 1, 5)


def test_the_noun_right_before_a_verb_after_an_aside_is_its_subject():
    # "Iran resumed work in August, a move ending talks which started after Tehran suspended work"
    # parsed with "move" the subject of "suspended" and "after Tehran" a phrase of "started"
    words = ["Iran", "resumed", "work", ",", "a", "move", "ending", "talks", "which", "started", "after", "Tehran",
             "suspended", "work", "."]
    heads = [1, 1, 1, 5, 5, 12, 5, 6, 9, 7, 11, 9, 1, 12, 1]
    deps = ["nsubj", "ROOT", "obj", "punct", "det", "nsubj", "acl", "obj", "nsubj", "acl:relcl", "case", "obl",
            "advcl", "obj", "punct"]
    tags = ["NNP", "VBD", "NN", ",", "DT", "NN", "VBG", "NNS", "WDT", "VBD", "IN", "NNP", "VBD", "NN", "."]
    pos = ["PROPN", "VERB", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "NOUN", "PRON", "VERB", "ADP", "PROPN", "VERB",
           "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[11].dep_, doc[11].head.i, doc[10].dep_, doc[12].head.i) == ("nsubj", 12, "mark", 9) and doc[5].head.i != 12


def test_a_count_of_time_before_after_opens_a_clause_and_the_main_verb_is_the_root_again():
    # "The museum reopened on Friday, three months after a fire gutted its east wing." as the model
    # misreads it (built by hand): "after" a preposition of "fire", "fire" a phrase of "months",
    # "gutted" the root with "museum" its subject, "reopened" a modifier of "museum"
    words = ["The", "museum", "reopened", "on", "Friday", ",", "three", "months", "after", "a", "fire", "gutted",
             "its", "east", "wing", "."]
    heads = [1, 11, 1, 4, 2, 7, 7, 11, 10, 10, 7, 11, 14, 14, 11, 11]
    deps = ["det", "nsubj", "acl", "case", "obl", "punct", "nummod", "obl:unmarked", "case", "det", "nmod", "ROOT",
            "nmod:poss", "amod", "obj", "punct"]
    tags = ["DT", "NN", "VBN", "IN", "NNP", ",", "CD", "NNS", "IN", "DT", "NN", "VBD", "PRP$", "JJ", "NN", "."]
    pos = ["DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "NUM", "NOUN", "ADP", "DET", "NOUN", "VERB", "PRON", "ADJ",
           "NOUN", "PUNCT"]
    doc = _built(words, heads, deps, tags, pos)
    assert language._count_of_time_before_a_clause_read_as_a_phrase(doc[8])
    assert (doc[2].dep_, doc[1].head.i, doc[1].dep_) == ("ROOT", 2, "nsubj")
    assert doc[2].tag_ == "VBD"  # the past it is, no participle
    assert (doc[7].head.i, doc[11].head.i, doc[11].dep_) == (2, 7, "acl")
    assert (doc[10].head.i, doc[10].dep_, doc[8].head.i, doc[8].dep_) == (11, "nsubj", 11, "mark")
    assert doc[15].head.i == 2


def test_a_count_of_time_inside_a_told_clause_stays_on_that_clause():
    # "The coach said on Wednesday that he was resigning, a day after his team lost the final.": the
    # later verb read as a clause of "resigning"; the count goes there, the clause on the count
    words = ["The", "coach", "said", "on", "Wednesday", "that", "he", "was", "resigning", ",", "a", "day", "after",
             "his", "team", "lost", "the", "final", "."]
    heads = [1, 2, 2, 4, 2, 8, 8, 8, 2, 11, 11, 15, 14, 14, 11, 8, 17, 15, 2]
    deps = ["det", "nsubj", "ROOT", "case", "obl", "mark", "nsubj", "aux", "ccomp", "punct", "det", "obl:unmarked",
            "case", "nmod:poss", "nmod", "ccomp", "det", "obj", "punct"]
    tags = ["DT", "NN", "VBD", "IN", "NNP", "IN", "PRP", "VBD", "VBG", ",", "DT", "NN", "IN", "PRP$", "NN", "VBD",
            "DT", "NN", "."]
    pos = ["DET", "NOUN", "VERB", "ADP", "PROPN", "SCONJ", "PRON", "AUX", "VERB", "PUNCT", "DET", "NOUN", "ADP", "PRON",
           "NOUN", "VERB", "DET", "NOUN", "PUNCT"]
    doc = _built(words, heads, deps, tags, pos)
    assert language._count_of_time_before_a_clause_read_as_a_phrase(doc[12])
    assert (doc[11].head.i, doc[15].head.i, doc[15].dep_, doc[14].dep_) == (8, 11, "acl", "nsubj")
    assert doc[2].dep_ == "ROOT"


def test_a_count_of_time_before_a_bare_phrase_is_left_alone():
    # "The talks resumed on Monday, a week after the summit in Oslo.": no verb after the noun (guard)
    words = ["The", "talks", "resumed", "on", "Monday", ",", "a", "week", "after", "the", "summit", "in", "Oslo", "."]
    heads = [1, 2, 2, 4, 2, 7, 7, 2, 10, 10, 7, 12, 10, 2]
    deps = ["det", "nsubj", "ROOT", "case", "obl", "punct", "det", "obl:unmarked", "case", "det", "nmod", "case",
            "nmod", "punct"]
    tags = ["DT", "NNS", "VBD", "IN", "NNP", ",", "DT", "NN", "IN", "DT", "NN", "IN", "NNP", "."]
    pos = ["DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"]
    doc = _built(words, heads, deps, tags, pos)
    assert not language._count_of_time_before_a_clause_read_as_a_phrase(doc[8])
    assert (doc[2].dep_, doc[10].dep_, doc[8].dep_) == ("ROOT", "nmod", "case")


def test_a_clause_with_no_that_right_after_a_deep_noun_is_its_relative_clause():
    # "The group said it would widen its talks on the dispute they are facing ." misread with "they
    # are facing" a complement of "widen" (titled "widen its talks they are facing")
    words = ["The", "group", "said", "it", "would", "widen", "its", "talks", "on", "the", "dispute", "they", "are", "facing", "."]
    heads = [1, 2, 2, 5, 5, 2, 7, 5, 10, 10, 7, 13, 13, 5, 2]
    deps = ["det", "nsubj", "ROOT", "nsubj", "aux", "ccomp", "nmod:poss", "obj", "case", "det", "nmod", "nsubj", "aux", "ccomp", "punct"]
    tags = ["DT", "NN", "VBD", "PRP", "MD", "VB", "PRP$", "NNS", "IN", "DT", "NN", "PRP", "VBP", "VBG", "."]
    pos = ["DET", "NOUN", "VERB", "PRON", "AUX", "VERB", "PRON", "NOUN", "ADP", "DET", "NOUN", "PRON", "AUX", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[13].dep_, doc[13].head.i) == ("acl:relcl", 10)
    # (after the verb's own hearer it is what is told: "The minister told reporters they were leaving .")
    words = ["The", "minister", "told", "reporters", "they", "were", "leaving", "."]
    heads = [1, 2, 2, 2, 6, 6, 2, 2]
    deps = ["det", "nsubj", "ROOT", "obj", "nsubj", "aux", "ccomp", "punct"]
    tags = ["DT", "NN", "VBD", "NNS", "PRP", "VBD", "VBG", "."]
    pos = ["DET", "NOUN", "VERB", "NOUN", "PRON", "AUX", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[6].dep_, doc[6].head.i) == ("ccomp", 2)


def test_a_past_form_between_a_noun_and_a_day_is_the_nouns_participle():
    # "The chief vowed in a video aired Monday that the war would go on ." misread as one phrase "a
    # video aired Monday" headed by the day, "aired" its adjective (titled "vowed video that ...")
    words = ["The", "chief", "vowed", "in", "a", "video", "aired", "Monday", "that", "the", "war", "would", "go", "on", "."]
    heads = [1, 2, 2, 7, 7, 6, 7, 2, 12, 10, 12, 12, 2, 12, 2]
    deps = ["det", "nsubj", "ROOT", "case", "det", "amod", "amod", "obl", "mark", "det", "nsubj", "aux", "ccomp", "advmod", "punct"]
    tags = ["DT", "NN", "VBD", "IN", "DT", "NN", "JJ", "NNP", "IN", "DT", "NN", "MD", "VB", "RP", "."]
    pos = ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "ADJ", "PROPN", "SCONJ", "DET", "NOUN", "AUX", "VERB", "ADP", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[5].dep_, doc[5].head.i, doc[3].head.i) == ("obl", 2, 5)
    assert (doc[6].dep_, doc[6].head.i, doc[6].pos_, doc[7].head.i) == ("acl", 5, "VERB", 6)


def test_a_noun_read_with_an_object_is_the_compound_of_the_noun_after_it():
    # "The state will double the land use fees ." misread with "use" the object and "fees" an
    # object of "use"
    words = ["The", "state", "will", "double", "the", "land", "use", "fees", "."]
    heads = [1, 3, 3, 3, 6, 6, 3, 6, 3]
    deps = ["det", "nsubj", "aux", "ROOT", "det", "compound", "obj", "obj", "punct"]
    tags = ["DT", "NN", "MD", "VB", "DT", "NN", "NN", "NNS", "."]
    pos = ["DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "NOUN", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[7].dep_, doc[7].head.i, doc[6].dep_, doc[6].head.i, doc[4].head.i) == ("obj", 3, "compound", 7, 7)


def test_a_clause_head_in_ing_after_its_subordinator_is_a_gerund_not_a_noun():
    # "Lee was fined for spitting at a rival ." misread with "spitting" a noun (lemma "spitting")
    words = ["Lee", "was", "fined", "for", "spitting", "at", "a", "rival", "."]
    heads = [2, 2, 2, 4, 2, 7, 7, 4, 2]
    deps = ["nsubj:pass", "aux:pass", "ROOT", "mark", "advcl", "case", "det", "obl", "punct"]
    tags = ["NNP", "VBD", "VBN", "IN", "NN", "IN", "DT", "NN", "."]
    pos = ["PROPN", "AUX", "VERB", "SCONJ", "NOUN", "ADP", "DET", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[4].pos_, doc[4].tag_) == ("VERB", "VBG")
    # (a noun after all, with its article: "was praised for the opening")
    words = ["Lee", "was", "praised", "for", "the", "opening", "."]
    heads = [2, 2, 2, 5, 5, 2, 2]
    deps = ["nsubj:pass", "aux:pass", "ROOT", "mark", "det", "advcl", "punct"]
    tags = ["NNP", "VBD", "VBN", "IN", "DT", "NN", "."]
    pos = ["PROPN", "AUX", "VERB", "SCONJ", "DET", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert doc[5].pos_ == "NOUN"


def test_a_word_right_after_the_verb_that_the_parse_gave_its_object_as_a_preposition_is_its_particle():
    # "The group took over the rival firm ." misread with "over" the preposition of the object
    words = ["The", "group", "took", "over", "the", "rival", "firm", "."]
    heads = [1, 2, 2, 6, 6, 6, 2, 2]
    deps = ["det", "nsubj", "ROOT", "case", "det", "compound", "obj", "punct"]
    tags = ["DT", "NN", "VBD", "IN", "DT", "NN", "NN", "."]
    pos = ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[3].dep_, doc[3].head.i, doc[6].dep_) == ("compound:prt", 2, "obj")


def test_a_common_noun_before_a_name_both_read_as_subjects_is_the_names_description():
    # "The shipping group Norvik took over the port ." misread with "group" and "Norvik" two subjects
    words = ["The", "shipping", "group", "Norvik", "took", "over", "the", "port", "."]
    heads = [2, 2, 4, 4, 4, 4, 7, 4, 4]
    deps = ["det", "compound", "nsubj", "nsubj", "ROOT", "compound:prt", "det", "obj", "punct"]
    tags = ["DT", "NN", "NN", "NNP", "VBD", "RP", "DT", "NN", "."]
    pos = ["DET", "NOUN", "NOUN", "PROPN", "VERB", "ADP", "DET", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[2].dep_, doc[2].head.i, doc[0].head.i) == ("compound", 3, 3)
    assert [c.i for c in doc[4].children if c.dep_ == "nsubj"] == [3]


def test_a_hyphened_form_in_ing_before_a_noun_phrase_is_its_adjective_not_a_clause():
    # "Hanjin sold its loss-making phone unit on Friday ." misread with "loss" the object and
    # "making" a clause taking "unit" and the day
    words = ["Hanjin", "sold", "its", "loss", "-", "making", "phone", "unit", "on", "Friday", "."]
    heads = [1, 1, 3, 1, 5, 1, 7, 5, 9, 5, 1]
    deps = ["nsubj", "ROOT", "nmod:poss", "obj", "punct", "advcl", "compound", "obj", "case", "obl", "punct"]
    tags = ["NNP", "VBD", "PRP$", "NN", "HYPH", "VBG", "NN", "NN", "IN", "NNP", "."]
    pos = ["PROPN", "VERB", "PRON", "NOUN", "PUNCT", "VERB", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT"]
    spaces = [True, True, True, False, False, True, True, True, True, False, False]
    doc = _repaired(words, heads, deps, tags, pos, spaces=spaces)
    assert (doc[7].dep_, doc[7].head.i, doc[5].dep_, doc[5].head.i, doc[3].head.i) == ("obj", 1, "amod", 7, 5)
    assert (doc[2].head.i, doc[9].head.i) == (7, 1)


def test_an_opening_day_read_into_the_subjects_phrase_is_the_verbs_time():
    # "On Friday police arrested two men ." misread as one phrase "On Friday police" of the verb,
    # which then has no subject
    words = ["On", "Friday", "police", "arrested", "two", "men", "."]
    heads = [2, 2, 3, 3, 5, 3, 3]
    deps = ["case", "compound", "obl", "ROOT", "nummod", "obj", "punct"]
    tags = ["IN", "NNP", "NN", "VBD", "CD", "NNS", "."]
    pos = ["ADP", "PROPN", "NOUN", "VERB", "NUM", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[1].dep_, doc[1].head.i, doc[0].head.i, doc[2].dep_, doc[2].head.i) == ("obl", 3, 1, "nsubj", 3)


def test_a_form_in_ing_with_its_article_in_a_nouns_relation_is_a_noun():
    # "The ministers ended a summit meeting Thursday ." misread with "meeting" a verb form, the
    # object of "ended", the day its phrase
    words = ["The", "ministers", "ended", "a", "summit", "meeting", "Thursday", "."]
    heads = [1, 2, 2, 5, 5, 2, 5, 2]
    deps = ["det", "nsubj", "ROOT", "det", "compound", "obj", "obl:unmarked", "punct"]
    tags = ["DT", "NNS", "VBD", "DT", "NN", "VBG", "NNP", "."]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "VERB", "PROPN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[5].pos_, doc[5].tag_) == ("NOUN", "NN")


def test_a_possessive_apostrophe_read_as_an_object_is_the_owners_case():
    # "They attend the Rim Leaders ' Summit ." misread with "Leaders", "'" and "Summit" three objects
    words = ["They", "attend", "the", "Rim", "Leaders", "'", "Summit", "."]
    heads = [1, 1, 4, 4, 1, 1, 1, 1]
    deps = ["nsubj", "ROOT", "det", "compound", "obj", "obj", "obj", "punct"]
    tags = ["PRP", "VBP", "DT", "NNP", "NNPS", "POS", "NNP", "."]
    pos = ["PRON", "VERB", "DET", "PROPN", "PROPN", "PART", "PROPN", "PUNCT"]
    spaces = [True, True, True, True, False, True, False, False]
    doc = _repaired(words, heads, deps, tags, pos, spaces=spaces)
    assert (doc[6].dep_, doc[6].head.i, doc[4].dep_, doc[4].head.i, doc[5].dep_, doc[5].head.i) == (
        "obj", 1, "nmod:poss", 6, "case", 4)


def test_a_number_right_after_a_name_read_as_the_subject_is_the_names():
    # "The Comac 919 is a new airliner ." misread with "919" the subject and "Comac" the root
    words = ["The", "Comac", "919", "is", "a", "new", "airliner", "."]
    heads = [1, 1, 6, 6, 6, 6, 1, 1]
    deps = ["det", "ROOT", "nsubj", "cop", "det", "amod", "appos", "punct"]
    tags = ["DT", "NNP", "CD", "VBZ", "DT", "JJ", "NN", "."]
    pos = ["DET", "PROPN", "NUM", "AUX", "DET", "ADJ", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[6].dep_, doc[1].dep_, doc[1].head.i, doc[2].head.i, doc[7].head.i) == ("ROOT", "nsubj", 6, 1, 6)


def test_a_plural_form_of_a_verb_after_a_noun_with_its_article_before_for_is_the_verb():
    # "They said the draft calls for posting more police ." misread with "draft calls" one noun phrase
    words = ["They", "said", "the", "draft", "calls", "for", "posting", "more", "police", "."]
    heads = [1, 1, 4, 4, 1, 6, 4, 8, 6, 1]
    deps = ["nsubj", "ROOT", "det", "compound", "obj", "mark", "acl", "amod", "obj", "punct"]
    tags = ["PRP", "VBD", "DT", "NN", "NNS", "IN", "VBG", "JJR", "NNS", "."]
    pos = ["PRON", "VERB", "DET", "NOUN", "NOUN", "SCONJ", "VERB", "ADJ", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[4].pos_, doc[4].dep_, doc[3].dep_, doc[6].dep_) == ("VERB", "ccomp", "nsubj", "advcl")
    # (not after an adjective: "the two-day talks to begin", "the first new member states to adopt")
    words = ["We", "expect", "the", "new", "member", "states", "to", "adopt", "it", "."]
    heads = [1, 1, 5, 5, 5, 1, 7, 5, 7, 1]
    deps = ["nsubj", "ROOT", "det", "amod", "compound", "obj", "mark", "acl", "obj", "punct"]
    tags = ["PRP", "VBP", "DT", "JJ", "NN", "NNS", "TO", "VB", "PRP", "."]
    pos = ["PRON", "VERB", "DET", "ADJ", "NOUN", "NOUN", "PART", "VERB", "PRON", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert doc[5].pos_ == "NOUN"


def test_a_second_participle_joined_to_a_phrase_is_the_first_verbs_conjunct_with_its_object():
    # "They had played for most of the day and given us a lead ." misread with "given" a conjunct of
    # "most" and "lead" a phrase of "played" (titled "They had played a lead")
    words = ["They", "had", "played", "for", "most", "of", "the", "day", "and", "given", "us", "a", "lead", "."]
    heads = [2, 2, 2, 4, 12, 7, 7, 4, 9, 4, 9, 12, 2, 2]
    deps = ["nsubj", "aux", "ROOT", "case", "nmod", "case", "det", "nmod", "cc", "conj", "iobj", "det", "obl", "punct"]
    tags = ["PRP", "VBD", "VBN", "IN", "JJS", "IN", "DT", "NN", "CC", "VBN", "PRP", "DT", "NN", "."]
    pos = ["PRON", "AUX", "VERB", "ADP", "ADJ", "ADP", "DET", "NOUN", "CCONJ", "VERB", "PRON", "DET", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[9].head.i, doc[12].head.i, doc[12].dep_, doc[4].head.i, doc[4].dep_) == (2, 9, "obj", 2, "obl")
    # (a guard: a copular predicate's conjunct is right as it is)
    words = ["She", "was", "shy", "and", "wanted", "help", "."]
    heads = [2, 2, 2, 4, 2, 4, 2]
    deps = ["nsubj", "cop", "ROOT", "cc", "conj", "obj", "punct"]
    tags = ["PRP", "VBD", "JJ", "CC", "VBD", "NN", "."]
    pos = ["PRON", "AUX", "ADJ", "CCONJ", "VERB", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert doc[4].head.i == 2


def test_an_irregular_past_annotated_with_a_slip_lemma_takes_the_written_one():
    # the treebanks' "fled" -> "flead" (three times) is no lemma: "flee" is written, "fleeing" too
    assert language.irregular_verbs()["fled"] == "flee"
    assert "excepted" not in language.irregular_verbs()  # (a writer's slip for "accepted", no past of "accept")


def test_a_participle_in_en_the_treebanks_lack_takes_its_verbs_lemma():
    # "beaten" is no lemma: the lemmatizer, which never saw it, kept the form
    doc = load_model()("The two guards were beaten and robbed on Monday.")
    assert [t.lemma_ for t in doc if t.lower_ in ("beaten", "robbed")] == ["beat", "rob"]


def test_a_told_verb_read_as_a_conjunct_of_the_telling_gets_its_subject_back():
    # "Police said that sergeant Reed , posted abroad , had been arrested ." misread with "sergeant"
    # the told clause and "arrested" a conjunct of "said" (titled "Police had been arrested")
    words = ["Police", "said", "that", "sergeant", "Reed", ",", "posted", "abroad", ",", "had", "been", "arrested", "."]
    heads = [1, 1, 3, 1, 3, 6, 3, 6, 1, 11, 11, 1, 1]
    deps = ["nsubj", "ROOT", "mark", "ccomp", "appos", "punct", "conj", "advmod", "punct", "aux", "aux:pass", "conj", "punct"]
    tags = ["NNS", "VBD", "IN", "NN", "NNP", ",", "VBN", "RB", ",", "VBD", "VBN", "VBN", "."]
    pos = ["NOUN", "VERB", "SCONJ", "NOUN", "PROPN", "PUNCT", "VERB", "ADV", "PUNCT", "AUX", "AUX", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[11].dep_, doc[11].head.i, doc[3].dep_, doc[3].head.i, doc[2].head.i, doc[6].dep_) == (
        "ccomp", 1, "nsubj:pass", 11, 11, "acl")


def test_a_hyphened_ing_modifier_hung_on_the_subjects_noun_is_one_adjective():
    # "The city 's water - treating plants closed ." misread with "water" the subject and
    # "treating" a clause of it taking "plants" as object (titled "The city's water-treating closed")
    words = ["The", "city", "'s", "water", "-", "treating", "plants", "closed", "."]
    heads = [1, 3, 1, 7, 5, 3, 5, 7, 7]
    deps = ["det", "nmod:poss", "case", "nsubj", "punct", "acl", "obj", "ROOT", "punct"]
    tags = ["DT", "NN", "POS", "NN", "HYPH", "VBG", "NNS", "VBD", "."]
    pos = ["DET", "NOUN", "PART", "NOUN", "PUNCT", "VERB", "NOUN", "VERB", "PUNCT"]
    spaces = [True, False, True, False, False, True, True, False, False]
    doc = _repaired(words, heads, deps, tags, pos, spaces=spaces)
    assert (doc[6].dep_, doc[6].head.i, doc[5].dep_, doc[5].head.i, doc[3].head.i) == ("nsubj", 7, "amod", 6, 5)


def test_the_words_between_an_ing_adjective_and_its_noun_are_the_nouns():
    # "Reigning world number one Ann Lee won ." misread with "number" the object of "Reigning"
    # (titled "Reigning one Ann Lee won")
    words = ["Reigning", "world", "number", "one", "Ann", "Lee", "won", "."]
    heads = [3, 2, 0, 4, 6, 4, 6, 6]
    deps = ["amod", "compound", "obj", "nmod:desc", "nsubj", "flat", "ROOT", "punct"]
    tags = ["VBG", "NN", "NN", "CD", "NNP", "NNP", "VBD", "."]
    pos = ["VERB", "NOUN", "NOUN", "NUM", "PROPN", "PROPN", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[2].head.i, doc[2].dep_, doc[0].head.i) == (3, "compound", 3)


def test_an_article_hung_on_a_modifiers_adverb_is_the_nouns():
    # "The much awaited summit opened ." misread with "The" the determiner of "much" (titled
    # "Awaited summit opened")
    words = ["The", "much", "awaited", "summit", "opened", "."]
    heads = [1, 2, 3, 4, 4, 4]
    deps = ["det", "advmod", "amod", "nsubj", "ROOT", "punct"]
    tags = ["DT", "JJ", "VBN", "NN", "VBD", "."]
    pos = ["DET", "ADJ", "VERB", "NOUN", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert doc[0].head.i == 3


def test_a_past_after_when_read_as_a_participle_of_a_reporting_verbs_subject_heads_its_clause():
    # "Two men died and four others injured when riot police fired on a crowd, the state agency
    # reported Tuesday." misread with "police" the subject of "reported", "fired" its participle and
    # the agency their apposition (titled "Four others were injured when four others were injured")
    words = ["Two", "men", "died", "and", "four", "others", "injured", "when", "riot", "police", "fired", "on", "a", "crowd",
             ",", "the", "state", "agency", "reported", "Tuesday", "."]
    heads = [1, 2, 2, 6, 5, 6, 2, 18, 9, 18, 9, 13, 13, 10, 17, 17, 17, 9, 6, 18, 2]
    deps = ["nummod", "nsubj", "ROOT", "cc", "nummod", "nsubj", "conj", "advmod", "compound", "nsubj", "acl", "case", "det",
            "obl", "punct", "det", "compound", "appos", "advcl", "obl:unmarked", "punct"]
    tags = ["CD", "NNS", "VBD", "CC", "CD", "NNS", "VBD", "WRB", "NN", "NN", "VBD", "IN", "DT", "NN", ",", "DT", "NN", "NN",
            "VBD", "NNP", "."]
    pos = ["NUM", "NOUN", "VERB", "CCONJ", "NUM", "NOUN", "VERB", "ADV", "NOUN", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT",
           "DET", "NOUN", "NOUN", "VERB", "PROPN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[10].head.i, doc[10].dep_) == (6, "advcl")
    assert (doc[9].head.i, doc[9].dep_, doc[7].head.i) == (10, "nsubj", 10)
    assert (doc[17].head.i, doc[17].dep_) == (18, "nsubj")


def test_a_zero_relatives_subject_read_as_a_later_speakers_is_the_clauses():
    # "The draft is different from the pact both sides signed in 1995, said Lund." misread with
    # "sides" the subject of "said" and "signed" its participle (titled "Sides were signed")
    words = ["The", "draft", "is", "different", "from", "the", "pact", "both", "sides", "signed", "in", "1995", ",", "said",
             "Lund", "."]
    heads = [1, 3, 3, 3, 6, 6, 3, 8, 13, 8, 11, 9, 13, 3, 13, 3]
    deps = ["det", "nsubj", "cop", "ROOT", "case", "det", "obl", "det", "nsubj", "acl", "case", "obl", "punct", "conj", "appos",
            "punct"]
    tags = ["DT", "NN", "VBZ", "JJ", "IN", "DT", "NN", "CC", "NNS", "VBN", "IN", "CD", ",", "VBD", "NNP", "."]
    pos = ["DET", "NOUN", "AUX", "ADJ", "ADP", "DET", "NOUN", "CCONJ", "NOUN", "VERB", "ADP", "NUM", "PUNCT", "VERB", "PROPN",
           "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[9].head.i, doc[9].dep_) == (6, "acl:relcl")
    assert (doc[8].head.i, doc[8].dep_) == (9, "nsubj")
    assert (doc[14].head.i, doc[14].dep_) == (13, "nsubj")


def test_a_noun_title_ends_before_a_noun_joined_by_but():
    # "... annexed the town after the 1990 war but the council still regards it ..." misread with
    # "council" a conjunct of "war" (titled "The 1990 war but the council")
    words = ["after", "the", "1990", "war", "but", "the", "council", "still", "regards", "it", "."]
    heads = [3, 3, 3, 8, 6, 6, 3, 8, 8, 8, 8]
    deps = ["case", "det", "nummod", "obl", "cc", "det", "conj", "advmod", "ROOT", "obj", "punct"]
    tags = ["IN", "DT", "CD", "NN", "CC", "DT", "NN", "RB", "VBZ", "PRP", "."]
    pos = ["ADP", "DET", "NUM", "NOUN", "CCONJ", "DET", "NOUN", "ADV", "VERB", "PRON", "PUNCT"]
    doc = _built(words, heads, deps, tags, pos)
    assert "council" not in clauses.noun_title(doc[3], skip={2})


def test_an_unknown_verb_with_the_noun_before_it_its_subject_is_a_word_of_the_compound():
    # "The ministry confirmed two human bird flu cases on Monday ." misread with "bird" the subject
    # of a verb "flu" and "cases" its object (titled "Two human bird will flu cases", planned)
    words = ["The", "ministry", "confirmed", "two", "human", "bird", "flu", "cases", "on", "Monday", "."]
    heads = [1, 2, 2, 5, 5, 6, 2, 6, 9, 6, 2]
    deps = ["det", "nsubj", "ROOT", "nummod", "amod", "nsubj", "ccomp", "obj", "case", "obl", "punct"]
    tags = ["DT", "NN", "VBD", "CD", "JJ", "NN", "VBP", "NNS", "IN", "NNP", "."]
    pos = ["DET", "NOUN", "VERB", "NUM", "ADJ", "NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[7].head.i, doc[7].dep_) == (2, "obj")
    assert (doc[6].pos_, doc[6].head.i, doc[5].head.i) == ("NOUN", 7, 6)



def test_what_a_speaker_adds_is_never_the_subject_of_the_gerund_adding_it():
    # ", the minister said, adding all states were ready" misread with "adding" the clausal subject
    # of "ready" and "all states" its object (titled "The minister said adding were ready")
    words = ["The", "minister", "said", ",", "adding", "all", "states", "were", "ready", "."]
    heads = [1, 2, 2, 2, 8, 6, 4, 8, 2, 2]
    deps = ["det", "nsubj", "ROOT", "punct", "csubj", "det", "obj", "cop", "ccomp", "punct"]
    tags = ["DT", "NN", "VBD", ",", "VBG", "DT", "NNS", "VBD", "JJ", "."]
    pos = ["DET", "NOUN", "VERB", "PUNCT", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[4].head.i, doc[4].dep_) == (2, "advcl")
    assert (doc[8].head.i, doc[8].dep_) == (4, "ccomp")
    assert (doc[6].head.i, doc[6].dep_) == (8, "nsubj")


def test_a_subjects_modifiers_hung_on_a_subordinator_are_the_subjects():
    # "declared an emergency after an H5-type bird flu was detected" misread with "an H5-type bird"
    # a phrase of "after" on "declared" and "flu" alone the subject of "detected" (titled "Flu was detected")
    words = ["They", "declared", "an", "emergency", "after", "a", "bird", "flu", "was", "detected", "."]
    heads = [1, 1, 3, 1, 6, 6, 1, 9, 9, 1, 1]
    deps = ["nsubj", "ROOT", "det", "obj", "case", "det", "obl", "nsubj:pass", "aux:pass", "conj", "punct"]
    tags = ["PRP", "VBD", "DT", "NN", "IN", "DT", "NN", "NN", "VBD", "VBN", "."]
    pos = ["PRON", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "NOUN", "AUX", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[6].head.i, doc[6].dep_) == (7, "compound")
    assert doc[5].head.i == 7
    assert (doc[4].head.i, doc[4].dep_) == (9, "mark")
    assert (doc[9].head.i, doc[9].dep_) == (1, "advcl")


@pytest.mark.parametrize("text, abbreviations", [
    ("Air Force spokesman Lt. Col. Juan Cruz told reporters that the jet crashed.", ["Lt.", "Col."]),
    ("The ministry lifted the No. 5 curfew order on Thursday.", ["No."]),
    ("Capt. Ana Ruiz of the Dept. of Fisheries inspected the boats.", ["Capt.", "Dept."]),
])
def test_an_abbreviation_a_sentence_never_ends_on_is_one_word_of_one_sentence(text, abbreviations):
    # never "Lt" and "." with a second sentence from "Col.": the parser read the split full stop as
    # a sentence's end ("The ministry lifted the No" and a sentence "5 curfew order on Thursday")
    doc = language.parse_one(text)
    assert all(a in [t.text for t in doc] for a in abbreviations), [t.text for t in doc]
    assert len(list(doc.sents)) == 1, [s.text for s in doc.sents]



def test_a_main_verb_after_a_relative_aside_before_the_root_noun_is_the_main_verb():
    # "Garcia, who voted on Sunday, acknowledged victory" misread as one noun phrase, "victory" its
    # root with "Garcia" and "acknowledged" its modifiers (titled "Acknowledged victory", no subject)
    words = ["Garcia", ",", "who", "voted", ",", "acknowledged", "victory", "."]
    heads = [6, 0, 3, 0, 0, 6, 6, 6]
    deps = ["amod", "punct", "nsubj", "acl:relcl", "punct", "amod", "ROOT", "punct"]
    tags = ["NNP", ",", "WP", "VBD", ",", "VBN", "NN", "."]
    pos = ["PROPN", "PUNCT", "PRON", "VERB", "PUNCT", "VERB", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[5].dep_, doc[5].head.i) == ("ROOT", 5)
    assert (doc[0].head.i, doc[0].dep_) == (5, "nsubj")
    assert (doc[6].head.i, doc[6].dep_) == (5, "obj")


def test_an_object_read_as_the_root_with_its_verb_inside_the_subject_is_the_verbs():
    # "The Assembly (Parliament) approved in May a plan" misread with "plan" the root, "Assembly" its
    # subject and "approved" a modifier of the bracketed name
    words = ["The", "Assembly", "(", "Parliament", ")", "approved", "in", "May", "a", "plan", "."]
    heads = [1, 9, 3, 1, 3, 3, 7, 5, 9, 9, 9]
    deps = ["det", "nsubj", "punct", "appos", "punct", "acl", "case", "obl", "det", "ROOT", "punct"]
    tags = ["DT", "NNP", "-LRB-", "NNP", "-RRB-", "VBD", "IN", "NNP", "DT", "NN", "."]
    pos = ["DET", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "ADP", "PROPN", "DET", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[5].dep_, doc[5].head.i) == ("ROOT", 5)
    assert (doc[1].head.i, doc[1].dep_) == (5, "nsubj")
    assert (doc[9].head.i, doc[9].dep_) == (5, "obj")


def test_a_past_after_when_between_two_nouns_is_the_clauses_verb():
    # "occurred when a bus lost control and crashed" misread with "lost" an adjective of "control"
    # and "bus" its compound (titled "A bus lost control crashed into a wall")
    words = ["It", "occurred", "when", "a", "bus", "lost", "control", "and", "crashed", "."]
    heads = [1, 1, 6, 6, 6, 6, 1, 8, 6, 1]
    deps = ["nsubj", "ROOT", "advmod", "det", "compound", "amod", "obl", "cc", "conj", "punct"]
    tags = ["PRP", "VBD", "WRB", "DT", "NN", "VBN", "NN", "CC", "VBD", "."]
    pos = ["PRON", "VERB", "ADV", "DET", "NOUN", "VERB", "NOUN", "CCONJ", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[5].head.i, doc[5].dep_) == (1, "advcl")
    assert (doc[4].head.i, doc[4].dep_) == (5, "nsubj")
    assert (doc[6].head.i, doc[6].dep_) == (5, "obj")
    assert (doc[8].head.i, doc[8].dep_) == (5, "conj")


@pytest.mark.parametrize("text, subject", [
    ("Toyota plans to build a new plant in Texas.", "Toyota"),
    ("The company plans to open a factory in Ohio next year.", "company"),
    ("Germany plans to hold elections in May.", "Germany"),
    ("Beijing plans to cut its steel output.", "Beijing"),
])
def test_a_plural_form_before_its_to_infinitive_in_a_sentence_without_a_verb_is_the_verb(text, subject):
    # "plans" read as a plural noun, the root of a sentence with no verb, "to build" its modifier
    doc = parse_one(text)
    plans = next(t for t in doc if t.lower_ == "plans")
    assert (plans.pos_, plans.dep_) == ("VERB", "ROOT"), [(t.text, t.tag_, t.dep_) for t in doc]
    assert next(t for t in doc if t.text == subject).dep_ == "nsubj"
    assert doc[plans.i + 2].head == plans and doc[plans.i + 2].dep_ == "xcomp"


def test_plans_with_an_owner_and_a_verb_of_their_own_stay_a_noun():
    doc = parse_one("The government's plans to cut taxes were shelved in May.")
    plans = next(t for t in doc if t.lower_ == "plans")
    assert plans.pos_ == "NOUN" and plans.dep_.startswith("nsubj"), [(t.text, t.tag_, t.dep_) for t in doc]


def test_a_bare_verb_joined_to_a_past_tense_joins_the_bare_verb_before_its_and():
    # "The minister said the reform may help cut costs and raise wages, the agency reported."
    # misread with "raise" joined to "said" (built by hand): "and" joins like forms
    words = ["The", "minister", "said", "the", "reform", "may", "help", "cut", "costs", "and", "raise", "wages", ",",
             "the", "agency", "reported", "."]
    heads = [1, 2, 2, 4, 6, 6, 2, 6, 7, 10, 2, 10, 15, 14, 15, 10, 2]
    deps = ["det", "nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "xcomp", "obj", "cc", "conj", "obj", "punct",
            "det", "nsubj", "ccomp", "punct"]
    tags = ["DT", "NN", "VBD", "DT", "NN", "MD", "VB", "VB", "NNS", "CC", "VB", "NNS", ",", "DT", "NN", "VBD", "."]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "AUX", "VERB", "VERB", "NOUN", "CCONJ", "VERB", "NOUN", "PUNCT",
           "DET", "NOUN", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[10].head.i, doc[10].dep_) == (7, "conj")
    # the source at the end is the whole sentence's, not the raising's
    assert (doc[15].head.i, doc[15].dep_) == (2, "parataxis")


def test_a_title_never_ends_on_a_relative_phrase_cut_before_its_verb():
    # "Police said they ordered churches to dig holes into which suspected bombs could be tossed"
    # misread with "bombs" a phrase of "ordered" and "tossed" a clause of "said" (built by hand):
    # never "They ordered churches to dig holes into which suspected bombs", a relative clause
    # without its verb
    from timeline import clauses

    words = ["Police", "said", "they", "ordered", "churches", "to", "dig", "holes", "into", "which", "suspected", "bombs",
             "could", "be", "tossed", "."]
    heads = [1, 1, 3, 1, 3, 6, 3, 6, 11, 11, 11, 3, 14, 14, 1, 1]
    deps = ["nsubj", "ROOT", "nsubj", "ccomp", "obj", "mark", "xcomp", "obj", "case", "det", "amod", "obl", "aux",
            "aux:pass", "ccomp", "punct"]
    tags = ["NNS", "VBD", "PRP", "VBD", "NNS", "TO", "VB", "NNS", "IN", "WDT", "VBN", "NNS", "MD", "VB", "VBN", "."]
    pos = ["NOUN", "VERB", "PRON", "VERB", "NOUN", "PART", "VERB", "NOUN", "ADP", "DET", "VERB", "NOUN", "AUX", "AUX",
           "VERB", "PUNCT"]
    doc = _built(words, heads, deps, tags, pos)
    title = clauses.title_of(clauses.read_clause(doc[3]), skip=set())
    assert title == "They ordered churches to dig holes", title


def test_a_time_that_ends_a_quotation_is_the_quotations():
    # '"The panel met as planned by the board on May 3," the council said.' misread with "3" on
    # "said" (built by hand): the date goes to the verb before it inside the quote
    words = ['"', "The", "panel", "met", "as", "planned", "by", "the", "board", "on", "May", "3", ",", '"', "the", "council",
             "said", "."]
    heads = [3, 2, 3, 3, 5, 3, 8, 8, 5, 11, 11, 16, 11, 11, 15, 16, 3, 3]
    deps = ["punct", "det", "nsubj", "ROOT", "mark", "advcl", "case", "det", "obl:agent", "case", "compound", "obl", "punct",
            "punct", "det", "nsubj", "parataxis", "punct"]
    tags = ["``", "DT", "NN", "VBD", "IN", "VBN", "IN", "DT", "NN", "IN", "NNP", "CD", ",", "''", "DT", "NN", "VBD", "."]
    pos = ["PUNCT", "DET", "NOUN", "VERB", "SCONJ", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "NUM", "PUNCT", "PUNCT",
           "DET", "NOUN", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert doc[11].head.i == 5, [(t.text, t.dep_, t.head.i) for t in doc]
    assert doc[12].head.i == 16 and doc[13].head.i == 16  # (the closing comma and mark stay the telling's)


def test_what_stands_between_a_participles_commas_is_the_participles():
    # "The union accused the firm of using rules, announced by Minister of Labour Ana Ruiz in Lima
    # on Monday, to cut pay." misread with "Ruiz", "in Lima" and "on Monday" on "accused" (built by
    # hand): the aside the commas close keeps them, the "of" phrase on the noun before it
    words = ["The", "union", "accused", "the", "firm", "of", "using", "rules", ",", "announced", "by", "Minister", "of",
             "Labour", "Ana", "Ruiz", "in", "Lima", "on", "Monday", ",", "to", "cut", "pay", "."]
    heads = [1, 2, 2, 4, 2, 6, 4, 6, 9, 7, 11, 9, 15, 15, 15, 2, 17, 2, 19, 2, 22, 22, 2, 22, 2]
    deps = ["det", "nsubj", "ROOT", "det", "obj", "mark", "acl", "obj", "punct", "acl", "case", "obl:agent", "case",
            "compound", "compound", "obl", "case", "obl", "case", "obl", "punct", "mark", "advcl", "obj", "punct"]
    tags = ["DT", "NN", "VBD", "DT", "NN", "IN", "VBG", "NNS", ",", "VBN", "IN", "NNP", "IN", "NNP", "NNP", "NNP", "IN",
            "NNP", "IN", "NNP", ",", "TO", "VB", "NN", "."]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "SCONJ", "VERB", "NOUN", "PUNCT", "VERB", "ADP", "PROPN", "ADP", "PROPN",
           "PROPN", "PROPN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT", "PART", "VERB", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[15].head.i, doc[15].dep_) == (11, "nmod"), [(t.text, t.dep_, t.head.i) for t in doc]
    assert doc[17].head.i == 9 and doc[19].head.i == 9
    assert doc[22].head.i == 2  # (what comes after the closing comma stays the sentence's)


def test_a_title_keeps_nothing_the_parse_hung_past_the_verb_above_its_clause():
    # "Details of the raid that emerged Monday showed troops dug tunnels as well as the element of
    # surprise." misread with "element" a phrase of "emerged" (built by hand): never "Details of
    # the raid emerged as well as the element of surprise"
    from timeline import clauses

    words = ["Details", "of", "the", "raid", "that", "emerged", "Monday", "showed", "troops", "dug", "tunnels", "as", "well",
             "as", "the", "element", "of", "surprise", "."]
    heads = [7, 3, 3, 0, 5, 0, 5, 7, 9, 7, 9, 15, 11, 11, 15, 5, 17, 15, 7]
    deps = ["nsubj", "case", "det", "nmod", "nsubj", "acl:relcl", "obl", "ROOT", "nsubj", "ccomp", "obj", "cc", "fixed",
            "fixed", "det", "obl", "case", "nmod", "punct"]
    tags = ["NNS", "IN", "DT", "NN", "WDT", "VBD", "NNP", "VBD", "NNS", "VBD", "NNS", "RB", "RB", "IN", "DT", "NN", "IN",
            "NN", "."]
    pos = ["NOUN", "ADP", "DET", "NOUN", "PRON", "VERB", "PROPN", "VERB", "NOUN", "VERB", "NOUN", "ADV", "ADV", "ADP", "DET",
           "NOUN", "ADP", "NOUN", "PUNCT"]
    doc = _built(words, heads, deps, tags, pos)
    title = clauses.title_of(clauses.read_clause(doc[5]), skip={6})
    assert title == "Details of the raid emerged", title


def test_an_opening_time_the_parse_made_a_sentence_of_its_own_opens_the_clause_after_it():
    # "Also on Monday, President Ana Maria de Souza appointed a new cabinet." misread as two
    # sentences, "Also on Monday, President Ana Maria" and "de Souza appointed a new cabinet"
    # (built by hand): the day is the appointing's, the name's first words the subject's
    words = ["Also", "on", "Monday", ",", "President", "Ana", "Maria", "de", "Souza", "appointed", "a", "new", "cabinet", "."]
    heads = [2, 2, 2, 2, 5, 2, 5, 8, 9, 9, 12, 12, 9, 9]
    deps = ["advmod", "case", "ROOT", "punct", "compound", "appos", "flat", "compound", "nsubj", "ROOT", "det", "amod", "obj",
            "punct"]
    tags = ["RB", "IN", "NNP", ",", "NNP", "NNP", "NNP", "NNP", "NNP", "VBD", "DT", "JJ", "NN", "."]
    pos = ["ADV", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "DET", "ADJ", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[2].head.i, doc[2].dep_) == (9, "obl"), [(t.text, t.dep_, t.head.i) for t in doc]
    assert doc[5].head.i == 8
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize("text, verb, name", [
    ("An asset freeze on former Moldovan finance minister and ex-militia leader Dorin Tabac has been lifted, the court said on Friday.",
     "lifted", "Dorin Tabac"),
    ("A gag order on former Bolivian defence minister and one-time rebel chief Ramon Quispe has been extended, the judges said.",
     "extended", "Ramon Quispe"),

])
def test_a_name_after_the_subjects_description_is_no_second_subject(text, verb, name):
    # the surname read as a second subject of the verb, cut from the name before it
    doc = language.parse_one(text)
    predicate = next(t for t in doc if t.text == verb)
    assert len([c for c in predicate.children if c.dep_.startswith("nsubj")]) == 1, [(t.text, t.dep_, t.head.i) for t in doc]
    first, last = name.split()
    surname = next(t for t in doc if t.text == last)
    assert surname.head.text == first and surname.dep_ == "flat", [(t.text, t.dep_, t.head.i) for t in doc]


def test_a_one_word_name_after_a_noun_is_not_made_its_apposition():
    # a guard: "Socialism" (a second subject of the parse) is no person a description names
    doc = language.parse_one("The founding father of Tanzania and follower of African-style Socialism was elected president one year later.")
    socialism = next(t for t in doc if t.text == "Socialism")
    assert not (socialism.dep_ == "appos" and socialism.head.text == "style"), [(t.text, t.dep_, t.head.i) for t in doc]


@pytest.mark.parametrize("text, verb", [
    ("Since his party lost its majority in elections last month, Tony Marsh has been under pressure.", "pressure"),
    ("Since his Labour party lost its majority in elections last month, Tony Marsh has faced pressure.", "faced"),
])
def test_a_first_name_read_as_the_root_is_its_subjects_first_word(text, verb):
    # "Tony" read as the root, "Marsh" the subject of a clause hung on it
    doc = language.parse_one(text)
    first, last = next(t for t in doc if t.text == "Tony"), next(t for t in doc if t.text == "Marsh")
    assert next(t for t in doc if t.text == verb).dep_ == "ROOT", [(t.text, t.dep_, t.head.i) for t in doc]
    assert first.dep_ == "nsubj" and first.head.text == verb and last.head == first, [(t.text, t.dep_, t.head.i) for t in doc]


def test_a_title_and_its_of_phrase_read_as_a_second_subject_are_the_names():
    # "US Secretary of Energy Maria Evans was briefed": "Secretary" and "Evans" both subjects of
    # the verb, "of Energy" read inside the name (the misreading the model makes of some names)
    words = ["US", "Secretary", "of", "Energy", "Maria", "Evans", "was", "briefed", "."]
    heads = [1, 7, 4, 4, 5, 7, 7, 7, 7]
    deps = ["compound", "nsubj:pass", "case", "compound", "compound", "nsubj:pass", "aux:pass", "ROOT", "punct"]
    tags = ["NNP", "NNP", "IN", "NNP", "NNP", "NNP", "VBD", "VBN", "."]
    pos = ["PROPN", "PROPN", "ADP", "PROPN", "PROPN", "PROPN", "AUX", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert [t.text for t in doc[7].children if t.dep_.startswith("nsubj")] == ["Evans"], [(t.text, t.dep_, t.head.i) for t in doc]
    assert doc[1].head.text == "Evans" and doc[3].head.text == "Secretary" and doc[2].head.text == "Energy", [
        (t.text, t.dep_, t.head.i) for t in doc]


def test_a_full_name_after_a_titles_of_phrase_is_no_second_subject():
    # "Mexico's Secretary of Finance Luis Videgaray": "Luis" read as a second subject
    words = ["Peru", "'s", "Minister", "of", "Health", "Ana", "Quispe", "was", "received", "."]
    heads = [2, 0, 8, 4, 2, 8, 5, 8, 8, 8]
    deps = ["nmod:poss", "case", "nsubj:pass", "case", "nmod", "nsubj:pass", "flat", "aux:pass", "ROOT", "punct"]
    tags = ["NNP", "POS", "NNP", "IN", "NNP", "NNP", "NNP", "VBD", "VBN", "."]
    pos = ["PROPN", "PART", "PROPN", "ADP", "PROPN", "PROPN", "PROPN", "AUX", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert [t.text for t in doc[8].children if t.dep_.startswith("nsubj")] == ["Minister"], [(t.text, t.dep_, t.head.i) for t in doc]
    assert doc[5].head.text == "Minister" and doc[6].head.text == "Ana", [(t.text, t.dep_, t.head.i) for t in doc]


def test_an_infinitive_after_a_verbs_setting_is_the_verbs_complement():
    # "decided at a summit in Riga to invite Serbia": "to invite" read as a modifier of "summit"
    words = ["The", "leaders", "decided", "at", "a", "summit", "in", "Oslo", "to", "admit", "Chile", "."]
    heads = [1, 2, 2, 5, 5, 2, 7, 5, 9, 5, 9, 2]
    deps = ["det", "nsubj", "ROOT", "case", "det", "obl", "case", "nmod", "mark", "acl", "obj", "punct"]
    tags = ["DT", "NNS", "VBD", "IN", "DT", "NN", "IN", "NNP", "TO", "VB", "NNP", "."]
    pos = ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PART", "VERB", "PROPN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[9].dep_, doc[9].head.text) == ("xcomp", "decided"), [(t.text, t.dep_, t.head.i) for t in doc]


def test_an_infinitive_on_a_noun_that_takes_one_stays_the_nouns():
    # a guard: "agreed on a plan to cut emissions": the plan's infinitive ("on" sets no scene)
    words = ["The", "council", "agreed", "on", "a", "plan", "to", "cut", "emissions", "."]
    heads = [1, 2, 2, 5, 5, 2, 7, 5, 7, 2]
    deps = ["det", "nsubj", "ROOT", "case", "det", "obl", "mark", "acl", "obj", "punct"]
    tags = ["DT", "NN", "VBD", "IN", "DT", "NN", "TO", "VB", "NNS", "."]
    pos = ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "PART", "VERB", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[7].dep_, doc[7].head.text) == ("acl", "plan"), [(t.text, t.dep_, t.head.i) for t in doc]


def test_which_after_a_preposition_read_as_a_determiner_opens_a_relative_clause():
    # "the process in which UN chief Kofi Annan has taken an interest": "which" read as a
    # determiner of the name, the clause's verb a verb of the main clause
    words = ["They", "joined", "the", "talks", "in", "which", "envoy", "Lopez", "has", "played", "a", "role", "."]
    heads = [1, 1, 3, 1, 7, 7, 7, 3, 9, 1, 11, 9, 1]
    deps = ["nsubj", "ROOT", "det", "obj", "case", "det", "compound", "nmod", "aux", "conj", "det", "obj", "punct"]
    tags = ["PRP", "VBD", "DT", "NNS", "IN", "WDT", "NN", "NNP", "VBZ", "VBN", "DT", "NN", "."]
    pos = ["PRON", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "PROPN", "AUX", "VERB", "DET", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[9].dep_, doc[9].head.text) == ("acl:relcl", "talks"), [(t.text, t.dep_, t.head.i) for t in doc]
    assert (doc[7].dep_, doc[7].head.text) == ("nsubj", "played") and doc[5].head.text == "played", [
        (t.text, t.dep_, t.head.i) for t in doc]


def test_a_relative_clauses_object_read_as_the_next_verbs_subject_is_its_object():
    # "He hoped the countries who had withheld support would return": "support" read as the
    # subject of "return", "the countries" the object of "hoped"
    words = ["She", "hoped", "the", "clubs", "who", "had", "left", "the", "league", "would", "rejoin", "."]
    heads = [1, 1, 3, 1, 6, 6, 3, 8, 10, 10, 1, 1]
    deps = ["nsubj", "ROOT", "det", "obj", "nsubj", "aux", "acl:relcl", "det", "nsubj", "aux", "conj", "punct"]
    tags = ["PRP", "VBD", "DT", "NNS", "WP", "VBD", "VBN", "DT", "NN", "MD", "VB", "."]
    pos = ["PRON", "VERB", "DET", "NOUN", "PRON", "AUX", "VERB", "DET", "NOUN", "AUX", "VERB", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[8].dep_, doc[8].head.text) == ("obj", "left"), [(t.text, t.dep_, t.head.i) for t in doc]
    assert (doc[3].dep_, doc[3].head.text) == ("nsubj", "rejoin") and doc[10].head.text == "hoped", [
        (t.text, t.dep_, t.head.i) for t in doc]


def test_a_compass_point_above_the_verb_it_measures_from_gives_the_verb_its_place():
    # "The rain mixed with ash ..., located some 350 kilometers southeast of Manila, officials said"
    # parsed with "southeast" the told clause's head and the verb deep under it: the repair once
    # hung the point on that verb, a cycle, and looped for ever
    words = ["The", "rain", "mixed", "with", "ash", ",", "located", "some", "350", "kilometers", "southeast", "of", "Manila",
             ",", "officials", "said", "."]
    heads = [1, 10, 1, 4, 2, 6, 2, 9, 9, 6, 15, 12, 10, 10, 15, 15, 15]
    deps = ["det", "nsubj", "acl", "case", "obl", "punct", "conj", "det", "nummod", "obj", "ccomp", "case", "nmod", "punct",
            "nsubj", "ROOT", "punct"]
    tags = ["DT", "NN", "VBN", "IN", "NN", ",", "VBN", "DT", "CD", "NNS", "RB", "IN", "NNP", ",", "NNS", "VBD", "."]
    pos = ["DET", "NOUN", "VERB", "ADP", "NOUN", ",", "VERB", "DET", "NUM", "NOUN", "ADV", "ADP", "PROPN", "PUNCT", "NOUN",
           "VERB", "PUNCT"]
    pos = [p if p != "," else "PUNCT" for p in pos]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[10].head.text, doc[2].dep_, doc[2].head.text) == ("located", "ccomp", "said"), [(t.text, t.dep_, t.head.i) for t in doc]
    assert doc[1].head.text == "mixed" and doc[12].head.text == "southeast", [(t.text, t.dep_, t.head.i) for t in doc]


@pytest.mark.parametrize("text, words", [
    ("They took the rebel- held town.", ["rebel", "-", "held"]),
    ("The agency asked Iran to re- open talks.", ["re- open"]),
])
def test_a_word_broken_at_its_hyphen_with_a_space_is_tokenized_as_written_whole(text, words):
    # a line's end left in the text ("rebel- held"): the tokens of "rebel-held" (a prefix's word
    # one token, "re-open", read by its form without the space)
    doc = language.parse_one(text)
    found = [t.text for t in doc]
    start = next(k for k, t in enumerate(found) if t.startswith(words[0]))
    assert found[start : start + len(words)] == words, found
    if len(words) == 1:
        assert doc[start].norm_ == words[0].replace(" ", ""), doc[start].norm_


def test_a_plural_read_as_a_present_after_a_name_that_modifies_it_is_the_object():
    # "promised to exempt US cows aged 20 months": "US" read as the object, "cows" a verb
    words = ["Japan", "agreed", "to", "exempt", "US", "cows", "aged", "20", "months", "."]
    heads = [1, 1, 3, 1, 3, 6, 3, 8, 6, 1]
    deps = ["nsubj", "ROOT", "mark", "xcomp", "obj", "advmod", "xcomp", "nummod", "obj", "punct"]
    tags = ["NNP", "VBD", "TO", "VB", "NNP", "VBZ", "JJ", "CD", "NNS", "."]
    pos = ["PROPN", "VERB", "PART", "VERB", "PROPN", "VERB", "ADJ", "NUM", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[5].tag_, doc[5].dep_, doc[5].head.text) == ("NNS", "obj", "exempt"), _listed(doc)
    assert doc[4].head.text == "cows", [(t.text, t.dep_, t.head.i) for t in doc]


@pytest.mark.parametrize("text, word", [
    ("Prices rose in the mid- to late 1990s.", "mid-"),
    ("Both pre- and post-war buildings were damaged.", "pre-"),
    ("I think the thr- three players left early.", "thr-"),
])
def test_a_hyphen_left_hanging_on_purpose_or_a_word_cut_off_stays_as_written(text, word):
    # a guard: a suspended hyphen before "and" or "to", or a word cut off in speech (GUM's
    # transcripts), is no word broken at a line's end
    assert word in [t.text for t in language.parse_one(text)], [t.text for t in language.parse_one(text)]


@pytest.mark.parametrize("text, noun, verb", [
    ("Clashes on Saturday killed 20 people.", "Clashes", "killed"),
    ("Fighting on Saturday and Sunday killed 20 people.", "Fighting", "killed"),
])
def test_an_opening_noun_read_as_the_root_verb_is_the_subject_of_the_verb_after_its_phrase(text, noun, verb):
    doc = language.parse_one(text)
    first = doc[0]
    assert (first.text, first.pos_, first.dep_, first.head.text) == (noun, "NOUN", "nsubj", verb), [(t.text, t.pos_, t.dep_, t.head.i) for t in doc]
    assert first.head.dep_ == "ROOT"


def test_an_opening_participle_set_off_by_a_comma_stays_the_main_clauses():
    # a guard: "Speaking on Saturday, the minister denied ..." has its own subject after the comma
    doc = language.parse_one("Speaking on Saturday, the minister denied the claim.")
    assert doc[0].pos_ == "VERB" and next(t for t in doc if t.text == "denied").dep_ == "ROOT", [(t.text, t.pos_, t.dep_, t.head.i) for t in doc]


@pytest.mark.parametrize("text, source, told", [
    ("The mayor opened a new bridge over the river, linking the two halves of the city, local radio reported on Tuesday.",
     "radio", "opened"),
    ("Rebels seized two towns in the east, forcing thousands to flee, state television reported on Friday.", "television", "seized"),
    ("Nestle will build a factory in Vietnam, employing 300 people, Swiss Radio International reported on Monday.",
     "International", "build"),
])
def test_a_source_closing_the_sentence_with_its_own_day_reports_the_main_clause(text, source, told):
    # the source read as a phrase of the participle's object ("people"), "reported" its participle,
    # because the report's day follows the verb
    doc = language.parse_one(text)
    said = next(t for t in doc if t.text == "reported")
    assert (said.dep_, said.head.text) == ("parataxis", told), [(t.text, t.dep_, t.head.i) for t in doc]
    assert next(t for t in doc if t.text == source).head == said, [(t.text, t.dep_, t.head.i) for t in doc]


def test_a_name_read_as_a_second_outer_subject_after_its_description_is_described_by_it():
    # "Danish shipping group Maersk is to open a depot" as the model may read it (built by hand):
    # "group" and "Maersk" both outer subjects of "open" ("is to" read as a copula), so that a title
    # keeps the whole phrase
    words = ["Danish", "shipping", "group", "Maersk", "is", "to", "open", "a", "depot", "."]
    heads = [2, 2, 6, 6, 6, 6, 6, 8, 6, 6]
    deps = ["amod", "amod", "nsubj:outer", "nsubj:outer", "cop", "mark", "ROOT", "det", "obj", "punct"]
    tags = ["JJ", "JJ", "NN", "NNP", "VBZ", "TO", "VB", "DT", "NN", "."]
    pos = ["ADJ", "ADJ", "NOUN", "PROPN", "AUX", "PART", "VERB", "DET", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[2].dep_, doc[2].head.text, doc[3].dep_) == ("compound", "Maersk", "nsubj:outer"), [(t.text, t.dep_, t.head.i) for t in doc]


def test_a_title_cut_never_ends_on_a_hyphened_measure_whose_noun_it_left_out():
    from timeline import clauses

    # "... will build a 300 million-[U.S.-dollar] plant": a hyphened word whose last part is a
    # common word is no name's, whatever its tag, and a hyphen never ends a title
    words = ["Voestalpine", "will", "build", "a", "300", "million", "-", "U.S.-dollar", "plant", "."]
    heads = [2, 2, 2, 8, 5, 7, 5, 8, 2, 2]
    deps = ["nsubj", "aux", "ROOT", "det", "nummod", "nummod", "punct", "compound", "obj", "punct"]
    tags = ["NNP", "MD", "VB", "DT", "CD", "CD", "HYPH", "NNP", "NN", "."]
    pos = ["PROPN", "AUX", "VERB", "DET", "NUM", "NUM", "PUNCT", "PROPN", "NOUN", "PUNCT"]
    doc = _built(words, heads, deps, tags, pos, spaces=[True, True, True, True, True, False, False, True, False, False])
    assert [t.text for t in clauses._without_headless_end(list(doc[1:8]), keep=2)] == ["will", "build"]
    # (a guard: a hyphened name keeps its place: "cheered Al-Jazeera [reporters]" is left to the name rules)
    words = ["Voters", "cheered", "Al-Jazeera", "reporters", "."]
    doc = _built(words, [1, 1, 3, 1, 1], ["nsubj", "ROOT", "compound", "obj", "punct"],
                 ["NNS", "VBD", "NNP", "NNS", "."], ["NOUN", "VERB", "PROPN", "NOUN", "PUNCT"])
    assert [t.text for t in clauses._without_headless_end(list(doc[1:3]), keep=1)] == ["cheered", "Al-Jazeera"]


@pytest.mark.parametrize("text, noun, verb", [
    ("The boy was rushed to hospital on Friday.", "hospital", "rushed"),
    ("The union took the company to court on Monday.", "court", "took"),
    ("The minister went to court on Tuesday to block the plan.", "court", "went"),
])
def test_a_noun_after_to_read_as_an_infinitive_is_the_noun_of_the_verbs_to_phrase(text, noun, verb):
    # "hospital", "court", "victory" tagged as verbs after "to" (the titles lose "to court")
    doc = language.parse_one(text)
    word = next(t for t in doc if t.text == noun)
    assert (word.pos_, word.dep_, word.head.text, doc[word.i - 1].dep_) == ("NOUN", "obl", verb, "case"), [
        (t.text, t.tag_, t.dep_, t.head.i) for t in doc]


@pytest.mark.parametrize("text, word", [
    ("She wants to work in Paris.", "work"),  # (a form the treebanks use as a verb as often)
    ("They are going to party all night.", "party"),  # (the future's "be going to")
    ("The envoy is expected to land in Paris today.", "land"),  # (a verb that takes an infinitive)
])
def test_an_infinitive_after_to_stays_a_verb(text, word):
    doc = language.parse_one(text)
    assert next(t for t in doc if t.text == word).pos_ == "VERB", _listed(doc)


def test_a_name_in_parentheses_read_as_a_second_subject_restates_the_subject():
    # "The Federal Chamber (Senate) of Ruritania passed in June a budget" as the model may read it
    # (built by hand): "Senate" a subject of its own, "passed" a participle of it
    words = ["The", "Federal", "Chamber", "(", "Senate", ")", "of", "Ruritania", "passed", "in", "June", "a", "budget", "."]
    heads = [2, 2, 12, 4, 12, 4, 7, 4, 4, 10, 8, 12, 12, 12]
    deps = ["det", "amod", "nsubj", "punct", "nsubj", "punct", "case", "nmod", "acl", "case", "obl", "det", "ROOT", "punct"]
    tags = ["DT", "NNP", "NNP", "-LRB-", "NNP", "-RRB-", "IN", "NNP", "VBD", "IN", "NNP", "DT", "NN", "."]
    pos = ["DET", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "ADP", "PROPN", "VERB", "ADP", "PROPN", "DET", "NOUN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[4].dep_, doc[4].head.text) == ("appos", "Chamber"), [(t.text, t.dep_, t.head.i) for t in doc]
    assert (doc[8].dep_, doc[2].head.text, doc[12].dep_) == ("ROOT", "passed", "obj"), [(t.text, t.dep_, t.head.i) for t in doc]



@pytest.mark.parametrize("text", [
    "The assembly settled on a new commission with majority vote on Monday.",
    "Everybody will be waiting for the confidence vote on Friday.",
])
def test_a_noun_read_as_a_bare_verb_after_its_compound_is_a_noun(text):
    # "vote" read as a verb whose subject is "majority" ("confidence") and whose marker is the
    # preposition: a singular noun with a bare form after it is no clause
    doc = language.parse_one(text)
    vote = next(t for t in doc if t.text == "vote")
    assert (vote.pos_, doc[vote.i - 1].dep_) == ("NOUN", "compound"), _listed(doc)


def test_a_bare_form_after_a_subordinator_stays_a_verb():
    # a guard: "before the existing list expire" (the writer's slip for "expires") is a clause
    doc = language.parse_one("Time is running out before the existing list expire at the end of the year.")
    assert next(t for t in doc if t.text == "expire").pos_ == "VERB", _listed(doc)


def test_what_a_subject_came_after_is_no_word_of_its_title():
    from timeline import clauses

    # "a cabinet ruling issued in May following fresh protests" as the model may read it (built by
    # hand): "following fresh protests" a phrase of "ruling", never titled "A cabinet ruling
    # following fresh protests was issued"
    words = ["A", "cabinet", "ruling", "issued", "in", "May", "following", "fresh", "protests", "."]
    heads = [2, 2, 2, 2, 5, 3, 8, 8, 2, 2]
    deps = ["det", "compound", "ROOT", "acl", "case", "obl", "case", "amod", "nmod", "punct"]
    tags = ["DT", "NN", "NN", "VBN", "IN", "NNP", "VBG", "JJ", "NNS", "."]
    pos = ["DET", "NOUN", "NOUN", "VERB", "ADP", "PROPN", "VERB", "ADJ", "NOUN", "PUNCT"]
    doc = _built(words, heads, deps, tags, pos)
    assert [t.text for t in clauses.subject_phrase(doc[2], skip={3, 4, 5})] == ["A", "cabinet", "ruling"]
    # (a guard: a phrase of what the subject is, "a decision on taxes", stays)
    words = ["A", "decision", "on", "taxes", "."]
    doc = _built(words, [1, 1, 3, 1, 1], ["det", "ROOT", "case", "nmod", "punct"], ["DT", "NN", "IN", "NNS", "."],
                 ["DET", "NOUN", "ADP", "NOUN", "PUNCT"])
    assert [t.text for t in clauses.subject_phrase(doc[1], skip=set())] == ["A", "decision", "on", "taxes"]


def test_a_closing_source_hung_on_the_last_clause_reports_the_main_clause():
    # "Two guards were shot and four others hurt when gunmen struck, the radio reported Friday." as
    # the model may read it (built by hand): "reported" a clause of "hurt", so that the report's day
    # dated the hurting alone ("Four others were hurt")
    words = ["Two", "guards", "were", "shot", "and", "four", "others", "hurt", "when", "gunmen", "struck", ",",
             "the", "radio", "reported", "Friday", "."]
    heads = [1, 3, 3, 3, 7, 6, 7, 3, 10, 10, 7, 14, 13, 14, 7, 14, 3]
    deps = ["nummod", "nsubj:pass", "aux:pass", "ROOT", "cc", "nummod", "nsubj", "conj", "advmod", "nsubj", "advcl", "punct",
            "det", "nsubj", "advcl", "obl:unmarked", "punct"]
    tags = ["CD", "NNS", "VBD", "VBN", "CC", "CD", "NNS", "VBD", "WRB", "NN", "VBD", ",", "DT", "NN", "VBD", "NNP", "."]
    pos = ["NUM", "NOUN", "AUX", "VERB", "CCONJ", "NUM", "NOUN", "VERB", "ADV", "NOUN", "VERB", "PUNCT", "DET", "NOUN", "VERB",
           "PROPN", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[14].dep_, doc[14].head.text) == ("parataxis", "shot"), [(t.text, t.dep_, t.head.i) for t in doc]


def test_a_date_on_what_a_happening_came_before_is_not_the_happenings():
    from timeline import events

    # "the last session of the delegates before the annual summit on Nov. 15" (built by hand): the
    # day is the summit's, never the last session's, whose "of" phrase sits between them
    words = ["the", "last", "session", "of", "delegates", "before", "the", "annual", "summit", "on", "Nov.", "15", "."]
    heads = [2, 2, 2, 4, 2, 8, 8, 8, 2, 10, 8, 10, 2]
    deps = ["det", "amod", "ROOT", "case", "nmod", "case", "det", "amod", "nmod", "case", "nmod", "nummod", "punct"]
    tags = ["DT", "JJ", "NN", "IN", "NNS", "IN", "DT", "JJ", "NN", "IN", "NNP", "CD", "."]
    pos = ["DET", "ADJ", "NOUN", "ADP", "NOUN", "ADP", "DET", "ADJ", "NOUN", "ADP", "PROPN", "NUM", "PUNCT"]
    doc = _built(words, heads, deps, tags, pos)
    assert events._happening_of_which(doc[8]) == doc[8]
    # (a guard: "the release of the hostages on Sunday" is the release's Sunday)
    words = ["the", "release", "of", "the", "hostages", "on", "Sunday", "."]
    doc = _built(words, [1, 1, 4, 4, 1, 6, 4, 1], ["det", "ROOT", "case", "det", "nmod", "case", "nmod", "punct"],
                 ["DT", "NN", "IN", "DT", "NNS", "IN", "NNP", "."], ["DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"])
    assert events._happening_of_which(doc[4]) == doc[1]


def test_a_modifier_read_as_a_verb_that_is_its_own_subject_modifies_the_subject():
    # "The accord covers a region that separatist forces captured in 1991." as the model may read it
    # (built by hand): "separatist" a present tense, the subject of "captured", with "that" its own
    # subject and "forces" its object ("Separatist captured ..." titled)
    words = ["The", "accord", "covers", "a", "region", "that", "separatist", "forces", "captured", "in", "1991", "."]
    heads = [1, 2, 2, 4, 2, 6, 8, 6, 2, 10, 8, 2]
    deps = ["det", "nsubj", "ROOT", "det", "obj", "nsubj", "nsubj", "obj", "conj", "case", "obl", "punct"]
    tags = ["DT", "NN", "VBZ", "DT", "NN", "WDT", "VBP", "NNS", "VBD", "IN", "CD", "."]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "PRON", "VERB", "NOUN", "VERB", "ADP", "NUM", "PUNCT"]
    doc = _repaired(words, heads, deps, tags, pos)
    assert (doc[6].dep_, doc[6].head.text) == ("amod", "forces"), [(t.text, t.dep_, t.head.i) for t in doc]
    assert (doc[7].dep_, doc[8].dep_, doc[8].head.text, doc[5].dep_) == ("nsubj", "acl:relcl", "region", "obj"), [
        (t.text, t.dep_, t.head.i) for t in doc]


@pytest.mark.parametrize("text, verb, noun", [
    ("Police clashed with fans after Sunday's match in which three people were hurt.", "hurt", "match"),
    ("Staff walked out after the meeting, during which the manager was booed.", "booed", "meeting"),
])
def test_a_clause_opened_by_a_preposition_and_which_is_its_nouns_relative_clause(text, verb, noun):
    # the model may read "in which three people were hurt" as an adverbial clause of "clashed":
    # no clause of a sentence opens with "in which", whatever noun comes before it
    doc = language.parse_one(text)
    word = next(t for t in doc if t.text == verb)
    assert (word.dep_, word.head.text) == ("acl:relcl", noun), _listed(doc)


def test_in_which_case_opens_a_clause_of_the_sentence():
    # a guard: "in which case" is a clause's own opening, not a relative clause of the noun before it
    doc = language.parse_one("They may call an early election, in which case the party will lose seats.")
    lose = next(t for t in doc if t.text == "lose")
    assert lose.head.text != "election", _listed(doc)


def test_a_preposition_read_as_a_phrase_of_its_own_is_the_case_of_the_phrase_after_it():
    # "at" read as an oblique of "left" beside "9": a preposition with no words heads no phrase
    doc = language.parse_one("President Lee left at around 9 a.m. local time for Tokyo and was expected to meet officials.")
    at = next(t for t in doc if t.text == "at")
    assert (at.dep_, at.head.text) == ("case", "9"), _listed(doc)


def test_a_preposition_left_standing_stays_its_verbs():
    # a guard: "looked into by a panel" is no phrase "into ... a panel"
    doc = language.parse_one("Ethiopia's parliament ruled that the riots should be looked into by an independent panel.")
    into = next(t for t in doc if t.text == "into")
    assert into.head.text != "panel", _listed(doc)


def test_a_clause_opened_by_where_after_a_place_and_its_comma_is_the_places_relative_clause():
    # the model may read ", where a bomb killed three soldiers" as an adverbial clause of "sent"
    doc = language.parse_one("Troops were sent to Kabul, where a bomb killed three soldiers on Monday.")
    killed = next(t for t in doc if t.text == "killed")
    assert (killed.dep_, killed.head.text) == ("acl:relcl", "Kabul"), _listed(doc)


@pytest.mark.parametrize("text, gerund", [
    ("The minister ruled out raising taxes in May.", "raising"),
])
def test_a_gerund_right_after_a_particle_is_what_the_phrasal_verb_takes(text, gerund):
    # the model may read "raising" as an adverbial clause of "ruled": never "The minister raising
    # taxes" told apart from what was ruled out
    doc = language.parse_one(text)
    word = next(t for t in doc if t.text == gerund)
    assert word.dep_ == "xcomp", _listed(doc)
