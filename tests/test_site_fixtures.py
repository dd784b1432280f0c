"""Small hand-made inputs for the website tests (no extractor involved)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from timeline.model import Article, Event, EventMention, Source, Timex, UnresolvedMention
from timeline.site import SiteInput

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Extraction:
    """The shape of timeline.pipeline.ArticleExtraction, without importing the extractor."""

    article: Article
    timexes: tuple[Timex, ...]
    mentions: tuple[EventMention, ...]
    unresolved: tuple[UnresolvedMention, ...]


MEETING_TEXT = (
    "Leaders meet at the White House\n\n"
    "President A and President B met at the White House on Tuesday amid record migration.\n\n"
    "B skipped the Summit of the Americas last month, citing the guest list.\n\n"
    "Officials said a follow-up call would come soon."
)
CALL_TEXT = (
    "A call between leaders\n\n"
    "President A spoke with President B on Friday about the Summit of the Americas.\n\n"
    "B will visit Washington in July, an aide said."
)
# Characters that mean something in Markdown or HTML must show as themselves on the page.
TRICKY_TEXT = (
    "Markup *stars* _under_ <b>bold</b> & [link](http://x) # not a heading\n\n"
    "# Looks like a heading\n"
    "- looks like a list | with a pipe\n"
    "1. looks numbered {braces} `code` \\backslash\n\n"
    "On 3 March 2021 the <script>alert(1)</script> board met."
)


def span(text: str, fragment: str) -> tuple[int, int]:
    start = text.index(fragment)
    return start, start + len(fragment)


def timex(text: str, fragment: str, value: str | None, reason: str = "") -> Timex:
    start, end = span(text, fragment)
    return Timex(start, end, fragment, "DATE", value, rule="test", reason=reason or f"test rule for {fragment}")


def sentence_source(article: Article, sentence: str, date_text: str, date: str) -> Source:
    start, end = span(article.text, sentence)
    return Source(article.id, sentence, start, end, date_text, date)


# The data folder the small timeline names (as "data"): none exists there, so no data/site.yaml of
# the repository's own project changes what these tests see.
NO_PROJECT_DATA = ROOT / "tests" / "no-project" / "data"


def small_input(data_dir: Path = NO_PROJECT_DATA) -> SiteInput:
    meeting = Article(
        "meeting-report", "000_meeting.txt", MEETING_TEXT, "Leaders meet at the White House",
        publisher="Wire", url="https://example.org/meeting", published="2022-07-12", published_source="metadata",
    )
    call = Article(
        "call-report", "003_call.txt", CALL_TEXT, "A call between leaders",
        publisher="Daily", published="2022-04-30", published_source="estimated",
        published_evidence="the file's folder is dated 2022-04-30",
    )
    tricky = Article(
        "tricky_<odd> name", "tricky.txt", TRICKY_TEXT, "Markup *stars* & <b>", title_derived=True,
        url="javascript:alert(1)", published="2021-03-05", published_source="metadata",
    )
    meeting_timexes = (
        timex(MEETING_TEXT, "on Tuesday", "2022-07-12", "the Tuesday of the publication week"),
        timex(MEETING_TEXT, "last month", "2022-06", "the month before the publication date"),
        timex(MEETING_TEXT, "soon", None, "no date can be given to 'soon'"),
    )
    call_timexes = (
        timex(CALL_TEXT, "on Friday", "2022-04-29", "the Friday before the publication date"),
        timex(CALL_TEXT, "in July", "2022-07", "the next July after the publication date"),
    )
    tricky_timexes = (timex(TRICKY_TEXT, "3 March 2021", "2021-03-03", "an explicit date"),)

    s_meeting = "President A and President B met at the White House on Tuesday amid record migration."
    s_summit = "B skipped the Summit of the Americas last month, citing the guest list."
    s_call = "President A spoke with President B on Friday about the Summit of the Americas."
    s_visit = "B will visit Washington in July, an aide said."
    s_tricky = "On 3 March 2021 the <script>alert(1)</script> board met."
    s_soon = "Officials said a follow-up call would come soon."

    events = [
        Event(
            "2022-07-12-leaders-meet", "2022-07-12", "Leaders meet at the White House",
            summary="A and B met to discuss *migration* & trade.", people=["President A", "President B"],
            places=["White House"], organisations=["Summit of the Americas"],
            sources=[sentence_source(meeting, s_meeting, "on Tuesday", "2022-07-12")], salience=0.9,
        ),
        Event(
            "2022-06-summit", "2022-06", "Summit of the Americas",
            people=["President B"], organisations=["Summit of the Americas"],
            sources=[
                sentence_source(meeting, s_summit, "last month", "2022-06"),
                Source(call.id, s_call, *span(CALL_TEXT, s_call), "", None),
            ],
            salience=0.7, status="disputed", disputed_dates=["2022-05"], tags=["migration", "diplomacy"],
        ),
        Event(
            "2022-04-29-call", "2022-04-29", "A and B speak by phone",
            people=["President A", "President B"],
            sources=[sentence_source(call, s_call, "on Friday", "2022-04-29")], salience=0.5,
        ),
        Event(
            "2022-07-visit", "2022-07", "B to visit Washington", places=["Washington"],
            sources=[sentence_source(call, s_visit, "in July", "2022-07")], salience=0.1,
        ),
        Event(
            "2021-03-03-board", "2021-03-03", "The *board* meets <b>", places=["Room [1] | #2"],
            sources=[sentence_source(tricky, s_tricky, "3 March 2021", "2021-03-03")], salience=0.3,
        ),
    ]
    locations = {
        "2022-07-12-leaders-meet": ("data/events/2022.yaml", 40),
        "2022-06-summit": ("data/events/2022.yaml", 20),
        "2022-04-29-call": ("data/events/2022.yaml", 2),
        "2022-07-visit": ("data/events/2022.yaml", 60),
        "2021-03-03-board": ("data/events/2021.yaml", 2),
    }
    soon_timex = meeting_timexes[2]
    unresolved = (UnresolvedMention(meeting.id, s_soon, *span(MEETING_TEXT, s_soon), soon_timex),)
    extractions = [
        Extraction(meeting, meeting_timexes, (), unresolved),
        Extraction(call, call_timexes, (), ()),
        Extraction(tricky, tricky_timexes, (), ()),
    ]
    return SiteInput(events=events, locations=locations, extractions=extractions, data_dir=data_dir)


def mkdocs_project(folder: Path) -> Path:
    """The project's mkdocs.yml, copied as is into `folder` (the docs are folder/docs)."""
    config = folder / "mkdocs.yml"
    config.write_text((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), encoding="utf-8")
    return config
