"""Universal Dependencies CoNLL-U files -> spaCy Docs for training and scoring the language model.

    .venv/bin/python training/conllu.py OUT_DIR [--shared ../shared]

writes OUT_DIR/train.spacy (EWT train + GUM train) and OUT_DIR/dev.spacy (EWT dev + GUM dev).

Why our own reader rather than `spacy convert`: we keep the treebanks' paragraph breaks as the
whitespace tokens the tokenizer makes from a blank line ("\\n\\n", attached to the token before it,
as spaCy's own whitespace augmenter does), so the parser learns that a paragraph break ends a
sentence and is never a sentence of its own; and we group consecutive sentences of one document
into multi-sentence Docs so the parser learns where sentences end.

Multiword tokens ("don't" = do + n't) are read as their syntactic words, which is how spaCy's
English tokenizer splits them too.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = ROOT.parent / "shared"

# Treebank files per split, relative to the shared folder.
TREEBANKS = {
    "ewt": "ud-english-ewt/en_ewt-ud-{split}.conllu",
    "gum": "ud-english-gum/gum-cc-by-{split}.conllu",
}
SENTENCES_PER_DOC = 10
PARAGRAPH_BREAK = "\n\n"


@dataclass
class Word:
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int  # 1-based within the sentence, 0 = root
    deprel: str
    space_after: bool


@dataclass
class Sentence:
    words: list[Word]
    doc_id: str
    new_paragraph: bool
    text: str = ""


@dataclass
class _Reading:
    doc_id: str = ""
    new_paragraph: bool = False
    text: str = ""
    words: list[Word] = field(default_factory=list)
    mwt_last: int = 0  # id of the last word of the multiword token being read
    mwt_space_after: bool = True


def _misc_space_after(misc: str) -> bool:
    return "SpaceAfter=No" not in misc.split("|")


def read_sentences(path: Path) -> Iterator[Sentence]:
    """Each sentence of a CoNLL-U file, with its document id and whether it opens a paragraph."""
    state = _Reading()
    with open(path, encoding="utf-8") as lines:
        for line_no, line in enumerate(lines, 1):
            line = line.rstrip("\n")
            if line.startswith("#"):
                if line.startswith("# newdoc"):
                    state.doc_id = line.split("=", 1)[1].strip() if "=" in line else f"{path.name}:{line_no}"
                    state.new_paragraph = True
                elif line.startswith("# newpar"):
                    state.new_paragraph = True
                elif line.startswith("# text ="):
                    state.text = line.split("=", 1)[1].strip()
                continue
            if not line.strip():
                if state.words:
                    yield Sentence(state.words, state.doc_id, state.new_paragraph, state.text)
                state = _Reading(doc_id=state.doc_id)
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                raise ValueError(f"{path}:{line_no}: expected 10 tab-separated columns, got {len(cols)}")
            if "." in cols[0]:  # empty node of the enhanced graph
                continue
            if "-" in cols[0]:
                state.mwt_last = int(cols[0].split("-")[1])
                state.mwt_space_after = _misc_space_after(cols[9])
                continue
            word_id = int(cols[0])
            if word_id < state.mwt_last:
                space_after = False
            elif word_id == state.mwt_last:
                space_after = state.mwt_space_after
            else:
                space_after = _misc_space_after(cols[9])
            state.words.append(Word(
                form=cols[1], lemma=cols[2], upos=cols[3], xpos=cols[4],
                feats="" if cols[5] == "_" else cols[5], head=int(cols[6]),
                deprel="ROOT" if cols[7] == "root" else cols[7], space_after=space_after,
            ))
    if state.words:
        yield Sentence(state.words, state.doc_id, state.new_paragraph, state.text)


def group_sentences(sentences: Iterator[Sentence], per_doc: int = SENTENCES_PER_DOC) -> Iterator[list[Sentence]]:
    """Runs of up to `per_doc` consecutive sentences of one document."""
    group: list[Sentence] = []
    for sentence in sentences:
        if group and (sentence.doc_id != group[0].doc_id or len(group) >= per_doc):
            yield group
            group = []
        group.append(sentence)
    if group:
        yield group


def make_doc(vocab, sentences: list[Sentence], paragraph_breaks: bool = True):
    """One spaCy Doc with gold annotation from consecutive sentences."""
    from spacy.tokens import Doc

    words, spaces, tags, pos, morphs, lemmas, heads, deps, sent_starts = ([] for _ in range(9))
    for n, sentence in enumerate(sentences):
        if n and paragraph_breaks and sentence.new_paragraph:
            # The blank line is a whitespace token in spaCy; it belongs to the sentence before it.
            spaces[-1] = False
            words.append(PARAGRAPH_BREAK)
            spaces.append(False)
            tags.append("_SP")
            pos.append("SPACE")
            morphs.append("")
            lemmas.append(PARAGRAPH_BREAK)
            heads.append(len(words) - 2)
            deps.append("dep")
            sent_starts.append(False)
        elif n:
            spaces[-1] = True
        offset = len(words)
        for i, word in enumerate(sentence.words):
            words.append(word.form)
            spaces.append(word.space_after)
            tags.append(word.xpos)
            pos.append(word.upos)
            morphs.append(word.feats)
            lemmas.append(word.lemma)
            heads.append(offset + i if word.head == 0 else offset + word.head - 1)
            deps.append(word.deprel)
            sent_starts.append(i == 0)
    if spaces:
        spaces[-1] = False
    return Doc(vocab, words=words, spaces=spaces, tags=tags, pos=pos, morphs=morphs, lemmas=lemmas,
               heads=heads, deps=deps, sent_starts=sent_starts)


def treebank_path(shared: Path, treebank: str, split: str) -> Path:
    path = shared / TREEBANKS[treebank].format(split=split)
    if not path.exists():
        raise SystemExit(f"{path}: treebank file not found; pass --shared FOLDER (the folder holding "
                         f"ud-english-ewt/ and ud-english-gum/)")
    return path


def read_docs(vocab, shared: Path, treebank: str, split: str, paragraph_breaks: bool = True) -> list:
    path = treebank_path(shared, treebank, split)
    return [make_doc(vocab, group, paragraph_breaks) for group in group_sentences(read_sentences(path))]


# GUM's entity layer: "(12-person-..." opens mention 12, "12)" closes it
_OPEN = re.compile(r"\((\d+)-([a-z]+)")
_CLOSE = re.compile(r"(\d+)\)")


def sentence_rows(path: Path) -> Iterator[list[list[str]]]:
    """The word rows (10 columns) of each sentence of a CoNLL-U file, without multiword tokens and
    empty nodes."""
    rows: list[list[str]] = []
    for line in list(path.read_text(encoding="utf-8").splitlines()) + [""]:
        if line and not line.startswith("#"):
            cols = line.split("\t")
            if "-" not in cols[0] and "." not in cols[0]:
                rows.append(cols)
            continue
        if line or not rows:
            continue
        yield rows
        rows = []


def entity_mentions(rows: list[list[str]]) -> list[tuple[int, int, str]]:
    """(first, last, GUM type) of every entity mention of one sentence."""
    opened: dict[str, list[tuple[int, str]]] = {}
    out = []
    for i, cols in enumerate(rows):
        found = re.search(r"Entity=([^|]*)", cols[9])
        if not found:
            continue
        annotation = found.group(1)
        # "(12-abstract-...)": opens and closes on this word; "(12-abstract-..." opens; "12)" closes.
        for part in re.finditer(r"\(\d+-[^()]*\)?|\d+\)", annotation):
            text = part.group()
            if text.startswith("("):
                ident, kind = _OPEN.match(text).groups()
                if text.endswith(")"):
                    out.append((i, i, kind))
                else:
                    opened.setdefault(ident, []).append((i, kind))
            else:
                ident = _CLOSE.match(text).group(1)
                if opened.get(ident):
                    start, kind = opened[ident].pop()
                    out.append((start, i, kind))
    return out


def gum_splits(shared: Path, read) -> dict[str, list]:
    """`read(path)` of GUM's train, dev and test files, by split."""
    return {split: read(treebank_path(shared, "gum", split)) for split in ("train", "dev", "test")}


def print_scores(report: dict[str, dict]) -> None:
    """One line of figures per split ("dev: n 402, accuracy 0.934")."""
    for split, figures in report.items():
        print(f"{split}: " + ", ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in figures.items()))


def main(argv: list[str] | None = None) -> int:
    import spacy
    from spacy.tokens import DocBin

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    args = parser.parse_args(argv)
    nlp = spacy.blank("en")
    args.out.mkdir(parents=True, exist_ok=True)
    for split in ("train", "dev"):
        docs = [doc for treebank in TREEBANKS for doc in read_docs(nlp.vocab, args.shared, treebank, split)]
        random.Random(0).shuffle(docs)  # treebanks and genres interleaved in every batch
        DocBin(docs=docs, store_user_data=False).to_disk(args.out / f"{split}.spacy")
        print(f"{split}: {len(docs)} docs, {sum(len(d) for d in docs)} tokens -> {args.out / f'{split}.spacy'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
