"""The language backbone: tokens, sentences, tags, lemmas and a dependency parse from a trained model.

The model is a spaCy pipeline trained by `make model` (training/) on UD English EWT and GUM, and
shipped inside the package (MODEL_DIR), so nothing is downloaded at run time. It is loaded once per
process (`load_model`) and run in batches (`parse`).

What a caller can rely on:
- `doc.text` is the article text exactly, so `token.idx` and `span.start_char` are offsets into
  the original article (no normalisation that shifts characters).
- A blank line (paragraph break) always ends a sentence and is never a sentence of its own: the
  whitespace token belongs to the sentence before it (`timeline_paragraph_breaks`); closing
  punctuation never starts a sentence.
- A news main clause the model read as a noun phrase ("Two trains collided on Monday" as "trains
  [that were] collided") is repaired after the parser (`timeline_main_verb`).
- Labels are Universal Dependencies v2 as in the treebanks: `nsubj`, `nsubj:pass`, `aux:pass`,
  `obj`, `obl`, `obl:unmarked` (a bare "Tuesday"), `advmod` for "not" (lemma "not", Polarity=Neg),
  `ccomp`/`parataxis` for reported speech; the root's label is `ROOT`. `token.tag_` is the PTB tag,
  `token.pos_` the UPOS, `token.morph` the UD features (Tense, VerbForm, Voice, Polarity...).
- Lemmas of closed-class words (be, have, do, modals, not, personal pronouns) follow the table
  timeline/data/language/lemmas.yaml whatever the trained lemmatizer says, past forms of irregular
  verbs follow irregular_verbs.yaml, and a verb's lemma is lowercase.
"""

from __future__ import annotations

import gc
import re
import threading
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline.tables import read_table
from timeline.temporal import lexicon as temporal_lexicon

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

MODEL_DIR = Path(str(resources.files("timeline"))) / "data" / "model" / "en_timeline"
LEMMAS_FILE = "lemmas.yaml"
VERB_LEMMAS_FILE = "verb_lemmas.yaml"
INTRANSITIVE_VERBS_FILE = "intransitive_verbs.yaml"
INFINITIVE_VERBS_FILE = "infinitive_verbs.yaml"
ING_NOUNS_FILE = "ing_nouns.yaml"
NOUN_FORMS_FILE = "noun_forms.yaml"
HYPHEN_PREFIXES_FILE = "hyphen_prefixes.yaml"
PAST_TENSES_FILE = "past_tenses.yaml"
IRREGULAR_PASTS_FILE = "irregular_pasts.yaml"
IRREGULAR_VERBS_FILE = "irregular_verbs.yaml"
CLAUSE_MARKERS_FILE = "clause_markers.yaml"

# A text longer than this is parsed in pieces cut at whitespace (spaCy's parser needs memory in
# proportion to the text); the pieces are joined back into one Doc with the text unchanged.
CHUNK_CHARS = 100_000
DEFAULT_BATCH_SIZE = 64

PARAGRAPH_BREAKS_COMPONENT = "timeline_paragraph_breaks"
HYPHEN_PREFIXES_COMPONENT = "timeline_hyphen_prefixes"
MAIN_VERB_COMPONENT = "timeline_main_verb"
RELATIVE_ASIDES_COMPONENT = "timeline_relative_asides"
# The model's own components, in their order, that a sentence parsed again runs through.
_PARSING_PIPES = ("tok2vec", "tagger", "morphologizer", "parser")
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
# Subordinators that are prepositions too ("after the vote"): after one, a noun and a participle may
# be a noun and its reduced relative ("after the measures introduced in 2019").
_PREPOSITIONAL_SUBORDINATORS = frozenset({"after", "before", "since", "until", "till"})
LEMMA_EXCEPTIONS_COMPONENT = "timeline_lemma_exceptions"

# A verb form whose last consonant the spelling doubled before -ed or -ing ("gutted", "planning").
_DOUBLED_CONSONANT = re.compile(r"(.*[aeiou])([bdgmnprt])\2(?:ed|ing)")

# Punctuation that closes or continues a sentence: a sentence never starts with it.
_NEVER_STARTS_SENTENCE = re.compile(r"[.,;:!?…%)\]}]+")

_MODEL_FILES = ("config.cfg", "meta.json", "tokenizer", "vocab")
# Capitals then digits: the first part of a model's designation ("B737" of "B737-200").
_MODEL_DESIGNATION = re.compile(r"[A-Z]{1,3}\d{2,4}")
# The words after a hyphen left hanging on purpose ("pre- and post-war", "mid- to late 1990s"):
# a closed class.
_AFTER_A_SUSPENDED_HYPHEN = frozenset({"and", "or", "nor", "to", "but", "versus", "vs", "through", "as"})


class ModelError(Exception):
    """The language model folder is missing or unreadable."""


# A finite past tense's features, for a word a repair makes the verb it is.
_PAST_TENSE = "Mood=Ind|Tense=Past|VerbForm=Fin"
_PAST_PARTICIPLE = "Tense=Past|VerbForm=Part"


def _made_a_past_tense(word: "Token") -> None:
    """The word is told as a finite past tense (its tag and features; its lemma is the lemmatizer's)."""
    word.tag_ = "VBD"
    word.set_morph(_PAST_TENSE)


def _made_a_past_participle(word: "Token") -> None:
    """The word is told as a past participle (its tag and features), the form a repair makes of a
    past tense or an adjective it reads as one ("a video [aired] Monday")."""
    word.tag_ = "VBN"
    word.set_morph(_PAST_PARTICIPLE)


def _full_stop_to(old_root: "Token", verb: "Token") -> None:
    """The sentence's full stop, hung on the old root, goes to the verb that roots it now."""
    for child in [c for c in old_root.children if c.is_punct and c.i == old_root.sent.end - 1]:
        child.head = verb


def _reduced_relative_root(root: "Token") -> bool:
    """Repairs "Two bridges built in 1890 collapsed on Monday" parsed with "built" as the main verb
    and "collapsed" hung below it: a participle root with a subject but no auxiliary, followed by a
    past-tense verb with no subject or auxiliary of its own, is the subject's reduced relative, and
    the later verb the main one. Returns whether it repaired."""
    # (a past form with a "by" agent is the participle too: "A briefing prepared by the command portrays ...")
    # (and one set off by a comma after its subject: "The sites, updated a week before ..., outline")
    # (and a transitive past form spelt as its participle with no object: "The conference held here
    # Monday and Tuesday warned ...": held nothing, it was held)
    marked = root.tag_ == "VBN" or root.tag_ == "VBD" and (
        any(c.dep_ == "obl:agent" for c in root.children) or root.i > 1 and root.doc[root.i - 1].text == ",")
    objectless = (root.tag_ == "VBD" and spelled_as_a_participle(root) and _verb_lemma_of_form(root) not in intransitive_verbs()
                  and not any(c.dep_ in ("obj", "iobj", "ccomp", "xcomp", "compound:prt") for c in root.children))
    participle = marked or objectless
    if not participle or any(c.dep_.startswith(("aux", "cop")) for c in root.children):
        return False
    subject = next((c for c in root.children if c.dep_.startswith("nsubj") and c.i < root.i), None)
    if subject is None:
        return False
    # the later verb hangs off the participle or off one of its phrases ("built in [1890] collapsed")
    # (after a past form that is a participle only for want of an object, on the verb itself: not
    # "called for the resignation of a politician [charged with ...]")
    hosts = [root] + ([] if not marked else [h for c in root.rights if c.dep_ in ("obl", "obj", "nmod", "obl:agent")
                                              for h in _noun_phrase_heads(c)])
    # (after a participle with its "by" agent, a regular past the tagger made a participle too:
    # "Fears caused by the pound's gains heightened on Thursday")
    verb = min((c for host in hosts for c in host.rights if (c.tag_ in ("VBD", "VBZ", "VBP") or c.tag_ == "VB" and c.dep_ == "conj"
                                                              or marked and root.tag_ == "VBN" and c.tag_ == "VBN" and c.dep_ == "acl"
                                                              and c.lower_.endswith("ed") and any(
                                                                  g.dep_ == "obl:agent" for g in root.children))
                and c.dep_ in ("advcl", "conj", "parataxis", "ccomp", "dep", "acl")
                and not any(g.dep_.startswith(("nsubj", "aux", "mark", "cc")) for g in c.children)),
               key=lambda t: t.i, default=None)
    # ("The sites, updated a week before ..., outline ...": set off by commas on both sides, it is)
    set_off = verb is not None and root.doc[root.i - 1].text == "," and root.doc[verb.i - 1].text == "," and subject.i < root.i - 1
    # (a comma of a list inside the agent's phrase is no such comma: "backed by Ethiopian troops,
    # tanks and aircraft rolled into the capital")
    if verb is None or any(t.text == "," and t.head.dep_ != "conj" for t in root.doc[root.i : verb.i]) and not set_off:
        return False  # "The plant built in 1990, closed ...": a comma may be a list; leave it
    verb.head, verb.dep_ = verb, "ROOT"
    if verb.tag_ == "VBN":
        _made_a_past_tense(verb)  # (the past it is: "heightened")
    subject.head, subject.dep_ = verb, "nsubj"
    root.head, root.dep_ = subject, "acl"
    if root.tag_ == "VBD":
        _made_a_past_participle(root)  # the participle it is
    for child in [c for c in root.rights if c.i > verb.i]:
        child.head = verb
    return True


def _passive_before_noun_root(root: "Token") -> bool:
    """Repairs "Peretz was elected new leader of the party in a vote on Wednesday" parsed as a copula
    with the participle an adjective of the noun ("was [elected] leader"): a nominal root with no
    determiner whose copula is followed, adverbs aside, by a past participle modifying it, is that
    participle's passive with the noun as its predicate ("elected [as] leader"); the noun's phrases
    of place and time, and the clauses after it, are the verb's. Returns whether it repaired."""
    if root.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("det", "nmod:poss", "det:poss") for c in root.children):
        return False
    cop = next((c for c in root.children if c.dep_ == "cop" and c.i < root.i), None)
    verb = next((c for c in root.children if c.dep_ == "amod" and c.tag_ == "VBN"), None)
    if cop is None or verb is None or not cop.i < verb.i < root.i:
        return False
    if not all(t.pos_ == "ADV" for t in root.doc[cop.i + 1 : verb.i]) or any(t.is_punct for t in root.doc[verb.i : root.i]):
        return False  # "am mixed-race": a compound adjective, not a verb
    if root.tag_ not in ("NN", "NNP"):
        return False  # a role is a bare singular ("elected leader"); "were enslaved people" is a plain plural
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "xcomp"
    cop.head, cop.dep_ = verb, "aux:pass"
    for child in list(root.children):
        if child.i < verb.i and child.dep_.startswith(("nsubj", "advmod", "aux", "mark", "cc", "obl", "punct")):
            child.head = verb
            if child.dep_ == "nsubj":
                child.dep_ = "nsubj:pass"
        elif child.i > root.i and (child.dep_ in ("acl", "advcl", "parataxis", "punct")
                                   or child.dep_ == "nmod" and not any(g.dep_ == "case" and g.lower_ == "of" for g in child.children)):
            child.head = verb
            child.dep_ = {"acl": "advcl", "nmod": "obl"}.get(child.dep_, child.dep_)
    return True


def _attribution_at_the_end(finite: "Token", verb: "Token", sentence: "Span") -> bool:
    """", CNN reported." after the verb's clause: a source set off by a comma that ends the
    sentence, not a clause that would make the verb a modifier."""
    words = [w for w in sentence if not w.is_punct and not w.is_space]
    if not words or finite.i <= verb.right_edge.i or words[-1].i != finite.i:
        return False
    doc = finite.doc
    # the source between the comma and the verb: a few words of a name ("the official news agency")
    for back in range(finite.i - 1, max(verb.right_edge.i, finite.i - 6), -1):
        if doc[back].text == ",":
            return back < finite.i - 1
        if doc[back].pos_ not in ("PROPN", "NOUN", "DET", "ADJ"):
            return False
    return False


def _marked_clause_after(finite: "Token", verb: "Token") -> bool:
    """Whether a finite verb (or copula) is in a clause opened by a marker after `verb` ("that the
    death was accidental"): a clause the verb may govern, not a main verb of its own."""
    clause = finite.head if finite.dep_ in ("cop", "aux", "aux:pass") else finite
    if finite.i <= verb.i:
        return False
    if any(c.dep_ == "mark" for c in clause.children):
        return True
    # ("..., while about 2,000 of his supporters gathered": the marker on the subject's number the
    # parse made the clause's head, the verb a modifier inside it)
    up = clause.head
    for _ in range(3):
        if up.i <= verb.i or up == up.head:
            break
        if any(c.dep_ == "mark" and c.i < clause.i for c in up.children) and up.dep_ in ("advcl", "ccomp"):
            return True
        up = up.head
    return False


def _subject_split_by_and(root: "Token") -> bool:
    """Repairs "Chaowalit and his second wife were married in 1965" parsed with the first name as
    the root and the verb joined to it with the second subject: a nominal root whose conjunct is a
    verb with a subject right after the "and" is the first of two subjects of that verb. Returns
    whether it repaired."""
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = next((c for c in root.rights if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    cc = next((c for c in verb.children if c.dep_ == "cc" and c.i < verb.i), None)
    subject = next((c for c in verb.children if c.dep_.startswith("nsubj") and c.i < verb.i), None)
    # (or the "and" the parse hung on the second subject, which it joins to the first past an
    # aside: "Ambassadors of the five members -- the council's permanent ones -- plus Germany met")
    joined = cc is None and subject is not None and any(c.dep_ == "cc" and c.i == subject.left_edge.i for c in subject.children)
    if joined:
        cc = subject.left_edge
    # (an aside between dashes may stand between the two, whatever it holds)
    aside = cc is not None and cc.i > 0 and cc.doc[cc.i - 1].text in ("--", "—", "–") and sum(
        t.text in ("--", "—", "–") for t in root.doc[root.i + 1 : cc.i]) == 2
    if cc is None or subject is None or subject.left_edge.i != cc.i + 1 and not joined or any(
            (t.tag_ in ("VBD", "VBZ", "VBP", "MD") if joined or aside else t.pos_ in ("VERB", "AUX") or t.pos_ == "PUNCT")
            for t in root.doc[root.i + 1 : cc.i]):
        return False  # the names and the "and" side by side, no clause between
    if subject.pos_ == "PRON" or any(c.dep_ in ("cop", "nsubj", "nsubj:pass") for c in root.children):
        return False  # "Their service is top-notch and I love ...": a clause of its own, then another
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, subject.dep_
    subject.head, subject.dep_ = root, "conj"
    cc.head = subject
    return True


def _subordinate_clause_read_as_phrase(verb: "Token") -> bool:
    """Repairs a subordinate clause the parse read as a phrase of the main clause: "Its future is
    uncertain as Boeing's contract ... expires in 2008" ("expires" joined with no "and") and "grabbed
    11 rebounds as Toronto cruised past Indiana" ("cruised" a modifier of "Toronto"). A verb with no
    subject right after a noun introduced by a subordinator is that clause's verb, and the noun its
    subject. Returns whether it repaired."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("cc", "nsubj", "nsubj:pass") for c in verb.children):
        return False
    before = verb.doc[verb.i - 1] if verb.i else None
    if (verb.dep_ == "acl" and before is not None and before.head == verb.head and before.dep_ in ("nmod", "obl")
            and before.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "case" and c.lower_ in _PREPOSITIONAL_SUBORDINATORS
                                                         and c.i == before.left_edge.i for c in before.children)):
        # ("paid tribute to his side's character after Arsenal bounced back": "bounced" hung on
        # "character" beside "after Arsenal"; the noun right before it is the one it follows)
        verb.head = before
    if verb.dep_ in ("conj", "advcl"):
        found = _subordinate_clause_noun(verb)
    elif verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and verb.head.i == verb.i - 1 and _when_clause_read_as_a_speakers_subject(verb):
        # "hurt when two trams collided in Oslo on Sunday, officials said": "trams" read as a first
        # subject of "said", "collided" its modifier
        noun, said = verb.head, verb.head.head
        marker = verb.doc[noun.left_edge.i - 1]
        found = (noun, marker, said.head if said.head != said else said)
    elif verb.dep_ == "acl" and (verb.tag_ in ("VBD", "VBN") or verb.tag_ == "JJ" and verb.lower_.endswith("ed")) and _right_after_its_noun(verb) and (
            verb.head.dep_ in ("obl", "nmod", "dep", "conj") or verb.head.dep_ == "advcl" and verb.head.pos_ in ("NOUN", "PROPN")):
        # ("injured when a train derailed": the noun made a clause of its own, "when" its adverb)
        # (or of a noun's phrase: "is a threat after the first rains failed")
        # "grabbed 11 rebounds as Toronto cruised past Indiana": "cruised" read as a modifier of "Toronto"
        noun = verb.head
        while (noun.dep_ in ("nmod", "conj") and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i < noun.i
               and noun.head.dep_ in ("obl", "nmod", "dep")
               # (not past a name its own subordinator opens: "character [after] Arsenal bounced")
               and not (noun.pos_ == "PROPN" and any(c.dep_ == "case" and c.lower_ in _PREPOSITIONAL_SUBORDINATORS
                                                     for c in noun.children))):
            # "after [final peace talks between the two sides] failed": the phrase's head noun; the
            # first of a list too: "after [Ghana, Togo and the regional bloc] signed"
            noun = noun.head
        marker = next((c for c in noun.children if c.dep_ == "case" and c.lower_ in subordinators() and c.i == noun.left_edge.i), None)
        if marker is None:
            # ("killed when two buses collided" with "when" hung on the noun)
            marker = next((c for c in noun.children if c.dep_ == "advmod" and c.tag_ == "WRB" and c.lower_ in subordinators()
                           and c.i == noun.left_edge.i), None)
        before = verb.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
        if (marker is None and before is not None and before.head == noun.head and before.tag_ == "WRB"
                and before.lower_ in subordinators()):
            marker = before  # "killed when three buses collided": "when" hung on the main verb, before the noun
        after = verb.doc[verb.right_edge.i + 1] if verb.right_edge.i + 1 < len(verb.doc) else None
        reports = _is_reporting_form(verb) and after is not None and after.lower_ == "that"  # "announced ... that it would"
        if (verb.tag_ == "VBN" and marker is not None and marker.pos_ != "SCONJ" and marker.lower_ in _PREPOSITIONAL_SUBORDINATORS
                and _verb_lemma_of_form(verb) not in intransitive_verbs() and not reports
                and noun.pos_ != "PROPN"  # (a name is no participle's noun: "after Arsenal bounced back")
                and not any(c.dep_ == "obj" for c in verb.children)):  # (a passive has no object: "signed a truce")
            return False  # "after the measures introduced in 2019": a participle that can be passive, after a preposition
        if noun.dep_ == "dep" and (marker is None or marker.tag_ != "WRB"):
            return False  # (a noun the parse could not place: only with "when" before it)
        found = (noun, marker, noun.head) if marker is not None else None
    else:
        return False
    if found is None:
        return False
    noun, marker, host = found
    verb.head, verb.dep_ = host, "advcl"
    noun.head, noun.dep_ = verb, "nsubj:pass" if any(c.dep_ == "aux:pass" for c in verb.children) else "nsubj"
    marker.head = verb
    if marker.dep_ != "advmod":  # ("when" stays the adverb it is)
        marker.dep_ = "mark"
    return True


def _right_after_its_noun(verb: "Token") -> bool:
    """Does the verb come right after the phrase of the noun it hangs on ("talks [between the union
    and the management] resumed")? Only what comes before the verb counts: the parse may hang a
    later word on the noun too ("as Toronto cruised past Indiana 92-83", the score an apposition
    of "Toronto")."""
    noun = verb.head
    own = {t.i for t in verb.subtree}
    return verb.i == max((t.i for t in noun.subtree if t.i not in own and t.i < verb.i), default=noun.i) + 1


def _when_clause_read_as_a_speakers_subject(verb: "Token") -> bool:
    """The noun `verb` describes is a first subject of a later verb that has a second subject of its
    own, with "when" right before the noun: ", when two trams collided ..., officials said"."""
    noun = verb.head
    said = noun.head
    if not noun.dep_.startswith("nsubj") or said.i < verb.i or noun.left_edge.i == 0:
        return False
    when = verb.doc[noun.left_edge.i - 1]
    return (when.tag_ == "WRB" and when.lower_ in subordinators() and when.head in (said, said.head)
            and any(c.dep_.startswith("nsubj") and c.i > verb.i for c in said.children))


def _subordinate_clause_noun(verb: "Token") -> tuple["Token", "Token", "Token"] | None:
    """For a conjunct or adverbial clause with no subject: (the noun the parse hung elsewhere that is
    its subject, the subordinator before that noun, the clause's host), or None."""
    doc, before = verb.doc, verb.doc[verb.sent.start : verb.i]

    def marked_by(noun: "Token | None", words: frozenset[str] | None = None) -> "Token | None":
        # (the phrase's first word, or the one after an adverb of its: "especially since the deputy")
        first = noun.left_edge.i if noun is not None else 0
        while noun is not None and first < noun.i and doc[first].head == noun and (
                doc[first].is_punct or doc[first].dep_ == "advmod" and doc[first].pos_ == "ADV"
                and doc[first].tag_ != "WRB" and doc[first].lower_ not in subordinators()):
            first += 1
        return noun and next((c for c in noun.children if c.dep_ in ("case", "mark", "advmod") and c.i == first
                              and (c.lower_ in words if words else c.dep_ == "case" and (c.pos_ == "SCONJ" or c.lower_ in subordinators()))),
                             None)

    def reading(noun: "Token", host: "Token") -> tuple["Token", "Token", "Token"] | None:
        marker = marked_by(noun)
        return (noun, marker, host) if marker is not None else None

    # "hurt after a gas leak caused a blast": the noun a phrase of the main verb, right before
    # (or a noun the parse made a clause of its own: "after [trading] resumed")
    noun = next((c for c in verb.head.children if (c.dep_ == "obl" or c.dep_ == "advcl" and c.pos_ in _NOMINAL)
                 and c.i < verb.i and c.right_edge.i + 1 == verb.i), None)
    if noun is not None:
        return reading(noun, verb.head)
    # a finite clause ("which followed a tense day after a teenager was shot"): its noun may hang on
    # any verb before it, since the auxiliary marks it a clause of its own
    finite = [c.i for c in verb.children if c.dep_ in ("aux", "aux:pass") and c.i < verb.i]
    if finite:
        # (right before the auxiliary, or before the comma that closes the noun's apposition:
        # "since the deputy, Ron Freeman, is leaving")
        def just_before(t: "Token") -> bool:
            end = t.right_edge.i
            return end + 1 == min(finite) or (end + 2 == min(finite) and doc[end + 1].text == ","
                                              and any(c.dep_ == "appos" for c in t.children))
        noun = max((t for t in doc[verb.sent.start : min(finite)] if t.dep_ == "obl" and t.head.pos_ == "VERB"
                    and just_before(t) and not t.is_ancestor(verb)), key=lambda t: t.i, default=None)
        if noun is not None:
            return reading(noun, noun.head)
    if verb.tag_ in ("VBD", "VBZ", "VBP") and verb.dep_ == "advcl":
        # "cancelled 120 flights across its network after pilots in Spain walked out": the noun deep
        # in the object's phrase, right before the finite verb
        # (never a noun above the verb's host: the host would hang below its own subject's verb)
        noun = max((t for t in before if t.dep_ in ("obl", "nmod") and t.right_edge.i + 1 == verb.i and not t.is_ancestor(verb)
                    and t != verb.head and not t.is_ancestor(verb.head) and marked_by(t, subordinators()) is not None),
                   key=lambda t: t.i, default=None)
        if noun is not None:
            return noun, marked_by(noun, subordinators()), verb.head
    if verb.tag_ == "VBG" and verb.dep_ == "advcl":
        # "hosted four rounds of talks with the latest one adopting a statement": an absolute "with"
        # clause, its noun hung on a noun before it
        noun = max((t for t in before if t.dep_ in ("obl", "nmod") and t.right_edge.i + 1 == verb.i and not t.is_ancestor(verb)
                    and marked_by(t, frozenset({"with"}))), key=lambda t: t.i, default=None)
        if noun is not None:
            return noun, marked_by(noun, frozenset({"with"})), verb.head
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP"):
        # "was highlighted in May when a Turkish airline, suspended by four countries, simply
        # redirected its flights": "when" and its noun on the main verb, an aside and an adverb between
        noun = next((c for c in verb.head.children if c.dep_ == "obl" and c.i < verb.i
                     and marked_by(c, subordinators()) is not None
                     and all(t.is_punct or t.pos_ == "ADV" for t in doc[c.right_edge.i + 1 : verb.i])), None)
        if noun is not None:
            return noun, marked_by(noun, subordinators()), verb.head
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        # "After Pinochet lost a referendum, he ...": the noun hung on the finite verb itself
        noun = next((c for c in verb.children if c.dep_ == "obl" and c.i < verb.i and c.right_edge.i + 1 == verb.i), None)
        if noun is not None:
            return reading(noun, verb.head)
    return None


def _adverbial_gerund_on_noun(verb: "Token") -> bool:
    """"opened the summit by calling for a ceasefire" parsed with the gerund a modifier of
    "summit": a gerund with its own subordinator ("by", "while", "after"...) and no subject is
    a clause of the verb, not of the noun. Returns whether it repaired."""
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or verb.head.pos_ not in _NOMINAL:
        return False
    if not any(c.dep_ == "mark" and c.lower_ in subordinators() | {"by"} for c in verb.children):
        return False
    host = verb.head.head
    if host.pos_ != "VERB" or host == verb.head or any(c.dep_.startswith("nsubj") for c in verb.children):
        return False
    verb.head, verb.dep_ = host, "advcl"
    return True


@lru_cache(maxsize=1)
def _reporting_lemmas() -> frozenset[str]:
    return frozenset(_language_table("reporting.yaml")["reporting"])


def _is_reporting_form(word: "Token") -> bool:
    """A past form of a reporting verb ("said", "reported"), before the lemmatizer has run."""
    return _is_reporting_word(word.lower_)


@lru_cache(maxsize=4096)
def _is_reporting_word(form: str) -> bool:
    """`_is_reporting_form` of a lower-case form (asked for every parsed word: the commonest forms'
    answers are kept)."""
    lemma = irregular_verbs().get(form) or next(
        (stem for stem in (form[:-2], form[:-1]) if form.endswith("ed") and stem in _reporting_lemmas()), None)
    return lemma in _reporting_lemmas()


@lru_cache(maxsize=1)
def _label_ids() -> dict[str, int]:
    """The ids spaCy stores these tags, relations and parts of speech under (`token.tag`,
    `token.dep`, `token.pos`): comparing ids does not make a string from the store for every word."""
    from spacy.strings import get_string_id

    return {label: get_string_id(label) for label in (
        "VBG", "VBN", "VB", "acl:relcl", "conj", "obl", "ROOT", "ccomp", "appos", "amod", "NOUN", "PROPN", "VERB", "DET", "ADV",
        "AUX", "ADJ", "ADP")}


_DEP_NAMES: dict[int, str] = {}


def _dep_name(token: "Token") -> str:
    """`token.dep_`, kept by id (the same few dozen relations, asked for every word)."""
    key = token.dep
    found = _DEP_NAMES.get(key)
    if found is None:
        found = _DEP_NAMES[key] = token.dep_
    return found


def _clause_read_as_modifier(verb: "Token") -> bool:
    """"A tornado hit the town on Tuesday, killing nine, Kyodo News said" parsed with "hit" a modifier
    of "News": a verb with a subject of its own is never a noun's modifier; before a comma and the
    source's verb, it is what the source says. Returns whether it repaired."""
    noun = verb.head
    if verb.pos_ != "VERB" or verb.dep_ != "amod" or noun.i <= verb.i or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    said = noun.head
    if said.pos_ != "VERB" or not _is_reporting_form(said) or not any(
            w.text == "," for w in verb.doc[verb.right_edge.i : noun.i]):
        return False
    verb.head, verb.dep_ = said, "ccomp"
    return True


def _date_read_as_a_compound_across_a_comma(date: "Token") -> bool:
    """"wounded in an ambush on Monday, Paris-based radio RFI reported" parsed with "Monday" a
    compound of "radio" after the comma: a word never modifies a noun across a comma; a date
    with its preposition before the comma is a time of the verb before it. Returns whether it
    repaired."""
    doc = date.doc
    if (date.dep_ != "compound" or date.i + 1 >= len(doc) or doc[date.i + 1].text != "," or date.head.i <= date.i
            or not any(c.dep_ == "case" for c in date.children) or date.left_edge.i < 1):
        return False
    verb = doc[date.left_edge.i - 1]
    for _ in range(len(doc)):
        if verb.pos_ == "VERB" or verb.head == verb:
            break
        verb = verb.head
    if verb.pos_ != "VERB" or verb.i > date.i or verb.is_ancestor(date) and date.head.i < verb.i:
        return False
    date.head, date.dep_ = verb, "obl"
    return True


def _report_day(said: "Token") -> set[int]:
    """The words of the day a reporting verb closing the sentence gives the report ("..., Swiss
    Radio International reported [on Monday]")."""
    return {t.i for c in said.children if c.dep_ in ("obl", "obl:tmod", "obl:unmarked", "advmod") and c.i > said.i
            and (c.lower_ in time_words() or c.lower_ in day_and_month_names()) for t in c.subtree}


def _closes_the_sentence_but_for_its_day(said: "Token", day: set[int]) -> bool:
    """Nothing but the report's day (`_report_day`) and punctuation follows the reporting verb in
    its sentence."""
    return not any(not t.is_punct and t.i not in day for t in said.doc[said.i + 1 : said.sent.end])


def _source_read_as_a_phrase_of_the_told_clause(said: "Token") -> bool:
    """"Five people were killed in a raid on Tuesday, Dubai-based channel Al-Arabiya reported"
    parsed with "channel" a phrase of "killed" (its words reaching back over the comma to
    "Tuesday") and "reported" a participle of it: a noun after the told clause's comma with a
    reporting verb closing the sentence is the source and the verb its own; a time before the
    comma is the told clause's. Returns whether it repaired."""
    doc = said.doc
    source = said.head
    if (said.dep_ != "acl" or said.pos_ != "VERB" or said.tag_ != "VBD" or not _is_reporting_form(said)
            or source.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("obj", "ccomp", "xcomp") for c in said.children)):
        return False
    day = _report_day(said)  # ("..., Swiss Radio International reported on Monday": the report's own day may close it)
    if not _closes_the_sentence_but_for_its_day(said, day):
        return False
    comma = next((t for t in reversed(doc[said.sent.start : source.i]) if t.text == ","), None)
    told = source.head
    # ("..., employing 400 scientists, Swiss Radio International reported": the source read as
    # the apposition of the noun before the comma; the told clause is the verb above that noun)
    while told.pos_ in ("NOUN", "PROPN", "NUM") and source.dep_ == "appos" and told.head != told and comma is not None and told.i < comma.i:
        told = told.head
    if day and told.pos_ == "VERB" and told.dep_ != "ROOT":
        # (a source closing the sentence with its own day reports the whole sentence: its main
        # clause, not the participle or the clause just before the comma: "..., employing 400
        # scientists, Swiss Radio International reported on Monday")
        told = said.sent.root
    if (comma is None or told.pos_ != "VERB" or told.i > comma.i or any(c.dep_ == "case" for c in source.children)
            or any(t.text == "," for t in doc[comma.i + 1 : said.i])):
        return False
    early = [t for t in source.subtree if t.i < comma.i]
    if any(t.head.i > comma.i and not (t.lower_ in time_words() or t.lower_ in day_and_month_names()) for t in early):
        return False
    for time in [t for t in early if t.head.i > comma.i]:
        time.head, time.dep_ = told, "obl" if any(c.dep_ == "case" for c in time.children) else "obl:unmarked"
    said.head, said.dep_ = told, "parataxis"
    source.head, source.dep_ = said, "nsubj"
    comma.head = said
    return True


def _closing_source_hung_on_the_last_clause(said: "Token") -> bool:
    """"Four people were killed and three others injured when police fired on a mob, the United
    News of India reported Tuesday" parsed with "reported" a clause of "injured" (of the clause
    before the comma): a source set off by a comma, with its reporting verb closing the sentence
    (but for the report's day), reports the whole sentence, its main clause. Returns whether it
    repaired."""
    doc = said.doc
    root = said.sent.root
    if (said.tag_ != "VBD" or not _is_reporting_form(said) or said.dep_ not in ("advcl", "conj", "parataxis")
            or said.head in (said, root) or root.pos_ not in ("VERB", "AUX") or root.i > said.i
            or any(c.dep_ in ("obj", "ccomp", "xcomp", "mark") for c in said.children)):
        return False
    source = next((c for c in said.children if c.dep_ == "nsubj" and c.i < said.i), None)
    if source is None or source.left_edge.i < 1 or doc[source.left_edge.i - 1].text != ",":
        return False
    if not _closes_the_sentence_but_for_its_day(said, _report_day(said)):
        return False
    said.head, said.dep_ = root, "parataxis"
    return True


def _reported_clause_read_as_a_subjects_modifier(said: "Token") -> bool:
    """"A fire swept through a warehouse late on Friday, officials said" parsed with both subjects
    on "said" and "swept" a modifier of "fire": what comes before the comma and the source is what
    the source says, the participle its verb. Returns whether it repaired."""
    if said.pos_ != "VERB" or not _is_reporting_form(said):
        return False
    # (the first may be left unattached: "Prices of bread doubled in February, the office said")
    subjects = [c for c in said.lefts if c.dep_ == "nsubj" or c.dep_ == "dep" and c.pos_ in ("NOUN", "PROPN") and c.i == said.left_edge.i]
    if len(subjects) < 2 or subjects[-1].dep_ != "nsubj":
        return False
    first, source = subjects[0], subjects[-1]
    # (or a participle: "A bomb exploded in a market on Saturday, police said", tagged as one;
    # with its agent it is a passive: "A man shot by police on Friday, officials said"; hung on
    # the first's "of" phrase: "Prices [of bread] doubled")
    told = next((c for c in first.subtree if c.dep_ == "acl" and (c.tag_ == "VBD" or c.tag_ == "VBN" and is_past_form(c))
                 and c.head.i >= first.i and c.i < source.i and (c.head == first or c.head.head == first)
                 and not any(g.dep_.startswith(("nsubj", "aux", "mark")) for g in c.children)), None)
    if told is None:
        # ("A car bomb exploded outside a hotel on Monday, the army said" with "exploded" the
        # saying's complement already, but its subject left on "said")
        told = next((c for c in said.children if c.dep_ == "ccomp" and first.i < c.i < source.i and c.pos_ == "VERB"
                     and c.tag_ in ("VBD", "VBN") and not any(g.dep_.startswith(("nsubj", "aux", "mark", "expl")) for g in c.children)), None)
    # (the comma may be the source's own: "..., the US Geological Survey said")
    source_start = min(t.i for t in source.subtree if not t.is_punct)
    if told is None or said.doc[source_start - 1].text != ",":
        return False
    first.head, first.dep_ = told, "nsubj"
    told.head, told.dep_ = said, "ccomp"
    if told.tag_ == "VBN" and not any(c.dep_ == "obl:agent" for c in told.children):
        _made_a_past_tense(told)
    elif told.tag_ == "VBN":
        first.dep_ = "nsubj:pass"
    for child in [c for c in said.children if told.i < c.i < source_start - 1 and not c.is_punct]:
        child.head = told  # "late on Friday": the told clause's, before the comma
    return True


def _inverted_source(said: "Token") -> bool:
    """"Students demonstrated on Wednesday, reported the news agency PAP." parsed with "students" the
    subject of "reported" and "demonstrated" its modifier: after a comma, a reporting verb with its
    source after it reports the clause before it. Returns whether it repaired."""
    if said.i == 0 or said.doc[said.i - 1].text != "," or not _is_reporting_form(said):
        return False
    subject = next((c for c in said.lefts if c.dep_ == "nsubj"), None)
    source = next((c for c in said.rights if c.dep_ in ("obj", "nsubj")), None)
    clause = subject and next((c for c in subject.rights if c.dep_ == "acl" and c.tag_ == "VBD"), None)
    if subject is None or source is None or clause is None or any(c.dep_.startswith("nsubj") for c in clause.children):
        return False
    clause.head, clause.dep_ = said, "ccomp"
    subject.head, subject.dep_ = clause, "nsubj"
    source.dep_ = "nsubj"
    return True


def _subject_read_as_modifier(verb: "Token") -> bool:
    """"the major stock exchanges said they would close" parsed with "exchanges" an adverb of
    "said": a plain noun right before a finite verb that has no subject is its subject (a day or
    another time noun is its time). So is a word the tagger did not know, read as an adverb, that
    an article shows is a noun ("A shopkeeper fought off two robbers", the verb then read as a bare
    participle). Returns whether it repaired."""
    if verb.pos_ != "VERB" or verb.i == 0:
        return False
    bare_participle = (verb.dep_ == "ROOT" and verb.tag_ in ("VBN", "VBD") and "Part" in verb.morph.get("VerbForm")
                       and not any(c.dep_.startswith("aux") for c in verb.children))
    if "Fin" not in verb.morph.get("VerbForm") and not bare_participle:
        return False
    if any(c.dep_.startswith(("nsubj", "csubj", "expl")) for c in verb.children):
        return False
    noun = verb.doc[verb.i - 1]
    if noun.head != verb or noun.dep_ not in ("advmod", "obl:npmod", "obl:unmarked", "dep"):
        return False
    with_article = noun.pos_ in ("NOUN", "ADV") and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in noun.children)
    if noun.pos_ not in ("NOUN", "PROPN") and not with_article or bare_participle and not with_article:
        return False
    if noun.lower_ in time_words() or any(c.dep_ == "case" for c in noun.children):
        return False
    noun.dep_ = "nsubj"
    if with_article:
        noun.pos_, noun.tag_ = "NOUN", "NN"
    if bare_participle:
        _made_a_past_tense(verb)  # (a participle has no subject of its own)
    return True


def _subject_read_as_an_opening_phrases_aside(verb: "Token") -> bool:
    """"At Monday's hearing, Maria Gonzales, 52, the club's treasurer, told the court ..." parsed
    with the name an apposition (or conjunct) of the opening phrase and the verb with no subject:
    a name set off by a comma after an opening phrase with a preposition, before a verb that has
    no subject, is its subject, and the asides after it are the name's. "In Paris, Merkel and her
    French counterpart signed ...": names joined by "and" right before the verb are its subject
    too. Returns whether it repaired."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_.startswith(("nsubj", "csubj", "expl")) for c in verb.children):
        return False
    opening = next((c for c in verb.lefts if c.dep_.startswith("obl") and any(g.dep_ == "case" for g in c.children)), None)
    if opening is None:
        return False
    # (or on the opening's own phrase: "During his stay in Beijing, Fradkov and ...")
    host = next((c for c in opening.rights if c.dep_ == "nmod" and c.pos_ == "PROPN" and c.i < verb.i
                 and any(a.dep_ in ("appos", "conj") for a in c.rights)), opening)
    # ("In 1947, Pinochet, then a captain, ran ...": a name read as the year's unmarked modifier too)
    asides = [c for c in host.rights if (c.dep_ in ("appos", "conj") or c.dep_ == "nmod:unmarked" and c.pos_ == "PROPN")
              and c.i < verb.i]
    name = asides[0] if asides else None
    first = min((t.i for t in name.subtree if not t.is_punct), default=name.i) if name is not None else 0
    # (or a common noun with its article whose phrase runs up to the verb: "With the help of the
    # UN, the government and the rebels -- ... -- began talks")
    # (its asides after it too: "On Tuesday, the minister, Jane Doe, resigned")
    common = name is not None and name.pos_ == "NOUN" and any(c.dep_ in ("det", "nmod:poss") for c in name.children) and all(
        t.is_punct for t in verb.doc[max(a.right_edge.i for a in asides) + 1 : verb.i])
    if name is None or not (name.pos_ == "PROPN" or common) or verb.doc[first - 1].text != ",":
        return False
    # names joined by "and" up to the verb, a person's words in the second ("her counterpart"):
    # a subject, not a list of places ("In Paris, London and Rome")
    joined = [c for c in asides[1:] if c.dep_ == "conj" and any(g.dep_ == "cc" and g.lower_ == "and" for g in c.children)]
    people = bool(joined) and joined[-1].right_edge.i + 1 == verb.i and any(
        t.dep_ == "nmod:poss" and t.pos_ == "PRON" for t in joined[-1].subtree)
    if not people:
        if host.pos_ == "PROPN" and host.lower_ not in day_names():
            return False  # "In Paris, France, protests erupted": a place's name may follow a place
        if any(c.dep_ == "cc" for c in name.children) or any(c.dep_ == "cc" and c.i < name.i for c in host.children):
            return False  # "In Paris, London and Rome": a list of places
    name.head = verb
    name.dep_ = "nsubj:pass" if any(c.dep_ == "aux:pass" for c in verb.children) else "nsubj"
    for aside in asides[1:]:
        aside.head, aside.dep_ = name, "conj" if aside in joined else "appos"  # ", 52, the club's treasurer,"
    return True


def _adjective_after_a_subject_read_as_its_clause(adjective: "Token") -> bool:
    """"claimed that three Afghans loyal to the movement carried out the bombings" parsed with
    "loyal" the clause's predicate (no copula) and "carried" a modifier of "movement": an adjective
    after its subject with no copula, whose phrase is followed by a past tense with no subject of
    its own, describes the subject, and the past tense is the clause's verb. Returns whether it
    repaired."""
    subject = next((c for c in adjective.lefts if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN", "NUM")), None)
    if subject is None or subject.right_edge.i != adjective.i - 1 or any(c.dep_ in ("cop", "aux", "aux:pass") for c in adjective.children):
        return False
    if subject.pos_ == "NUM":
        # ("two Somalis" read as the number with the noun its apposition)
        noun = next((c for c in subject.rights if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN") and c.i == subject.i + 1), None)
        if noun is None:
            return False
        noun.head, noun.dep_ = subject.head, subject.dep_
        subject.head, subject.dep_ = noun, "nummod"
        subject = noun
    if adjective.dep_ == "nsubj" and adjective.head.pos_ == "VERB" and adjective.head.i > adjective.i:
        # ("two Somalis loyal to the clan leader planted": the adjective read as the verb's subject)
        verb = adjective.head
        subject.head, subject.dep_ = verb, "nsubj"
        for child in [c for c in adjective.children if c.i < subject.i]:
            child.head = verb  # "that": the clause's marker
        adjective.head, adjective.dep_ = subject, "amod"
        return True
    verb = next((g for c in adjective.rights if c.dep_ == "obl" for g in c.rights if g.dep_ == "acl" and g.tag_ == "VBD"
                 and g.pos_ == "VERB" and not any(x.dep_.startswith(("nsubj", "aux", "mark")) for x in g.children)), None)
    if verb is None or verb.i != max(t.i for t in adjective.subtree if not verb.is_ancestor(t) and t != verb) + 1:
        return False
    verb.head, verb.dep_ = (adjective.head, adjective.dep_) if adjective.head != adjective else (verb, "ROOT")
    for child in [c for c in adjective.children if c.i < subject.i or c.dep_ == "mark"]:
        child.head = verb  # "that": the clause's marker
    subject.head, subject.dep_ = verb, "nsubj"
    adjective.head, adjective.dep_ = subject, "amod"
    return True


def _participle_clause_read_on_a_copular_predicate(word: "Token") -> bool:
    """"The biggest protest was on Saturday, drawing 20,000 people" parsed with "drawing" a modifier
    of "Saturday" (or a clause beside it): a present participle set off by a comma after a copular
    predicate that has a subject, with no subject or marker of its own, is a clause on that
    predicate, whose subject it shares. Returns whether it repaired."""
    head = word.head
    if (word.dep_ not in ("acl", "parataxis") or head == word or head.i > word.i or word.doc[word.i - 1].text != ","
            or not any(c.dep_ == "cop" for c in head.children) or not any(c.dep_.startswith("nsubj") for c in head.children)
            or any(c.dep_.startswith(("nsubj", "aux", "mark", "cop")) for c in word.children)):
        return False
    word.dep_ = "advcl"
    return True


def _participle_read_as_an_adjective_with_a_passive_subject(word: "Token") -> bool:
    """"Two houses were burnt down on Monday" tagged with "burnt" an adjective and "were" its
    copula, yet "houses" its passive subject: the parse's own passive subject (or its verb
    particle, "down") says the word is a participle, and "be" its passive auxiliary. Returns whether
    it repaired."""
    if not any(c.dep_ == "nsubj:pass" for c in word.children) or not any(
            c.dep_ == "cop" and c.i < word.i for c in word.children):
        return False
    # (and a participle's form or a verb's particle or agent: not "Oil prices were steady")
    if not (is_past_form(word) or word.lower_ in irregular_pasts_with_unchanged()
            or any(c.dep_ in ("compound:prt", "obl:agent") for c in word.children)):
        return False
    word.pos_, word.tag_ = "VERB", "VBN"
    word.set_morph("Tense=Past|VerbForm=Part|Voice=Pass")
    for child in word.children:
        if child.dep_ == "cop":
            child.dep_ = "aux:pass"
    return True


def _reported_clause_read_as_an_object(said: "Token") -> bool:
    """"Police confirmed three people died at the site" parsed with "three people" the object of
    "confirmed" and "died" a modifier of it: after a reporting verb, a noun followed by a finite
    past tense with no subject of its own is the subject of the clause reported. Returns whether
    it repaired."""
    told = next((c for c in said.rights if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN")), None)
    if told is None:
        return False
    # (a past tense; or a participle of a verb that has none of its own, never used in the passive)
    # (or any verb with a finite auxiliary: "revealed the administration has long known ...")
    verb = next((c for c in told.rights if c.dep_ == "acl" and c.pos_ == "VERB" and (
        c.tag_ == "VBD" or c.tag_ == "VBN" and _verb_lemma_of_form(c) in intransitive_verbs()
        or any(g.dep_.startswith("aux") and g.tag_ in ("VBZ", "VBP", "VBD", "MD") and g.i < c.i for g in c.children))
                 and not any(g.dep_.startswith(("nsubj", "mark")) or g.dep_.startswith("aux") and g.tag_ not in ("VBZ", "VBP", "VBD", "MD")
                             for g in c.children)), None)
    if verb is None:
        # ("said the leader of the party which won the election resigned": the past tense right
        # after a relative clause in the noun's phrase, hung on that clause's last noun)
        verb = next((t for t in told.subtree if t.dep_ == "acl" and t.tag_ == "VBD" and t.pos_ == "VERB"
                     and any(r.dep_ == "acl:relcl" and told.is_ancestor(r)
                             and max(x.i for x in r.subtree if x.i < t.i) + 1 == t.i for r in t.doc[told.i : t.i])
                     and not any(g.dep_.startswith(("nsubj", "mark", "aux")) for g in t.children)), None)
    if verb is None:
        # ("Police said two men loyal to the gang attacked the shop": the clause hung on the
        # saying itself, after the noun, with no subject)
        verb = next((c for c in said.rights if c.dep_ == "ccomp" and c.i > told.right_edge.i and c.tag_ == "VBD"
                     and not any(g.dep_.startswith(("nsubj", "mark", "expl")) for g in c.children)), None)
    after = told.right_edge.i + 1
    if verb is None and after < len(said.doc) and said.doc[after].dep_.startswith("aux") and said.doc[after].tag_ in ("MD", "VBZ", "VBP", "VBD"):
        # ("indicated extremists may be planning attacks": the clause hung elsewhere, a conjunct of
        # the root with no "and", its finite auxiliary right after the noun)
        candidate = said.doc[after].head
        if (candidate.pos_ == "VERB" and candidate.i > after and candidate.dep_ in ("conj", "parataxis", "ccomp", "advcl")
                and not any(g.dep_.startswith(("nsubj", "mark", "expl", "cc")) for g in candidate.children)):
            verb = candidate
    if verb is None:
        return False
    verb.head, verb.dep_ = said, "ccomp"
    told.head, told.dep_ = verb, "nsubj"
    return True


def _reporting_past_read_as_an_adjective(word: "Token") -> bool:
    """"warned that intelligence indicated gangs may be preparing raids" parsed with "indicated" an
    adjective of "gangs" and "intelligence" a subject of that adjective (or a second subject of
    "preparing"): a reporting verb's past form between a subject and the subject of a clause is the
    verb of the first; the clause of the second is what it reports. Returns whether it repaired."""
    doc = word.doc
    if word.tag_ != "VBD" or word.dep_ != "amod" or word.i < 1 or word.i + 1 >= len(doc) or not _is_reporting_word(word.lower_):
        return False
    before, told = doc[word.i - 1], doc[word.i + 1]
    verb = told.head
    if (word.head != told or not told.dep_.startswith("nsubj") or before.head not in (verb, word) or not before.dep_.startswith("nsubj")
            or before.pos_ not in ("NOUN", "PROPN") or verb.pos_ not in ("VERB", "AUX") or verb.i < told.i):
        return False
    opened_by_that = any(c.dep_ == "mark" and c.lower_ == "that" and c.i < before.i for c in verb.children)
    word.head, word.dep_ = (word, "ROOT") if verb.head == verb else (
        verb.head, "ccomp" if opened_by_that and verb.dep_ == "advcl" else verb.dep_)  # ("warned that ...": what was warned)
    word.pos_ = "VERB"
    for child in [c for c in verb.children if c.i < before.i and c.dep_ in ("mark", "punct", "cc")]:
        child.head = word  # ("that": the reporting verb's clause opens with it)
    before.head, before.dep_ = word, "nsubj"
    verb.head, verb.dep_ = word, "ccomp"
    return True


@lru_cache(maxsize=1024)
def _is_reporting_gerund(form: str) -> bool:
    """"adding", "noting", "saying": the -ing form of a reporting verb, before the lemmatizer has run."""
    if not form.endswith("ing") or len(form) < 6:
        return False
    stem = form[:-3]
    # ("adding", "noting", "admitting": the stem, with its final "e", or its doubled consonant undone)
    stems = {stem, stem + "e"} | ({stem[:-1]} if len(stem) > 2 and stem[-1] == stem[-2] else set())
    return any(s in _reporting_lemmas() for s in stems)


def _told_clause_read_as_the_gerunds_subject(gerund: "Token") -> bool:
    """", the minister said, adding all member states were ready to back the plan" parsed with
    "adding" the clausal subject of "ready" and "all member states" its object: a reporting verb's
    -ing form after a comma, with a noun and then the predicate that noun is the subject of, tells
    that clause. Returns whether it repaired."""
    predicate = gerund.head
    if not (gerund.dep_ == "csubj" and predicate.i > gerund.i and predicate.pos_ in ("ADJ", "VERB", "NOUN")
            and gerund.i > 0 and gerund.doc[gerund.i - 1].text == ","):
        return False
    told = next((c for c in gerund.rights if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN", "PRON")
                 and c.right_edge.i < predicate.i), None)
    if told is None or any(c.dep_.startswith(("nsubj", "expl")) for c in predicate.children):
        return False
    if predicate.dep_ == "ROOT" or predicate.head.i > gerund.i:
        return False  # (the saying the gerund adds to comes before it)
    gerund.head, gerund.dep_ = predicate.head, "advcl"
    predicate.head, predicate.dep_ = gerund, "ccomp"
    passive = predicate.tag_ == "VBN" and any(c.dep_ == "aux:pass" for c in predicate.children)
    told.head, told.dep_ = predicate, "nsubj:pass" if passive else "nsubj"
    return True


def _opening_phrase_read_as_the_subject(verb: "Token") -> bool:
    """"According to a statement from the ministry, the delegation arrived" parsed with
    "statement" the subject and "the delegation" its apposition: a subject that opens the sentence
    with its preposition is the opening phrase, and the noun phrase after its comma, running up to
    the verb, is the subject. Returns whether it repaired."""
    opening = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if opening is None or opening.left_edge.i != verb.sent.start or opening.pos_ not in ("NOUN", "PROPN"):
        return False
    # (its preposition first, past an adverb that opens the sentence: "[Also] on Monday, the mayor")
    first = next((t for t in opening.subtree if not (t.pos_ == "ADV" and t.dep_ == "advmod" and t.head == opening)), opening)
    if not any(c.dep_ == "case" and c.i == first.i for c in opening.children):
        return False
    # (the comma before it, or its own first word: "In the city of Basra[,] a car bomb hit")
    subject = next((c for c in opening.rights if c.dep_ in ("appos", "conj") and c.pos_ in ("NOUN", "PROPN")
                    and (verb.doc[c.left_edge.i - 1].text == "," or verb.doc[c.left_edge.i].text == ",")
                    and all(t.is_punct for t in verb.doc[c.right_edge.i + 1 : verb.i])), None)
    if subject is None:
        return False
    for comma in [t for t in subject.children if t.text == "," and t.i == subject.left_edge.i]:
        comma.head = opening  # (the comma closes the opening phrase)
    for adverb in [c for c in opening.children if c.i < first.i]:
        adverb.head = verb  # ("Also": the clause's)
    subject.head, subject.dep_ = verb, opening.dep_
    opening.dep_ = "obl"
    return True


_ASIDE_MARKS = {",": ",", "--": "--", "—": "—", "–": "–"}


def _subject_read_into_its_aside(verb: "Token") -> bool:
    """"In 2019, Okafor, then a junior minister, resigned" and "With the backing of the UN, the
    government and the rebels -- the Front and the Alliance -- opened talks" parsed with the aside
    as the verb's subject and the subject a conjunct of the opening phrase: when the subject is set
    off on both sides (commas or dashes) right before the verb, and the words between the opening
    phrase's comma and the aside are a noun phrase hung on that opening phrase, the noun phrase is
    the subject and the aside its apposition. Returns whether it repaired."""
    doc = verb.doc
    aside = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubj:pass")), None)
    closing_mark = doc[verb.i - 1] if verb.i else None
    if aside is None or aside.pos_ not in ("NOUN", "PROPN") or closing_mark is None or closing_mark.text not in _ASIDE_MARKS:
        return False
    opening_mark = next((t for t in reversed(doc[verb.sent.start : aside.i]) if t.text == closing_mark.text), None)
    if opening_mark is None or opening_mark.i < 3 or not all(
            t == aside or aside.is_ancestor(t) for t in doc[opening_mark.i + 1 : closing_mark.i]):
        return False
    comma = next((t for t in reversed(doc[verb.sent.start : opening_mark.i]) if t.is_punct and t.text not in ("-", "'", "’")), None)
    if comma is None or comma.text != "," or comma.i + 1 >= opening_mark.i:
        return False
    opening = doc[verb.sent.start : comma.i]
    if not len(opening) or opening[0].pos_ != "ADP":
        return False  # an opening phrase with its preposition ("In 2019", "With the backing of ...")
    span = range(comma.i + 1, opening_mark.i)
    tops = [t for t in doc[comma.i + 1 : opening_mark.i] if t.head.i not in span]
    opening_tops = [t for t in opening if not opening.start <= t.head.i < opening.end]
    if (not tops or tops[0].pos_ not in ("NOUN", "PROPN") or len(opening_tops) != 1
            or any(not opening.start <= t.head.i < opening.end for t in tops)
            or any(t.dep_ != "conj" for t in tops[1:])):
        return False
    subject = tops[0]
    top = opening_tops[0]
    if top.head != verb and top.head != top:
        top.head, top.dep_ = verb, "obl"  # ("With the backing of the UN" was hung on the aside)
    subject.head, subject.dep_ = verb, aside.dep_
    for other in tops[1:]:
        other.head = subject
    aside.head, aside.dep_ = subject, "appos"
    closing_mark.head = aside
    return True


def _compound_read_as_a_noun_and_its_object(noun: "Token") -> bool:
    """"Share prices on the exchange closed lower" parsed with "Share" the subject and "prices" its
    object: a noun takes no object, so the two are one compound noun, whose head is the second.
    Returns whether it repaired."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.head == noun or noun.lower_.endswith("ing"):
        return False  # (a gerund tagged as a noun takes objects: "building houses"; a name neither:
        # "Fatah primaries in the Gaza Strip were suspended")
    if not noun.dep_.startswith(("nsubj", "obl", "nmod")):
        return False  # a verb the tagger read as a noun keeps its object ("rush out and rescue people")
    head = next((c for c in noun.rights if c.dep_ == "obj" and c.i == noun.i + 1 and c.pos_ == "NOUN"), None)
    if head is None:
        return False
    head.head, head.dep_ = noun.head, noun.dep_
    for child in [c for c in noun.children if c != head]:
        child.head = head
    noun.head, noun.dep_ = head, "compound"
    return True


def _conjunct_read_on_the_of_phrase(conj: "Token") -> bool:
    """"Mazda Motor Corp. of Japan and Ford Motor Co. of the United States plan" parsed with "Ford
    Motor Co." a conjunct of "Japan": a conjunct with an "of" phrase of its own, after another "of"
    phrase, is coordinated with what that phrase describes ("X of A and Y of B"). Returns whether it
    repaired."""
    if conj.dep_ != "conj" or conj.pos_ not in ("PROPN", "NOUN"):
        return False
    phrase = conj.head
    if phrase.dep_ != "nmod" or not any(c.dep_ == "case" and c.lower_ == "of" for c in phrase.children):
        return False
    def of_phrase(word: "Token") -> bool:
        return word.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ == "of" for g in word.children)

    # the conjunct's own "of" phrase, wherever the parse hung it ("... Co. [of the United States]")
    own = [c for c in conj.rights if of_phrase(c)] or [c for c in phrase.children if c.i > conj.i and of_phrase(c)]
    if not own:
        return False
    for word in own:
        word.head = conj
    conj.head = phrase.head
    for child in [c for c in phrase.children if c.dep_ == "cc" and c.i < conj.i and c.i > phrase.i]:
        child.head = conj
    return True


def _compound_read_as_a_clause_of_its_first_noun(noun: "Token") -> bool:
    """"under an international arrest warrant" parsed with "warrant" a clause (acl) of "arrest": a
    noun with no subject or object of its own, right after the noun it hangs on, is the head of a
    compound, and the noun before it the compound's first word. Returns whether it repaired."""
    first = noun.head
    if (noun.dep_ != "acl" or noun.tag_ not in ("NN", "NNS") or first.i != noun.i - 1 or first.pos_ != "NOUN"
            or any(c.dep_.startswith(("nsubj", "obj", "mark", "aux")) for c in noun.children)):
        return False
    noun.head, noun.dep_ = (noun, "ROOT") if first.head == first else (first.head, first.dep_)
    for child in [c for c in first.children if c.i < first.i or c.dep_ in ("case",)]:
        child.head = noun  # "an international [arrest] warrant": its determiner and adjectives are the compound's
    first.head, first.dep_ = noun, "compound"
    return True


def _opening_phrase_read_on_the_subject(noun: "Token") -> bool:
    """"At a meeting in Vienna on Thursday, ministers ... agreed" parsed with the opening phrase a
    modifier of the subject ("ministers"): a phrase that opens the sentence, set off by a comma,
    modifies the clause, so it hangs on the subject's verb. So without the comma ("At first light
    two transport aircraft touched down"): an `obl` is a verb's phrase, never a noun's. Returns
    whether it repaired."""
    subject = noun.head
    if (noun.dep_ != "obl" or noun.left_edge.i != noun.sent.start or subject.i < noun.i
            or not subject.dep_.startswith("nsubj") or subject.head.pos_ not in ("VERB", "AUX")):
        return False
    noun.head = subject.head
    return True


def _subject_with_a_preposition(noun: "Token") -> bool:
    """"the first case in humans was announced" parsed with "humans" the subject: a phrase opened
    by a preposition is never a subject; it describes the noun right before it. Returns whether it
    repaired."""
    if not noun.dep_.startswith("nsubj") or noun.left_edge.i == 0:
        return False
    case = next((c for c in noun.children if c.dep_ == "case" and c.i == noun.left_edge.i and c.pos_ == "ADP"), None)
    # (not a subordinator the parse hung on its clause's subject: "a day after the constitution was
    # rejected"; not "with", which may open an absolute clause: "with its crew on board")
    if case is None or case.lower_ in subordinators() | {"with", "without"}:
        return False
    before = noun.doc[case.i - 1]
    if before.pos_ not in ("NOUN", "PROPN") or noun.is_ancestor(before):
        return False
    noun.head, noun.dep_ = before, "nmod"
    return True


def _subject_read_past_the_nearer_noun(subject: "Token") -> bool:
    """"Calm was restored after an hour of unrest, which followed a day of tension after a Shiite
    was killed on Sunday" parsed with "after an hour" the subject of "was killed" and "after a
    Shiite" a phrase of "followed": where the noun phrase right before the verb group opens with
    the same kind of subordinator, that noun is the subject, its subordinator the clause's, and
    the clause the verb's that noun was hung on; the first phrase goes back to the verb above.
    Returns whether it repaired."""
    verb = subject.head
    case = next((c for c in subject.children if c.dep_ == "case" and c.i == subject.left_edge.i and c.lower_ in subordinators()), None)
    # (or an aside set off by a comma after the main clause, the parse's subject of a clause after
    # it: "Iran resumed ..., a move scuttling talks which started after Tehran suspended ...")
    start = subject.left_edge.i  # (left_edge, not the subtree: a repair before may have left a loop)
    while start < subject.i and subject.doc[start].is_punct:
        start += 1
    aside = (case is None and start > 0 and subject.doc[start - 1].text == "," and verb.dep_ in ("advcl", "conj", "parataxis")
             and verb.head.i < subject.i)
    if case is None and not aside or verb.pos_ not in ("VERB", "AUX") or verb.i < subject.i or verb.head == verb:
        return False
    first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i])
    noun = verb.doc[first - 1]
    while noun.head.i < first and noun.head.i > noun.i:
        noun = noun.head
    marker = next((c for c in noun.children if c.dep_ == "case" and c.lower_ in subordinators() and c.i < noun.i), None)
    if (marker is None or noun == subject or noun.i < subject.i or noun.head == verb or noun.head.pos_ not in ("VERB", "AUX")
            or noun.pos_ not in ("NOUN", "PROPN", "ADJ") or not any(t.dep_ in ("acl:relcl", "acl") for t in subject.children)):
        return False
    above = verb.head
    verb.head, verb.dep_ = noun.head, "advcl"
    subject.head, subject.dep_ = above, "obl" if case is not None else "appos"
    noun.head, noun.dep_ = verb, "nsubj:pass" if any(c.dep_ == "aux:pass" for c in verb.children) else "nsubj"
    marker.head, marker.dep_ = verb, "mark"
    return True


def _complementizer_read_as_a_determiner(that: "Token") -> bool:
    """"warned that gas supplies will be cut" parsed with "that" the determiner of "supplies": a
    "that" before a plural noun that opens the subject of a clause is the clause's complementizer.
    Returns whether it repaired."""
    if that.lower_ == "that" and that.dep_ == "nsubj" and that.head.pos_ in ("VERB", "AUX") and any(
            c.dep_.startswith("nsubj") and c.i > that.i and c.left_edge.i == that.i + 1 for c in that.head.children):
        # "reported that crude oil inventories rose" read with "that" a second subject of "rose"
        that.dep_, that.pos_ = "mark", "SCONJ"
        return True
    following = that.doc[that.i + 1] if that.i + 1 < len(that.doc) else None
    if (that.lower_ == "that" and that.dep_ == "obj" and following is not None and following.dep_.startswith("nsubj")
            and following.head.pos_ in ("VERB", "AUX") and following.head.i > that.i and that.head.i > following.i
            and following.head.dep_ == "ccomp"):  # (a complement clause: not "the thing that he did")
        # "admitted that it had failed to report ..." read with "that" the object of "report": the
        # complementizer of the clause whose subject follows it
        that.head, that.dep_, that.pos_ = following.head, "mark", "SCONJ"
        return True
    noun = that.head
    if that.lower_ != "that" or that.dep_ != "det" or not noun.dep_.startswith("nsubj"):
        return False
    # a singular noun after it is a demonstrative's ("that plan"), but right after the verb that
    # takes the clause as its complement, it is the clause's subject ("found that consumer
    # sentiment dropped")
    if noun.tag_ not in ("NNS", "NNPS") and not (noun.head.dep_ == "ccomp" and noun.head.head.i == that.i - 1
                                                and noun.head.head.pos_ == "VERB"):
        return False
    if noun.left_edge != that or noun.head.pos_ not in ("VERB", "AUX", "ADJ", "NOUN") or noun.head == noun:
        return False
    that.head, that.dep_, that.pos_ = noun.head, "mark", "SCONJ"
    return True


def _day_read_as_the_subjects(day: "Token") -> bool:
    """"Germany on Tuesday recalled its ambassador" parsed with "on Tuesday" a modifier of
    "Germany": a day between a subject and its verb is the verb's time. Returns whether it repaired."""
    subject = day.head
    if day.lower_ not in _clause_markers()["day_names"] or day.dep_ != "nmod" or not subject.dep_.startswith("nsubj"):
        return False
    verb = subject.head
    if verb.pos_ not in ("VERB", "AUX") or not subject.i < day.i < verb.i:
        return False
    day.head, day.dep_ = verb, "obl"
    return True


def _date_read_as_the_main_verbs_subject(time: "Token") -> bool:
    """"Nurses in Leeds, where the strike had closed wards since May 3, told Reuters that ..."
    parsed with "3" (of "May 3") the subject of "told" and "Nurses" a root with no verb: a date is
    nobody's subject; the verb is the sentence's, the root noun before it its subject, and the date
    the time of the clause that ends with it. Returns whether it repaired."""
    doc = time.doc
    verb = time.head
    if time.dep_ != "nsubj" or verb.pos_ != "VERB":
        return False
    if not (time.lower_ in _day_and_month_names() or time.like_num and any(c.lower_ in _day_and_month_names() for c in time.children)):
        return False  # (a number alone may be a count: "3 were killed")
    root = time.sent.root
    if root.pos_ == "VERB" and _where_clause_read_as_the_root(root, verb, time):
        return True
    if root.pos_ not in ("NOUN", "PROPN") or root.i > time.i or root == verb or not root.is_ancestor(verb):
        return False
    # (the clause the date ends: the nearest verb before it in the root noun's phrase)
    clause = next((t for t in reversed(doc[root.i + 1:time.left_edge.i]) if t.pos_ == "VERB" and root.is_ancestor(t)), None)
    if clause is None or clause == verb:
        return False
    for child in [c for c in verb.children if c.dep_ == "mark" and c.i < time.i and c.lower_ in _clause_markers()["clauseless_prepositions"] | {"since", "until", "till", "before", "after"}]:
        child.head, child.dep_ = time, "case"  # ("since May 3": the date's preposition)
    time.head, time.dep_ = clause, "obl"
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "nsubj"
    if verb.tag_ == "VBN" and not any(c.dep_.startswith("aux") for c in verb.children) and is_past_form(verb):
        _made_a_past_tense(verb)  # ("told" with its subject back: the past tense)
    _full_stop_to(root, verb)
    return True


def _where_clause_read_as_the_root(root: "Token", verb: "Token", time: "Token") -> bool:
    """The same with the clause a "where" opens made the root ("Teachers in Nablus, where the strike
    for higher pay had closed all schools since April 5, told AFP ...", "the strike" an apposition of
    "Teachers"): the noun before the comma is the subject of the verb the date was given, the
    "where" clause is that noun's, with the apposition its subject."""
    doc = time.doc
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    where = next((t for t in doc[subject.i + 1 : root.i] if t.lower_ in ("where", "when") and t.tag_ == "WRB"), None) if subject else None
    if where is None or doc[where.i - 1].text != "," or root.i > time.i or not root.is_ancestor(verb) or verb.head != root:
        return False
    own = next((c for c in subject.children if c.dep_ == "appos" and c.i > where.i), None)
    if own is None or own.pos_ not in ("NOUN", "PROPN"):
        return False
    for child in [c for c in verb.children if c.dep_ == "mark" and c.i < time.i and c.lower_ in ("since", "until", "till", "before", "after")]:
        child.head, child.dep_ = time, "case"
    time.head, time.dep_ = root, "obl"
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head, subject.dep_ = verb, "nsubj"
    host = where.head if where.head.pos_ in ("NOUN", "PROPN") and where.head.i < where.i else subject  # ("in Nablus, where")
    root.head, root.dep_ = host, "acl:relcl"
    where.head, where.dep_ = root, "advmod"
    own.head, own.dep_ = root, "nsubj"
    if verb.tag_ == "VBN" and not any(c.dep_.startswith("aux") for c in verb.children) and is_past_form(verb):
        _made_a_past_tense(verb)
    _full_stop_to(root, verb)
    return True


def _opening_time_read_as_a_sentence_of_its_own(time: "Token") -> bool:
    """"Also on Wednesday, President Jose Eduardo dos Santos appointed ..." parsed as two sentences,
    "Also on Wednesday, President Jose Eduardo" with the day its root, and "dos Santos appointed ...":
    a piece with no verb whose root is a time with its preposition opens the clause that follows;
    the time is that verb's, and a name the piece ends with, right before the verb's subject, is
    the start of that subject's name. Returns whether it repaired."""
    doc = time.doc
    piece = time.sent
    if (time.head != time or time.lower_ not in _day_and_month_names() and not time.like_num
            or not any(c.dep_ == "case" for c in time.children) or piece.end >= len(doc)
            or any(t.pos_ in ("VERB", "AUX") for t in piece)):
        return False
    # (the verb whose subject starts right after the piece: the parse may have hung that verb on a later one)
    # (and the first verb after that subject, which the parse may have made its participle:
    # "dos Santos [appointed] ... and on Thursday named")
    subject = next((t for t in doc[piece.end:] if t.dep_ in ("nsubj", "nsubj:pass") and t.left_edge.i == piece.end), None)
    verb = next((t for t in doc[subject.i + 1:] if t.pos_ == "VERB"), None) if subject is not None else None
    if verb is None or not (verb == subject.head or verb.head == subject):
        return False
    for name in [c for c in time.children if c.dep_ in ("appos", "nmod", "conj") and c.pos_ == "PROPN" and c.right_edge.i == piece.end - 1]:
        name.head, name.dep_ = subject, "compound"  # ("President Jose Eduardo [dos Santos]")
    time.head, time.dep_ = verb, "obl"
    return True


def _plural_noun_read_as_a_present_after_its_modifier(word: "Token") -> bool:
    """"sentences for two pro-democracy activists accused of subversion" parsed with "activists" a
    present tense (VBZ) and "pro-democracy" the phrase's head: a form in -s that is no verb the
    treebanks know ("activist" is none), right after the modifier of a noun phrase that has its
    count, article or preposition, is that phrase's plural noun. Returns whether it repaired."""
    form = word.lower_
    if (word.tag_ != "VBZ" or word.pos_ not in ("VERB", "NOUN") or word.i == 0 or not form.endswith("s") or form[:-1] in known_verbs()
            or form[:-2] in known_verbs() or form[:-3] + "y" in known_verbs() or form in lemma_exceptions()):
        return False
    modifier = word.doc[word.i - 1]
    # (or a name that modifies it, read as the verb's object: "to exempt [US] cows aged 20 months")
    named = modifier.pos_ == "PROPN" and modifier.dep_ in ("obj", "obl", "nmod") and modifier.head.i < modifier.i
    if modifier.pos_ not in ("ADJ", "NOUN") and not named or modifier.head == modifier or modifier.head == word or not (named or any(
            c.dep_ in ("case", "det", "nummod", "nmod:poss") for c in modifier.children)):
        return False
    if any(c.dep_.startswith(("nsubj", "aux")) or c.dep_ == "obj" for c in word.children):
        return False  # (a verb with its subject or object: not this misreading)
    word.head, word.dep_ = modifier.head, modifier.dep_
    word.pos_, word.tag_ = "NOUN", "NNS"
    word.set_morph("Number=Plur")
    for child in [c for c in modifier.children if c.i < modifier.i]:
        child.head = word  # ("for two": the noun's)
    modifier.head, modifier.dep_ = word, "amod" if modifier.pos_ == "ADJ" else "compound"
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    if after is not None and after.head == word.head and after.dep_ in ("xcomp", "advcl") and after.pos_ in ("ADJ", "VERB"):
        after.head, after.dep_ = word, "acl"  # ("US cows [aged 20 months]": what describes the noun, no clause of the verb)
    return True


_NOUN_RELATION_OF_A_CLAUSE = {"advcl": "obl", "acl": "nmod", "ccomp": "obj", "xcomp": "obj", "csubj": "nsubj"}


def _noun_before_a_time_takes_its_place(time: "Token", noun: "Token", relation: str) -> None:
    """The repair of a bare time the parse made an argument ("submitted a bid Wednesday" read with
    the day as the object): the noun before it takes its relation to the verb, with the time's other
    words before the noun, and the time becomes a bare time phrase of the verb."""
    noun.head, noun.dep_ = time.head, relation
    for word in time.lefts:
        if word.i < noun.i:
            word.head = noun
    time.dep_ = "obl:unmarked"


def _name_read_into_the_day_after_it(time: "Token") -> bool:
    """"met with President Emile Lahoud Friday night" parsed as one phrase, the name a compound
    of the day (or a noun: "left by air Sunday"): a day (with its part of the day) takes no name
    before it; the name takes the
    phrase's place and its preposition, and the time becomes a bare time phrase of the verb.
    Returns whether it repaired."""
    markers = _clause_markers()
    day = time if time.lower_ in markers["day_names"] else next(
        (c for c in time.lefts if c.i == time.i - 1 and c.lower_ in markers["day_names"] and c.dep_ == "compound"), None)
    if day is None or time.head == time or time.head.pos_ not in ("VERB", "AUX") or time.i < 2:
        return False
    if day is not time and time.lower_ not in markers["time_nouns"]:
        return False
    # (or a common noun: "left Libya by air Sunday", "spoke by phone Monday")
    name = next((c for c in day.lefts if c.i == day.i - 1 and c.dep_ in ("compound", "flat")
                 and (c.pos_ == "PROPN" or c.pos_ == "NOUN" and c.text.islower() and c.lower_ not in markers["time_nouns"])), None)
    if name is None or name.lower_ in markers["day_names"] | markers["month_names"]:
        return False
    relation = time.dep_
    name.head, name.dep_ = time.head, relation
    for word in time.lefts:
        if word.i < name.i:
            word.head = name  # the preposition, and the name's own words
    for word in time.rights:
        if word.dep_ == "nmod":
            word.head, word.dep_ = name.head, "obl"  # "... Friday night [over the bombing]": the verb's, as the name was
    time.dep_ = "obl:unmarked"
    return True


def _subject_read_into_the_time_after_it(time: "Token") -> bool:
    """"Air France-KLM and Alitalia last week revealed ..." parsed as one noun phrase headed by
    "week", the subject of "revealed": a counted time ("last week", "this month") takes no name
    before it; the name is the subject, and the time a bare time phrase of the verb. Returns
    whether it repaired."""
    markers = _clause_markers()
    if time.dep_ not in ("nsubj", "nsubj:pass") or time.head.pos_ not in ("VERB", "AUX") or time.i < 2:
        return False
    direction = next((c for c in time.lefts if c.i == time.i - 1 and c.lower_ in markers["time_directions"]), None)
    if direction is None:
        return False
    name = next((c for c in time.lefts if c.i < direction.i and c.dep_ in ("compound", "flat", "nmod")
                 and c.pos_ in ("PROPN", "NOUN") and c.right_edge.i == direction.i - 1
                 and c.lower_ not in markers["time_nouns"]), None)
    if name is None:
        return False
    name.head, name.dep_ = time.head, time.dep_
    for word in list(time.lefts):
        if word.i < name.i:
            word.head = name
    time.dep_ = "obl:tmod"
    return True


def _clocks_zone_read_as_the_next_subject(time: "Token") -> bool:
    """"left at around 5:30 p.m. Manila time for Hanoi and was expected to meet ..." parsed with
    "Manila time" the subject of "was expected", a second root: "time" after a clock and the
    place or "local" that names its zone is that clock's ("5:30 p.m. Manila time"), no subject;
    the verb after "and" is joined to the clock's verb, whose subject it shares, and the phrases
    after "time" are the clock verb's ("for Hanoi"). Returns whether it repaired."""
    doc = time.doc
    if time.lower_ != "time" or time.dep_ not in ("nsubj", "nsubj:pass") or time.i < 3:
        return False
    zone, clock = doc[time.i - 1], doc[time.i - 2]
    verb = time.head
    if (zone.head != time or zone.dep_ not in ("compound", "amod") or not (zone.pos_ == "PROPN" or zone.lower_ == "local")
            or not (clock.lower_ in ("a.m.", "p.m.", "am", "pm", "gmt", "utc") or ":" in clock.text and clock.like_num)
            or verb.i < time.i or not any(c.dep_ == "cc" and time.i < c.i < verb.i for c in verb.children)):
        return False
    number = clock if clock.like_num or clock.head == clock else clock.head
    above = number.head
    if above.pos_ not in ("VERB", "AUX") or above.i > time.i or not any(c.dep_.startswith("nsubj") for c in above.children):
        return False
    for phrase in [c for c in time.children if c.i > time.i and c.dep_ == "nmod"]:
        phrase.head, phrase.dep_ = above, "obl"
    time.head, time.dep_ = number, "nmod:unmarked"
    verb.head, verb.dep_ = above, "conj"
    return True


def _of_phrase_read_on_the_time_before_it(time: "Token") -> bool:
    """"a meeting this week of the two leaders" parsed with "of the two leaders" on "week": a time
    takes no "of" phrase after its direction word; the phrase is the noun's before the time.
    Returns whether it repaired."""
    markers = _clause_markers()
    if time.lower_ not in markers["time_nouns"] or time.head == time or time.head.i != time.left_edge.i - 1:
        return False
    if not any(c.lower_ in markers["time_directions"] and c.i < time.i for c in time.children):
        return False
    moved = False
    for phrase in [c for c in time.rights if c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ == "of" for g in c.children)]:
        phrase.head = time.head
        moved = True
    return moved


def _of_phrase_read_past_a_date(phrase: "Token") -> bool:
    """"the killings on September 8 last year of 12 soldiers", "the bank's announcement on March 28
    of new curbs" parsed with the "of" phrase on the date: a date takes no "of" phrase; the phrase
    is the noun's the date is written after (the words between are the date's only). Returns whether
    it repaired."""
    doc = phrase.doc
    of = next((c for c in phrase.children if c.dep_ == "case" and c.lower_ == "of"), None)
    if phrase.dep_ != "nmod" or of is None or of.i == 0:
        return False
    markers = _clause_markers()
    date_words = markers["time_nouns"] | markers["time_directions"] | _day_and_month_names()

    def of_a_date(word: "Token") -> bool:
        return word.text.rstrip(".").lower() in date_words or word.text[:1].isdigit()

    if of_a_date(phrase):
        return False  # ("in July of 1977": the date's own year)
    k = of.i - 1
    while k > 0 and of_a_date(doc[k]):
        k -= 1
    if k == of.i - 1 or k == 0:
        return False
    if phrase.head == doc[k] and doc[k].pos_ == "NOUN" and doc[k].lower_ not in date_words:
        # ("the death Tuesday of the president" with the phrase on its noun and the day its
        # apposition): the bare day is the noun's time
        date = next((t for t in doc[k + 1:of.i] if not k < t.head.i < of.i), None)
        if date is None or date.head != doc[k] or date.dep_ not in ("appos", "compound", "dep"):
            return False
        date.dep_ = "nmod:unmarked"
        return True
    # The date opens with its preposition right after the noun ("the announcement [on March 28]"),
    # or is bare right after it ("the death [Thursday] of the president"); not "the publication in
    # Western papers [last September]", whose noun is further back.
    bare = doc[k].pos_ == "NOUN" and doc[k].lower_ not in date_words
    if not bare and doc[k].lower_ not in ("on", "in", "at"):
        return False
    noun = doc[k] if bare else doc[k - 1]
    if noun.pos_ != "NOUN" or phrase.head == noun or phrase in noun.ancestors:
        return False
    if bare:
        date = next((t for t in doc[k + 1:of.i] if not k < t.head.i < of.i), None)
        if date is None:
            return False
        if date.head != noun:
            # ("following the death Thursday of ..." parsed with the day the phrase's head, its
            # preposition on the day and the noun that preposition's object): the noun heads it
            marker = noun.head
            if not (marker.head == date and marker.dep_ == "case" and marker.i < noun.i):
                return False  # (a bare time hung elsewhere is no time of this noun's)
            noun.head, noun.dep_ = date.head, date.dep_
            marker.head = noun
            for word in [c for c in date.children if c.i < noun.i]:
                word.head = noun
            date.head = noun
        date.dep_ = "nmod:unmarked"  # as the treebanks hang a bare time on a noun ("my day Tuesday")
    phrase.head = noun
    return True


def _year_after_a_possessive_read_on_the_owner(year: "Token") -> bool:
    """"China's 1989 crackdown on activists" parsed with the year hung on "China": a year written
    after a possessive is the possessed noun's, as the treebanks read it ("the club's 1998 season").
    Returns whether it repaired."""
    doc = year.doc
    owner = year.head
    if (len(year.text) != 4 or not year.text.isdigit() or year.i < 2 or owner.i >= year.i
            or doc[year.i - 1].tag_ != "POS" or doc[year.i - 1].head != owner
            or owner.dep_ not in ("nmod:poss", "compound") or owner.head.i <= year.i or owner.head.pos_ not in ("NOUN", "PROPN")):
        return False
    year.head, year.dep_ = owner.head, "compound"
    return True


def _for_phrase_read_as_a_clause_of_its_noun(marker: "Token") -> bool:
    """"The run-off for 133 seats was held on Tuesday" parsed with "for" a subordinator opening
    "133 seats was held", a clause of "run-off": "for" opens no clause with its subject in news;
    it is the preposition of the noun after it, the noun before it is the verb's subject, and the
    verb takes the noun's place. Returns whether it repaired."""
    verb = marker.head
    if marker.dep_ != "mark" or verb.left_edge.i != marker.i or verb.dep_ not in ("acl", "acl:relcl", "advcl"):
        return False
    noun = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i > marker.i), None)
    if (noun.i > marker.i or noun.pos_ not in ("NOUN", "PROPN") or subject is None or subject.pos_ not in ("NOUN", "PROPN")
            or not any(c.dep_.startswith("aux") for c in verb.children) and verb.tag_ not in ("VBD", "VBZ", "VBP")
            or any(c.dep_.startswith("nsubj") for c in noun.children)):
        return False
    subject_dep = subject.dep_
    later = noun.head if noun.dep_.startswith("nsubj") and noun.head.i > verb.i else None
    if later is not None:
        # ("The run-off for 87 seats was held on Sunday and the party won 31": the noun was the
        # later verb's subject; that verb is joined to this one, with its "and")
        conjunction = next((t for t in verb.doc[verb.right_edge.i + 1 : later.i] if t.dep_ == "cc"), None)
        verb.head, verb.dep_ = (verb, "ROOT") if later.head == later else (later.head, later.dep_)
        later.head, later.dep_ = verb, "conj"
        if conjunction is not None:
            conjunction.head = later
    else:
        verb.head, verb.dep_ = (verb, "ROOT") if noun.head == noun else (noun.head, noun.dep_)
    for child in [c for c in noun.children if c.i > verb.i]:
        child.head = verb  # (the clauses and punctuation after it: the verb's)
    noun.head, noun.dep_ = verb, subject_dep
    subject.head, subject.dep_ = noun, "nmod"
    marker.head, marker.dep_ = subject, "case"
    return True


def _first_name_read_as_the_root(root: "Token") -> bool:
    """"Since his party lost its majority, Tony Marsh has been under pressure" parsed with "Tony"
    the root and "Marsh" the subject of a clause hung on it: a proper-noun root right before the
    proper noun that is the subject of the clause after it is that name's first word; the clause
    is the sentence's main clause. Returns whether it repaired."""
    doc = root.doc
    if root.pos_ != "PROPN" or root.i + 1 >= len(doc) or not root.whitespace_:
        return False
    surname = doc[root.i + 1]
    predicate = surname.head
    if (surname.pos_ != "PROPN" or not surname.dep_.startswith("nsubj") or predicate.head != root or predicate.i <= surname.i
            or predicate.dep_ not in ("parataxis", "acl:relcl", "acl", "ccomp", "advcl", "conj", "dep", "appos")
            or any(c.dep_.startswith("nsubj") for c in root.children)):
        return False
    predicate.head, predicate.dep_ = predicate, "ROOT"
    for child in [c for c in root.children if c != predicate and not (c.dep_ in ("compound", "flat") and c.i < root.i)]:
        child.head = predicate
    root.head, root.dep_ = predicate, surname.dep_
    surname.head, surname.dep_ = root, "flat"
    return True


def _first_noun_read_as_the_root_before_its_subject(root: "Token") -> bool:
    """"Share prices on the stock market closed higher" parsed with "Share" the root and "closed"
    a clause hung on it: a noun opening the sentence right before the subject of the verb hung on
    it is that subject's compound, and the verb the root. Returns whether it repaired."""
    doc = root.doc
    if root.pos_ != "NOUN" or root.head != root or root.i != root.sent.start or root.i + 1 >= len(doc):
        return False
    subject = doc[root.i + 1]
    verb = subject.head
    if (subject.pos_ not in ("NOUN", "PROPN") or subject.dep_ not in ("nsubj", "nsubj:pass") or verb.head != root
            or verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("parataxis", "acl", "acl:relcl", "dep", "appos")):
        return False
    verb.head, verb.dep_ = verb, "ROOT"
    for child in [c for c in root.children if c.i > subject.i]:
        child.head = verb  # (the punctuation and clauses after it: the verb's)
    root.head, root.dep_ = subject, "compound"
    return True


def _told_clause_read_as_a_relative(that: "Token") -> bool:
    """"told reporters that the president planned to travel", "Lawyer X confirmed to AFP on
    Wednesday that his side would appeal" parsed with "that" a relative pronoun, the object of a
    relative clause on "reporters" (on "lawyer"; on "month" in "warned earlier this month that"):
    the clause after the person told, or after the one who told it or the bare time of the telling,
    with its own subject, is what was told. Returns whether it repaired."""
    clause = that.head
    if that.tag_ not in ("WDT", "IN") or that.dep_ not in ("obj", "obl", "mark") or clause.dep_ != "acl:relcl" or clause.i < that.i:
        return False
    if not any(c.dep_ in ("nsubj", "nsubj:pass") and c.i > that.i for c in clause.children):
        return False
    noun = clause.head
    telling = _clause_markers()["telling_verbs"]
    if noun.dep_ in ("obj", "iobj") and (_verb_lemma_of_form(noun.head) in telling or noun.dep_ == "iobj" and _is_reporting_word(noun.head.lower_)):
        reporting = noun.head  # "told reporters that ..."
    elif (noun.dep_ in ("obl:unmarked", "obl:tmod") and noun.lower_ in time_words() and noun.head.i < noun.i
          and _is_reporting_word(noun.head.lower_)):
        reporting = noun.head  # ("warned earlier this month that ...": a bare time of the saying, not the clause's)
    else:
        # ("Lawyer X confirmed to AFP ... that": the verb of telling read as the noun's modifier)
        # ("Omar Nasser told reporters that ..." with "told" an adjective of "reporters", the root)
        reporting = next((c for c in noun.children if c.dep_ in ("acl", "acl:relcl", "amod") and c.i < that.i
                          and c.tag_ in ("VBD", "VBN") and _is_reporting_word(c.lower_)), None)
    if reporting is None:
        return False
    clause.head, clause.dep_ = reporting, "ccomp"
    that.head, that.dep_ = clause, "mark"
    return True


def _reduced_relative_read_as_a_subject_clause(participle: "Token") -> bool:
    """"The six condemned to death Monday had been accused of ..." parsed with "condemned" a clause
    that is the subject of "accused", "six" its subject: a past form right after a noun or number,
    made the subject of a verb, is that noun's reduced relative, and the noun the subject.
    Returns whether it repaired."""
    verb = participle.head
    noun = next((c for c in participle.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i == participle.i - 1), None)
    if (noun is None or participle.tag_ not in ("VBD", "VBN") or verb == participle or verb.i < participle.i
            or noun.pos_ not in ("NOUN", "PROPN", "NUM") or not any(c.dep_.startswith("aux") for c in verb.children)):
        return False
    noun.head, noun.dep_ = verb, participle.dep_
    participle.head, participle.dep_, participle.tag_ = noun, "acl", "VBN"
    return True


def _subordinate_subject_read_as_a_phrase(marker: "Token") -> bool:
    """"two men were killed in attacks while mortar strikes in Baghdad, including one ..., injured
    four civilians" parsed with "while" marking the noun "strikes", a phrase of "killed", and
    "injured" a conjunct of "killed" with no subject: a subordinator opens a clause, never a noun
    phrase; the noun is the subject of the first later verb joined to the noun's verb without one,
    and that verb the subordinate clause. Returns whether it repaired."""
    noun = marker.head
    host = noun.head
    if marker.dep_ != "mark" or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("obl", "nmod", "obj") or host.pos_ != "VERB":
        return False
    verb = next((c for c in host.children if c.dep_ == "conj" and c.i > noun.i and c.pos_ == "VERB"
                 and not any(g.dep_.startswith(("nsubj", "mark")) or g.dep_ == "cc" for g in c.children)), None)
    if verb is None:
        return False
    verb.head, verb.dep_ = host, "advcl"
    noun.head, noun.dep_ = verb, "nsubj"
    marker.head = verb
    return True


def _closing_source_read_as_a_conjunct(reporting: "Token") -> bool:
    """"A bus was hit by gunfire on Wednesday, Kyodo News reported Thursday." parsed with
    "reported" a conjunct of "hit" (no "and"): a source after a comma, with its subject, closing the
    sentence, is the attribution of what comes before, as the treebanks hang it (parataxis).
    Returns whether it repaired."""
    if reporting.dep_ != "conj" or any(c.dep_ == "cc" for c in reporting.children) or reporting.head.i > reporting.i:
        return False
    subject = next((c for c in reporting.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < reporting.i), None)
    doc = reporting.doc
    if subject is None or subject.left_edge.i == 0 or doc[subject.left_edge.i - 1].text != ",":
        return False
    if any(not t.is_punct for t in doc[reporting.right_edge.i + 1 : reporting.sent.end]):
        return False  # (the source closes the sentence)
    reporting.dep_ = "parataxis"
    return True


def _subordinate_clause_read_as_a_nouns_phrase(verb: "Token") -> bool:
    """"was taken in the city of Madras after the party's think-tank met late Tuesday" parsed with
    "after the think-tank" a phrase of "city" and "met" a modifier of "think-tank": a past tense
    right after a noun that a subordinator introduces is that noun's verb, and the clause the
    subordinator's, of the verb above; so is one the parse made the outer verb's complement
    ("warned Iran ... after Tehran's parliament authorized the government"). Returns whether it
    repaired."""
    if verb.tag_ != "VBD" or verb.dep_ not in ("acl", "ccomp") or verb.head.i > verb.i:
        return False
    if verb.dep_ == "acl" and verb.left_edge.i != verb.i:
        return False
    # the noun phrase right before the past tense (the parse may have hung the verb further up)
    noun = verb.doc[verb.i - 1]
    while noun.head.i < verb.i and noun.head.i > noun.i:
        noun = noun.head
    marker = next((c for c in noun.children if c.dep_ == "case" and c.lower_ in subordinators() and c.i < noun.i), None)
    earlier = [c for c in verb.children if marker is not None and c.i < marker.i] if verb.dep_ == "ccomp" else []
    if any(c.dep_.startswith(("aux", "mark", "expl")) for c in earlier):
        return False
    if marker is None or noun.pos_ not in ("NOUN", "PROPN") or any(
            c.dep_.startswith(("nsubj", "aux", "mark")) and c not in earlier for c in verb.children):
        return False
    if verb.dep_ == "ccomp":
        # (such a complement may have taken the outer clause's words before the noun phrase:
        # "warned Iran against heading into a spiral ... after": those go back to the outer verb)
        host = verb.head
        if not any(t == host for t in _heads_above(noun)) and noun.head not in (host, *earlier) and not any(
                noun in e.subtree for e in earlier):
            return False  # (the noun's phrase is not the outer clause's)
        if any(c.dep_.startswith("nsubj") for c in earlier) and any(g.dep_ in ("obj", "ccomp") for g in host.children if g != verb):
            return False  # (no room for the subject it took as the outer verb's object)
        for c in earlier:
            c.head = host
            if c.dep_.startswith("nsubj"):
                c.dep_ = "obj"  # ("warned Iran": the object the clause had taken as its subject)
    else:
        host = next((t for t in [noun.head, *_heads_above(noun.head)] if t.pos_ in ("VERB", "AUX")), None)
    if host is None:
        return False
    verb.head, verb.dep_ = host, "advcl"
    noun.head, noun.dep_ = verb, "nsubj"
    marker.head, marker.dep_ = verb, "mark"
    return True


def _approximation_of_a_quantity_read_on_the_verb(adverb: "Token") -> bool:
    """"Almost all these flights were cancelled" parsed with "Almost" an adverb of "cancelled": an
    adverb of approximation right before the quantity of the subject ("all", "half", a number) is
    that quantity's, as the treebanks hang it. Returns whether it repaired."""
    doc = adverb.doc
    if adverb.i + 1 >= len(doc) or adverb.head.pos_ not in ("VERB", "AUX") or adverb.head.i < adverb.i:
        return False
    quantity = doc[adverb.i + 1]
    noun = quantity.head
    if (quantity.dep_ not in ("det:predet", "det", "nummod") and not (quantity.pos_ == "NUM" or quantity.lower_ == "half")
            or noun.i <= adverb.i or noun.i > adverb.head.i or noun.dep_ not in ("nsubj", "nsubj:pass")
            or quantity.lower_ not in ("all", "half", "every", "each") and quantity.pos_ != "NUM"):
        return False
    adverb.head = quantity
    return True


def _time_read_past_an_inner_verbs_object(time: "Token") -> bool:
    """"rejected any link between efforts to funnel donations last year to US campaigns" parsed with
    "last year" a time of "rejected" and "to US campaigns" a phrase of "year": a time takes no such
    phrase; written between an inner verb's object and that verb's phrase, both are the inner
    verb's. Returns whether it repaired."""
    phrase = next((c for c in time.rights if c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ != "of" for g in c.children)), None)
    outer = time.head
    start = time.left_edge.i
    if phrase is None or start == 0 or outer.pos_ not in ("VERB", "AUX") or outer.i > time.i:
        return False
    inner = time.doc[start - 1]
    for _ in range(8):
        if inner.pos_ == "VERB" or inner.head == inner or inner.i < outer.i:
            break
        inner = inner.head
    if inner.pos_ != "VERB" or inner == outer or inner.i > time.i or outer not in _heads_above(inner):
        return False
    time.head = inner
    phrase.head, phrase.dep_ = inner, "obl"
    return True


def _day_closing_a_present_relative_clause_read_on_it(time: "Token") -> bool:
    """"Police arrested people who sell drugs on Monday" parsed with "on Monday" a phrase of "sell":
    a relative clause in the simple present tells what someone does, not when; a day's name closing
    the sentence after it is the past verb's whose object the clause describes ("arrested ... on
    Monday"). Returns whether it repaired."""
    relative = time.head
    if relative.dep_ in ("obj", "obl") and relative.head.dep_ == "acl:relcl":
        relative = relative.head  # ("who sell forged tickets on Monday" with the day on "tickets")
    noun = relative.head
    verb = noun.head
    end = time.right_edge.i + 1
    if (time.lower_ not in day_names() or not time.dep_.startswith(("obl", "nmod")) or relative.dep_ != "acl:relcl"
            or relative.tag_ not in ("VBP", "VBZ") or any(c.dep_.startswith("aux") for c in relative.children)
            # (a clause whose subject is the relative word and no comma sets off: "people who sell
            # drugs"; not "the square, where the festival opens on Friday", a timetable's present)
            or not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that", "which") for c in relative.children)
            or any(t.text == "," for t in time.doc[noun.i : relative.i])
            or noun.dep_ not in ("obj", "obl") or verb.tag_ != "VBD" or verb.i > noun.i
            or end < len(time.doc) and not (time.doc[end].is_punct and end == len(time.doc) - 1)):
        return False
    time.head, time.dep_ = verb, "obl"
    return True


def _second_time_after_a_relative_clause_read_on_the_main_verb(time: "Token") -> bool:
    """"will pay a visit early next year, according to Bush, who offered an invitation, Sunday
    morning" parsed with "Sunday morning" a second time of "pay": a verb that already has a time
    before it takes no second one written after a relative clause that ends right before it (a
    comma between at most); the time is the relative clause's verb's. Returns whether it repaired."""
    verb = time.head
    start = next(t.i for t in time.subtree if not t.is_punct)  # (its comma may hang on it)
    if not time.dep_.startswith("obl") or verb.pos_ not in ("VERB", "AUX") or verb.i > time.i or start < 2:
        return False
    times = _time_names()
    if not any(c != time and c.i < time.i and c.dep_.startswith("obl") and (
            c.lower_ in times or c.like_num and len(c.text) == 4) for c in verb.children):
        return False
    last = time.doc[start - 1]
    if last.text == ",":
        last = time.doc[start - 2]
    relative = next((a for a in [last, *last.ancestors] if a.dep_ == "acl:relcl"), None)
    if (relative is None or relative.right_edge.i != last.i or relative.pos_ not in ("VERB", "AUX")
            or not verb.i < relative.i < start or verb not in _heads_above(relative)):
        return False
    time.head = relative
    return True


def _time_after_a_closed_aside_read_into_it(time: "Token") -> bool:
    """"will study the offer, which runs for two seasons, on Wednesday" parsed with "Wednesday" a
    time of "runs": a relative clause set off by commas ends at its second comma; a time after it,
    where the verb above has none of its own, is that verb's. Returns whether it repaired."""
    relative = time.head
    doc = time.doc
    # (each comma may hang on the phrase after it)
    start = next(t.i for t in time.subtree if not t.is_punct)
    if (not time.dep_.startswith("obl") or relative.dep_ != "acl:relcl" or relative.i > time.i or start < 2
            or doc[start - 1].text != ","):
        return False
    opening = next(t.i for t in relative.subtree if not t.is_punct)
    if opening == 0 or doc[opening - 1].text != "," or doc[opening].tag_ not in ("WDT", "WP", "WP$"):
        return False
    # (the comma before the time closes the aside: nothing of the clause after it but the time)
    if any(t.i >= start - 1 and t != time and not time.is_ancestor(t) and not t.is_punct for t in relative.subtree):
        return False
    verb = next((a for a in _heads_above(relative) if a.pos_ in ("VERB", "AUX")), None)
    times = _time_names()
    if verb is None or any(c.dep_.startswith("obl") and c.lower_ in times for c in verb.children):
        return False
    time.head = verb
    return True


def _time_adverb_read_on_an_apposition(time: "Token") -> bool:
    """"Singh was sacked from the committee, the party's highest body overnight, a spokesman said"
    parsed with "overnight" a modifier of "body": a noun that describes another, set off by a
    comma, takes no time of its own; the time is the verb's above it. Returns whether it repaired."""
    noun = time.head
    # (or the description read as a clause of its own, with no verb: "..., the club's main panel overnight,")
    if (time.dep_ not in ("advmod", "obl:unmarked", "nmod:unmarked", "obl:tmod", "nmod:tmod") or noun.i > time.i
            or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("appos", "parataxis")
            or any(c.dep_.startswith(("nsubj", "cop", "aux")) for c in noun.children)):
        return False
    words = [t.i for t in noun.subtree if not t.is_punct]  # (its commas may hang on it)
    first = words[0]
    if time.i != words[-1] or first == 0 or time.doc[first - 1].text != ",":
        return False
    verb = next((a for a in _heads_above(noun) if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    time.head, time.dep_ = verb, "advmod" if time.pos_ == "ADV" else "obl:unmarked"
    return True


def _passive_participle_read_as_an_adjective(adjective: "Token") -> bool:
    """"The men were beaten and robbed" parsed with "beaten" an adjective after a copula: a word
    in -ed or -en after "be", joined by "and" to a passive participle, is a passive participle
    too. Returns whether it repaired."""
    if adjective.tag_ != "JJ" or not adjective.lower_.endswith(("ed", "en")):
        return False
    copula = next((c for c in adjective.children if c.dep_ == "cop" and c.i < adjective.i), None)  # (UD: always "be")
    joined = next((c for c in adjective.children if c.dep_ == "conj" and c.tag_ == "VBN" and c.pos_ == "VERB"
                   and not any(g.dep_.startswith(("nsubj", "aux", "cop")) for g in c.children)), None)
    if copula is None or joined is None:
        return False
    adjective.pos_ = "VERB"
    _made_a_past_participle(adjective)
    copula.dep_ = "aux:pass"
    for child in adjective.children:
        if child.dep_ == "nsubj":
            child.dep_ = "nsubj:pass"
    return True


def _participle_after_a_noun_read_as_the_verbs_clause(participle: "Token") -> bool:
    """"the committees established by the Summit Conference held in Mecca in 1981" parsed with
    "held" an adverbial clause of "established", or a second participle of "committees": a bare
    past participle right after the noun of the participle before it, with no comma, marker or
    auxiliary, describes that noun. Returns whether it repaired."""
    head = participle.head
    if (participle.dep_ not in ("advcl", "acl") or participle.tag_ not in ("VBN", "VBD") or head.i > participle.i or participle.i == 0
            or any(c.dep_.startswith(("mark", "aux", "nsubj", "cop", "obj")) for c in participle.children)):
        return False
    # (the participle before it: its head, or its head's other participle ending right before it)
    verb = head if participle.dep_ == "advcl" else next(
        (c for c in head.rights if c.dep_ == "acl" and c.tag_ == "VBN" and c.i < participle.i and c.right_edge.i == participle.i - 1), None)
    if verb is None or verb.tag_ != "VBN" or verb.dep_ != "acl":
        return False
    noun = participle.doc[participle.i - 1]
    while noun.head != verb and noun.head.i < participle.i and noun.head.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("flat", "compound", "conj"):
        noun = noun.head
    if noun.head != verb or noun.pos_ not in ("NOUN", "PROPN") or not noun.dep_.startswith(("obl", "obj")):
        return False
    participle.head, participle.dep_ = noun, "acl"
    _made_a_past_participle(participle)
    return True


def _told_verb_after_an_aside_read_as_a_conjunct(verb: "Token") -> bool:
    """"announced Wednesday that Air Force sergeant Danny Matlock, stationed at the base, had been
    arrested" parsed with "sergeant" the told clause and "arrested" a conjunct of "announced": a
    verb joined to a reporting verb with no "and" nor subject of its own, after a noun the parse
    made the told clause, is that clause's verb, and the noun its subject (a participle after its
    comma then describes the noun). Returns whether it repaired."""
    said = verb.head
    if (verb.dep_ != "conj" or said.pos_ != "VERB" or said.i > verb.i or not _is_reporting_word(said.lower_)
            or any(c.dep_.startswith(("nsubj", "expl", "cc")) for c in verb.children)):
        return False
    noun = next((c for c in said.children if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "PROPN") and c.i < verb.i
                 and any(g.dep_ == "mark" for g in c.children)), None)
    if noun is None:
        return False
    verb.head, verb.dep_ = said, "ccomp"
    noun.head = verb
    noun.dep_ = "nsubj:pass" if any(c.dep_ == "aux:pass" for c in verb.children) else "nsubj"
    for child in list(noun.children):
        if child.dep_ == "mark":
            child.head = verb
        elif child.dep_ == "conj" and child.tag_ == "VBN" and child.doc[child.left_edge.i].text == ",":
            child.dep_ = "acl"  # (", stationed at the base,": an aside on the noun)
    return True


def _premodified_noun_read_as_a_clause(adjective: "Token") -> bool:
    """"to broadcast a Sino-Japanese jointly produced documentary" parsed with "Japanese" the
    object and "produced" a clause taking "documentary" as its object: an adjective with an article
    and no noun, right before a participle (its adverb aside) and the bare noun after it, is one
    noun phrase: the article's, the adjective's and the participle's noun is the object. Returns
    whether it repaired."""
    if adjective.pos_ != "ADJ" or not adjective.dep_.startswith("obj"):
        return False
    article = next((c for c in adjective.lefts if c.dep_ == "det" and c.lower_ in ("a", "an", "the")), None)
    doc = adjective.doc
    k = adjective.i + 1
    while k < len(doc) and doc[k].pos_ == "ADV":
        k += 1
    if article is None or k + 1 >= len(doc):
        return False
    participle, noun = doc[k], doc[k + 1]
    if (participle.tag_ not in ("VBD", "VBN") or participle.pos_ != "VERB" or participle.head != adjective.head
            or participle.dep_ not in ("advcl", "conj", "xcomp", "dep") or noun.head != participle or noun.dep_ != "obj"
            or noun.pos_ != "NOUN" or any(c.dep_ == "det" for c in noun.children)
            or any(c.dep_.startswith(("nsubj", "aux", "mark")) for c in participle.children)):
        return False
    noun.head, noun.dep_ = adjective.head, adjective.dep_
    article.head = noun
    adjective.head, adjective.dep_ = noun, "amod"
    participle.head, participle.dep_ = noun, "amod"
    _made_a_past_participle(participle)
    for child in [c for c in participle.children if c.i > noun.i]:
        # (the noun's phrases: "documentary [on the years of ...]"; a purpose stays the verb's)
        if child.dep_.startswith("obl"):
            child.head, child.dep_ = noun, "nmod"
        elif child.dep_ in ("advcl", "xcomp"):
            child.head = noun.head
    return True


def _second_to_phrase_read_as_an_infinitive(verb: "Token") -> bool:
    """"was sent either to the Red Cross or to relief organisations" parsed with "to relief" an
    infinitive and "organisations" its object: "to" after "or" or "and", where the first conjunct
    is a phrase with "to" and a noun, opens a second such phrase; the bare form after it is a noun
    (of the compound before the object's noun). Returns whether it repaired."""
    doc = verb.doc
    if verb.tag_ != "VB" or verb.dep_ != "conj" or verb.i < 2 or doc[verb.i - 1].lower_ != "to" or doc[verb.i - 2].lower_ not in ("or", "and"):
        return False
    to, joiner = doc[verb.i - 1], doc[verb.i - 2]
    # (the first conjunct the verb's phrase, or the phrase the parse hung the second on)
    first = next((c for c in (verb.head, *verb.head.children) if c.dep_ == "obl" and c.i < joiner.i and c.pos_ in ("NOUN", "PROPN")
                  and any(g.dep_ == "case" and g.lower_ == "to" for g in c.children)), None)
    if first is None or to.head != verb or joiner.head != verb or any(c.dep_.startswith(("nsubj", "aux")) for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "obj"]
    noun = objects[0] if len(objects) == 1 and objects[0].i == verb.i + 1 and not any(c.dep_ == "det" for c in objects[0].children) else verb
    noun.head, noun.dep_ = first, "conj"
    to.head, to.dep_, to.pos_, to.tag_ = noun, "case", "ADP", "IN"
    joiner.head = noun
    if noun != verb:
        verb.head, verb.dep_ = noun, "compound"
    verb.pos_, verb.tag_ = "NOUN", "NN"
    verb.set_morph("Number=Sing")
    for child in [c for c in verb.children if c.i > noun.i]:
        child.head = noun.head if child.dep_.startswith("obl") else noun  # (the date stays the verb's)
    return True


def _gerund_of_means_read_on_the_object(gerund: "Token") -> bool:
    """"repeated history by winning the cup" parsed with "winning" a clause of "history": a gerund
    "by" opens tells how the verb's doer did it; no noun takes one. Returns whether it repaired."""
    noun = gerund.head
    if (gerund.dep_ != "acl" or gerund.tag_ != "VBG" or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "obj"
            or not any(c.dep_ == "mark" and c.lower_ == "by" and c.i < gerund.i for c in gerund.children)):
        return False
    gerund.head, gerund.dep_ = noun.head, "advcl"
    return True


def _participle_before_a_subject_read_as_the_clauses_verb(participle: "Token") -> bool:
    """"were working when privately made explosives stored in a pit, caught fire" parsed with
    "made" the "when" clause's verb, "explosives" its object and "caught" a conjunct of the main
    verb (or with "when" on the participle as an adjective of its noun): a past form between its
    adverb and a bare noun, right after the clause's subordinator, describes that noun, which is
    the subject of the past tense with no subject of its own after the noun's phrase. Returns
    whether it repaired."""
    doc = participle.doc
    if participle.tag_ not in ("VBD", "VBN") or participle.dep_ not in ("advcl", "amod") or participle.i < 2:
        return False
    adverb, marker = doc[participle.i - 1], doc[participle.i - 2]
    noun = doc[participle.i + 1] if participle.i + 1 < len(doc) else None
    if (adverb.pos_ != "ADV" or not adverb.lower_.endswith("ly") or adverb.head != participle
            or marker.lower_ not in subordinators()
            or marker.head != participle or noun is None or noun.pos_ != "NOUN" or any(c.dep_ == "det" for c in noun.children)
            or any(c.dep_.startswith("nsubj") for c in participle.children)):
        return False
    if participle.dep_ == "advcl" and (noun.head != participle or noun.dep_ != "obj") or participle.dep_ == "amod" and noun != participle.head:
        return False
    main = participle.head if participle.dep_ == "advcl" else noun.head
    verb = next((c for c in main.rights if c.dep_ in ("conj", "parataxis", "acl", "advcl", "dep") and c.tag_ == "VBD"
                 and c.i > noun.right_edge.i and not any(g.dep_.startswith(("nsubj", "cc", "mark")) for g in c.children)), None)
    if verb is None or main.head == noun:
        return False
    verb.head, verb.dep_ = main, "advcl"
    marker.head = verb
    noun.head, noun.dep_ = verb, "nsubj"
    participle.head, participle.dep_ = noun, "amod"
    if participle.tag_ != "VBG":
        _made_a_past_participle(participle)
    return True


def _zero_relative_read_as_a_participle_of_a_second_noun(verb: "Token") -> bool:
    """"from the security pact both countries signed in 1995" parsed with "countries" a second
    noun beside "pact" (a conjunct with no "and", or a second object) and "signed" its participle
    (titled "Countries were signed"): a noun phrase right after another, with no word to join them,
    followed by a transitive past form with no object, is the subject of a relative clause with
    no relative word ("the pact [that] both countries signed"). Returns whether it repaired."""
    noun = verb.head
    doc = verb.doc
    if (verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.i != noun.i + 1 or noun.pos_ != "NOUN"
            or any(c.dep_.startswith(("obj", "aux", "nsubj")) or c.dep_ == "obl:agent" for c in verb.children)
            or _verb_lemma_of_form(verb) in intransitive_verbs()):
        return False
    first = doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    if first is None or first.pos_ != "NOUN" or not any(c.dep_ == "det" for c in first.children):
        return False
    # (or the noun made the subject of a reporting verb after the clause: "the pact both countries
    # signed in 1995, ..., said Wirajuda")
    reporting = noun.head if noun.dep_ == "nsubj" and _is_reporting_form(noun.head) and noun.head.i > verb.right_edge.i else None
    joined = (noun.dep_ == "conj" and noun.head == first and not any(c.dep_ == "cc" and c.lower_ in ("and", "or", "but") for c in noun.children)
              or noun.dep_ in ("obj", "appos") and noun.head == first.head and first.dep_ == noun.dep_ or reporting is not None)
    if not joined or not any(c.dep_ in ("det", "nummod") for c in noun.children):
        return False
    for child in [c for c in noun.children if c.dep_ == "det" and c.lower_ in ("both", "either")]:
        child.pos_, child.tag_ = "DET", "DT"  # ("both countries": a determiner, whatever the tagger made of it)
    _relative_clause_of(first, noun, verb, first.head if first.head != first else None, first.dep_)
    speaker = next((c for c in reporting.children if c.dep_ in ("appos", "obj") and c.pos_ == "PROPN" and c.i > reporting.i),
                   None) if reporting is not None else None
    if speaker is not None:
        speaker.dep_ = "nsubj"  # ("said Wirajuda": the reporting verb's own subject)
    _made_a_past_tense(verb)
    return True


def _gapped_passive_read_as_a_nouns_participle(participle: "Token") -> bool:
    """"Four militants were killed and five others wounded on Thursday night" parsed with "others"
    a conjunct of "killed" and "wounded" its participle (titled "Five others were wounded", the
    killing left to the publication day): a past participle on a noun joined by "and" to a passive
    verb is a second passive that leaves out its auxiliary, the noun its subject. Returns whether
    it repaired."""
    noun = participle.head
    cc = next((c for c in noun.children if c.dep_ == "cc" and c.lower_ == "and" and c.i < noun.i), None)
    if (participle.dep_ != "acl" or participle.tag_ not in ("VBN", "VBD") or participle.i != noun.i + 1
            or noun.pos_ not in ("NOUN", "PRON", "NUM") or cc is None or cc.i == 0):
        return False
    # (the passive the "and" follows; the parse may have made the noun its conjunct, or the subject
    # of a reporting verb after it: "..., police and witnesses said")
    verb = cc.doc[cc.i - 1]
    while verb.pos_ != "VERB" and verb.head != verb and verb.head.i < cc.i:
        verb = verb.head
    if (verb.pos_ != "VERB" or not any(c.dep_ == "aux:pass" for c in verb.children)
            or not (noun.dep_ == "conj" and noun.head == verb
                    or noun.dep_ == "nsubj" and _is_reporting_form(noun.head) and noun.head.i > participle.i)):
        return False
    participle.head, participle.dep_ = verb, "conj"
    cc.head = participle
    for child in [c for c in noun.children if c.i > participle.i]:
        child.head = participle  # ("in two separate bomb attacks": the participle's)
    noun.head, noun.dep_ = participle, "nsubj:pass"
    _made_a_past_participle(participle)
    return True


def _past_with_its_subject_read_as_an_adjective(word: "Token") -> bool:
    """"were killed when two passenger buses collided head on Wednesday" parsed with "collided" an
    adjective of "head", the object of the verb above, and "buses" its subject (titled "62 others
    injured"): a form in -ed with a subject of its own is a verb's past, the clause of the verb
    above the noun it was hung on; the noun is its adverbial ("head on"). Returns whether it
    repaired."""
    noun = word.head
    host = noun.head
    if (word.dep_ != "amod" or word.tag_ != "JJ" or not word.lower_.endswith("ed") or noun.i != word.i + 1
            or host == noun or host.pos_ != "VERB"):
        return False
    # (an adjective of a noun takes no subject: one says it is a verb, known or not; the parse may
    # have hung it as a bare phrase, "two trucks collided")
    subject = next((c for c in word.lefts if c.dep_ in ("nsubj", "obl:unmarked", "nmod:unmarked", "obl:npmod")
                    and c.pos_ in ("NOUN", "PROPN")), None)
    if subject is None:
        return False
    subject.dep_ = "nsubj"
    for opener in [t for t in subject.subtree if t.tag_ == "WRB" and t.i < subject.i]:
        opener.head, opener.dep_ = word, "advmod"  # ("when" the parse hung on "two")
    word.pos_ = "VERB"
    _made_a_past_tense(word)
    word.head, word.dep_ = host, "advcl"
    noun.head, noun.dep_ = word, "obl:npmod"
    for child in [c for c in (*noun.children, *host.children) if c.i > noun.i and not c.is_punct
                  and c.dep_ not in ("conj", "cc", "parataxis")]:
        child.head = word  # ("on", "in ... district", "Wednesday": the clause's)
    return True


def _past_after_when_read_as_its_objects_adjective(word: "Token") -> bool:
    """"The accident occurred when a bus lost control and crashed into a wall" parsed with "lost" an
    adjective of "control", "bus" a compound of it, and "crashed" a clause on the noun: after "when"
    or "where", a past form between two nouns is the verb of the clause, the noun before it its
    subject and the noun after it its object. Returns whether it repaired."""
    noun, doc = word.head, word.doc
    if (word.dep_ != "amod" or word.tag_ not in ("VBN", "VBD") or noun.i != word.i + 1 or noun.pos_ != "NOUN"
            or word.i < 2 or noun.head == noun or noun.head.pos_ not in ("VERB", "AUX")):
        return False
    subject = doc[word.i - 1]
    # (the noun before it its modifier, or already its subject: "when a lorry [nsubj] lost [amod] control")
    if subject.pos_ not in ("NOUN", "PROPN") or not (
            subject.head == noun and subject.dep_ in ("compound", "nmod", "amod") or subject.head == word and subject.dep_ == "nsubj"):
        return False
    first = min(t.i for t in subject.subtree)
    opener = doc[first - 1] if first > 0 and doc[first - 1].tag_ == "WRB" else None
    determiners = [c for c in noun.children if c.i < subject.i and c.dep_ == "det"]
    if opener is None and determiners:
        opener = doc[determiners[0].i - 1] if determiners[0].i > 0 and doc[determiners[0].i - 1].tag_ == "WRB" else None
    if opener is None or opener.lower_ not in ("when", "where"):
        return False
    host = noun.head
    word.head, word.dep_, word.pos_ = host, "advcl", "VERB"
    _made_a_past_tense(word)
    subject.head, subject.dep_ = word, "nsubj"
    for determiner in determiners:
        determiner.head = subject
    opener.head, opener.dep_ = word, "advmod"
    # (what the clause went on to do, joined after the object, wherever the parse hung it)
    joined = [c for c in noun.children if c.i > noun.i and (c.dep_ in ("acl", "cc") or c.dep_ == "conj" and c.pos_ == "VERB")]
    joined += [c for c in host.children if c.i > noun.i and c.dep_ == "conj" and c.pos_ == "VERB"]
    for child in joined:
        child.head, child.dep_ = word, "cc" if child.dep_ == "cc" else "conj"
    for joiner in [c for c in doc[noun.i + 1 : noun.i + 2] if c.dep_ == "cc"]:
        joiner.head = word  # (the "and" right after the object)
    noun.head, noun.dep_ = word, "obj"
    return True


def _time_of_the_object_read_on_a_relational_participle(participle: "Token") -> bool:
    """"crimes against humanity involving the execution in 1982 of 148 men" parsed with "in 1982"
    a phrase of "involving" (titled "Humanity involved the execution"): a time phrase right after
    the object of a participle that only relates one thing to another is the object's. Returns
    whether it repaired."""
    if participle.dep_ != "acl" or participle.lower_ not in relational_participles():
        return False
    target = next((c for c in participle.children if c.dep_ == "obj" and c.pos_ == "NOUN"), None)
    if target is None:
        return False
    time = next((c for c in participle.children if c.dep_.startswith("obl") and c.left_edge.i == target.i + 1
                 and (c.like_num and len(c.text) == 4 or c.lower_ in _clause_markers()["month_names"]
                      or c.lower_ in _clause_markers()["day_names"])), None)
    if time is None:
        return False
    time.head, time.dep_ = target, "nmod"
    return True


def _verbs_adjective_read_as_a_name_word(adjective: "Token") -> bool:
    """"four police officers were shot dead when conducting a patrol" parsed with "dead" a word of a
    name on "shot" (titled "... were shot"): an adjective right after the verb it hangs on, in a
    relation only names and loose words take, is the state the verb left its subject in, the verb's
    complement. Returns whether it repaired."""
    verb = adjective.head
    if adjective.dep_ not in ("flat", "dep") or adjective.pos_ != "ADJ" or verb.pos_ != "VERB" or verb.i != adjective.i - 1:
        return False
    adjective.dep_ = "xcomp"
    return True


def _outcome_of_leaving_read_as_a_participle(outcome: "Token") -> bool:
    """"The blast left three people killed and 150 others injured" parsed with "killed" a participle
    describing "people" (titled "The blast left three people"): after "left" and its object, a past
    participle right after the object is the state the verb left it in, the verb's complement, as
    "dead" is in "left 12 dead". Returns whether it repaired."""
    # (or a clause of the verb's own: "left thousands [stranded]")
    verb = outcome.head.head if outcome.dep_ == "acl" else outcome.head
    people = outcome.head if outcome.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "obj"), None)
    if (outcome.dep_ not in ("acl", "advcl") or outcome.tag_ not in ("VBN", "VBD") or people is None or people.dep_ != "obj"
            or verb.i > people.i or _verb_lemma_of_form(verb) != "leave"
            or outcome.i != 1 + max(t.i for t in people.subtree if not outcome.is_ancestor(t) and t != outcome)
            or any(c.dep_.startswith(("obj", "nsubj", "aux", "obl", "mark")) for c in outcome.children)):
        return False
    outcome.head, outcome.dep_ = verb, "xcomp"
    _made_a_past_participle(outcome)
    return True


def _list_member_read_as_an_apposition(member: "Token") -> bool:
    """"India, Vietnam and Japan are slated to play" parsed with "Vietnam" an apposition of "India"
    and "Japan" its conjunct (titled "India are slated"): a name after a comma, between a name and
    that name's conjunct joined by "and" or "or", is a member of the same list. Returns whether it
    repaired."""
    first = member.head
    if member.dep_ != "appos" or member.pos_ != "PROPN" or first.pos_ != "PROPN" or first.i > member.i:
        return False
    if member.left_edge.i == 0 or member.doc[member.left_edge.i - 1].text != "," and not (
            member.left_edge.is_punct and member.left_edge.text == ","):
        return False
    # (the list's last name joined to the first, or to this one: "Chile, Peru and Bolivia")
    last = next((c for c in (*first.children, *member.children) if c.dep_ == "conj" and c.i > member.i and c.pos_ == "PROPN"
                 and any(g.dep_ == "cc" and g.lower_ in ("and", "or") for g in c.children)), None)
    if last is None or any(t.pos_ not in ("PROPN", "PUNCT", "DET", "CCONJ") for t in member.subtree):
        return False
    member.dep_ = "conj"
    return True


def _name_read_as_the_apposition_of_its_title(name: "Token") -> bool:
    """"to Bangladesh Prime Minister Khaleda Zia" parsed with "Minister" the phrase's noun and the
    name its apposition, with no comma between (titled "... to Bangladesh Prime Minister"): a name
    written right after its title is the phrase's noun, the title describing it. Returns whether
    it repaired."""
    title = name.head
    if (name.dep_ != "appos" or name.pos_ != "PROPN" or title.i != name.i - 1 or title.lower_ not in _person_titles()
            or not title.text[:1].isupper()  # (a title written as the name's: "Prime Minister", not "his counterpart")
            or title.head == title or title.dep_ in ("appos", "flat", "compound")
            or not any(c.dep_ == "case" and c.i < title.i for c in title.children)):
        return False  # (only in a preposition's phrase, where the name was lost: a subject's title leads it)
    name.head, name.dep_ = title.head, title.dep_
    for child in [c for c in title.children if c.i > name.i]:
        child.head = name  # (what follows the name is the name's: ", who lost the runoff")
    for child in [c for c in title.children if c.i < title.i and c.dep_ == "case"]:
        child.head = name  # ("[to] Bangladesh Prime Minister": the phrase's preposition)
    title.head, title.dep_ = name, "nmod:desc"
    return True


def _preposition_phrase_read_as_an_apposition(name: "Token") -> bool:
    """"handed over the chair of SAARC to Bangladesh Prime Minister Khaleda Zia" parsed with the
    name an apposition of "chair" and "to" a preposition of its title words (titled "Aziz handed
    over the chair of SAARC"): an apposition never opens with a preposition; the phrase is that
    preposition's, the verb's where the noun it was hung on is the verb's. Returns whether it
    repaired."""
    doc = name.doc
    if name.dep_ != "appos" or name.pos_ != "PROPN" or name.head.i > name.i:
        return False
    first = name.left_edge
    if first.dep_ != "case" or first.pos_ != "ADP" or first.i == 0 or doc[first.i - 1].is_punct or first.head == name:
        return False
    if not all(t.pos_ in ("PROPN", "NOUN", "ADJ") or t.dep_ in ("compound", "flat", "amod", "nmod:desc")
               for t in doc[first.i + 1 : name.i]):
        return False  # (only a name's title words between: "to [Bangladesh Prime Minister] Khaleda Zia")
    noun = name.head
    host = noun.head if noun.dep_ in ("obj", "obl") and noun.head.pos_ == "VERB" else noun
    name.head, name.dep_ = host, "obl" if host != noun else "nmod"
    first.head = name
    return True


def _first_word_past_its_commas(noun: "Token") -> int:
    """The index of the first word of the noun's phrase, leaving out a comma the parse hung on the
    noun and whatever hangs on that comma ("[, where] a car bomb")."""
    return min((c.left_edge.i for c in noun.children if c.i < noun.i and not c.is_punct), default=noun.i)


def _verb_after_where_read_as_a_participle(verb: "Token") -> bool:
    """"sealed off the market, where a car bomb killed 12 on Monday" parsed with "bomb" a clause of
    its own and "killed" its participle (titled "Where a car bomb was killed 12"): after "where" or
    "when", the noun phrase right before a past form is the subject of the clause that past form
    heads, with the relative word its adverb. Returns whether it repaired."""
    noun, doc = verb.head, verb.doc
    if (verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.i != noun.i + 1 or noun.pos_ not in ("NOUN", "PROPN")
            or noun.i < 2 or noun.head == noun
            or any(c.dep_.startswith(("aux", "nsubj")) or c.dep_ == "obl:agent" for c in verb.children)):
        return False
    # (the phrase's first word, not the comma before "where" that the parse may hang on the noun)
    relative = doc[_first_word_past_its_commas(noun) - 1]
    if relative.lower_ not in ("where", "when") or relative.head in (verb, noun) or relative.tag_ != "WRB":
        return False
    reporting = noun.head
    if noun.dep_ == "nsubj" and _is_reporting_form(reporting) and reporting.i > verb.i:
        # ("three others were injured when Indian police fired on a mob, the United News of India
        # reported Tuesday", read with the police reporting and the agency their apposition: the
        # "when" clause is the clause's before it, and the apposition after the comma the reporter)
        source = next((c for c in noun.children if c.dep_ == "appos" and c.i > verb.right_edge.i), None)
        comma = doc[_first_word_past_its_commas(source) - 1] if source is not None else None
        host = reporting.head if reporting.dep_ in ("advcl", "conj", "parataxis") and reporting.head.i < relative.i else None
        if comma is None or comma.text != "," or host is None or source.right_edge.i + 1 != reporting.i:
            return False
        source.head, source.dep_ = reporting, "nsubj"
        comma.head = reporting
        verb.head, verb.dep_ = host, "advcl"
    elif noun.dep_ in ("acl:relcl", "acl", "advcl", "parataxis", "appos", "conj", "obl", "nmod"):
        verb.head, verb.dep_ = noun.head, "acl:relcl" if noun.head.pos_ in ("NOUN", "PROPN", "PRON") else "advcl"
    else:
        return False  # (a noun read as a subject or an object is another damage)
    noun.head, noun.dep_ = verb, "nsubj"
    relative.head, relative.dep_ = verb, "advmod"
    for punct in [c for c in doc[relative.i - 1 : relative.i] if c.is_punct and c.head in (relative, noun)]:
        punct.head = verb  # (the comma before "where")
    _made_a_past_tense(verb)
    return True


def _hyphened_measure_read_as_the_phrases_noun(measure: "Token") -> bool:
    """"agreed to an 11-billion-dollar (8.6 billion US) takeover bid from a consortium" parsed with
    "dollar" (or the bracketed "euro") the phrase's noun and "bid" a verb whose subject is
    "takeover": a measure written with hyphens ("11-billion-dollar") describes the noun after it
    (its bracketed aside apart); that noun takes the article, the preposition and the place in the
    clause, and the word before it is its compound. Returns whether it repaired."""
    doc = measure.doc
    if measure.pos_ != "NOUN" or measure.i < 2 or doc[measure.i - 1].text != "-" or doc[measure.i - 2].whitespace_:
        return False
    phrase = measure
    while phrase.dep_ == "compound" and phrase.head.i > phrase.i and phrase.head.pos_ == "NOUN":
        phrase = phrase.head  # ("dollar (1.8 billion [euro])": the parse's head of the phrase)
    if not phrase.dep_.startswith(("obl", "obj")):
        return False
    article = next((c for c in phrase.children if c.dep_ == "det" and c.lower_ in ("a", "an") and c.i < measure.i), None)
    k = max(measure.i, phrase.i) + 1
    if k < len(doc) and doc[k].text in ("(", ")"):
        closing = next((t for t in doc[k : measure.sent.end] if t.text == ")"), None)
        k = closing.i + 1 if closing is not None else k
    if article is None or k + 1 >= len(doc):
        return False
    modifier, noun = doc[k], doc[k + 1]
    if (modifier.pos_ != "NOUN" or modifier.head != noun or modifier.i > noun.i or noun.pos_ != "VERB"
            or noun.tag_ not in ("VBD", "VBZ", "VBP", "VB") or any(c.dep_.startswith("aux") for c in noun.children)
            or any(c.dep_ == "det" for c in modifier.children)):
        return False
    noun.head, noun.dep_ = phrase.head, phrase.dep_
    noun.pos_, noun.tag_ = "NOUN", "NN"
    noun.set_morph("Number=Sing")
    modifier.dep_ = "compound"
    for child in [c for c in phrase.children if c.dep_ in ("det", "case") and c.i < measure.i]:
        child.head = noun
    if phrase != measure:
        phrase.head, phrase.dep_ = noun, "appos"  # (the bracketed amount)
    measure.head, measure.dep_ = noun, "amod"
    for child in noun.children:
        if child.dep_.startswith("obl"):
            child.dep_ = "nmod"  # ("bid [from a consortium]": the noun's phrase now)
    return True


def _subject_of_a_joined_clause_read_as_a_joined_object(verb: "Token") -> bool:
    """"took six hours to fix the tram system and the Peak Tram company resumed service" parsed with
    "company" a conjunct of "system" and "resumed" a joined verb with no subject: the noun phrase
    right before a joined verb without a subject, itself joined by "and" to an object, is that
    verb's subject, and the "and" joins the two clauses. Returns whether it repaired."""
    doc = verb.doc
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_.startswith(("nsubj", "expl", "cc")) for c in verb.children):
        return False
    noun = doc[verb.i - 1] if verb.i else None
    while noun is not None and noun.head.i > noun.i and noun.head.i < verb.i and noun.dep_ in ("compound", "flat", "amod", "det"):
        noun = noun.head
    if (noun is None or noun.right_edge.i != verb.i - 1 or noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN")
            or not noun.head.dep_.startswith(("obj", "obl")) or verb.head.i > noun.head.i):
        return False
    joiner = next((c for c in noun.children if c.dep_ == "cc" and c.lower_ == "and" and c.i < noun.i), None)
    if joiner is None or joiner.i != noun.left_edge.i:
        return False  # (the "and" opens the noun phrase)
    noun.head, noun.dep_ = verb, "nsubj"
    joiner.head = verb
    return True


def _modifier_read_as_an_adjectives_object(participle: "Token") -> bool:
    """"Reigning world number one Bob and Mike Bryan" parsed with "number" the object of
    "Reigning", an adjective of "one": an -ing adjective before its noun takes no object; the words
    between them are the noun's own (titled "Reigning one Bob and Mike Bryan" without them). Returns
    whether it repaired."""
    noun = participle.head
    if participle.tag_ != "VBG" or participle.dep_ != "amod" or noun.i < participle.i:
        return False
    objects = [c for c in participle.children if c.dep_ == "obj" and participle.i < c.i < noun.i]
    if not objects:
        return False
    for obj in objects:
        obj.head, obj.dep_ = noun, "compound"
    return True


def _article_read_on_a_modifier(article: "Token") -> bool:
    """"The much awaited 13th summit ... opened" parsed with "The" the determiner of "much": an
    article goes with the noun its modifiers lead to ("The ... summit"), not with an adverb or an
    adjective of them. Returns whether it repaired."""
    word = article.head
    if (article.dep_ != "det" or article.lower_ not in ("the", "a", "an") or word.pos_ not in ("ADJ", "ADV") or word.i < article.i
            or word.dep_ not in ("advmod", "amod")):
        return False
    noun = word
    for _ in range(4):
        if noun.pos_ in ("NOUN", "PROPN") or noun.head == noun or noun.dep_ not in ("advmod", "amod", "compound"):
            break
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i < word.i or any(c.dep_ == "det" for c in noun.children):
        return False
    article.head = noun
    return True


def _article_of_a_possessor_read_on_its_noun(article: "Token") -> bool:
    """"the Frenchman's petulant reaction" parsed with "the" the determiner of "reaction": a noun
    with a possessor takes no article before it; an article before the possessor is the
    possessor's ("the Frenchman"). Returns whether it repaired."""
    noun = article.head
    # (only "the": "a Ralph's Market" is a market, "a" its own)
    if article.dep_ != "det" or article.lower_ != "the" or noun.i < article.i:
        return False
    owner = next((c for c in noun.children if c.dep_ == "nmod:poss" and c.pos_ not in ("PRON", "DET") and article.i < c.i < noun.i), None)
    if owner is None or any(c.dep_ == "det" for c in owner.children) or owner.left_edge.i != article.i + 1:
        return False
    article.head = owner
    return True


def _time_read_as_a_prepositions_fixed_word(preposition: "Token") -> bool:
    """"will be held in mid-December to choose ..." parsed with "mid-December" a fixed word of "in"
    (one multiword preposition, titled "will be held in"): a month or a day after a preposition is
    that preposition's object, the verb's time. Returns whether it repaired."""
    time = next((c for c in preposition.children if c.dep_ == "fixed" and c.i == preposition.i + 1 and c.pos_ in ("NOUN", "PROPN")), None)
    if time is None or preposition.tag_ != "IN" or preposition.head == preposition:
        return False
    word = time.lower_.rsplit("-", 1)[-1]
    if word not in _day_and_month_names():
        return False
    time.head, time.dep_ = preposition.head, "obl"
    preposition.head, preposition.dep_, preposition.pos_ = time, "case", "ADP"
    for child in [c for c in preposition.children if c != time]:
        child.head = time
    return True


def _possessor_read_as_a_subject(participle: "Token") -> bool:
    """"Claus Jensen's deflected second-half strike awarded Fulham a victory" parsed with "Jensen's"
    the subject of "deflected" and "strike" its object: a possessor is no subject; the past form
    right after it describes the noun it owns, which is the subject of the verb after that noun's
    phrase. Returns whether it repaired."""
    doc = participle.doc
    # (or its -ing form, with the owner hung on it: "Anna Berg's curling free kick gave ...")
    owner = next((c for c in participle.children if c.dep_.startswith(("nsubj", "nmod:poss")) and c.i < participle.i
                  and any(g.tag_ == "POS" and g.i == participle.i - 1 for g in c.children)), None)
    if owner is None or participle.tag_ not in ("VBN", "VBD", "VBG") or any(c.dep_.startswith("aux") for c in participle.children):
        return False
    noun = next((c for c in participle.rights if c.dep_ == "obj" and c.pos_ == "NOUN" and not any(g.dep_ == "det" for g in c.children)), None)
    if noun is None:
        return False
    verb = next((c for c in participle.rights if c.i == noun.right_edge.i + 1 and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBZ")
                 and not any(g.dep_.startswith("nsubj") for g in c.children)), None)
    if verb is None:
        return False
    verb.head, verb.dep_ = (verb, "ROOT") if participle.head == participle else (participle.head, participle.dep_)
    for child in [c for c in participle.children if c.i > noun.right_edge.i and c != verb]:
        child.head = verb
    noun.head, noun.dep_ = verb, "nsubj"
    owner.head, owner.dep_ = noun, "nmod:poss"
    participle.head, participle.dep_ = noun, "amod"
    _made_a_past_participle(participle)
    return True


def _score_read_apart_from_its_noun(noun: "Token") -> bool:
    """"clinched a 3-1 win over visiting Leeds" parsed with "3" a time of "clinched" and "win" a
    clause of its own: a score written between an article and a noun ("a 3-1 win") is that noun's,
    and the noun the verb's object. Returns whether it repaired."""
    doc = noun.doc
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.dep_ not in ("advcl", "dep", "parataxis", "conj", "xcomp") or noun.i < 4:
        return False
    second, dash, first, article = doc[noun.i - 1], doc[noun.i - 2], doc[noun.i - 3], doc[noun.i - 4]
    verb = noun.head
    if (not (first.like_num and second.like_num) or dash.text not in ("-", "–") or article.lower_ not in ("a", "an")
            or verb.pos_ != "VERB" or verb.i > first.i or first.head != verb
            or any(c.dep_ in ("obj", "ccomp") for c in verb.children)):
        return False
    noun.head, noun.dep_ = verb, "obj"
    article.head, article.dep_ = noun, "det"
    first.head, first.dep_ = noun, "nummod"
    for child in [c for c in noun.children if c.dep_ in ("compound:prt", "mark", "case") and c.lower_ in ("over", "against")]:
        following = doc[child.i + 1] if child.i + 1 < len(doc) else None
        if following is not None and following.tag_ == "VBG":
            child.head, child.dep_ = following, "mark"  # ("over [visiting Leeds]": the next repair's)
    return True


def _visiting_side_read_as_a_gerund_clause(gerund: "Token") -> bool:
    """"earned a 1-0 victory over visiting Everton on Saturday" parsed with "over" opening a clause
    whose verb is "visiting" and object "Everton": "over" and "against" open no clause; the -ing
    form describes the name after it ("visiting Everton", the side that came to play), whose
    phrase is the noun's before them (the victory's), and the phrases after the name are the
    verb's. Returns whether it repaired."""
    doc = gerund.doc
    if gerund.tag_ != "VBG" or gerund.i < 2 or doc[gerund.i - 1].lower_ not in ("over", "against"):
        return False
    marker = doc[gerund.i - 1]
    name = doc[gerund.i + 1] if gerund.i + 1 < len(doc) else None
    while name is not None and name.dep_ in ("compound", "flat") and name.head.i > name.i and name.head.head == gerund:
        name = name.head
    if (name is None or name.pos_ != "PROPN" or name.head != gerund or not name.dep_.startswith("obj") or marker.head != gerund
            or any(c.dep_.startswith(("nsubj", "aux")) for c in gerund.children)):
        return False
    before = doc[marker.i - 1]
    verb = gerund.head
    while verb.head != verb and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    noun = before if before.pos_ == "NOUN" and (before.head == verb or before.head.head == verb) else None
    for child in [c for c in gerund.children if c not in (name, marker)]:
        child.head = verb  # ("on Saturday": the clause's)
    name.head, name.dep_ = (noun, "nmod") if noun is not None else (verb, "obl")
    marker.head, marker.dep_, marker.pos_ = name, "case", "ADP"
    gerund.head, gerund.dep_, gerund.pos_ = name, "amod", "ADJ"
    return True


def _particle_and_participle(word: "Token") -> bool:
    """"outgoing", "upcoming", "ongoing": a particle written before a verb's -ing form, the whole no
    verb the treebanks know (not "overlooking"), is an adjective ("out" + "going"), never a verb of
    its own (a verb the treebanks do not know, "denigrating", may well be one)."""
    form = word.lower_
    if not form.endswith("ing") or _verb_lemma_of_form(word) in known_verbs():
        return False
    # (its stem as the -ing form spells it: "go"-ing, "com"-ing, "ly"-ing, "runn"-ing)
    return any(len(stem := form[len(p):-3]) >= 2 and {stem, stem + "e", stem[:-1], stem[:-1] + "ie"} & known_verbs()
               for p in _clause_markers()["adjective_particles"] if form.startswith(p))


def _modifier_in_ing_read_as_a_gerund_after_a_preposition(gerund: "Token") -> bool:
    """"after meeting with outgoing UN Secretary-General Kofi Annan on Friday", "a base in Valencia
    for peacekeeping missions" parsed with the preposition opening a clause whose verb is the -ing
    word and whose object is the noun after it: a particle and a verb's -ing form that is no verb
    the treebanks know ("outgoing"), or an -ing word they all but always use as a noun
    ("peacekeeping") right before a common noun, or one before a title and a name after "with"
    ("talks with visiting Chinese Premier Wen Jiabao"; not "was charged with insulting President
    X", a deed), describes the noun phrase after it, which is the preposition's; the phrases after
    the noun are the clause's. Returns whether it repaired."""
    doc = gerund.doc
    marker = doc[gerund.i - 1]
    if (gerund.tag_ != "VBG" or gerund.i + 1 >= len(doc) or marker.tag_ != "IN" or marker.head != gerund
            or marker.lower_ in subordinators() or any(c.dep_.startswith(("nsubj", "aux", "det")) for c in gerund.children)):
        return False
    if gerund.dep_ in ("compound", "amod") and gerund.head.i > gerund.i and gerund.head.pos_ in ("NOUN", "PROPN"):
        # (the parse read the modifier as one, but left the preposition its marker: the noun's)
        marker.head, marker.dep_, marker.pos_ = gerund.head, "case", "ADP"
        return True
    noun = doc[gerund.i + 1]
    between = []
    while noun.dep_ in ("compound", "flat", "amod", "nmod:desc") and noun.head.i > noun.i:
        between.append(noun)
        noun = noun.head
    if noun.head != gerund or noun.dep_ != "obj" or noun.pos_ not in ("NOUN", "PROPN") or any(
            c.dep_ in ("det", "nmod:poss") for c in noun.children):
        return False  # ("for killing the man": an article says the -ing word took a phrase of its own)
    host = gerund.head
    if (gerund.lower_ in ing_nouns() and gerund.lower_ in noun_forms() and noun.pos_ == "NOUN"
            and all(w.pos_ in ("NOUN", "PROPN") for w in between)):
        # (a form the treebanks all but never use as a verb, right before its noun: not "for
        # posting more police", nor "of smuggling arms")
        relation, pos, tag = "compound", "NOUN", "NN"
    elif _particle_and_participle(gerund):
        relation, pos, tag = "amod", "ADJ", "JJ"
    elif (marker.lower_ == "with" and noun.pos_ == "PROPN" and host.tag_ != "VBN"
          and len([w for w in (*between, noun, *noun.children) if w.i > gerund.i and w.is_title and w.pos_ == "PROPN"]) >= 2):
        relation, pos, tag = "amod", "ADJ", "JJ"
    else:
        return False
    verb = host
    while verb.head != verb and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    for child in [c for c in gerund.children if c not in (noun, marker)]:
        child.head = verb  # ("on Friday": the clause's)
    if host == gerund:  # (the -ing word was the sentence's root)
        noun.head, noun.dep_ = noun, "ROOT"
    else:
        noun.head, noun.dep_ = host, "obl" if host.pos_ in ("VERB", "AUX") else "nmod"
    marker.head, marker.dep_, marker.pos_ = noun, "case", "ADP"
    gerund.head, gerund.dep_, gerund.pos_, gerund.tag_ = noun, relation, pos, tag
    return True


def _plural_read_as_a_verb_joined_without_a_conjunction(word: "Token") -> bool:
    """"set up a tribunal to try suspects in the killing" parsed with "suspects" a present tense
    joined to the main verb: a verb is joined by "and", "or" or a comma, never by nothing; a form in
    -s right after a verb that has no object of its own, with no subject, conjunction or comma of its
    own, is that verb's object, a plural noun (so too one read as an aside, which a comma would
    set off, or as the verb's complement or unmarked adverbial, which a present tense never is).
    Returns whether it repaired."""
    doc = word.doc
    before = doc[word.i - 1]
    if (word.tag_ not in ("VBZ", "VBP") or word.dep_ not in ("conj", "parataxis", "xcomp", "advcl")
            or not word.lower_.endswith("s") or before.pos_ != "VERB"
            or before.tag_ not in ("VB", "VBG", "VBD", "VBN", "VBP") or _verb_lemma_of_form(before) in intransitive_verbs()
            or any(c.dep_.startswith(("obj", "ccomp", "xcomp", "iobj")) and c != word for c in before.children)
            or any(c.i < word.i or c.dep_.startswith(("nsubj", "aux", "cc", "expl", "obj", "mark")) for c in word.children)):
        return False
    word.head, word.dep_ = before, "obj"
    word.pos_, word.tag_ = "NOUN", "NNS"
    word.set_morph("Number=Plur")
    for child in [c for c in word.children if c.dep_.startswith("obl")]:
        if child.dep_ != "obl" or child.lower_ in _day_and_month_names() or child.lower_ in time_words() or child.like_num:
            child.head = before  # ("on Saturday", "next week": the verb's time)
        else:
            child.dep_ = "nmod"  # ("suspects [in the killing]": the noun's, as a phrase after a noun is)
    return True


def _unchanged_past_after_a_subordinator_read_as_a_noun(word: "Token") -> bool:
    """"Prices rose after the bank cut rates on Tuesday" parsed with "bank cut rates" one noun
    phrase, "reached the final after the eighth seed beat Davydenko" with "seed" a compound of a
    base form "beat": after a subordinator, a singular noun phrase, then a form that is its lemma's
    past ("cut", "beat", "hit"), then a noun phrase, is a clause: the noun its subject, the form
    its past tense (a present would be "cuts"), the phrase after it its object. Returns whether it
    repaired."""
    doc = word.doc
    if word.i < 3 or word.i + 1 >= len(doc) or word.lower_ not in irregular_pasts_with_unchanged() or word.text[:1].isupper():
        return False
    subject = doc[word.i - 1]
    if subject.pos_ not in ("NOUN", "PROPN") or subject.tag_ not in ("NN", "NNP") or subject.dep_ != "compound":
        return False
    k = subject.i - 1
    while k > 0 and doc[k].tag_ in ("DT", "JJ", "JJS", "NN", "NNP", "CD", "PRP$", "POS", "HYPH") and doc[k].lower_ not in subordinators():
        k -= 1
    marker = doc[k]
    if marker.lower_ not in subordinators() or subject.i - k > 4 or doc[word.i + 1].pos_ not in ("NOUN", "PROPN", "DET", "ADJ", "NUM"):
        return False
    if word.tag_ in ("VB", "VBP") and word.pos_ == "VERB" and subject.head == word and any(c.dep_ == "obj" for c in word.children):
        if marker.head == word:
            marker.dep_ = "mark"
    elif word.tag_ == "NN" and word.dep_ == "compound" and word.head.i > word.i and subject.head in (word, word.head) and (
            marker.head == word.head and marker.dep_ == "case"):
        phrase = word.head
        word.head, word.dep_ = phrase.head, "advcl" if phrase.head.pos_ in ("VERB", "AUX") else "acl"
        phrase.head, phrase.dep_ = word, "obj"
        marker.head, marker.dep_, marker.pos_ = word, "mark", "SCONJ"
        for child in [c for c in phrase.children if c.i > phrase.i and c.dep_.startswith("nmod") and (
                c.lower_ in _day_and_month_names() or c.lower_ in time_words() or c.like_num)]:
            child.head, child.dep_ = word, "obl"  # ("on Tuesday": the clause's time)
    else:
        return False
    for t in doc[k + 1 : subject.i]:
        if t.head != subject and t.head.i >= subject.i:
            t.head = subject  # (its article and modifiers: "the eighth")
    host = word.head
    if host != word and host.i < word.i:
        for phrase in [c for c in host.children if c.dep_.startswith("obl") and c.i > word.i]:
            if not any(t.text == "," for t in doc[word.i : phrase.i]):
                phrase.head = word  # ("in straight sets here on Saturday", hung past the clause: its own)
    subject.head, subject.dep_ = word, "nsubj"
    word.pos_ = "VERB"
    _made_a_past_tense(word)
    return True


def _joined_participle_read_on_a_phrase_of_the_first(verb: "Token") -> bool:
    """"had batted for most of the day and given Australia a lead of 204" parsed with "given" a
    conjunct of "most" and "lead" a phrase of "batted": a past form joined by "and" to a word that is
    no verb is the conjunct of the verb above that word, in the same form, and the bare noun right
    after its own words is its object (with the phrase the parse hung on that noun, before it, given
    back to the first verb). Returns whether it repaired."""
    word = verb.head
    if (verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD") or word.pos_ in ("VERB", "AUX") or word.i > verb.i
            or not any(c.dep_ == "cc" and c.i < verb.i for c in verb.children)
            or any(c.dep_.startswith(("nsubj", "cop", "expl")) for c in [*verb.children, *word.children])):
        return False  # (a copular predicate's conjunct is right: "was shy ... and wanted to help")
    first = next((a for a in _heads_above(word) if a.pos_ in ("VERB", "AUX")), None)
    if first is None or first.tag_ != verb.tag_ or first.i > word.i:
        return False
    after = verb.right_edge.i + 1
    stolen = next((c for c in first.children if c.dep_ in ("obl", "obj") and c.left_edge.i <= after <= c.i
                   and not any(g.dep_ == "case" for g in c.children)), None)
    if stolen is not None:
        if any(c.dep_ == "obj" for c in verb.children):
            return False
        for child in [c for c in stolen.children if c.i < verb.i]:
            child.head, child.dep_ = first, "obl"
        stolen.head, stolen.dep_ = verb, "obj"
    verb.head = first
    return True


def _source_read_as_an_adjectives_subject(adjective: "Token") -> bool:
    """"Last week, sources close to security agencies said they had arrested ..." parsed with
    "close" the root and "said" its conjunct: an adjective right after its subject, followed by a
    reporting verb with no subject nor conjunction of its own, describes the subject; the reporting
    verb is the sentence's. Returns whether it repaired."""
    subject = next((c for c in adjective.children if c.dep_ == "nsubj" and c.i == adjective.i - 1), None)
    said = next((c for c in adjective.rights if c.dep_ in ("conj", "advcl", "parataxis") and c.tag_ == "VBD" and _is_reporting_word(c.lower_)
                 and not any(g.dep_.startswith("nsubj") or g.dep_ == "cc" for g in c.children)), None)
    if subject is None or said is None or adjective.tag_ != "JJ":
        return False
    said.head, said.dep_ = said, "ROOT"
    for child in [c for c in adjective.children if c.i < subject.i or c.i > said.i]:
        child.head = said
    subject.head = said
    adjective.head, adjective.dep_, adjective.pos_ = subject, "amod", "ADJ"
    return True


def _preposition_read_as_a_subordinator(marker: "Token") -> bool:
    """"Under a peace deal agreed last month, the government agreed to ..." parsed with "under"
    opening a clause whose subject is "deal": a preposition that no clause follows (it is no
    subordinator) takes the noun as its object, and the past form right after it is that noun's
    participle. Returns whether it repaired."""
    verb = marker.head
    if marker.dep_ != "mark" or marker.lower_ not in _clause_markers()["clauseless_prepositions"] or verb.tag_ not in ("VBD", "VBN"):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i), None)
    if (subject is None or subject.left_edge.i != marker.i + 1 or subject.right_edge.i + 1 != verb.i or verb.head == verb
            or subject.pos_ not in ("NOUN", "PROPN") or any(c.dep_.startswith("aux") for c in verb.children)):
        return False
    subject.head, subject.dep_ = verb.head, "obl"
    marker.head, marker.dep_, marker.pos_ = subject, "case", "ADP"
    verb.head, verb.dep_, verb.tag_ = subject, "acl", "VBN"
    for child in verb.children:
        if child.dep_ == "obj" and child.lower_ in _clause_markers()["time_nouns"]:
            child.dep_ = "obl:unmarked"  # "agreed [last month]"
    return True


def _count_of_time_before_a_clause_read_as_a_phrase(marker: "Token") -> bool:
    """"The coach resigned on Wednesday, a day after his team lost the final" parsed with "after" a
    preposition of "team", "team" a phrase of "day", and "lost" the verb that took "day" (and, where
    it is the root, "coach" as its subject and "resigned" a reduced relative of "coach"); or with
    "after" a preposition of "lost"'s own subject and the earlier clause hung on "lost" ("said that
    Rumsfeld was stepping down, one day after Democrats won"): after a count of time ("a day", "two
    weeks", "hours"), "after" or "before" with a noun right before a verb opens that verb's clause;
    the noun is its subject, and the clause hangs on the count, which is the earlier clause's (as
    the model reads "hours after the bank was robbed"). Returns whether it repaired."""
    noun, doc = marker.head, marker.doc
    if marker.dep_ != "case" or noun.pos_ not in ("NOUN", "PROPN", "PRON") or marker.i == 0:
        return False
    unit = doc[marker.i - 1]
    # (by its form: the lemmas are not made yet)
    if unit.lower_.removesuffix("s") not in _clause_markers()["counted_time_units"]:
        return False
    if noun.dep_ == "nmod" and noun.head == unit:
        verb = unit.head  # "a day [after his team] lost"
    elif noun.dep_ in ("nsubj", "nsubj:pass") and unit.head == noun.head:
        verb = noun.head  # "a day [after] Democrats won", the earlier clause on "won"
    else:
        return False
    if verb.pos_ != "VERB" or verb.i <= noun.i or not unit.dep_.startswith("obl") or any(
            c.dep_ == "mark" for c in verb.children):
        return False
    # (the noun's phrase ends where the verb's group begins: "his team [had] lost")
    group = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux") and c.i > noun.i])
    if noun.right_edge.i + 1 != group:
        return False
    root = verb.head == verb
    subject = next((c for c in verb.children if c.dep_.startswith("nsubj") and c.i < unit.i), None)
    earlier = next((c for c in verb.children if c.i < unit.i and c.pos_ in ("VERB", "AUX")
                    and c.dep_ in ("ccomp", "parataxis", "advcl", "conj", "dep", "xcomp")), None)
    if earlier is not None and subject is None:
        host = earlier  # the earlier clause takes the verb's place
        host.head, host.dep_ = (host, "ROOT") if root else (verb.head, verb.dep_)
    elif root and subject is not None:
        # the earlier clause's verb, misread as its subject's reduced relative, is the root again
        host = next((c for c in subject.children if c.dep_ == "acl" and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBN")
                     and c.i < unit.i), None)
        if host is None:
            return False
        host.head, host.dep_ = host, "ROOT"
        if host.tag_ == "VBN" and not any(c.dep_.startswith("aux") for c in host.children):
            _made_a_past_tense(host)
        subject.head, subject.dep_ = host, "nsubj"
    elif not root and subject is None:
        host = verb.head
    else:
        return False
    if root:
        _full_stop_to(verb, host)
    for child in [c for c in verb.children if c.i < unit.i and c not in (host, noun)]:
        child.head = host
    unit.head, unit.dep_ = host, "obl:unmarked"
    verb.head, verb.dep_ = unit, "acl"
    noun.head = verb
    noun.dep_ = "nsubj:pass" if any(c.dep_ == "aux:pass" for c in verb.children) else "nsubj"
    marker.head, marker.dep_, marker.pos_, marker.tag_ = verb, "mark", "SCONJ", "IN"
    if unit.left_edge.i and doc[unit.left_edge.i - 1].text == ",":
        doc[unit.left_edge.i - 1].head = unit
    return True


def _dated_participle_after_the_object_read_as_the_verbs(participle: "Token") -> bool:
    """"ran its first radio station, opened in 1954" parsed with "opened" a conjunct (or an adverbial)
    of the verb: a past participle set off by a comma right after the verb's object, with no subject,
    object, auxiliary or conjunction of its own and a date of its own, tells when the object was
    made, opened or launched; it is the object's (not "won the match, helped by a late goal"). Returns
    whether it repaired."""
    doc = participle.doc
    if participle.i < 3 or doc[participle.i - 1].text != ",":
        return False
    noun = doc[participle.i - 2]
    while noun.head.i < participle.i and noun.head.i > noun.i:
        noun = noun.head
    if (noun.dep_ != "obj" or noun.pos_ not in ("NOUN", "PROPN") or noun.right_edge.i != participle.i - 2
            or participle.head.i > noun.i or _verb_lemma_of_form(participle) in intransitive_verbs()
            or any(c.dep_ in ("obj", "cc") or c.dep_.startswith(("nsubj", "aux", "mark")) for c in participle.children)):
        return False
    markers = _clause_markers()
    times = markers["time_nouns"] | markers["month_names"] | markers["day_names"]
    # (its phrases and their words, two levels down: no walk of a subtree a repair may have looped)
    words = [g for c in participle.children for g in (c, *c.children)]
    if not any(t.lower_ in times or t.like_num and len(t.text) == 4 and t.text.isdigit() for t in words):
        return False
    participle.head, participle.dep_, participle.tag_ = noun, "acl", "VBN"
    return True


def _main_verb_read_inside_the_subject(root: "Token") -> bool:
    """"Fears of damage caused by the pound's gains heightened on Thursday after ICI reported a
    slide in profits" parsed with "reported" the root, "Fears" its subject, "heightened" a modifier
    inside the subject and "after ICI" a phrase of "Thursday": where the noun phrase right before
    the root opens with a subordinator and hangs below a past tense inside the root's subject, that
    past tense is the main verb, and the root the subordinate clause with that noun its subject.
    Returns whether it repaired."""
    doc = root.doc
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    if subject is None or root.tag_ != "VBD" or root.i < 4:
        return False
    last = next((t for t in reversed(doc[subject.i + 1 : root.i]) if not t.is_punct), None)
    noun, marker = last, None
    for _ in range(4):
        if noun is None or noun.i >= root.i:
            return False
        marker = next((c for c in noun.children if c.dep_ == "case" and c.lower_ in subordinators() and c.i < noun.i), None)
        if marker is not None or noun.head == noun:
            break
        noun = noun.head
    # (not "as", which also names a role: "known as China's father of philosophy, opened"; nor a
    # phrase a comma closes before the root)
    if (marker is None or marker.lower_ == "as" or noun.pos_ not in ("NOUN", "PROPN") or noun.head == root
            or any(t.text == "," for t in doc[noun.i : root.i])):
        return False
    # (the nearest verb above the noun: "heightened", never the "caused" further up)
    verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if (verb is None or verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "acl" or subject not in verb.ancestors
            or any(c.dep_.startswith("nsubj") for c in verb.children)):
        return False
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head = verb
    for child in [c for c in root.children if c.is_punct and c.i > root.i]:
        child.head = verb
    root.head, root.dep_ = verb, "advcl"
    noun.head, noun.dep_ = root, "nsubj"
    marker.head, marker.dep_ = root, "mark"
    return True


def _clause_after_a_subordinator_read_as_a_noun_phrase(noun: "Token") -> bool:
    """"failed to agree after Mbeki sacked Zuma as deputy president in June" parsed as one noun
    phrase, "Mbeki sacked" modifiers of "Zuma": a subordinator opens a clause, so a past form right
    before its noun, with a name or noun right before it, is that clause's verb, the word before its
    subject and the noun its object; the phrases after the noun are the verb's. Returns whether it
    repaired."""
    doc = noun.doc
    marker = next((c for c in noun.children if c.dep_ == "case" and c.lower_ in subordinators() and c.i < noun.i), None)
    if marker is None or noun.i < 3 or noun.i - marker.i < 3:
        return False
    verb = doc[noun.i - 1]
    subject = doc[noun.i - 2]
    host = noun.head
    if (verb.tag_ not in ("VBD", "VBN") or verb.head != noun or verb.dep_ not in ("amod", "compound", "acl")
            or subject.pos_ not in ("PROPN", "NOUN", "ADJ") or subject.tag_ not in ("NNP", "NN", "NNS", "NNPS")
            or subject.head not in (verb, noun) or subject.left_edge.i != marker.i + 1 and doc[subject.left_edge.i - 1] != marker
            or host.pos_ not in ("VERB", "AUX") or host.i > marker.i):
        return False
    following = [c for c in host.children if c.i > noun.i and not c.is_punct and c.dep_ not in ("conj", "cc", "parataxis", "ccomp")]
    verb.head, verb.dep_, verb.pos_, verb.tag_ = host, "advcl", "VERB", "VBD"
    subject.head, subject.dep_ = verb, "nsubj"
    noun.head, noun.dep_ = verb, "obj"
    marker.head, marker.dep_ = verb, "mark"
    for child in following:
        child.head = verb  # "as deputy president in June": the sacking's
    # (and a time right after the clause that the parse hung on a verb further up: "... sacked Zuma
    # as deputy president [in June]")
    markers = _clause_markers()
    times = markers["month_names"] | markers["day_names"] | markers["time_nouns"]
    after = verb.right_edge.i + 1
    for ancestor in _heads_above(verb):
        time = next((c for c in ancestor.children if c.dep_.startswith("obl") and c.left_edge.i == after
                     and (c.lower_ in times or c.like_num and len(c.text) == 4)), None)
        if time is not None:
            time.head = verb
            break
    return True


def _noun_root_read_with_an_object(root: "Token") -> bool:
    """"Share prices on the Taiwan Stock Exchange closed higher" parsed with "Share" a root that
    takes "prices" as its object, "on" a preposition of "closed" and "Exchange" its subject: a noun
    takes no object; it is the compound of the noun after it, which is the subject of the verb
    hung on the root, and the phrase the parse split between them is that subject's. Returns
    whether it repaired."""
    doc = root.doc
    if root.pos_ != "NOUN" or root.head != root or root.i + 1 >= len(doc):
        return False
    noun = doc[root.i + 1]
    if noun.head != root or noun.dep_ != "obj" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = next((c for c in root.rights if c.pos_ == "VERB" and c.dep_ in ("advcl", "parataxis", "acl", "dep", "conj")), None)
    if verb is None:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i), None)
    case = next((c for c in verb.children if c.dep_ == "case" and noun.i < c.i < (subject.i if subject is not None else -1)), None)
    if subject is None or case is None or any(t.pos_ in ("VERB", "AUX") for t in doc[noun.i + 1 : verb.i]):
        return False
    verb.head, verb.dep_ = verb, "ROOT"
    for child in [c for c in root.children if c.i > verb.i]:
        child.head = verb
    root.head, root.dep_ = noun, "compound"
    noun.head, noun.dep_ = verb, "nsubj"
    case.head = subject
    subject.head, subject.dep_ = noun, "nmod"
    return True


def _compound_noun_read_with_an_object(noun: "Token") -> bool:
    """"is to double the land use fees from January" parsed with "use" the verb's object and "fees"
    an object of "use": a common noun with its article takes no object, so it is the compound of
    the noun right after it, which heads the phrase (titled "is to double the land use" before).
    Returns whether it repaired."""
    doc = noun.doc
    if noun.pos_ != "NOUN" or noun.head == noun or noun.i + 1 >= len(doc) or noun.tag_ not in ("NN", "NNS"):
        return False
    following = doc[noun.i + 1]
    if following.head != noun or following.dep_ != "obj" or following.pos_ != "NOUN" or following.lower_ in _clause_markers()["time_nouns"]:
        return False  # (nor a time the parse hung there: "after a clash [Wednesday]")
    if not any(c.dep_ in ("det", "nmod:poss") for c in noun.lefts) or any(c.dep_ in ("aux", "mark", "nsubj") for c in noun.children):
        return False
    following.head, following.dep_ = noun.head, noun.dep_
    for child in list(noun.children):
        if child != following and (child.i > noun.i or child.dep_ in ("det", "nmod:poss", "amod", "nummod")):
            child.head = following
    noun.head, noun.dep_ = following, "compound"
    return True


def _participle_read_as_an_adjective_of_the_day_after_it(word: "Token") -> bool:
    """"vowed in a videotape aired Wednesday that ..." parsed as one phrase "a videotape aired
    Wednesday" headed by the day, "aired" its adjective (titled "vowed videotape"): a day takes no
    adjective in a regular past form, and a preposition's noun before such a form is what it
    describes; the form is the noun's participle, the day its time. Returns whether it repaired."""
    doc = word.doc
    if word.dep_ != "amod" or not word.lower_.endswith("ed") or word.i < 2 or word.head.i != word.i + 1:
        return False
    day, noun = word.head, doc[word.i - 1]
    if day.lower_ not in day_names() or noun.pos_ != "NOUN" or not day.dep_.startswith(("obl", "nmod")):
        return False
    if noun.head in (day, word):
        if not any(c.dep_ == "case" for c in day.lefts):
            return False
        noun.head, noun.dep_ = day.head, day.dep_
        for child in [c for c in day.lefts if c.i < noun.i]:
            child.head = noun  # (its preposition and article)
    elif not (noun.dep_.startswith(("obl", "nmod")) and noun.right_edge == noun and any(c.dep_ == "case" for c in noun.lefts)):
        return False  # (a phrase of its own, ending right before the form: "in a video [released] Monday")
    word.head, word.dep_, word.pos_ = noun, "acl", "VERB"
    _made_a_past_participle(word)
    day.head, day.dep_ = word, "obl:unmarked"
    for child in [c for c in day.children if c.i > day.i]:
        child.head = noun.head  # (what followed the day was never the day's: "that ...")
    return True


def _zero_relative_read_as_the_verbs_complement(clause: "Token") -> bool:
    """"would continue its efforts to end the crisis they are facing" parsed with "they are facing"
    a complement of "continue" (titled "continue its efforts they are facing"): a clause with no
    "that", no object of its own, right after a noun deep in the verb's phrase (not the verb's own
    object or hearer: "told reporters they were leaving") is a relative clause of that noun.
    Returns whether it repaired."""
    doc = clause.doc
    start = clause.left_edge.i
    if clause.dep_ != "ccomp" or clause.pos_ != "VERB" or start == 0 or start >= clause.i:
        return False
    noun, verb = doc[start - 1], clause.head
    if (noun.pos_ not in ("NOUN", "PROPN") or noun.head == verb or not verb.is_ancestor(noun) or noun.i < verb.i
            or doc[start].dep_ not in ("nsubj", "nsubj:pass") or doc[start].pos_ != "PRON"):
        return False
    if any(c.dep_ in ("mark", "obj", "ccomp", "xcomp", "expl") for c in clause.children):
        return False
    # (a verb of saying takes a clause after its phrases: "said in a statement to the press [he
    # would resign]"; and a relative clause with no "that" lacks an object, which a verb that
    # takes none cannot lack)
    if _is_reporting_word(verb.lower_) or _verb_lemma_of_form(clause) in intransitive_verbs():
        return False
    clause.head, clause.dep_ = noun, "acl:relcl"
    return True


def _gerund_after_a_subordinator_read_as_a_noun(word: "Token") -> bool:
    """"was fined for spitting at an opponent" parsed with "spitting" a noun that heads an adverbial
    clause with its "for": a clause's head in -ing after a subordinator is its gerund, a verb (what
    the parse already says by the relation). Returns whether it repaired."""
    if word.dep_ != "advcl" or word.pos_ != "NOUN" or not word.lower_.endswith("ing") or not any(
            c.dep_ == "mark" and c.i < word.i for c in word.children):
        return False
    if any(c.dep_ in ("det", "nmod:poss", "amod") for c in word.children):
        return False  # (a noun after all: "for the [opening]", "after its [founding]")
    word.pos_, word.tag_ = "VERB", "VBG"
    word.set_morph("Tense=Pres|VerbForm=Part")
    return True


def _preposition_read_as_an_adverb_before_its_phrase(word: "Token") -> bool:
    """"was killed in last week's crash" parsed with "in" an adverb of "killed" and "crash" a phrase
    of the verb with no preposition: a preposition right before such a phrase, on the same verb,
    is the phrase's (which then says where or when, not a bare time). Returns whether it repaired."""
    doc = word.doc
    if word.tag_ != "IN" or word.dep_ != "advmod" or word.i + 1 >= len(doc) or word.n_lefts + word.n_rights:
        return False
    noun = next((t for t in word.head.rights if t.i > word.i and t.left_edge.i == word.i + 1), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "obl" or any(c.dep_ == "case" for c in noun.children):
        return False
    word.head, word.dep_, word.pos_ = noun, "case", "ADP"
    return True


def _particle_read_as_the_objects_preposition(noun: "Token") -> bool:
    """"took over the Norwegian recruiter Corridor" parsed with "over" the preposition of
    "Corridor", which is still the verb's object: an object takes no preposition, so the word
    right after the verb is the verb's particle ("took over"). Returns whether it repaired."""
    verb = noun.head
    if noun.dep_ != "obj" or verb.pos_ != "VERB" or verb.i >= noun.i:
        return False
    if _verb_lemma_of_form(verb) in intransitive_verbs():
        return False  # (a verb that takes no object has the phrase: "strolled off the road")
    case = next((c for c in noun.lefts if c.dep_ == "case" and c.i == verb.i + 1 and c.tag_ in ("IN", "RP")), None)
    if case is None:
        return False
    case.head, case.dep_, case.pos_, case.tag_ = verb, "compound:prt", "ADP", "RP"
    return True


def _description_read_as_a_second_subject(name: "Token") -> bool:
    """"The Dutch staffing group Vedior took over ..." parsed with "group" and "Vedior" both
    subjects of "took": a common noun right before a name, the two subjects of one verb, is the
    name's description ("the staffing group Vedior"), its words the name's. Returns whether it
    repaired."""
    # (whichever subject relation: "Swiss pharmaceutical firm Novartis is to build", "be to" read
    # as a copula, has its two outer subjects)
    if name.dep_ not in ("nsubj", "nsubj:outer") or name.pos_ != "PROPN" or name.i == 0:
        return False
    if name.lower_ in _day_and_month_names():
        return False  # (a time the parse made a subject: "Software companies [Tuesday] launched")
    noun = name.doc[name.i - 1]
    if noun.dep_ != name.dep_ or noun.head != name.head or noun.pos_ != "NOUN" or any(True for _ in noun.rights):
        return False
    for child in [c for c in noun.lefts if c.dep_ in ("det", "nmod:poss")]:
        child.head = name  # (its article: "[The] ... group Vedior")
    noun.head, noun.dep_ = name, "compound"
    return True


def _hyphened_modifier_read_as_a_clause(word: "Token") -> bool:
    """"sold its loss-making mobile phone unit to the Kyocera group" parsed with "loss" the object
    and "making" a clause taking "unit" (titled "Sanyo making mobile phone unit"): a form in -ing
    written onto a noun with a hyphen ("loss-making", "record-breaking", "oil-producing") is one
    adjective of the noun phrase after it, which is the object; the phrases the clause took are
    the verb's. Returns whether it repaired."""
    doc = word.doc
    if word.tag_ != "VBG" or word.i < 2 or doc[word.i - 1].text not in ("-", "–") or doc[word.i - 1].whitespace_ or doc[word.i - 2].whitespace_:
        return False
    noun = doc[word.i - 2]
    # (or the clause hung on the noun itself: "Hong Kong's currency[-issuing banks] began")
    verb = word.head if word.head != noun else noun.head
    phrase = next((c for c in word.rights if c.dep_ == "obj" and c.left_edge.i == word.i + 1), None)
    if (noun.pos_ not in ("NOUN", "PROPN") or phrase is None or verb == word or verb.pos_ != "VERB" or noun.head not in (verb, word)
            or noun.dep_ not in ("obj", "nsubj", "compound") or any(c.dep_.startswith(("nsubj", "aux", "mark")) for c in word.children)):
        return False
    phrase.head, phrase.dep_ = (verb, noun.dep_) if noun.head == verb else (verb, "obj")
    for child in list(noun.children):
        if child.i < noun.i:
            child.head = phrase  # (its article: "[its] loss-making ... unit")
    for child in [c for c in word.children if c.i > phrase.i]:
        child.head = verb  # ("to the Kyocera group", "on Friday": the verb's)
    word.head, word.dep_ = phrase, "amod"
    noun.head, noun.dep_ = word, "compound"
    doc[word.i - 1].head = word
    return True


def _hyphened_name_read_as_an_object(word: "Token") -> bool:
    """"The former ruling BNP-led alliance government ended its tenure" parsed with "BNP" the object
    of "ruling", or "ruling" a clause of "outgoing" (titled "The former ruling led ... government",
    "Led coalition government ended"): a noun written onto a participle with a hyphen ("BNP-led",
    "army-backed") is that participle's, as the parse reads "the US-led coalition", and the words
    before it down to the article describe the noun the participle describes. Returns whether it
    repaired."""
    doc = word.doc
    if word.i < 2 or doc[word.i - 1].text not in ("-", "–") or doc[word.i - 1].whitespace_ or doc[word.i - 2].whitespace_:
        return False
    name, noun = doc[word.i - 2], word.head
    if (name.pos_ not in ("NOUN", "PROPN") or name.head == word and not name.dep_.startswith("nsubj")
            or noun.i < word.i or noun.pos_ not in ("NOUN", "PROPN")):
        return False  # (a subject of the participle is damage too: "the KMT-led bloc" read as "KMT led")
    first = name.i
    while first > 0 and doc[first - 1].tag_ in ("DT", "JJ", "NN", "VBG", "RB") and doc[first - 1].text.islower():
        first -= 1
        if doc[first].tag_ == "DT":
            break
    phrase = range(first, noun.i + 1)
    if any(doc[k].head.i not in phrase for k in range(first, word.i + 1)):
        return False  # (a word of the phrase hung outside it)
    for k in range(first, name.i):
        modifier = doc[k]
        modifier.head, modifier.dep_ = ((noun, "det") if modifier.tag_ == "DT" else (doc[k + 1], "advmod") if modifier.tag_ == "RB"
                                        else (noun, "amod"))
    name.head, name.dep_ = word, "compound"
    doc[word.i - 1].head, doc[word.i - 1].dep_ = name, "punct"
    word.head, word.dep_, word.tag_ = noun, "amod", "VBN"
    return True


def _opening_time_read_as_the_subjects_compound(day: "Token") -> bool:
    """"On Friday police arrested two men" parsed with "Friday" a compound of "police" and "On"
    the subject's preposition: a day or a month with its preposition before a subject is the
    verb's time, and a subject takes no preposition. Returns whether it repaired."""
    if day.dep_ not in ("compound", "nmod:unmarked") or day.lower_ not in _day_and_month_names():
        return False
    noun = day.head
    # (the preposition right before the day, wherever the parse hung it: on the subject, on the
    # day, or as the verb's subordinator: "[In] March prices rose")
    case = day.doc[day.i - 1] if day.i else None
    if (case is None or case.tag_ != "IN" or case.dep_ not in ("case", "mark") or case.n_lefts + case.n_rights
            or noun.head == noun or noun.i < day.i or noun.pos_ not in ("NOUN", "PROPN")):
        return False
    verb = noun.head
    subjects = [c for c in verb.children if c.dep_.startswith(("nsubj", "expl"))]
    # (or the subject read into the phrase, the verb then without one: "[On Friday police] arrested";
    # or with the noun of the subject's own phrase for one: "In March a supervisor [at the Acme
    # factory] was suspended", "factory" the subject)
    inner = subjects[0] if len(subjects) == 1 and subjects[0].i > noun.i and subjects[0].i < verb.i else None
    phrase_case = day.doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(day.doc) else None
    # (or the phrase's last word alone: "a manager [at the Linden Paper] | Mill", "Paper" the phrase)
    cut_phrase = next((c for c in noun.rights if inner is not None and c.dep_ == "nmod" and c.right_edge.i + 1 == inner.left_edge.i
                       and any(g.dep_ == "case" for g in c.children) and c.pos_ == "PROPN" and inner.pos_ == "PROPN"
                       and not any(g.dep_ == "case" for g in inner.children)), None)
    if inner is not None and cut_phrase is None and not (
            phrase_case is not None and phrase_case.dep_ == "case" and phrase_case.tag_ == "IN" and inner.left_edge == phrase_case
            and inner.pos_ in ("NOUN", "PROPN")):
        inner = None
    lost_subject = noun.dep_ == "obl" and verb.pos_ == "VERB" and noun.i < verb.i and (not subjects or inner is not None)
    if not (noun.dep_.startswith("nsubj") or lost_subject):
        return False
    case.head, case.dep_, case.pos_ = day, "case", "ADP"
    day.head, day.dep_ = verb, "obl"
    if lost_subject:
        noun.dep_ = inner.dep_ if inner is not None else "nsubj:pass" if any(c.dep_ == "aux:pass" for c in verb.children) else "nsubj"
    if inner is not None:
        inner.head, inner.dep_ = noun, "nmod"
        if cut_phrase is not None:
            for child in [c for c in cut_phrase.children if c.dep_ in ("case", "det") or c.dep_ == "amod" and c.i < cut_phrase.i]:
                child.head = inner
            cut_phrase.head, cut_phrase.dep_ = inner, "compound"
        else:
            phrase_case.head = inner
    return True


def _noun_in_ing_with_its_article_read_as_a_verb(word: "Token") -> bool:
    """"ended a summit meeting Thursday" parsed with "meeting" a verb (VBG) that is the object of
    "ended": a form in -ing with an article of its own, in a noun's relation to its verb, and no
    object, subject or auxiliary, is a noun. Returns whether it repaired."""
    if word.tag_ != "VBG" or word.pos_ != "VERB" or word.dep_ not in ("obj", "nsubj", "nsubj:pass", "obl"):
        return False
    if not any(c.dep_ == "det" and c.i < word.i and c.lower_ in ("a", "an", "the") for c in word.children) or any(
            c.dep_.startswith(("obj", "nsubj", "aux", "mark", "xcomp", "ccomp", "iobj")) for c in word.children):
        return False
    word.pos_, word.tag_ = "NOUN", "NN"
    word.set_morph("Number=Sing")
    for child in word.children:
        if child.dep_.startswith("obl") and child.i > word.i:
            child.dep_ = "nmod:unmarked" if child.dep_ == "obl:unmarked" else "nmod"  # (a noun's phrase now: "meeting [Thursday]")
    return True


def _possessive_marker_read_apart(marker: "Token") -> bool:
    """"will attend the Pacific Rim Leaders' Summit" parsed with "Leaders", the apostrophe and
    "Summit" three objects of "attend": a possessive marker is the case of the noun before it,
    and that noun the owner of the noun after it, which takes its place. Returns whether it
    repaired."""
    doc = marker.doc
    if marker.tag_ != "POS" or marker.dep_ == "case" or marker.i == 0 or marker.i + 1 >= len(doc):
        return False
    owner, owned = doc[marker.i - 1], doc[marker.i + 1]
    while owned.head != owned and owned.head.i > owned.i and owned.dep_ in ("compound", "amod", "flat", "nummod"):
        owned = owned.head
    if owner.pos_ not in ("NOUN", "PROPN") or owned.pos_ not in ("NOUN", "PROPN") or owned.is_ancestor(owner) and owner.head != owned:
        return False
    if owner.head != owned:
        owned.head, owned.dep_ = (owner.head, owner.dep_) if owner.head != owner else (owned, owner.dep_)
        for child in [c for c in owner.children if c.i > marker.i]:
            child.head = owned  # (what the parse hung on the owner after the marker)
    owner.head, owner.dep_ = owned, "nmod:poss"
    marker.head, marker.dep_, marker.pos_ = owner, "case", "PART"
    return True


def _model_number_read_as_the_subject(number: "Token") -> bool:
    """"The Comac 919 is a narrow-body airliner" parsed with "919" the subject and "Comac" the
    root: a number right after a name, with nothing of its own, is the name's (a model, a
    resolution: "Boeing 787", "Resolution 1636"), and the name with it the subject; the clause the
    number was the subject of roots the sentence, with what the parse hung on the name after it.
    Returns whether it repaired."""
    doc = number.doc
    if number.pos_ != "NUM" or not number.dep_.startswith("nsubj") or number.i == 0 or number.n_lefts + number.n_rights:
        return False
    name, predicate = doc[number.i - 1], number.head
    if name.pos_ != "PROPN" or predicate == number or predicate.i < number.i or name.is_ancestor(predicate) and name.head != name:
        return False
    if name.head == name:
        predicate.head, predicate.dep_ = predicate, "ROOT"
        for child in [c for c in name.children if c.i > number.i and c != predicate]:
            child.head = predicate  # (the clauses and the stop the parse hung on the name)
    elif name.head != predicate and not name.dep_ in ("compound", "flat"):
        return False
    name.head, name.dep_ = predicate, number.dep_
    number.head, number.dep_ = name, "flat"
    return True


def _participle_of_an_aside_read_as_a_joined_verb(verb: "Token") -> bool:
    """"will review the housing plan, themes already discussed Monday by the committees" parsed
    with "discussed" a verb joined to "review" with no "and", its day and agent "review"'s: a
    regular past form right after a noun set off by a comma, with no subject, auxiliary or "and"
    of its own, is that noun's participle, and the phrases after it are its own. Returns whether it
    repaired."""
    doc = verb.doc
    # (a day read as its object is its time: "discussed [Monday] by the committees")
    times = _time_names()
    if verb.dep_ not in ("conj", "parataxis") or verb.tag_ not in ("VBD", "VBN") or not verb.lower_.endswith("ed") or any(
            c.dep_.startswith(("nsubj", "aux", "cc", "mark")) or c.dep_.startswith("obj") and c.lower_ not in times
            for c in verb.children):
        return False
    host = verb.head
    start = verb.left_edge.i
    if host.pos_ != "VERB" or host.i > verb.i or start == 0:
        return False
    noun = doc[start - 1]
    # (its phrase's first word, not the comma the parse may hang on it)
    first = min((t.i for t in noun.subtree if not t.is_punct), default=noun.i)
    if noun.pos_ != "NOUN" or noun.i < host.i or not host.is_ancestor(noun) or first == 0 or doc[first - 1].text != ",":
        return False
    verb.head, verb.dep_ = noun, "acl"
    _made_a_past_participle(verb)
    for child in [c for c in verb.children if c.dep_.startswith("obj")]:
        child.dep_ = "obl:unmarked"
    for child in [c for c in host.children if c.i > verb.i and c.dep_.startswith("obl")]:
        child.head = verb  # (its day and its agent: "Monday", "by the committees")
        if child.dep_ == "obl" and any(g.dep_ == "case" and g.lower_ == "by" for g in child.children):
            child.dep_ = "obl:agent"
    if noun.dep_ == "conj" and not any(c.dep_ == "cc" for c in noun.children):
        noun.dep_ = "appos"  # ("the water plan, themes ...": an aside, not a third thing reviewed)
    return True


def _present_read_as_a_plural_after_its_subject(word: "Token") -> bool:
    """"said the document calls for embedding US soldiers" parsed with "document calls" one noun
    phrase (titled "The document calls embedding US soldiers"): a plural form of a verb the
    treebanks know, after a noun with its article and before the "for" or "to" clause it hangs on,
    is that verb's present tense, and the noun its subject. Returns whether it repaired."""
    doc = word.doc
    if word.tag_ != "NNS" or not word.lower_.endswith("s") or word.i < 2 or word.lower_[:-1] not in known_verbs():
        return False
    noun = doc[word.i - 1]
    clause = next((c for c in word.rights if c.pos_ == "VERB" and c.tag_ in ("VBG", "VB") and any(
        m.dep_ == "mark" and m.lower_ in ("for", "to") and m.i == word.i + 1 for m in c.children)), None)
    # (the noun with its own article, and nothing else before the form: not "the first new member
    # states to adopt", "the two-day talks to begin")
    article = doc[noun.i - 1]
    if (clause is None or noun.head != word or noun.dep_ != "compound" or noun.pos_ != "NOUN"
            or article.dep_ != "det" or article.head not in (noun, word) or any(c not in (noun, article) for c in word.lefts)):
        return False
    word.pos_, word.tag_ = "VERB", "VBZ"
    word.set_morph("Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
    for child in [c for c in word.children if c.i < noun.i]:
        child.head = noun  # (its article: "[the] document")
    noun.dep_ = "nsubj"
    if word.dep_ in ("obj", "nsubj", "obl", "appos", "dep"):
        word.dep_ = "ccomp" if word.head != word else "ROOT"
    clause.dep_ = "xcomp" if clause.tag_ == "VB" else "advcl"
    return True


def _present_read_as_a_plural_root_with_an_object(word: "Token") -> bool:
    """"Airline cancels all flights to the island" (a headline) parsed as one noun phrase whose
    root "cancels" takes "flights" as its object: a noun takes no object; a plural form of a verb
    the treebanks know, with the nouns before it and no verb in the sentence, is that verb's
    present tense, and those nouns its subject. Returns whether it repaired."""
    if (word.tag_ != "NNS" or word.head != word or not word.lower_.endswith("s") or word.i == 0
            or word.lower_[:-1] not in known_verbs() and word.lower_[:-2] not in known_verbs()):
        return False
    if not any(c.dep_ == "obj" and c.i > word.i for c in word.children) or any(
            t.pos_ in ("VERB", "AUX") for t in word.sent if t != word):
        return False
    subject = word.doc[word.i - 1]
    if subject.head != word or subject.dep_ != "compound" or subject.pos_ not in ("NOUN", "PROPN"):
        return False
    word.pos_, word.tag_ = "VERB", "VBZ"
    word.set_morph("Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
    for child in [c for c in word.lefts if c != subject]:
        child.head = subject  # (the subject's own words: "[Top] airline")
    subject.dep_ = "nsubj"
    return True


def _present_read_as_a_plural_root_before_its_infinitive(word: "Token") -> bool:
    """"Vietnam plans to put a satellite into orbit" parsed as one noun phrase, "plans" its root
    and "to put" the plans' infinitive: where the sentence has no verb but that infinitive's, the
    plural form of a verb the treebanks give a "to" complement ("plans", "aims", "hopes"), after
    a noun and right before its "to", is that verb's present tense, the noun its subject and the
    infinitive its complement. Returns whether it repaired."""
    form = word.lower_
    if (word.tag_ != "NNS" or word.head != word or not form.endswith("s") or word.i == 0 or word.i + 2 >= len(word.doc)
            or word.doc[word.i + 1].lower_ != "to"
            or form[:-1] not in infinitive_complement_verbs() and form[:-2] not in infinitive_complement_verbs()):
        return False
    infinitive = word.doc[word.i + 1].head
    if (infinitive.head != word or infinitive.tag_ != "VB" or infinitive.dep_ not in ("acl", "xcomp")
            or any(c.dep_ in ("det", "nmod:poss", "nummod") for c in word.children)):
        return False
    inside = {t.i for t in infinitive.subtree}
    if any(t.pos_ in ("VERB", "AUX") and t.i not in inside for t in word.sent if t != word):
        return False  # (a verb of its own: "the plans to expand were shelved")
    subject = word.doc[word.i - 1]
    if subject.head != word or subject.dep_ not in ("nsubj", "compound", "amod") or not (
            subject.pos_ in ("NOUN", "PROPN") or subject.dep_ == "amod" and subject.is_title):
        return False  # ("Beijing" may be read as an adjective; "new plans to ..." is a noun's)
    word.pos_, word.tag_ = "VERB", "VBZ"
    word.set_morph("Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
    for child in [c for c in word.lefts if c != subject and c.i < subject.i]:
        child.head = subject  # (the subject's own words: "[the] company")
    subject.dep_ = "nsubj"
    if subject.pos_ not in ("NOUN", "PROPN"):
        subject.pos_, subject.tag_ = "PROPN", "NNP"  # ("Beijing" read as an adjective: the name it is)
    infinitive.dep_ = "xcomp"
    return True


def _phrase_after_a_name_read_on_the_naming_participle(participle: "Token") -> bool:
    """"put a satellite named Vinasat into operation in 2008" parsed with "into operation" and the
    date on "named": a participle that gives its noun a name ends with that name (it has no object
    and no agent of its own), so the phrases after the name are the verb's whose object the noun
    is. Returns whether it repaired."""
    noun = participle.head
    name = next((c for c in participle.children if c.dep_ == "xcomp" and (c.pos_ == "PROPN" or c.tag_ in ("NNP", "NNPS")) and c.i > participle.i), None)
    if (name is None or noun.dep_ != "obj" or noun.head.pos_ != "VERB" or noun.i > participle.i
            or any(c.dep_ in ("obj", "iobj", "obl:agent", "aux", "aux:pass", "nsubj:pass") for c in participle.children)):
        return False
    after = [c for c in participle.children if c.dep_ in ("obl", "obl:tmod", "obl:unmarked", "advmod") and c.i > name.right_edge.i]
    for phrase in after:
        phrase.head = noun.head
    return bool(after)


def _bare_verb_joined_to_a_finite_verb(verb: "Token") -> bool:
    """"said Peretz may help unite the camp and promote talks" parsed with "promote" joined to
    "said": "and" joins like forms, and a bare verb (no subject, auxiliary or "to" of its own)
    is no conjunct of a past or present tense; it joins the nearest bare verb before its "and"
    under that tense. Returns whether it repaired."""
    head = verb.head
    if (verb.tag_ != "VB" or verb.dep_ != "conj" or head.tag_ not in ("VBD", "VBZ") or head.i > verb.i
            or any(c.dep_.startswith(("nsubj", "aux", "mark")) for c in verb.children)
            or any(c.dep_.startswith("aux") for c in head.children)):
        return False
    cc = next((c for c in verb.children if c.dep_ == "cc" and c.i < verb.i), None)
    if cc is None:
        return False
    inside = {t.i for t in head.subtree}
    bare = [t for t in verb.doc[head.i + 1:cc.i] if t.tag_ == "VB" and t.pos_ == "VERB" and t.i in inside]
    if not bare:
        return False
    verb.head = bare[-1]
    for source in [c for c in verb.rights if c.dep_ in ("ccomp", "parataxis") and _is_reporting_form(c)
                   and "," in (c.left_edge.text, c.doc[c.left_edge.i - 1].text) and any(g.dep_.startswith("nsubj") for g in c.children)]:
        source.head, source.dep_ = head, "parataxis"  # (", the agency reported": the whole sentence's source)
    return True


def _title_of_a_name_read_as_its_subject(name: "Token") -> bool:
    """"US Secretary of State Condoleezza Rice, who ..., was briefed" parsed with "Secretary" and
    "Rice" two subjects of the verb, "of State" inside the name: a title right before its "of"
    phrase and the name is the name's, and the "of" phrase the title's."""
    doc = name.doc
    marker = doc[name.left_edge.i]
    title = doc[marker.i - 1]
    if (marker.dep_ != "case" or marker.lower_ not in ("of", "for") or title.pos_ != "PROPN" or title.head != name.head
            or not title.dep_.startswith("nsubj") or marker.head.i == name.i):
        return False
    words = [t for t in doc[marker.i + 1 : name.i]]
    if not words or any(t.pos_ != "PROPN" or t.head.i not in range(marker.i + 1, name.i + 1) for t in words):
        return False
    if any(c.dep_.startswith("nsubj") and c not in (title, name) for c in name.head.children):
        return False
    phrase = words[0]  # the "of" phrase's noun ("State"); the words after it are the name's ("Condoleezza")
    phrase.head, phrase.dep_ = title, "nmod"
    marker.head = phrase
    title.head, title.dep_ = name, "compound"
    for word in words[1:]:
        word.head, word.dep_ = name, "compound"
    return True


def _name_read_as_a_second_subject(name: "Token") -> bool:
    """"A gagging order on former commander Ramush Haradinaj has been extended" parsed with
    "Haradinaj" a second subject of the verb, cut from "Ramush" (or "Kizza Besigye" cut from
    "former presidential candidate"), left inside the first subject's phrase: a verb has one
    subject, and a name right after the first subject's words, with no comma, ends its phrase: the
    surname of the proper noun before it, or the name of the person the noun before it describes.
    Returns whether it repaired."""
    doc = name.doc
    verb = name.head
    if name.pos_ != "PROPN" or not name.dep_.startswith("nsubj") or name.left_edge.i < 1:
        return False
    if _title_of_a_name_read_as_its_subject(name):
        return True
    # (the name's own words: not a relative clause set off after it, "Luis Videgaray, who ...,")
    relatives = [c for c in name.children if c.dep_ == "acl:relcl"]
    words = [t for t in name.subtree if not t.is_punct and not any(r == t or r.is_ancestor(t) for r in relatives)]
    if any(t.pos_ != "PROPN" for t in words):
        return False
    before = doc[name.left_edge.i - 1]
    if before.pos_ not in ("PROPN", "NOUN") or not before.whitespace_ or before.head == name or before.dep_ in ("flat", "compound"):
        return False
    first = [c for c in verb.children if c.dep_.startswith("nsubj") and c.i < before.i]
    if len(first) != 1 or before.i not in {t.i for t in first[0].subtree} or any(
            t.is_punct and t.tag_ != "HYPH" for t in doc[first[0].i : name.i]):
        return False
    if before.pos_ == "PROPN" and not name.n_lefts and not any(c.dep_ == "flat" for c in name.children):
        name.head, name.dep_ = before, "flat"
        return True
    if before.pos_ == "PROPN" and first[0].pos_ == "PROPN" and before != first[0] and not name.n_lefts and any(
            c.dep_ == "flat" for c in name.children) and any(c.dep_ == "case" and c.lower_ in ("of", "for") for c in before.children):
        # ("Mexico's Secretary of Finance Luis Videgaray": a full name after the title's "of" phrase)
        name.head, name.dep_ = first[0], "appos"
        return True
    if before.pos_ != "NOUN" or len(words) < 2:
        return False  # (a person's name after a description; not "African-style Socialism")
    # the name's first word heads it, the others its `flat` words, as the treebanks write names
    words[0].head, words[0].dep_ = before, "appos"
    for word in words[1:]:
        word.head, word.dep_ = words[0], "flat"
    return True


def _possessors_phrase_read_on_the_possessed(noun: "Token") -> bool:
    """"the Institute for Supply Management's survey" parsed with "for" a preposition of "survey",
    "Management" its possessor and "survey" a phrase apart from "Institute" (or "the Bank of Japan's
    move" with "move" a phrase of "Bank"): a name's "of" or "for" phrase that ends in a possessive
    belongs to the name, and the name with its phrase is the possessor of the noun after it, which
    takes the name's place in the sentence. Returns whether it repaired."""
    doc = noun.doc
    if noun.pos_ != "NOUN":
        return False
    marker = next((c for c in noun.children if c.dep_ == "case" and c.lower_ in ("of", "for") and c.i < noun.i), None)
    possessor = next((c for c in noun.children if c.dep_ == "nmod:poss" and c.pos_ == "PROPN"), None) if marker else None
    if possessor is None or not marker.i < possessor.i < noun.i or marker.i < 1:
        return False
    name = doc[marker.i - 1]
    if name.pos_ != "PROPN" or name.head == name or name.dep_ in ("compound", "flat"):
        return False
    # (an institution's name, with its article: not "his selection of Kanu for Sunday's match")
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in name.children) or possessor.lower_ in day_and_month_names():
        return False
    # (the noun may be a compound of the phrase's head: "the University of Michigan's consumer [sentiment] index")
    possessed = noun
    while possessed.dep_ == "compound" and possessed.head.i > possessed.i and possessed.head.pos_ == "NOUN":
        possessed = possessed.head
    if possessed.head not in (name, name.head) or name.is_ancestor(possessed) and possessed.head != name:
        return False
    possessed.head, possessed.dep_ = name.head, name.dep_
    for child in [c for c in name.children if c.i < name.i and c.dep_ == "case"]:
        child.head = possessed  # ("by the Institute ...'s survey": the preposition is the phrase's)
    name.head, name.dep_ = possessed, "nmod:poss"
    possessor.head, possessor.dep_ = name, "nmod"
    marker.head = possessor
    for clitic in [c for c in possessor.children if c.tag_ == "POS"]:
        clitic.head = name  # (the possessive is the whole name's, as the treebanks hang it)
    return True


def _verbs_infinitive_read_on_its_setting(infinitive: "Token") -> bool:
    """"NATO leaders decided at a summit in Riga to invite Serbia" parsed with "to invite" a
    modifier of "summit": an infinitive after the phrase that sets where or when a verb that takes
    one happened ("at", "in", "during") is that verb's complement, when the verb has none.
    Returns whether it repaired."""
    setting = infinitive.head
    if (infinitive.dep_ != "acl" or infinitive.tag_ != "VB" or setting.i > infinitive.i
            or not any(c.dep_ == "mark" and c.lower_ == "to" and c.i == infinitive.i - 1 for c in infinitive.children)):
        return False
    while setting.dep_ == "nmod" and setting.head.pos_ == "NOUN" and setting.head.i < setting.i:
        setting = setting.head  # ("at a summit [in Riga]")
    verb = setting.head
    if (not setting.dep_.startswith("obl") or verb.pos_ != "VERB" or _verb_lemma_of_form(verb) not in infinitive_complement_verbs()
            or not any(c.dep_ == "case" and c.lower_ in ("at", "in", "during") for c in setting.children)
            or any(c.dep_ in ("xcomp", "ccomp", "obj") for c in verb.children)):
        return False
    infinitive.head, infinitive.dep_ = verb, "xcomp"
    return True


def _relative_which_read_as_a_determiner(which: "Token") -> bool:
    """"the process in which UN chief Kofi Annan has taken an interest" parsed with "which" a
    determiner of "Annan", "in which Annan" a phrase of "process" and "taken" a verb of the main
    clause: "which" after a preposition opens a relative clause on the noun before it; the noun
    phrase after it is the clause's subject, and the next verb with no subject its verb. Returns
    whether it repaired."""
    doc = which.doc
    subject = which.head
    if which.lower_ != "which" or which.dep_ != "det" or which.i < 2 or subject.i <= which.i:
        return False
    preposition, noun = doc[which.i - 1], subject.head
    if (preposition.pos_ != "ADP" or preposition.head != subject or noun.i >= preposition.i
            or noun.pos_ not in ("NOUN", "PROPN") or subject.dep_ not in ("nmod", "obl")):
        return False
    verb = next((t for t in doc[subject.right_edge.i + 1 : which.sent.end] if t.pos_ in ("VERB", "AUX")
                 and t.dep_ not in ("aux", "aux:pass", "cop")), None)
    if verb is None or any(c.dep_.startswith("nsubj") for c in verb.children) or not any(
            c.dep_.startswith("aux") for c in verb.children) or verb.head.i > verb.i or verb.is_ancestor(noun):
        return False
    verb.head, verb.dep_ = noun, "acl:relcl"
    subject.head, subject.dep_ = verb, "nsubj"
    which.head, which.dep_ = verb, "obl"
    which.pos_, which.tag_ = "PRON", "WDT"
    preposition.head = which
    return True


def _relative_clauses_object_read_as_the_next_subject(subject: "Token") -> bool:
    """"He hoped the countries who had withheld support would return" parsed with "support" the
    subject of "return" and "the countries" the object of "hoped": a noun right after the verb of
    a relative clause with no object is that object, when the relative clause's noun is the object
    of a verb the next verb's clause may be told by; the noun is the next verb's subject, and its
    clause what the first verb tells. Returns whether it repaired."""
    doc = subject.doc
    verb = subject.head
    relative = doc[subject.left_edge.i - 1] if subject.left_edge.i else None
    if (relative is None or relative.dep_ != "acl:relcl" or relative.pos_ != "VERB" or verb.pos_ not in ("VERB", "AUX")
            or verb.i < subject.i or any(c.dep_ in ("obj", "ccomp", "xcomp") for c in relative.children)
            or _intransitive(relative.lower_) or not any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in relative.children)):
        return False
    noun = relative.head
    teller = noun.head
    if noun.dep_ != "obj" or teller.pos_ != "VERB" or verb.head not in (teller, teller.head) or verb.head == verb:
        return False
    if not any(c.dep_.startswith("aux") and c.i < verb.i for c in verb.children):
        return False  # (a finite clause: "would return", not a bare verb)
    subject.head, subject.dep_ = relative, "obj"
    noun.head, noun.dep_ = verb, "nsubj"
    verb.head, verb.dep_ = teller, "ccomp"
    return True


def _opening_year_read_as_a_count(year: "Token") -> bool:
    """"In 2000, good mates Hayden and Symonds found themselves in the water" parsed with "2000" a
    count of "mates": a year after a preposition, set off by a comma, is a time of the verb the
    phrase after the comma belongs to, not a number of anything. Returns whether it repaired."""
    doc = year.doc
    noun = year.head
    if (year.dep_ != "nummod" or not year.is_digit or len(year.text) != 4 or noun.i <= year.i + 1
            or doc[year.i + 1].text != "," or not any(c.dep_ == "case" and c.i < year.i for c in year.children)):
        return False
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i < noun.i:
        return False
    year.head, year.dep_ = verb, "obl"
    return True


def _told_clause_read_on_a_participle(clause: "Token") -> bool:
    """"The club told members in a letter received Tuesday that it was floating other proposals"
    parsed with the "that" clause the complement of "received": a "that" clause after a
    participle that describes a phrase of a telling verb is what the telling verb tells, when it
    tells nothing else. Returns whether it repaired."""
    participle = clause.head
    if (clause.dep_ != "ccomp" or participle.dep_ != "acl" or participle.tag_ not in ("VBN", "VBD")
            or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)):
        return False
    noun = participle.head
    verb = noun.head
    for _ in range(3):  # ("in a letter": the phrase may hang on the object)
        if verb.pos_ == "VERB" or verb.head == verb:
            break
        verb = verb.head
    if (verb.pos_ != "VERB" or not _is_reporting_form(verb) or verb.i > participle.i
            or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)):
        return False
    clause.head = verb
    return True


def _infinitive_after_be_to_read_as_a_modifier(noun: "Token") -> bool:
    """"The crew was to finish repairs on Monday" parsed with "finish" a modifier of "repairs", the
    noun the predicate of "was": after "was to" (a plan told in the past), a word the treebanks
    know as a verb is that plan's infinitive, and the noun after it its object, as the model reads
    "The ministers were to sign the deal". Returns whether it repaired."""
    doc = noun.doc
    if noun.pos_ != "NOUN" or noun.i < 3:
        return False
    word, to, be = doc[noun.i - 1], doc[noun.i - 2], doc[noun.i - 3]
    if (word.head != noun or word.dep_ not in ("amod", "compound") or word.lower_ not in known_verbs() or word.lower_ in ing_nouns()
            or to.lower_ != "to" or to.head not in (noun, word) or be.head != noun or be.dep_ != "cop"
            or be.lower_ not in ("was", "were", "is", "are")):
        return False
    word.pos_, word.tag_ = "VERB", "VB"
    word.set_morph("VerbForm=Inf")
    word.head, word.dep_ = (word, "ROOT") if noun.head == noun else (noun.head, noun.dep_)
    to.pos_, to.tag_, to.head, to.dep_ = "PART", "TO", word, "mark"
    be.head = word
    for child in [c for c in noun.children if c.dep_.startswith(("nsubj", "aux", "advcl", "conj", "cc", "punct", "parataxis", "obl", "advmod", "mark"))
                  or c.dep_ == "nmod" and c.i < noun.i]:
        child.head = word
        if child.dep_ == "nsubj":
            child.dep_ = "nsubj:outer"  # (as the model reads "The ministers were to sign")
    noun.head, noun.dep_ = word, "obj"
    return True


def _count_of_times_read_as_the_subject(times: "Token") -> bool:
    """"when Tudjman four times rejected their choice" parsed with "four times" the subject and
    "Tudjman" its modifier (or the root, or the verb's phrase): a count of times right before a
    verb says how often it happened; the noun before the count is the subject. Returns whether it
    repaired."""
    doc = times.doc
    verb = times.head
    if (times.lower_ != "times" or times.dep_ not in ("nsubj", "obl:unmarked") or times.i < 2 or verb.i != times.i + 1
            or verb.tag_ not in ("VBD", "VBZ") or any(c.dep_ in ("det", "nmod:poss") for c in times.children)):
        return False
    count = doc[times.i - 1]
    subject = doc[times.i - 2]
    if (count.head != times or count.dep_ not in ("nummod", "amod") or not (count.like_num or count.tag_ == "JJ")
            or subject.pos_ not in ("NOUN", "PROPN") or subject.tag_ not in ("NN", "NNS", "NNP", "NNPS")
            or any(c.dep_.startswith("nsubj") and c != times for c in verb.children)):
        return False
    if subject.head == subject:  # ("Parliament five times refused": the noun read as the root)
        verb.head, verb.dep_ = verb, "ROOT"
        _full_stop_to(subject, verb)
        for child in [c for c in subject.children if c.i > verb.i]:
            child.head = verb
    elif subject.head not in (times, verb):
        return False
    subject.head, subject.dep_ = verb, "nsubj"
    times.dep_ = "obl:unmarked"
    return True


def _activity_as_a_kind_read_as_an_as_clause(verb: "Token") -> bool:
    """"but rowing as a sport began in Victorian England" parsed with "rowing" a verb and "as a
    sport began" a clause of its (titled "A sport began"): a form in -ing right before "as" and an
    indefinite noun that a past tense follows names the activity, the subject of that verb, and
    "as a sport" is its phrase. Returns whether it repaired."""
    doc = verb.doc
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    if mark is None or mark.i == 0 or verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBZ"):
        return False
    activity = doc[mark.i - 1]
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and mark.i < c.i < verb.i), None)
    if (activity != verb.head or not activity.lower_.endswith("ing") or subject is None
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children)
            or any(c.dep_.startswith(("obj", "nsubj", "aux")) for c in activity.children)):
        return False
    verb.head, verb.dep_ = (activity.head, activity.dep_) if activity.head != activity else (verb, "ROOT")
    for child in [c for c in activity.children if c.i < activity.i and c.dep_ in ("cc", "punct")]:
        child.head = verb  # (", but": the joined clause's)
    activity.head, activity.dep_, activity.pos_, activity.tag_ = verb, "nsubj", "NOUN", "NN"
    activity.set_morph("Number=Sing")
    subject.head, subject.dep_ = activity, "nmod"
    mark.head, mark.dep_, mark.pos_ = subject, "case", "ADP"
    return True


def _heads_above(token: "Token", limit: int = 12) -> list["Token"]:
    """The token's heads up to the root, at most `limit` of them: the repairs of the first loop walk
    a parse that an earlier repair may have left with a loop (`_without_cycles` mends it after)."""
    found: list["Token"] = []
    node = token
    while node.head != node and len(found) < limit:
        node = node.head
        if node == token or node in found:
            break
        found.append(node)
    return found


def _joined_verb_read_as_an_as_clause(verb: "Token") -> bool:
    """"appointed X as head of the new government and on Thursday named the other members" parsed
    with "as head ... named" a clause, "head" its subject and "on Thursday" joined to "government":
    a subject is never followed by "and" and a time before its verb; the verb is joined to the one
    before ("appointed ... and on Thursday named"), and "as head of ..." that verb's phrase.
    Returns whether it repaired."""
    doc = verb.doc
    marker = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i), None)
    subject = next((c for c in verb.children if c.dep_.startswith("nsubj") and c.i < verb.i), None)
    host = verb.head
    if host == verb or host.pos_ != "VERB" or host.i > verb.i or verb.i < 3 or (subject is None) != (marker is None):
        return False  # (an "as" clause with its subject, or a verb with neither: an earlier repair may have taken them)
    time = doc[verb.i - 1]
    markers = _clause_markers()
    if time.lower_ not in markers["day_names"] | markers["time_nouns"] | markers["month_names"] or time.dep_ != "conj":
        return False
    conjunction = next((c for c in time.children if c.dep_ == "cc" and c.lower_ == "and"), None)
    if conjunction is None:
        return False
    verb.head, verb.dep_ = host, "conj"
    conjunction.head = verb
    time.head, time.dep_ = verb, "obl"
    if subject is not None and marker is not None:
        subject.head, subject.dep_ = host, "obl"
        marker.head, marker.dep_, marker.pos_ = subject, "case", "ADP"
    return True


def _noun_read_as_an_auxiliary(noun: "Token") -> bool:
    """"Share prices on the stock market closed higher" parsed with "Share" an auxiliary of
    "closed": a noun is no auxiliary; right before another noun, it is that noun's compound.
    Returns whether it repaired."""
    doc = noun.doc
    following = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if following is None or following.pos_ not in ("NOUN", "PROPN") or noun.tag_ not in ("NN", "NNS", "NNP"):
        return False
    noun.head, noun.dep_ = following, "compound"
    return True


def _gerund_clause_read_on_the_time_before_it(time: "Token") -> bool:
    """"steered clear on Thursday of criticising the army" parsed with "of criticising" a clause of
    "Thursday": a time takes no gerund clause with a preposition; the clause is the verb's the time
    dates. Returns whether it repaired."""
    verb = time.head
    if verb == time or verb.pos_ not in ("VERB", "AUX", "ADJ") or verb.i > time.i:
        return False
    moved = False
    for clause in [c for c in time.rights if c.dep_ in ("acl", "advcl") and c.tag_ == "VBG"
                   and any(g.dep_ == "mark" and g.pos_ in ("ADP", "SCONJ") and g.i < c.i for g in c.children)]:
        clause.head, clause.dep_ = verb, "advcl"
        moved = True
    return moved


def _purpose_read_on_the_occasion(infinitive: "Token") -> bool:
    """"defeated Egypt 2-0 in the final to lift the title" parsed with "to lift" a modifier of
    "final" (titled "The final is to lift the title"): the occasion a verb's phrase places it at
    ("in the final", "at the summit") takes no infinitive; the infinitive is the verb's purpose.
    Returns whether it repaired."""
    noun = infinitive.head
    if (infinitive.dep_ != "acl" or infinitive.tag_ != "VB" or noun.pos_ != "NOUN" or noun.dep_ != "obl"
            or noun.head.pos_ != "VERB" or noun.i > infinitive.i):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "to" and c.i == noun.i + 1 for c in infinitive.children):
        return False  # (right after the noun)
    if not any(c.dep_ == "case" and c.lower_ in ("in", "at") for c in noun.children) or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False  # (not "in a bid to", "in an effort to": what the noun is, told by its infinitive)
    infinitive.head, infinitive.dep_ = noun.head, "advcl"
    return True


def _verbs_clause_read_as_a_nouns(clause: "Token") -> bool:
    """"The firm cut costs by closing two plants" parsed with "by closing" a noun's clause (acl) on
    the verb "cut": a clause a subordinator opens, on a verb, modifies the verb (advcl). Returns
    whether it repaired."""
    if clause.head.pos_ != "VERB" or clause.head.i > clause.i or not any(
            c.dep_ == "mark" and c.i < clause.i for c in clause.children):
        return False
    clause.dep_ = "advcl"
    return True


def _worth_read_as_the_head_of_its_noun(worth: "Token") -> bool:
    """"reached a four-year contract extension worth more than 21 million dollars" parsed with
    "worth" the object, "extension" its compound and the amount the verb's: "worth" is the
    noun's adjective, and the amount right after it is what it is worth. Returns whether it
    repaired."""
    if worth.lower_ != "worth" or worth.i == 0 or worth.dep_ in ("amod", "ROOT", "case"):
        return False
    noun = worth.doc[worth.i - 1]
    if worth.dep_ == "xcomp" and noun.head == worth.head and noun.dep_ == "obj" and noun.pos_ in ("NOUN", "PROPN"):
        worth.head, worth.dep_ = noun, "amod"  # ("signed a deal worth 3 billion dollars": the deal's worth)
        for amount in [c for c in worth.children if c.dep_ == "obj"]:
            amount.dep_ = "obl"  # (what a noun's adjective takes is its oblique, kept in the noun's phrase)
        return True
    if noun.head != worth or noun.dep_ != "compound" or noun.pos_ != "NOUN":
        return False
    for child in [c for c in worth.children if c.i < noun.i]:
        child.head = noun
    noun.head, noun.dep_ = worth.head if worth.head != worth else noun, worth.dep_
    worth.head, worth.dep_ = noun, "amod"
    amount = next((c for c in noun.head.children if c.left_edge.i == worth.i + 1), None) if noun.head != noun else None
    if amount is not None and amount.pos_ in ("NOUN", "NUM", "SYM"):
        amount.head, amount.dep_ = worth, "obl"
    return True


def _apposition_read_as_a_complement(noun: "Token") -> bool:
    """"appointed Ann Lee, the former director of Acme, a consulting firm, as his adviser" parsed
    with "firm" the verb's complement ("appointed her a director"), or a bare adverbial ("sentenced
    Ivan Petrov, a former minister, to ..."), or an aside of the verb: a noun phrase with its article
    set off by a comma right after the verb's object, and closed by another, is an apposition of
    the name or noun that ends the phrase before it. Returns whether it repaired."""
    if noun.dep_ not in ("xcomp", "obl:unmarked", "appos") or noun.pos_ != "NOUN" or noun.head.pos_ != "VERB" or noun.i < noun.head.i:
        return False
    doc, comma = noun.doc, noun.left_edge
    if comma.text != "," or comma.head != noun or comma.i == 0 or not any(c.dep_ == "det" for c in noun.children):
        return False
    after = noun.right_edge.i + 1
    if after < len(doc) and doc[after].text not in (",", ".", ";"):
        return False
    before = doc[comma.i - 1]
    if before.pos_ not in ("NOUN", "PROPN"):
        return False
    above = before
    while above.head != above and above.head != noun.head:
        above = above.head
    if above.head != noun.head or above.dep_ != "obj" or above.i > comma.i:
        return False
    noun.head, noun.dep_ = before.head if before.dep_ == "flat" else before, "appos"  # (a name's head word)
    return True


def _verbs_phrase_read_into_the_objects_aside(phrase: "Token") -> bool:
    """"charged Lena Kovac, a banker, with fraud" parsed with "with fraud" on "banker": a phrase
    after the comma that closes the aside of a verb's object is the verb's; the aside ended at
    its comma. Not where the person comes from ("a LeT man, from Doda district": the treebanks'
    reading, `origin_prepositions`). Returns whether it repaired."""
    if phrase.dep_ != "nmod" or phrase.left_edge.text != "," or phrase.left_edge.head != phrase:
        return False
    doc = phrase.doc
    opening = phrase.left_edge.i + 1
    if (opening >= len(doc) or doc[opening].dep_ != "case" or doc[opening].head != phrase
            or doc[opening].lower_ in _clause_markers()["origin_prepositions"]):
        return False
    aside = phrase.head
    while aside.dep_ != "appos" and aside.head != aside and aside.i < phrase.i:
        aside = aside.head
    described, verb = aside.head, aside.head.head
    if (aside.dep_ != "appos" or aside.left_edge.text != "," or described.dep_ not in ("obj", "xcomp")
            or verb.pos_ != "VERB" or not described.i < aside.i < phrase.i):
        return False
    phrase.head, phrase.dep_ = verb, "obl"
    return True


def _opening_time_of_a_joined_clause_read_as_a_conjunct(time: "Token") -> bool:
    """"want the curfew lifted and on Friday, the council gave the army two days" parsed with "on
    Friday" a conjunct of "lifted": a time after "and" and before a comma opens the clause after
    the comma, whose subject follows; that clause is the one joined. So does a time right before a
    joined verb that shares the first clause's subject ("... and on Monday criticised the
    proceedings"). Returns whether it repaired."""
    if time.dep_ != "conj" or time.pos_ not in ("PROPN", "NOUN", "NUM"):
        return False
    joiner = next((c for c in time.children if c.dep_ == "cc" and c.i == time.left_edge.i), None)
    doc = time.doc
    after = time.i + 1
    if joiner is None or not any(c.dep_ == "case" for c in time.children) or after >= len(doc):
        return False
    following = doc[after]
    if (following.pos_ == "VERB" and following.tag_ in ("VBD", "VBZ") and following.dep_ in ("conj", "advcl", "parataxis")
            and not following.is_ancestor(time) and not time.is_ancestor(following)
            and not any(c.dep_.startswith("nsubj") for c in following.children)):
        # (no comma, the subject shared: "has claimed it will be difficult ... and on Monday criticised")
        time.head, time.dep_ = following, "obl"
        joiner.head = following
        following.dep_ = "conj"  # (joined by the "and" before the time)
        return True
    if following.text != ",":
        return False
    verb, subject = following.head, None
    if verb.dep_ == "appos" and verb.head == time and verb.pos_ in ("PROPN", "NOUN"):
        # (its subject read as the time's apposition: "and on Sunday, the Brigades, a group ..., gave")
        subject = verb
        verb = next((t for t in doc[subject.right_edge.i + 1 : time.sent.end] if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP")
                     and t.dep_ in ("parataxis", "conj", "ccomp", "advcl")), subject)
        if verb == subject or any(c.dep_.startswith("nsubj") for c in verb.children):
            return False
    if (verb.pos_ not in ("VERB", "AUX") or verb.i <= after or verb.is_ancestor(time) or time.is_ancestor(verb)
            or verb.dep_ not in ("parataxis", "conj", "ccomp", "advcl")
            or subject is None and not any(c.dep_.startswith("nsubj") and c.i > after for c in verb.children)):
        return False
    if subject is not None:
        for aside in [c for c in time.children if c.dep_ == "appos" and subject.i < c.i < verb.i]:
            aside.head = subject  # ("the Green Front, a group close to ...": the subject's aside)
        subject.head, subject.dep_ = verb, "nsubj"
    time.head, time.dep_ = verb, "obl"
    joiner.head = verb
    if verb.dep_ == "parataxis":
        verb.dep_ = "conj"
    return True


def _ago_inside_the_subject_read_on_the_verb(ago: "Token") -> bool:
    """"The trial of Saddam over a massacre 23 years ago made a shaky restart Tuesday" parsed with
    "23 years ago" on "made": an "ago" phrase that ends the subject, right before its verb, is the
    subject's last noun's ("a massacre 23 years ago"); so is one whose measure the parse made the
    verb's subject ("the trial over a bombing five years ago resumed", "years" its subject).
    Returns whether it repaired."""
    doc = ago.doc
    if ago.lower_ != "ago" or ago.dep_ != "advmod" or ago.i + 1 >= len(doc):
        return False
    verb, unit = doc[ago.i + 1], doc[ago.i - 1] if ago.i else ago
    if verb.pos_ not in ("VERB", "AUX") or ago.head not in (verb, unit):
        return False
    if unit.dep_.startswith("nsubj") and unit.head == verb and unit.pos_ == "NOUN":
        # (the measure read as the verb's subject: "a bombing five years ago resumed", the trial
        # the root; the subject is found again once the "ago" phrase is the noun's)
        start = unit.left_edge.i
        noun = doc[start - 1] if start else None
        if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
            return False
        ago.head, ago.dep_ = noun, "advmod"  # (first: "ago" may hang on the measure)
        unit.head, unit.dep_ = ago, "obl:unmarked"
        return True
    if ago.head != verb:
        return False
    start = ago.left_edge.i
    subject = next((c for c in verb.children if c.dep_.startswith("nsubj") and c.i < start), None)
    noun = doc[start - 1] if start else None
    if subject is None or noun is None or noun.pos_ not in ("NOUN", "ADJ", "PROPN") or not subject.is_ancestor(noun) and noun != subject:
        return False
    ago.head = noun
    if noun.pos_ == "ADJ" and any(c.dep_ == "det" for c in noun.children):
        noun.pos_, noun.tag_ = "NOUN", "NN"  # ("a Shiite massacre": a noun, with its article, whatever the tagger said)
    return True


def _infinitive_read_as_a_modifier_after_to(word: "Token") -> bool:
    """"was forced to dump draconian capital controls" parsed as "to [dump draconian capital
    controls]", a phrase with "dump" an adjective: after a verb whose "to" introduces its
    infinitive (`infinitive_complement_verbs`), a verb's base form right after "to" is that
    infinitive, and the noun phrase after it its object. Returns whether it repaired."""
    doc = word.doc
    to = doc[word.i - 1] if word.i else None
    noun = word.head
    if (to is None or to.lower_ != "to" or to.dep_ != "case" or to.head != noun or noun.i <= word.i
            or word.dep_ not in ("amod", "compound") or word.lower_ not in known_verbs() or word.lower_ in ing_nouns()):
        return False
    verb = noun.head
    if noun.dep_ not in ("obl", "nmod") or verb.pos_ != "VERB" or verb.i > to.i or _verb_lemma_of_form(verb) not in infinitive_complement_verbs():
        return False
    word.pos_, word.tag_ = "VERB", "VB"
    word.set_morph("VerbForm=Inf")
    word.head, word.dep_ = verb, "xcomp"
    to.pos_, to.tag_, to.head, to.dep_ = "PART", "TO", word, "mark"
    noun.head, noun.dep_ = word, "obj"
    return True


def _verb_read_as_an_adjective_of_the_day_after_it(word: "Token") -> bool:
    """"the subcommittee discussed late Tuesday prospects for future relations" parsed with
    "discussed" an adjective of "Tuesday" (or a participle of "subcommittee") and "prospects" the
    verb (VBZ): a past form right after the subject, before a day and a present form right after
    the day, is the verb; the day is its time and the present form, a plural, its object. Returns
    whether it repaired."""
    doc = word.doc
    if word.tag_ not in ("VBD", "VBN") or word.i == 0:
        return False
    subject = None
    if word.dep_ == "amod" and word.head.lower_ in day_names() and word.head.i > word.i:
        day = word.head
    elif word.dep_ == "acl" and word.head.i == word.i - 1 and word.head.pos_ == "NOUN":
        # ("committee [discussed late Tuesday]": the participle's noun is the subject)
        subject = word.head
        day = next((c for c in word.rights if c.lower_ in day_names() and c.dep_.startswith("obl")), None)
        if day is None:
            return False
    else:
        return False
    if day.i + 1 >= len(doc):
        return False
    verb = doc[day.i + 1]  # (the present form right after the day, wherever the parse hung the day)
    if (verb.tag_ != "VBZ" or not verb.lower_.endswith("s")
            or any(c.dep_.startswith(("aux", "obj")) for c in verb.children)):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < word.i]
    if subject is None and not subjects or subject is not None and any(c.dep_.startswith("nsubj") for c in verb.children):
        return False
    word.head, word.dep_ = (verb.head, verb.dep_) if verb.head != verb else (word, verb.dep_)
    word.pos_ = "VERB"
    _made_a_past_tense(word)
    for child in [c for c in verb.children if c.i < word.i or c.dep_ in ("cc", "conj", "punct", "parataxis")]:
        child.head = word  # (its subject, and the clauses and stops joined to it)
    if subject is not None:
        subject.head, subject.dep_ = word, "nsubj"
    day.head, day.dep_ = word, "obl"
    verb.head, verb.dep_, verb.pos_, verb.tag_ = word, "obj", "NOUN", "NNS"
    verb.set_morph("Number=Plur")
    for child in [c for c in verb.children if c.dep_ == "obl"]:
        child.dep_ = "nmod"  # ("prospects [for future relations]": the noun's phrase now)
    return True


def _age_read_as_the_verbs_complement(aged: "Token") -> bool:
    """"died aged 59 on Saturday" parsed with "aged" the verb's complement (or a conjunct of it) and
    "on Saturday" hung on "aged": "aged" and a figure tell the subject's age, an aside of the
    clause; a time after it is the verb's. Returns whether it repaired."""
    verb = aged.head
    if (aged.lower_ != "aged" or aged.dep_ not in ("xcomp", "ccomp", "conj", "advcl") or verb.pos_ != "VERB"
            or verb.i > aged.i or not any(c.pos_ == "NUM" and c.i == aged.i + 1 for c in aged.children)):
        return False
    for child in [c for c in aged.children if c.dep_.startswith("obl") and c.i > aged.i + 1]:
        child.head = verb  # ("on Saturday": the death's day)
    for child in [c for c in aged.children if c.dep_ == "cc"]:
        child.head = verb
    aged.dep_ = "advcl"
    return True


def _zero_relative_read_as_a_compound(noun: "Token") -> bool:
    """"at a private ceremony relatives held in Augusta" parsed with "ceremony relatives" one noun
    (the verb's phrase): an article "a" never goes with a plural; the singular before the plural is
    the phrase's noun, and the plural the subject of the clause after it, a relative clause with no
    relative word ("the ceremony [that] relatives held"). Also where the parse made that clause's
    verb the root and the main verb a participle of its subject ("Hundreds gathered at a memorial
    service villagers organised"). Returns whether it repaired."""
    if noun.tag_ != "NNS" or noun.i < 2 or noun.i + 1 >= len(noun.doc):
        return False
    first = noun.doc[noun.i - 1]
    if first.dep_ in ("compound", "amod") and first.head == noun and first.tag_ == "NNS" and noun.dep_ in ("obl", "obj", "nmod"):
        # "the removal of discounts automakers had used": a plural modifies no noun; with a
        # perfect after it that has neither subject nor object, it ends the phrase and the
        # plural after it is that clause's subject ("discounts [that] automakers had used")
        have = noun.doc[noun.i + 1]
        verb = have.head
        if (have.lower_ not in ("had", "have", "has") or have.dep_ != "aux" or verb.i != noun.i + 2 or verb.tag_ != "VBN"
                or any(c.dep_.startswith(("nsubj", "obj")) for c in verb.children)):
            return False
        host, place = noun.head, noun.dep_
        return _relative_clause_of(first, noun, verb, host, place)
    if first.dep_ != "compound" or first.head != noun or first.tag_ != "NN" or noun.dep_ not in ("obl", "obj", "nsubj"):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") and c.i < first.i for c in noun.children):
        return False
    verb = noun.doc[noun.i + 1]
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN"):
        return False
    if verb == noun.head:
        if any(c.dep_.startswith("nsubj") for c in verb.children):
            return False
        # the singular takes the verb's place ("..., and at a private ceremony": its joining words too)
        host = verb.head if verb.head != verb else None
        for child in [c for c in verb.children if c.i < first.i and c.dep_ in ("cc", "punct")]:
            child.head = first
        has_case = any(c.dep_ == "case" for c in noun.children)
        place = ("obl" if has_case else "obj") if host is not None else "ROOT"
        if host is not None and verb.dep_ == "conj" and not has_case:
            place = "conj"
        if host is None:
            _full_stop_to(verb, first)
    elif verb.head == noun and verb.dep_ == "acl" and not any(c.dep_.startswith("nsubj") for c in verb.children):
        host, place = noun.head if noun.head != noun else None, noun.dep_  # ("villagers [organised on Sunday]")
    else:
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < noun.i), None)
        participle = noun.head
        if (verb.dep_ != "ROOT" or subject is None or participle.head != subject or participle.dep_ != "acl"
                or participle.tag_ not in ("VBD", "VBN")):
            return False
        participle.head, participle.dep_ = participle, "ROOT"
        _made_a_past_tense(participle)
        subject.head = participle
        _full_stop_to(verb, participle)
        host, place = participle, noun.dep_
    return _relative_clause_of(first, noun, verb, host, place)


def _relative_clause_of(first: "Token", noun: "Token", verb: "Token", host: "Token | None", place: str) -> bool:
    """`first` heads the phrase in `host`'s `place`, with `verb` its relative clause and `noun`
    that clause's subject (`_zero_relative_read_as_a_compound`). Returns True."""
    for child in [c for c in noun.children if c.i < first.i]:
        child.head = first  # (its article, adjectives and preposition)
    first.head, first.dep_ = (host, place) if host is not None else (first, "ROOT")
    verb.head, verb.dep_ = first, "acl:relcl"
    noun.head, noun.dep_ = verb, "nsubj"
    return True


def _name_split_by_its_bracketed_expansion(name: "Token") -> bool:
    """"attend the 14th APEC (Asia-Pacific Economic Cooperation) Economic Leaders' Meeting" parsed
    with "APEC" and "Meeting" two objects of "attend": a verb has one object; a name whose expansion
    in brackets ends right before the next object's words is that noun's modifier. Returns whether
    it repaired."""
    verb = name.head
    # (an acronym the tagger took for a common noun: "SAFTA")
    if (name.dep_ != "obj" or not (name.pos_ == "PROPN" or name.text.isupper() and len(name.text) > 1)
            or name.i + 1 >= len(name.doc) or name.doc[name.i + 1].text != "("):
        return False
    closing = next((t for t in name.doc[name.i + 1 : name.sent.end] if t.text == ")"), None)
    if closing is None:
        return False
    second = next((c for c in verb.children if c.dep_ in ("obj", "xcomp") and c.i > closing.i and c.left_edge.i == closing.i + 1), None)
    if second is None or second.pos_ not in ("NOUN", "PROPN"):
        return False
    for child in [c for c in name.children if c.i < name.i]:
        child.head = second  # (its article and adjectives are the whole name's)
    name.head, name.dep_ = second, "compound"
    if second.dep_ == "xcomp":
        second.dep_ = "obj"  # (the verb's one object)
    if closing.head == verb:
        closing.head = name
    return True


def _object_relative_clause_read_apart(which: "Token") -> bool:
    """"the Communist Party of the Philippines (CPP), which Sison established in 1968, and ..."
    parsed with "which" a phrase elsewhere and "established" a modifier of "Sison": a relative
    "which" set off by a comma, a name or noun right after it and then a past tense with no object
    is a relative clause with its own subject, whose object the "which" is, on the noun before the
    comma. Returns whether it repaired."""
    doc = which.doc
    if which.lower_ != "which" or which.i < 2 or doc[which.i - 1].text != "," or which.head.i == which.i + 1:
        return False
    k = which.i + 1
    while k < which.sent.end and doc[k].pos_ in ("PROPN", "NOUN", "DET", "ADJ") and k - which.i <= 4:
        k += 1
    if k == which.i + 1 or k >= which.sent.end or doc[k - 1].pos_ not in ("PROPN", "NOUN"):
        return False
    verb, subject = doc[k], doc[k - 1]
    # (a past participle with no auxiliary right after its subject is the past tense: "which the company built")
    if verb.tag_ not in ("VBD", "VBN") or verb.pos_ != "VERB" or any(
            c.dep_ in ("obj", "nsubj", "nsubj:pass") or c.dep_.startswith("aux") for c in verb.children):
        return False
    if any(doc[j].head.i not in range(which.i + 1, k + 1) and doc[j] != subject for j in range(which.i + 1, k - 1)):
        return False  # (the subject's words are one phrase)
    noun = doc[which.i - 2]
    while noun.is_punct or noun.dep_ in ("appos", "flat", "compound", "nmod") and noun.head.i < noun.i:
        noun = noun.head if not noun.is_punct else doc[noun.i - 1]
        if noun.i < which.sent.start:
            return False
    if noun.pos_ not in ("NOUN", "PROPN") or noun.is_ancestor(verb) and verb.head != subject:
        return False
    for j in range(which.i + 1, k - 1):
        if doc[j].head.i not in range(which.i + 1, k):
            doc[j].head = subject
    subject.head, subject.dep_ = verb, "nsubj"
    _made_a_past_tense(verb)
    which.head, which.dep_ = verb, "obj"
    verb.head, verb.dep_ = noun, "acl:relcl"
    doc[which.i - 1].head = verb
    return True


def _joined_name_read_as_parataxis(name: "Token") -> bool:
    """"Foreign Minister Li Zhaoxing and Commerce Minister Bo Xilai will attend" parsed with the
    second name a clause beside the first (parataxis) or its apposition: a name whose phrase opens
    with "and", right after another name, is that name's conjunct. Returns whether it repaired."""
    first = name.head
    if name.dep_ not in ("parataxis", "appos") or name.pos_ != "PROPN" or first.pos_ != "PROPN" or first.i > name.i:
        return False
    opener = name.left_edge
    if opener.lower_ != "and" or opener.dep_ != "cc" or any(t.pos_ in ("VERB", "AUX") for t in name.subtree):
        return False
    opener.head = name
    name.dep_ = "conj"
    return True


def _year_read_off_an_anniversarys_phrase(year: "Token") -> bool:
    """"marked the 40th anniversary of the uprising in 1956 on Friday" parsed with "in 1956" on
    "marked": a year right after an anniversary's "of" phrase is the year of what the phrase names.
    Returns whether it repaired."""
    verb = year.head
    if year.dep_ != "obl" or not any(c.dep_ == "case" and c.lower_ == "in" and c.i == year.i - 1 for c in year.children):
        return False
    if not (year.like_num and len(year.text) == 4) and year.lower_ not in day_and_month_names():
        return False
    before = year.doc[year.i - 2] if year.i >= 2 else None
    named = before
    while named is not None and named.dep_ == "nmod" and named.head.lower_ not in anniversary_nouns() and named.head.i < named.i:
        named = named.head
    if named is None or before is None or named.dep_ != "nmod" or named.head.lower_ not in anniversary_nouns() or named.head.head != verb:
        return False
    year.head, year.dep_ = before, "nmod"
    return True


def _subject_list_read_as_a_phrase_before_its_clause(verb: "Token") -> bool:
    """"Repatriations began after the DRC, Angola and the UN agency signed an accord" parsed with
    "after the DRC, Angola" a phrase of "began" and only "the UN agency" the subject of "signed": a
    subject that opens with "and" right after a noun phrase a subordinator opens ("after", "before",
    "since", "until", "when") is the last of that phrase's list, and the whole list the clause's
    subject, the subordinator its marker. Returns whether it repaired."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or verb.pos_ != "VERB" or any(c.dep_ == "mark" for c in verb.children):
        return False
    joiner = subject.doc[subject.left_edge.i]
    if joiner.lower_ != "and" or joiner.dep_ != "cc" or subject.left_edge.i == 0:
        return False
    last = subject.doc[subject.left_edge.i - 1]
    first = last
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first == last and last.pos_ not in ("NOUN", "PROPN"):
        return False
    marker = next((c for c in first.children if c.dep_ == "case" and c.lower_ in subordinators() and c.i == first.left_edge.i), None)
    host = first.head
    if marker is None or first.dep_ != "obl" or host == verb or host.pos_ != "VERB" or first.pos_ not in ("NOUN", "PROPN"):
        return False
    verb.head, verb.dep_ = host, "advcl"
    first.head, first.dep_ = verb, "nsubj"
    subject.head, subject.dep_ = first, "conj"
    joiner.head = subject
    marker.head, marker.dep_ = verb, "mark"
    return True


def _perfect_read_as_have_and_an_adjective(have: "Token") -> bool:
    """"was adjudged to have fouled substitute Nemeth" parsed with "have" the verb and "fouled" an
    adjective of its object: "have" right before a past participle is the perfect's auxiliary, the
    participle the verb and the noun its object. Returns whether it repaired."""
    # (only a bare or -ing "have": "to have fouled", "having won"; "we have limited time" owns it)
    if have.lower_ not in ("have", "having") or have.tag_ not in ("VB", "VBG") or have.i + 1 >= len(have.doc):
        return False
    participle = have.doc[have.i + 1]
    noun = participle.head
    if participle.tag_ != "VBN" or participle.dep_ != "amod" or noun.head != have or noun.dep_ != "obj" or noun.i <= participle.i:
        return False
    participle.head = have.head if have.head != have else participle
    participle.dep_ = have.dep_
    participle.pos_ = "VERB"
    for child in [c for c in have.children if c != noun]:
        child.head = participle  # (its "to", and what else the parse gave the auxiliary)
    have.head, have.dep_, have.pos_ = participle, "aux", "AUX"
    noun.head = participle
    if participle.dep_ == "ROOT":
        participle.head = participle
    return True


def _infinitive_of_a_for_phrase_read_on_the_verb(infinitive: "Token") -> bool:
    """"hours after the expiry of an ultimatum for Ethiopia to withdraw its troops" parsed with "to
    withdraw" a purpose of the main verb (titled "Fighting erupted to withdraw the troops"): "for"
    and a noun right before a "to" infinitive are that infinitive's subject, and the clause the
    noun's the "for" phrase hung on ("an ultimatum [for Ethiopia to withdraw]"). Returns whether it
    repaired."""
    if infinitive.dep_ not in ("advcl", "xcomp") or infinitive.tag_ != "VB" or infinitive.i < 3:
        return False
    to = infinitive.doc[infinitive.i - 1]
    subject = infinitive.doc[infinitive.i - 2]
    case = next((c for c in subject.children if c.dep_ == "case" and c.lower_ == "for" and c.i == subject.left_edge.i), None)
    if to.lower_ != "to" or to.head != infinitive or case is None or subject.right_edge.i != subject.i or case.i == 0:
        return False
    # (the "for" phrase on that noun, or on the verb right after the noun: "the end of a truce [for
    # both sides] to exchange prisoners")
    noun = subject.head if subject.dep_ == "nmod" else infinitive.doc[case.i - 1] if subject.head == infinitive.head else None
    # (the noun inside a phrase of a noun, far from the verb: "placed on the ballot for citizens to
    # vote on" may be the placing's purpose)
    if noun is None or noun.pos_ != "NOUN" or noun.i > subject.i or noun.dep_ != "nmod":
        return False
    if noun.is_ancestor(infinitive) or infinitive.is_ancestor(noun):
        return False
    infinitive.head, infinitive.dep_ = noun, "acl"
    subject.head, subject.dep_ = infinitive, "nsubj"
    case.head, case.dep_ = infinitive, "mark"
    return True


def _infinitive_read_on_the_time_before_it(time: "Token") -> bool:
    """"agreed last month to form an alliance" parsed with "to form" a modifier of "month": a time
    phrase of a verb takes no infinitive; the infinitive is the verb's complement (its purpose,
    when the verb has an object). So with a phrase of a preposition that places it in time ("was
    expected later in the day to inspect the damage"; not "for some time to come"). Returns whether
    it repaired."""
    markers = _clause_markers()
    verb = time.head
    counted = time.lower_ in markers["counted_periods"] and any(
        c.dep_ == "amod" and c.tag_ == "JJ" and c.i < time.i for c in time.children)  # "the first quarter"
    if (time.lower_ not in markers["time_nouns"] and not counted or verb == time or verb.pos_ not in ("VERB", "AUX")
            or not time.dep_.startswith("obl")
            or not any(c.lower_ in markers["time_directions"] and c.i < time.i
                       or c.dep_ == "case" and c.lower_ in markers["time_prepositions"] for c in time.children)):
        return False
    def right_after_the_phrase(c: "Token") -> bool:
        # (after the time's own phrase too: "in the first quarter of 1997 [to slump]")
        own = {t.i for t in c.subtree}
        return c.left_edge.i == max(t.i for t in time.subtree if t.i not in own) + 1
    infinitive = next((c for c in time.rights if c.dep_ in ("acl", "advcl") and c.tag_ == "VB"
                       and any(g.dep_ == "mark" and g.lower_ == "to" and g.i < c.i for g in c.children)
                       and right_after_the_phrase(c)), None)
    if infinitive is None:
        return False
    infinitive.head = verb
    complement = _verb_lemma_of_form(verb) in infinitive_complement_verbs()  # "had caused profits ... [to slump]"
    infinitive.dep_ = "advcl" if not complement and any(c.dep_ in ("obj", "ccomp", "xcomp") for c in verb.children) else "xcomp"
    return True


def _day_read_as_a_subject(day: "Token") -> bool:
    """"South Korean prosecutors Friday summoned two politicians" parsed with the day as the
    subject and "prosecutors" its modifier: the noun before the day is the subject, with the
    day's other words, and the day a bare time phrase of the verb, as after an object ("submitted a
    bid Wednesday"). Returns whether it repaired."""
    if day.lower_ not in _clause_markers()["day_names"] or day.dep_ != "nsubj" or day.head.pos_ not in ("VERB", "AUX"):
        return False
    noun = next((c for c in day.lefts if c.i == day.i - 1 and c.dep_ in ("compound", "amod") and c.tag_.startswith("NN")), None)
    if noun is None or day.head.i != day.i + 1:
        return False
    _noun_before_a_time_takes_its_place(day, noun, "nsubj")
    return True


def _noun_in_ing_after_to_read_as_a_verb(word: "Token") -> bool:
    """"driving to polling stations that opened at 7:00" parsed with "to polling" an infinitive and
    "stations" its object: no infinitive takes an -ing form, so "to" is a preposition and the -ing
    word a modifier of the noun right after it. Returns whether it repaired."""
    to = word.doc[word.i - 1] if word.i else None
    if to is None or to.lower_ != "to" or to.head != word or to.dep_ != "mark" or word.i + 1 >= len(word.doc):
        return False
    noun = word.doc[word.i + 1]
    if noun.head != word or noun.dep_ != "obj" or noun.pos_ != "NOUN" or any(c.dep_ == "det" for c in noun.children):
        return False
    noun.head, noun.dep_ = word.head, "obl"
    word.head, word.dep_, word.pos_ = noun, "compound", "NOUN"
    to.head, to.dep_, to.pos_ = noun, "case", "ADP"
    for child in [c for c in word.children if c not in (to, noun)]:
        child.head = noun
    return True


def _noun_in_ing_read_as_a_verb(word: "Token") -> bool:
    """"after the next US Federal Reserve Board meeting in late May" parsed with "meeting" a verb: a
    form in -ing with an article of its own and no subject or object is a noun. Returns whether it
    repaired."""
    if word.pos_ != "VERB":
        return False
    # (or a possessive: "to the leaders' meeting to be held on ...")
    # (or on the name before it: "the WTO meeting in Hong Kong")
    article = any(c.dep_ == "det" and c.i < word.i and c.lower_ in ("the", "a", "an")
                  or c.dep_ == "nmod:poss" and c.i < word.i and (c.pos_ in ("NOUN", "PROPN") or c.tag_ == "PRP$")
                  or c.dep_ == "compound" and c.i == word.i - 1 and c.pos_ in ("NOUN", "PROPN") and any(
                      g.dep_ == "det" and g.lower_ in ("the", "a", "an") and g.i == c.left_edge.i for g in c.children)
                  for c in word.children)
    # ("during bitter fighting", "after heavy shelling": an adjective before it, and a preposition)
    adjective = any(c.dep_ == "amod" and c.pos_ == "ADJ" and c.i < word.i for c in word.children)
    if not (article or adjective):
        return False
    if any(c.dep_.startswith(("nsubj", "obj", "aux")) for c in word.children):
        return False
    marks = [c for c in word.children if c.dep_ == "mark"]
    preposition = marks or any(c.dep_ == "case" and c.pos_ == "ADP" and c.i < word.i for c in word.children)
    if marks and not (adjective and all(m.pos_ == "ADP" and m.i < word.i for m in marks)) or adjective and not article and not preposition:
        return False  # (an adjective alone is no sign: "so stupid thinking")
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    if following is not None and following.pos_ in ("NOUN", "PROPN", "NUM", "ADJ"):
        return False  # "the coming 2006-2015 decade": a modifier of what follows
    word.pos_, word.tag_ = "NOUN", "NN"
    word.dep_ = _NOUN_RELATION_OF_A_CLAUSE.get(word.dep_, word.dep_)
    for mark in marks:
        mark.dep_ = "case"
    for clause in [c for c in word.children if c.dep_ == "advcl" and c.i > word.i]:
        clause.dep_ = "acl"  # "the meeting [to be held on ...]": a noun's clause
    return True


def _noun_in_ing_after_of_read_as_a_clause(word: "Token") -> bool:
    """"since the outbreak of fighting in the region" parsed with "fighting" a clause of
    "outbreak" and "of" its marker: a form in -ing right after a noun's "of", with no subject,
    object or auxiliary of its own, is a noun, what the noun is of. Returns whether it repaired."""
    of = word.doc[word.i - 1] if word.i else None
    if (of is None or of.lower_ != "of" or of.head != word or word.dep_ != "acl" or word.head.pos_ != "NOUN"
            or word.head.i >= of.i or any(c.dep_.startswith(("nsubj", "obj", "aux", "ccomp", "xcomp", "advmod")) for c in word.children)):
        # (an adverb is a verb's: "after two years of living [here]")
        return False
    word.pos_, word.tag_, word.dep_ = "NOUN", "NN", "nmod"
    of.pos_, of.tag_, of.dep_ = "ADP", "IN", "case"
    for child in word.children:
        if child.dep_.startswith("obl"):
            child.dep_ = "nmod" + child.dep_[3:]  # a noun's phrases ("of rationing [in the north]")
    return True


def _noun_in_ing_read_as_the_participle_of_its_compound(word: "Token") -> bool:
    """"who chaired an emergency cabinet meeting on Saturday" parsed with "meeting" a participle
    of "cabinet" (a cabinet that was meeting): a form in -ing the treebanks mostly use as a noun,
    right after the noun it was hung on, with an article before that noun and no object of its own,
    is the head of the noun phrase, and the noun before it its compound. Returns whether it repaired."""
    noun = word.head
    if (word.dep_ != "acl" or word.tag_ != "VBG" or noun.i != word.i - 1 or noun.pos_ != "NOUN"
            or word.lower_ not in ing_nouns()):
        return False
    # (or a possessive: "holds [its] next policy meeting"; not "will close its west wing [beginning]
    # next month", a participle opening a time)
    opens_a_time = any(c.dep_ in ("obl:unmarked", "obl:tmod", "nmod:unmarked", "nmod:tmod") for c in word.children)
    # (a day read as its object is the meeting's day: "the annual stockholders meeting [Wednesday]")
    days = [c for c in word.children if c.dep_ == "obj" and c.lower_ in _day_and_month_names() and c.i == word.i + 1]
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") or c.dep_ == "nmod:poss" and not opens_a_time
               for c in noun.children) or any(
            c.dep_.startswith(("nsubj", "obj", "aux", "mark", "xcomp", "ccomp")) and c not in days for c in word.children):
        return False
    for day in days:
        day.dep_ = "nmod:unmarked"
    word.pos_, word.tag_ = "NOUN", "NN"
    word.set_morph("Number=Sing")
    word.head, word.dep_ = (noun.head, noun.dep_) if noun.head != noun else (word, noun.dep_)
    for child in [c for c in noun.children if c.i < noun.i]:
        child.head = word  # "an emergency": the phrase's article and its other compounds
    noun.head, noun.dep_ = word, "compound"
    for child in [c for c in word.children if c.dep_ == "obl"]:
        child.dep_ = "nmod"  # "[on Saturday]": a phrase of the noun now, as any phrase after one
    return True


def _currency_read_as_won(word: "Token") -> bool:
    """"Exports rose 5 percent to 50 billion won in February" parsed with "won" the past of "win":
    "won" right after an amount (not a year) with no subject of its own is Korea's currency, the
    head of the amount's phrase; its phrases are the verb's the amount belongs to. Returns whether
    it repaired."""
    if word.lower_ != "won" or word.i == 0 or any(c.dep_.startswith("nsubj") or c.dep_ == "obl:agent" for c in word.children):
        return False  # (nor "one of 26 won by China": a passive with its agent)
    amount = word.doc[word.i - 1]
    if amount.tag_ != "CD" or amount.text.isdigit() and len(amount.text) == 4 and amount.text[:2] in ("19", "20"):
        return False  # (not "in 1997 won": a year)
    top = amount
    while top.head != top and top.head.tag_ == "CD" and top.head.i < word.i:
        top = top.head  # "50 [billion]": the amount's head number
    verb = word.head if word.head != word else None
    target = verb if top.head == word else top.head
    if target is not None and target != top and word.is_ancestor(target):
        return False  # (hanging it below itself would loop)
    word.pos_, word.tag_, word.lemma_ = "NOUN", "NN", "won"
    word.set_morph("Number=Sing")
    if top.head == word:
        word.head, word.dep_ = (verb, "obl") if verb is not None else (word, word.dep_)
    elif top.head == top:
        word.head, word.dep_ = word, "ROOT"  # ("30 won from Tuesday's close" read as a sentence of its own: the amount was its root)
    else:
        word.head, word.dep_ = top.head, top.dep_
    for child in [c for c in top.children if c.dep_ == "case"]:
        child.head = word  # "to": the phrase's preposition
    top.head, top.dep_ = word, "nummod"
    host = word.head if word.head != word else None
    for child in [c for c in word.children if c.i > word.i]:
        if host is not None and host.pos_ in ("VERB", "AUX"):
            child.head = host  # "in February": the rising's, not the currency's
    return True


def _state_participle_read_as_a_clause(word: "Token") -> bool:
    """"Eight people were pulled injured from the rubble on Sunday" parsed with "injured" a clause
    of its own holding "from the rubble": a bare participle right after a passive says the state
    its subject was in ("pulled injured", "airlifted unconscious"), and the phrases after it are the
    passive's. Returns whether it repaired."""
    verb = word.head
    # (or an adjective, "alive", "unharmed"; after the verb or its particle: "brought up injured")
    between = word.doc[verb.i + 1 : word.i]
    if (word.dep_ != "advcl" or word.tag_ not in ("VBN", "JJ") or verb.i >= word.i or verb.pos_ != "VERB"
            or not all(t.dep_ == "compound:prt" and t.head == verb for t in between)
            or not any(c.dep_ == "aux:pass" for c in verb.children)
            or any(c.dep_.startswith(("nsubj", "aux", "mark", "obj", "cc")) for c in word.children)):
        return False
    word.dep_ = "xcomp"
    for child in [c for c in word.children if c.i > word.i and c.dep_ in ("obl", "advmod")]:
        child.head = verb
    return True


def _hyphened_noun_read_as_a_clause_in_brackets(word: "Token") -> bool:
    """"last year when (talk-show queen) Oprah Winfrey did a show" parsed with "show" a verb whose
    subject is "talk" and whose object is "queen": the second half of a hyphenated word, with its
    first half for subject and a bare noun after it, all in brackets, is a noun phrase describing
    the name after the bracket ("talk-show queen"); the clause's marker and place are the verb's
    after it. Returns whether it repaired."""
    doc = word.doc
    if word.i < 3 or word.i + 2 >= len(doc):
        return False
    hyphen, first, noun, closing = doc[word.i - 1], doc[word.i - 2], doc[word.i + 1], doc[word.i + 2]
    if (hyphen.text != "-" or first.whitespace_ or hyphen.whitespace_ or doc[first.i - 1].text != "(" or closing.text != ")"
            or first.head != word or noun.head != word or noun.pos_ != "NOUN" or not noun.dep_.startswith("obj")):
        return False
    name = doc[closing.i + 1] if closing.i + 1 < len(doc) else None
    while name is not None and name.dep_ in ("compound", "flat") and name.head.i > name.i and name.head.pos_ == "PROPN":
        name = name.head  # ("Jane [Miles]")
    verb = name.head if name is not None and name.pos_ == "PROPN" and name.dep_.startswith("nsubj") else None
    if verb is None or verb.pos_ != "VERB" or verb.i < closing.i:
        return False
    verb.head, verb.dep_ = (verb, "ROOT") if word.head == word else (word.head, word.dep_)
    for child in [c for c in word.children if c.i < first.i or c.dep_ in ("mark", "advmod") and c.i < word.i]:
        child.head = verb  # ("when": the clause's marker)
    noun.head, noun.dep_ = name, "appos"
    for child in [c for c in word.children if c.text in ("(", ")")]:
        child.head = noun
    first.head, first.dep_ = word, "compound"
    word.head, word.dep_, word.pos_, word.tag_ = noun, "compound", "NOUN", "NN"
    return True


def _hyphenated_word_read_as_a_verb(word: "Token") -> bool:
    """"levied an anti-dumping tax on steel" parsed with "anti" the object and "dumping" a verb
    whose object is "tax": the second half of a hyphenated word ("anti-dumping", "cost-cutting")
    modifies the noun right after it, and that noun takes the first half's place; the phrases the
    parse hung on the verb it made are the clause's. Returns whether it repaired."""
    doc = word.doc
    if word.i < 2 or word.i + 1 >= len(doc) or word.tag_ not in ("VBG", "VBN"):
        return False
    hyphen, first, noun = doc[word.i - 1], doc[word.i - 2], doc[word.i + 1]
    if hyphen.text != "-" or first.whitespace_ or hyphen.whitespace_ or noun.head != word or noun.pos_ != "NOUN":
        return False
    if first.head == word or first.head == first or word.head != first.head:
        return False  # (the hyphenated word's first half and its second hang on the same verb)
    host = first.head
    noun.head, noun.dep_ = host, first.dep_
    for child in [c for c in first.children if c.i < first.i]:
        child.head = noun  # "an": the phrase's article
    first.head, first.dep_ = noun, "amod"
    hyphen.head, hyphen.dep_ = first, "punct"
    word.pos_, word.tag_, word.dep_ = "ADJ", "JJ", "amod"
    word.head = noun
    for child in [c for c in word.children if c.i > noun.i]:
        child.head = host  # "on imported steel", "in September": the clause's phrases
    return True


def _gerund_subject_read_as_a_verb(word: "Token") -> bool:
    """"since fighting there erupted four years ago" parsed with "fighting" a verb opened by
    "since" and "erupted" its complement: a form in -ing right after a subordinator, with no
    subject of its own, followed (past an adverb) by a past tense with no subject is that past
    tense's subject. Returns whether it repaired."""
    doc = word.doc
    mark = next((c for c in word.children if c.dep_ == "mark" and c.i == word.i - 1), None)
    # (or opening the sentence as its root: "Fighting spread across the region", "spread" its participle)
    opening = word.head == word and word.i == word.sent.start
    if word.tag_ != "VBG" or mark is None and not opening or any(c.dep_.startswith(("nsubj", "aux")) for c in word.children):
        return False
    verb = next((c for c in word.rights if c.pos_ == "VERB" and (
        # (a participle's tag with no auxiliary, right after, is the past it is spelt as: "as fighting erupted")
        mark is not None and (c.tag_ == "VBD" or c.tag_ == "VBN" and c.i == word.i + 1 and not any(
            g.dep_.startswith("aux") for g in c.children)) and c.dep_ in ("xcomp", "ccomp", "conj", "dep", "advcl", "parataxis")
        or opening and c.tag_ == "VBN" and c.dep_ == "acl" and not any(g.dep_.startswith("aux") for g in c.children))
                 and not any(g.dep_.startswith(("nsubj", "mark", "cc")) for g in c.children)), None)
    if verb is None and mark is not None:
        # (or hung elsewhere: "died ... since fighting there erupted", "erupted" joined to "died")
        after = next((t for t in doc[word.i + 1 : word.sent.end] if t.pos_ != "ADV"), None)
        if (after is not None and after.pos_ == "VERB" and after.tag_ == "VBD" and not after.is_ancestor(word)
                and not any(g.dep_.startswith(("nsubj", "mark", "cc", "aux")) for g in after.children)):
            verb = after
    if verb is None or not all(t.pos_ == "ADV" for t in doc[word.i + 1 : verb.i]):
        return False
    if any(c.dep_ in ("obj", "iobj") and c.pos_ != "ADV" for c in word.children):
        return False  # "since fighting the rebels [...]": a gerund with its object
    verb.head, verb.dep_ = (word.head, word.dep_) if word.head != word else (verb, "ROOT")
    if mark is not None:
        mark.head = verb
    else:
        _made_a_past_tense(verb)  # (the sentence's verb, a finite past: "Fighting spread")
        _full_stop_to(word, verb)
    for adverb in doc[word.i + 1 : verb.i]:
        adverb.head, adverb.dep_ = word, "advmod"  # "fighting [there]"
    for child in [c for c in word.children if c.i > verb.i]:
        child.head = verb
    word.pos_, word.tag_, word.dep_ = "NOUN", "NN", "nsubj"
    word.head = verb
    return True


def _object_read_as_an_unknown_relation(verb: "Token") -> bool:
    """"thanked French President Jacques Chirac Monday for ..." parsed with the name an unlabelled
    dependent ("dep") of the verb: a name or noun phrase right after a verb that takes objects and
    has none is its object. Returns whether it repaired."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("obj", "iobj", "ccomp", "xcomp") for c in verb.children):
        return False
    if _verb_lemma_of_form(verb) in intransitive_verbs():
        return False
    thing = next((c for c in verb.rights if c.dep_ == "dep" and c.pos_ in ("PROPN", "NOUN") and c.left_edge.i == verb.i + 1), None)
    if thing is None:
        return False
    thing.dep_ = "obj"
    return True


def _number_read_into_the_time_after_it(unit: "Token") -> bool:
    """"arrested two last week" parsed with "two" counting the weeks: a number before a time that
    has its own "last", "next" or "this" counts no units of it; it is what the verb did it to (its
    object, when it has none). Returns whether it repaired."""
    verb = unit.head
    number = next((c for c in unit.children if c.dep_ == "nummod" and c.i < unit.i), None)
    if number is None or verb.pos_ != "VERB" or any(c.dep_ in ("obj", "iobj", "obl") for c in verb.children):
        return False  # (a verb with a phrase may have its number elsewhere: "seal off 2,652 mines ... and another 2,209")
    if not any(c.i > number.i and c.lower_ in ("last", "next", "this", "that") for c in unit.children):
        return False
    number.head, number.dep_ = verb, "obj"
    return True


def _object_complement_read_as_its_modifier(adjective: "Token") -> bool:
    """"The central bank left interest rates unchanged on Thursday" parsed with "unchanged" a
    modifier of "rates" holding the day: an adjective right after a verb's object, with no
    complement of its own, says what the verb made of it (its complement), and the phrases after it
    are the verb's. Returns whether it repaired."""
    noun = adjective.head
    verb = noun.head
    if (adjective.dep_ != "acl" or adjective.pos_ != "ADJ" or noun.dep_ != "obj" or not (verb.pos_ == "VERB" or verb.tag_.startswith("VB"))
            or adjective.i != noun.i + 1 or any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)):
        return False
    if any(c.dep_ not in ("obl", "advmod", "punct") or c.i < adjective.i for c in adjective.children):
        return False
    adjective.head, adjective.dep_ = verb, "xcomp"
    for child in [c for c in adjective.children if c.dep_ in ("obl", "advmod")]:
        child.head = verb  # "on Thursday": the leaving's
    return True


def _subjects_modifiers_read_as_a_subordinators_noun(verb: "Token") -> bool:
    """"declared an emergency after an H5-type bird flu was detected" parsed with "an H5-type bird"
    a phrase of "after" on the main verb and "flu" alone the subject of "detected", a conjunct: a
    noun that closes a subordinator's phrase right before the clause's subject, which has no words
    of its own before it, is that subject's modifier, and the subordinator opens the clause.
    Returns whether it repaired."""
    if verb.dep_ not in ("conj", "advcl", "ccomp") or verb.pos_ not in ("VERB", "AUX"):
        return False
    subject = next((c for c in verb.children if c.dep_.startswith("nsubj") and c.i < verb.i), None)
    if subject is None or subject.pos_ != "NOUN" or subject.n_lefts or subject.i == 0:
        return False
    noun = verb.doc[subject.i - 1]
    marker = next((c for c in noun.children if c.dep_ == "case" and c.i == noun.left_edge.i), None)
    if not (noun.pos_ == "NOUN" and noun.dep_ == "obl" and noun.head == verb.head and noun.right_edge == noun
            and marker is not None and marker.lower_ in subordinators()):
        return False
    for child in [c for c in noun.children if c.dep_ == "det"]:
        child.head = subject
    marker.head, marker.dep_ = verb, "mark"
    noun.head, noun.dep_ = subject, "compound"
    verb.dep_ = "advcl"
    for joiner in [c for c in verb.children if c.dep_ == "cc" and c.i < subject.i]:
        joiner.head = verb.head  # (no "and" joined them)
    return True


def _gapped_subject_read_as_a_conjunct(verb: "Token") -> bool:
    """"Six students died and 39 were injured" parsed with "39" a conjunct of the first clause and
    "injured" a conjunct with no subject: the word right before a conjunct verb's auxiliary, itself
    a conjunct of the same head, is that verb's subject. Returns whether it repaired."""
    # (or a predicate with its copula: "and a council vote on the plans [is due] in May")
    copular = verb.pos_ in ("ADJ", "NOUN") and any(c.dep_ == "cop" and c.i < verb.i for c in verb.children)
    if verb.dep_ != "conj" or not (verb.pos_ == "VERB" or copular) or any(c.dep_.startswith(("nsubj", "csubj")) for c in verb.children):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop") and c.i < verb.i]
    if not auxiliaries:
        return False
    before = verb.doc[min(c.i for c in auxiliaries) - 1]
    # (the head of the phrase that ends there: "a council vote [on the plans]")
    while before.dep_ != "conj" and before.head.i < before.i and before.head != verb.head:
        before = before.head
    # (or of the first clause's object or phrase: "withdrew from Gaza and militants were supposed to stop")
    of_an_argument = before.head.head == verb.head and before.head.dep_ in ("obj", "obl") and before.head.i < before.i
    if before.dep_ != "conj" or not (before.head == verb.head or of_an_argument) or before.pos_ not in ("NUM", "NOUN", "PROPN", "PRON"):
        return False
    if of_an_argument:
        for joiner in [c for c in before.children if c.dep_ == "cc" and c.i < before.i]:
            joiner.head = verb  # (the "and" joins the clauses)
    before.head = verb
    before.dep_ = "nsubj:pass" if any(c.dep_ == "aux:pass" for c in auxiliaries) else "nsubj"
    return True


def _gapped_passive_read_apart(second: "Token") -> bool:
    """"Two guards were killed and six others wounded" parsed with "others" a conjunct, oblique or
    subject and "wounded" a modifier of "killed" (or of "others"): a participle right after the
    phrase that follows "and" after a passive, with no auxiliary or object of its own, is a second
    passive whose auxiliary is left out, and the phrase is its subject; after an active verb ("Talks
    began and the two sides agreed"), a second past tense. Returns whether it repaired."""
    if second.tag_ not in ("VBN", "VBD", "VBP") or not second.lower_.endswith(("ed", "en", "t", "n")):
        return False
    if any(c.dep_.startswith(("aux", "mark", "cop", "nsubj:pass", "csubj")) or c.dep_ == "obj" for c in second.children):
        return False
    up = second.head
    while up.head != up and up.i > second.i - 8 and up.pos_ in ("NOUN", "NUM", "PRON", "PROPN"):
        up = up.head  # ("one of his sons injured": the participle hung on the phrase's noun)
    first = up
    if first.pos_ != "VERB" or first.i >= second.i:
        return False
    passive = first.tag_ == "VBN" and any(c.dep_ == "aux:pass" for c in first.children)
    own = next((c for c in second.children if c.dep_ == "nsubj" and c.i < second.i), None)
    phrase = own or next((c for c in first.children if c.dep_ in ("conj", "obl", "obj") and first.i < c.i < second.i
                          and c.pos_ in ("NOUN", "NUM", "PRON", "PROPN")), None)
    if phrase is None or phrase.pos_ not in ("NOUN", "NUM", "PRON", "PROPN"):
        return False
    host = phrase
    if own is None:
        # ("were gassed to death and two others hospitalized": the second subject read as a
        # conjunct of the first verb's phrase, the participle hung on that phrase)
        phrase = next((c for c in phrase.children if c.dep_ == "conj" and c.i < second.i
                       and c.pos_ in ("NOUN", "NUM", "PRON", "PROPN") and second.head == host), phrase)
    # after an active verb, only a noun the parse made the verb's conjunct, which no noun is
    # ("Talks began and the two sides agreed"): the second clause is active, in the past
    if not passive and (phrase.dep_ != "conj" or second.tag_ not in ("VBD", "VBN") or not second.lower_.endswith("ed")):
        return False
    joiner = next((c for c in (*phrase.children, *second.children)
                   if c.dep_ == "cc" and c.lower_ == "and" and c.i == phrase.left_edge.i - (c.head == second)), None)
    if joiner is None or joiner.i <= first.i:
        return False
    participles = {second.i} | {t.i for c in second.children if c != phrase for t in c.subtree}
    inside = {t.i for t in phrase.subtree} - participles
    if max(inside) + 1 != second.i or any(t.is_punct for t in second.doc[joiner.i : second.i]):
        return False
    if second.head not in (first, host) and second.head.i not in inside:
        return False
    second.head, second.dep_ = first, "conj"
    phrase.head, phrase.dep_ = second, "nsubj:pass" if passive else "nsubj"
    joiner.head = second
    second.tag_ = "VBN" if passive else "VBD"
    return True


def _gapped_passive_after_another(second: "Token") -> bool:
    """"One oil worker was killed and another injured on Wednesday" parsed with "another" the
    article of "injured" (an adjective): after "and" and a passive, a word that stands for another
    of the first subject's kind ("another", "one") right before a participle with no subject is that
    second passive's subject, its auxiliary left out. Returns whether it repaired."""
    first = second.head
    if (second.dep_ != "conj" or not second.lower_.endswith("ed") or second.i < 2 or first.pos_ != "VERB"
            or first.tag_ != "VBN" or not any(c.dep_ == "aux:pass" for c in first.children)):
        return False
    doc = second.doc
    pronoun, joiner = doc[second.i - 1], doc[second.i - 2]
    if (pronoun.lower_ not in _clause_markers()["other_pronouns"] or pronoun.head != second or joiner.lower_ != "and"
            or any(c.dep_.startswith("nsubj") for c in second.children)):
        return False
    pronoun.dep_, pronoun.pos_ = "nsubj:pass", "PRON"
    second.pos_, second.tag_ = "VERB", "VBN"
    second.set_morph("Tense=Past|VerbForm=Part|Voice=Pass")
    joiner.head = second
    return True


def _name_read_as_a_conjunct_without_and(name: "Token") -> bool:
    """"World Trade Organisation (WTO) chief Renato Ruggiero called" parsed with "Ruggiero" a
    conjunct of "Organisation" though nothing joins them: words before a name with no "and", "or"
    or comma between are the name's modifiers, and the name heads the phrase. Returns whether it
    repaired."""
    first = name.head
    if name.dep_ != "conj" or name.pos_ != "PROPN" or first.pos_ not in ("PROPN", "NOUN") or first.i > name.i:
        return False
    if any(c.dep_ == "cc" for c in name.children) or any(c.dep_ == "conj" and c != name for c in first.children):
        return False
    # (nothing between but the words of a name's phrase: no verb, no comma, no "and")
    if any(t.text in (",", ";", "and", "or", "&") or t.pos_ in ("VERB", "AUX", "ADP", "SCONJ")
           for t in name.doc[first.i + 1 : name.i]):
        return False
    name.head, name.dep_ = (name if first.head == first else first.head), ("ROOT" if first.head == first else first.dep_)
    for child in [c for c in first.children if c.i > first.i and c != name]:
        child.head = name  # (the words between, and what the parse hung on the phrase after the name)
    first.head, first.dep_ = name, "compound"
    return True


def _past_read_as_a_present(verb: "Token") -> bool:
    """"Prodi, who narrowly beat Berlusconi in April", "the minister cut taxes": a verb whose past
    is its bare form ("beat", "cut", "set"), tagged as a present that does not agree with its
    singular third-person subject (a present would be "beats"), is the past tense. Returns whether
    it repaired."""
    if verb.tag_ not in ("VBP", "VB") or verb.pos_ != "VERB" or past_tense(verb.lower_) != verb.lower_:
        return False
    if any(c.dep_.startswith("aux") or c.dep_ == "mark" and c.lower_ == "to" for c in verb.children):
        return False  # ("will beat", "to cut": a bare form after an auxiliary or "to" is no tense of its own)
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None:
        return False
    noun = verb.head if subject.lower_ in ("who", "which", "that") and verb.dep_ == "acl:relcl" else subject
    singular = (noun.lower_ in ("he", "she", "it") or noun.tag_ in ("NN", "NNP")
                and not any(c.dep_ == "conj" for c in noun.children))
    if not singular:
        return False
    _made_a_past_tense(verb)
    return True


def _adjective_frame_read_as_a_marker(adjective: "Token") -> bool:
    """"The minister is due to meet the mayor" parsed with "due" (and its "is") a marker of
    "meet": an adjective with a copula of its own right before the "to" of an infinitive is the
    frame the infinitive completes ("is due [to meet]", "is likely [to win]"), and the sentence's
    subject is its own. Returns whether it repaired."""
    verb = adjective.head
    if adjective.pos_ != "ADJ" or verb.i <= adjective.i or not any(c.dep_ == "cop" for c in adjective.children):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "to" and c.i == adjective.i + 1 for c in verb.children):
        return False
    root = verb.head == verb
    adjective.head, adjective.dep_ = (adjective, "ROOT") if root else (verb.head, verb.dep_)
    verb.head, verb.dep_ = adjective, "xcomp"
    for child in [c for c in verb.children if c.i < adjective.i and (c.dep_.startswith(("nsubj", "aux")) or c.dep_ in ("punct", "cc", "advmod"))]:
        child.head = adjective
        if child.dep_.startswith("nsubj"):
            child.dep_ = "nsubj"
    if root:
        _full_stop_to(verb, adjective)
    return True


def _subordinate_clause_read_as_a_second_report(verb: "Token") -> bool:
    """"Fighting resumed on Wednesday, officials said, as the conflict entered its second week"
    parsed with "entered" a second complement of "said" and "as" a preposition of its subject: a
    clause opened by a subordinator, after a verb of saying that already has its complement before
    it, is an adverbial clause, not a second thing said. Returns whether it repaired."""
    said = verb.head
    if verb.dep_ != "ccomp" or said == verb or verb.i < said.i or not any(
            c.dep_ in ("ccomp", "parataxis") and c.i < said.i for c in said.children):
        return False
    first = next((t for t in verb.subtree if not t.is_punct), None)
    if first is None or first.lower_ not in subordinators() or first.dep_ not in ("case", "mark") or first.head == verb and first.dep_ == "mark":
        return False
    first.head, first.dep_ = verb, "mark"
    verb.dep_ = "advcl"
    return True


def _of_phrase_read_as_a_relative_clauses_subject(verb: "Token") -> bool:
    """"A total of 30 pilgrims embarked on Friday" parsed with "total" the root and "pilgrims" the
    subject of a relative clause "embarked" with no relative word: a noun's "of" phrase right after it
    is its own, and the verb after the phrase the sentence's, with the noun its subject. Returns
    whether it repaired."""
    noun = verb.head
    if verb.dep_ != "acl:relcl" or noun.dep_ != "ROOT" or noun.pos_ != "NOUN" or noun.i > verb.i:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i), None)
    if subject is None or subject.lower_ in ("who", "which", "that") or subject.right_edge.i + 1 != verb.i:
        return False
    first = subject.left_edge
    if first.i != noun.i + 1 or first.lower_ != "of" or any(c.dep_ == "mark" for c in verb.children):
        return False
    first.head, first.dep_ = subject, "case"
    subject.head, subject.dep_ = noun, "nmod"
    verb.head, verb.dep_ = verb, "ROOT"
    noun.head, noun.dep_ = verb, "nsubj:pass" if any(c.dep_ == "aux:pass" for c in verb.children) else "nsubj"
    _full_stop_to(noun, verb)
    return True


def _range_of_a_figure_read_as_a_phrase(between: "Token") -> bool:
    """"Between 20 and 30 people were arrested" parsed with "between" a preposition of the noun (or
    of the first number, a phrase of the verb): "between" two numbers before a noun is the figure's,
    and the figure the noun's. Returns whether it repaired."""
    doc = between.doc
    k = between.i
    if k + 4 >= len(doc) or not doc[k + 1].like_num or doc[k + 2].lower_ != "and" or not doc[k + 3].like_num:
        return False
    noun = doc[k + 4]
    while noun.dep_ in ("compound", "amod") and noun.head.i > noun.i:
        noun = noun.head  # ("between 10 and 15 fishing [boats]")
    first = doc[k + 1]
    if noun.pos_ not in ("NOUN", "PROPN") or (between.head == first and first.head == noun and between.dep_ == "advmod"):
        return False
    if between.head not in (first, noun) or first.head not in (noun, noun.head) and first.head != between.head:
        return False
    if first.head != noun:
        first.head, first.dep_ = noun, "nummod"
    between.head, between.dep_ = first, "advmod"
    return True


def _report_read_as_its_speakers_modifier(root: "Token") -> bool:
    """"Japan, a close US ally, announced in October it had agreed to host the carrier" parsed with
    both subjects on "agreed" and "announced" a modifier of "Japan": a verb of saying on the first
    subject, right before the second, is the sentence's verb, and the root what it says. Returns
    whether it repaired."""
    # (the first may be read as a vocative: "Spain, a close EU ally, announced ...")
    subjects = [c for c in root.lefts if c.dep_ == "nsubj" or c.dep_ in ("vocative", "dislocated", "dep")
                and c.pos_ in ("PROPN", "NOUN") and c.i == root.left_edge.i]
    if root.dep_ != "ROOT" or len(subjects) < 2 or subjects[-1].dep_ != "nsubj":
        return False
    first, second = subjects[0], subjects[-1]
    said = next((c for c in first.rights if c.dep_ == "acl" and c.pos_ == "VERB" and _is_reporting_form(c)
                 and c.right_edge.i + 1 == second.left_edge.i
                 and not any(g.dep_.startswith(("nsubj", "aux", "mark", "obj", "ccomp")) for g in c.children)), None)
    if said is None:
        return False
    said.head, said.dep_ = said, "ROOT"
    first.head, first.dep_ = said, "nsubj"
    root.head, root.dep_ = said, "ccomp"
    _made_a_past_tense(said)
    _full_stop_to(root, said)
    return True


def _present_read_as_a_base_form(verb: "Token") -> bool:
    """"Clocks go forward on Sunday" tagged with "go" a bare infinitive: a main verb with a plural
    (or "I", "we", "you", "they") subject before it and no auxiliary or "to" is a present tense,
    whose time is a timetable's. Returns whether it repaired."""
    if verb.tag_ != "VB" or verb.pos_ != "VERB" or verb.dep_ != "ROOT" or past_tense(verb.lower_) == verb.lower_:
        return False  # ("set", "cut": as likely the past)
    if any(c.dep_.startswith("aux") or c.dep_ == "mark" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or not (subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("i", "we", "you", "they")
                               or any(c.dep_ == "conj" for c in subject.children)):
        return False
    verb.tag_ = "VBP"
    # (the features the treebanks give a present of that person: "we" first plural, "you" second)
    number, person = {"i": ("Sing", 1), "we": ("Plur", 1), "you": ("Sing", 2)}.get(subject.lower_, ("Plur", 3))
    verb.set_morph(f"Mood=Ind|Number={number}|Person={person}|Tense=Pres|VerbForm=Fin")
    return True


def _of_phrase_read_as_an_apposition(word: "Token") -> bool:
    """"at the invitation of Chinese Foreign Minister Li Zhaoxing" parsed with "Li" an apposition of
    "invitation" and "of" hung inside it: a phrase that opens with "of" right after its noun is that
    noun's complement, not an aside. Returns whether it repaired."""
    if word.dep_ != "appos" or word.head.i >= word.i:
        return False
    first = word.doc[word.left_edge.i]
    if first.lower_ != "of" or first.dep_ != "case" or first.i - 1 != word.head.i:
        return False
    word.dep_ = "nmod"
    first.head = word
    return True


def _second_subject_after_its_predicate(word: "Token") -> bool:
    """"his next target was the capital Kinshasa" parsed with "Kinshasa" a second subject of
    "capital": a predicate has one subject; a name right after the predicate noun is that noun's.
    Returns whether it repaired."""
    head = word.head
    if not word.dep_.startswith("nsubj") or word.i != head.i + 1 or word.pos_ != "PROPN" or word.lower_ in time_words():
        return False  # ("said Tuesday": a day the parse made a subject, which the day repairs read)
    if not any(c.dep_.startswith("nsubj") and c.i < head.i for c in head.children):
        return False
    word.dep_ = "appos"
    return True


def _relative_clause_read_as_its_antecedents_verb(whose_subject: "Token") -> bool:
    """"The company, whose shares fell on Monday, said ..." parsed with "company" a second subject
    of "fell": a subject opening with "whose" starts a relative clause on the noun before its
    comma, which is the subject of the clause the relative clause's verb was hung on. Returns
    whether it repaired."""
    verb = whose_subject.head
    if not whose_subject.dep_.startswith("nsubj") or not any(c.lower_ == "whose" and c.i < whose_subject.i
                                                             for c in whose_subject.children):
        return False
    whose = next(c for c in whose_subject.children if c.lower_ == "whose")
    if whose.i == 0 or whose.doc[whose.i - 1].text != ",":
        return False
    antecedent = next((c for c in verb.children if c.dep_.startswith("nsubj") and c.i < whose.i), None)
    if antecedent is None:
        return False
    outer = verb.head
    if outer == verb:
        # (", said it would cut routes" read as a second verb of the relative clause's: the main one)
        outer = next((c for c in verb.children if c.dep_ == "conj" and c.i > verb.i and c.pos_ == "VERB"
                      and not any(g.dep_.startswith("nsubj") for g in c.children)), verb)
        if outer == verb:
            return False
        for child in [c for c in verb.children if c.i > outer.i or c.dep_ == "punct" and c.i == len(c.doc) - 1]:
            child.head = outer
        outer.head, outer.dep_ = outer, "ROOT"
    elif outer.i < verb.i or any(c.dep_.startswith("nsubj") for c in outer.children):
        return False
    antecedent.head, antecedent.dep_ = outer, "nsubj"
    verb.head, verb.dep_ = antecedent, "acl:relcl"
    return True


def _noun_read_as_a_bare_verb(word: "Token") -> bool:
    """"a strain of H5 bird flu on Friday" parsed with "flu" a verb describing "strain": a bare
    verb form with no word of its own, right after a noun, closes that noun's compound. Returns
    whether it repaired."""
    if word.pos_ != "VERB" or word.dep_ != "acl" or word.n_lefts or word.n_rights or word.i == 0:
        return False
    if word.tag_ not in ("VB", "VBP", "VBZ", "NN") or word.lower_.endswith(("ing", "ed")):
        return False
    noun = word.doc[word.i - 1]
    if noun.pos_ != "NOUN" or noun.head != word.head or noun.dep_ in ("nsubj", "nsubj:pass") or word.head == noun:
        return False  # (nor on the noun itself, when it is the root: the two would head each other)
    word.pos_, word.tag_ = "NOUN", "NN"
    word.head, word.dep_ = noun.head, noun.dep_
    for child in list(noun.children):
        if child.i < noun.i:
            child.head = word
    noun.head, noun.dep_ = word, "compound"
    return True


def _unknown_verb_inside_a_compound(word: "Token") -> bool:
    """"the topic of bird flu prevention and control" parsed with "flu" a verb and "prevention" its
    object: a bare present with no subject, auxiliary or marker, that the treebanks never annotate
    as a verb, between a noun and the noun after it, is a word of their compound, whose head is the
    noun after it. Returns whether it repaired."""
    if word.tag_ != "VBP" or word.i == 0 or word.i + 1 >= len(word.doc) or _verb_lemma_of_form(word) in known_verbs():
        return False
    noun, after = word.doc[word.i - 1], word.doc[word.i + 1]
    # (or the noun before read as its subject: "confirmed two human bird [flu] cases", the phrase the
    # verb's object then)
    own_subject = noun.head == word and noun.dep_ == "nsubj" and word.head != word and word.dep_ in ("ccomp", "xcomp", "obj")
    if (noun.pos_ != "NOUN" or after.pos_ != "NOUN" or after.head != word or after.dep_ != "obj"
            or noun.dep_.startswith("nsubj") and not own_subject
            or any(c.dep_.startswith(("nsubj", "aux", "mark", "cc")) and c != noun for c in word.children)):
        return False
    host = word.head  # (the verb the parse hung it on keeps the phrases after it: "with his counterpart")
    after.head, after.dep_ = (word.head, "obj") if own_subject else (noun.head, noun.dep_)
    for child in [c for c in noun.children if c.i < noun.i]:
        child.head = after  # ("of": the phrase's)
    for child in [c for c in word.children if c != after]:
        child.head = host if child.i > after.i and host != word else after
    word.pos_, word.tag_ = "NOUN", "NN"
    word.head, word.dep_ = after, "compound"
    noun.head, noun.dep_ = word, "compound"
    return True


def _conjunct_read_as_a_complement(verb: "Token") -> bool:
    """"She died on Nov. 22 and test results showed the woman was positive" parsed with "showed" a
    complement of "died": a clause opened by "and" or "but", with a subject of its own, is no
    complement but a clause joined to the verb. Returns whether it repaired."""
    if verb.dep_ != "ccomp" or verb.head == verb or verb.head.i > verb.i:
        return False
    first = verb.doc[verb.left_edge.i]
    if (first.dep_ != "cc" or first.lower_ not in ("and", "but") or not any(c.dep_.startswith("nsubj") for c in verb.children)
            or any(c.dep_ == "mark" for c in verb.children)):
        return False
    verb.dep_ = "conj"
    first.head = verb
    return True


def _that_clause_read_as_parataxis(clause: "Token") -> bool:
    """"ministers agreed Monday that courts should take into account ..." parsed with "take" a
    clause set beside "agreed" (or joined to it with no "and") and "that" a word of its subject: a clause that opens with "that",
    with a subject of its own after it, is what the verb before it agreed, said or decided.
    Returns whether it repaired."""
    verb = clause.head
    that = clause.doc[clause.left_edge.i]
    if (clause.dep_ not in ("parataxis", "conj") or any(c.dep_ == "cc" for c in clause.children) or verb.i > clause.i or verb.pos_ != "VERB" or that.lower_ != "that"
            or that.dep_ not in ("nsubj", "det", "mark") or that.i <= verb.i
            or not any(c.dep_.startswith("nsubj") and c != that for c in clause.children)
            or any(c.dep_ == "ccomp" for c in verb.children)):
        return False
    clause.dep_ = "ccomp"
    that.head, that.dep_, that.pos_, that.tag_ = clause, "mark", "SCONJ", "IN"
    return True


def _reported_clause_read_as_a_relative_of_the_medium(clause: "Token") -> bool:
    """"said in a statement issued on Friday that the coach had resigned" parsed with "resigned" a
    relative clause (or the content) of "statement": a clause with its own subject, opened by the
    conjunction "that" (no relative pronoun), after the medium of a reporting verb is what was
    reported. Returns whether it repaired."""
    medium = clause.head
    said = medium.head
    if (clause.dep_ not in ("acl:relcl", "acl") or medium.dep_ != "obl" or said.i > medium.i or not _is_reporting_form(said)
            or not any(c.dep_ == "mark" and c.lower_ == "that" and c.i < clause.i for c in clause.children)
            or not any(c.dep_.startswith("nsubj") for c in clause.children)
            or any(c.dep_ == "ccomp" for c in said.children)):
        return False
    clause.head, clause.dep_ = said, "ccomp"
    return True


def _participle_read_past_a_relative_clause(participle: "Token") -> bool:
    """"the buyers who took part in the expo held in Harare last month" parsed with "held" a
    modifier of "buyers": a bare participle right after a relative clause that ends on a noun
    describes that noun, not the one the relative clause already describes. Returns whether it
    repaired."""
    noun = participle.head
    doc = participle.doc
    last = doc[participle.i - 1] if participle.i else participle
    if (participle.dep_ != "acl" or participle.tag_ not in ("VBN", "VBD") or noun.i >= participle.i
            or last.pos_ not in ("NOUN", "PROPN") or last == noun
            or any(c.dep_.startswith(("nsubj", "aux")) or c.dep_ == "mark" for c in participle.children)):
        return False
    relative = next((c for c in noun.children if c.dep_ == "acl:relcl" and c.i < participle.i
                     and c.right_edge.i == participle.i - 1), None)
    if relative is None or last not in relative.subtree:
        return False
    participle.head, participle.tag_ = last, "VBN"
    return True


def _second_member_of_between_read_apart(between: "Token") -> bool:
    """"killed during an encounter between the troops and about 100 militants" parsed with
    "militants" a phrase of the verb (or a conjunct of "encounter"): "between" takes two members,
    so a bare noun right after the "and" that follows its only one is its second. Returns whether
    it repaired."""
    first = between.head
    doc = between.doc
    k = first.right_edge.i + 1
    if (between.dep_ != "case" or first.pos_ not in _NOMINAL or any(c.dep_ == "conj" for c in first.children)
            or k >= len(doc) or doc[k].lower_ != "and" or doc[k].dep_ != "cc"):
        return False
    second = doc[k].head
    if (second.i <= k or second.pos_ not in ("NOUN", "PROPN") or second.head == first or second.head == second
            or not (second.dep_ in ("obl", "obj", "nmod", "obl:unmarked") or second.dep_ == "conj" and second.head == first.head)
            or any(c.dep_ == "case" for c in second.children)
            or second in first.ancestors):
        return False
    second.head, second.dep_ = first, "conj"
    return True


def _source_read_into_the_phrase_before_it(said: "Token") -> bool:
    """"... at the work site, police and firefighters said" parsed with "police and firefighters"
    conjuncts of "site" and "said" a clause with no subject: a reporting verb with no subject, right
    after a few words of a noun phrase set off by a comma, has that phrase as its subject. Returns
    whether it repaired."""
    head = said.head
    if (said.dep_ not in ("advcl", "conj", "parataxis", "ccomp", "acl") or not _is_reporting_form(said)
            or any(c.dep_.startswith("nsubj") for c in said.children)
            # (not the main verb the parse hung under an opening participle: "Citing poor sales, the
            # chain announced ...", another repair's)
            or head.i > said.i or head.tag_ in ("VBG", "VBN") and head.i == said.sent.start):
        return False
    doc = said.doc
    k = said.i - 1
    while k > 0 and said.i - k <= 6 and doc[k].pos_ in ("NOUN", "PROPN", "CCONJ", "DET", "ADJ"):
        k -= 1
    if doc[k].text != "," or k == said.i - 1:
        return False
    inside = range(k + 1, said.i)
    heads = [t for t in doc[k + 1 : said.i] if t.head.i not in inside]
    # (the conjuncts may each hang on the noun before the comma: "site, police and firefighters")
    if (not heads or heads[0].pos_ not in ("NOUN", "PROPN") or heads[0].head == said or heads[0].is_ancestor(said)
            or any(t.dep_ != "conj" for t in heads[1:])):
        return False  # (never the noun the verb hangs on: they would be each other's heads)
    for other in heads[1:]:
        other.head = heads[0]
    heads[0].head, heads[0].dep_ = said, "nsubj"
    doc[k].head = said
    said.dep_ = "parataxis"
    return True


def _reduced_relative_read_as_a_conjunct(verb: "Token") -> bool:
    """"sold its old headquarters, built in 1890" parsed with "built" a second verb of "sold": a
    participle right after a comma that closes its head's object, with no subject, object or "and"
    of its own, describes that object; so with an adverb before it ("the fish, first named five
    years ago"). Returns whether it repaired."""
    # (a past tense with an agent is a participle too: "roofs, ripped off by the typhoon")
    if verb.dep_ != "conj" or not (verb.tag_ == "VBN" or verb.tag_ == "VBD" and any(c.dep_ == "obl:agent" for c in verb.children)):
        return False
    start = min([verb.i] + [c.left_edge.i for c in verb.children if c.i < verb.i and c.dep_ == "advmod"])
    if start < 2 or verb.doc[start - 1].text != ",":
        return False
    if any(c.dep_.startswith(("nsubj", "obj", "aux", "cc", "mark")) for c in verb.children):
        return False
    noun = next((c for c in verb.head.children if c.dep_ in ("obj", "obl") and c.right_edge.i == start - 2), None)
    if noun is None or verb.lemma_.lower() in intransitive_verbs():
        return False
    verb.head, verb.dep_, verb.tag_ = noun, "acl", "VBN"
    return True


def _subject_read_as_a_verbs_compound(verb: "Token") -> bool:
    """"recommended that the U.S. take new steps" parsed with "the U.S." a compound of "take": a verb
    has no compound noun before it; the noun right before it is its subject, with the words before
    that noun. Returns whether it repaired."""
    if verb.pos_ != "VERB" or any(c.dep_.startswith(("nsubj", "csubj", "expl")) for c in verb.children):
        return False
    if not any(c.dep_ == "mark" and c.i < verb.i and c.lower_ != "to" for c in verb.children):
        return False  # (only in a subordinate clause, whose "that" says a subject follows)
    noun = next((c for c in verb.lefts if c.i == verb.i - 1 and c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")), None)
    if noun is None:
        return False
    for child in list(verb.lefts):
        if child != noun and child.i > noun.left_edge.i - 3 and child.dep_ in ("det", "amod", "compound", "nummod", "nmod:poss"):
            child.head = noun
    noun.dep_ = "nsubj"
    return True


def _article_read_as_object(article: "Token") -> bool:
    """"restricted a struggling England to 206-9" parsed with "a" the object and "struggling" a verb
    taking "England": an article is never an object; the noun after the participle is, the
    participle its adjective, and the rest the verb's. Returns whether it repaired."""
    if article.pos_ != "DET" or article.dep_ != "obj" or article.lower_ not in ("a", "an", "the"):
        return False
    participle = next((c for c in article.rights if c.i == article.i + 1 and c.tag_ in ("VBG", "VBN") and c.dep_ == "acl"), None)
    noun = next((c for c in participle.children if c.i == participle.i + 1 and c.pos_ in ("NOUN", "PROPN")), None) if participle else None
    if noun is None:
        return False
    verb = article.head
    noun.head, noun.dep_ = verb, "obj"
    article.head, article.dep_ = noun, "det"
    for child in list(participle.children):
        if child != noun:
            child.head = verb
    participle.head, participle.dep_, participle.pos_ = noun, "amod", "ADJ"
    return True


def _adverb_read_as_object(adverb: "Token") -> bool:
    """"purchased a yacht formerly owned by ..." parsed with "formerly" the object and "yacht" its
    compound: an adverb is never an object; the noun right before it is, and the adverb goes with
    the participle after it (or the verb). Returns whether it repaired."""
    if adverb.pos_ != "ADV" or adverb.dep_ != "obj":
        return False
    noun = next((c for c in adverb.lefts if c.i == adverb.i - 1 and c.dep_ in ("compound", "amod") and c.tag_.startswith("NN")), None)
    if noun is None:
        return False
    verb = adverb.head
    clause = next((c for c in adverb.rights if c.dep_.startswith("acl") and c.i == adverb.i + 1), None)
    for child in list(adverb.children):
        if child != noun:
            child.head = noun
    noun.head, noun.dep_ = verb, "obj"
    adverb.head, adverb.dep_ = (clause or verb), "advmod"
    return True


def _hyphenated_compound_read_as_an_apposition(noun: "Token") -> bool:
    """"along the Israel-Lebanon border" parsed with "Lebanon border" an apposition of "Israel",
    the hyphen a comma: two names joined by a hyphen with no space are one modifier of the noun
    after them, which takes the first name's place in the sentence. Returns whether it repaired."""
    if noun.dep_ != "appos" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    first = noun.head
    # (the hyphen, read as a comma, may be the apposition's own first word)
    hyphen = noun.doc[first.i + 1] if first.i + 1 < len(noun.doc) else None
    if first.pos_ != "PROPN" or hyphen is None or hyphen.text not in ("-", "–") or first.whitespace_ or hyphen.whitespace_:
        return False
    # (never the hyphen itself read as the apposition's noun: "Co-operation" with "-" a noun of "Co";
    # it would be made the head of its own head)
    if noun.left_edge.i not in (hyphen.i, hyphen.i + 1) or first.i > noun.i or noun.i == hyphen.i:
        return False
    movers = [c for c in first.children if c.i < first.i]
    noun.head, noun.dep_ = (noun, "ROOT") if first.head == first else (first.head, first.dep_)
    for child in movers:
        child.head = noun
    first.head, first.dep_ = noun, "compound"
    hyphen.head, hyphen.dep_ = first, "punct"
    return True


def _quoted_compound_read_as_an_apposition(noun: "Token") -> bool:
    """'arrested 60 armed "gold mine pirates" who ...' parsed with "pirates" an apposition of
    "mine": a noun right after the noun before it, both inside one pair of quotation marks, is the
    head of their compound, and takes the first one's place (and its words) in the sentence.
    Returns whether it repaired."""
    first = noun.head
    doc = noun.doc
    if (noun.dep_ != "appos" or noun.pos_ != "NOUN" or first.pos_ != "NOUN" or first.i != noun.i - 1
            or noun.i + 1 >= len(doc) or doc[noun.i + 1].text not in ('"', "”", "''")):
        return False
    opening = next((k for k in range(first.i - 1, max(first.i - 5, -1), -1) if doc[k].text in ('"', "“", "``")), None)
    if opening is None or first.head == noun:
        return False
    movers = [c for c in first.children if c != noun]
    noun.head, noun.dep_ = (noun, "ROOT") if first.head == first else (first.head, first.dep_)
    for child in movers:
        child.head = noun
    first.head, first.dep_ = noun, "compound"
    return True


def _name_read_as_its_appositions_aside(name: "Token") -> bool:
    """"Steinmeier, Schroeder's close partner in the SPD, will be sworn in" parsed with the name an
    aside of "partner", the subject: a name that opens the sentence, set off by a comma from a noun
    phrase closed by a comma before the verb, is the subject, and the phrase its apposition.
    Returns whether it repaired. ("The Airbus A380, the largest airliner, flew": the name, a code
    to the tagger, may hang on the verb beside its apposition.)"""
    noun = name.head
    code = name.text[:1].isupper() and any(ch.isdigit() for ch in name.text)
    if name.pos_ != "PROPN" and not code or name.dep_ not in ("discourse", "vocative", "dislocated"):
        return False
    if noun.pos_ in ("VERB", "AUX"):
        noun = next((c for c in noun.children if c.dep_.startswith("nsubj") and c.i > name.i), noun)
    if noun.pos_ != "NOUN":
        return False
    if name.left_edge.i != name.sent.start or name.i + 2 >= noun.i or name.doc[name.i + 1].text != ",":
        return False
    verb = noun.head
    if not noun.dep_.startswith("nsubj") or verb.i < noun.i:
        return False
    first = min([verb.i, *(c.i for c in verb.children if c.dep_.startswith("aux") and c.i > noun.i)])
    if name.doc[first - 1].text != ",":
        return False
    name.head, name.dep_ = verb, noun.dep_
    noun.head, noun.dep_ = name, "appos"
    if name.pos_ not in _NOMINAL:
        name.pos_, name.tag_ = "PROPN", "NNP"  # (a code the tagger took for a word of its own kind)
    return True


def _day_read_as_a_copular_predicate(day: "Token") -> bool:
    """"X, chief minister of Selangor, was earlier Friday ordered by a court to attend" parsed with
    "Friday" the predicate of "was" and "ordered" its modifier: a day is no predicate; the
    participle after it is the passive verb, "was" its auxiliary. Returns whether it repaired."""
    if day.dep_ != "ROOT" or day.lower_ not in day_names():
        return False
    cop = next((c for c in day.children if c.dep_ == "cop" and c.i < day.i), None)
    verb = next((c for c in day.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.i == day.i + 1), None)
    if cop is None or verb is None:
        return False
    verb.head, verb.dep_ = verb, "ROOT"
    for child in list(day.children):
        if child == verb:
            continue
        if child.dep_ == "cop":
            child.head, child.dep_ = verb, "aux:pass"
        elif child.dep_.startswith("nsubj"):
            child.head, child.dep_ = verb, "nsubj:pass"
        elif child.i > day.i or child.dep_ == "punct":
            child.head = verb
    day.head, day.dep_ = verb, "obl:unmarked"
    return True


def _reported_clause_hung_elsewhere(verb: "Token") -> bool:
    """"after the publisher announced in late February that it would seek a buyer" parsed with the
    that-clause on the main verb: a reporting verb with no complement of its own, right before
    "that" and a clause, reports that clause. Returns whether it repaired."""
    if verb.pos_ != "VERB" or not _is_reporting_form(verb) or any(c.dep_ in ("ccomp", "obj", "xcomp") for c in verb.children):
        return False
    end = verb.right_edge.i + 1
    that = verb.doc[end] if end < len(verb.doc) else None
    if that is None or that.lower_ != "that" or that.dep_ != "mark":
        return False
    clause = that.head
    if clause.pos_ not in ("VERB", "AUX") or clause.is_ancestor(verb) or clause == verb or clause.i < that.i:
        return False
    clause.head, clause.dep_ = verb, "ccomp"
    return True


def _verdict_read_as_an_apposition(word: "Token") -> bool:
    """"found Lars Vik, the former chief executive, guilty of fraud on Tuesday" parsed with "guilty"
    an apposition of the object: a verdict word after a verb's object is what the verb found it,
    and a day in its phrase is the verb's. Returns whether it repaired."""
    if word.lower_ not in _clause_markers()["verdict_words"] or word.dep_ not in ("appos", "conj", "amod"):
        return False
    obj = word.head
    verb = obj.head
    if obj.dep_ != "obj" or verb.pos_ != "VERB" or word.i < obj.i:
        return False
    word.head, word.dep_, word.pos_ = verb, "xcomp", "ADJ"
    for t in list(word.subtree):
        if t.lower_ in day_names() and t.dep_.startswith("nmod"):
            t.head, t.dep_ = verb, "obl"  # "guilty of fraud [on Tuesday]": the finding's day
    return True


def _opening_time_read_as_a_sentence(root: "Token") -> bool:
    """"From February to August, Hebei's exports amounted to ..." parsed as two sentences, the
    first only its time: a time phrase that opens the text, ends at a comma and is a root of its
    own is a phrase of the clause after it. Returns whether it repaired."""
    if root.head != root or root.i == len(root.doc) - 1 or root.lower_ not in _day_and_month_names() | time_words():
        return False
    comma = root.doc[root.right_edge.i] if root.doc[root.right_edge.i].text == "," else None
    if comma is None or root.left_edge.i != 0:
        return False
    verb = next((t for t in root.doc[comma.i + 1 :] if t.head == t), None)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.left_edge.i != comma.i + 1:
        return False
    root.head, root.dep_ = verb, "obl"
    return True


def _time_read_on_a_nouns_gerund(day: "Token") -> bool:
    """"triggered a wave of buying across Asia on Wednesday" parsed with the day a phrase of
    "buying": a gerund after "of" names a thing ("a wave of buying"), and a time at the end of
    it is the time of the verb whose object (or subject) that thing is. Returns whether it repaired."""
    gerund = day.head
    if day.dep_ not in ("obl", "obl:unmarked", "obl:tmod") or gerund.tag_ != "VBG" or gerund.dep_ != "acl" or gerund.i > day.i:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "of" for c in gerund.children):
        return False
    noun = gerund.head
    if not noun.dep_.startswith(("obj", "nsubj")) or noun.head.pos_ != "VERB":
        return False
    day.head = noun.head
    return True


def _time_right_after_a_participle(day: "Token") -> bool:
    """"the leaders' meeting scheduled for November 18-19" parsed with the date a phrase of the main
    verb: a time right after a participle that describes a noun ("scheduled for", "arrested on")
    is the participle's. Returns whether it repaired."""
    if day.dep_ not in ("obl", "obl:unmarked", "obl:tmod"):
        return False
    start = day.left_edge.i
    before = day.doc[start - 1] if start > 0 else None
    if before is None or before.dep_ != "acl" or before.tag_ != "VBN" or day.head == before or day.is_ancestor(before):
        return False
    if not all(t.dep_ in ("case", "amod", "det", "nmod:unmarked", "compound", "nummod") or t == day for t in day.doc[start : day.i + 1]):
        return False
    day.head = before
    return True


def _starting_participle_beside_its_time(participle: "Token") -> bool:
    """"will cut ten routes effective June 1" parsed with "effective" the verb's complement and the
    date the verb's own: a participle of `start_participles` with nothing of its own, right before
    a time phrase of the same verb, is that time's preposition. Returns whether it repaired."""
    doc = participle.doc
    if participle.n_lefts or participle.n_rights or participle.i + 1 >= len(doc):
        return False
    time = doc[participle.i + 1]
    while time.head != time and time.head.i > time.i and time.head.left_edge.i == participle.i + 1:
        time = time.head  # (the phrase's head: "June [1]")
    if time.left_edge.i != participle.i + 1 or time.head != participle.head or not (
            time.like_num or time.lower_ in day_names() or time.lower_ in time_words()
            or any(t.lower_ in _day_and_month_names() for t in time.subtree)):
        return False
    participle.head, participle.dep_, participle.pos_, participle.tag_ = time, "case", "ADP", "IN"
    return True


def _reports_day_read_in_what_is_reported(day: "Token") -> bool:
    """"Toyota and Honda said on Monday they would recall 9,000 cars" parsed with "on Monday" a
    phrase of "recall": a time right after a reporting verb, before the subject of the clause it
    reports (with no "that" before it), is when it was said. Returns whether it repaired."""
    verb = day.head
    if day.dep_ not in ("obl", "obl:unmarked", "obl:tmod") or verb.dep_ != "ccomp" or verb.i < day.i:
        return False
    said = verb.head
    if said.i >= day.i or day.left_edge.i != said.i + 1 or not _is_reporting_form(said):
        return False
    if any(c.dep_ == "mark" and c.i < day.i for c in verb.children):
        return False  # "said that on Monday they would ...": the reported clause's own time
    subject = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
    if subject is None or subject.left_edge.i <= day.right_edge.i:
        return False
    day.head = said
    return True


@lru_cache(maxsize=1)
def _day_and_month_names() -> frozenset[str]:
    return _clause_markers()["day_names"] | _clause_markers()["month_names"]


def day_and_month_names() -> frozenset[str]:
    """The names of the days and months, lowercased (closed classes)."""
    return _day_and_month_names()


def _past_form_after_its_day(word: "Token") -> tuple["Token", "Token"] | None:
    """"on [Saturday vetoed]", "in [February rose]": a past form tagged as a noun, with the day or
    month right before it as its compound and the preposition before that as its case: (the day,
    the preposition), else None."""
    if word.tag_ != "NN" or not (word.lower_.endswith("ed") or word.lower_ in irregular_verbs()):
        return None
    day = next((c for c in word.children if c.dep_ == "compound" and c.lower_ in _day_and_month_names()
                and c.i == word.i - 1), None)
    case = next((c for c in word.children if c.dep_ == "case" and c.i == word.i - 2), None)
    return (day, case) if day is not None and case is not None else None


def _first_phrase_made_the_object(verb: "Token") -> None:
    """The first phrase after a repaired verb, whatever the parse called it, is its object
    ("vetoed [the draft]", "rose [9.9 percent]")."""
    objects = [c for c in verb.rights if c.dep_ in ("appos", "nmod", "obj")
               or c.dep_ == "conj" and c.pos_ == "NOUN" and any(g.pos_ == "NUM" for g in c.children)]
    if objects:
        objects[0].dep_ = "obj"


def _made_the_past_tense(word: "Token", day: "Token", case: "Token") -> None:
    """The past form is the verb, its day its time."""
    word.pos_, word.tag_ = "VERB", "VBD"
    word.set_morph(_PAST_TENSE)
    day.head, day.dep_ = word, "obl"
    case.head = day


def _verb_after_a_day_read_as_noun(root: "Token") -> bool:
    """"The United States on Saturday vetoed the draft" parsed as a noun phrase, "on [Saturday
    vetoed]": a past form after a day or month, tagged as a noun with the day as its modifier, is the
    verb, the nominal root its subject and the day its time. Returns whether it repaired."""
    if root.pos_ not in _NOMINAL:
        return False
    relative = {t.i for r in root.sent if r.dep_ == "acl:relcl" for t in r.subtree}
    if any(t.pos_ == "VERB" and "Fin" in t.morph.get("VerbForm") and t.i not in relative for t in root.sent):
        return False  # a verb of its own elsewhere: not this misreading
    for word in root.rights:
        # ("orders in February rose": an irregular past form read as the noun it spells)
        found = _past_form_after_its_day(word)
        if found is None:
            continue
        _made_the_past_tense(word, *found)
        word.head, word.dep_ = word, "ROOT"
        root.head, root.dep_ = word, "nsubj"
        for child in [c for c in root.rights if c.i > word.i]:
            child.head = word
        _first_phrase_made_the_object(word)
        return True
    return False


def _time_read_as_the_root(root: "Token") -> bool:
    """"The army stormed early on Wednesday morning the town" parsed with "morning" the root,
    "the town" its object and "stormed" a modifier of "army": a time word takes no object; the
    past form on the subject before it is the verb, with the object, and the time is its time.
    Returns whether it repaired."""
    markers = _clause_markers()
    if root.lower_ not in markers["time_nouns"] and root.lower_ not in markers["day_names"]:
        return False
    subject = next((c for c in root.lefts if c.dep_.startswith("nsubj")), None)
    # (or a clause "that" opens, which no time takes either: "vowed in a video aired Monday that ...")
    objects = [c for c in root.rights if c.dep_ == "obj" or c.dep_ in ("acl:relcl", "ccomp") and any(
        g.dep_ == "mark" and g.lower_ == "that" and g.i == c.left_edge.i for g in c.children)]
    if subject is None or not objects:
        return False
    verb = next((c for c in subject.rights if c.dep_ == "acl" and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBN")
                 and c.i < root.i and not any(g.dep_.startswith(("nsubj", "aux", "mark")) for g in c.children)), None)
    if verb is None:
        return False
    verb.head, verb.dep_ = verb, "ROOT"
    verb.tag_ = "VBD"
    subject.head, subject.dep_ = verb, "nsubj"
    for child in [c for c in root.children if c.i > root.i]:
        child.head = verb  # the object and the phrases after it
    time_words = [c for c in root.lefts if c.i > verb.i]  # "on Wednesday": the time's own words
    root.head, root.dep_ = verb, "obl" if any(c.dep_ == "case" for c in root.children) else "obl:unmarked"
    for word in time_words:
        if word.head == root and word.dep_.startswith("obl") and word.lower_ in markers["day_names"]:
            word.dep_ = "compound"  # "Wednesday morning"
    for child in objects:
        if child.dep_ == "acl:relcl":
            child.dep_ = "ccomp"  # (what the verb tells)
    for word in [c for c in root.lefts if c.dep_ == "amod"]:
        _participle_read_as_an_adjective_of_the_day_after_it(word)
    return True


def _opening_day_read_under_earlier(word: "Token") -> bool:
    """Repairs "Earlier on Monday, a bomb exploded near the embassy" parsed with the day hung on
    "Earlier" and "Earlier" on the subject: the adverb and its day opening the sentence are both the
    main verb's, "earlier" saying only that the day came before the one told of last. Returns
    whether it repaired."""
    if word.lower_ not in ("earlier", "later") or word.pos_ != "ADV" or word.i != word.sent.start:
        return False
    day = next((c for c in word.children if c.dep_.startswith("obl") and c.i > word.i
                and any(g.dep_ == "case" for g in c.children)), None)
    root = word.sent.root
    if day is None or root.pos_ not in ("VERB", "AUX") or root == word or root.i < day.i:
        return False
    if day.lower_ not in _day_and_month_names() and day.lower_ not in time_words():
        return False
    word.head, word.dep_ = root, "advmod"
    day.head, day.dep_ = root, "obl"
    return True


def _opening_time_read_as_the_root_of_its_clause(root: "Token") -> bool:
    """Repairs "Also on Thursday, two freight trains derailed in North Baltimore" parsed with the day
    the root, the subject its conjunct and the verb that noun's modifier: a time opening the
    sentence with its preposition takes no conjunct; the past form right after the noun set off by
    its comma is the verb, the noun its subject, and the time its time. Returns whether it repaired."""
    markers = _clause_markers()
    if root.lower_ not in markers["day_names"] and root.lower_ not in markers["time_nouns"]:
        return False
    if not any(c.dep_ == "case" and c.i < root.i for c in root.children) or any(t.pos_ in ("VERB", "AUX") for t in root.doc[root.sent.start : root.i]):
        return False
    subject = next((c for c in root.rights if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")), None)
    if subject is None or root.doc[subject.left_edge.i - 1].text != ",":
        return False
    verb = next((c for c in subject.rights if c.dep_ == "acl" and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBN")
                 and c.i == subject.i + 1 and not any(g.dep_.startswith(("nsubj", "aux", "mark")) for g in c.children)), None)
    if verb is None:
        return False
    movers = [c for c in root.children if c.i > subject.i] + [c for c in subject.children if c.i > verb.i and c.is_punct]
    verb.head, verb.dep_ = verb, "ROOT"
    verb.tag_ = "VBD"
    subject.head, subject.dep_ = verb, "nsubj"
    comma = root.doc[subject.left_edge.i - 1]
    if comma.head == root:
        comma.head = verb
    for child in movers:
        child.head = verb
    root.head, root.dep_ = verb, "obl"
    return True


def _participle_aside_read_as_the_main_verb(root: "Token") -> bool:
    """"The dialogue, launched in early March, was last scheduled for July 25" parsed with
    "launched" the main verb and "was scheduled" its conjunct with nothing joining them: a past
    participle set off by commas after its subject, before a verb group of its own, describes the
    subject; the verb group is the sentence's. Returns whether it repaired."""
    doc = root.doc
    if root.tag_ not in ("VBD", "VBN") or root.i < 2 or doc[root.i - 1].text != ",":
        return False
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < root.i), None)
    if subject is None or any(c.dep_ in ("obj", "aux", "aux:pass", "ccomp", "xcomp") for c in root.children):
        return False
    # (or a copular predicate, whatever the parse hung it as: "The PfP, launched in 1994, is a
    # program of ...", with "program" a phrase of "launched")
    main = next((c for c in root.rights if (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                                            or c.dep_ in ("conj", "obl", "parataxis", "appos", "dep") and c.pos_ in ("NOUN", "PROPN", "ADJ")
                                            and any(g.dep_ == "cop" for g in c.children))
                 and not any(g.dep_ in ("cc", "nsubj", "nsubj:pass") for g in c.children)
                 and any(g.dep_ in ("aux", "aux:pass", "cop") and g.i < c.i for g in c.children)), None)
    if main is None:
        return False
    first = min(t.i for t in main.subtree if not t.is_punct)
    if doc[first - 1].text != "," or any(t.text in (",", ";") for t in doc[root.i + 1 : first - 1]):
        return False
    main.head, main.dep_ = main, "ROOT"
    subject.head = main
    subject.dep_ = "nsubj:pass" if any(g.dep_ == "aux:pass" for g in main.children) else "nsubj"
    for child in [c for c in root.children if c.i > main.i or c.dep_ == "punct" and c.i == len(doc) - 1]:
        child.head = main
    root.head, root.dep_ = subject, "acl"
    root.tag_ = "VBN"
    return True


def _verb_after_a_day_read_as_a_speakers_phrase(word: "Token") -> bool:
    """"The United States on Saturday vetoed the draft, diplomats said" parsed with "on [Saturday
    vetoed]" a phrase of "said", which gets both subjects: the past form after the day is the verb
    of what was said, the first subject its own. Returns whether it repaired."""
    found = _past_form_after_its_day(word) if word.dep_ == "obl" else None
    said = word.head
    subjects = [c for c in said.children if c.dep_ == "nsubj"]
    if found is None or said.pos_ != "VERB" or len(subjects) != 2 or not subjects[0].i < found[1].i < subjects[1].i:
        return False
    _made_the_past_tense(word, *found)
    word.dep_ = "ccomp"
    subjects[0].head = word
    _first_phrase_made_the_object(word)
    return True


def _regular_past_read_as_a_compounds_noun(root: "Token") -> bool:
    """"Gunfire echoed through the city" parsed as one noun, "Gunfire echoed", with no verb in the
    sentence: a root noun spelled as the regular past of a verb the treebanks know, after a bare noun
    it has as its compound, is that verb, and the noun its subject. Returns whether it repaired."""
    if root.pos_ != "NOUN" or root.tag_ != "NN" or not root.lower_.endswith("ed") or root.head != root:
        return False
    lemma = next((s for s in (root.lower_[:-2], root.lower_[:-1]) if s in known_verbs()), None)
    subject = next((c for c in root.children if c.dep_ == "compound" and c.i == root.i - 1
                    and not any(g.dep_ == "det" for g in c.children)), None)
    if lemma is None or subject is None or any(c.dep_ in ("det", "amod", "nmod:poss") for c in root.children):
        return False
    if any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in root.sent):
        return False  # a finite verb elsewhere: a real compound noun may be the subject of it
    root.pos_, root.tag_, root.lemma_ = "VERB", "VBD", lemma
    root.set_morph(_PAST_TENSE)
    subject.dep_ = "nsubj"
    return True


def _regular_past_read_as_a_noun_or_a_base_form(root: "Token") -> bool:
    """"The senator vetoed the bill" parsed with "vetoed" a noun (the root, "senator" its compound,
    "the bill" its apposition), or "twice vetoed the plan" with it a base form: the tagger has seen
    few past forms in "-oed". A root spelled as the regular past of a verb the treebanks know (and
    not itself a base form they know: "need", "proceed"), right after a noun and in a sentence
    with no other finite verb, is that verb's past tense, the noun its subject and a noun phrase
    right after it its object. Returns whether it repaired."""
    form = root.lower_
    if (root.head != root or root.tag_ not in ("NN", "NNP", "VB") or not form.endswith("ed") or root.i == 0
            or form in known_verbs() or _regular_form_lemma(form, form) == form
            or any(c.dep_.startswith(("aux", "cop", "mark")) or c.lower_ == "to" for c in root.children)
            or any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and t != root for t in root.sent)):
        return False
    subject = next((c for c in sorted(root.lefts, key=lambda t: -t.i) if c.dep_ in ("nsubj", "compound", "nmod")
                    and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if subject is None or any(t.dep_ != "advmod" or t.head != root for t in root.doc[subject.i + 1 : root.i]):
        return False  # (only an adverb between: "twice vetoed")
    thing = next((c for c in root.rights if c.dep_ in ("obj", "appos", "nmod", "dep") and c.pos_ in ("NOUN", "PROPN")
                  and c.left_edge.i == root.i + 1), None)
    if root.tag_ != "VB" and thing is None:
        return False  # (a noun alone after a noun: "the cancer screening programme" is no clause)
    root.pos_, root.lemma_ = "VERB", _regular_form_lemma(form, form)
    _made_a_past_tense(root)
    for child in [c for c in root.lefts if c.i < subject.i]:
        child.head = subject  # ("[The] senator")
    subject.dep_ = "nsubj"
    if thing is not None:
        thing.dep_ = "obj"
    return True


def _object_read_as_the_verbs_apposition(noun: "Token") -> bool:
    """"Lindqvist vetoed the budget" parsed with "the budget" an apposition of "vetoed": only a
    noun has appositions; a noun phrase right after a verb that has no object, with no comma
    between, is its object. Returns whether it repaired."""
    verb = noun.head
    # (or a date the verb takes: "set [May 2] for the final")
    date = noun.pos_ == "NUM" and any(c.lower_ in _day_and_month_names() for c in noun.children)
    if (noun.dep_ != "appos" or verb.pos_ != "VERB" or noun.left_edge.i != verb.i + 1 or noun.pos_ not in ("NOUN", "PROPN") and not date
            or verb.dep_.startswith(("nsubj", "obj", "obl", "nmod", "compound"))  # (a noun's name read as a verb)
            or any(c.dep_ in ("obj", "ccomp", "xcomp") or c.dep_.endswith(":pass") for c in verb.children)):
        return False
    noun.dep_ = "obj"
    return True


# What a point of the compass keeps when the verb under it takes its place: "[some 350 km]
# southeast [of Manila]".
_POINTS_OWN_WORDS = frozenset({"nmod", "case", "det", "amod", "advmod", "compound", "obl:npmod", "nummod", "fixed"})


def _distance_read_apart_from_its_compass_point(point: "Token") -> bool:
    """"The quake struck 80 kilometres (50 miles) north of the capital" parsed with "north" the root
    and "struck" its adjective, or "ambushed a convoy 40 kilometres east of Kabul" with "a convoy
    40 kilometres" one object and "east" an adverb: a distance before a point of the compass
    measures it, and the two say where the verb's happening was; the verb is the clause's, and a
    noun the parse gave the distance as a modifier is the verb's object. Returns whether it
    repaired."""
    doc = point.doc
    if point.i < 2 or point.pos_ not in ("NOUN", "ADV", "PROPN"):
        return False
    before = doc[point.i - 1]
    if before.text == ")":
        opening = next((t for t in doc[max(0, point.i - 6):point.i - 1] if t.text == "("), None)
        if opening is None or opening.i == 0:
            return False
        conversion, distance = before.head if before.head.i < before.i else None, doc[opening.i - 1]
    else:
        conversion, distance = None, before
    if distance.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "nummod" or c.like_num for c in distance.children):
        return False
    verb = distance.head
    if verb.pos_ != "VERB" or distance.dep_ not in ("obj", "obl", "obl:unmarked", "obl:npmod"):
        return False
    if point.head == point and verb.head == point:  # (the point read as the root, the verb under it)
        verb.head, verb.dep_ = verb, "ROOT"
        for child in [c for c in point.children if c.i > point.i and c.dep_ in ("advcl", "punct", "parataxis", "conj", "cc", "obl")]:
            child.head = verb
        if verb.tag_ == "VBN" and is_past_form(verb) and any(c.dep_ == "nsubj" for c in verb.children):
            _made_a_past_tense(verb)
    elif point.is_ancestor(verb):
        # ("The rain mixed with ash on the slopes of the volcano, located some 350 kilometres
        # southeast of Manila, ..., authorities said" with "southeast" the told clause's head and
        # "rain" its subject): the highest verb under the point takes the point's place, and the
        # point's words after it, so that the point can hang on the verb it measures from
        path, node = [], verb
        while node != point:
            path.append(node)
            node = node.head
        top = next((t for t in reversed(path) if t.pos_ == "VERB"), None)
        if top is None:
            return False
        top.head, top.dep_ = (top, "ROOT") if point.head == point else (point.head, point.dep_)
        for child in [c for c in point.children if c != top and c.dep_ not in _POINTS_OWN_WORDS]:
            child.head = top
    elif point.head == point and verb.sent.start < point.sent.start:
        # ("churches in Solo, located 500 kilometres (300 miles) [southeast of the capital], ...": the
        # parse began a second sentence at the point; it is the first's, and so is its full stop)
        main = verb.sent.root
        for child in [c for c in point.children if c.is_punct and c.i == point.sent.end - 1]:
            child.head = main
    elif point.head == point:
        return False
    thing = next((c for c in distance.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")
                  and c.i < min((n.i for n in distance.children if n.dep_ == "nummod"), default=distance.i)), None)
    if thing is not None and distance.dep_ == "obj":
        # ("ambushed [a convoy] 40 kilometres east": the convoy was ambushed, not the kilometres)
        for word in [c for c in distance.children if c.i < thing.i]:
            word.head = thing
        thing.head, thing.dep_ = verb, "obj"
    point.head, point.dep_ = verb, "obl"
    distance.head, distance.dep_ = point, "obl:npmod"
    if conversion is not None and conversion != distance and conversion.pos_ in ("NOUN", "PROPN"):
        conversion.head, conversion.dep_ = distance, "appos"  # "(50 miles)"
    clause = verb
    for _ in range(len(doc)):  # (bounded: a cycle the parse may still hold never hangs the loop)
        if clause.head == clause or clause.pos_ == "VERB" and any(c.dep_.startswith("nsubj") for c in clause.children):
            break
        clause = clause.head
    for participle in [t for t in point.subtree if t.dep_ in ("acl", "advcl") and t.tag_ == "VBG"
                       and "," in (t.left_edge.text, doc[t.left_edge.i - 1].text)]:
        # (", looking for bombs", ", killing five people": what the clause's subject did or does,
        # never the place's)
        participle.head, participle.dep_ = clause, "advcl"
    return True


_QUOTE_MARKS = frozenset({'"', "``", "''", "\u201c", "\u201d"})


def _time_at_a_quotes_end_read_on_the_verb_outside(time: "Token") -> bool:
    """'"... as mandated by the committee on September 9," the party said' parsed with the date on
    "said": a time that ends a quotation is the quotation's; it goes to the nearest verb before it
    inside the quote. Returns whether it repaired."""
    doc, verb = time.doc, time.head
    if verb.pos_ != "VERB" or verb.i < time.i:
        return False
    sentence = time.sent
    marks = [t.i for t in doc[sentence.start:time.i] if t.text in _QUOTE_MARKS]
    # (only punctuation between the time's phrase and the closing mark: the time ends the quote)
    own = [t for t in time.subtree if not t.is_punct]
    closing = next((t for t in doc[own[-1].i + 1:min(own[-1].i + 3, sentence.end)] if t.text in _QUOTE_MARKS), None)
    if len(marks) % 2 == 0 or closing is None or any(not t.is_punct for t in doc[own[-1].i + 1:closing.i]) or verb.i < closing.i:
        return False
    inside = next((t for t in reversed(doc[marks[-1] + 1:time.left_edge.i]) if t.pos_ == "VERB"), None)
    if inside is None or time.is_ancestor(inside):
        return False
    for mark in [c for c in time.children if c.is_punct and c.i > own[-1].i]:
        mark.head = verb  # (the quote's closing comma and mark stay the telling's)
    time.head = inside
    return True


def _noun_after_back_to_read_as_an_infinitive(word: "Token") -> bool:
    """"went back to work on Monday", "returned to work on Tuesday" parsed with "work" a verb ("to
    work"), the day on it: after "back to", and after "return to", "to" is a preposition and the
    bare form its noun; the verb's phrases (its time) are the going's. Returns whether it repaired."""
    doc = word.doc
    if word.tag_ != "VB" or word.i < 2 or doc[word.i - 1].lower_ != "to" or word.dep_ not in ("advcl", "xcomp", "ccomp"):
        return False
    verb, before = word.head, doc[word.i - 2]
    if (verb.pos_ != "VERB" or verb.i > word.i
            or not (before.lower_ == "back" and before.head == verb or before == verb and (_verb_lemma_of_form(verb) == "return" or verb.lower_ == "returns"))
            or any(c.dep_ in ("obj", "iobj", "xcomp", "ccomp") or c.dep_.startswith("nsubj") for c in word.children)):
        return False
    _made_the_noun_of_a_to_phrase(word, doc[word.i - 1], verb)  # ("on Monday", "after a strike": the going back's)
    return True


def _subject_read_as_an_auxiliary(word: "Token") -> bool:
    """"Flight 902 crashed into the sea" parsed with "902" an auxiliary of "crashed" (a number before
    a participle, to the parser): a number or a noun is no auxiliary; before a verb with no subject,
    it is the subject, the words of its name its compounds, and a past form the past tense.
    Returns whether it repaired."""
    verb = word.head
    if verb.pos_ != "VERB" or verb.i < word.i or any(c.dep_.startswith(("nsubj", "csubj", "expl")) for c in verb.children):
        return False
    if any(c.dep_.startswith("aux") and c.i != word.i for c in verb.children):
        return False
    word.dep_ = "nsubj"
    for child in word.lefts:
        if child.dep_ in ("nmod:unmarked", "nmod", "amod") and child.pos_ == "PROPN":
            child.dep_ = "compound"  # "Flight [902]"
    if verb.tag_ == "VBN" and is_past_form(verb):
        _made_a_past_tense(verb)
    return True


def _infinitive_complement_read_as_purpose(infinitive: "Token") -> bool:
    """"Novak has been asked by the president to stay on" parsed with "to stay on" the purpose of
    "asked" (advcl), which a title leaves out: a verb whose "to" infinitive the treebanks annotate as
    its complement takes it as its complement, after its object or agent too; so an infinitive
    read as a conjunct with nothing joining it ("asked by the governor, Paul Grant who chairs the
    council, [to stay]"), or hung on the agent ("by the board [to act]": an agent takes none).
    Returns whether it repaired."""
    verb = infinitive.head
    on_the_agent = infinitive.dep_ == "acl" and verb.dep_ == "obl:agent"
    if on_the_agent:
        verb = verb.head
    joined = infinitive.dep_ == "conj" and any(c.dep_ == "cc" for c in infinitive.children)
    if (infinitive.dep_ not in ("advcl", "conj") and not on_the_agent or joined or infinitive.tag_ != "VB" or verb.pos_ != "VERB" or verb.i > infinitive.i
            or not any(c.dep_ == "mark" and c.lower_ == "to" for c in infinitive.children)
            or any(c.dep_.startswith("nsubj") for c in infinitive.children)
            or any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)):
        return False
    if _verb_lemma_of_form(verb) not in infinitive_complement_verbs():
        return False
    if infinitive.left_edge.i and infinitive.doc[infinitive.left_edge.i - 1].lower_ == "enough":
        return False  # "know their jobs well enough [to suggest ...]": a degree's, not the verb's
    infinitive.head, infinitive.dep_ = verb, "xcomp"
    return True


def _stranded_preposition_read_into_the_next_phrase(word: "Token") -> bool:
    """"all aircraft had been accounted for as of Friday morning" parsed with "for" a preposition of
    "as of Friday morning": a preposition heads no other, so one right after a participle, on a
    preposition, is the participle's own, left at its end by the passive ("accounted for", the
    treebanks' `obl`). Returns whether it repaired."""
    verb = word.doc[word.i - 1] if word.i else None
    if (verb is None or word.pos_ != "ADP" or word.dep_ != "case" or word.head.pos_ != "ADP"
            or word.head.i != word.i + 1 or verb.tag_ != "VBN" or verb.pos_ != "VERB"
            or not any(c.dep_ == "aux:pass" for c in verb.children)):
        return False
    word.head, word.dep_ = verb, "obl"
    return True


def _predicate_adjective_read_as_a_preposition(verb: "Token") -> bool:
    """"The minister is due to arrive in Kabul on Monday" parsed with "due to" a fixed preposition
    (as in "due to the rain") marking "arrive", and "is" its copula: before an infinitive, with a
    copula, the adjective is the predicate and the infinitive its complement ("is due [to arrive]").
    Returns whether it repaired."""
    adjective = next((c for c in verb.children if c.dep_ == "mark" and c.pos_ == "ADJ" and c.i < verb.i), None)
    to = next((c for c in adjective.children if c.dep_ == "fixed" and c.lower_ == "to"), None) if adjective is not None else None
    copula = next((c for c in verb.children if c.dep_ == "cop" and c.i < adjective.i), None) if to is not None else None
    if copula is None or verb.tag_ != "VB":
        return False
    adjective.head, adjective.dep_ = verb.head if verb.head != verb else adjective, verb.dep_ if verb.head != verb else "ROOT"
    for child in [c for c in verb.children if c.i < adjective.i]:
        child.head = adjective  # the subject and the copula: the adjective's
        if child.dep_ == "nsubj:outer":
            child.dep_ = "nsubj"
    verb.head, verb.dep_ = adjective, "xcomp"
    to.head, to.dep_ = verb, "mark"
    if adjective.dep_ == "ROOT":
        _full_stop_to(verb, adjective)
    return True


def _predicate_adjective_read_as_the_adverbs(root: "Token") -> bool:
    """"The minister was due later in the day to inspect the dam" parsed with "later" the root and
    "due" its modifier: the adjective after the copula is the predicate, and the adverb after it
    its modifier, with the clause's other words. Returns whether it repaired."""
    if root.pos_ != "ADV" or root.head != root or root.i == 0:
        return False
    adjective = root.doc[root.i - 1]
    if adjective.pos_ != "ADJ" or adjective.head != root or adjective.dep_ != "advmod":
        return False
    if not any(c.dep_ == "cop" for c in root.children) or not any(c.dep_.startswith("nsubj") for c in root.children):
        return False
    for child in list(root.children):
        if child.i != adjective.i:
            child.head = adjective
    adjective.head, adjective.dep_ = adjective, "ROOT"
    root.head, root.dep_ = adjective, "advmod"
    for child in adjective.children:
        if child.dep_ == "advcl" and child.tag_ == "VB" and any(g.lower_ == "to" and g.dep_ == "mark" for g in child.children):
            child.dep_ = "xcomp"  # "due [to inspect]": what the adjective is due to do
    return True


def _noun_after_a_bracketed_aside(closing: "Token") -> bool:
    """"approved a 12-kilometer (seven-mile) bridge" parsed with "12-kilometer" the object and
    "bridge" a phrase of its own: a noun right after a bracketed aside that follows a hyphened
    modifier is the head of the modifier's phrase; the modifier and its aside are its modifiers.
    Returns whether it repaired."""
    doc = closing.doc
    opening = next((t for t in reversed(doc[closing.sent.start:closing.i]) if t.text == "("), None)
    if closing.text != ")" or opening is None or opening.i == 0 or closing.i + 1 >= len(doc):
        return False
    modifier, run = doc[opening.i - 1], []
    for t in doc[closing.i + 1 : closing.sent.end]:
        if t.pos_ != "NOUN" or t.dep_.startswith("nsubj") and t.head.i == t.i + 1 and t.head.pos_ == "VERB":
            break
        run.append(t)
    if not run or modifier.pos_ != "NOUN" or modifier.head.pos_ not in ("VERB", "AUX"):
        return False
    if not any(t.text == "-" and not t.whitespace_ for t in doc[modifier.left_edge.i : modifier.i]):
        return False  # a modifier written as one hyphened word ("12-kilometer", "11-billion-dollar")
    head = run[-1]
    if any(t.head.i not in {w.i for w in run} and t.head != modifier.head for t in run) or head.i != closing.i + len(run):
        return False
    head.head, head.dep_ = modifier.head, modifier.dep_
    for t in run[:-1]:
        t.head, t.dep_ = head, "compound"
    for child in list(modifier.children):
        if child.dep_ in ("case", "det") and child.i < modifier.i:
            child.head = head
        elif child.i > closing.i:
            child.head = head
    modifier.head, modifier.dep_ = head, "compound"
    if opening.head.i < closing.i and opening.head.i > opening.i:
        closing.head = opening.head  # the aside's brackets, both on its words
    return True


def _preposition_read_as_a_participle(word: "Token") -> bool:
    """"the index plunged 6.6 percent following the bank's announcement on March 28" parsed with
    "following" a verb of its own, "announcement" its object: a participle that is a preposition
    ("following"), with an object and no subject, auxiliary or marker, joins its noun to the verb.
    Returns whether it repaired."""
    verb = word.head
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "obj" and word.dep_ == "acl":
        verb = verb.head  # ("slid 3 percent [following] ...": hung on the object, it is the verb's)
    if (word.lower_ not in _clause_markers()["prepositional_participles"] or word.dep_ not in ("advcl", "acl")
            or verb.pos_ not in ("VERB", "AUX") and not (verb.dep_ == "ROOT" and verb.i < word.i) or verb.i > word.i
            or any(c.dep_.startswith(("nsubj", "aux", "mark", "expl")) for c in word.children)):
        return False
    noun = next((c for c in word.children if c.dep_ == "obj" and c.i > word.i), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    noun.head, noun.dep_ = verb, "obl"
    for child in list(word.children):
        if child.i > noun.i and child.dep_.startswith("obl"):
            child.head, child.dep_ = noun, "nmod"  # "the announcement [on March 28] of new measures"
    word.head, word.dep_ = noun, "case"
    return True


def _bare_past_form(verb: "Token") -> bool:
    """A verb tagged as its bare form whose past is spelled the same ("set", "cut", "put"), with no
    "to" or auxiliary of its own: after a subject set off by commas, the past tense ("The State
    Council, the cabinet, set up a team")."""
    return (verb.tag_ == "VB" and verb.pos_ == "VERB" and past_tense(verb.lower_) == verb.lower_
            and not any(c.dep_ in ("mark", "aux", "aux:pass") for c in verb.children))


def _opening_clause_read_as_the_subject(marker: "Token") -> bool:
    """"Since the earthquake struck on Oct. 8, the UN and its partners have been racing ..." parsed
    with "earthquake" the main verb's subject, "struck" a participle of it and "the UN" its
    apposition: a clause opening the sentence with its subordinator, set off by a comma, is the
    main verb's adverbial clause with its own subject, and the noun after the comma the main
    subject. Returns whether it repaired."""
    main = marker.head
    if marker.i != marker.sent.start or main.pos_ not in ("VERB", "AUX") or main.i < marker.i:
        return False
    noun = next((c for c in main.children if c.dep_ in ("nsubj", "nsubj:pass") and c.left_edge.i == marker.i + 1), None)
    if noun is None:
        return False
    verb = next((c for c in noun.rights if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.pos_ == "VERB"
                 and not any(g.dep_.startswith("nsubj") for g in c.children)), None)
    doc = marker.doc
    if verb is None or verb.right_edge.i + 1 >= len(doc) or doc[verb.right_edge.i + 1].text != ",":
        return False
    comma = verb.right_edge.i + 1
    subject = next((c for c in noun.rights if c.i > comma and c.dep_ in ("appos", "conj") and c.i < main.i), None)
    if subject is None:
        return False
    verb.head, verb.dep_ = main, "advcl"
    noun.head, noun.dep_ = verb, "nsubj"
    marker.head = verb
    doc[comma].head = verb
    subject.head, subject.dep_ = main, "nsubj:pass" if any(c.dep_ == "aux:pass" for c in main.children) else "nsubj"
    if verb.tag_ == "VBN" and is_past_form(verb):
        _made_a_past_tense(verb)
    return True


def _main_subject_read_into_the_opening_clause(marker: "Token") -> bool:
    """"Since the FOCAC was established in 2000, economic and trade cooperation ... has entered a
    new era" parsed with "2000, economic and trade cooperation" one phrase of "established", and
    the main verb without a subject: the clause a subordinator opens ends at its comma, and the
    noun phrase after the comma is the subject the main verb lacks. Returns whether it repaired."""
    verb = marker.head
    main = verb.head
    if (marker.i != marker.sent.start or verb.dep_ != "advcl" or main.i <= verb.i or main.pos_ not in ("VERB", "AUX")
            or any(c.dep_.startswith(("nsubj", "expl", "csubj")) for c in main.children)):
        return False
    doc = marker.doc
    comma = next((t for t in doc[verb.i + 1 : main.i] if t.text == ","), None)
    if comma is None or comma.head.i <= comma.i and comma.head != verb and comma.head not in verb.subtree:
        return False
    after = range(comma.i + 1, main.i)
    # the phrase after the comma must be one noun phrase running up to the main verb's own words
    outside = [doc[i] for i in after if doc[i].head.i not in after and doc[i].head != main]
    # its head hung on the subordinate verb, the words before it on the phrase before the comma
    nouns = [t for t in outside if t.pos_ in ("NOUN", "PROPN") and t.head == verb]
    if len(nouns) != 1 or any(t.pos_ in ("VERB", "AUX", "PRON") or t.dep_ in ("mark", "advmod") for t in outside):
        return False
    subject = nouns[0]
    if any(t is not subject and (t.i > subject.i or not marker.i < t.head.i < comma.i) for t in outside) or any(
            doc[i].pos_ in ("VERB", "AUX") for i in after if doc[i] in subject.subtree):
        return False
    before = [t for t in doc[marker.i : comma.i] if t.head.i in after]
    for t in before:
        t.head, t.dep_ = verb, "obl" if any(c.dep_ == "case" for c in t.children) else "obl:tmod"
    for t in outside:
        if t is not subject:
            t.head, t.dep_ = subject, "amod" if t.pos_ == "ADJ" else "compound"
    comma.head = verb
    subject.head = main
    subject.dep_ = "nsubj:pass" if any(c.dep_ == "aux:pass" for c in main.children) else "nsubj"
    return True


def _opening_gerund_read_as_the_root(marker: "Token") -> bool:
    """"Before leaving for Paris on Monday, the president signed the bill" parsed with "leaving" the
    root, "the president" its object and "signed" a participle of it: a gerund a subordinator opens
    at the start of a sentence ends at its comma; the noun after the comma with a verb of its own in
    the past or present is that verb's subject, and the verb the root. Returns whether it repaired."""
    gerund = marker.head
    if marker.i != marker.sent.start or gerund.tag_ != "VBG" or gerund.head != gerund:
        return False
    doc = marker.doc
    comma = next((c for c in gerund.children if c.text == "," and c.i > gerund.i), None)
    if comma is None:
        return False
    subject = next((c for c in gerund.children if c.i > comma.i and c.pos_ in ("NOUN", "PROPN")
                    and c.dep_ in ("obj", "obl", "nsubj", "appos", "dep")), None)
    if subject is None:
        return False
    verb = next((c for c in subject.children if c.i > subject.i and c.dep_ in ("acl", "acl:relcl")
                 and c.tag_ in ("VBD", "VBZ", "VBP")), None)
    if verb is None or any(c.dep_.startswith(("nsubj", "mark")) for c in verb.children) or any(
            t.pos_ in ("VERB", "AUX") and t.head != verb for t in doc[subject.i + 1 : verb.i]):
        return False
    verb.head, verb.dep_ = verb, "ROOT"
    for child in [c for c in gerund.children if c.i > verb.i]:
        child.head = verb  # (the full stop)
    subject.head = verb
    subject.dep_ = "nsubj:pass" if any(c.dep_ == "aux:pass" for c in verb.children) else "nsubj"
    gerund.head, gerund.dep_ = verb, "advcl"
    return True


def _possessive_mark(word: "Token") -> bool:
    """"'s", or an apostrophe alone after a plural or a name in -s ("Barthez' lawyers")."""
    return word.tag_ == "POS" or word.text in ("'", "’") and word.i and word.doc[word.i - 1].text.endswith(("s", "z"))


def _according_to_phrase_run_into_the_subject(marker: "Token") -> bool:
    """"According to police the gunman fled", "According to the club Smith's agent rejected the
    offer" parsed as one noun phrase from "police" to "gunman" (the verb then without a subject, or
    with "France Inter radio Barthez' lawyers" for one): with no comma to close it, the source that
    "according to" opens ends where a second noun phrase begins, at its article or its possessor;
    that noun phrase is the verb's subject. Returns whether it repaired."""
    doc = marker.doc
    start = marker.i + 2
    if marker.lower_ != "according" or start >= len(doc) or doc[marker.i + 1].lower_ != "to":
        return False
    phrase = marker.head
    while phrase.head != phrase and phrase.head.pos_ in ("NOUN", "PROPN") and phrase.head.left_edge.i == marker.i:
        phrase = phrase.head
    verb = phrase.head
    if (phrase.left_edge.i != marker.i or verb.pos_ not in ("VERB", "AUX") or verb.i < phrase.right_edge.i
            or any(t.text in (",", ";", ":", "--", "—", "(", ")") for t in doc[marker.i : verb.i])):
        return False
    subjects = [c for c in verb.children if c.dep_.startswith(("nsubj", "expl", "csubj"))]
    if subjects != [phrase] * len(subjects) or not (subjects or phrase.dep_ == "obl"):
        return False
    # (a source of one word at least: "the" right after "to" is the source's own article)
    split = next((t.i for t in doc[start + 1 : phrase.right_edge.i + 1]
                  if t.lower_ in ("the", "a", "an") or t.pos_ in ("PROPN", "NOUN") and t.i + 1 < phrase.right_edge.i
                  and _possessive_mark(doc[t.i + 1])), None)
    if split is None:
        return False
    source_words, subject_words = range(start, split), range(split, phrase.right_edge.i + 1)
    source = next((doc[i] for i in reversed(source_words) if doc[i].pos_ in ("NOUN", "PROPN")), None)
    tops = [doc[i] for i in subject_words if doc[i].head.i not in subject_words and not _possessive_mark(doc[i])]
    owners = {t for t in tops if t.i + 1 < len(doc) and _possessive_mark(doc[t.i + 1])}
    subject = phrase if phrase.i in subject_words else next((t for t in tops if t.pos_ in ("NOUN", "PROPN", "PRON") and t not in owners), None)
    if source is None or subject is None or any(t.pos_ in ("NOUN", "PROPN") and t != subject and t not in owners for t in tops):
        return False
    source.head, source.dep_ = verb, "obl"
    marker.head, marker.dep_ = source, "case"
    for i in source_words:
        if doc[i] != source and doc[i].head.i not in source_words:
            doc[i].head = source
    subject.head = verb
    subject.dep_ = "nsubj:pass" if any(c.dep_ == "aux:pass" for c in verb.children) else "nsubj"
    for t in tops:
        if t != subject:
            t.head = subject
    for marker_of_owner in [doc[i] for i in subject_words if _possessive_mark(doc[i]) and i > split]:
        owner = doc[marker_of_owner.i - 1]  # ("Barthez' lawyers": the possessor and its marker)
        marker_of_owner.head, marker_of_owner.dep_, marker_of_owner.pos_ = owner, "case", "PART"
        if owner != subject and owner.i < subject.i:
            owner.head, owner.dep_ = subject, "nmod:poss"
    return True


def _main_subject_read_into_the_opening_phrase(marker: "Token") -> bool:
    """"Under pressure to lift martial law since the coup, the military-led council on Monday sent
    its proposal" parsed with "council" an apposition of "coup", "Monday" a phrase of "lift", and
    "sent" without a subject: a phrase a preposition opens ends at the one comma before the main
    verb; the noun phrase after that comma is the subject the main verb lacks, and the phrases
    between it and the verb are the verb's. Returns whether it repaired."""
    opening = marker.head
    main = opening.head
    if marker.lower_ == "according" and opening.dep_.startswith("nsubj") and marker.i == marker.sent.start:
        opening.dep_ = "obl"  # "According to the agency, the census started": who says so, never the subject
    if (marker.i != marker.sent.start or opening.dep_ != "obl" or main.dep_ != "ROOT" or main.pos_ != "VERB"
            or main.i <= opening.i or any(c.dep_.startswith(("nsubj", "expl", "csubj")) for c in main.children)):
        return False
    doc = marker.doc
    # (one comma between the opening phrase and the verb: "On Tuesday, Snow, 78, the expert, took"
    # is a subject with its asides, which this does not read)
    commas = [t for t in doc[opening.i + 1 : main.i] if t.text == ","]
    if len(commas) != 1:
        return False
    comma = commas[0]
    after = range(comma.i + 1, main.i)
    outside = [doc[i] for i in after if doc[i].head.i not in after and doc[i].head != main]
    if not outside or any(not marker.i <= t.head.i < comma.i for t in outside) or any(
            doc[i].head == main and doc[i].pos_ not in ("ADV", "AUX", "PART") for i in after):
        return False  # (a word of the phrase on the main verb already: "the major stock [exchanges] said")
    subject, phrases, pieces = outside[0], outside[1:], []
    if (phrases and outside[-1].i == main.i - 1 and outside[-1].pos_ in ("NOUN", "PROPN")
            and all(t.pos_ in ("NOUN", "PROPN", "ADJ") and not any(c.dep_ == "case" for c in t.children) for t in outside)):
        # "the joint government-UN census": one noun phrase the parse cut in pieces; its last noun heads it
        subject, phrases, pieces = outside[-1], [], outside[:-1]
    if subject.pos_ not in ("NOUN", "PROPN") or any(
            doc[i].pos_ in ("VERB", "AUX") and doc[i].dep_ != "amod" for i in after if doc[i] in subject.subtree):
        return False
    # what follows the subject is a time or a place of the main verb, or an adverb
    if any(t.i < subject.right_edge.i or not (t.pos_ == "ADV" or t.dep_.startswith(("obl", "nmod"))
            and (any(c.dep_ == "case" for c in t.children) or t.ent_type_ in ("DATE", "TIME") or "tmod" in t.dep_
                 or "unmarked" in t.dep_)) for t in phrases):
        return False
    for t in pieces:
        t.head, t.dep_ = subject, "amod" if t.pos_ == "ADJ" else "compound"
    comma.head = opening
    for t in doc[marker.i : comma.i]:
        if t.head.i in after:
            t.head, t.dep_ = opening, "nmod"  # "By the 7th century BC": the opening phrase's words are its own
    subject.head = main
    subject.dep_ = "nsubj:pass" if any(c.dep_ == "aux:pass" for c in main.children) else "nsubj"
    for t in phrases:
        t.head = main
        t.dep_ = "advmod" if t.pos_ == "ADV" else "obl"
    return True


def _possessive_time_read_as_the_verbs(time: "Token") -> bool:
    """"Last week's clashes came amid ..." parsed with "week" a time of "came": a word with a
    possessive "'s" owns the noun phrase right after it. Returns whether it repaired."""
    doc = time.doc
    owner = next((c for c in time.children if c.tag_ == "POS" and c.i == time.i + 1), None)
    if owner is None or time.dep_ == "nmod:poss" or owner.i + 1 >= len(doc):
        return False
    noun = doc[owner.i + 1]
    while noun.head.i > noun.i and noun.head.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("amod", "compound", "nummod"):
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun == time or time.is_ancestor(noun):
        return False
    time.head, time.dep_ = noun, "nmod:poss"
    return True


def _plural_read_as_a_verb_form_after_the_subject(word: "Token") -> bool:
    """"The major stock exchanges said" parsed with "stock" the subject and "exchanges" a verb form
    (VBZ) read as an adverb of "said": a noun right before the verb, after the noun that is the
    verb's subject, is the subject's head, that noun its compound. Returns whether it repaired."""
    doc = word.doc
    verb = word.head
    before = doc[word.i - 1] if word.i else None
    if (word.tag_ != "VBZ" or word.pos_ not in ("NOUN", "VERB") or word.dep_ != "advmod" or verb.i != word.i + 1 or verb.pos_ != "VERB"
            or before is None or before.head != verb or not before.dep_.startswith("nsubj") or before.pos_ != "NOUN"):
        return False
    for child in [c for c in before.children if c.i < before.i]:
        child.head = word
    word.head, word.dep_, word.tag_, word.pos_ = verb, before.dep_, "NNS", "NOUN"
    word.set_morph("Number=Plur")
    before.head, before.dep_ = word, "compound"
    return True


def _plural_read_as_a_verb_after_a_preposition(word: "Token") -> bool:
    """"in a first for the Africa-France summits since ..." parsed with "summits" a verb (VBZ) whose
    subject is the name before it: a verb takes no preposition of its own; a verb form with a
    preposition before its subject is a plural noun, that subject its compound. Returns whether it
    repaired."""
    if word.tag_ != "VBZ" or word.pos_ != "VERB" or not word.lower_.endswith("s"):
        return False
    subject = next((c for c in word.children if c.dep_ == "nsubj" and c.i < word.i), None)
    case = next((c for c in word.children if c.dep_ == "case" and c.i < word.i), None)
    # (a name right before it, and a true preposition: never "As the survey cited in the article shows")
    if (subject is None or case is None or subject.pos_ != "PROPN" or case.i > subject.left_edge.i
            or subject.i != word.i - 1 or case.lower_ in subordinators()):
        return False
    for child in [c for c in subject.children if c.i < subject.i and c.dep_ == "det"]:
        child.head = word  # (the article is the plural's: "the [Africa-France] summits")
    word.tag_, word.pos_ = "NNS", "NOUN"
    word.set_morph("Number=Plur")
    subject.dep_ = "compound"
    return True


def _particle_read_as_a_relative_dates_preposition(particle: "Token") -> bool:
    """"Jaafari was sworn in last May" parsed with "in" the preposition of "last May": a date
    with "last", "next" or "this" takes no preposition, so a particle right after its verb and
    before such a date is the verb's ("sworn in"). Returns whether it repaired."""
    doc = particle.doc
    date = particle.head
    verb = date.head
    if (particle.dep_ != "case" or particle.i == 0 or particle.i + 2 >= len(doc) or doc[particle.i - 1] != verb
            or verb.pos_ != "VERB" or doc[particle.i + 1].lower_ not in ("last", "next", "this")
            or particle.lower_ not in _clause_markers()["hyphened_particles"]
            or date.lower_ not in time_words() | day_and_month_names() or not date.dep_.startswith("obl")):
        return False
    particle.head, particle.dep_, particle.tag_, particle.pos_ = verb, "compound:prt", "RP", "ADP"
    date.dep_ = "obl:unmarked"
    return True


def _days_preposition_read_as_a_particle(particle: "Token") -> bool:
    """"The strike, which began on Monday evening, ..." parsed with "on" a particle of "began" and
    "Monday" a bare time: "on" right before a day's name is that day's preposition (a day takes
    "on"; "carried on" takes no day after it without one). Returns whether it repaired."""
    doc = particle.doc
    if (particle.dep_ != "compound:prt" or particle.lower_ != "on" or particle.i + 1 >= len(doc)
            or doc[particle.i + 1].lower_ not in day_names()):
        return False
    day = doc[particle.i + 1]
    if day.head != particle.head or not day.dep_.startswith(("obl", "obj", "nmod")):
        return False
    particle.head, particle.dep_, particle.tag_, particle.pos_ = day, "case", "IN", "ADP"
    day.dep_ = "obl"
    return True


def _object_read_as_a_time_after_a_date(noun: "Token") -> bool:
    """"set up Sunday a research base" parsed with "base" a bare time phrase like "Sunday" before
    it (or an apposition of the verb, or of the date: "approved on Monday a proposal to close the
    bridge"): a noun with its article after the verb's date, on a verb with no object, is the
    object. Returns whether it repaired."""
    verb = noun.head
    doc = noun.doc
    before = doc[noun.left_edge.i - 1] if noun.left_edge.i else None
    if noun.dep_ == "appos" and verb == before and verb.dep_.startswith("obl") and verb.head.i < verb.i:
        verb = verb.head  # (the apposition of the date itself)
    if (noun.dep_ not in ("obl:unmarked", "appos", "dep") or noun.pos_ != "NOUN" or verb.pos_ != "VERB" or verb.i > noun.i
            or noun.lower_ in time_words() or before is None or before.head != verb
            or before.lower_ not in time_words() | day_and_month_names()
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in noun.children)
            or any(c.dep_ == "obj" for c in verb.children)):
        return False
    noun.head, noun.dep_ = verb, "obj"
    return True


def _extraposed_clause_read_as_the_head(verb: "Token") -> bool:
    """"since it emerged in 2019 that the mayor had sold the land" parsed with "emerged" a clause of
    "sold": a verb with "it" for subject whose head is the verb of a "that" clause right after its
    own phrases is that clause's head: "it" stands for the clause (extraposed), which is the verb's.
    Returns whether it repaired."""
    clause = verb.head
    if (clause == verb or clause.i < verb.i or clause.pos_ not in ("VERB", "AUX")
            or not any(c.dep_ == "nsubj" and c.lower_ == "it" and c.i < verb.i for c in verb.children)):
        return False
    that = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if that is None or that.i != verb.right_edge.i + 1:
        return False
    verb.head, verb.dep_ = clause.head if clause.head != clause else verb, clause.dep_ if clause.head != clause else "ROOT"
    if verb.dep_ == "conj":
        verb.dep_ = "advcl" if any(c.dep_ == "mark" for c in verb.children) else "conj"
    clause.head, clause.dep_ = verb, "ccomp"
    return True


def _intransitive(lemma: str) -> bool:
    """A verb the treebanks never use in the passive nor with an object, also after a prefix
    ("reemerge": emerge)."""
    verbs = intransitive_verbs()
    # (a past form no table knows is its stem with -d or -ed: "reemerged")
    stems = {lemma, lemma[:-1], lemma[:-2]} if lemma.endswith("ed") else {lemma}
    return any(stem in verbs or any(stem.startswith(p) and stem[len(p):].lstrip("-") in verbs for p in verb_prefixes())
               for stem in stems)


def _intransitive_past_read_as_a_participle_after_a_subordinator(verb: "Token") -> bool:
    """"since the violence reemerged in January 2004" parsed as "since [the violence reemerged ...]",
    a phrase with a reduced relative: a verb that takes no object has no passive participle, so
    after a subordinator that is a preposition too it is the clause's verb and the noun its
    subject. Returns whether it repaired."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or noun.i > verb.i or noun.dep_ != "obl" or any(
            c.dep_.startswith(("aux", "nsubj", "mark", "obl:agent")) for c in verb.children):
        return False
    case = next((c for c in noun.children if c.dep_ == "case" and c.lower_ in _PREPOSITIONAL_SUBORDINATORS), None)
    if case is None or not _intransitive(_verb_lemma_of_form(verb)) or any(
            c.dep_ == "case" and c.i != case.i for c in noun.children):
        return False
    verb.head, verb.dep_ = noun.head, "advcl"
    noun.head, noun.dep_ = verb, "nsubj"
    case.head, case.dep_, case.pos_, case.tag_ = verb, "mark", "SCONJ", "IN"
    _made_a_past_tense(verb)
    return True


def _comparative_read_off_its_count(word: "Token") -> bool:
    """"More than 200 activities were held" parsed with "More" an adverb of "held", "More than 600
    of the refugees died" with "More" the root and "600" its phrase: a comparative opening a count
    with "than" modifies the count ("more than 200"), which heads the phrase, taking the
    comparative's place where it hung under it (as the root: the repairs after then read it as the
    subject). Returns whether it repaired."""
    doc = word.doc
    if (word.i + 2 >= word.sent.end or word.lower_ not in _clause_markers()["comparative_quantifiers"]
            or doc[word.i + 1].lower_ != "than"):
        return False
    than, count = doc[word.i + 1], doc[word.i + 2]
    if word.head == count or not (count.pos_ == "NUM" or count.like_num or count.lower_ == "half"):
        return False  # (read right already)
    if count.head == word:
        count.head, count.dep_ = (count, "ROOT") if word.dep_ == "ROOT" else (word.head, word.dep_)
    elif word.is_ancestor(count):
        return False
    for child in [c for c in word.children if c not in (than, count)]:
        child.head = count
    word.head, word.dep_ = count, "advmod"
    than.head, than.dep_ = word, "fixed"
    return True


def _phrase_head_before_the_comma(pronoun: "Token") -> "Token":
    """The head of the name or noun right before the comma that opens a relative pronoun's clause
    ("Carlos Gomes Junior, whom ...": "Carlos"), climbing a name's own words."""
    word = pronoun.doc[pronoun.i - 2]
    while word.dep_ in ("flat", "compound") and word.head.i < word.i:
        word = word.head
    return word


def _whom_read_outside_its_clause(whom: "Token") -> bool:
    """"freed Ana Lopez, whom police had arrested in May" parsed with "whom" a determiner of
    "police", or a word of its own beside its clause: after a comma, "whom" opens the relative
    clause of the noun or name before the comma and is the object of the clause's verb, whose
    subject is the phrase right after it. Returns whether it repaired."""
    doc = whom.doc
    if whom.i < 2 or doc[whom.i - 1].text != "," or (whom.dep_ == "obj" and whom.head.dep_ == "acl:relcl"):
        return False
    antecedent = _phrase_head_before_the_comma(whom)
    verb = next((t for t in doc[whom.i + 1 : whom.sent.end] if t.pos_ == "VERB" or t.is_punct), None)
    if antecedent.pos_ not in ("NOUN", "PROPN") or verb is None or verb.is_punct or verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP"):
        return False
    phrase = doc[whom.i + 1 : verb.i]
    heads = [t for t in phrase if not (whom.i < t.head.i < verb.i) and t.pos_ != "AUX"]
    auxiliaries = [t for t in phrase if t.pos_ == "AUX"]
    # (no "be": "whom he was said to" is no object; the lemmatizer has not run yet, so by form)
    if (len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN", "PRON")
            or any(t.lower_ in ("be", "is", "are", "was", "were", "been", "being") for t in auxiliaries)
            or antecedent in verb.subtree and antecedent != verb.head or verb.is_ancestor(antecedent)):
        return False
    subject = heads[0]
    verb.head, verb.dep_ = antecedent, "acl:relcl"
    subject.head, subject.dep_ = verb, "nsubj"
    for t in auxiliaries:
        t.head, t.dep_ = verb, "aux"
    whom.head, whom.dep_, whom.tag_, whom.pos_ = verb, "obj", "WP", "PRON"
    doc[whom.i - 1].head = verb
    if verb.tag_ == "VBN" and not auxiliaries and is_past_form(verb):
        _made_a_past_tense(verb)  # "whom the rebels captured"
    return True


def _who_clause_read_on_the_verb(verb: "Token") -> bool:
    """"The fans cheered Lopez, who scored twice on Sunday" parsed with the "who" clause an
    adverbial of "cheered" (the reading of "..., which shows that": a relative clause of the whole
    sentence): "who" never stands for a sentence, so its clause is the relative clause of the name
    or noun before its comma. Returns whether it repaired."""
    doc = verb.doc
    who = next((c for c in verb.children if c.lower_ == "who" and c.dep_.startswith("nsubj") and c.i < verb.i), None)
    if who is None or who.i < 2 or doc[who.i - 1].text != "," or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    antecedent = _phrase_head_before_the_comma(who)
    if antecedent.pos_ not in ("NOUN", "PROPN") or not verb.head.is_ancestor(antecedent) or verb.is_ancestor(antecedent):
        return False
    verb.head, verb.dep_ = antecedent, "acl:relcl"
    return True


def _manner_adverb_read_on_a_count(adverb: "Token") -> bool:
    """"were tied diplomatically 56 years ago" parsed with "diplomatically" a modifier of "56": an
    adverb before a number that is none of those that qualify a number ("nearly", "some") is the
    verb's. Returns whether it repaired."""
    number = adverb.head
    if (adverb.dep_ != "advmod" or number.pos_ != "NUM" or number.i != adverb.i + 1
            or adverb.lower_ in _clause_markers()["number_adverbs"] or not adverb.lower_.endswith("ly")):
        return False
    verb = number
    while verb.head != verb and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i > adverb.i:
        return False
    adverb.head = verb
    return True


def _hyphened_noun_read_as_a_particle(particle: "Token") -> bool:
    """"to be followed by a run-off on April 27" with "off" the head of "a run - off" tagged a
    preposition: the particle ending a hyphened word that heads a noun phrase is a noun's last part.
    Returns whether it repaired."""
    doc = particle.doc
    if (particle.i < 2 or doc[particle.i - 1].text not in ("-", "‐") or doc[particle.i - 1].whitespace_
            or doc[particle.i - 2].whitespace_ or particle.lower_ not in _clause_markers()["hyphened_particles"]
            or particle.dep_.split(":")[0] not in ("obl", "obj", "nsubj", "nmod", "conj", "appos", "root")
            or not any(c.dep_ == "det" or c.i == particle.i - 2 for c in particle.children)):
        return False
    particle.pos_, particle.tag_ = "NOUN", "NN"
    return True


def _perfect_split_by_a_time_phrase(have: "Token") -> bool:
    """"ships had in the last couple of months taken 30,000 tonnes" parsed with "had" the verb and
    "taken" a participle of "couple": a "have" with no object of its own, then a phrase, then a
    past participle hung inside that phrase, is the participle's auxiliary; its subject, marker and
    phrases are the participle's. Returns whether it repaired."""
    if have.lower_ not in ("had", "has", "have") or have.pos_ != "VERB" or any(c.dep_ in ("obj", "xcomp", "ccomp") for c in have.children):
        return False
    phrase = next((c for c in have.children if c.dep_ in ("obl", "obl:tmod", "obl:npmod", "advmod") and c.i > have.i
                   and c.left_edge.i == have.i + 1), None)
    if phrase is None:
        return False
    participle = next((t for t in phrase.subtree if t.tag_ in ("VBN", "VBD") and t.dep_ == "acl" and t.head.i < t.i
                       and t.left_edge.i == t.i and t.i > have.i + 1), None)
    if participle is None or participle.doc[participle.i - 1] not in phrase.subtree:
        return False
    participle.head, participle.dep_ = have.head if have.head != have else participle, have.dep_
    for child in list(have.children):
        child.head = participle
    have.head, have.dep_, have.pos_ = participle, "aux", "AUX"
    participle.tag_ = "VBN"
    return True


def _year_read_as_a_phrase_before_its_name(year: "Token") -> bool:
    """"The Organizing Committee for the 2012 Games launched a campaign" parsed with "for the 2012"
    a phrase of "Committee" and "Games" the subject of "launched", a relative clause: a year after
    "the" names the noun after it, whose phrase is the one the year's was; a past verb that loses
    its subject so, on the root noun before it, is the main verb. Returns whether it repaired."""
    doc = year.doc
    if (not year.like_num or len(year.text) != 4 or year.dep_ not in ("nmod", "obl") or year.i + 1 >= len(doc)
            or not any(c.dep_ == "det" and c.i == year.i - 1 for c in year.children) or year.n_rights):
        return False
    name = next((t for t in doc[year.i + 1 : year.sent.end] if t.dep_.startswith("nsubj") and t.left_edge.i == year.i + 1
                 and t.pos_ in ("PROPN", "NOUN") and t.head.pos_ == "VERB" and t.head.i > t.i), None)
    if name is None:
        return False
    verb, owner = name.head, year.head
    name.head, name.dep_ = owner, year.dep_
    for child in list(year.children):
        child.head = name
    year.head, year.dep_ = name, "nummod"
    if owner.head == owner and verb.dep_ in ("acl:relcl", "acl") and verb.head == owner and verb.tag_ == "VBD":
        # ("The ... Committee ... launched": the root noun is the subject of the verb it was given)
        verb.head, verb.dep_ = verb, "ROOT"
        for child in list(owner.children):
            if child.i > verb.i:
                child.head = verb
        owner.head, owner.dep_ = verb, "nsubj"
    elif owner.head == verb and owner.i < verb.i and owner.dep_.startswith("obl") and not any(
            c.dep_.startswith("nsubj") for c in verb.children):
        # ("Since the Organizing Committee for the 2008 Games launched ...": the phrase the parse
        # gave the verb is its subject, and its "since" the clause's marker)
        owner.dep_ = "nsubj"
        for child in list(owner.children):
            if child.dep_ == "case" and child.i == owner.left_edge.i and child.lower_ in subordinators():
                child.head, child.dep_ = verb, "mark"
    return True


def _main_verb_read_on_the_subjects_apposition(root: "Token") -> bool:
    """"The 2006 China Home Entertainment Fair, the largest of its kind in the country, opened on
    Thursday" parsed with "opened" a participle of the apposition: a past tense right after the
    comma that closes the root noun's apposition is the main verb, the root noun its subject.
    Returns whether it repaired."""
    if root.pos_ not in ("NOUN", "PROPN") or root.head != root:
        return False
    doc = root.doc
    for aside in (c for c in root.rights if c.dep_ == "appos" and "," in (doc[c.left_edge.i].text, doc[c.left_edge.i - 1].text)):
        verb = next((c for c in aside.rights if c.dep_ == "acl" and c.tag_ == "VBD" and c.pos_ == "VERB"
                     and doc[c.i - 1].text == "," and c.left_edge.i >= c.i - 1), None)
        if verb is None or any(g.dep_.startswith(("nsubj", "aux")) for g in verb.children):
            continue
        if any(t.pos_ in ("VERB", "AUX") and t != verb and t.dep_ not in ("acl", "acl:relcl", "amod") for t in root.sent
               if not verb.is_ancestor(t)):
            return False  # another verb of its own in the sentence
        verb.head, verb.dep_ = verb, "ROOT"
        for child in list(root.children):
            if child.i > verb.i:
                child.head = verb
        root.head, root.dep_ = verb, "nsubj"
        return True
    return False


def _subordinate_verb_read_as_a_name(word: "Token") -> bool:
    """"Fulham went ahead as McBride stole in to stab home the cross" parsed with "stole" a name
    (the tagger knows no "stole") and "as" its marker: a lower-case word a subordinator opens,
    after the name that is its subject, and that the treebanks give as a verb's past tense, is
    that verb. Returns whether it repaired."""
    # (the form first: this is asked of every noun with words before it)
    lemma = _past_forms_of_verbs().get(word.lower_)
    if lemma is None or not word.text.islower() or word.pos_ not in ("NOUN", "PROPN"):
        return False
    if not any(c.dep_ == "mark" and c.lower_ in subordinators() and c.i < word.i for c in word.children):
        return False
    subject = word.doc[word.i - 1]
    if subject.head != word or subject.pos_ not in ("PROPN", "NOUN", "PRON") or subject.dep_ not in ("compound", "nsubj", "flat"):
        return False
    word.pos_, word.tag_, word.lemma_ = "VERB", "VBD", lemma
    word.set_morph(_PAST_TENSE)
    if word.head != word:
        word.dep_ = "advcl"
    subject.dep_ = "nsubj"
    return True


@lru_cache(maxsize=1)
def _past_forms_of_verbs() -> dict[str, str]:
    """Past form -> lemma, for every verb past_tenses.yaml gives a past form that is not its lemma,
    with the irregular ones: "stole" -> "steal" (seen once by the treebanks, which irregular_verbs.yaml
    needs twice)."""
    forms = {form: lemma for lemma, form in _past_tenses().items() if form != lemma}
    return {**forms, **irregular_verbs()}


def _takes_a_bare_infinitive(verb: "Token") -> bool:
    """"let", "make", "help", "see"...: a verb whose complement may be a bare form ("let the house
    vote"), by its lemma or its written form."""
    verbs = _clause_markers()["bare_infinitive_verbs"]
    return _verb_lemma_of_form(verb) in verbs or verb.lower_.rstrip("s") in verbs


def _noun_read_as_a_bare_infinitive(word: "Token") -> bool:
    """"won a confidence vote on a series of measures" parsed with "vote" a bare infinitive of "won"
    ("won [a confidence] vote"): a bare form right after its verb's object, which has an article,
    with no object or subject of its own, is the object's head noun, but after a verb that takes a
    bare infinitive ("let the parliament vote"). Returns whether it repaired."""
    verb = word.head
    if word.tag_ != "VB" or word.dep_ != "xcomp" or verb.i > word.i or word.i == 0:
        return False
    noun = word.doc[word.i - 1]
    if (noun.head != verb or noun.dep_ != "obj" or noun.pos_ != "NOUN" or noun.tag_ != "NN"
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in noun.children)
            or _takes_a_bare_infinitive(verb)
            or any(c.dep_.startswith(("obj", "nsubj", "mark", "aux", "ccomp", "xcomp")) for c in word.children)):
        return False
    word.pos_, word.tag_, word.dep_ = "NOUN", "NN", "obj"
    for child in list(noun.children):
        if child.i < noun.i:
            child.head = word
    noun.head, noun.dep_ = word, "compound"
    for child in list(word.children):
        if child.dep_.startswith("obl"):
            child.head = verb  # "lost the confidence vote [on Monday]": the verb's phrase
    return True


def _noun_read_as_a_bare_verb_after_its_phrase(word: "Token") -> bool:
    """"handed a rough deal by the World Cup draw in Leipzig" parsed with "draw" a bare verb on
    "deal": a bare or present form (VB, VBP) right after a preposition's noun phrase that has its
    article, with no subject, object, auxiliary or "to" of its own, cannot be a verb there (no
    clause takes a bare verb so, nor a present without its subject), and is the phrase's head noun
    ("the World Cup draw"); so is an adjective there that the parse made the verb's complement
    ("were killed in an air raid", "raid" an adjective: an adjective comes before its noun, and a
    verb's complement does not come after its phrases), and a verb joined to the clause's with no
    "and" ("were detained in a dawn [raid]"). Returns whether it repaired."""
    if not (word.tag_ in ("VB", "VBP") and (word.dep_ in ("acl", "advcl", "xcomp") or word.dep_ == "conj" and not any(
            c.dep_ == "cc" for c in word.children)) or word.tag_ == "JJ" and word.dep_ == "xcomp") or word.i < 2:
        return False
    if any(ch.isdigit() for ch in word.text):
        return False  # ("on your ipod 8gb": a measure after its noun)
    noun = word.doc[word.i - 1]
    # (in a preposition's phrase: after an object, "hear the truth come out", a bare verb can be)
    if (noun.pos_ not in ("NOUN", "PROPN") or noun.dep_.split(":")[0] not in ("nmod", "obl") or noun.head == word
            or not any(c.dep_ in ("det", "nmod:poss") and c.i < noun.i for c in noun.children)
            or not any(c.dep_ == "case" and c.i < noun.i for c in noun.children)
            or any(c.dep_.startswith(("obj", "iobj", "nsubj", "mark", "aux", "cop", "ccomp", "xcomp", "expl", "compound:prt"))
                   for c in word.children)
            or word.dep_ in ("advcl", "xcomp") and _takes_a_bare_infinitive(word.head)):
        return False
    word.pos_, word.tag_ = "NOUN", "NN"
    word.head, word.dep_ = noun.head, noun.dep_
    for child in list(noun.children):
        if child.i < noun.i and child.dep_ != "compound":
            child.head = word  # (its article and preposition: "by the [World Cup] draw")
    noun.head, noun.dep_ = word, "compound"
    verb = next((a for a in word.ancestors if a.pos_ in ("VERB", "AUX")), None)
    for child in list(word.children):
        if child.dep_.startswith("obl"):
            # ("was dealt a blow by the draw in Berlin [on Friday]": the clause's phrases, as the
            # verb's were before the bare form took them)
            child.head = verb if verb is not None else word
            child.dep_ = child.dep_ if verb is not None else "nmod"
    return True


def _compound_read_as_a_bare_verb_between_nouns(word: "Token") -> bool:
    """"is to double the water use charges" parsed with "use" a bare verb beside the clause taking
    "charges" as its object: a bare form between a noun with its article and a noun right after
    it, with no subject, auxiliary or "to" of its own, is a word of one noun phrase ("the water use
    charges"), the last noun its head; not after a verb that takes a bare infinitive ("let the
    farmers keep cattle"). Returns whether it repaired."""
    doc = word.doc
    if word.tag_ != "VB" or word.i < 2 or word.i + 1 >= len(doc) or word.dep_ not in ("parataxis", "acl", "advcl", "xcomp", "dep", "conj"):
        return False
    noun, following = doc[word.i - 1], doc[word.i + 1]
    if (noun.pos_ != "NOUN" or noun.dep_ not in ("obj", "nsubj", "nsubj:pass") or following.head != word or following.dep_ != "obj"
            or following.pos_ != "NOUN" or not any(c.dep_ in ("det", "nmod:poss") for c in noun.lefts)
            or any(c.dep_.startswith(("nsubj", "aux", "mark", "cc", "iobj")) for c in word.children)
            or any(c.dep_ == "det" for c in following.children) or _takes_a_bare_infinitive(noun.head)):
        return False
    following.head, following.dep_ = noun.head, noun.dep_
    for child in [c for c in noun.lefts if c.dep_ != "compound"]:
        child.head = following  # (its article)
    for child in [c for c in word.children if c != following]:
        child.head = following  # (its phrases: "on new homes")
    noun.head, noun.dep_ = following, "compound"
    word.head, word.dep_, word.pos_, word.tag_ = following, "compound", "NOUN", "NN"
    word.set_morph("Number=Sing")
    return True


def _noun_read_as_a_verb_between_nouns(word: "Token") -> bool:
    """"a 2008 withdrawal of US combat troops" parsed with "combat" (tagged a noun) a clause of its
    own taking "troops" as its object: a word the tagger calls a noun heads no clause; between a
    noun and a noun it takes as its object, with no subject, auxiliary, marker or article of its
    own, it is a word of one noun phrase, the last noun its head ("US combat troops"). Returns
    whether it repaired."""
    doc = word.doc
    if word.tag_ not in ("NN", "NNP") or word.i < 1 or word.i + 1 >= len(doc) or word.dep_ not in (
            "parataxis", "acl", "advcl", "xcomp", "dep", "conj", "ccomp"):
        return False
    noun, following = doc[word.i - 1], doc[word.i + 1]
    if (noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("nmod", "obl", "obj", "nsubj", "nsubj:pass", "compound")
            or following.head != word or following.dep_ != "obj" or following.pos_ not in ("NOUN", "PROPN")
            or following.lower_ in _clause_markers()["compass_points"]  # ("helicopter north of Kabul": where, not what)
            or any(c.dep_.startswith(("nsubj", "aux", "mark", "cc", "iobj", "det", "cop")) for c in word.children)
            or any(c.dep_ == "det" for c in following.children) or noun.head == noun):
        return False
    if noun.dep_ == "compound":
        noun = noun.head if noun.head.i == word.i else noun
        if noun.dep_ == "compound":
            return False
    following.head, following.dep_ = noun.head, noun.dep_
    for child in [c for c in noun.children if c.dep_ != "compound" and c.i < noun.i]:
        child.head = following  # (its preposition and article: "of")
    for child in [c for c in word.children if c != following]:
        child.head = following
    noun.head, noun.dep_ = following, "compound"
    word.head, word.dep_, word.pos_ = following, "compound", "NOUN"
    return True


def _plural_noun_with_its_preposition_read_as_a_verb(word: "Token") -> bool:
    """"to be among the first former Warsaw Pact states to be offered membership" parsed with
    "states" a verb: a present form that takes a preposition and a noun's words before it ("among
    the first ... states"), with no subject or auxiliary of its own, is a plural noun (as the model
    reads "among the first former Soviet bloc states"). Returns whether it repaired."""
    if word.tag_ != "VBZ" or not word.lower_.endswith("s"):
        return False
    left = [c for c in word.children if c.i < word.i]
    if (not any(c.dep_ == "case" and c.pos_ == "ADP" for c in left)
            or not any(c.dep_ in ("compound", "amod", "det", "nummod") for c in left)
            or any(c.dep_.startswith(("nsubj", "aux", "expl")) for c in word.children)
            # (a "to" only with its "be": "to be among the ... states")
            or any(c.dep_ == "mark" for c in word.children) and not any(c.dep_ == "cop" for c in word.children)):
        return False
    word.pos_, word.tag_ = "NOUN", "NNS"
    return True


def _repeated_noun_read_as_a_verb(word: "Token") -> bool:
    """"went head to head Saturday" parsed with the second "head" a verb ("to head") that the day
    hangs on: a word repeated around a preposition ("head to head", "face to face", "side by
    side", "door to door") is one fixed phrase, the second word a noun of the first, and what the
    parse hung on it is the first word's verb's. Returns whether it repaired."""
    if word.i < 2 or word.pos_ != "VERB":
        return False
    marker, first = word.doc[word.i - 1], word.doc[word.i - 2]
    if (first.lower_ != word.lower_ or first.pos_ not in ("NOUN", "ADV", "VERB") or marker.tag_ not in ("IN", "TO")
            or not (word.head == first or marker.head == word)):
        return False
    verb = first.head if first.head.pos_ in ("VERB", "AUX") and first.head != first else None
    if first.pos_ == "VERB":
        # ("will go [head] to head": the first word too, the verb's phrase)
        if verb is None or first.dep_ not in ("xcomp", "obj", "advmod") or any(
                c.dep_.startswith(("nsubj", "aux", "mark")) for c in first.children):
            return False
        first.pos_, first.tag_, first.dep_ = "NOUN", "NN", "obj"
    word.pos_, word.tag_ = "NOUN", first.tag_ if first.pos_ == "NOUN" else "NN"
    word.head, word.dep_ = first, "nmod"
    marker.head, marker.dep_, marker.pos_, marker.tag_ = word, "case", "ADP", "IN"
    for child in list(word.children):
        if child != marker and verb is not None and child.dep_.startswith(("obl", "advmod", "advcl")):
            child.head = verb  # ("head to head [Saturday]": the verb's day)
    return True


def _reported_clause_read_as_a_noun_and_its_participle(noun: "Token") -> bool:
    """"reported that armed clashes erupted on Friday" parsed with "clashes" the reported clause
    and "erupted" a participle describing it: a noun that "that" marks as what is reported has no
    verb of its own, so the past form right after its phrase is the clause's verb and the noun its
    subject. Returns whether it repaired."""
    # (the parse may leave "that" an unlabelled dependent: "told reporters [that] the coach planned ...")
    mark = next((c for c in noun.children if c.dep_ in ("mark", "dep") and c.lower_ == "that" and c.i < noun.i), None)
    if mark is None or noun.dep_ != "ccomp" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = next((c for c in noun.rights if c.dep_ == "acl" and c.pos_ == "VERB" and c.tag_ in ("VBN", "VBD")
                 and c.left_edge.i == c.i and not any(g.dep_.startswith(("nsubj", "aux", "mark")) for g in c.children)), None)
    if verb is None or any(t.pos_ in ("VERB", "AUX") for t in noun.doc[noun.i + 1 : verb.i]):
        return False
    verb.head, verb.dep_ = noun.head, "ccomp"
    noun.head, noun.dep_ = verb, "nsubj"
    mark.head, mark.dep_ = verb, "mark"
    for child in list(noun.children):
        if child.i > verb.i:
            child.head = verb
    if verb.tag_ == "VBN" and is_past_form(verb):
        _made_a_past_tense(verb)
    if noun.tag_.startswith("VB"):
        noun.tag_ = "NNS" if noun.lower_.endswith("s") else "NN"
    return True


def _aside_relative_clause_cut_short(verb: "Token") -> bool:
    """"the then Central Park, which was renamed Zhongshan (Sun Yat-sen) Park in 1928" parsed with
    "Park in 1928" phrases of the main verb: a relative clause set off by a comma runs to the next
    comma (or the end of the sentence), so the phrases after its last word, up to there, are its
    verb's. Returns whether it repaired."""
    doc = verb.doc
    pronoun = next((c for c in verb.subtree if c.tag_ in ("WDT", "WP", "WP$") and c.i < verb.i), None)
    start = pronoun.left_edge.i if pronoun is not None else 0
    if verb.dep_ != "acl:relcl" or pronoun is None or start == 0 or doc[start - 1].text != ",":
        return False
    depth, end = 0, verb.sent.end
    for t in doc[verb.right_edge.i + 1 : verb.sent.end]:
        depth += (t.text in "([") - (t.text in ")]")
        if depth <= 0 and t.text in (",", ";", ":", "--", "—"):
            end = t.i
            break
    # (never a phrase the clause's own noun hangs on: the clause would end up under itself)
    stray = [t for t in doc[verb.right_edge.i + 1 : end]
             if t.head.i < start and t.dep_.split(":")[0] in ("obl", "advmod", "dep") and t.head.pos_ in ("VERB", "AUX")
             and not t.is_ancestor(verb)]
    if not stray:
        return False
    for t in stray:
        t.head = verb
        closing = doc[t.i - 1]
        opening = next((b for b in reversed(doc[start : closing.i]) if b.text == "("), None) if closing.text == ")" else None
        name = doc[opening.i - 1] if opening is not None else None
        while name is not None and name.dep_ in ("flat", "compound") and name.head.i < name.i:
            name = name.head
        if ((t.pos_ == "PROPN" or t.is_title) and not any(c.dep_ == "case" for c in t.children) and name is not None
                and name.pos_ == "PROPN" and name.head == verb):
            # "renamed Zhongshan (Sun Yat-sen) Park": the name goes on after its bracketed aside
            t.dep_, name.head, name.dep_ = name.dep_, t, "compound"
        elif t.dep_ == "dep":
            t.dep_ = "obl"
    return True


def _passive_conjunct_read_on_the_complement(verb: "Token") -> bool:
    """"was found guilty of fraud and sentenced to three years on Friday" parsed with "sentenced"
    a conjunct of "guilty": a past form joined by "and" to the complement of a passive shares the
    passive's auxiliary (was found ... and [was] sentenced). Returns whether it repaired."""
    complement = verb.head
    passive = complement.head
    if (verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBN") or not is_past_form(verb)
            or complement.pos_ != "ADJ" or complement.dep_ != "xcomp" or passive.pos_ != "VERB"
            or not any(c.dep_ == "aux:pass" for c in passive.children)
            or any(c.dep_.startswith(("nsubj", "aux")) for c in verb.children)
            or not any(c.dep_ == "cc" and c.lower_ == "and" for c in verb.children)):
        return False
    verb.head = passive
    verb.tag_ = "VBN"
    verb.set_morph("Tense=Past|VerbForm=Part|Voice=Pass")
    return True


def _irregular_past_read_as_a_noun(root: "Token", past_forms: dict[str, str]) -> bool:
    """"Shares rose sharply": the parse made "rose" the root with a subject, only its tag says noun;
    an irregular past form with a subject is the verb, and its phrases are the verb's. "The A380
    flew to Sydney", "The 787 flew": after a code, a name's word to the tagger (a name is
    capitalised), with the code its subject or its compound. Returns whether it repaired."""
    named = root.pos_ == "PROPN" or root.pos_ == "VERB" and root.tag_.startswith("NN")  # (tag and part disagree)
    if not (root.pos_ == "NOUN" or named and root.text.islower()):
        return False
    # ("Israeli soldiers shot dead two Palestinians": a noun with an object of its own is a verb; an
    # object with no preposition the parse hung as the noun's phrase is one)
    objects = [c for c in root.rights if c.dep_ == "obj" or c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN")
               and not any(g.dep_ == "case" for g in c.children)]
    lemma = past_forms.get(root.lower_) or (past_forms_also_nouns().get(root.lower_) if objects else None)
    if lemma is None:
        return False
    compound = next((c for c in root.children if c.dep_ == "compound" and c.i == root.i - 1
                     and c.pos_ in ("NUM", "PROPN", "NOUN")), None)
    if compound is None and root.i > 1 and root.doc[root.i - 2].dep_ == "det" and root.doc[root.i - 2].head == root:
        # ("The unrest spread to three cities" with "unrest" tagged an adjective of "spread": right
        # after the article, the noun the subject is, in a sentence with no verb)
        # (and with a phrase after it: not "A good cut!", a noun with its adjective)
        compound = next((c for c in root.children if c.dep_ == "amod" and c.i == root.i - 1 and c.tag_ == "JJ"
                         and not any(t.pos_ in ("VERB", "AUX") for t in root.sent)
                         and any(not r.is_punct for r in root.rights)), None)
        if compound is not None:
            compound.pos_, compound.tag_, compound.dep_ = "NOUN", "NN", "compound"
    # ("The dollar rose 0.5 percent": the article the parse gave the past form is its subject's,
    # when no other verb is in the sentence)
    articled = compound is not None and not any(t.pos_ in ("VERB", "AUX") and t.i != root.i for t in root.sent) and all(
        c.i < compound.i for c in root.children if c.dep_ == "det")
    if any(c.dep_ in ("nmod:poss", "cop") or c.dep_ == "amod" and c.i < root.i or c.dep_ == "det" and not articled
           for c in root.children):
        return False
    subject = next((c for c in root.children if c.dep_.startswith("nsubj") and c.i < root.i), None)
    if subject is None and (named or articled or objects):
        subject = compound
    if subject is None or _unchanged_past_of_a_plural(root, subject):
        return False
    for child in list(root.children):
        if child.dep_ == "det" and child.i < subject.i:
            child.head = subject
    root.pos_, root.tag_, root.lemma_ = "VERB", "VBD", lemma
    root.set_morph(_PAST_TENSE)
    if not subject.dep_.startswith("nsubj"):
        subject.dep_ = "nsubj"
    for child in root.children:
        if child.dep_ == "nmod" and any(g.dep_ == "case" for g in child.children):
            child.dep_ = "obl"  # "flew [to Sydney]": a verb's phrase, not a noun's
    for child in objects:
        child.dep_ = "obj"
    after = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    if after is not None and after.dep_ == "amod" and (after.head == root or after.head in objects):
        after.head, after.dep_ = root, "xcomp"  # "shot [dead]": what the object was left, the verb's
    measure = next((c for c in root.rights if c.dep_ == "conj" and c.pos_ == "NOUN"
                    and not any(g.dep_ == "cc" for g in c.children)), None)
    if measure is not None and not any(c.dep_ == "obj" for c in root.children):
        measure.dep_ = "obj"  # "rose [0.5 percent]", joined to the noun it was read as with nothing between
    for child in list(root.children):
        _name_read_as_its_appositions_aside(child)  # (asked before, of a noun)
    return True


def _active_past_read_as_a_passive(root: "Token") -> bool:
    """"Flight 447 crashed into the Atlantic." parsed as a passive with no auxiliary ("Flight 447
    [was] crashed"), titled "was crashed": a passive with no "be" or "get" is a headline's ("Key
    suspect arrested"), and a sentence of running text (it ends in a full stop) with its subject
    before the root is told in the active. Returns whether it repaired."""
    sentence = root.sent
    last = sentence[-1] if not sentence[-1].is_space else sentence[-2] if len(sentence) > 1 else sentence[-1]
    if root.pos_ != "VERB" or root.tag_ not in ("VBN", "VBD") or last.text != "." or not is_past_form(root):
        return False
    subjects = [c for c in root.children if c.dep_ == "nsubj:pass"]
    if len(subjects) != 1 or subjects[0].i > root.i:
        return False
    if any(t.is_punct for t in root.doc[subjects[0].right_edge.i + 1:root.i]):
        return False  # "Great repair store, highly recommended.": a verdict set off from its noun
    if any(c.dep_ in ("aux", "aux:pass", "cop", "mark", "expl") or c.dep_.startswith("csubj") for c in root.children):
        return False
    if subjects[0].i == sentence.start and subjects[0].lower_ in ("that", "this"):
        return False  # "That said, ...": a fixed phrase of the passive
    subjects[0].dep_ = "nsubj"
    _made_a_past_tense(root)
    return True


def _verb_read_as_its_objects_adjective(root: "Token") -> bool:
    """"The carmaker announced plans to cut jobs" parsed with "plans" the root and "announced" its
    adjective, which has the subject: a past form with a subject of its own, right before the root
    noun, is the verb (a participle has no subject), and the noun its object. Returns whether it repaired."""
    if root.pos_ != "NOUN" or root.head != root or root.i == 0:
        return False
    verb = root.doc[root.i - 1]
    if verb.head != root or verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN") or not any(
            c.dep_.startswith("nsubj") and c.i < verb.i for c in verb.children):
        return False
    verb.head, verb.dep_ = verb, "ROOT"
    verb.pos_, verb.tag_ = "VERB", "VBD"
    verb.set_morph(_PAST_TENSE)
    root.head, root.dep_ = verb, "obj"
    _full_stop_to(root, verb)
    return True


def _noun_of_an_adjective_before_its_determiner(verb: "Token") -> "Token | None":
    """The noun a past form is parsed as an adjective of, where the adjective stands before the
    noun's count, possessor or article ("damaged 300 homes", "lamented Monday's exchange",
    "stormed the town"): English puts an adjective after those ("300 damaged homes"), never
    before them without an article of its own ("an estimated 300 homes"). None when it is not so."""
    noun = verb.head
    if verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN") or noun.i <= verb.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(c.dep_ in ("nummod", "nmod:poss", "det") and c.left_edge.i > verb.i for c in noun.children) or any(
            c.dep_ in ("det", "nmod:poss", "nummod") for c in noun.children if c.i < verb.i):
        return None
    return noun


def _made_the_verb_of(verb: "Token", subject: "Token", noun: "Token") -> None:
    """The past form is the verb, `subject` its subject, `noun` its object; the subject's phrases
    after the object, and the object's times, are the verb's ("in March")."""
    verb.pos_ = "VERB"
    _made_a_past_tense(verb)
    for child in [c for c in subject.children if c.i > noun.i and c != verb]:
        child.head = verb  # (what follows the object is the clause's: "in March")
        if child.dep_ == "nmod":
            child.dep_ = "obl"
    for child in [c for c in subject.children if subject.i < c.i < verb.i and c.dep_ == "nmod"
                  and (c.lower_ in time_words() or c.lower_ in day_and_month_names())]:
        child.head, child.dep_ = verb, "obl"  # ("Kofi Annan on Tuesday lamented": the verb's day)
    for child in [c for c in noun.children if c.i > noun.i and c.dep_ == "nmod"
                  and (c.lower_ in time_words() or c.lower_ in day_and_month_names())]:
        child.head, child.dep_ = verb, "obl"  # (the verb's date: "300 homes in March")
    noun.head, noun.dep_ = verb, "obj"
    subject.head, subject.dep_ = verb, "nsubj"


def _verb_read_as_an_adjective_before_a_count(root: "Token") -> bool:
    """"Floods damaged or destroyed 300 homes" parsed with "Floods" the root and "damaged" an
    adjective of "homes" (`_noun_of_an_adjective_before_its_determiner`): a past form right after
    the root noun's words, before its noun's count, possessor or article, is the verb, the root its
    subject and the noun its object. Returns whether it repaired."""
    if root.pos_ not in ("NOUN", "PROPN") or root.head != root or any(c.dep_.startswith(("cop", "nsubj")) for c in root.children):
        return False
    if root.i + 1 >= len(root.doc):
        return False
    verb = root.doc[root.i + 1]
    noun = _noun_of_an_adjective_before_its_determiner(verb)
    if noun is None or noun.head != root:
        return False
    verb.head, verb.dep_ = verb, "ROOT"
    _made_the_verb_of(verb, root, noun)
    _full_stop_to(root, verb)
    return True


def _verb_read_as_an_adjective_inside_the_subject(verb: "Token") -> bool:
    """"Kofi Annan on Tuesday lamented Monday's exchange of fire ... and called on both sides"
    parsed with "lamented" an adjective of "exchange", a phrase of the subject of "called"
    (`_noun_of_an_adjective_before_its_determiner`): the past form right after the subject's words
    is the first verb, with that subject and the noun as its object, and the verb after "and" its
    conjunct. Returns whether it repaired."""
    noun = _noun_of_an_adjective_before_its_determiner(verb)
    if noun is None or noun.dep_ != "nmod":
        return False
    subject = noun.head
    main = subject.head
    if (subject.dep_ != "nsubj" or main.pos_ != "VERB" or main.i < noun.i or subject.i > verb.i
            or not any(c.dep_ == "cc" and c.lower_ == "and" and noun.i < c.i < main.i for c in main.children)):
        return False
    # (right after the subject's words, or a time the parse gave the second verb: "The mayor on
    # Friday praised")
    times = [c for c in main.children if c.dep_ == "obl" and subject.i < c.i < verb.i
             and (c.lower_ in time_words() or c.lower_ in day_and_month_names())]
    between = {t.i for t in subject.subtree} | {t.i for c in times for t in c.subtree}
    if any(k not in between for k in range(subject.i, verb.i)):
        return False
    for time in times:
        time.head = verb
    inside = {t.i for t in noun.subtree}
    for word in [t for t in verb.doc[main.i + 1 : verb.sent.end] if t.head.i in inside and not t.is_punct]:
        # (what the parse hung on the noun after the second verb is that verb's: "called on
        # Hezbollah ... to exercise restraint")
        word.head = main
        word.dep_ = "obl" if word.dep_ == "nmod" else "xcomp" if word.dep_ == "acl" and word.tag_ == "VB" else word.dep_
    verb.head, verb.dep_ = main.head if main.head != main else verb, main.dep_
    main.head, main.dep_ = verb, "conj"
    _made_the_verb_of(verb, subject, noun)
    if verb.dep_ == "ROOT":
        verb.head = verb
        _full_stop_to(main, verb)
    return True


def _count_read_on_a_participle_of_the_counted(figure: "Token") -> bool:
    """"the killing brought the number of soldiers killed on Tuesday to seven" parsed with "to
    seven" on "killed" (titled "Soldiers were killed to seven"): "to" and a bare figure after a
    participle of what a count noun counts is what the count was brought to, the verb's that has
    the count as its object. Returns whether it repaired."""
    # ("to" is the figure's own case, or opens its phrase before a bound: "to at least nine")
    if figure.pos_ != "NUM" or figure.dep_ not in ("obl", "nmod") or not (any(
            c.dep_ == "case" and c.lower_ == "to" for c in figure.children) or figure.left_edge.lower_ == "to"):
        return False
    participle = figure.head
    counted = participle.head
    count = counted.head
    if (participle.dep_ != "acl" or participle.pos_ != "VERB" or participle.i > figure.i
            or counted.dep_ != "nmod" or count.lower_ not in _clause_markers()["count_nouns"]):
        return False
    # (a past spelt as its lemma is tagged a present: "the number of riders hurt on Sunday")
    unchanged = participle.tag_ in ("VBP", "VB") and past_tense(participle.lower_) == participle.lower_
    if participle.tag_ not in ("VBN", "VBD") and not unchanged:
        return False
    verb = count.head
    if count.dep_ not in ("obj", "nsubj:pass") or verb.pos_ not in ("VERB", "AUX") or verb == count:
        return False
    figure.head, figure.dep_ = verb, "obl"
    if unchanged:
        _made_a_past_participle(participle)
    return True


def _object_after_the_verbs_date_read_as_the_root(root: "Token") -> bool:
    """"Bulgaria, with its partners, created in December 2005 an international fund" parsed with
    "fund" the root, "Bulgaria" its subject and "created" a participle of "Bulgaria": a noun with a
    subject and no copula is no clause; the past form on the subject, whose phrase ends where the
    noun's begins, is the verb, and the noun its object, put after the verb's date. Returns whether
    it repaired."""
    if root.pos_ != "NOUN" or root.head != root or any(c.dep_ == "cop" for c in root.children):
        return False
    if root.lower_ in time_words():
        return False  # "seized early on Monday [morning] the airport": a time, _time_read_as_the_root's
    subject = next((c for c in root.children if c.dep_.startswith("nsubj") and c.i < root.i), None)
    if subject is None:
        return False
    noun_start = min([root.i] + [c.left_edge.i for c in root.lefts if c.i > subject.i])  # (the subject is in its subtree)
    verb = next((c for c in subject.rights if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.pos_ == "VERB"
                 and c.right_edge.i + 1 == noun_start), None)
    if verb is None or any(c.dep_.startswith(("nsubj", "obj", "aux", "mark")) for c in verb.children):
        return False
    verb.head, verb.dep_ = verb, "ROOT"
    _made_a_past_tense(verb)
    subject.head, subject.dep_ = verb, "nsubj"
    root.head, root.dep_ = verb, "obj"
    _full_stop_to(root, verb)
    return True


def _object_read_as_the_root_with_the_verb_in_the_subject(root: "Token") -> bool:
    """"The National Assembly (Parliament) of Bulgaria approved in May a government plan" parsed
    with "plan" the root, "Assembly" its subject and "approved" a modifier inside that subject: a
    root noun with no copula, after its subject and a past tense in that subject's phrase that has
    no subject of its own, is that verb's object; the verb is the root. Returns whether it
    repaired."""
    if root.pos_ != "NOUN" or root.head != root or any(c.dep_ in ("cop", "aux") for c in root.children):
        return False
    subject = next((c for c in root.lefts if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    if subject is None:
        return False
    verb = next((t for t in subject.subtree if t.dep_ == "acl" and t.tag_ == "VBD" and t.pos_ == "VERB" and t.i > subject.i
                 and not any(g.dep_.startswith(("nsubj", "aux", "mark", "obj", "expl")) for g in t.children)), None)
    phrase_start = min([c.left_edge.i for c in root.lefts if c != subject and not c.is_punct] + [root.i])
    if verb is None or verb.right_edge.i >= phrase_start:
        return False
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head, subject.dep_ = verb, "nsubj"
    root.head, root.dep_ = verb, "obj"
    for child in [c for c in root.children if c.i > root.i and c.is_punct]:
        child.head = verb  # (the sentence's full stop)
    return True


def _past_tense_with_an_object_read_as_its_subjects_modifier(root: "Token") -> bool:
    """"Judges at the court in Surabaya, East Java, sentenced the man on Tuesday, a clerk told AFP"
    parsed with "Judges" the root and "sentenced" its modifier (or a clause beside it): a past tense
    with an object of its own and no subject (a participle that modifies a noun has no object) on a
    root noun that has no clause is the verb, the noun its subject, and the noun's phrases after it
    the verb's. Returns whether it repaired."""
    if root.pos_ not in ("NOUN", "PROPN") or root.head != root or any(c.dep_.startswith(("cop", "nsubj")) for c in root.children):
        return False
    verb = next((c for c in root.rights if c.dep_ in ("acl", "parataxis") and c.tag_ == "VBD"
                 and any(g.dep_ == "obj" and g.i > c.i for g in c.children)
                 and not any(g.dep_.startswith(("nsubj", "aux", "mark", "cop")) for g in c.children)), None)
    if verb is None:
        return False
    verb.head, verb.dep_ = verb, "ROOT"
    verb.pos_ = "VERB"
    _made_a_past_tense(verb)
    for child in [c for c in root.children if c.i > verb.i]:
        child.head = verb
        if child.dep_ == "nmod":
            child.dep_ = "obl"
        elif child.dep_ == "conj" and any(g.dep_.startswith("nsubj") for g in child.children):
            child.dep_ = "parataxis"  # ("..., a surgeon told the BBC": a clause of its own beside it)
    root.head, root.dep_ = verb, "nsubj"
    return True


def _first_of_two_joined_verbs_read_as_the_subjects_participle(root: "Token") -> bool:
    """"The scandal erupted in April and for a time appeared to threaten him" parsed with "erupted"
    a participle of "scandal" (titled "The scandal was erupted") and "appeared" the only verb (or
    with "scandal" the root and "appeared" a participle of "time"): a regular past form right after
    the subject, whose phrase an "and" or "but" closes that belongs to the later verb's own words,
    is the first of two joined verbs, not a reduced relative (that one's "and" would join its own
    phrase: "the men arrested in May and released in June"). Returns whether it repaired."""
    if root.head != root:
        return False
    if root.pos_ == "VERB":
        subject = next((c for c in root.lefts if c.dep_ == "nsubj"), None)
    elif root.pos_ in ("NOUN", "PROPN") and not any(c.dep_.startswith(("nsubj", "cop")) for c in root.children):
        subject = root
    else:
        return False
    if subject is None:
        return False
    participle = next((c for c in subject.rights if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.lower_.endswith("ed")
                       and not any(g.dep_.startswith(("nsubj", "aux", "mark", "cop")) for g in c.children)), None)
    if participle is None or participle.right_edge.i + 1 >= len(root.doc):
        return False
    joiner = participle.doc[participle.right_edge.i + 1]
    if joiner.dep_ != "cc" or joiner.lower_ not in ("and", "but"):
        return False
    host = joiner.head
    # (or a phrase the parse joined to the subject, which a preposition shows it is not: "and [for] weeks")
    phrase_on_the_subject = (host.head == subject and host.dep_ == "conj" and host.left_edge.i == joiner.i
                             and any(c.dep_ == "case" for c in host.lefts))
    later = root
    if subject == root:
        # (the later verb then hangs on that phrase: "and for a time [threatened]")
        later = next((c for c in host.rights if c.dep_ in ("acl", "acl:relcl") and c.tag_ == "VBD" and c.pos_ == "VERB"
                      and not any(g.dep_.startswith(("nsubj", "aux", "mark")) for g in c.children)), None) if phrase_on_the_subject else None
        if later is None or later.left_edge.i != later.i:
            return False
    if not (host == later or host.head == later and host != subject and host.left_edge.i == joiner.i or phrase_on_the_subject):
        return False
    if later.i <= joiner.i or any(t.dep_.startswith("nsubj") or t.pos_ in ("VERB", "AUX") for t in participle.doc[joiner.i + 1 : later.i]):
        return False
    participle.head, participle.dep_, participle.pos_ = participle, "ROOT", "VERB"
    _made_a_past_tense(participle)
    subject.head, subject.dep_ = participle, "nsubj"
    if later != root:
        for child in [c for c in root.children if c.i > later.i]:
            child.head = participle  # (the stop)
    for child in [c for c in later.children if c.i < subject.i]:
        child.head = participle  # (an opening time or phrase: the first verb's)
    later.head, later.dep_ = participle, "conj"
    joiner.head = later
    if phrase_on_the_subject:
        host.head, host.dep_ = later, "obl"
    if later == root:
        _full_stop_to(root, participle)
    return True


def _subordinate_subject_before(verb: "Token") -> "Token | None":
    """The noun whose phrase ends right before the verb and opens with a subordinator ("[after]
    the government" before "reported"), hung as a phrase of a noun before it; else None."""
    doc = verb.doc
    noun = doc[verb.i - 1]
    while noun.head != noun and noun.head.i < verb.i and noun.dep_ in ("compound", "flat", "amod"):
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.right_edge.i != verb.i - 1 or noun.dep_ not in ("nmod", "obl"):
        return None
    marker = doc[noun.left_edge.i]
    if marker.head != noun or marker.dep_ not in ("case", "mark") or marker.lower_ not in subordinators():
        return None
    return noun


def _subordinate_verb_read_as_the_root(root: "Token") -> bool:
    """"Tokyo stocks opened higher on Wednesday after the government reported strong output"
    parsed with "reported" the root, "stocks" its subject, "opened" a participle of "stocks" and
    "after the government" a phrase inside its phrases: a past form whose noun right before it is
    opened by a subordinator ("after", "before", "when") is that subordinate clause's verb, that
    noun its subject, and the past form on the subject, which the clause closes, the main verb.
    Returns whether it repaired."""
    doc = root.doc
    if root.pos_ != "VERB" or root.head != root:
        return False
    # (or with the main verb the root already and the clause its adverbial, still without the
    # subject the phrase before it holds)
    # (or a conjunct with no "and")
    for clause in [c for c in root.rights if c.dep_ in ("advcl", "conj") and c.tag_ in ("VBD", "VBZ") and c.pos_ == "VERB"]:
        noun = _subordinate_subject_before(clause)
        if noun is not None and root.is_ancestor(noun) and not clause.is_ancestor(noun) and not any(
                g.dep_.startswith(("nsubj", "mark")) or g.dep_ == "cc" for g in clause.children):
            marker = doc[noun.left_edge.i]
            clause.dep_ = "advcl"
            noun.head, noun.dep_ = clause, "nsubj"
            marker.head, marker.dep_, marker.pos_ = clause, "mark", "SCONJ"
            return True
    if root.tag_ not in ("VBD", "VBZ"):
        return False
    subject = next((c for c in root.lefts if c.dep_ in ("nsubj", "nsubj:pass")), None)
    noun = _subordinate_subject_before(root)
    if subject is None or noun is None or noun == subject:
        return False
    marker = doc[noun.left_edge.i]
    participle = next((c for c in subject.rights if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.pos_ == "VERB"
                       and c.i < noun.i and c.is_ancestor(noun)
                       and not any(g.dep_.startswith(("nsubj", "aux")) for g in c.children)), None)
    if participle is None:
        return False
    participle.head, participle.dep_ = participle, "ROOT"
    _made_a_past_tense(participle)
    subject.head, subject.dep_ = participle, "nsubj"
    root.head, root.dep_ = participle, "advcl"
    noun.head, noun.dep_ = root, "nsubj"
    marker.head, marker.dep_, marker.pos_ = root, "mark", "SCONJ"
    _full_stop_to(root, participle)
    return True


def _main_verb_read_deep_inside_the_subject(root: "Token") -> bool:
    """"High-speed trains running at speeds of up to 160 km (100 miles) per hour began running
    along the route" parsed with "trains" the root and "began" a participle of "kilometers", deep
    in the subject's phrase (titled "160 kilometers per hour began running"): the first past tense
    of a noun root's phrase, with no subject, auxiliary or marker of its own and no finite verb
    before it, is the sentence's verb, and the root its subject. Returns whether it repaired."""
    if root.pos_ not in ("NOUN", "PROPN") or root.head != root or any(
            c.dep_.startswith(("nsubj", "cop")) or c.dep_ == "case" for c in root.children):
        return False  # (nor a phrase a preposition opens: "In exchange for ...")
    if any(c.dep_ in ("acl", "parataxis", "xcomp", "advcl") and c.tag_ in ("VBD", "VBN") for c in root.rights):
        return False  # (a past form on the root itself is the verb the main repair below gives it)
    doc = root.doc
    for word in doc[root.i + 1 : root.sent.end]:
        if word.tag_ in ("VBZ", "VBP", "MD") or word.pos_ == "AUX" or word.lower_ in ("who", "which", "that", "whose"):
            return False  # (a finite verb or a relative clause first: not this shape)
        if word.tag_ != "VBD":
            continue
        if (word.pos_ != "VERB" or word.dep_ not in ("acl", "dep") or not root.is_ancestor(word) or word.head == root
                or any(c.dep_.startswith(("nsubj", "aux", "mark", "cop")) for c in word.children)):
            return False
        if any((t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.pos_ == "AUX") and not word.is_ancestor(t)
               for t in doc[word.right_edge.i + 1 : root.sent.end]):
            return False  # (a finite verb after its phrase may be the main one: the past form a participle)
        word.head, word.dep_ = word, "ROOT"
        root.head, root.dep_ = word, "nsubj"
        _full_stop_to(root, word)
        return True
    return False


def _mediums_participle_read_as_the_root(root: "Token") -> bool:
    """"The leader promised in an audiotape aired Tuesday that the bombings would go on" parsed
    with "aired" the root and "promised" a participle of "leader": a regular past form right after
    the noun of a phrase that closes there, on a past form hung on the root's subject, is that
    noun's participle (with the time after it); the past form on the subject is the verb. Returns
    whether it repaired."""
    doc = root.doc
    if root.head != root or root.i == 0 or not root.lower_.endswith("ed") or root.tag_ not in ("VBN", "VBD", "JJ"):
        return False
    noun = doc[root.i - 1]
    if noun.pos_ != "NOUN" or not noun.dep_.startswith("obl") or noun.right_edge != noun or not any(c.dep_ == "case" for c in noun.lefts):
        return False
    verb = noun.head
    subject = verb.head
    if (verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or verb.pos_ != "VERB" or subject.head != root
            or not subject.dep_.startswith("nsubj") or any(c.dep_.startswith(("nsubj", "aux")) for c in verb.children)):
        return False
    time = next((c for c in root.rights), None)
    if (time is None or not time.dep_.startswith("obl") or not (time.lower_ in _day_and_month_names() or time.lower_ in time_words())
            or any(c.dep_ in ("obj", "iobj") for c in root.children) or noun.dep_ == "obl:agent"):
        return False  # (the medium's participle tells its time, and takes no object: not "triggered by heavy rain [buried] the village")
    verb.head, verb.dep_ = verb, "ROOT"
    _made_a_past_tense(verb)
    subject.head, subject.dep_ = verb, "nsubj"
    for child in list(root.children):
        if child != time:
            child.head = verb  # (what it tells, the stop: the verb's)
    root.head, root.dep_, root.pos_ = noun, "acl", "VERB"
    _made_a_past_participle(root)
    return True


def _main_verb_after_a_relative_aside_read_as_an_adjective(root: "Token") -> bool:
    """"Federer and Nalbandian, who reached the semifinals last year, repeated history by ..."
    parsed as one noun phrase, "repeated" an adjective of "history": a past form right after the
    comma that closes a relative clause on the root's noun phrase, before a bare noun, is the main
    verb; the root its subject, the noun its object. Returns whether it repaired."""
    if root.head != root or root.pos_ not in ("NOUN", "PROPN"):
        return False
    doc = root.doc
    def end(clause: "Token") -> int:  # (its closing comma may hang on it)
        return max(t.i for t in clause.subtree if not t.is_punct)

    relative = next((t for t in root.subtree if t.dep_ == "acl:relcl" and end(t) + 2 < len(doc) and doc[end(t) + 1].text == ","), None)
    if relative is None:
        return False
    verb = doc[end(relative) + 2]
    noun = verb.head
    if noun == root and verb.i + 1 == root.i and relative.head.head == root and relative.head.i < relative.i:
        # ("Royal, who voted on Thursday, acknowledged victory" with "victory" the root and the name
        # its modifier: the name is the subject, the root noun the object)
        subject = relative.head
        if (verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN") or not verb.lower_.endswith("ed") or root.pos_ != "NOUN"
                or subject.pos_ != "PROPN" or any(c.dep_ == "det" for c in root.children)
                or any(t.pos_ in ("VERB", "AUX") and not relative.is_ancestor(t) and t not in (relative, verb) for t in root.sent)):
            return False
        verb.head, verb.dep_, verb.pos_ = verb, "ROOT", "VERB"
        _made_a_past_tense(verb)
        for child in list(root.children):
            if child.i > root.i:
                child.head = verb
                child.dep_ = "obl" if child.dep_ == "nmod" else child.dep_  # (a phrase of the verb now)
        subject.head, subject.dep_ = verb, "nsubj"
        root.head, root.dep_ = verb, "obj"
        return True
    if (verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN") or not verb.lower_.endswith("ed") or noun.i != verb.i + 1
            or noun.pos_ != "NOUN" or any(c.dep_ == "det" for c in noun.children) or noun.head != root or noun == root
            or any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "cop") and not relative.is_ancestor(t) and t != relative
                   and not noun.is_ancestor(t) for t in root.sent)):
        return False
    verb.head, verb.dep_, verb.pos_ = verb, "ROOT", "VERB"
    _made_a_past_tense(verb)
    noun.head, noun.dep_ = verb, "obj"
    for child in list(noun.children):
        if child.dep_ == "acl" and any(g.dep_ == "mark" for g in child.children):
            child.head, child.dep_ = verb, "advcl"  # ("by making the semifinals": how, the verb's)
    for child in list(root.children):
        if child.i > verb.i:
            child.head = verb
    root.head, root.dep_ = verb, "nsubj"
    return True


def _adjective_after_its_noun_read_as_the_root(root: "Token") -> bool:
    """"A man famous for his paintings died on Monday" parsed with "famous" the root, "man" its
    modifier and "died" a participle of "paintings" (titled "His paintings died"): an adjective
    with no copula, right after a noun, roots no clause; the past tense after its phrase is the
    verb, the noun its subject, and the adjective the noun's. Returns whether it repaired."""
    if root.pos_ != "ADJ" or root.head != root or root.i == 0 or any(c.dep_ in ("cop", "nsubj", "expl") for c in root.children):
        return False
    noun = root.doc[root.i - 1]
    if noun.head != root or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = next((t for t in root.subtree if t.dep_ == "acl" and t.tag_ == "VBD" and t.pos_ == "VERB" and t.i > root.i
                 and not any(c.dep_.startswith(("nsubj", "aux", "mark")) for c in t.children)), None)
    if verb is None:
        return False
    verb.head, verb.dep_ = verb, "ROOT"
    noun.head, noun.dep_ = verb, "nsubj"
    root.head, root.dep_ = noun, "amod"
    _full_stop_to(root, verb)
    return True


def _past_form_read_as_a_compound(root: "Token", past_forms: dict[str, str]) -> bool:
    """"The euro rose 0.5 percent against the dollar on Tuesday" parsed as one noun phrase, "euro
    rose" (the flower) a compound of "percent": an irregular past form between a noun and the root
    noun is the verb, the noun before it its subject and the root its object (the measure), with
    the root's phrases after it the verb's. Returns whether it repaired."""
    if root.pos_ != "NOUN" or root.head != root:
        return False
    verb = next((c for c in root.lefts if c.dep_ == "compound" and c.lower_ in past_forms and c.text.islower()
                 and c.i > 0), None)
    if verb is None:
        return False
    subject = root.doc[verb.i - 1]
    if (subject.pos_ not in ("NOUN", "PROPN") or subject.head.i not in (verb.i, root.i) or subject.dep_ != "compound"
            or _unchanged_past_of_a_plural(verb, subject)):
        return False
    verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBD", past_forms[verb.lower_]
    verb.set_morph(_PAST_TENSE)
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head, subject.dep_ = verb, "nsubj"
    for child in list(root.children):
        if child.i < subject.i:
            child.head = subject  # "The": the subject's article
        elif child.i > root.i:
            child.head = verb
            if child.dep_ == "nmod":
                child.dep_ = "obl"  # "against the dollar", "on Tuesday": the verb's phrases
    root.head, root.dep_ = verb, "obj"
    return True


def _past_form_read_into_the_object_of_a_subject(root: "Token", past_forms: dict[str, str]) -> bool:
    """"the fleet left Qingdao Port" parsed with "Port" the root, "fleet" its subject and "left" an
    adjective of "Qingdao": a noun has no subject without a copula, so the irregular past form right
    after the subject's phrase is the verb, and the root its object. Returns whether it repaired."""
    if root.pos_ not in ("NOUN", "PROPN") or root.head != root or any(c.dep_ in ("cop", "aux", "aux:pass") for c in root.children):
        return False
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    if subject is None or subject.right_edge.i + 1 >= root.i:
        return False
    verb = root.doc[subject.right_edge.i + 1]
    if (verb.lower_ not in past_forms or not verb.text.islower() or verb.dep_ not in ("amod", "compound")
            or not root.is_ancestor(verb) or _unchanged_past_of_a_plural(verb, subject)):
        return False
    verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBD", past_forms[verb.lower_]
    verb.set_morph(_PAST_TENSE)
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head = verb
    for child in list(root.children):
        if child.i > root.i or child.i < subject.i:
            child.head = verb
            if child.dep_ == "nmod":
                child.dep_ = "obl"
    root.head, root.dep_ = verb, "obj"
    return True


def _past_form_read_into_the_subjects_phrase(root: "Token", past_forms: dict[str, str]) -> bool:
    """"The death toll from the earthquake rose to 300" parsed as one noun phrase, "earthquake rose"
    (the flower) the noun of "from": in a sentence with no verb, a past form after the noun that
    ends the root's phrase is the verb, the root its subject with that phrase, and the phrases
    after the past form the verb's. Returns whether it repaired."""
    if root.pos_ not in ("NOUN", "PROPN") or root.head != root or any(t.pos_ in ("VERB", "AUX") for t in root.sent):
        return False
    # (tagged a noun, or a past tense whose part of speech the parse made a noun's)
    verb = next((t for t in root.sent if t.i > root.i and (t.tag_ == "NN" or t.tag_ == "VBD" and t.pos_ == "NOUN")
                 and t.lower_ in past_forms and t.text.islower()
                 and t.dep_ == "nmod" and t.head == root), None)
    noun = root.doc[verb.i - 1] if verb is not None else None
    if noun is None or noun.head != verb or noun.dep_ != "compound" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if _unchanged_past_of_a_plural(verb, root) or not any(not c.is_punct for c in verb.rights):
        return False
    noun.head, noun.dep_ = root, "nmod"  # "from the earthquake": the subject's phrase
    for child in [c for c in verb.children if c.i < noun.i]:
        child.head = noun
    verb.head, verb.dep_ = verb, "ROOT"
    verb.pos_, verb.lemma_ = "VERB", past_forms[verb.lower_]
    _made_a_past_tense(verb)
    for child in [c for c in root.children if c.i > verb.i]:
        child.head = verb
        if child.dep_ == "nmod":
            child.dep_ = "obl"  # "on Tuesday": the verb's
    for child in verb.children:
        if child.dep_ == "nmod":
            child.dep_ = "obl"  # "to 300"
    root.head, root.dep_ = verb, "nsubj"
    return True


def _past_tense_read_as_an_adjective(root: "Token") -> bool:
    """"Lava from the volcano destroyed 300 homes on the island on Saturday" parsed as one noun
    phrase, "destroyed" an adjective of "homes": a word tagged as a past tense (not a participle)
    that modifies a noun after the root noun, with no other verb in the sentence, is the verb; the
    root its subject, the noun its object, the root's phrases after it the verb's. Returns whether
    it repaired."""
    if root.pos_ not in ("NOUN", "PROPN") or root.head != root:
        return False
    verbs = [t for t in root.sent if t.pos_ in ("VERB", "AUX")]
    if len(verbs) != 1 or verbs[0].tag_ != "VBD" or verbs[0].dep_ != "amod" or verbs[0].i < root.i:
        return False
    verb, noun = verbs[0], verbs[0].head
    if noun.i < verb.i or noun.head != root or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if verb.left_edge.i != verb.i or root.doc[verb.i - 1].is_punct:
        return False  # (the subject's phrase ends right before it)
    verb.head, verb.dep_ = verb, "ROOT"
    for child in list(root.children):
        if child.i > verb.i and child.i != noun.i:
            child.head = verb
            if child.dep_ == "nmod":
                child.dep_ = "obl"
        elif child.is_punct and child.i == root.sent.end - 1:
            child.head = verb
    root.head, root.dep_ = verb, "nsubj"
    noun.head, noun.dep_ = verb, "obj"
    return True


def _noun_phrase_read_as_a_gerund_clause(root: "Token") -> bool:
    """"US boxing legend Muhammed Ali arrived in Berlin" parsed as a clause of "boxing" (subject
    "US", objects "legend" and "Muhammed Ali") with "arrived" its adverbial: a bare -ing word rooting a
    sentence that opens with nothing but a noun phrase, before a finite past or present verb with no
    subject, modifies that phrase, whose last name or noun is the verb's subject. Returns whether it
    repaired."""
    if root.tag_ != "VBG" or root.head != root or any(c.dep_.startswith(("aux", "mark", "cop")) for c in root.children):
        return False
    verb = next((c for c in root.rights if c.tag_ in ("VBD", "VBZ", "VBP") and "Fin" in c.morph.get("VerbForm")), None)
    if verb is None or any(c.dep_.startswith(("nsubj", "csubj", "expl")) for c in verb.children):
        return False
    phrase = list(root.doc[root.sent.start : verb.i])
    if not phrase or any(t.pos_ not in ("PROPN", "NOUN", "ADJ", "DET", "NUM") and t != root for t in phrase):
        return False
    heads = [t for t in phrase if t.head == root and t.pos_ in ("PROPN", "NOUN")]
    if not heads or heads[-1].i < root.i:
        return False
    subject = heads[-1]
    verb.head, verb.dep_ = verb, "ROOT"
    for child in [c for c in root.children if c.i > verb.i]:
        child.head = verb
    for word in phrase:
        if word.head == root and word != subject:
            word.head = subject
            word.dep_ = "amod" if word.pos_ == "ADJ" else "det" if word.pos_ == "DET" else "compound"
    root.pos_, root.tag_, root.dep_ = "NOUN", "NN", "compound"
    root.set_morph("Number=Sing")
    root.head = subject
    subject.head, subject.dep_ = verb, "nsubj"
    return True


def _opening_noun_read_as_a_verb_before_its_predicate(root: "Token") -> bool:
    """"Clashes on Saturday killed 20 people", "Fighting in the north left dozens dead" parsed with
    the opening word a verb rooting the sentence and the finite verb after its phrase hung on it: a
    present or -ing form opening the sentence, with no subject, object or auxiliary of its own and
    nothing but prepositional phrases before a past verb with no subject of its own, is that verb's
    subject noun. Returns whether it repaired."""
    doc = root.doc
    if (root.i != root.sent.start or root.head != root or root.tag_ not in ("VBZ", "VBG")
            or any(c.dep_.startswith(("aux", "mark", "cop", "nsubj", "csubj", "expl", "obj", "ccomp", "xcomp")) for c in root.children)):
        return False
    verb = next((c for c in root.rights if c.pos_ == "VERB"), None)
    if (verb is None or verb.tag_ != "VBD" or verb.dep_ not in ("advcl", "parataxis", "conj", "dep", "ccomp")
            or any(c.dep_.startswith(("nsubj", "csubj", "expl", "mark", "cc")) for c in verb.children)):
        return False
    phrases = [c for c in root.children if root.i < c.i < verb.i]
    # (nothing but the phrases between: no comma, no other clause)
    if not phrases or any(c.dep_ not in ("obl", "nmod") or not any(g.dep_ == "case" for g in c.children) for c in phrases) or not all(
            any(p.left_edge.i <= t.i <= p.right_edge.i for p in phrases) for t in doc[root.i + 1 : verb.i]):
        return False
    verb.head, verb.dep_ = verb, "ROOT"
    for child in [c for c in root.children if c.i > verb.i]:
        child.head = verb
    for phrase in phrases:
        phrase.dep_ = "nmod"
    plural = root.tag_ == "VBZ"
    root.pos_, root.tag_, root.dep_ = "NOUN", "NNS" if plural else "NN", "nsubj"
    root.set_morph("Number=Plur" if plural else "Number=Sing")
    root.head = verb
    return True


def _parenthesised_name_read_as_a_second_subject(name: "Token") -> bool:
    """"The National Assembly (Parliament) of Bulgaria approved ..." parsed with "Parliament" a
    subject of its own: a word in parentheses right after a subject's noun restates it, the
    noun's apposition, and the phrase after the parentheses is the noun's again. Returns whether
    it repaired."""
    doc = name.doc
    if not name.dep_.startswith("nsubj") or name.i < 2 or name.i + 1 >= len(doc):
        return False
    opening, closing = doc[name.i - 1], doc[name.i + 1]
    noun = doc[name.i - 2]
    if opening.text != "(" or closing.text != ")" or noun.pos_ not in ("NOUN", "PROPN") or not noun.dep_.startswith("nsubj"):
        return False
    for child in [c for c in name.children if c.i > closing.i]:
        child.head = noun  # ("(Parliament) [of Bulgaria]": the assembly's phrase)
    name.head, name.dep_ = noun, "appos"
    return True


def _modifier_read_as_a_verb_as_its_own_subject(word: "Token") -> bool:
    """"a region that separatist Serbs captured" parsed with "separatist" a present tense, the
    subject of "captured", with "that" its own subject and "Serbs" its object: a finite verb is no
    subject; a present form with nothing of its own but the noun right after it (and a relative
    pronoun) modifies that noun, which is the subject. Returns whether it repaired."""
    if word.tag_ not in ("VBP", "VBZ") or not word.dep_.startswith("nsubj") or word.head.pos_ not in ("VERB", "AUX"):
        return False
    noun = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    # (a relative's "that" it took as its own subject is the verb's object: "a region [that] ... captured")
    relative = [c for c in word.children if c.dep_ == "nsubj" and c.i < word.i and c.lower_ in ("that", "which", "whom")]
    if (noun is None or noun.head != word or noun.pos_ not in ("NOUN", "PROPN") or not word.whitespace_
            or any(c != noun and c not in relative and c.dep_ not in ("det", "punct") for c in word.children)):
        return False
    verb = word.head
    for pronoun in relative:
        pronoun.head, pronoun.dep_ = verb, "obj"
        antecedent = word.doc[pronoun.i - 1] if pronoun.i else None
        if antecedent is not None and antecedent.pos_ == "NOUN" and verb.head != antecedent and verb.i > pronoun.i:
            verb.head, verb.dep_ = antecedent, "acl:relcl"  # (the clause the pronoun opens is the noun's)
    noun.head, noun.dep_ = verb, word.dep_
    for child in [c for c in word.children if c.dep_ == "det"]:
        child.head = noun
    word.head, word.dep_, word.pos_, word.tag_ = noun, "amod", "ADJ", "JJ"
    word.set_morph("Degree=Pos")
    return True


def _noun_read_as_a_bare_verb_after_its_compound(word: "Token") -> bool:
    """"settled on the establishment of a commission with majority vote" parsed with "vote" a
    verb whose subject is "majority" and whose marker is "with": a singular noun right before a
    bare form (no -s, no auxiliary, no "to") is no clause's subject, and a preposition marks no
    clause of a bare form: the bare form is the noun of the preposition's phrase, the noun before
    it its compound. Returns whether it repaired."""
    doc = word.doc
    if word.tag_ != "VB" or word.i < 2:
        return False
    subject = doc[word.i - 1]
    marker = next((c for c in word.children if c.dep_ == "mark" and c.i < subject.i), None)
    if (subject.head != word or not subject.dep_.startswith("nsubj") or subject.tag_ != "NN" or marker is None
            # (a preposition that may mark a clause marks none of a bare form: "with majority vote")
            or marker.tag_ != "IN" or marker.lower_ not in {*_clause_markers()["clauseless_prepositions"], "with", "without", "by", "for"}
            or any(c.dep_.startswith(("aux", "obj", "iobj", "ccomp", "xcomp", "expl", "cop")) for c in word.children)):
        return False
    host = word.head
    word.pos_, word.tag_ = "NOUN", "NN"
    word.set_morph("Number=Sing")
    word.dep_ = "obl" if host.pos_ in ("VERB", "AUX", "ADJ") else "nmod"
    subject.dep_ = "compound"
    marker.dep_, marker.pos_ = "case", "ADP"
    return True


def _noun_after_to_read_as_an_infinitive(word: "Token") -> bool:
    """"was rushed to hospital on Friday", "took the company to court", "led the team to victory"
    parsed with the noun a verb and "to" its infinitive's marker: a form the treebanks tag as a
    common noun and (almost) never as a verb, right after "to", with no phrase of its own but a
    time, is the noun of a "to" phrase: of the verb above it (of the verb whose object the parse
    hung it on). Returns whether it repaired."""
    doc = word.doc
    if word.tag_ != "VB" or word.i == 0 or word.lower_ not in noun_forms():
        return False
    to = doc[word.i - 1]
    host = word.head
    # (nothing of its own but the "to", punctuation, a time and a purpose: "to court on Monday to
    # block the plan"; a verb's phrases say it is one, "to tie into the plan")
    times = time_words() | day_and_month_names()
    if (to.lower_ != "to" or to.head != word or host == word or any(
            c != to and c.dep_ != "punct" and not (c.dep_.startswith("obl") and c.i > word.i and any(t.lower_ in times for t in c.subtree))
            and not (c.dep_ == "advcl" and c.i > word.i and any(g.dep_ == "mark" and g.lower_ == "to" for g in c.children))
            for c in word.children)):
        return False
    # (not "are going to party", the future's "be going to"; nor what a noun is for, "a box to ship")
    if host.lower_ == "going" and any(c.dep_ == "aux" and (lemma_exceptions().get(c.lower_, {}).get("AUX") == "be" or c.lower_ in ("'s", "’s"))
                                      for c in host.children):
        return False
    if host.pos_ in ("NOUN", "PROPN"):
        if host.dep_ != "obj" or host.head.pos_ != "VERB" or host.head.i > host.i:
            return False
        host = host.head  # ("took [the company] to court": the taking's goal)
    # (nor the infinitive of an adjective or of a verb that takes one: "is due to land", "is
    # expected to land", "led them to believe")
    if host.pos_ != "VERB" or _verb_lemma_of_form(host) in infinitive_complement_verbs():
        return False
    _made_the_noun_of_a_to_phrase(word, to, host)
    return True


def _made_the_noun_of_a_to_phrase(word: "Token", marker: "Token", verb: "Token") -> None:
    """A bare form the parse read as an infinitive is the noun of the verb's "to" phrase, "to" its
    preposition; its phrases after it (its time, its purpose) are the verb's ("went back to [work]
    on Monday", "took the company to [court] on Monday")."""
    word.pos_, word.tag_, word.dep_ = "NOUN", "NN", "obl"
    word.set_morph("Number=Sing")
    word.head = verb
    marker.head, marker.dep_, marker.pos_, marker.tag_ = word, "case", "ADP", "IN"
    for child in [c for c in word.children if c.i > word.i and c.dep_ in ("obl", "obl:unmarked", "obl:tmod", "advmod", "advcl")]:
        child.head = verb


def _participle_after_a_possessive_read_as_a_verb(word: "Token") -> bool:
    """"Japan's ruling Liberal Democratic Party lost" parsed with "ruling" a verb whose object is
    the party: an -ing word right after a possessive "'s" modifies the name after it, which
    the possessor owns and which takes the role the possessor or the -ing word had. Returns whether
    it repaired."""
    if word.tag_ != "VBG" or word.i < 2 or word.doc[word.i - 1].lower_ not in ("'s", "’s", "'"):
        return False
    owner = word.doc[word.i - 1].head
    if owner.i >= word.i or not (word.head == owner or owner.head == word):
        return False
    # a name ("ruling Liberal Democratic Party"), not a gerund's object ("his taking bribes")
    noun = next((c for c in word.rights if c.dep_ == "obj" and c.pos_ == "PROPN"), None)
    if noun is None or any(t.is_punct or t.pos_ == "DET" for t in word.doc[word.i + 1 : noun.i]):
        return False
    # the phrase takes the place in the clause of whichever of the two the parse put above
    top = owner if word.head == owner else word
    noun.head = top.head if top.head != top else noun
    noun.dep_ = top.dep_
    for child in [c for c in top.children if c not in (owner, word, noun) and c.i > noun.i]:
        child.head = noun  # "... Party (NDP) and the Muslim Brotherhood": the phrase's, not the possessor's
    owner.head, owner.dep_ = noun, "nmod:poss"
    word.head, word.dep_ = noun, "amod"
    return True


def _relative_clause_of_the_name_before_it(verb: "Token") -> bool:
    """"told the court of the payment to Haughey, who resigned in 1992" parsed with the relative
    clause on "court": a clause set off by a comma and opened by "who" describes the name right
    before the comma. Returns whether it repaired."""
    if verb.dep_ != "acl:relcl":
        return False
    # ("Refugees crossed into Chad, which closed its border": "which" after a name is the name's too)
    pronoun = next((c for c in verb.children if c.lower_ in ("who", "whom", "whose", "which") and c.i < verb.i), None)
    start = min((t.i for t in verb.subtree), default=verb.i)
    if pronoun is None or start < 2 or verb.doc[start].lower_ not in ("who", "whom", "whose", "which") and verb.doc[start].text != ",":
        return False
    comma = verb.doc[start] if verb.doc[start].text == "," else verb.doc[start - 1]
    if comma.text != "," or comma.i == 0:
        return False
    name = verb.doc[comma.i - 1]
    while name.dep_ in ("flat", "flat:name") and name.head.i < name.i:
        name = name.head  # "Peter Hale": the name's head word
    if name.pos_ != "PROPN" or name == verb.head or verb.head.i > name.i or name.is_ancestor(verb):
        return False
    if name.head == verb.head and (pronoun.lower_ != "who" or any(c.dep_ == "case" and c.lower_ != "of" for c in name.children)):
        # "Lahoud's backers in Damascus, who": a place's phrase, whose head is meant, as parsed; but
        # "two aides of former president Joao Lima, who died": "who" after a person's name is that person
        return False
    verb.head = name
    return True


def _relative_clause_hung_far_from_its_noun(verb: "Token") -> bool:
    """"as police cordoned off the area following the blast in the supermarket which went off at 5
    p.m." parsed with the relative clause on "police": a clause opened by "which" or "that" right
    after a noun, hung on a word before it that is no head of that noun's phrase, is that noun's
    (`clauses.subject_of` then gives a place's clause to the happening in it). Returns whether it
    repaired."""
    if verb.dep_ != "acl:relcl":
        return False
    start = min(t.i for t in verb.subtree)
    pronoun = verb.doc[start]
    if pronoun.lower_ not in ("which", "that") or pronoun.head != verb or start == 0:
        return False
    noun = verb.doc[start - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun == verb.head or verb.head.i > noun.i or verb.head.is_ancestor(noun):
        return False
    if noun.dep_ in ("compound", "flat", "amod") and noun.head.i > noun.i:
        return False  # (a word of a name or compound that goes on after the clause's start: never)
    verb.head = noun
    return True


def _gerund_after_a_particle_read_as_an_adverbial(gerund: "Token") -> bool:
    """"The minister ruled out raising taxes in May" parsed with "raising" an adverbial clause of
    "ruled": a gerund right after its verb's particle, with no subordinator or subject of its own, is
    what the phrasal verb takes ("ruled out [raising]", "gave up [smoking]"). Returns whether it
    repaired."""
    doc = gerund.doc
    if gerund.dep_ != "advcl" or gerund.tag_ != "VBG" or gerund.i < 2:
        return False
    particle, verb = doc[gerund.i - 1], gerund.head
    if particle.dep_ != "compound:prt" or particle.head != verb or verb.i != particle.i - 1:
        return False
    # (read through heads alone: this runs in the first loop, on a parse that may hold a loop)
    if any(t.head == gerund and t.dep_ in ("mark", "nsubj", "nsubj:pass", "aux") for t in doc[max(0, gerund.i - 4) : gerund.i]):
        return False
    gerund.dep_ = "xcomp"
    return True


def _preposition_read_as_its_own_phrase(preposition: "Token") -> bool:
    """"left at around 9 a.m. local time for Tokyo" parsed with "at" an oblique of "left" beside
    "9": a preposition with no words of its own heads no phrase; it is the case of the phrase right
    after it (past an adverb) that hangs on the same word. Returns whether it repaired."""
    if (preposition.tag_ != "IN" or preposition.pos_ != "ADP" or preposition.dep_ not in ("obl", "obj", "nmod")
            or preposition.i + 2 >= len(preposition.doc)):
        return False
    doc = preposition.doc
    # (read through heads alone: this runs in the first loop, on a parse that may hold a loop)
    if any(t.head == preposition and t != preposition for t in doc[max(0, preposition.i - 6) : preposition.i + 8]):
        return False
    word = doc[preposition.i + 1]
    if word.pos_ == "ADV" and word.i + 1 < len(doc):
        word = doc[word.i + 1]  # ("at around 9 a.m.")
    if word.pos_ in ("ADP", "PART", "PUNCT", "VERB", "AUX", "CCONJ", "SCONJ"):
        return False  # (a preposition left standing: "should be looked into by a commission")
    phrase = next((h for h in [word, *_heads_above(word, 4)] if h.head == preposition.head), None)
    if phrase is None or phrase == preposition.head or phrase.pos_ not in ("NOUN", "PROPN", "NUM", "PRON"):
        return False
    preposition.head, preposition.dep_ = phrase, "case"
    return True


def _pied_piped_relative_clause_read_on_the_main_clause(verb: "Token") -> bool:
    """"clashed with fans after Sunday's match in which three people were hurt" parsed with "hurt"
    an adverbial clause of "clashed": a clause opened by a preposition and "which" or "whom" right
    after a noun (or after its comma) is that noun's relative clause; no clause of the sentence
    opens so. So is one opened by "where" right after a noun and its comma ("sent to Kabul, where a
    bomb killed three soldiers"). Returns whether it repaired."""
    if verb.dep_ not in ("advcl", "conj", "parataxis"):
        return False
    doc = verb.doc
    # (read through heads alone, never a subtree: this runs in the first loop, on a parse an
    # earlier repair may have left with a loop)
    pronoun = next((t for t in doc[max(0, verb.i - 12) : verb.i] if t.head == verb and t.lower_ in ("which", "whom", "where")), None)
    if pronoun is None or pronoun.i < 2:
        return False
    if pronoun.lower_ == "where":
        start = pronoun.i
        if doc[start - 1].text != "," or pronoun.tag_ != "WRB":
            return False  # (a bare "where" after a noun may open the main clause's own: "the place where")
    elif doc[pronoun.i - 1].pos_ != "ADP" or doc[pronoun.i - 1].head != pronoun:
        return False
    else:
        start = pronoun.i - 1
    if any(t.head == verb and t.text != "," for t in doc[max(0, start - 3) : start]):
        return False  # (the clause opens before the preposition: not a relative one)
    noun = doc[start - 2] if doc[start - 1].text == "," and start > 1 else doc[start - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or verb in _heads_above(noun):
        return False
    if noun.dep_ in ("compound", "flat", "amod") and noun.head.i > noun.i:
        return False  # (a word of a name or compound that goes on after it: its head is meant)
    verb.head, verb.dep_ = noun, "acl:relcl"
    return True


def _participle_after_a_clauses_object_hung_past_it(participle: "Token") -> bool:
    """"accused the government of using sanctions, announced by Albright on Tuesday" parsed with
    "announced" on "government": a past participle set off by a comma right after the object of a
    verb inside the noun's phrase (here "using") is that object's; the parse's noun would have to
    reach it across the verb. Returns whether it repaired."""
    doc = participle.doc
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or participle.i < 3:
        return False
    start = min(t.i for t in participle.subtree)
    comma = doc[start] if doc[start].text == "," else doc[start - 1]
    if comma.text != "," or comma.i == 0:
        return False
    noun, head = doc[comma.i - 1], participle.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun == head or head.i > noun.i or not head.is_ancestor(noun):
        return False
    if noun.dep_ in ("compound", "flat", "amod") and noun.head.i > noun.i:
        return False
    between = noun.head
    while between != head and between.pos_ not in ("VERB", "AUX"):
        between = between.head
    if between == head:
        return False  # ("the trial of the seven, held in May": the phrase's head is meant, as parsed)
    participle.head = noun
    return True


def _phrase_inside_a_participles_commas_read_outside(participle: "Token") -> bool:
    """"sanctions, announced by Secretary of State Madeleine Albright in Washington on Tuesday, to
    boost ..." parsed with "Albright", "in Washington" and "on Tuesday" on the main verb: a
    participle set off by commas keeps what stands between them; an "of" phrase there is the noun's
    before it, the others are the participle's. Returns whether it repaired."""
    doc = participle.doc
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or participle.i < 2:
        return False
    opening = doc[participle.i - 1]
    closing = next((t for t in doc[participle.i + 1:min(participle.i + 16, participle.sent.end)] if t.text in (",", ";")), None)
    if opening.text != "," or closing is None:
        return False
    inside = range(opening.i, closing.i + 1)
    stray = [t for t in doc[participle.i + 1:closing.i] if not t.is_punct and t.head.i not in inside]
    if not stray or any(t.pos_ in ("VERB", "AUX") for t in stray):
        return False
    for phrase in stray:
        if phrase.left_edge.lower_ == "of":
            noun = next((t for t in reversed(doc[participle.i + 1:phrase.left_edge.i]) if t.pos_ in ("NOUN", "PROPN")), None)
            if noun is None:
                return False
            phrase.head, phrase.dep_ = noun, "nmod"
        else:
            phrase.head = participle
            if not phrase.dep_.startswith(("obl", "advmod")):
                phrase.dep_ = "obl"
    return True


def _perfect_participle_read_apart(having: "Token") -> bool:
    """"..., having reported record profits earlier this year" parsed with "having" the clause's
    head and "reported" a modifier of its object: a participle right after "having" heads the
    clause, with "having" its auxiliary. Returns whether it repaired."""
    if having.lower_ != "having" or having.i + 1 >= len(having.doc):
        return False
    participle = having.doc[having.i + 1]
    if participle.tag_ != "VBN" or participle.head == having and participle.dep_ == "ROOT":
        return False
    if having.head == participle and having.dep_ == "aux":
        return False  # already so
    obj = participle.head if participle.dep_ == "amod" and participle.head.head == having else None
    participle.head = having.head if having.head != having else participle
    participle.dep_ = having.dep_ if having.head != having else "ROOT"
    for child in [c for c in having.children if c != participle]:
        child.head = participle
    if obj is not None:
        obj.dep_ = "obj"
    having.head, having.dep_ = participle, "aux"
    participle.pos_ = "VERB"
    return True


def _date_after_a_participle_clause(word: "Token") -> bool:
    """"..., having reported record profits earlier this year" parsed with "earlier this year" on the
    main clause: a time noun right after the last word of a participle clause (no comma between)
    is that clause's. Returns whether it repaired."""
    if word.lower_ not in time_words() or not word.dep_.startswith(("obl", "nmod")):
        return False
    start = word.left_edge.i
    if start == 0 or word.doc[start - 1].is_punct:
        return False
    clause = word.doc[start - 1]
    for _ in range(len(word.doc)):  # (bounded: a loop an earlier repair left is cut only at the end)
        if clause.head == clause or clause.tag_ in ("VBN", "VBG") and clause.dep_ in ("advcl", "acl"):
            break
        clause = clause.head
    if clause.head == clause or clause == word.head or clause.right_edge.i != start - 1 or clause.is_ancestor(word):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "having" for c in clause.children):
        return False  # only the perfect participle's ("having reported ..."), which the parse misreads most
    word.head = clause
    return True


def _opening_participle_read_as_root(root: "Token") -> bool:
    """"Founded in 1989, APEC is a major regional forum" parsed with "Founded" the root and the
    copular clause after the comma its parts ("forum" its passive subject, "APEC" a bare oblique):
    the copular predicate is the root, its subject the word before the copula, and the participle
    an adverbial clause of it. Returns whether it repaired."""
    if root.tag_ != "VBN" or root.i != root.sent.start or root.head != root:
        return False
    comma = next((t for t in root.doc[root.i : root.sent.end] if t.text == ","), None)
    if comma is None:
        return False
    predicate = next((c for c in root.children if c.i > comma.i and c.pos_ in ("NOUN", "PROPN", "ADJ")
                      and any(g.dep_ == "cop" for g in c.children)), None)
    if predicate is None:
        return False
    copula = next(g for g in predicate.children if g.dep_ == "cop")
    subject = next((c for c in root.children if comma.i < c.i < copula.i and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if subject is None:
        return False
    predicate.head, predicate.dep_ = predicate, "ROOT"
    for child in [c for c in root.children if c.i > comma.i and c not in (predicate, subject)]:
        child.head = predicate
    subject.head, subject.dep_ = predicate, "nsubj"
    root.head, root.dep_ = predicate, "advcl"
    return True


def _main_verb_read_into_a_relative_clause(root: "Token") -> bool:
    """"The core inflation, which excludes energy and food, dropped by 0.9 percent" parsed with the
    noun the root and "dropped" a modifier of "food", inside the relative clause: a past verb with no
    subject of its own right after the comma that closes a relative clause set off by commas is
    the main verb, and the noun its subject. Returns whether it repaired."""
    if root.pos_ not in ("NOUN", "PROPN") or root.head != root:
        return False
    relative = next((c for c in root.rights if c.dep_ == "acl:relcl"
                     and root.doc[min(t.i for t in c.subtree if not t.is_punct) - 1].text == ","), None)
    if relative is None:
        return False
    doc = root.doc
    closing = next((t for t in doc[relative.i + 1 : root.sent.end] if t.text == ","), None)
    if closing is None or closing.i + 1 >= root.sent.end:
        return False
    verb = doc[closing.i + 1]
    # (a past form the tagger read as a participle too: the sentence has no verb of its own)
    if verb.tag_ not in ("VBD", "VBN") or not relative.is_ancestor(verb) or any(
            c.dep_.startswith(("nsubj", "aux", "mark")) for c in verb.children):
        return False
    # what the relative clause's verb has after the closing comma goes on the main verb
    movers = [c for c in relative.children if c.i > closing.i and c != verb]
    movers += [c for c in root.rights if c.i > closing.i]
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "nsubj"
    for child in movers:
        child.head = verb
    closing.head = relative
    return True


def _main_verb_read_into_a_restrictive_relative(root: "Token") -> bool:
    """"The bridge that collapsed in 2019 reopened on Monday" parsed with the noun the root and
    "reopened" a modifier inside the relative clause ("The fire that started in the kitchen
    spread to the roof", with "spread" a noun): a relative clause with its own subject leaves the
    noun without a verb, so in a sentence with no other finite verb, the first past form after the
    relative verb in its clause, with no subject, auxiliary, marker or conjunction of its own, is
    the main verb and the noun its subject. Returns whether it repaired."""
    if root.pos_ not in ("NOUN", "PROPN") or root.head != root:
        return False
    relative = next((c for c in root.rights if c.dep_ == "acl:relcl"
                     and any(g.dep_.startswith("nsubj") for g in c.children)), None)
    if relative is None or any(t.text == "," for t in root.doc[root.i : relative.i]):
        return False  # (set off by commas: _main_verb_read_into_a_relative_clause)
    own = {t.i for t in relative.subtree}
    past_forms = irregular_pasts_with_unchanged()
    verb = next((t for t in relative.subtree if t.i > relative.i and t != relative and (
        t.tag_ in ("VBD", "VBN") and t.pos_ == "VERB"
        or t.tag_ == "NN" and t.lower_ in past_forms)), None)
    if verb is None or verb.text[:1].isupper() or any(
            c.dep_.startswith(("nsubj", "aux", "mark", "cc")) for c in verb.children):
        return False
    if any(t.i not in own and t != root and "Fin" in t.morph.get("VerbForm") for t in root.sent):
        return False  # the sentence has its verb
    if any(t.text == "," for t in root.doc[relative.i : verb.i]):
        return False
    if verb.pos_ != "VERB":
        verb.pos_, verb.lemma_ = "VERB", past_forms[verb.lower_]
    _made_a_past_tense(verb)
    movers = [c for c in root.rights if c.i > verb.i]
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "nsubj"
    for child in movers:
        child.head = verb
    return True


def _main_clause_read_under_an_opening_participle(root: "Token") -> bool:
    """"Citing poor sales, the company closed three stores" parsed with "Citing" the root and the
    main clause hung under it: its subject a parataxis (or object) of the participle, the finite
    verb a modifier of that subject, or the verb itself a parataxis. The finite verb after the
    comma is the root, the noun before it its subject, and the participle an adverbial clause of
    it. Returns whether it repaired."""
    if root.tag_ not in ("VBG", "VBN") or root.i != root.sent.start or root.head != root:
        return False
    comma = next((t for t in root.doc[root.i : root.sent.end] if t.text == ","), None)
    if comma is None:
        return False
    after = [c for c in root.children if c.i > comma.i]
    # the verb hung as a parataxis with its own subject ("the company closed ...")
    verb = next((c for c in after if c.dep_ == "parataxis" and c.tag_ == "VBD"
                 and any(g.dep_.startswith("nsubj") and g.i < c.i for g in c.children)), None)
    subject = None
    if verb is None:
        # the subject hung on the participle, the verb a modifier of it ("the railway announced ...")
        # (on the participle, or on a word of its clause: "Citing poor sales, the chain ..." as an
        # apposition of "sales")
        # (or a name joined to the opening phrase's last noun: "Born in Hangzhou, Qian Xuesen left ...")
        subject = next((c for c in root.doc[comma.i + 1 : root.sent.end] if c.head.i < comma.i
                        and (c.dep_ in ("parataxis", "obj", "nsubj", "nsubj:pass", "appos", "obl:unmarked")
                             or c.dep_ == "conj" and c.pos_ == "PROPN")
                        and c.pos_ in ("NOUN", "PROPN", "PRON")), None)

        def bare_past(g: "Token") -> bool:
            return g.dep_ == "acl" and g.tag_ in ("VBD", "VBN") and not any(
                x.dep_.startswith(("nsubj", "aux", "mark")) for x in g.children)

        verb = next((g for g in subject.rights if bare_past(g)), None) if subject else None
        if verb is None and subject is not None and subject.dep_ in ("conj", "appos") and subject.pos_ == "PROPN":
            # the verb hung on the opening phrase's noun, after the name ("city ... left")
            verb = next((g for g in root.doc[subject.i + 1 : root.sent.end] if bare_past(g) and g.tag_ == "VBD"
                         and g.head.i < comma.i), None)
        if verb is None or any(t.pos_ in ("VERB", "AUX") for t in root.doc[subject.i + 1 : verb.i]):
            return False
        if verb.tag_ == "VBN" and any("Fin" in t.morph.get("VerbForm") for t in root.sent
                                      if not subject.is_ancestor(t) and t.i > comma.i):
            return False  # a participle with a finite verb elsewhere may be a real reduced relative
    movers = [c for c in after if c not in (verb, subject)]
    if subject is not None:
        movers += [c for c in subject.rights if c.i > verb.i]  # "..., the railway announced [that ...]"
    verb.head, verb.dep_ = verb, "ROOT"
    if subject is not None:
        subject.head, subject.dep_ = verb, "nsubj"
    root.head, root.dep_ = verb, "advcl"
    for child in movers:
        child.head = verb
        that = child.left_edge
        if that.lower_ == "that" and that.head == child and child.i > verb.i:
            # "announced ... that 40 stores would be shut", read as the subject's relative clause
            child.dep_, that.dep_, that.pos_ = "ccomp", "mark", "SCONJ"
    return True


def _opening_participle_read_as_an_adjective(word: "Token") -> bool:
    """"Addressing reporters on Monday, the minister announced ..." parsed with "Addressing" an
    adjective of "reporters", and that noun a second subject of the main verb (or the root, with the
    main clause its parataxis): the participle opens an adverbial clause of the main verb, with the
    noun its object and the words up to the comma its own. Returns whether it repaired."""
    if word.tag_ != "VBG" or word.dep_ != "amod" or word.i != word.sent.start or word.head.i != word.i + 1:
        return False
    noun = word.head
    comma = next((t for t in word.doc[noun.i + 1 : word.sent.end] if t.text == ","), None)
    if comma is None or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.dep_.startswith("nsubj") and noun.head.pos_ == "VERB":
        main = noun.head
        if not any(c.dep_.startswith("nsubj") and c.i > comma.i for c in main.children):
            return False
    elif noun.head == noun:
        main = next((c for c in noun.children if c.i > comma.i and c.dep_ == "parataxis" and c.pos_ == "VERB"
                     and any(g.dep_.startswith("nsubj") and g.i > comma.i for g in c.children)), None)
        if main is None:
            return False
        main.head, main.dep_ = main, "ROOT"
        for child in [c for c in noun.children if c.i > comma.i]:
            child.head = main
    else:
        return False
    for between in word.doc[noun.i + 1 : comma.i + 1]:
        if between.head in (main, noun) and between.i > noun.i:
            between.head = word  # "on Monday": the participle's, up to the comma
    noun.head, noun.dep_ = word, "obj"
    word.head, word.dep_ = main, "advcl"
    return True


def _main_verb_read_as_a_relative_before_a_subordinate(root: "Token") -> bool:
    """"The minister, Helena Brandt, resigned on Thursday after a newspaper revealed ..." parsed with
    "revealed" the root, "resigned" a reduced relative of the subject and "after a newspaper" its
    phrase: where a subordinator's noun sits right before the root, the root is that subordinate
    clause's verb and the participle the main one. Returns whether it repaired."""
    if root.pos_ != "VERB" or root.head != root:
        return False
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    if subject is None:
        return False
    main = next((c for c in subject.rights if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i < root.i
                 and not any(g.dep_.startswith(("nsubj", "aux", "mark")) for g in c.children)), None)
    if main is None:
        return False
    # (on the participle, or deeper in its object's phrase: "cancelled 300 flights across its
    # network after air traffic controllers in France walked out")
    noun = next((c for c in main.subtree if c != main and c.dep_.startswith(("obl", "nmod")) and c.right_edge.i == root.i - 1
                 and any(g.dep_ == "case" and g.lower_ in subordinators() for g in c.children)), None)
    marker = next((g for g in noun.children if g.dep_ == "case" and g.lower_ in subordinators()), None) if noun else None
    if marker is None:
        return False
    main.head, main.dep_ = main, "ROOT"
    subject.head = main
    root.head, root.dep_ = main, "advcl"
    noun.head, noun.dep_ = root, "nsubj"
    marker.head, marker.dep_ = root, "mark"
    _full_stop_to(root, main)
    return True


def _main_clause_read_under_a_subordinate(root: "Token") -> bool:
    """"The agency said on Tuesday it had begun registering those who want to return home after a
    peace agreement ended the war" parsed with "ended" the root, "after" a preposition of its
    subject and "said" an adverbial clause of it: a subject is never opened by a subordinator, so
    the root is that subordinate clause's verb, of the verb right before "after"; the clause
    before it is the main one. Returns whether it repaired."""
    if root.pos_ != "VERB" or root.head != root:
        return False
    subject = next((c for c in root.children if c.dep_.startswith("nsubj") and c.i < root.i), None)
    marker = next((g for g in subject.children if g.dep_ == "case" and g.i == subject.left_edge.i
                   and g.lower_ in subordinators()), None) if subject is not None else None
    if marker is None:
        return False
    main = next((c for c in root.children if c.dep_ in ("advcl", "ccomp", "parataxis") and c.i < marker.i
                 and c.pos_ == "VERB" and any(g.dep_.startswith("nsubj") for g in c.children)), None)
    if main is None:
        return False
    host = next((t for t in reversed(root.doc[main.i : marker.i]) if t.pos_ == "VERB" and main.is_ancestor(t) or t == main), main)
    movers = [c for c in root.children if c.i < marker.i and c != main and c != subject]
    main.head, main.dep_ = main, "ROOT"
    for child in movers:
        child.head = main
    root.head, root.dep_ = host, "advcl"
    marker.head, marker.dep_ = root, "mark"
    _full_stop_to(root, main)
    return True


def _first_clause_read_as_subject(verb: "Token") -> bool:
    """"Weak figures led to a decline but investors helped the index climb" parsed with both
    subjects on the second verb and the first verb a modifier of its subject: the first verb
    heads the first clause, and the second clause is joined to it. Returns whether it repaired."""
    subjects = [c for c in verb.lefts if c.dep_ in ("nsubj", "nsubj:pass")]
    if len(subjects) < 2:
        return False
    first, second = subjects[0], subjects[-1]
    joined = next((c for c in (*verb.lefts, *second.lefts) if c.dep_ == "cc" and first.i < c.i < second.i), None)
    modifier = next((c for c in first.rights if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i < second.i), None)
    if joined is None or modifier is None or any(c.dep_.startswith(("nsubj", "aux", "mark")) for c in modifier.children):
        return False
    if verb.head == verb:
        modifier.head = modifier
    else:
        modifier.head = verb.head
    modifier.dep_ = verb.dep_
    verb.head, verb.dep_ = modifier, "conj"
    first.head, first.dep_ = modifier, "nsubj"
    joined.head = verb
    return True


def _noun_phrase_heads(root: "Token") -> list["Token"]:
    """The root and the nominals hanging off it to its right through nominal relations only."""
    heads, frontier = [root], [root]
    while frontier:
        frontier = [c for t in frontier for c in t.rights
                    if c.dep_ in ("nmod", "appos", "flat", "compound", "nmod:unmarked") and c.pos_ in _NOMINAL] + [
            # (and through an adjective after its noun: "fans angry at [the referee's decision]", or a
            # participle's object: "A plane carrying [62 people] crashed")
            g for t in frontier for c in t.rights if c.dep_ == "amod" and c.pos_ == "ADJ"
            for g in c.rights if g.dep_ == "obl" and g.pos_ in _NOMINAL] + [
            g for t in frontier for c in t.rights if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN")
            for g in c.rights if g.dep_ == "obj" and g.pos_ in _NOMINAL]
        heads.extend(frontier)
    return heads


def _model_error(path: Path, problem: str) -> ModelError:
    return ModelError(
        f"{path}: {problem}. The language model is built by `make model` (from the treebanks in "
        f"../shared) and ships with the package: run `make model`, or reinstall timeline."
    )


@lru_cache(maxsize=1)
def lemma_exceptions() -> dict[str, dict[str, str]]:
    """lowercased form -> {UPOS or "*": lemma}, from timeline/data/language/lemmas.yaml."""
    table = _language_table(LEMMAS_FILE) or {}
    return {str(form).lower(): {str(pos): str(lemma) for pos, lemma in by_pos.items()}
            for form, by_pos in table.items()}


@lru_cache(maxsize=1)
def irregular_verbs() -> dict[str, str]:
    """Past form -> lemma of irregular verbs, from timeline/data/language/irregular_verbs.yaml."""
    return {str(form): str(lemma) for form, lemma in _language_table(IRREGULAR_VERBS_FILE)["irregular"].items()}


@lru_cache(maxsize=1)
def past_forms_also_nouns() -> dict[str, str]:
    """Irregular past forms the treebanks use more often otherwise ("shot": a noun), -> lemma."""
    return {str(form): str(lemma) for form, lemma in (_language_table(IRREGULAR_VERBS_FILE).get("also_nouns") or {}).items()}


@lru_cache(maxsize=1)
def irregular_pasts_with_unchanged() -> dict[str, str]:
    """`irregular_verbs` and the past tenses spelt as their lemma ("cut", "hit", "set": the
    treebanks' past_tenses.yaml), for the repairs that find a past form the parse made a noun."""
    unchanged = {lemma: lemma for lemma, form in _past_tenses().items() if form == lemma}
    return {**unchanged, **irregular_verbs()}


def _unchanged_past_of_a_plural(word: "Token", subject: "Token") -> bool:
    """"Banks cut rates": a form that is its lemma's past and present is told as a past only after
    a singular subject ("The bank cut rates"), where the present would be "cuts"."""
    return word.lower_ not in irregular_verbs() and word.lower_ not in past_forms_also_nouns() and subject.tag_ in ("NNS", "NNPS")


@lru_cache(maxsize=1)
def hyphen_prefixes_kept_whole() -> frozenset[str]:
    """Prefixes the treebanks keep in one token with the word after their hyphen ("re", "anti":
    timeline/data/language/hyphen_prefixes.yaml, `make lemmas`)."""
    return frozenset(str(v) for v in _language_table(HYPHEN_PREFIXES_FILE)["prefixes"])


@lru_cache(maxsize=1)
def ing_nouns() -> frozenset[str]:
    """Forms in -ing the treebanks mostly use as nouns (timeline/data/language/ing_nouns.yaml, `make lemmas`)."""
    return frozenset(str(v) for v in _language_table(ING_NOUNS_FILE)["nouns"])


@lru_cache(maxsize=1)
def noun_forms() -> frozenset[str]:
    """Forms the treebanks tag as common nouns and (almost) never as verbs ("hospital", "court";
    timeline/data/language/noun_forms.yaml, `make lemmas`)."""
    return frozenset(str(v) for v in _language_table(NOUN_FORMS_FILE)["nouns"])


@lru_cache(maxsize=1)
def known_verbs() -> frozenset[str]:
    """The verb lemmas the treebanks annotate (timeline/data/language/verb_lemmas.yaml)."""
    return frozenset(str(v) for v in _language_table(VERB_LEMMAS_FILE)["verbs"])


@lru_cache(maxsize=1)
def intransitive_verbs() -> frozenset[str]:
    """Verb lemmas the treebanks never use in the passive nor with an object
    (timeline/data/language/intransitive_verbs.yaml, `make lemmas`)."""
    return frozenset(str(v) for v in _language_table(INTRANSITIVE_VERBS_FILE)["intransitive"])


@lru_cache(maxsize=1)
def infinitive_complement_verbs() -> frozenset[str]:
    """Verb lemmas whose "to" infinitive the treebanks annotate as their complement, not their
    purpose (timeline/data/language/infinitive_verbs.yaml, `make lemmas`)."""
    return frozenset(str(v) for v in _language_table(INFINITIVE_VERBS_FILE)["complement"])


def spelled_as_a_participle(verb: "Token") -> bool:
    """A past form that is its participle too: regular ("discussed") or one of the irregular
    participles the date engine knows ("held", "set"), not "grew" or "took"."""
    form, participles = verb.lower_, temporal_lexicon.load().tense.participles
    return form.endswith("ed") or form in participles or any(
        form.startswith(prefix) and form[len(prefix):] in participles for prefix in verb_prefixes())  # "rebuilt"


def _verb_lemma_of_form(word: "Token") -> str:
    """A verb's lemma from its form alone (the repairs run before the lemmatizer): an irregular past
    ("told" -> tell), a regular -ed form's stem the treebanks know ("asked" -> ask), else the form."""
    form = word.lower_
    irregular = irregular_verbs().get(form)
    if irregular:
        return irregular
    if form.endswith("ing") and len(form) > 5:
        # a present participle's stem the treebanks know: "planning" -> plan, "hoping" -> hope
        stem = form[:-3]
        known = known_verbs()
        # (a short vowel before one consonant doubles it: "hoping" is hope, "hopping" hop)
        single = len(stem) > 2 and stem[-1] not in "aeiouwxy" and stem[-2] in "aeiou" and stem[-3] not in "aeiou"
        candidates = (stem + "e", stem) if single else (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else "")
        for candidate in candidates:
            if candidate in known:
                return candidate
        return form
    return _regular_form_lemma(form, form) if form.endswith("ed") else form


@lru_cache(maxsize=1)
def _past_tenses() -> dict[str, str]:
    return {str(lemma): str(form) for lemma, form in _language_table(PAST_TENSES_FILE)["past"].items()}


@lru_cache(maxsize=1)
def _irregular_pasts() -> dict[str, str]:
    """The hand-written irregulars the treebanks lack (a closed class), for telling a past only:
    the repairs that look for past forms keep to the treebanks' ("bid", "shed" are nouns too)."""
    return {str(lemma): str(form) for lemma, form in _language_table(IRREGULAR_PASTS_FILE)["past"].items()}


def past_tense(lemma: str) -> str:
    """A verb's past tense: the treebanks' form (timeline/data/language/past_tenses.yaml, `make
    lemmas`: "take" -> "took"), or an irregular they lack (irregular_pasts.yaml: "spit" -> "spat"),
    else the regular spelling ("ceded", "rallied", "visited")."""
    lemma = lemma.lower()
    known = _past_tenses().get(lemma) or _irregular_pasts().get(lemma)
    if known:
        return known
    if lemma.endswith("e"):
        return lemma + "d"
    if len(lemma) > 2 and lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


def _regular_form_lemma(form: str, lemma: str) -> str:
    """"insisted" -> insist where the trainable lemmatizer said "insiste", "spitting" -> spit where
    it read a gerund as a noun: of the stems a regular -ed or -ing form can have (insist, insiste,
    ...), the lemma the treebanks know; else the lemmatizer's."""
    known = known_verbs()
    if lemma in known:
        return lemma
    if form.endswith("ing") and len(form) > 5:
        # ("spitting" -> spit, "making" -> make, "voting" -> vote: a gerund the lemmatizer read as a noun)
        stems = [form[:-3], form[:-3] + "e", form[:-4] if form[-4:-3] == form[-5:-4] else ""]
        return next((stem for stem in stems if stem and stem in known), lemma)
    if form.endswith("en") and lemma == form and len(form) > 4:
        # ("beaten" -> beat, "driven" -> drive: a participle in -en the treebanks have too few of)
        return next((stem for stem in (form[:-2], form[:-1]) if stem in known), lemma)
    if not form.endswith("ed"):
        return lemma
    stems = [form[:-2], form[:-1], form[:-3] + "y" if form.endswith("ied") else "", form[:-3] if form[-3:-2] == form[-4:-3] else ""]
    found = next((stem for stem in stems if stem and stem in known), None)
    if found is None and form.endswith("ated") and lemma == form[:-2]:
        return form[:-1]  # "slated" -> slate, never "slat": a single t after one vowel keeps the verb's e
    return found or lemma


def verb_prefixes() -> frozenset[str]:
    """Prefixes that make a verb of a verb and keep its irregular forms ("re" of "rebuilt")."""
    return _clause_markers()["verb_prefixes"]


def is_past_form(token: "Token") -> bool:
    """The word's spelling is a past form ("hit" aside): regular ("crashed"), irregular ("took"), or
    irregular with a prefix ("retook"), whatever the tagger made of it."""
    form = token.lower_
    irregular = irregular_verbs()
    if form.endswith("ed") or form in irregular:
        return True
    return any(form.startswith(prefix) and form[len(prefix):] in irregular for prefix in _clause_markers()["verb_prefixes"])


def _language_table(name: str) -> Any:
    return read_table(resources.files("timeline") / "data" / "language" / name)


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[str, ...]:
    """The abbreviations a sentence never ends on ("Lt.", "No.", "Dept."), as written, with their
    full stop: the events stage's closed class (data/events/sentences.yaml, `never_final`)."""
    table = read_table(resources.files("timeline") / "data" / "events" / "sentences.yaml")
    words = [str(w) for w in table["never_final"]["words"] if str(w).isalpha()]
    return tuple(sorted({f"{w}." for w in words} | {f"{w[:1].upper()}{w[1:]}." for w in words}))


def _keep_abbreviations_whole(nlp: "Language") -> None:
    """spaCy's English tokenizer splits "Lt.", "No.", "Capt.", "Dept." into the word and a full
    stop, which the parser then reads as a sentence's end ("Lt. Col. Restituto Padilla told ...",
    "lifted the No. 5 curfew order" broken in two): each is kept one token, as "Gen." and "Mr." are."""
    from spacy.symbols import ORTH

    for abbreviation in _abbreviations():
        if len(nlp.tokenizer(abbreviation)) > 1:
            nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])


@lru_cache(maxsize=1)
def _person_titles() -> frozenset[str]:
    """The one-word titles written before a person's name ("Minister", "Prophet"), lowercased: the
    honorifics of the events stage's entity table (a closed class)."""
    table = read_table(resources.files("timeline") / "data" / "events" / "entities.yaml")
    return frozenset(t.lower() for t in table["honorifics"] if " " not in t)


@lru_cache(maxsize=1)
def _clause_markers() -> dict[str, frozenset[str]]:
    """clause_markers.yaml: its closed word classes, lowercased."""
    return {key: frozenset(str(w).lower() for w in words) for key, words in _language_table(CLAUSE_MARKERS_FILE).items()}


def adverbial_that() -> frozenset[str]:
    """The words before "that" that make it adverbial ("so that")."""
    return _clause_markers()["adverbial_that"]


def relational_participles() -> frozenset[str]:
    """Participles that only relate one thing to another ("involving", "including", "concerning")."""
    return _clause_markers()["relational_participles"]


def start_participles() -> frozenset[str]:
    """Participles that open a time as "from" does ("starting Monday", "effective June 1")."""
    return _clause_markers()["start_participles"]


def day_names() -> frozenset[str]:
    """The names of the days ("monday"), lowercased: a day is never a subject, an object or a speaker."""
    return _clause_markers()["day_names"]


@lru_cache(maxsize=1)
def _time_names() -> frozenset[str]:
    """Every word that names a time on its own: the time nouns, the days, the months and the seasons
    ("Monday", "morning", "spring"), for the repairs that ask whether a phrase is a time."""
    return time_words() | _day_and_month_names() | _clause_markers()["season_names"]


@lru_cache(maxsize=1)
def time_words() -> frozenset[str]:
    """The time nouns and day names of clause_markers.yaml ("year", "tonight", "monday")."""
    return _clause_markers()["time_nouns"] | day_names()


def anniversary_nouns() -> frozenset[str]:
    """Nouns that mark a later day of what their "of" phrase names (clause_markers.yaml)."""
    return _clause_markers()["anniversary_nouns"]


def subordinators() -> frozenset[str]:
    """Words that open a clause of time or reason ("as Toronto cruised past Indiana")."""
    return _clause_markers()["subordinators"]


def _comparative_read_as_the_days(day: "Token") -> bool:
    """"closed higher Friday" parsed with "higher" a modifier of the day: a comparative right after
    its verb is how the verb went, and the day a bare time phrase. True when repaired."""
    if day.lower_ not in _clause_markers()["day_names"] or day.head.pos_ != "VERB" or day.head.i > day.i:
        return False
    word = next((c for c in day.lefts if c.i == day.i - 1 and c.dep_ == "amod" and c.tag_ in ("JJR", "RBR")), None)
    if word is None or word.i != day.head.i + 1:
        return False
    word.head, word.dep_ = day.head, "advmod"
    day.dep_ = "obl:unmarked"
    return True


def _day_after_be_read_as_the_predicate(day: "Token") -> bool:
    """Repairs "The council was on Monday expected to approve the budget" parsed with "was on Monday"
    the clause (the day its copular predicate) and the participle hung on the day or apart: a day
    set between a form of "be" and a past participle ("set" spelt as its lemma, too) dates the
    participle, which is the verb, "be" its passive auxiliary. Returns whether it repaired."""
    doc = day.doc
    cop = next((c for c in day.children if c.dep_ == "cop" and c.i < day.i), None)
    if cop is None or day.i + 1 >= len(doc) or lemma_exceptions().get(cop.lower_, {}).get("AUX") != "be":
        return False
    if any(not (t.dep_ == "case" and t.head == day) for t in doc[cop.i + 1 : day.i]):
        return False  # only "on" between: "was on Monday"
    participle = doc[day.i + 1]
    if not (participle.tag_ == "VBN" or participle.tag_ in ("VBD", "JJ") and participle.lower_.endswith("ed")
            or participle.lower_ in irregular_pasts_with_unchanged() and participle.tag_ in ("NN", "JJ", "VBD")):
        return False
    if participle.tag_ != "VBN" and not any(t.dep_ == "mark" and t.lower_ == "to" for t in participle.subtree):
        return False  # (a form that is not plainly a participle only before its infinitive: "was on Monday set to")
    subject = next((c for c in day.children if c.dep_.startswith("nsubj") and c.i < cop.i), None)
    if subject is None:
        return False
    movers = [c for c in day.children if c.i > participle.i]
    participle.head, participle.dep_ = (participle, "ROOT") if day.head == day else (day.head, day.dep_)
    participle.pos_, participle.tag_ = "VERB", "VBN"
    participle.set_morph("Tense=Past|VerbForm=Part|Voice=Pass")
    day.head, day.dep_ = participle, "obl"
    cop.head, cop.dep_ = participle, "aux:pass"
    subject.head, subject.dep_ = participle, "nsubj:pass"
    for child in movers:
        child.head = participle
    return True


def _as_many_as_read_as_a_clause(many: "Token") -> bool:
    """Repairs "reduce the forces in early 2006 by as many as three combat brigades" parsed with
    "many" a clause of its own (a parataxis or complement) and the counted noun its phrase: "as
    many as" before a number is a quantity's approximator; the counted noun is the phrase the
    preposition before it opens, on the verb before that. Returns whether it repaired."""
    doc = many.doc
    k = many.i
    if (many.lower_ not in ("many", "much", "few") or k < 2 or k + 2 >= len(doc) or doc[k - 1].lower_ != "as"
            or doc[k + 1].lower_ != "as" or not doc[k + 2].like_num
            or many.dep_ not in ("parataxis", "ccomp", "conj", "advcl", "dep", "obl", "obj", "nmod")):
        return False
    number = doc[k + 2]
    counted = number.head if number.head.i > number.i and number.head.pos_ in ("NOUN", "PROPN") else number
    preposition = doc[k - 2] if doc[k - 2].pos_ == "ADP" else None
    verb = next((t for t in reversed(doc[many.sent.start : k - 1]) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or counted.head != many and counted != number:
        return False
    for child in [c for c in many.children if c.i > many.i + 1 and c != counted and not c.is_punct]:
        child.head = counted  # (whatever the clause took after the count is the noun's)
    counted.head, counted.dep_ = verb, "obl" if preposition is not None else "obj"
    if preposition is not None:
        preposition.head, preposition.dep_ = counted, "case"
    many.head, many.dep_ = number, "advmod"
    doc[k - 1].head, doc[k - 1].dep_ = many, "advmod"
    doc[k + 1].head, doc[k + 1].dep_ = many, "fixed"
    return True


def _count_approximator_read_as_the_root(first: "Token") -> bool:
    """Repairs "As many as 40 people were killed in the blast" parsed with "many" the root and the
    clause its adverbial, and "Up to 40 people were killed" with "Up to" the verb's marker: an
    approximator opening the sentence before a number is the number's ("as many as", "up to"), and
    the verb after the counted noun the sentence's. Returns whether it repaired."""
    doc = first.doc
    k = first.i
    if k != first.sent.start or k + 3 >= len(doc):
        return False
    words = [t.lower_ for t in doc[k : k + 3]]
    if words[:3] == ["as", "many", "as"] or words[:3] == ["as", "much", "as"]:
        head, rest, size = doc[k + 1], [doc[k], doc[k + 2]], 3
    elif words[:2] == ["up", "to"]:
        head, rest, size = doc[k], [doc[k + 1]], 2
    else:
        return False
    number = doc[k + size]
    if not number.like_num:
        return False
    verb = number.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb and verb.head.i > number.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i <= number.i or head.head == number:
        return False
    root = head if head.dep_ == "ROOT" else None
    if root is not None:
        if verb.head != root:
            return False
        movers = [c for c in root.children if c.i > verb.i]
        verb.head, verb.dep_ = verb, "ROOT"
        for child in movers:
            child.head = verb
    elif head.head != verb:
        return False
    head.head, head.dep_ = number, "advmod"
    if head.lower_ == "up":
        head.pos_, head.tag_ = "ADV", "RB"  # (an adverb of degree here, no preposition a title would drop)
    for word in rest:
        word.head, word.dep_ = head, "fixed" if word.i > head.i else "advmod"
    return True


def _day_read_as_object(day: "Token") -> bool:
    """"submitted a bid Wednesday" parsed with the day as the object and "bid" its modifier: the
    noun before the day becomes the object, with the day's other words, and the day a bare time
    phrase of the verb. True when repaired."""
    if day.lower_ not in _clause_markers()["day_names"] or day.head.pos_ != "VERB":
        return False
    if (day.dep_ in ("obj", "nsubj") and _is_reporting_form(day.head) and not day.n_lefts and day.i == day.head.i + 1
            and (day.dep_ == "obj" or any(c.dep_ == "nsubj" and c.i < day.head.i for c in day.head.children))):
        # (", the news agency reported Tuesday", ", the army said Friday" read with the day a second
        # subject: a day is never what was told, nor who told it)
        day.dep_ = "obl:unmarked"
        return True
    if day.dep_ != "obj":
        return False
    noun = next((c for c in day.lefts if c.i == day.i - 1 and c.dep_ in ("amod", "compound")), None)
    if noun is None:
        return False
    words_of_noun = [c for c in day.lefts if c.i < noun.i]
    # "a plea Wednesday", tagged as an adjective: with an article before it, still the noun a day never is
    if not (noun.tag_.startswith("NN") or any(w.dep_ == "det" for w in words_of_noun)):
        return False
    _noun_before_a_time_takes_its_place(day, noun, "obj")
    return True


def _day_read_as_a_compound_of_the_object(day: "Token") -> bool:
    """"discussed late Monday proposals for a new tram line" parsed with "late Monday" a compound of
    the object "proposals": a weekday right after the verb, before the object it was hung on, is
    the verb's time (a day's own noun takes its possessive: "Monday's proposals"). True when
    repaired."""
    noun = day.head
    verb = noun.head
    if (day.lower_ not in _clause_markers()["day_names"] or day.dep_ != "compound" or noun.dep_ != "obj"
            or verb.pos_ != "VERB" or day.left_edge.i != verb.i + 1 or noun.i != day.i + 1):
        return False
    day.head, day.dep_ = verb, "obl:unmarked"
    return True


def _counted_time_read_as_object(unit: "Token") -> bool:
    """"joined the bloc last year" parsed as one object, "the bloc last year", with "bloc" a modifier
    of "year": the noun before the counted time becomes the object, and the time a bare time
    phrase of the verb, as for a day ("submitted a bid Wednesday"). True when repaired."""
    markers = _clause_markers()
    if unit.dep_ != "obj" or unit.head.pos_ != "VERB" or unit.lower_ not in markers["time_nouns"] or unit.i < 2:
        return False
    direction = next((c for c in unit.lefts if c.i == unit.i - 1 and c.lower_ in markers["time_directions"]), None)
    noun = next((c for c in unit.lefts if c.i == unit.i - 2 and c.dep_ in ("amod", "compound") and c.tag_.startswith("NN")), None)
    if direction is None or noun is None:
        return False
    _noun_before_a_time_takes_its_place(unit, noun, "obj")
    return True


def _day_read_as_a_conjunct_before_its_clause(day: "Token") -> bool:
    """"seized the town and on Monday they burned the market" parsed with "Monday" the conjunct
    and "burned" hung apart: the day opens the clause after it, which is the conjunct. True when
    repaired."""
    if day.dep_ != "conj" or not any(c.dep_ == "case" and c.i < day.i for c in day.children):
        return False
    subject = day.doc[day.i + 1] if day.i + 1 < len(day.doc) else None
    if subject is None or not subject.dep_.startswith("nsubj") or subject.head.i <= subject.i:
        return False
    verb, first = subject.head, day.head
    if verb.head != first or verb.dep_ not in ("parataxis", "dep", "conj") or verb.pos_ not in ("VERB", "AUX"):
        return False
    for child in [c for c in day.children if c.dep_ == "cc"]:
        child.head = verb
    day.head, day.dep_ = verb, "obl"
    verb.dep_ = "conj"
    return True


def _ing_noun_read_as_a_participle_of_a_plural(word: "Token") -> bool:
    """"at a foreign ministers meeting in Kuala Lumpur" parsed with "meeting" a participle describing
    "ministers": "a" never goes with a plural, so the -ing word right after it is the phrase's noun,
    and the plural its modifier. True when repaired."""
    noun = word.head
    if word.dep_ != "acl" or word.tag_ != "VBG" or noun.i != word.i - 1 or noun.tag_ != "NNS":
        return False
    if any(c.dep_.startswith(("nsubj", "obj", "aux", "mark", "xcomp", "ccomp", "compound:prt", "advmod")) for c in word.children):
        return False
    article = next((c for c in noun.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
    # ("a few more scans": "a" there goes with "few")
    if article is None or any(t.lower_ in ("few", "lot", "couple", "number", "dozen", "great", "good") for t in noun.doc[article.i + 1 : noun.i]):
        return False
    word.head, word.dep_ = (word, "ROOT") if noun.head == noun else (noun.head, noun.dep_)
    for child in [c for c in noun.children if c.i < noun.i]:
        child.head = word
    noun.head, noun.dep_ = word, "compound"
    word.pos_, word.tag_ = "NOUN", "NN"
    return True


def _ing_noun_after_a_plurals_apostrophe_read_as_a_participle(word: "Token") -> bool:
    """"the 33rd anniversary of the Polytechnic students' uprising in 1973" parsed with the
    apostrophe a quotation mark and "uprising" a participle of "students" (titled "The students
    uprised"): an apostrophe right after a plural in -s is its possessive, and an -ing word the
    treebanks use as a noun after it is the noun it owns. True when repaired."""
    noun = word.head
    if word.dep_ != "acl" or word.tag_ != "VBG" or word.lower_ not in ing_nouns() or noun.tag_ != "NNS" or noun.i != word.i - 2:
        return False
    mark = word.doc[noun.i + 1]
    if mark.text not in ("'", "’") or noun.whitespace_ or not noun.lower_.endswith("s"):
        return False
    word.head, word.dep_ = (word, "ROOT") if noun.head == noun else (noun.head, noun.dep_)
    for child in [c for c in noun.children if c.i < noun.i]:
        child.head = word
    noun.head, noun.dep_ = word, "nmod:poss"
    mark.head, mark.dep_, mark.tag_, mark.pos_ = noun, "case", "POS", "PART"
    word.pos_, word.tag_ = "NOUN", "NN"
    return True


def _adjective_read_into_the_time_after_it(time: "Token") -> bool:
    """"became irreversible last September" parsed as one complement, "irreversible last September",
    with the adjective a modifier of the month: the adjective is the verb's complement, and the
    time a bare time phrase of the verb. True when repaired."""
    markers = _clause_markers()
    if time.head.pos_ not in ("VERB", "AUX") or time.i < 2:
        return False
    # ("became unsafe last year" with the time a bare time phrase: the verb still lacks its complement)
    if time.dep_ not in ("xcomp", "obj") and not (time.dep_ in ("obl:unmarked", "obl:tmod") and not any(
            c.dep_ in ("xcomp", "obj", "ccomp") for c in time.head.children)):
        return False
    if time.lower_ not in markers["time_nouns"] and time.lower_ not in day_and_month_names():
        return False
    direction = next((c for c in time.lefts if c.i == time.i - 1 and c.lower_ in markers["time_directions"]), None)
    # ("was found dead Wednesday morning": the part of a day after its weekday, the adjective on the weekday)
    weekday = next((c for c in time.lefts if c.i == time.i - 1 and c.lower_ in day_names()), None)
    # ("was reported missing Friday", "was found dead Sunday": a weekday needs no direction word)
    if direction is None and weekday is None and time.lower_ not in day_names():
        return False
    holders = [time] if weekday is None else [weekday, time]
    adjective = next((c for holder in holders for c in holder.lefts
                      if c.i == time.i - (2 if direction is not None or weekday is not None else 1)
                      and c.dep_ == "amod" and c.tag_ == "JJ"), None)
    if adjective is None:
        return False
    _noun_before_a_time_takes_its_place(time, adjective, "xcomp")
    return True


def _without_cycles(doc: "Doc") -> None:
    """A repair that reads two words as each other's heads would leave a loop every walk up the
    tree follows for ever: a word on a loop becomes a root of its own. One look at each word's
    head, read from the doc's array (this runs on every parsed sentence)."""
    # (the array holds each head as an offset from its word, unsigned: as signed, it adds up)
    heads = [i + offset for i, offset in enumerate(doc.to_array("HEAD").astype("int64").tolist())]
    state = [0] * len(doc)  # 0 not seen, 1 on the walk under way, 2 reaches a root
    for start in range(len(doc)):
        path, node = [], start
        while state[node] == 0 and heads[node] != node:
            state[node] = 1
            path.append(node)
            node = heads[node]
        if state[node] == 1:  # back on this walk: a loop; its word becomes a root
            doc[node].head, doc[node].dep_ = doc[node], "ROOT"
        for i in path:
            state[i] = 2
        state[node] = 2


def _main_verb_after(doc: "Doc", comma: int, end: int) -> "Token | None":
    """The finite verb (or auxiliary) right after a comma, past adverbs and a quotation mark, or an irregular past the
    tagger took for a noun (", which are processed materials, rose 0.7%"); None where the words
    after the comma are anything else, or a participle's clause (", enabling it to govern")."""
    # (past a quotation mark too: 'China, whose invasion of Tibet ..., "is changing," he said')
    after = next((t for t in doc[comma + 1 : end] if t.pos_ != "ADV" and t.text not in ('"', "“")), None)
    if after is None or after.tag_ == "VBG" or after.pos_ not in ("VERB", "AUX") and not (
            after.tag_ == "NN" and after.text.islower() and after.lower_ in _past_forms_of_verbs()):
        return None
    if after.tag_ == "VB" and after.i + 1 < end and doc[after.i + 1].text in (",", "and", "or"):
        return None  # a list's noun the tagger read as a bare verb (", funk and disco genres")
    return after


def _relative_asides(sentence: "Span") -> list[tuple[int, int]]:
    """The (opening comma, closing comma) of each relative clause set off by two commas inside
    `sentence` with the main verb right after it, where the parse did not read that verb with its
    subject before the clause: ", which was renamed in 1928,", ", of which Moskow is a
    member,", ", two of whom were children,". The pronoun is known by its tag (WDT, WP, WP$)."""
    doc = sentence.doc
    asides: list[tuple[int, int]] = []
    for pronoun in sentence:
        # (a "whose" the tagger read as a personal possessive too)
        if (pronoun.tag_ not in ("WDT", "WP", "WP$") and pronoun.lower_ != "whose" or pronoun.lower_ == "that"
                or pronoun.i - 1 <= sentence.start):
            continue
        opening = pronoun.i - 1
        if doc[opening].pos_ == "ADP":  # "of which", "in which"
            opening -= 1
            if doc[opening].pos_ in ("NUM", "DET", "ADJ", "PRON") and opening - 1 > sentence.start:
                opening -= 1  # "both of which", "20 of whom"
        if doc[opening].text != "," or (asides and opening <= asides[-1][1]):
            continue
        # the clause ends at the first comma after which the main clause goes on with its verb, or
        # past a list's comma (", who shaped rhythm-and-blues, funk and disco genres ..., died"); a
        # comma followed by anything else may end an aside of another kind: the clause is left as parsed
        depth, closing, after, listing = 0, None, None, False
        for t in doc[pronoun.i + 1 : sentence.end]:
            depth += (t.text in "([") - (t.text in ")]")
            if depth < 0 or t.text in (";", ":", "--", "—"):
                break
            if depth == 0 and t.text in ("and", "or") and listing:
                listing = False  # the list goes on to its last item: the next comma may close the clause
            elif depth == 0 and t.text == ",":
                if listing:
                    break
                after = _main_verb_after(doc, t.i, sentence.end)
                if after is not None:
                    closing = t.i
                    break
                listing = True
        if closing is None or not any(t.pos_ in ("VERB", "AUX") for t in doc[pronoun.i + 1 : closing]):
            continue
        verb = after.head if after.dep_.startswith("aux") else after
        if any(c.dep_.startswith("nsubj") and c.i < opening for c in verb.children):
            continue  # read right already: the main verb, with its subject before the clause
        if doc[opening - 1].pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
            asides.append((opening, closing))
    return asides


def _parsed_alone(nlp: "Language", doc: "Doc", indices: list[int]) -> "Doc | None":
    """The words of `doc` at `indices` parsed by the model as one sentence of their own, or None
    when the model reads them as more than one."""
    from spacy.tokens import Doc

    alone = Doc(nlp.vocab, words=[doc[i].text for i in indices], spaces=[bool(doc[i].whitespace_) for i in indices])
    for word in alone:
        word.is_sent_start = word.i == 0
    for name in _PARSING_PIPES:
        alone = nlp.get_pipe(name)(alone)
    return alone if sum(word.dep_ == "ROOT" for word in alone) == 1 else None


def _parsed_without(nlp: "Language", sentence: "Span", opening: int, closing: int) -> None:
    """Parse `sentence` again without its relative aside (tokens `opening` to `closing`, both
    commas included), and the aside alone, and give their words those parses: the model reads "The
    committee, of which Moskow is a member, raised rates" with "raised" a modifier of "rates", and
    "The committee raised rates" right; "whose goal last year gave Australia the title" alone, with
    "goal" its subject. The aside's verb hangs on the noun before it, as a relative clause."""
    from spacy.attrs import DEP, HEAD

    doc = sentence.doc
    kept = [i for i in range(sentence.start, sentence.end) if not opening <= i <= closing]
    inside = list(range(opening + 1, closing))
    main, aside = _parsed_alone(nlp, doc, kept), _parsed_alone(nlp, doc, inside)
    if main is None:
        return  # read as two sentences without the clause: no better a parse than the one it has
    if aside is not None and not (aside[:].root.pos_ in ("VERB", "AUX") or any(
            c.dep_ in ("cop", "nsubj", "nsubj:pass") for c in aside[:].root.children)):
        aside = None  # the clause alone read with no verb at its head ("which the state sold"): its own words keep theirs
    heads = {i: kept[main[k].head.i] for k, i in enumerate(kept)}
    deps = {i: main[k].dep_ for k, i in enumerate(kept)}
    if aside is not None:
        clause = doc[inside[aside[:].root.i]]
        hanging = [clause]
        heads.update((i, inside[aside[k].head.i]) for k, i in enumerate(inside))
        deps.update((i, aside[k].dep_) for k, i in enumerate(inside))
    else:
        hanging = [doc[i] for i in inside if doc[i].head.i not in inside or doc[i].head.i == i]
        clause = next((t for t in reversed(hanging) if t.pos_ in ("VERB", "AUX") or any(
            c.dep_ in ("cop", "nsubj", "nsubj:pass") for c in t.children)), hanging[-1] if hanging else None)
        if clause is None:
            return
    noun = doc[opening - 1]
    while deps[noun.i] in ("flat", "compound") and opening > heads[noun.i] > noun.i:
        noun = doc[heads[noun.i]]
    old = clause.head
    antecedent = old.i if clause.dep_ == "acl:relcl" and old.i < opening and old.i in heads else noun.i
    for t in hanging:
        heads[t.i], deps[t.i] = (antecedent, "acl:relcl") if t is clause else (clause.i, deps.get(t.i, t.dep_))
    for comma in (opening, closing):
        heads[comma], deps[comma] = clause.i, "punct"
    array = doc.to_array([HEAD, DEP])
    for i, head in heads.items():
        array[i, 0] = (head - i) % 2**64  # the offset to the head, as spaCy stores it (unsigned)
        array[i, 1] = doc.vocab.strings.add(deps[i])
    for parse, indices in ((main, kept), (aside, inside)):
        for k, i in enumerate(indices if parse is not None else ()):
            word = doc[i]
            word.tag_, word.pos_ = parse[k].tag_, parse[k].pos_
            word.set_morph(parse[k].morph)
    doc.from_array([HEAD, DEP], array)


def _that_clause_is_complement(clause: "Token") -> bool:
    """An adverbial clause opening with a bare "that" on a verb is what the verb says or decides."""
    if clause.dep_ != "advcl" or clause.head.pos_ not in ("VERB", "AUX"):
        return False
    first = clause.doc[clause.left_edge.i]
    return (first.lower_ == "that" and first.dep_ == "mark" and first.head == clause
            and (first.i == 0 or clause.doc[first.i - 1].lower_ not in adverbial_that()))


def _register_components() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_BREAKS_COMPONENT):
        @Language.component(PARAGRAPH_BREAKS_COMPONENT)
        def paragraph_breaks(doc: "Doc") -> "Doc":
            """A token after a blank line starts a sentence; whitespace tokens and closing
            punctuation (".", ",", "?", ")"...) never start one.

            Runs before the parser, which keeps sentence starts that are already set.
            """
            after_break = False
            for token in doc:
                if token.is_space:
                    if token.i:
                        token.is_sent_start = False
                    after_break = after_break or token.text.count("\n") >= 2
                    continue
                if token.i and not after_break and _NEVER_STARTS_SENTENCE.fullmatch(token.text):
                    token.is_sent_start = False
                if after_break and token.i:
                    token.is_sent_start = True
                after_break = False
            return doc

    if not Language.has_factory(HYPHEN_PREFIXES_COMPONENT):
        @Language.component(HYPHEN_PREFIXES_COMPONENT)
        def hyphen_prefixes(doc: "Doc") -> "Doc":
            """"re-elected", "anti-government": a prefix, its hyphen and the word after it are one
            token, as the treebanks the model learned from write them (hyphen_prefixes.yaml);
            spaCy's tokenizer splits them as it splits compounds ("long - term").

            Runs first, before any annotation.
            """
            if "-" not in doc.text:
                return doc  # (most sentences: no token to look at)
            prefixes = hyphen_prefixes_kept_whole()
            spans = []
            for hyphen in doc[1:-1]:
                if hyphen.text != "-":
                    continue
                prefix, word = doc[hyphen.i - 1], doc[hyphen.i + 1]
                # (and a model's designation: "a B737-200 aircraft", "an A320-200 jet", which the
                # treebanks write as one token as they do any number with hyphens in it)
                designation = _MODEL_DESIGNATION.fullmatch(prefix.text) is not None and word.is_digit
                if (not prefix.whitespace_ and not hyphen.whitespace_ and (prefix.lower_ in prefixes and word.is_alpha or designation)
                        and (prefix.i == 0 or doc[prefix.i - 1].whitespace_ or doc[prefix.i - 1].is_punct)
                        and not (word.i + 1 < len(doc) and not word.whitespace_ and doc[word.i + 1].text == "-")
                        and not (spans and spans[-1].end > prefix.i)):
                    spans.append(doc[prefix.i : word.i + 1])
            # A word broken at a line's end and joined again with its space kept ("the rebel- held
            # town", "to re- suspend"): one word, which the model reads by its form without the space.
            # A prefix so broken is merged as above (its form without the space the model's); any
            # other word keeps its hyphen apart, as the tokenizer splits "rebel-held" (it keeps the
            # hyphen on the first part, "rebel-", when a space follows).
            broken, attached = [], []
            for first in doc[:-1]:
                hyphen = first if first.text.endswith("-") and first.text[:-1].isalpha() else (
                    doc[first.i + 1] if first.is_alpha and not first.whitespace_ and doc[first.i + 1].text == "-" else None)
                if hyphen is None or hyphen.whitespace_ != " " or hyphen.i + 1 >= len(doc):
                    continue
                rest = doc[hyphen.i + 1]
                if (not (rest.is_alpha and rest.is_lower) or rest.lower_ in _AFTER_A_SUSPENDED_HYPHEN
                        or any(s.start <= rest.i and first.i < s.end for s in spans + broken)):
                    continue  # (not a hyphen left hanging on purpose: "pre- and post-war", "mid- to late")
                stem = first.lower_.rstrip("-")
                if stem in prefixes:
                    broken.append(doc[first.i : rest.i + 1])
                elif hyphen == first and len(stem) >= 4 and not rest.lower_.startswith(stem):
                    attached.append(first)  # (not a word cut off in speech: "thr- player", "hum- humor")
            if spans or broken or attached:
                with doc.retokenize() as retokenizer:
                    for span in spans:
                        retokenizer.merge(span)
                    for span in broken:
                        retokenizer.merge(span, attrs={"NORM": f"{span[0].lower_.rstrip('-')}-{span[-1].lower_}"})
                    for word in attached:
                        retokenizer.split(word, [word.text[:-1], "-"], heads=[(word, 1), (word, 0)])
            return doc

    if not Language.has_factory(RELATIVE_ASIDES_COMPONENT):
        @Language.factory(RELATIVE_ASIDES_COMPONENT)
        def relative_asides(nlp: "Language", name: str) -> Any:
            """A sentence with a relative clause set off by commas, and words after it, is parsed
            again without the clause, which the model often reads as the main clause's subject
            or lets swallow the main verb (after the parser, before the repairs)."""

            def parse_around_asides(doc: "Doc") -> "Doc":
                if "," not in doc.text:
                    return doc
                for sentence in list(doc.sents):
                    for opening, closing in reversed(_relative_asides(sentence)):
                        _parsed_without(nlp, doc[sentence.start : sentence.end], opening, closing)
                return doc

            return parse_around_asides

    if not Language.has_factory(MAIN_VERB_COMPONENT):
        @Language.component(MAIN_VERB_COMPONENT)
        def main_verb(doc: "Doc") -> "Doc":
            """Repairs the model's commonest damage to a news main clause (after the parser).

            A clause opening with a bare "that" on a verb, labelled adverbial, is the verb's
            complement ("ruled on Tuesday that the mine must close").

            "Two trains collided on Monday" read as a noun phrase with a reduced relative
            ("trains [that were] collided"): the root is the noun and the verb its `acl`. When a
            sentence's root is a nominal whose `acl` child (or its "of" phrase's) is a past-tense verb
            to its right, with no subject, auxiliary or marker of its own, and no finite verb in the
            sentence outside the verb's own clauses, the verb becomes the root and the nominal its
            subject.
            """
            if not doc.has_annotation("DEP"):  # parser disabled
                return doc
            past_forms = irregular_pasts_with_unchanged()
            days = day_names()
            times = time_words()
            counted_periods = _clause_markers()["counted_periods"]
            ids = _label_ids()
            vbg, vbn, vb_tag, acl_relcl, conj = ids["VBG"], ids["VBN"], ids["VB"], ids["acl:relcl"], ids["conj"]
            noun_pos, verb_pos = (ids["NOUN"], ids["PROPN"]), ids["VERB"]
            propn_pos, det_pos, adv_pos, aux_pos = ids["PROPN"], ids["DET"], ids["ADV"], ids["AUX"]
            # Each repair looks only at the tokens it can apply to (a verb, a day, a noun...): the
            # loop runs over every word of every parsed sentence, and most words are none of these.
            # A word's form (`lower`) is read once: no repair changes it. Its tag, relation and
            # part of speech may change with each repair, so they are read again where the code
            # asks, as ids (`token.dep`), not as strings made from the store each time.
            approximators, clauseless_prepositions = _clause_markers()["approximators"], _clause_markers()["clauseless_prepositions"]
            compass_points = _clause_markers()["compass_points"]
            months = _clause_markers()["month_names"]
            for token in doc:
                pos, dep = token.pos, token.dep_
                lower = token.lower_
                verb = pos == verb_pos
                day = lower in days
                in_times = lower in times
                if dep == "advcl" and _that_clause_is_complement(token):
                    token.dep_ = "ccomp"  # "ruled on Tuesday that the mine must close"
                elif dep == "advcl" and verb and token.head.pos_ == "VERB" and token.head.i < token.i and any(
                        c.dep_ == "mark" and c.lower_ == "whether" and c.i == token.left_edge.i for c in token.children) and not any(
                        t.lower_ == "not" and t.i == token.right_edge.i for t in token.subtree):
                    token.dep_ = "ccomp"  # "to decide on Monday whether to spare him": what is decided (not "whether or not")
                if lower == ")":
                    _noun_after_a_bracketed_aside(token)
                if dep == "mark" and token.i == token.sent.start and lower in subordinators():
                    (_opening_clause_read_as_the_subject(token) or _main_subject_read_into_the_opening_clause(token)
                     or _opening_gerund_read_as_the_root(token))
                if dep == "case" and token.i == token.sent.start:
                    _main_subject_read_into_the_opening_phrase(token)
                if in_times and dep.startswith("obl") and token.n_rights:
                    _possessive_time_read_as_the_verbs(token)
                if dep == "advmod" and (pos in noun_pos or verb):
                    _plural_read_as_a_verb_form_after_the_subject(token)
                if dep == "case" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("last", "next", "this"):
                    _particle_read_as_a_relative_dates_preposition(token)
                if dep == "compound:prt" and lower == "on":
                    _days_preposition_read_as_a_particle(token)
                if dep in ("obl:unmarked", "appos", "dep") and pos in noun_pos:
                    _object_read_as_a_time_after_a_date(token)
                if dep in ("advmod", "amod", "obl") and lower in ("more", "less", "fewer"):
                    _comparative_read_off_its_count(token)
                if dep in ("obl", "nmod") and token.pos_ == "NUM":
                    _count_read_on_a_participle_of_the_counted(token)
                if verb and token.tag_ == "VBZ" and dep in ("nmod", "obl", "obj"):
                    _plural_read_as_a_verb_after_a_preposition(token)
                if lower == "worth":
                    _worth_read_as_the_head_of_its_noun(token)
                if verb and dep in ("advcl", "xcomp") and token.tag_ == "VB":
                    _infinitive_of_a_for_phrase_read_on_the_verb(token)
                if lower in ("have", "having") and token.n_rights:
                    _perfect_read_as_have_and_an_adjective(token)
                if verb and dep in ("conj", "parataxis", "advcl") and token.n_lefts:
                    _subject_list_read_as_a_phrase_before_its_clause(token)
                if dep == "obl" and (token.like_num or day):
                    _year_read_off_an_anniversarys_phrase(token)
                if dep == "conj" and (day or in_times or token.like_num):
                    _opening_time_of_a_joined_clause_read_as_a_conjunct(token)
                if lower == "ago":
                    _ago_inside_the_subject_read_on_the_verb(token)
                if lower == "aged":
                    _age_read_as_the_verbs_complement(token)
                if dep in ("amod", "acl") and token.tag_ in ("VBD", "VBN"):
                    _verb_read_as_an_adjective_of_the_day_after_it(token)
                if dep == "amod" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in days:
                    _participle_read_as_an_adjective_of_the_day_after_it(token)
                if dep in ("amod", "compound") and token.i and doc[token.i - 1].lower_ == "to":
                    _infinitive_read_as_a_modifier_after_to(token)
                if dep in ("parataxis", "appos") and pos == propn_pos:
                    _joined_name_read_as_parataxis(token)
                if lower == "which" and dep not in ("obj", "nsubj", "nsubj:pass"):
                    _object_relative_clause_read_apart(token)
                if dep == "obj" and (pos == propn_pos or token.is_upper):
                    _name_split_by_its_bracketed_expansion(token)
                if pos in noun_pos and token.tag_ == "NNS" and dep in ("obl", "obj", "nmod"):
                    _zero_relative_read_as_a_compound(token)
                if verb and dep in ("advcl", "conj", "ccomp", "parataxis") and token.n_lefts:
                    _extraposed_clause_read_as_the_head(token)
                if verb and dep == "acl" and token.head.i < token.i:
                    _intransitive_past_read_as_a_participle_after_a_subordinator(token)
                if dep == "acl" and token.tag_ == "VBN" and token.head.i < token.i:
                    _participle_after_a_clauses_object_hung_past_it(token)
                    _phrase_inside_a_participles_commas_read_outside(token)
                if dep == "acl" and token.tag_ == "VBN" and token.head.i < token.i:
                    _phrase_after_a_name_read_on_the_naming_participle(token)
                if dep == "conj" and token.tag_ == "VB":
                    _bare_verb_joined_to_a_finite_verb(token)
                if token.tag_ in ("NN", "VB", "VBP") and dep in ("compound", "advcl", "acl", "conj", "ccomp"):
                    _unchanged_past_after_a_subordinator_read_as_a_noun(token)
                if verb and dep in ("conj", "parataxis", "xcomp", "advcl") and token.tag_ in ("VBZ", "VBP") and token.i > 1:
                    _plural_read_as_a_verb_joined_without_a_conjunction(token)
                if lower == "times":
                    _count_of_times_read_as_the_subject(token)
                if pos == noun_pos[0] and token.n_lefts >= 3:
                    _infinitive_after_be_to_read_as_a_modifier(token)
                if dep == "compound" and (day or lower in months):
                    _date_read_as_a_compound_across_a_comma(token)
                if dep == "nsubj" and pos in noun_pos and token.left_edge.i and doc[token.left_edge.i - 1].dep_ == "acl:relcl":
                    _relative_clauses_object_read_as_the_next_subject(token)
                if lower == "which" and dep == "det":
                    _relative_which_read_as_a_determiner(token)
                if dep == "acl" and token.tag_ == "VB":
                    _verbs_infinitive_read_on_its_setting(token)
                if pos == noun_pos[0] and token.n_lefts >= 2:
                    _possessors_phrase_read_on_the_possessed(token)
                if dep.startswith("nsubj") and pos == propn_pos:
                    _name_read_as_a_second_subject(token)
                if lower in compass_points:
                    _distance_read_apart_from_its_compass_point(token)
                if token.tag_ == "VBZ" and token.i and lower.endswith("s"):
                    _plural_noun_read_as_a_present_after_its_modifier(token)
                if dep in ("advcl", "xcomp", "ccomp") and token.i > 1 and doc[token.i - 1].lower_ == "to":
                    _noun_after_back_to_read_as_an_infinitive(token)
                if dep.startswith("obl") and (token.like_num or day or in_times or lower in months):
                    _time_at_a_quotes_end_read_on_the_verb_outside(token)
                if dep == "appos" and token.pos_ == "NUM" and token.head.pos_ in ("PROPN", "NOUN") and token.head.i == token.i - 1:
                    # "Resolution 1636", "a magnitude 7.2 earthquake": the name's or the measure's
                    # number, no aside (nothing sets it off)
                    token.dep_ = "flat" if token.head.pos_ == "PROPN" else "nummod"
                if verb and token.n_rights:
                    _object_read_as_an_unknown_relation(token)
                if verb and dep in ("advcl", "acl") and _preposition_read_as_a_participle(token):
                    continue
                if verb and dep == "acl":
                    _participle_read_past_a_relative_clause(token)
                    _purpose_read_on_the_occasion(token)
                    _ing_noun_after_a_plurals_apostrophe_read_as_a_participle(token)
                if lower == "whom":
                    _whom_read_outside_its_clause(token)
                if dep == "xcomp" and token.tag_ == "VB":
                    _noun_read_as_a_bare_infinitive(token)
                if token.i > 1 and token.lower_ == token.doc[token.i - 2].lower_ and token.doc[token.i - 1].tag_ in ("IN", "TO"):
                    _repeated_noun_read_as_a_verb(token)
                if verb and token.tag_ == "VBZ" and token.n_lefts >= 2:
                    _plural_noun_with_its_preposition_read_as_a_verb(token)
                if verb and dep in ("acl", "advcl", "conj", "xcomp") and token.tag_ in ("VB", "VBP") or dep == "xcomp" and token.tag_ == "JJ":
                    _noun_read_as_a_bare_verb_after_its_phrase(token)
                if dep == "ccomp" and pos in noun_pos:
                    _reported_clause_read_as_a_noun_and_its_participle(token)
                if pos in noun_pos and token.n_lefts and dep != "ROOT":
                    _subordinate_verb_read_as_a_name(token)
                if dep in ("nmod", "obl") and token.like_num and len(lower) == 4:
                    _year_read_as_a_phrase_before_its_name(token)
                if verb and dep.startswith("nsubj"):
                    _reduced_relative_read_as_a_subject_clause(token)
                if dep == "mark" and lower in subordinators() and token.head.pos in noun_pos:
                    _subordinate_subject_read_as_a_phrase(token)
                if verb and dep == "conj" and _is_reporting_word(lower):
                    _closing_source_read_as_a_conjunct(token)
                if verb and dep in ("acl", "ccomp") and token.tag_ == "VBD":
                    _subordinate_clause_read_as_a_nouns_phrase(token)
                if dep == "advmod" and lower in approximators:
                    _approximation_of_a_quantity_read_on_the_verb(token)
                if in_times and dep.startswith("obl") and token.n_rights:
                    _time_read_past_an_inner_verbs_object(token)
                if day and dep.startswith(("obl", "nmod")):
                    _day_closing_a_present_relative_clause_read_on_it(token)
                if (in_times or day) and dep.startswith("obl"):
                    _second_time_after_a_relative_clause_read_on_the_main_verb(token) or _time_after_a_closed_aside_read_into_it(token)
                if token.tag_ == "JJ" and token.n_lefts and token.n_rights:
                    _passive_participle_read_as_an_adjective(token)
                if verb and dep in ("advcl", "acl") and token.tag_ in ("VBN", "VBD"):
                    _participle_after_a_noun_read_as_the_verbs_clause(token)
                if verb and dep == "conj" and token.n_lefts:
                    _told_verb_after_an_aside_read_as_a_conjunct(token)
                if verb and dep == "conj" and token.i > 2:
                    _subject_of_a_joined_clause_read_as_a_joined_object(token)
                if pos == ids["ADJ"] and dep.startswith("obj") and token.n_lefts:
                    _premodified_noun_read_as_a_clause(token)
                if verb and dep == "conj" and token.tag_ == "VB":
                    _second_to_phrase_read_as_an_infinitive(token)
                if verb and dep == "acl" and token.tag_ == "VBG":
                    _gerund_of_means_read_on_the_object(token)
                if token.tag_ == "VBG" and dep == "amod" and token.n_rights:
                    _modifier_read_as_an_adjectives_object(token)
                if verb and token.tag_ in ("VBN", "VBD", "VBG") and token.i > 1 and token.doc[token.i - 1].tag_ == "POS":
                    _possessor_read_as_a_subject(token)
                if dep == "det" and token.head.pos_ in ("ADJ", "ADV"):
                    _article_read_on_a_modifier(token)
                if dep == "det" and token.i + 2 < len(doc) and doc[token.i + 2].tag_ == "POS":
                    _article_of_a_possessor_read_on_its_noun(token)

                if token.tag_ == "IN" and token.n_rights and token.i + 1 < len(doc) and token.doc[token.i + 1].dep_ == "fixed":
                    _time_read_as_a_prepositions_fixed_word(token)
                if pos in noun_pos and token.tag_ == "NN" and token.i > 3 and token.doc[token.i - 1].like_num:
                    _score_read_apart_from_its_noun(token)
                if token.tag_ == "VBG" and token.i > 1 and token.doc[token.i - 1].lower_ in ("over", "against"):
                    _visiting_side_read_as_a_gerund_clause(token)
                elif token.tag_ == "VBG" and token.i > 1 and token.doc[token.i - 1].tag_ == "IN":
                    _modifier_in_ing_read_as_a_gerund_after_a_preposition(token)
                if verb and dep in ("advcl", "amod") and token.tag_ in ("VBD", "VBN") and token.n_lefts >= 2:
                    _participle_before_a_subject_read_as_the_clauses_verb(token)
                if verb and dep == "acl" and token.tag_ in ("VBN", "VBD"):
                    _zero_relative_read_as_a_participle_of_a_second_noun(token) or _verb_after_where_read_as_a_participle(token)
                if verb and dep in ("acl", "advcl") and token.tag_ in ("VBN", "VBD"):
                    _outcome_of_leaving_read_as_a_participle(token) or _gapped_passive_read_as_a_nouns_participle(token)
                if dep in ("flat", "dep") and pos == ids["ADJ"]:
                    _verbs_adjective_read_as_a_name_word(token)
                if dep == "amod" and token.tag_ == "JJ" and token.n_lefts:
                    _past_with_its_subject_read_as_an_adjective(token)
                if dep == "amod" and token.tag_ in ("VBN", "VBD"):
                    _past_after_when_read_as_its_objects_adjective(token)
                if dep == "acl" and token.tag == vbg:
                    _time_of_the_object_read_on_a_relational_participle(token)
                if pos in noun_pos and token.i > 1 and token.doc[token.i - 1].text == "-" and dep.startswith(("obl", "obj", "compound")):
                    _hyphened_measure_read_as_the_phrases_noun(token)
                if in_times and token.head.dep_ in ("appos", "parataxis"):
                    _time_adverb_read_on_an_apposition(token)
                if verb and dep == "conj" and token.head.pos != verb_pos:
                    _joined_participle_read_on_a_phrase_of_the_first(token)
                if pos in noun_pos and dep in ("obl", "nmod") and token.n_lefts >= 2:
                    _clause_after_a_subordinator_read_as_a_noun_phrase(token)
                if verb and dep == "advcl":
                    _joined_verb_read_as_an_as_clause(token)
                if dep == "mark" and lower in clauseless_prepositions:
                    _preposition_read_as_a_subordinator(token)
                if dep == "case" and lower in ("after", "before"):
                    _count_of_time_before_a_clause_read_as_a_phrase(token)
                if verb and dep in ("conj", "advcl") and token.tag_ in ("VBD", "VBN"):
                    _dated_participle_after_the_object_read_as_the_verbs(token)
                if lower == "that" and dep in ("obj", "obl", "mark"):
                    _told_clause_read_as_a_relative(token)
                if lower == "for" and dep == "mark":
                    _for_phrase_read_as_a_clause_of_its_noun(token)
                if pos in noun_pos and dep.startswith("aux"):
                    _noun_read_as_an_auxiliary(token)
                if pos in noun_pos and dep != "ROOT" and token.n_rights:
                    _compound_noun_read_with_an_object(token)
                if verb and dep == "ccomp" and token.n_lefts:
                    _zero_relative_read_as_the_verbs_complement(token)
                if verb and token.tag_ == "VB" and token.n_rights:
                    _compound_read_as_a_bare_verb_between_nouns(token)
                if token.tag_ in ("NN", "NNP") and token.n_rights and dep in ("parataxis", "acl", "advcl", "xcomp", "dep", "conj", "ccomp"):
                    _noun_read_as_a_verb_between_nouns(token)
                if dep == "advcl" and pos in noun_pos:
                    _gerund_after_a_subordinator_read_as_a_noun(token)
                if dep == "advmod" and token.tag_ == "IN":
                    _preposition_read_as_an_adverb_before_its_phrase(token)
                if dep == "obj" and token.n_lefts:
                    _particle_read_as_the_objects_preposition(token)
                if dep in ("nsubj", "nsubj:outer") and pos == propn_pos:
                    _parenthesised_name_read_as_a_second_subject(token) or _description_read_as_a_second_subject(token)
                if dep == "appos" and pos == propn_pos:
                    _list_member_read_as_an_apposition(token)
                    _name_read_as_the_apposition_of_its_title(token)
                    _preposition_phrase_read_as_an_apposition(token)
                if token.tag_ == "VBG" and token.n_rights:
                    _hyphened_modifier_read_as_a_clause(token)
                if token.tag_ in ("VBN", "VBD", "JJ") and dep == "amod":
                    _hyphened_name_read_as_an_object(token)
                if dep in ("compound", "nmod:unmarked") and pos == propn_pos:
                    _opening_time_read_as_the_subjects_compound(token)
                if verb and token.tag_ == "VBG" and token.n_lefts:
                    _noun_in_ing_with_its_article_read_as_a_verb(token)
                if token.tag_ == "POS" and dep != "case":
                    _possessive_marker_read_apart(token)
                if dep.startswith("nsubj") and token.pos_ == "NUM":
                    _model_number_read_as_the_subject(token)
                if verb and dep in ("conj", "parataxis") and token.tag_ in ("VBD", "VBN"):
                    _participle_of_an_aside_read_as_a_joined_verb(token)
                if token.tag_ == "NNS" and token.n_lefts and token.n_rights:
                    _present_read_as_a_plural_after_its_subject(token)
                if verb and dep == "advcl" and token.n_lefts >= 2:
                    _activity_as_a_kind_read_as_an_as_clause(token)
                if token.like_num and len(lower) == 4 and token.head.i < token.i:
                    _year_after_a_possessive_read_on_the_owner(token)
                if verb and lower in ("had", "has", "have") and token.n_rights:
                    _perfect_split_by_a_time_phrase(token)
                if dep == "advmod" and token.tag_ == "RB" and token.head.pos_ == "NUM":
                    _manner_adverb_read_on_a_count(token)
                if pos == ids["ADP"] and token.i > 1:
                    _hyphened_noun_read_as_a_particle(token)
                if verb and dep in ("advcl:relcl", "advcl", "acl:relcl", "parataxis") and token.head.pos == verb_pos:
                    _who_clause_read_on_the_verb(token)
                if dep == "acl" and pos in noun_pos and token.tag_ == "VBN" and token.head.i < token.i and any(
                        c.dep_ in ("obl:agent", "compound:prt", "obl", "obl:unmarked") and c.i > token.i for c in token.children):
                    # "a trust [set] up by local firms": a participle on a noun, whatever part of
                    # speech the morphologizer gave it against its tag
                    token.pos_ = "VERB"
                    verb = True
                if dep == "acl:relcl" and verb:
                    _aside_relative_clause_cut_short(token)
                if dep in ("acl:relcl", "acl"):
                    _reported_clause_read_as_a_relative_of_the_medium(token)
                elif dep in ("parataxis", "conj") and verb:
                    _that_clause_read_as_parataxis(token)
                if token.tag_ in ("WP", "WDT") and token.i and token.text.isupper() and len(token.text) > 1 and (
                        token.doc[token.i - 1].lower_ == "the"):
                    token.pos_, token.tag_ = "PROPN", "NNP"  # "joined the WHO": a name, not "who" after an article
                if dep == "case" and token.i and token.head.i == token.i + 1:
                    _stranded_preposition_read_into_the_next_phrase(token)
                if dep == "mark" and pos == ids["ADJ"]:
                    _adjective_frame_read_as_a_marker(token)
                if dep == "case" and lower == "between":
                    _range_of_a_figure_read_as_a_phrase(token) or _second_member_of_between_read_apart(token)
                if dep in ("aux", "aux:pass") and token.pos_ in _NOMINAL:
                    _subject_read_as_an_auxiliary(token)
                if dep in ("advcl", "conj", "acl") and verb:
                    _infinitive_complement_read_as_purpose(token)
                if verb and token.tag_ == "VB" and token.n_lefts > 1:
                    _predicate_adjective_read_as_a_preposition(token)
                if verb:
                    _subordinate_clause_read_as_phrase(token)
                if lower in ("many", "much", "few") and dep in ("parataxis", "ccomp", "conj", "advcl", "dep", "obl", "obj", "nmod"):
                    _as_many_as_read_as_a_clause(token)
                if lower in ("as", "up") and token.is_sent_start:
                    _count_approximator_read_as_the_root(token)
                if day:
                    _day_after_be_read_as_the_predicate(token)
                    _comparative_read_as_the_days(token)
                    _day_read_as_object(token)
                    _day_read_as_a_conjunct_before_its_clause(token)
                elif dep == "obj":
                    _counted_time_read_as_object(token)
                if dep in ("xcomp", "obj", "obl:unmarked", "obl:tmod"):
                    _adjective_read_into_the_time_after_it(token)
                if verb and lower == "won" and _currency_read_as_won(token):
                    continue
                if dep == "advcl":
                    _state_participle_read_as_a_clause(token)
                    if token.tag == vbg:
                        _gerund_subject_read_as_a_verb(token)
                elif token.tag == vbg and (token.head == token or dep == "acl"):
                    _gerund_subject_read_as_a_verb(token)  # (also opened by its subordinator on a noun: "the valley since fighting there erupted")
                if verb and token.i > 1 and token.doc[token.i - 1].text == "-":
                    _hyphenated_word_read_as_a_verb(token)
                if token.i > 2 and token.doc[token.i - 1].text == "-" and token.doc[token.i - 3].text == "(":
                    _hyphened_noun_read_as_a_clause_in_brackets(token)
                if verb and lower.endswith("ing") and (_noun_in_ing_read_as_a_verb(token)
                                                       or _noun_in_ing_read_as_the_participle_of_its_compound(token)):
                    continue
                if token.tag == vbg and dep == "acl" and verb and lower.endswith("ing"):
                    _noun_in_ing_after_of_read_as_a_clause(token)
                if token.tag == vbg:
                    _ing_noun_read_as_a_participle_of_a_plural(token)
                    _adverbial_gerund_on_noun(token)
                    _noun_in_ing_after_to_read_as_a_verb(token)
                    _opening_participle_read_as_an_adjective(token)
                if token.n_lefts >= 2:
                    _first_clause_read_as_subject(token)
                if day:
                    _day_read_as_the_subjects(token)
                    _day_read_as_a_subject(token)
                if day or in_times or token.like_num and _dep_name(token).startswith("obl"):
                    _time_right_after_a_participle(token)
                if lower in _clause_markers()["start_participles"] and not token.n_lefts and not token.n_rights:
                    _starting_participle_beside_its_time(token)
                if in_times and dep in ("obl", "obj", "nmod"):
                    _name_read_into_the_day_after_it(token)
                if in_times and dep in ("nsubj", "nsubj:pass"):
                    _subject_read_into_the_time_after_it(token)
                if lower == "time" and dep in ("nsubj", "nsubj:pass"):
                    _clocks_zone_read_as_the_next_subject(token)
                if in_times and token.n_rights:
                    _of_phrase_read_on_the_time_before_it(token)
                if dep == "nmod" and token.i > 2 and token.head.i < token.i:
                    _of_phrase_read_past_a_date(token)
                if in_times and token.n_lefts > 1:
                    _number_read_into_the_time_after_it(token)
                if (in_times or lower in counted_periods) and token.n_rights:
                    _infinitive_read_on_the_time_before_it(token)
                    _gerund_clause_read_on_the_time_before_it(token)
                if in_times:
                    _reports_day_read_in_what_is_reported(token)
                    _time_read_on_a_nouns_gerund(token)
                if verb and dep == "acl" and _noun_read_as_a_bare_verb(token):
                    continue
                if verb and token.tag_ == "VBP" and _unknown_verb_inside_a_compound(token):
                    continue
                if verb and dep == "ccomp":
                    _conjunct_read_as_a_complement(token)
                    _subordinate_clause_read_as_a_second_report(token)
                if verb and dep in ("advcl", "conj", "parataxis", "ccomp", "acl"):
                    _source_read_into_the_phrase_before_it(token)
                if verb and dep in ("xcomp", "advcl", "acl"):
                    _gapped_passive_read_apart(token)
                if dep == "conj" and lower.endswith("ed"):
                    _gapped_passive_after_another(token)
                if pos == propn_pos and dep == "conj":
                    _name_read_as_a_conjunct_without_and(token)
                if verb and token.tag_ in ("VBP", "VB"):
                    _past_read_as_a_present(token) or _present_read_as_a_base_form(token)
                if verb and dep in ("conj", "advcl", "ccomp") and token.n_lefts:
                    _subjects_modifiers_read_as_a_subordinators_noun(token)
                if verb and dep == "conj":
                    _passive_conjunct_read_on_the_complement(token)
                    _gapped_subject_read_as_a_conjunct(token)
                    _reduced_relative_read_as_a_conjunct(token)
                elif dep == "conj" and token.n_lefts:
                    _gapped_subject_read_as_a_conjunct(token)  # (a predicate with its copula)
                if pos == propn_pos and dep.startswith("nsubj"):
                    _second_subject_after_its_predicate(token)
                if dep.startswith("nsubj") and token.n_lefts:
                    _relative_clause_read_as_its_antecedents_verb(token)
                if pos == det_pos and dep == "obj":
                    _article_read_as_object(token)
                if verb and token.n_lefts:
                    _subject_read_as_a_verbs_compound(token)
                if lower == "who" and dep in ("obj", "obl", "iobj") and token.head.dep_ == "acl:relcl" and token.i < token.head.i and not any(
                        c.dep_.startswith("nsubj") for c in token.head.children):
                    token.dep_ = "nsubj"  # "Chirac, who on his arrival called for ...": "who" is no object before its verb
                if pos == adv_pos and dep == "obj":
                    _adverb_read_as_object(token)
                if dep in ("discourse", "vocative", "dislocated"):
                    _name_read_as_its_appositions_aside(token)
                if dep == "appos":
                    _hyphenated_compound_read_as_an_apposition(token)
                    _quoted_compound_read_as_an_apposition(token)
                    _of_phrase_read_as_an_apposition(token)
                if verb:
                    _clause_read_as_modifier(token)
                if token.tag == vbg and dep == "csubj" and _is_reporting_gerund(lower):
                    _told_clause_read_as_the_gerunds_subject(token)
                if dep == "amod" and token.tag_ == "VBD" and _is_reporting_word(lower):
                    _reporting_past_read_as_an_adjective(token)
                if _is_reporting_word(lower):  # (_inverted_source repairs nothing else)
                    _inverted_source(token)
                    if verb:
                        _reported_clause_read_as_an_object(token)
                if verb:
                    _reported_clause_read_as_a_subjects_modifier(token)
                    _subject_read_as_modifier(token)
                if verb or pos == aux_pos:
                    _subject_read_as_an_opening_phrases_aside(token)
                if verb and dep == "ROOT" and token.n_lefts > 1:
                    _report_read_as_its_speakers_modifier(token)
                if token.tag == vbg:
                    _participle_after_a_possessive_read_as_a_verb(token)
                if dep in ("advcl", "conj", "parataxis"):
                    _pied_piped_relative_clause_read_on_the_main_clause(token)
                if dep == "advcl" and token.tag_ == "VBG":
                    _gerund_after_a_particle_read_as_an_adverbial(token)
                if dep in ("obl", "obj", "nmod") and token.tag_ == "IN":
                    _preposition_read_as_its_own_phrase(token)
                if token.dep == acl_relcl:
                    _relative_clause_of_the_name_before_it(token) or _relative_clause_hung_far_from_its_noun(token)
                    _of_phrase_read_as_a_relative_clauses_subject(token)
                if token.pos in noun_pos:
                    _compound_read_as_a_noun_and_its_object(token)
                    _compound_read_as_a_clause_of_its_first_noun(token)
                if token.dep == conj:
                    _conjunct_read_on_the_of_phrase(token)
                if _dep_name(token).startswith("nsubj"):
                    _subject_with_a_preposition(token) or _subject_read_past_the_nearer_noun(token)
                if pos == noun_pos[0] and dep == "obl":
                    _verb_after_a_day_read_as_a_speakers_phrase(token)
                if lower == "having":
                    _perfect_participle_read_apart(token)
                if token.tag == vb_tag and token.i and doc[token.i - 1].lower_ == "to":
                    _noun_after_to_read_as_an_infinitive(token)
                elif token.tag == vb_tag:
                    _noun_read_as_a_bare_verb_after_its_compound(token)
                if token.tag_ in ("VBP", "VBZ") and _dep_name(token).startswith("nsubj"):
                    _modifier_read_as_a_verb_as_its_own_subject(token)
                if lower == "that":
                    _complementizer_read_as_a_determiner(token)
            for token in doc:
                if token.lower_ in times:  # (_date_after_a_participle_clause repairs nothing else)
                    _date_after_a_participle_clause(token)  # after the participles are repaired
                if token.pos_ == "ADJ":
                    _participle_read_as_an_adjective_with_a_passive_subject(token) or _adjective_after_a_subject_read_as_its_clause(token)
                    _object_complement_read_as_its_modifier(token)
                if token.tag == vbg:
                    _participle_clause_read_on_a_copular_predicate(token)
                if token.tag == vbn and (token.pos == verb_pos or any(c.dep_ == "nsubj:pass" for c in token.children)):
                    # "Two fans were injured": "be" with a verb's participle is its passive, not a copula
                    for child in token.children:
                        # (the lemmatizer runs later: the form's lemma comes from the exception table)
                        if child.dep_ == "cop" and lemma_exceptions().get(child.lower_, {}).get("AUX") == "be" and child.i < token.i:
                            child.dep_ = "aux:pass"
                            for subject in token.children:
                                if subject.dep_ == "nsubj":
                                    subject.dep_ = "nsubj:pass"
            for sentence in list(doc.sents):
                root = sentence.root
                if root.pos_ == "PROPN" and _opening_time_read_as_a_sentence_of_its_own(root):
                    continue
                if root.pos_ in ("NOUN", "PROPN", "VERB"):
                    dates = [t for t in sentence if t.dep_ == "nsubj" and (t.like_num or t.lower_ in days or t.lower_ in months)]
                    if any(_date_read_as_the_main_verbs_subject(t) for t in dates):
                        continue  # ("Nurses in Leeds, where ... since May 3, told Reuters": "told" now roots it)
                if root.i == sentence.start and _comparative_read_off_its_count(root):
                    root = sentence.doc[root.head.i]  # (the count, now the root)
                if (_irregular_past_read_as_a_noun(root, past_forms) or _first_noun_read_as_the_root_before_its_subject(root)
                        or _first_name_read_as_the_root(root)
                        or _present_read_as_a_plural_root_with_an_object(root)
                        or _present_read_as_a_plural_root_before_its_infinitive(root)
                        or _source_read_as_an_adjectives_subject(root) or _main_verb_read_inside_the_subject(root)
                        or _noun_root_read_with_an_object(root)):
                    continue
                for told in [c for c in root.children if c.dep_ == "ccomp" and c.pos_ == "NOUN"]:
                    _irregular_past_read_as_a_noun(told, past_forms)  # ("Soldiers shot dead two men, officials said")
                if (_regular_past_read_as_a_compounds_noun(root) or _regular_past_read_as_a_noun_or_a_base_form(root)
                        or _past_form_read_as_a_compound(root, past_forms)
                        or _past_form_read_into_the_subjects_phrase(root, past_forms)
                        or _past_form_read_into_the_object_of_a_subject(root, past_forms)
                        or _main_verb_read_on_the_subjects_apposition(root)
                        or _past_tense_read_as_an_adjective(root)
                        or _verb_read_as_its_objects_adjective(root) or _verb_read_as_an_adjective_before_a_count(root)
                        or _object_after_the_verbs_date_read_as_the_root(root) or _adjective_after_its_noun_read_as_the_root(root)
                        or _main_verb_after_a_relative_aside_read_as_an_adjective(root)
                        or _past_tense_with_an_object_read_as_its_subjects_modifier(root)
                        or _object_read_as_the_root_with_the_verb_in_the_subject(root)
                        or _first_of_two_joined_verbs_read_as_the_subjects_participle(root)
                        or _mediums_participle_read_as_the_root(root)
                        or _subordinate_verb_read_as_the_root(root)):
                    continue
                _active_past_read_as_a_passive(root)
                if _predicate_adjective_read_as_the_adverbs(root):
                    continue
                if _participle_aside_read_as_the_main_verb(root):
                    continue
                if (_reduced_relative_root(root) or _passive_before_noun_root(root) or _subject_split_by_and(root)
                        or _verb_after_a_day_read_as_noun(root) or _noun_phrase_read_as_a_gerund_clause(root)
                        or _opening_noun_read_as_a_verb_before_its_predicate(root)
                        or _opening_participle_read_as_root(root) or _main_verb_read_as_a_relative_before_a_subordinate(root)
                        or _main_clause_read_under_an_opening_participle(root) or _main_verb_read_into_a_relative_clause(root)
                        or _main_verb_read_into_a_restrictive_relative(root)
                        or _main_clause_read_under_a_subordinate(root) or _time_read_as_the_root(root)
                        or _opening_time_read_as_the_root_of_its_clause(root)
                        or _main_verb_read_deep_inside_the_subject(root)):
                    continue
                # (or a quantifier with its "of" phrase: "Some of the residents called on the council")
                partitive = root.pos_ in ("DET", "ADJ") and any(
                    c.dep_ == "nmod" and c.i > root.i and any(g.dep_ == "case" and g.lower_ == "of" for g in c.children)
                    for c in root.children)
                if root.pos_ not in _NOMINAL and not partitive:
                    continue
                # the verb hangs off the root or off a phrase of its ("Thousands of protesters
                # gathered", "Mahmoud al-Zahar, a leader of Hamas, on Tuesday called ...")
                hosts = _noun_phrase_heads(root)
                # ("Airbus, Europe's biggest aircraft maker, cut 300 jobs": the verb hung as an aside;
                # "Li Ming met with ...": or as a complement, which no noun takes)
                # (a present hung on a noun is a verb too: "59 percent of Iraqis [cast] ballots last January")
                verb = min((c for host in hosts for c in host.rights
                            if c.dep_ in ("acl", "parataxis", "xcomp", "advcl") and (c.tag_ in ("VBD", "VBN") or _bare_past_form(c)
                                                                                     or c.tag_ in ("VBP", "VBZ") and c.dep_ == "acl")),
                           key=lambda t: t.i, default=None)
                if verb is None or any(c.dep_.startswith(("nsubj", "aux", "mark", "cop")) for c in verb.children):
                    continue
                own = {t.i for t in verb.subtree}  # "plunged after it recalled ...": its own clauses
                # ("The union, whose leaders met the minister, called off": a relative clause set off
                # by commas is the subject's)
                own.update(t.i for host in hosts for c in host.rights if c.dep_ == "acl:relcl" and c.i < verb.i
                           and "," in (c.doc[c.left_edge.i].text, c.doc[c.left_edge.i - 1].text) for t in c.subtree)
                # (a second main clause joined with its own subject is no rival: "..., and the board withdrew it")
                if any(t.i not in own and "Fin" in t.morph.get("VerbForm") and not _marked_clause_after(t, verb)
                       and not _attribution_at_the_end(t, verb, sentence)
                       and not (t.dep_ == "conj" and t.head == root and t.i > verb.i and any(c.dep_.startswith("nsubj") for c in t.children))
                       for t in sentence):
                    continue
                movers = [c for c in root.rights if c.i > verb.i]
                verb.head = verb
                verb.dep_ = "ROOT"
                if partitive and verb.tag_ == "VBN":
                    _made_a_past_tense(verb)  # (a main verb: "called", no participle)
                root.head = verb
                root.dep_ = "nsubj"
                for child in movers:
                    child.head = verb
                    if any(g.dep_ == "mark" and g.lower_ == "that" for g in child.children):
                        child.dep_ = "ccomp"  # "ruled on Friday that the death was accidental"
                _reduced_relative_root(verb)  # "Two bridges [built in 1890] collapsed": the later verb
            verdicts = _clause_markers()["verdict_words"]
            obl, root_dep, ccomp = ids["obl"], ids["ROOT"], ids["ccomp"]
            verdict_deps = (ids["appos"], conj, ids["amod"])
            for token in doc:
                dep_id = token.dep
                if dep_id == obl and token.head.i > token.i:
                    _opening_phrase_read_on_the_subject(token)  # after the roots are repaired
                if token.dep_ in ("obl:unmarked", "appos", "dep") and token.pos_ == "NOUN":
                    _object_read_as_a_time_after_a_date(token)  # (also after a root repair: "set up Sunday a base")
                if token.lower_ == "according":
                    _according_to_phrase_run_into_the_subject(token)
                if token.dep_ == "acl" and token.tag_ == "VBG":
                    _gerund_of_means_read_on_the_object(token)  # (again, after the roots are repaired: "repeated history by winning")
                if token.dep_ == "appos" and token.pos_ == "PROPN":
                    _list_member_read_as_an_apposition(token)  # (after the roots are repaired: "India, Vietnam and Japan")
                if token.lower_ == "according" and token.i == token.sent.start and token.head.dep_.startswith("nsubj"):
                    _main_subject_read_into_the_opening_phrase(token)  # (a root repair made its noun the subject)
                elif dep_id == root_dep and 0 < token.i < 4:
                    _opening_time_read_as_a_sentence(token)  # after the roots are repaired
                elif dep_id == root_dep:
                    _day_read_as_a_copular_predicate(token)
                if token.dep in verdict_deps and token.lower_ in verdicts:
                    _verdict_read_as_an_apposition(token)
                if token.pos == verb_pos and token.dep not in (root_dep, ccomp):
                    _reported_clause_hung_elsewhere(token)
                if token.pos == verb_pos and token.dep_ == "acl":
                    _verbs_clause_read_as_a_nouns(token)  # after the roots are repaired ("The firm cut")
                if token.dep_ == "amod" and token.tag_ in ("VBD", "VBN"):
                    _verb_read_as_an_adjective_inside_the_subject(token)  # (after the roots are repaired)
                if token.dep_ in ("discourse", "vocative", "dislocated"):
                    _name_read_as_its_appositions_aside(token)  # (again, after the roots are repaired)
                if token.dep_ in ("xcomp", "obl:unmarked", "appos") and token.pos_ == "NOUN" and token.head.pos == verb_pos:
                    _apposition_read_as_a_complement(token)  # (after the roots are repaired: the verb's object is known)
                if token.dep_ == "nmod" and token.n_lefts:
                    _verbs_phrase_read_into_the_objects_aside(token)
                if token.dep_ == "compound" and token.lower_ in days:
                    _day_read_as_a_compound_of_the_object(token)  # (after the roots are repaired: the verb's object is known)
                    _opening_time_read_as_the_subjects_compound(token)  # (again: "police" may only now be the subject)
                if token.dep_ == "advcl" and token.pos == verb_pos and token.n_lefts >= 2:
                    _activity_as_a_kind_read_as_an_as_clause(token)  # (after the roots are repaired)
                if token.dep_ == "advcl" and token.pos == verb_pos:
                    _joined_verb_read_as_an_as_clause(token)  # (again: a root repair may have made the clause an adverbial)
                if token.dep_ == "appos" and token.head.pos == verb_pos:
                    _object_read_as_the_verbs_apposition(token)  # (once the verbs are repaired: "set [May 2] for the final")
                if token.dep_ == "nummod" and token.i + 1 < len(doc) and doc[token.i + 1].text == ",":
                    _opening_year_read_as_a_count(token)  # (after the roots are repaired: the noun may only then hang on its verb)
                if token.dep_ == "acl" and token.tag_ == "VBD":
                    _source_read_as_a_phrase_of_the_told_clause(token)  # (after the roots are repaired)
                elif token.tag_ == "VBD" and token.dep_ in ("advcl", "conj", "parataxis"):
                    _closing_source_hung_on_the_last_clause(token)  # (after the roots are repaired)
                if token.dep_ == "ccomp" and token.head.dep_ == "acl":
                    _told_clause_read_on_a_participle(token)  # (after the roots are repaired: the participle may only then be one)
            for sentence in list(doc.sents):
                if sentence.root.pos == verb_pos or sentence.root.pos == aux_pos:
                    # (after the roots are repaired)
                    _subject_read_into_its_aside(sentence.root) or _opening_phrase_read_as_the_subject(sentence.root)
                    if sentence[0].lower_ in ("earlier", "later"):
                        _opening_day_read_under_earlier(sentence[0])
                if sentence.root.pos == verb_pos and _is_reporting_form(sentence.root):
                    # (again, after the repairs above: "A passenger train derailed ... on Sunday,
                    # injuring dozens, state media reported" is in this shape only once they ran)
                    _reported_clause_read_as_a_subjects_modifier(sentence.root)
            _without_cycles(doc)
            return doc

    if not Language.has_factory(LEMMA_EXCEPTIONS_COMPONENT):
        @Language.component(LEMMA_EXCEPTIONS_COMPONENT)
        def fix_lemmas(doc: "Doc") -> "Doc":
            """Closed-class lemmas from the exception table (after the trained lemmatizer)."""
            table = lemma_exceptions()
            irregular = irregular_verbs()
            for token in doc:
                # (each word's form, tag and part of speech read once: only its lemma is set here)
                lower, tag, pos = token.lower_, token.tag_, token.pos_
                by_pos = table.get(lower)
                lemma = by_pos and (by_pos.get(pos) or by_pos.get("*"))
                if lemma:
                    token.lemma_ = lemma
                elif tag in ("VBD", "VBN") and lower in irregular:
                    token.lemma_ = irregular[lower]
                elif tag in ("VBD", "VBN", "VBG") and (doubled := _DOUBLED_CONSONANT.fullmatch(lower)) and (
                        token.lemma_.lower() == doubled[1] + doubled[2] * 2 + "e"):
                    # "gutted" -> "gutte" from the trained lemmatizer: a doubled consonant before
                    # -ed/-ing is the spelling's, not the verb's ("gut", as "planned" is "plan")
                    token.lemma_ = doubled[1] + doubled[2]
                elif (tag in ("VBD", "VBN") or tag == "VBG" and token.lemma_.lower() == lower) and pos == "VERB" and (
                        known := _regular_form_lemma(lower, token.lemma_.lower())) != token.lemma_.lower():
                    token.lemma_ = known  # "insisted" -> insist, not "insiste"
                elif pos in ("VERB", "AUX") and not token.lemma_.islower():
                    # a verb's lemma is lowercase ("Keep" opening a sentence -> keep); adjectives and
                    # nouns keep their case in UD ("Palestinian", "CPA")
                    token.lemma_ = token.lemma_.lower()
            return doc


_load_lock = threading.Lock()
_loaded: dict[Path, "Language"] = {}


def load_model(path: str | Path | None = None) -> "Language":
    """The trained pipeline at `path` (default MODEL_DIR), loaded once per process and path.

    Raises ModelError naming the folder when it is missing or corrupt. Never downloads.
    """
    model_dir = Path(path) if path is not None else MODEL_DIR
    key = model_dir.resolve()
    with _load_lock:
        if key in _loaded:
            return _loaded[key]
        if not model_dir.is_dir():
            raise _model_error(model_dir, "language model folder not found")
        missing = [name for name in _MODEL_FILES if not (model_dir / name).exists()]
        if missing:
            raise _model_error(model_dir, f"language model folder incomplete (no {', '.join(missing)})")
        spacy = _imported_spacy()
        _register_components()
        collecting = gc.isenabled()
        thresholds = gc.get_threshold()
        if not collecting:
            # spaCy reads the weights with srsly, which turns the cycle collector on whatever it was:
            # a build that paused it (runtime.cycle_collection_paused) would walk 10,000 articles'
            # summaries at once (0.2 s) and again and again for the rest of its extraction (a
            # second, adding one article). A first threshold of 0 keeps it from starting meanwhile.
            gc.set_threshold(0, *thresholds[1:])
        try:
            nlp = spacy.load(model_dir)
        except Exception as error:  # spaCy raises many kinds (ValueError, OSError, KeyError, msgpack...)
            raise _model_error(model_dir, f"language model unreadable ({type(error).__name__}: {error})") from error
        finally:
            gc.set_threshold(*thresholds)
            if not collecting:
                gc.disable()
        _keep_abbreviations_whole(nlp)
        nlp.add_pipe(HYPHEN_PREFIXES_COMPONENT, first=True)
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPH_BREAKS_COMPONENT, before="parser")
        else:
            nlp.add_pipe(PARAGRAPH_BREAKS_COMPONENT, first=True)
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(RELATIVE_ASIDES_COMPONENT, after="parser")
            nlp.add_pipe(MAIN_VERB_COMPONENT, after=RELATIVE_ASIDES_COMPONENT)
        nlp.add_pipe(LEMMA_EXCEPTIONS_COMPONENT, last=True)
        nlp.max_length = 2 * CHUNK_CHARS
        _multiply_with_numpy(nlp)
        _loaded[key] = nlp
        return nlp


def _imported_spacy() -> Any:
    """spaCy, imported without its command line where it is not imported yet.

    `import spacy` imports `spacy.cli` for one name (`spacy.info`), and with it every command and
    what they use (requests, httpx, typer, weasel, jinja2, rich...): a third of spaCy's import time
    (0.2 of 0.6 s), read from disk again when those files are cold, and on the path of an article
    added (the side process loads the model while the build waits). The package is stood in for
    while spaCy imports, then left to be imported when asked for (`import spacy.cli`);
    `spacy.info` imports the command's module when called. A spaCy that wants more of its command
    line as it imports is imported again, whole.
    """
    import sys

    if "spacy" in sys.modules:
        import spacy

        return spacy
    import types

    def info(*args: Any, **kwargs: Any) -> Any:
        from spacy.cli.info import info as command

        return command(*args, **kwargs)

    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package: its `info` module is the one below
    info_module = types.ModuleType("spacy.cli.info")
    info_module.info = info  # type: ignore[attr-defined]
    standing_in = {"spacy.cli": cli, "spacy.cli.info": info_module}
    sys.modules.update(standing_in)
    try:
        import spacy
    except ImportError:
        spacy = None
    finally:
        for name, module in standing_in.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
        package = sys.modules.get("spacy")
        if package is not None and getattr(package, "cli", None) is cli:
            del package.cli  # `import spacy.cli` imports the real one
    if spacy is None:  # the stand-in was not enough: what was imported of spaCy goes, all of it comes
        for name in [name for name in sys.modules if name == "spacy" or name.startswith("spacy.")]:
            del sys.modules[name]
        import spacy
    return spacy


def _multiply_with_numpy(nlp: "Language") -> None:
    """Run the model's matrix products through numpy's BLAS (OpenBLAS) instead of thinc's BLIS.

    Half of the model's time is matrix products (tok2vec layers, the parser's precomputed
    features). On the project's machine (AMD EPYC, AVX-512) OpenBLAS multiplies these shapes about
    three times faster than the BLIS thinc ships, and the parses are the same (bench/model.py; no
    token differs on 1,700 news sentences). One BLAS thread per process: extraction runs one model
    per core, in worker processes, and threads would only compete with them.
    """
    from thinc.api import NumpyOps
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops


def split_long_text(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Pieces of at most about `limit` characters whose concatenation is `text`.

    Cut after a blank line if there is one in the second half of the window, else after a
    sentence-ending punctuation mark and a space, else after any whitespace, else hard.
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        half = limit // 2
        cut = window.rfind("\n\n", half)
        if cut >= 0:
            cut += 2
        else:
            cut = max(window.rfind(". ", half), window.rfind("? ", half), window.rfind("! ", half))
            if cut >= 0:
                cut += 2
            else:
                cut = max(window.rfind(" ", half), window.rfind("\n", half))
                cut = cut + 1 if cut >= 0 else limit
        pieces.append(window[:cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def parse(texts: Iterable[str], *, batch_size: int = DEFAULT_BATCH_SIZE,
          disable: Iterable[str] = (), model: "Language | None" = None, one_sentence: bool = False) -> Iterator["Doc"]:
    """One parsed Doc per text, in order, with `doc.text == text`.

    `disable` names pipeline components to skip (e.g. ("parser",) when only tags are needed).
    Texts of any length are accepted: long ones are parsed in pieces and joined. `one_sentence`:
    each text is one sentence (the events stage's own split), so the parser may start no other in
    it: left free, it breaks about one news sentence in eighteen before a name or a bare day ("The
    accident occurred about 10:00 a.m. || Saturday when ..."), and each half loses its clause.
    """
    nlp = model or load_model()  # first: it imports spaCy (`_imported_spacy`)
    from spacy.tokens import Doc

    def one(text: str) -> "str | Doc":
        if not one_sentence:
            return text
        doc = nlp.make_doc(text)
        for token in doc[1:]:
            token.is_sent_start = False  # (the parser keeps sentence starts set before it)
        return doc

    def pieces() -> Iterator[tuple["str | Doc", tuple[int, int]]]:
        for n, text in enumerate(texts):
            parts = split_long_text(text) if len(text) > CHUNK_CHARS else [text]
            for k, part in enumerate(parts):
                yield one(part), (n, len(parts) - k - 1)  # (text number, pieces still to come)

    pending: list["Doc"] = []
    for doc, (_, remaining) in nlp.pipe(pieces(), batch_size=batch_size, disable=list(disable),
                                        as_tuples=True):
        if remaining == 0 and not pending:
            yield doc
            continue
        pending.append(doc)
        if remaining == 0:
            yield Doc.from_docs(pending, ensure_whitespace=False)
            pending = []


def _fragments(doc: "Doc") -> int:
    """How many of a Doc's sentences have no clause of their own: a root that is no verb with a
    subject, or a prefix cut off its verb by a hyphen ("re" of "re-elected")."""
    def prefix(root: "Token") -> bool:
        return root.lower_ in verb_prefixes() and root.i + 1 < len(doc) and doc[root.i + 1].text == "-"
    return sum(1 for sentence in doc.sents if sentence.root.pos_ not in ("VERB", "AUX") or prefix(sentence.root)
               or not any(c.dep_.startswith(("nsubj", "expl")) for c in sentence.root.children))


def as_one_sentence(free: "Doc", whole: "Doc") -> bool:
    """Whether to keep `whole`, a text parsed as one sentence, over `free`, the same text where the
    parser started sentences of its own: when the one sentence is a clause with its subject and
    the free reading left a fragment ("The accident occurred about 10:00 a.m. || Saturday when ...").
    Not when the one sentence loses its subject ("Leading a delegation, || Talabani arrived ..."
    read whole makes "Talabani" an aside)."""
    if len(list(free.sents)) <= 1 or _fragments(whole) or not (_fragments(free) or _broken_inside(free)):
        return False
    for sentence in list(free.sents)[1:]:
        i = sentence.start
        if i >= 3 and free[i - 1].text == ")" and free[i - 3].text == "(" and re.fullmatch(r"[A-Z]{2,8}", free[i - 2].text):
            # "The Northern Union of Timber Workers (NUTW) || Congress opened": a name's short form
            # ends the parser's first part; the title reads such a name across the break whole,
            # with its short form (clauses._with_fragment_before), which the whole reading drops
            return False
    # ("The 9th Pacific Association of Coastal Fisheries (PACF) || Summit closed": read whole, the
    # name before the bracket takes the verb from "Summit"; a subject the free reading gave its
    # verb is kept)
    root = whole[:].root
    def subjects(verb: "Token") -> set[int]:
        return {c.i for c in verb.children if c.dep_.startswith(("nsubj", "expl"))}
    # (the whole reading's subject with its apposition, a description, counts as the subject it describes:
    # "Muhammad bin Muhammad || Taib, chief minister of Selangor, was ordered" read free makes
    # "minister" the subject)
    # (and a conjunct of it: "Foreign Minister Li Zhaoxing and || Commerce Minister Bo Xilai will
    # attend" read free makes the second name the only subject)
    described = subjects(root) | {c.i for k in subjects(root) for c in whole[k].children
                                  if c.dep_ == "appos" and c.pos_ == "NOUN" or c.dep_ == "conj" and c.pos_ == "PROPN"}
    return all(subjects(free[root.i]) <= described for sentence in free.sents if sentence.root.i == root.i)


def _broken_inside(doc: "Doc") -> bool:
    """Whether the parser started a sentence where none can start: after a word that opens what
    follows ("agreed on Tuesday that || trucks must ..."; a conjunction, a preposition, an article)
    or before a word in lower case ("agreed Monday || that courts should ...")."""
    sentences = list(doc.sents)
    return any(sentence[-1].pos_ in ("SCONJ", "CCONJ", "ADP", "DET") or sentence[-1].lower_ == "that" for sentence in sentences[:-1]) or any(
        sentence[0].text[:1].islower() for sentence in sentences[1:])


def parse_one(text: str, **options) -> "Doc":
    """`parse` for a single text."""
    return next(parse([text], **options))
