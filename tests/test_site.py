"""The website as a reader and an editor see it: pages, anchors, links, exports, and docs/ hygiene.

Inputs are small hand-made events and articles (test_site_fixtures), not the extractor's output.
"""

from __future__ import annotations

import csv
import html
import html.parser
import io
import json
import re
import shutil
from dataclasses import replace
from pathlib import Path
from urllib.parse import unquote, urlsplit

import markdown
import pytest
from hypothesis import given, settings, strategies as st

from test_site_fixtures import CALL_TEXT, MEETING_TEXT, mkdocs_project, small_input
from timeline import site
from timeline.model import Event, Source
from timeline.problems import UserError
from timeline.site import exports, mkdocs_hooks
from timeline.site.files import MANIFEST
from timeline.site.markup import md_text


@pytest.fixture
def docs(tmp_path) -> Path:
    folder = tmp_path / "docs"
    site.generate(small_input(), folder)
    return folder


def read(docs: Path, path: str) -> str:
    return (docs / path).read_text(encoding="utf-8")


def all_files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# ---------------------------------------------------------------- home page


def test_home_lists_events_in_date_order_grouped_by_year_and_month(docs):
    home = read(docs, "index.md")
    titles = ["The *board* meets &lt;b&gt;", "A and B speak by phone", "Summit of the Americas",
              "B to visit Washington", "Leaders meet at the White House"]
    positions = [home.index(f">{t}</a>") for t in titles]
    assert positions == sorted(positions)
    assert home.index("## [2021]") < home.index("### [March 2021]") < home.index("## [2022]")
    assert home.index("### [April 2022]") < home.index("### [June 2022]") < home.index("### [July 2022]")
    # Dates at their real precision, and the number of sources.
    assert '29 April 2022</span> · <a href="timeline/2022/04.html#2022-04-29-call">A and B speak by phone</a>' in home
    assert ('June 2022</span> · <strong><a href="timeline/2022/06.html#2022-06-summit">Summit of the Americas</a>'
            "</strong> · 2 sources</li>") in home
    assert "· 1 source</li>" in home


def test_main_events_stand_out_and_gaps_in_time_are_said(docs):
    home = read(docs, "index.md")
    starred = re.findall(r'<li class="tl-main">(.*?)</li>', home)
    assert len(starred) == 2  # salience 0.9 and 0.7; the others are below main_salience
    assert all('class="tl-star"' in item and ("Summit" in item or "Leaders meet" in item) for item in starred)
    assert home.count('class="tl-star"') == 2
    assert "1 month without events (May 2022)" in home
    assert "12 months without events (April 2021 – March 2022)" in home


def test_home_axis_places_every_event_and_links_it(docs):
    home = read(docs, "index.md")
    svg = re.search(r"<svg class=\"tl-axis tl-axis-wide\".*?</svg>", home).group(0)
    links = re.findall(r'<a href="([^"]+)"', svg)
    assert len(links) == 5
    assert "timeline/2022/06.html#2022-06-summit" in links
    # A day is a dot, a month a bar as wide as the month: the precision is visible.
    assert svg.count("<circle") == 3 and svg.count("<rect") == 2
    circles = [float(x) for x in re.findall(r'<circle[^>]*cx="([\d.]+)"', svg)]
    assert circles == sorted(circles)  # in time order, left to right


# ---------------------------------------------------------------- events


def editor_docs(tmp_path: Path) -> Path:
    """The docs of an editors' build: data/site.yaml says `editor: true`."""
    data = tmp_path / "data"
    data.mkdir(parents=True, exist_ok=True)
    (data / "site.yaml").write_text("editor: true\n", encoding="utf-8")
    folder = tmp_path / "docs"
    site.generate(small_input(data), folder)
    return folder


def test_event_section_has_date_sources_disputed_notice_and_neighbours(docs):
    june = read(docs, "timeline/2022/06.md")
    assert "## June 2022 · Summit of the Americas { #2022-06-summit .tl-main }" in june
    assert '<span class="tl-facts-date">June 2022</span> · the sources give the month only' in june
    assert 'People: <a href="../../people.html#president-b">President B</a>' in june
    assert '<div class="admonition warning"><p class="admonition-title">Disputed date' in june
    assert "other dates given: May 2022" in june
    assert '<p class="tl-tags">Tags: migration, diplomacy</p>' in june
    # Each source's quote links to that sentence on the source's page.
    start = MEETING_TEXT.index("B skipped the Summit")
    assert f'href="../../sources/meeting-report.html#s-{start}"' in june
    call_start = CALL_TEXT.index("President A spoke")
    assert f'href="../../sources/call-report.html#s-{call_start}"' in june
    assert "(Wire, published 12 July 2022, " in june and '<a class="tl-original" href="https://example.org/meeting">' in june
    assert "; “last month” → June 2022" in june
    assert '‹ Previous: <a href="04.html#2022-04-29-call">29 April 2022 · A and B speak by phone</a>' in june
    assert 'Next: <a href="07.html#2022-07-visit">July 2022 · B to visit Washington</a> ›' in june
    assert "Correct it" not in june and "precision" not in june  # the editors' words


def test_an_editors_build_says_where_to_correct_each_event_and_how_each_date_was_read(tmp_path):
    june = read(editor_docs(tmp_path), "timeline/2022/06.md")
    assert '<span class="tl-facts-date">June 2022</span> · month precision' in june
    assert "dated by “last month” → June 2022" in june
    assert "Correct it: data/events/2022.yaml, line 20, event id 2022-06-summit" in june
    assert "correct the YAML" in june  # the dispute says what to do about it


def test_entity_pages_list_the_events_of_each_name(docs):
    people = read(docs, "people.md")
    assert "## President B { #president-b }" in people
    section = people.split("{ #president-b }")[1]
    assert '<a href="timeline/2022/06.html#2022-06-summit">Summit of the Americas</a>' in section
    places = read(docs, "places.md")
    assert "Room \\[1\\] &#124; #2" in places  # escaped: no link, no table cell break


# ---------------------------------------------------------------- sources


def test_source_page_highlights_each_time_expression_with_its_value_and_event(docs):
    page = read(docs, "sources/meeting-report.md")
    start = MEETING_TEXT.index("President A and President B met")
    assert f'<span class="tl-sentence" id="s-{start}">' in page
    tuesday = MEETING_TEXT.index("on Tuesday")
    mark = re.search(rf'<a class="tl-timex" id="t-{tuesday}" href="([^"]*)" title="([^"]*)" '
                     rf'data-value="([^"]*)">on Tuesday</a>', page)
    assert mark and mark.group(1) == "../timeline/2022/07.html#2022-07-12-leaders-meet"
    assert mark.group(2) == "12 July 2022"  # in words: no TIMEX3 value, no rule
    assert mark.group(3) == "12 July 2022"  # shown after the expression
    assert "Published:** 12 July 2022\n" in page
    assert "counted from the day the article was published: 12 July 2022." in page
    assert '<a href="https://example.org/meeting">' in page
    assert "**File:**" not in page and "(2022-07-12)" not in page
    # The unresolved expression is marked as such, and its sentence anchored for the review page.
    assert 'class="tl-timex tl-unresolved"' in page
    call = read(docs, "sources/call-report.md")
    assert "30 April 2022 (estimated: the article does not say when it was published)" in call


def test_an_editors_build_shows_how_each_expression_was_read(tmp_path):
    docs = editor_docs(tmp_path)
    page = read(docs, "sources/meeting-report.md")
    assert "12 July 2022 (2022-07-12) — the Tuesday of the publication week" in page  # the mark title
    assert "<td>12 July 2022 (2022-07-12)</td><td>the Tuesday of the publication week</td>" in page
    assert "Published:** 12 July 2022 (from metadata)" in page and "**File:** `000_meeting.txt`" in page
    call = read(docs, "sources/call-report.md")
    assert "30 April 2022, estimated (the file's folder is dated 2022-04-30)" in call


def test_article_text_with_markup_characters_shows_as_written(docs, tmp_path):
    page_name = next(p.name for p in (docs / "sources").iterdir() if p.name.startswith("article-tricky"))
    text = read(docs, f"sources/{page_name}")
    body = re.search(r'<div class="tl-article">.*?</div>', text, re.S).group(0)
    assert "<script>" not in text and "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "<b>" not in body and "&lt;b&gt;bold&lt;/b&gt;" in body
    assert "javascript:" not in re.sub(r"\*\*Link:\*\* javascript:alert\(1\)", "", text)
    rendered = markdown.markdown(text, extensions=["attr_list", "md_in_html", "tables"])
    visible = re.sub(r"<[^>]+>", "", re.search(r'<div class="tl-article">.*?</div>', rendered, re.S).group(0))
    for fragment in ("*stars* _under_", "[link](http://x) # not a heading", "# Looks like a heading",
                     "- looks like a list | with a pipe", "1. looks numbered {braces} `code` \\backslash"):
        assert fragment.replace("<", "&lt;") in visible.replace("&amp;", "&")


# ---------------------------------------------------------------- review and about


def test_review_page_lists_unresolved_expressions_and_low_confidence_events(docs):
    review = read(docs, "review.md")
    soon_sentence = MEETING_TEXT.index("Officials said")
    assert "## Dates the tool could not read (1)" in review
    assert "<td>soon</td><td>no date can be given to &#x27;soon&#x27;</td>" in review
    assert f'href="sources/meeting-report.html#s-{soon_sentence}">Officials said a follow-up' in review
    low = review.split("## Events to check")[1]
    # What to check, why, and where.
    assert ('<li>July 2022 · <a href="timeline/2022/07.html#2022-07-visit">B to visit Washington</a> — '
            "only 1 source: check that its quote reports this event; a side remark in its article: keep it if "
            "it belongs on the timeline (1 source, salience 0.10) — edit <code>data/events/2022.yaml:60</code></li>") in low
    assert "the sources give other dates (May 2022): read them and set the right date" in low  # the summit


def test_about_page_gives_counts_and_exports(docs):
    about = read(docs, "about.md")
    assert "3 articles, 5 events (2 main events), 1 unresolved time expressions, 1 disputed dates" in about
    assert "[timeline.json](exports/timeline.json)" in about
    assert "`data/events/YYYY.yaml`" in about


# ---------------------------------------------------------------- exports


def test_timelinejs_export_has_a_title_slide_and_dates_at_their_precision(docs):
    document = json.loads(read(docs, "exports/timeline.json"))
    assert document["title"]["text"]["headline"]
    slides = {s["unique_id"]: s for s in document["events"]}
    assert list(slides) == ["2021-03-03-board", "2022-04-29-call", "2022-06-summit", "2022-07-visit",
                            "2022-07-12-leaders-meet"]
    assert slides["2022-06-summit"]["start_date"] == {"year": 2022, "month": 6, "display_date": "June 2022"}
    assert slides["2022-04-29-call"]["start_date"] == {"year": 2022, "month": 4, "day": 29,
                                                       "display_date": "29 April 2022"}
    assert slides["2021-03-03-board"]["text"]["headline"] == "The *board* meets &lt;b&gt;"
    assert "President A spoke with President B" in slides["2022-04-29-call"]["text"]["text"]


def unfold(ics: str) -> list[str]:
    return ics.replace("\r\n ", "").split("\r\n")


def test_icalendar_export_is_all_day_folded_escaped_and_clock_free(docs):
    raw = (docs / "exports/events.ics").read_bytes()
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    lines = unfold(raw.decode("utf-8"))
    events, current = {}, None
    for line in lines:
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            events[current["UID"]] = current
            current = None
        elif current is not None:
            name, _, value = line.partition(":")
            current[name] = value
    call = events["2022-04-29-call@timeline"]
    assert call["DTSTART;VALUE=DATE"] == "20220429" and call["DTEND;VALUE=DATE"] == "20220430"
    assert call["DTSTAMP"] == "20220430T000000Z"  # the source's publication date, not the clock
    summit = events["2022-06-summit@timeline"]
    # Known only to the month: an all-day event on its first day, not a 30-day meeting.
    assert summit["DTSTART;VALUE=DATE"] == "20220601" and summit["DTEND;VALUE=DATE"] == "20220602"
    assert summit["SUMMARY"] == "Summit of the Americas (date known only as June 2022)"
    assert summit["STATUS"] == "TENTATIVE"
    assert summit["CATEGORIES"] == "diplomacy,migration"
    assert "Sources:\\n“B skipped the Summit of the Americas last month\\, citing" in summit["DESCRIPTION"]


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
@settings(max_examples=200, deadline=None)
def test_icalendar_folding_keeps_every_character(text):
    line = "DESCRIPTION:" + exports.ics_escape(text)
    folded = exports.fold(line)
    assert all(len(part.encode("utf-8")) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line


def test_csv_export_has_one_row_per_event(docs):
    rows = list(csv.DictReader(io.StringIO(read(docs, "exports/events.csv"))))
    assert [r["id"] for r in rows][:2] == ["2021-03-03-board", "2022-04-29-call"]
    summit = next(r for r in rows if r["id"] == "2022-06-summit")
    assert summit["precision"] == "month" and summit["display_date"] == "June 2022"
    assert summit["sources"] == "2" and summit["articles"] == "call-report; meeting-report"
    assert summit["yaml_file"] == "data/events/2022.yaml" and summit["yaml_line"] == "20"


# ---------------------------------------------------------------- docs/ hygiene


def test_every_generated_file_says_so_first(docs):
    manifest = read(docs, MANIFEST).splitlines()
    assert manifest[0].startswith("# Generated by timeline")
    for path in manifest[1:]:
        head = (docs / path).read_text(encoding="utf-8")[:300]
        if path.endswith(".md"):
            assert head.startswith("<!-- Generated by timeline"), path
        elif path.endswith((".css",)):
            assert head.startswith("/* Generated by timeline"), path
        elif path.endswith((".yml",)):
            assert head.startswith("# Generated by timeline"), path
        elif not path.endswith(".csv"):
            assert "Generated by timeline" in head, path


def test_same_input_gives_the_same_bytes_and_a_rerun_writes_nothing(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    site.generate(small_input(), first)
    site.generate(small_input(), second)
    assert all_files(first) == all_files(second)
    mtimes = {p: p.stat().st_mtime_ns for p in first.rglob("*")}
    report = site.generate_with_report(small_input(), first)
    assert report.written == () and report.removed == ()
    assert {p: p.stat().st_mtime_ns for p in first.rglob("*")} == mtimes


def test_hand_written_pages_survive_and_stale_generated_pages_go(tmp_path):
    docs = tmp_path / "docs"
    (docs / "guide").mkdir(parents=True)
    (docs / "guide" / "editing.md").write_text("# Editing\n\nHand-written.\n", encoding="utf-8")
    (docs / "timeline").mkdir()
    (docs / "timeline" / "notes.md").write_text("# My notes\n", encoding="utf-8")
    site.generate(small_input(), docs)
    assert (docs / "timeline" / "2021" / "03.md").exists()

    fewer = small_input()
    fewer.events = [e for e in fewer.events if not e.date.startswith("2021")]
    report = site.generate_with_report(fewer, docs)
    assert "timeline/2021/03.md" in report.removed and not (docs / "timeline" / "2021").exists()
    assert read(docs, "guide/editing.md") == "# Editing\n\nHand-written.\n"
    assert read(docs, "timeline/notes.md") == "# My notes\n"
    # A generated page whose marker a person removed is theirs now: kept when it goes stale.
    (docs / "timeline/2022/04.md").write_text("# April, my way\n", encoding="utf-8")
    report = site.generate_with_report(replace(fewer, events=[e for e in fewer.events if e.date != "2022-04-29"]), docs)
    assert read(docs, "timeline/2022/04.md") == "# April, my way\n"


def test_a_hand_written_file_in_the_way_stops_before_writing(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "about.md").write_text("# About us\n", encoding="utf-8")
    with pytest.raises(UserError) as caught:
        site.generate(small_input(), docs)
    assert "about.md" in str(caught.value.problems[0]) and "rename or move it" in str(caught.value.problems[0])
    assert [p.name for p in docs.iterdir()] == ["about.md"]


# ---------------------------------------------------------------- navigation and scale


def test_navigation_lists_years_and_months_and_the_guide(docs):
    config = mkdocs_hooks.on_config({"docs_dir": str(docs), "nav": None, "extra": {}})
    nav = config["nav"]
    assert [list(item)[0] for item in nav] == ["Timeline", "Browse", "People", "Organisations", "Places",
                                               "Sources", "Review", "About"]
    browse = nav[1]["Browse"]
    assert browse[0] == "timeline/index.md"
    assert browse[2] == {"2022": ["timeline/2022/index.md", {"April 2022": "timeline/2022/04.md"},
                                  {"June 2022": "timeline/2022/06.md"}, {"July 2022": "timeline/2022/07.md"}]}
    (docs / "guide").mkdir()
    (docs / "guide" / "editing.md").write_text("# Editing\n", encoding="utf-8")
    nav = mkdocs_hooks.on_config({"docs_dir": str(docs), "nav": None, "extra": {}})["nav"]
    assert nav[-1] == {"Guide": ["guide/editing.md"]}


def synthetic_input(count: int, years: int) -> site.SiteInput:
    base = small_input()
    events = []
    for i in range(count):
        year, month, day = 2000 + i % years, 1 + (i // years) % 12, 1 + i % 28
        events.append(Event(f"e{i:05d}", f"{year}-{month:02d}-{day:02d}", f"Synthetic event {i}",
                            salience=0.9 if i % 25 == 0 else 0.3,
                            sources=[Source("meeting-report", "x", 0, 1)]))
    return replace(base, events=events, locations={})


def test_a_big_timeline_keeps_the_home_page_and_navigation_small(tmp_path):
    docs = tmp_path / "docs"
    site.generate(synthetic_input(600, years=6), docs)
    home = read(docs, "index.md")
    assert home.count('<span class="tl-date">') == 24  # only the main events (every 25th)
    assert "below are the 24 main ones" in home
    # One bar per month, in each of the two drawings (a wide screen's and a phone's).
    assert home.count("<circle") == 0 and home.count('class="tl-bar"') == 2 * 72
    nav = mkdocs_hooks.on_config({"docs_dir": str(docs), "nav": None, "extra": {}})["nav"]
    assert nav[1]["Browse"][1:] == [{str(y): f"timeline/{y}/index.md"} for y in range(2000, 2006)]
    assert len(read(docs, "timeline/2003/05.md").split("\n## ")) - 1 == len(
        [i for i in range(600) if 2000 + i % 6 == 2003 and 1 + (i // 6) % 12 == 5])


# ---------------------------------------------------------------- escaping


@given(st.text(alphabet=st.sampled_from(list("ab *_`[](){}<>&#|!\\-+=.1~:\n\t")), max_size=60))
@settings(max_examples=300, deadline=None)
def test_any_text_renders_as_itself(text):
    expected = " ".join(text.split())
    rendered = markdown.markdown("- " + md_text(text), extensions=["attr_list", "tables"])
    visible = re.sub(r"<[^>]+>", "", rendered)
    assert " ".join(html.unescape(visible).split()) == expected


# ---------------------------------------------------------------- the real MkDocs build


class _Links(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if "id" in attributes:
            self.ids.add(attributes["id"])
        if tag == "a" and attributes.get("href"):
            self.hrefs.append(attributes["href"])


def test_mkdocs_strict_build_has_no_broken_link_or_anchor(tmp_path):
    config = mkdocs_project(tmp_path)
    site.generate(small_input(), tmp_path / "docs")
    (tmp_path / "docs" / "guide").mkdir()
    (tmp_path / "docs" / "guide" / "editing.md").write_text("# Editing the YAML\n\nBy hand.\n", encoding="utf-8")
    site.build_mkdocs(config, tmp_path / "site")
    built = tmp_path / "site"
    for path in ("index.html", "timeline/2022/06.html", "sources/meeting-report.html", "review.html",
                 "exports/events.ics", "exports/timeline.json", "guide/editing.html", "search/search_index.js"):
        assert (built / path).is_file(), path
    assert not (built / ".nav.yml").exists() and not (built / ".generated").exists()
    # The site opened from disk searches the same index the server gives (the offline copy).
    index = (built / "search" / "search_index.json").read_text(encoding="utf-8")
    assert (built / "search" / "search_index.js").read_text(encoding="utf-8") == f"var __index = {index}"
    assert json.loads(index)["docs"]

    pages = {}
    for page in built.rglob("*.html"):
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        pages[page.resolve()] = parser
    broken = []
    for page, parser in pages.items():
        if page.name == "404.html":  # MkDocs writes it with root-relative links, for any folder
            continue
        for href in parser.hrefs:
            parts = urlsplit(href)
            if parts.scheme or href.startswith("//"):
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if not target.exists():
                broken.append(f"{page.relative_to(built.resolve())}: {href}")
            elif parts.fragment and target.suffix == ".html" and parts.fragment not in pages[target].ids:
                broken.append(f"{page.relative_to(built.resolve())}: {href} (no such anchor)")
    assert broken == []
    # Nothing is fetched from the internet: no script, stylesheet or font from another host.
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert not re.search(r'<script[^>]+src="(https?:)?//', text), page
        assert not re.search(r'<link[^>]+href="(https?:)?//[^"]*"[^>]*rel="stylesheet"|rel="stylesheet"[^>]+href="(https?:)?//', text), page
    home = (built / "index.html").read_text(encoding="utf-8")
    assert "Generated by timeline" not in home.split("<article")[1][:400]  # the marker is not shown
    assert "<title>Leaders meet at the White House" in (built / "sources/meeting-report.html").read_text()


def test_a_broken_link_fails_the_strict_build_with_a_user_error(tmp_path):
    config = mkdocs_project(tmp_path)
    site.generate(small_input(), tmp_path / "docs")
    (tmp_path / "docs" / "guide").mkdir()
    (tmp_path / "docs" / "guide" / "editing.md").write_text("# Editing\n\n[gone](../nowhere.md)\n")
    with pytest.raises(UserError) as caught:
        site.build_mkdocs(config, tmp_path / "site")
    assert any("nowhere.md" in str(p) for p in caught.value.problems)
    shutil.rmtree(tmp_path / "site", ignore_errors=True)


@pytest.mark.parametrize("value, shown", [
    ("2022-07-12", "12 July 2022"), ("2022-06", "June 2022"), ("PT30M", "30 minutes"), ("P1Y", "1 year"),
    ("P2Y6M", "2 years 6 months"), ("PXY", "some years"), ("P1.5D", "1.5 days"), ("PAST_REF", "the past"),
    ("XXXX-WXX-1", "XXXX-WXX-1"),
])
def test_values_are_shown_as_a_reader_says_them(value, shown):
    from timeline.site import load_strings
    from timeline.site.pages import display_value

    assert display_value(value, load_strings()) == shown


def awkward_input() -> site.SiteInput:
    """Events a person's edits can produce: a source whose article is gone, offsets from an older
    text, a quote no longer in the text, a date the site cannot place, a range of days."""
    base = small_input()
    sentence = "B skipped the Summit of the Americas last month, citing the guest list."
    events = [
        Event("gone-article", "2022-06-20", "Cited article is gone",
              sources=[Source("deleted-article", "Something happened.", 0, 19, "today", "2022-06-20")]),
        Event("stale-offsets", "2022-06-21", "Offsets are stale",
              sources=[Source("meeting-report", sentence, 3, 3 + len(sentence), "last month", "2022-06")]),
        Event("lost-quote", "2022-06-22", "Quote was edited away",
              sources=[Source("meeting-report", "A sentence nobody wrote.", 0, 24)]),
        Event("bad-date", "June 2022", "A date written by hand"),
        Event("a-range", "2022-06-06", "A week-long meeting", end="2022-06-10"),
    ]
    return replace(base, events=events, locations={})


def test_awkward_events_are_shown_and_reported_not_dropped(tmp_path):
    docs = tmp_path / "docs"
    site.generate(awkward_input(), docs)
    june = read(docs, "timeline/2022/06.md")
    assert "article deleted-article (not in this build)" in june
    start = MEETING_TEXT.index("B skipped the Summit")
    assert f'href="../../sources/meeting-report.html#s-{start}"' in june  # found again by its words
    assert "this quote is no longer found in the article" not in june  # said on the Review page
    assert "## 6–10 June 2022 · A week-long meeting" in june
    review = read(docs, "review.md")
    assert "## Quotes not found in their article (2)" in review and "A sentence nobody wrote." in review
    assert "## Events the site cannot place (1)" in review and "<code>bad-date</code>" in review
    assert "&#x27;June 2022&#x27; is not a date" in review
    ics = (docs / "exports/events.ics").read_bytes().decode("utf-8")
    assert "DTSTART;VALUE=DATE:20220606\r\nDTEND;VALUE=DATE:20220611" in ics
    slide = next(s for s in json.loads(read(docs, "exports/timeline.json"))["events"] if s["unique_id"] == "a-range")
    assert slide["end_date"] == {"year": 2022, "month": 6, "day": 10}

    config = mkdocs_project(tmp_path)
    site.build_mkdocs(config, tmp_path / "site")


def test_an_empty_timeline_still_builds(tmp_path):
    empty = site.SiteInput(events=[], locations={}, extractions=[], data_dir=Path("data"))
    site.generate(empty, tmp_path / "docs")
    assert "No events yet" in read(tmp_path / "docs", "index.md")
    site.build_mkdocs(mkdocs_project(tmp_path), tmp_path / "site")
    assert (tmp_path / "site" / "index.html").is_file()


def test_year_pages_have_their_own_axis(docs):
    year = read(docs, "timeline/2022/index.md")
    svg = re.search(r"<svg class=\"tl-axis tl-axis-wide\".*?</svg>", year).group(0)
    assert len(re.findall(r"<a href=", svg)) == 4  # the 2022 events, not the 2021 one
    assert 'href="06.html#2022-06-summit"' in svg



def test_an_event_quoted_twice_by_one_article_counts_that_article_once(tmp_path):
    """ "6 sources" for three articles that each quote the meeting twice would overstate the evidence."""
    import dataclasses

    from timeline import site

    site_input = small_input()
    summit = next(e for e in site_input.events if e.id == "2022-06-summit")
    summit.sources.append(dataclasses.replace(summit.sources[0]))  # the same article quoted again
    site.generate(site_input, tmp_path)
    home = (tmp_path / "index.md").read_text(encoding="utf-8")
    assert "Summit of the Americas</a></strong> · 2 sources</li>" in home


def _search_locations(built: Path) -> set[str]:
    index = json.loads((built / "search" / "search_index.json").read_text(encoding="utf-8"))
    return {doc["location"].split("#")[0] for doc in index["docs"]}


def test_article_text_is_searchable_in_a_small_corpus_and_left_out_of_a_large_one(tmp_path, monkeypatch):
    """Events are always found on their month pages; article pages only while the corpus is small."""
    small = tmp_path / "small"
    small.mkdir()
    config = mkdocs_project(small)
    site.generate(small_input(), small / "docs")
    site.build_mkdocs(config, small / "site")
    found = _search_locations(small / "site")
    assert "sources/meeting-report.html" in found and "timeline/2022/06.html" in found

    real_settings = site.load_settings
    monkeypatch.setattr(site, "load_settings", lambda: {**real_settings(), "search_articles_limit": 1})
    large = tmp_path / "large"
    large.mkdir()
    config = mkdocs_project(large)
    site.generate(small_input(), large / "docs")
    site.build_mkdocs(config, large / "site")
    found = _search_locations(large / "site")
    assert "timeline/2022/06.html" in found
    assert not any(location.startswith("sources/") for location in found)


def test_events_at_the_ends_of_the_calendar_do_not_break_the_axis(tmp_path):
    """An archive can date something to year 1 ("the first century" read as a year) or to 9999."""
    from timeline.model import Event

    site_input = small_input()
    site_input.events.extend([
        Event(id="0001-ancient", date="0001", title="An ancient happening"),
        Event(id="9999-far", date="9999-12-31", title="A far-future deadline"),
    ])
    site.generate(site_input, tmp_path)
    home = (tmp_path / "index.md").read_text(encoding="utf-8")
    assert "An ancient happening" in home and "A far-future deadline" in home


def test_a_few_events_far_from_the_rest_do_not_squash_the_axis(tmp_path):
    """News of 2022 mentioning the 1st century: the axis shows 2022 and says one event is outside."""
    from timeline.model import Event

    site_input = small_input()
    site_input.events.extend(
        Event(id=f"2022-05-{day:02d}-filler", date=f"2022-05-{day:02d}", title=f"Filler {day}") for day in range(1, 29)
    )
    site_input.events.extend(
        Event(id=f"2022-08-{day:02d}-filler", date=f"2022-08-{day:02d}", title=f"Late {day}") for day in range(1, 29)
    )
    site_input.events.append(Event(id="00-ancient", date="00", title="An ancient happening"))
    site.generate(site_input, tmp_path)
    home = (tmp_path / "index.md").read_text(encoding="utf-8")
    assert "1 event dated before 3 March 2021 or after 28 August 2022 is not drawn" in home
    assert "An ancient happening" in home  # in the list, not on the axis
    axis = home[home.index("<svg"):home.index("</svg>")]
    # Every other event is on the axis: each mark says how many events it stands for.
    assert "An ancient happening" not in axis and sum(map(int, re.findall(r'data-count="(\d+)"', axis))) == 5 + 56


def test_two_articles_of_one_publisher_are_one_source_and_a_hand_added_event_says_so(tmp_path):
    """A report and its re-translation are one source for a fact-checker, not two."""
    import dataclasses

    from timeline.model import Event, Source

    site_input = small_input()
    summit = next(e for e in site_input.events if e.id == "2022-06-summit")
    meeting_article = summit.sources[0].article
    # A second article of the same publisher as the first one ("Wire") reports the summit too.
    extraction = next(x for x in site_input.extractions if x.article.id == meeting_article)
    copy = dataclasses.replace(extraction.article, id="meeting-copy", path="meeting-copy.txt")
    site_input.extractions.append(dataclasses.replace(extraction, article=copy))
    summit.sources.append(dataclasses.replace(summit.sources[0], article="meeting-copy"))
    site_input.events.append(Event(id="2022-07-13-by-hand", date="2022-07-13", title="Written by hand", status="added"))
    site.generate(site_input, tmp_path)
    home = (tmp_path / "index.md").read_text(encoding="utf-8")
    assert ("Summit of the Americas</a></strong> · 2 sources (3 articles: a publisher ran the same report more "
            "than once)</li>") in home
    assert "Written by hand</a> · added by hand, no source</li>" in home
