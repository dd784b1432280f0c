"""Write timeline/data/language/irregular_verbs.yaml: past forms of irregular English verbs and their
lemmas, as the treebanks (EWT + GUM train) annotate them; verb_lemmas.yaml, every verb lemma
the treebanks' training parts annotate (the trainable lemmatizer makes "insiste" of "insisted":
a known lemma decides between "insist" and "insiste"); intransitive_verbs.yaml, the verbs they
never use in the passive nor with an object; infinitive_verbs.yaml, the verbs whose "to" infinitive
is their complement ("was asked to resign"), not their purpose; past_tenses.yaml, each verb's
past tense; and ing_nouns.yaml, the forms in -ing the treebanks mostly tag as nouns ("meeting").

    .venv/bin/python training/irregular_verbs.py [--shared ../shared]

Irregular verbs are a closed class, and the trainable lemmatizer (edit trees) gets the rarer ones
wrong ("fought" -> "fought", "stolen" -> "stolen"); every later stage compares lemmas. A form is kept
when the treebanks tag it VBD or VBN at least twice, its lemma is not a regular -ed/-d/-ied form of
it, one lemma accounts for at least 90% of those, and they are at least half of the form's uses.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "training"))
import conllu  # noqa: E402

OUT = ROOT / "timeline" / "data" / "language" / "irregular_verbs.yaml"
VERBS_OUT = ROOT / "timeline" / "data" / "language" / "verb_lemmas.yaml"
INTRANSITIVE_OUT = ROOT / "timeline" / "data" / "language" / "intransitive_verbs.yaml"
PAST_OUT = ROOT / "timeline" / "data" / "language" / "past_tenses.yaml"
INFINITIVE_OUT = ROOT / "timeline" / "data" / "language" / "infinitive_verbs.yaml"
ING_NOUNS_OUT = ROOT / "timeline" / "data" / "language" / "ing_nouns.yaml"
# A verb lemma is intransitive when the treebanks use it at least this often, never in the passive,
# and with an object in at most this share of its uses ("erupted", "died": never "was died").
INTRANSITIVE_MIN_USES = 3
INTRANSITIVE_MAX_OBJECT_SHARE = 0.05
# A verb's "to" infinitive is its complement when the treebanks annotate at least this many of its
# infinitives and this share of them as its complement (xcomp), the rest as its purpose (advcl).
INFINITIVE_MIN_USES = 3
INFINITIVE_MIN_COMPLEMENT_SHARE = 0.8
# A form in -ing is a noun when the treebanks use it at least this often and tag it a noun in at
# least this share of its uses ("meeting", "hearing"; not "sleeping").
ING_NOUN_MIN_USES = 3
ING_NOUN_MIN_SHARE = 0.5


def is_regular(form: str, lemma: str) -> bool:
    candidates = {lemma + "ed", lemma + "d", lemma[:-1] + "ied", lemma + lemma[-1:] + "ed", lemma + "ked"}
    return form in candidates or form == lemma


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=conllu.DEFAULT_SHARED)
    args = parser.parse_args(argv)
    lemmas: dict[str, Counter] = defaultdict(Counter)
    uses: Counter = Counter()
    verbs: set[str] = set()
    past_tenses: dict[str, Counter] = defaultdict(Counter)  # lemma -> its VBD forms
    verb_uses: Counter = Counter()
    passive_uses: Counter = Counter()
    object_uses: Counter = Counter()
    infinitives: dict[str, Counter] = defaultdict(Counter)  # lemma -> its "to" infinitives' relations
    ing_noun_uses: Counter = Counter()  # form in -ing -> its uses as a noun
    for treebank in conllu.TREEBANKS:
        for sentence in conllu.read_sentences(conllu.treebank_path(args.shared, treebank, "train")):
            children: dict[int, list] = defaultdict(list)
            position_of = {id(word): position for position, word in enumerate(sentence.words, 1)}
            for word in sentence.words:
                children[word.head].append(word)
            for position, word in enumerate(sentence.words, 1):
                uses[word.form.lower()] += 1
                if word.upos == "NOUN" and word.form.lower().endswith("ing"):
                    ing_noun_uses[word.form.lower()] += 1
                if word.upos == "VERB" and word.lemma.isalpha():
                    verbs.add(word.lemma.lower())
                    lemma = word.lemma.lower()
                    own = children.get(position, [])
                    verb_uses[lemma] += 1
                    # the passive: a passive subject or auxiliary, or a participle modifying a noun bare
                    if any(c.deprel in ("aux:pass", "nsubj:pass", "csubj:pass") for c in own) or (
                            word.xpos == "VBN" and word.deprel.startswith("acl") and not any(c.deprel == "aux" for c in own)):
                        passive_uses[lemma] += 1
                    if any(c.deprel in ("obj", "iobj") for c in own):
                        object_uses[lemma] += 1
                    for c in own:
                        if c.deprel in ("xcomp", "advcl") and c.xpos == "VB" and any(
                                g.deprel == "mark" and g.form.lower() == "to" for g in children.get(position_of[id(c)], [])):
                            infinitives[lemma][c.deprel] += 1
                if word.upos in ("VERB", "AUX") and word.xpos in ("VBD", "VBN"):
                    lemmas[word.form.lower()][word.lemma.lower()] += 1
                if word.upos == "VERB" and word.xpos == "VBD" and word.form.isalpha() and word.lemma.isalpha():
                    past_tenses[word.lemma.lower()][word.form.lower()] += 1
    table = {}
    for form, counts in sorted(lemmas.items()):
        lemma, n = counts.most_common(1)[0]
        past_uses = sum(counts.values())
        # mostly a past form ("where" typed for "were" is mostly an adverb: left out)
        if (n >= 2 and n >= 0.9 * past_uses and past_uses >= 0.5 * uses[form]
                and not is_regular(form, lemma) and form.isalpha()):
            table[form] = lemma
    lines = ["# Past forms of irregular verbs -> lemma, for words tagged VBD/VBN (timeline.language).",
             "# Generated by training/irregular_verbs.py from the UD English EWT and GUM training data;",
             "# example: fought -> fight.",
             "irregular:"]
    lines += [f"  {form}: {lemma}" for form, lemma in table.items()]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(table)} forms")
    lines = ["# Every verb lemma of the UD English EWT and GUM training data (timeline.language: a known",
             "# lemma decides a regular past form's: 'insisted' -> insist, not insiste).",
             "# Generated by training/irregular_verbs.py.",
             "verbs: [" + ", ".join(f'"{verb}"' for verb in sorted(verbs)) + "]"]  # quoted: "on" is no boolean
    VERBS_OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {VERBS_OUT.relative_to(ROOT)}: {len(verbs)} lemmas")
    intransitive = sorted(v for v, n in verb_uses.items() if n >= INTRANSITIVE_MIN_USES and not passive_uses[v]
                          and object_uses[v] <= INTRANSITIVE_MAX_OBJECT_SHARE * n)
    lines = ["# Verb lemmas the UD English EWT and GUM training data never use in the passive and (almost)",
             f"# never with an object (at least {INTRANSITIVE_MIN_USES} uses, an object in at most "
             f"{INTRANSITIVE_MAX_OBJECT_SHARE:.0%}): timeline.clauses never",
             "# titles one as a passive ('The fighting erupted', not 'was erupted').",
             "# Generated by training/irregular_verbs.py.",
             "intransitive: [" + ", ".join(f'"{verb}"' for verb in intransitive) + "]"]
    INTRANSITIVE_OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {INTRANSITIVE_OUT.relative_to(ROOT)}: {len(intransitive)} lemmas")
    complement = sorted(v for v, counts in infinitives.items() if sum(counts.values()) >= INFINITIVE_MIN_USES
                        and counts["xcomp"] >= INFINITIVE_MIN_COMPLEMENT_SHARE * sum(counts.values()))
    lines = ["# Verb lemmas whose 'to' infinitive the UD English EWT and GUM training data annotate as their",
             f"# complement (xcomp) in at least {INFINITIVE_MIN_COMPLEMENT_SHARE:.0%} of at least {INFINITIVE_MIN_USES} uses, "
             "not as their purpose (advcl):",
             "# timeline.language reads 'was asked by the president [to resign]' so.",
             "# Generated by training/irregular_verbs.py.",
             "complement: [" + ", ".join(f'"{verb}"' for verb in complement) + "]"]
    INFINITIVE_OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {INFINITIVE_OUT.relative_to(ROOT)}: {len(complement)} lemmas")
    lines = ["# Verb lemma -> its past tense, the form the UD English EWT and GUM training data tag VBD most",
             "# often for it (timeline.clauses: 'Zhu taking the title' -> 'Zhu took the title'); a lemma",
             "# not here takes the regular -ed. Generated by training/irregular_verbs.py.",
             "past:"]
    lines += [f'  "{lemma}": "{forms.most_common(1)[0][0]}"' for lemma, forms in sorted(past_tenses.items())]
    PAST_OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {PAST_OUT.relative_to(ROOT)}: {len(past_tenses)} lemmas")
    ing_nouns = sorted(form for form, n in ing_noun_uses.items() if form.isalpha() and uses[form] >= ING_NOUN_MIN_USES
                       and n >= ING_NOUN_MIN_SHARE * uses[form])
    lines = ["# Forms in -ing the UD English EWT and GUM training data tag as nouns in at least "
             f"{ING_NOUN_MIN_SHARE:.0%} of at least {ING_NOUN_MIN_USES} uses:",
             "# timeline.language reads 'chaired an emergency cabinet [meeting]' so, where the parse made it a participle.",
             "# Generated by training/irregular_verbs.py.",
             "nouns: [" + ", ".join(f'"{form}"' for form in ing_nouns) + "]"]
    ING_NOUNS_OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {ING_NOUNS_OUT.relative_to(ROOT)}: {len(ing_nouns)} forms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
