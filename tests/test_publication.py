"""What issue 14 asked of a timeline a newsroom would publish: no false alarm for an editor who
refines a date, one highlighted sentence per citation, permanent event addresses, a project that
starts from `timeline init`, and reader pages without the editors' plumbing."""

from __future__ import annotations

import json
import os
import re
from dataclasses import replace
from pathlib import Path

import pytest

from test_site_fixtures import small_input
from timeline import site
from timeline.disputes import disputed_dates
from timeline.model import Source


def generate(tmp_path: Path, site_input) -> Path:
    docs = tmp_path / "docs"
    site.generate(site_input, docs)
    return docs


def read(docs: Path, path: str) -> str:
    if path.startswith("e/"):  # a permanent address page: what the MkDocs hook writes into the site
        from timeline.site.mkdocs_hooks import write_event_addresses

        write_event_addresses(docs, docs.parent / "site")
        return (docs.parent / "site" / path).read_text(encoding="utf-8")
    return (docs / path).read_text(encoding="utf-8")


def with_event(site_input, event_id: str, **changes):
    events = [replace(e, **changes) if e.id == event_id else e for e in site_input.events]
    return replace(site_input, events=events)


# ---------------------------------------------------------------- bug 1: no false dispute


def test_a_date_inside_a_sources_coarser_date_is_no_dispute():
    assert disputed_dates("2022-06-27", ["2022-06", "2022", "2022-Q2", "2022-06-27"]) == []
    assert disputed_dates("2022-07-12", ["2022-07-12TMO", "2022-W28"]) == []
    assert disputed_dates("2022-06", ["2022-06-27"]) == []  # a coarser event date holds a finer source date
    assert disputed_dates("2022-06-27", ["2022-05", "2022-06-28", "PAST_REF", None]) == ["2022-05", "2022-06-28"]


def test_refining_a_disputed_month_to_a_day_inside_it_ends_the_dispute_everywhere(tmp_path):
    # The summit was disputed between June (its sources) and May; a person settles it as 27 June,
    # and the YAML still carries what the tool wrote: status disputed, disputed_dates [2022-06].
    edited = with_event(small_input(), "2022-06-summit", date="2022-06-27", disputed_dates=["2022-06"])
    docs = generate(tmp_path, edited)
    june = read(docs, "timeline/2022/06.md")
    section = june.split("{ #2022-06-summit")[1]
    assert "Disputed date" not in section
    assert "0 disputed dates" in read(docs, "about.md")
    assert "the sources give other dates" not in read(docs, "review.md")
    assert "STATUS:TENTATIVE" not in read(docs, "exports/events.ics")


def test_a_part_of_a_day_refines_the_day(tmp_path):
    base = small_input()
    meeting = next(e for e in base.events if e.id == "2022-07-12-leaders-meet")
    morning = replace(meeting.sources[0], date="2022-07-12TMO", date_text="Tuesday morning")
    docs = generate(tmp_path, with_event(base, meeting.id, sources=[meeting.sources[0], morning]))
    july = read(docs, "timeline/2022/07.md")
    assert "Disputed date" not in july.split("{ #2022-07-12-leaders-meet")[1]


def test_sources_that_really_disagree_are_shown_counted_and_listed(tmp_path):
    docs = generate(tmp_path, small_input())  # the summit: June in its sources, May in disputed_dates
    section = read(docs, "timeline/2022/06.md").split("{ #2022-06-summit")[1]
    assert "Disputed date" in section and "May 2022" in section
    assert "1 disputed dates" in read(docs, "about.md")
    assert "the sources give other dates (May 2022)" in read(docs, "review.md")


def test_the_merge_does_not_dispute_a_morning_against_its_day_or_a_day_against_its_month():
    from timeline.events import extract_mentions
    from timeline.merge import merge_mentions
    from timeline.model import Article, Timex

    def article(id_: str, text: str, dated: list[tuple[str, str]]):
        a = Article(id=id_, path=f"{id_}.txt", text=text, title="", published="2031-03-14")
        timexes = [Timex(text.index(p), text.index(p) + len(p), p, "DATE", v) for p, v in dated]
        return a, extract_mentions(a, timexes)[0]

    wire, wire_mentions = article(
        "wire", "The harbour bridge collapsed on Tuesday morning after a storm. The ferry company closed "
        "its river terminal in February.", [("Tuesday morning", "2031-03-11TMO"), ("February", "2031-02")])
    paper, paper_mentions = article(
        "paper", "The harbour bridge collapsed on Tuesday after a storm. The ferry company closed its "
        "river terminal on 9 February.", [("on Tuesday", "2031-03-11"), ("9 February", "2031-02-09")])
    events = merge_mentions(wire_mentions + paper_mentions, {"wire": wire, "paper": paper})
    bridge = next(e for e in events if "bridge" in e.title.casefold())
    assert {s.article for s in bridge.sources} == {"wire", "paper"}
    assert bridge.status == "extracted" and bridge.disputed_dates == []
    terminal = [e for e in events if "terminal" in " ".join(s.quote for s in e.sources)]
    assert all(e.status == "extracted" and not e.disputed_dates for e in terminal)


# ---------------------------------------------------------------- bug 3: a hand-added quote is checked


HAND_EVENTS = """\
- id: 2031-03-03-bridge
  date: 2031-03-03
  title: The harbour bridge closes
  sources:
  - article: harbour
    quote: The harbour bridge closed on 3 March 2031 after a storm.
  - article: harbour
    quote: The mayor called the closure a disgrace.
"""


def hand_project(tmp_path: Path, events: str) -> Path:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "harbour.txt").write_text(
        "Harbour bridge closes\n\nThe harbour bridge closed on 3 March 2031 after a storm.\n", encoding="utf-8")
    (tmp_path / "data" / "events").mkdir(parents=True)
    (tmp_path / "data" / "articles.yaml").write_text("harbour:\n  file: harbour.txt\n  published: 2031-03-10\n")
    (tmp_path / "data" / "events" / "2031.yaml").write_text(events, encoding="utf-8")
    return tmp_path


def test_check_reports_a_hand_added_quote_that_is_not_in_its_article(tmp_path, capsys):
    from timeline.cli import main

    root = hand_project(tmp_path, HAND_EVENTS)
    assert main(["check", "--root", str(root)]) == 1
    err = capsys.readouterr().err
    problem = next(line for line in err.splitlines() if "not in article" in line)
    # FILE:LINE:COLUMN of the quote that is wrong (line 8), not of the one that is right (line 6).
    assert problem.startswith(f"{root / 'data' / 'events' / '2031.yaml'}:8:")
    assert "the quote is not in article harbour" in problem and "copy the sentence exactly" in problem
    assert err.count("not in article") == 1


def test_a_hand_added_quote_found_in_its_article_passes_and_the_build_refuses_a_wrong_one(tmp_path, capsys):
    from timeline.cli import main
    from timeline.pipeline import Paths, build

    root = hand_project(tmp_path, HAND_EVENTS.rsplit("  - article", 1)[0])
    assert main(["check", "--root", str(root)]) == 0
    assert "OK" in capsys.readouterr().out
    # A quote that differs from the article only by its spaces is named as such.
    (root / "data" / "events" / "2031.yaml").write_text(
        HAND_EVENTS.replace("The mayor called the closure a disgrace.", "The harbour bridge  closed on 3 March 2031"))
    report = build(Paths.under(root), run_mkdocs=False)
    assert report.needs_action and any("other spaces" in p.message for p in report.problems)
    assert not (root / "docs").exists()  # nothing was written


# ---------------------------------------------------------------- bug 4: a new project folder

NEW_ARTICLE = """\
---
title: Harbour bridge closes after storm
published: 2031-03-10
publisher: Coast Wire
url: https://news.example/harbour
---
The harbour bridge closed on 3 March 2031 after a storm damaged its cables, the city said.

Repairs began on 9 March 2031 and are expected to last all spring.
"""


def test_building_a_folder_that_is_not_a_project_fails_before_writing_anything(tmp_path, capsys):
    from timeline.cli import main

    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "harbour.md").write_text(NEW_ARTICLE, encoding="utf-8")
    new = tmp_path / "new"
    assert main(["build", "--seeds", str(tmp_path / "articles"), "--root", str(new)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert f"{new / 'mkdocs.yml'}: error: no MkDocs configuration" in err and f"timeline init {new}" in err
    assert not new.exists()  # no data/, no docs/: nothing


def test_init_then_build_makes_a_website_in_an_empty_folder(tmp_path, capsys):
    from timeline.cli import main

    project = tmp_path / "harbour-news"
    assert main(["init", str(project)]) == 0
    out = capsys.readouterr().out
    assert f"wrote {project / 'mkdocs.yml'}" in out and "timeline build --root" in out
    (project / "seeds" / "harbour.md").write_text(NEW_ARTICLE, encoding="utf-8")
    assert main(["build", "--root", str(project)]) == 0
    home = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert "Harbour news" in home  # the title init wrote into data/site.yaml, from the folder's name
    month = (project / "site" / "timeline" / "2031" / "03.html").read_text(encoding="utf-8")
    assert "3 March 2031" in month and "harbour bridge" in month.casefold()
    # init again changes nothing a person may have edited.
    settings = project / "data" / "site.yaml"
    settings.write_text(settings.read_text().replace('"Harbour news"', "Storm on the coast"))
    assert main(["init", str(project)]) == 0
    assert "Storm on the coast" in settings.read_text() and "kept" in capsys.readouterr().out


def test_the_mkdocs_configuration_init_writes_is_the_one_this_project_uses():
    from test_site_fixtures import ROOT
    from timeline.site.project import TEMPLATE_DIR

    assert (TEMPLATE_DIR / "mkdocs.yml").read_text() == (ROOT / "mkdocs.yml").read_text()


def test_check_reports_a_mistake_in_the_site_settings_at_its_line(tmp_path, capsys):
    from timeline.cli import main

    root = hand_project(tmp_path, HAND_EVENTS.rsplit("  - article", 1)[0])
    (root / "data" / "site.yaml").write_text("title: Storm on the coast\ntilte: typo\neditor: sometimes\n")
    assert main(["check", "--root", str(root)]) == 1
    err = capsys.readouterr().err
    assert f"{root / 'data' / 'site.yaml'}:2:1: error: unknown setting `tilte`" in err
    assert f"{root / 'data' / 'site.yaml'}:3:1: error: `editor` must be true or false" in err


# ---------------------------------------------------------------- bug 5: permanent event addresses


def test_an_events_permanent_address_follows_it_when_its_date_is_corrected(tmp_path):
    docs = generate(tmp_path / "before", small_input())
    address = "e/2022-06-summit.html"
    page = read(docs, address)
    assert '<meta http-equiv="refresh" content="0; url=../timeline/2022/06.html#2022-06-summit">' in page
    assert '<a href="../timeline/2022/06.html#2022-06-summit">June 2022 · Summit of the Americas</a>' in page
    assert "<script" not in page and len(page.encode()) < 600
    june = read(docs, "timeline/2022/06.md")
    assert f'<a class="tl-permalink" href="../../{address}"' in june  # what a reader copies to share it
    # A person corrects the date into May: the same address now leads to May.
    moved = generate(tmp_path / "after", with_event(small_input(), "2022-06-summit", date="2022-05-20"))
    assert "url=../timeline/2022/05.html#2022-06-summit" in read(moved, address)
    import csv

    rows = list(csv.DictReader(read(moved, "exports/events.csv").splitlines()))
    assert next(r for r in rows if r["id"] == "2022-06-summit")["permalink"] == address


def test_an_event_with_an_odd_id_gets_a_safe_address(tmp_path):
    odd = with_event(small_input(), "2022-07-visit", id='visit "<b>" & co')
    docs = generate(tmp_path, odd)
    read(docs, "e/2022-06-summit.html")  # writes them all
    addresses = sorted(p.name for p in (docs.parent / "site" / "e").iterdir())
    assert len(addresses) == 5 and all(re.fullmatch(r"[A-Za-z0-9._-]+\.html", name) for name in addresses)
    odd_page = next(read(docs, f"e/{n}") for n in addresses if n.startswith("event-"))
    assert "<b>" not in odd_page


def _address_pages(site_dir: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted((site_dir / "e").iterdir())}


def test_a_dirty_build_brings_the_address_pages_up_to_date_as_a_whole_one_writes_them(tmp_path):
    from timeline.site.mkdocs_hooks import write_event_addresses

    docs = tmp_path / "docs"
    site.generate(small_input(), docs)
    built = tmp_path / "site"
    write_event_addresses(docs, built)
    # A date corrected (its address leads elsewhere), an event gone, and a page the site lost.
    changed = with_event(small_input(), "2022-06-summit", date="2022-05-20")
    changed = replace(changed, events=[e for e in changed.events if e.id != "2022-07-visit"])
    site.generate(changed, docs)
    kept = next(name for name in _address_pages(built) if name not in ("2022-06-summit.html", "2022-07-visit.html"))
    (built / "e" / kept).unlink()
    write_event_addresses(docs, built, dirty=True)
    whole = tmp_path / "whole"
    write_event_addresses(docs, whole)
    assert _address_pages(built) == _address_pages(whole)
    assert "2022-07-visit.html" not in _address_pages(built) and kept in _address_pages(built)
    assert "url=../timeline/2022/05.html#2022-06-summit" in _address_pages(built)["2022-06-summit.html"]


def test_a_dirty_build_compares_the_generated_address_file_line_by_line(tmp_path, monkeypatch):
    """The generated addresses file is one entry a line: a dirty build finds the entries that
    changed from their lines (decoding tens of megabytes of JSON on every build of an archive was
    the file's whole point to avoid), and writes only their pages."""
    from timeline.site import mkdocs_hooks

    docs = tmp_path / "docs"
    site.generate(small_input(), docs)
    built = tmp_path / "site"
    mkdocs_hooks.write_event_addresses(docs, built)
    assert mkdocs_hooks._address_lines((docs / site.ADDRESSES_FILE).read_bytes()) is not None
    monkeypatch.setattr(mkdocs_hooks, "_addresses_decoded", lambda *_: pytest.fail("the file was decoded whole"))
    written: list[str] = []
    real_open = open
    monkeypatch.setattr("builtins.open", lambda file, *a, **k: (
        written.append(Path(file).name) if str(file).startswith(str(built / "e")) else None) or real_open(file, *a, **k))
    site.generate(with_event(small_input(), "2022-06-summit", date="2022-05-20"), docs)
    mkdocs_hooks.write_event_addresses(docs, built, dirty=True)
    assert written == ["2022-06-summit.html"]
    monkeypatch.undo()
    whole = tmp_path / "whole"
    mkdocs_hooks.write_event_addresses(docs, whole)
    assert _address_pages(built) == _address_pages(whole)


def test_a_dirty_build_that_changes_no_address_writes_only_the_pages_the_site_lost(tmp_path):
    from timeline.site.mkdocs_hooks import write_event_addresses

    docs = tmp_path / "docs"
    site.generate(small_input(), docs)
    built = tmp_path / "site"
    write_event_addresses(docs, built)
    lost = built / "e" / "2022-07-visit.html"
    whole_pages = _address_pages(built)
    lost.unlink()
    site.generate(small_input(), docs)  # the same addresses
    write_event_addresses(docs, built, dirty=True)
    assert _address_pages(built) == whole_pages


def test_a_dirty_build_with_the_folders_as_recorded_looks_at_no_address_page(tmp_path, monkeypatch):
    """With a record of the folders holding the address pages (the project's cache), a dirty build
    whose addresses did not change neither reads the file's entries nor looks for a page; a page the
    site lost since (its folder changed), a record of other content, or one damaged or cut short,
    and the pages are looked at again, as without a record."""
    from timeline.site import mkdocs_hooks

    docs = tmp_path / "docs"
    site.generate(small_input(), docs)
    built, record = tmp_path / "site", tmp_path / "cache" / "address-folders.json"
    mkdocs_hooks.write_event_addresses(docs, built, record=record)
    whole_pages = _address_pages(built)
    assert record.is_file()
    real_lines = mkdocs_hooks._address_lines
    monkeypatch.setattr(mkdocs_hooks, "_address_lines", lambda raw: pytest.fail("the entries were read"))
    site.generate(small_input(), docs)  # the same addresses
    mkdocs_hooks.write_event_addresses(docs, built, dirty=True, record=record)
    assert _address_pages(built) == whole_pages
    monkeypatch.setattr(mkdocs_hooks, "_address_lines", real_lines)

    (built / "e" / "2022-07-visit.html").unlink()  # lost since: its folder is not as recorded
    mkdocs_hooks.write_event_addresses(docs, built, dirty=True, record=record)
    assert _address_pages(built) == whole_pages

    good = record.read_text(encoding="utf-8")
    for damaged in (good[:-10], good.replace('"content": [', '"content": [1'), "not json"):
        record.write_text(damaged, encoding="utf-8")
        (built / "e" / "2022-07-visit.html").unlink()
        os.utime(built / "e", ns=(0, 0))  # (not even the folder's time tells)
        mkdocs_hooks.write_event_addresses(docs, built, dirty=True, record=record)
        assert _address_pages(built) == whole_pages
        # Recorded again, as the folders are now.
        assert json.loads(record.read_text(encoding="utf-8"))["folders"]["e"][2] == (built / "e").stat().st_mtime_ns


def test_an_address_file_of_another_form_is_read_whole(tmp_path):
    """The last build's copy written by an older version (one line of JSON), or cut short: the
    pages still follow."""
    import json

    from timeline.site.mkdocs_hooks import ADDRESSES_WRITTEN, write_event_addresses

    docs = tmp_path / "docs"
    site.generate(small_input(), docs)
    built = tmp_path / "site"
    write_event_addresses(docs, built)
    copy = built / ADDRESSES_WRITTEN
    copy.write_text(json.dumps(json.loads(copy.read_bytes()), ensure_ascii=False), encoding="utf-8")
    site.generate(with_event(small_input(), "2022-06-summit", date="2022-05-20"), docs)
    write_event_addresses(docs, built, dirty=True)
    whole = tmp_path / "whole"
    write_event_addresses(docs, whole)
    assert _address_pages(built) == _address_pages(whole)
    # A copy cut short (a disk that filled up): every page is written again.
    copy.write_bytes(copy.read_bytes()[:-40])
    site.generate(small_input(), docs)
    write_event_addresses(docs, built, dirty=True)
    write_event_addresses(docs, whole)
    assert _address_pages(built) == _address_pages(whole)
    assert "url=../timeline/2022/06.html#2022-06-summit" in _address_pages(built)["2022-06-summit.html"]


# ---------------------------------------------------------------- bug 6: the live preview follows data/


def test_the_live_previews_rebuild_follows_an_edit_to_the_yaml(tmp_path, monkeypatch, capsys):
    from mkdocs.config import load_config

    from timeline.cli import main
    from timeline.site import mkdocs_hooks

    project = tmp_path / "preview"
    main(["init", str(project)])
    (project / "seeds" / "harbour.md").write_text(NEW_ARTICLE, encoding="utf-8")
    assert main(["build", "--root", str(project), "--no-mkdocs"]) == 0
    events_file = project / "data" / "events" / "2031.yaml"
    text = events_file.read_text(encoding="utf-8")
    title = re.search(r"^  title: (.*)$", text, re.M).group(1)
    events_file.write_text(text.replace(f"title: {title}", "title: The bridge shuts for the storm", 1))
    # What `mkdocs serve` does on each change when `make serve` set the variable: load the config
    # and start a build, which runs the hooks' on_config first.
    monkeypatch.setenv(mkdocs_hooks.SERVE_BUILD, "1")
    config = load_config(str(project / "mkdocs.yml"))
    config.plugins.on_config(config)
    month = (project / "docs" / "timeline" / "2031" / "03.md").read_text(encoding="utf-8")
    assert "· The bridge shuts for the storm {" in month and f"· {title} {{" not in month


def test_make_serve_watches_the_data_and_the_articles():
    from test_site_fixtures import ROOT

    serve = re.search(r"^serve:.*\n((?:\t.*\n)+)", (ROOT / "Makefile").read_text(), re.M).group(1)
    assert "TIMELINE_SERVE_BUILD=1" in serve and "--watch data" in serve and "--watch seeds" in serve


# ---------------------------------------------------------------- reader first, editor second

EDITORIAL = ("Correct it", "status:", "salience", "DCT", "PAST_REF", "->", "dated by", "precision",
             "low-confidence", "Low-confidence", ".yaml", "unresolved")


def plumbed_input(data_dir: Path = Path("data")):
    """The small timeline with what used to leak onto reader pages: a hand-added event with a status,
    a plan, a source dated by a verb of its headline, an expression of the past read against the DCT."""
    from test_site_fixtures import MEETING_TEXT, span
    from timeline.model import Event, Timex

    base = small_input(data_dir)
    meeting = base.extractions[0]
    past = Timex(*span(MEETING_TEXT, "record"), "record", "DATE", "PAST_REF", rule="t", reason="the DCT's past -> PAST_REF")
    headline = "Leaders meet at the White House"
    extraction = replace(meeting, timexes=meeting.timexes + (past,))
    events = [e for e in base.events if e.id != "2022-07-visit"] + [
        replace(next(e for e in base.events if e.id == "2022-07-visit"), tags=["planned"], status="added"),
        replace(next(e for e in base.events if e.id == "2022-07-12-leaders-meet"), id="2022-07-12-headline",
                sources=[Source(meeting.article.id, headline, 0, len(headline), "meet", "2022-07-12")]),
    ]
    return replace(base, events=events, extractions=[extraction, *base.extractions[1:]])


def reader_text(docs: Path, page: str) -> str:
    """What a reader reads on a generated page: its text, without tags, attributes and link targets."""
    import html as html_module

    text = read(docs, page).split("\n", 1)[1]  # the generated-file marker is not shown
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"\]\([^)]*\)", "]", text)  # Markdown link targets
    text = re.sub(r"\{ #[^}]*\}", "", text)  # heading ids
    return html_module.unescape(text)


def test_reader_pages_carry_no_editorial_plumbing(tmp_path):
    docs = generate(tmp_path, plumbed_input())
    pages = ["index.md", "timeline/2022/07.md", "timeline/2022/06.md", "sources/meeting-report.md",
             "sources/call-report.md", "people.md"]
    for page in pages:
        text = reader_text(docs, page)
        leaks = [word for word in EDITORIAL if word in text]
        assert not leaks, (page, leaks)
    july = reader_text(docs, "timeline/2022/07.md")
    # A plan is said in words, on the event and in the home page's list.
    assert "planned: the sources announced it, and do not report that it took place" in july
    assert "planned:" in reader_text(docs, "index.md")
    # The Review page is where an editor finds all of it.
    review = reader_text(docs, "review.md")
    assert "salience" in review and "data/events/2022.yaml:60" in review


def test_the_editors_setting_brings_the_plumbing_back(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "site.yaml").write_text("editor: true\n", encoding="utf-8")
    docs = generate(tmp_path, plumbed_input(data))
    july = reader_text(docs, "timeline/2022/07.md")
    assert "Correct it: data/events/2022.yaml, line 60" in july and "status: added" in july
    assert "dated by “meet”" in july
    assert "PAST_REF" in reader_text(docs, "sources/meeting-report.md")


def test_the_title_and_introduction_are_the_persons(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "site.yaml").write_text(
        "title: Leaders and the border\nintroduction: |\n  How two presidents met in 2022, from *wire* reports.\n"
        "  <script>alert(1)</script>\n", encoding="utf-8")
    docs = generate(tmp_path, small_input(data))
    home = read(docs, "index.md")
    assert "# Leaders and the border" in home and "from *wire* reports." in home
    assert "<script>" not in home
    assert "site_name: Leaders and the border" in read(docs, ".nav.yml")
    assert "X-WR-CALNAME:Leaders and the border" in read(docs, "exports/events.ics")


# ---------------------------------------------------------------- the time axis


def test_a_crowd_is_one_numbered_mark_on_the_year_and_its_days_stand_apart_on_the_month(tmp_path):
    from timeline.model import Event

    base = small_input()
    crowd = [Event(f"2022-07-{11 + i % 2}-crowd-{i}", f"2022-07-{11 + i % 2}", f"Crowd {i}") for i in range(9)]
    docs = generate(tmp_path, replace(base, events=base.events + crowd))

    def marks(page: str) -> list[tuple[float, float, int]]:
        wide = re.search(r'<svg class="tl-axis tl-axis-wide".*?</svg>', read(docs, page), re.S).group(0)
        return [(float(x), float(r), int(n)) for n, x, r in
                re.findall(r'<a href="[^"]*" data-count="(\d+)"><title>[^<]*</title><circle[^>]*cx="([\d.]+)"[^>]*r="([\d.]+)"', wide)]

    year = marks("timeline/2022/index.md")
    assert any(n >= 10 for _, _, n in year)  # 11-12 July and the meeting: one mark, with its number
    july = marks("timeline/2022/07.md")
    assert sorted(n for _, _, n in july) == [5, 5]  # the month axis: 11 July apart from 12 July (and the meeting)
    for found in (year, july):
        for (x1, r1, _), (x2, r2, _) in zip(found, found[1:]):
            assert x2 - x1 >= r1 + r2  # no two marks touch


def _addresses_file(pages: dict[str, str]) -> bytes:
    """An addresses file as the site stage writes it: one entry a line."""
    return b"\n".join([b'{"_generated":"Generated by timeline"', *(
        b"," + json.dumps(key).encode() + b":" + json.dumps(page, ensure_ascii=False).encode()
        for key, page in pages.items())]) + b"\n}"


def test_a_dirty_build_with_a_record_reads_only_the_lines_an_address_change_reached(tmp_path, monkeypatch):
    """With the record of the folders (every page of the site's copy written, none lost since), a
    dirty build whose addresses changed reads only the lines that are not in both, between the part
    the file shares with the site's copy at its start and the part it shares at its end (adding an
    article adds or changes a few entries of 28,000, most often neighbours); the pages are those of a whole build after any
    series of entries added, changed and removed, and a page the site lost is written again."""
    import random

    from timeline.site import mkdocs_hooks

    docs, built, whole = tmp_path / "docs", tmp_path / "site", tmp_path / "whole"
    record = tmp_path / "cache" / "address-folders.json"
    docs.mkdir()
    source = docs / site.ADDRESSES_FILE
    pages = {f"e/event-{n:03}.html": f"<p>page {n} \u00b7 first</p>\n" for n in range(200)}
    source.write_bytes(_addresses_file(pages))
    mkdocs_hooks.write_event_addresses(docs, built, record=record)
    parsed: list[int] = []
    real_lines = mkdocs_hooks._address_lines
    monkeypatch.setattr(mkdocs_hooks, "_address_lines", lambda raw: parsed.append(raw.count(b"\n") - 1) or real_lines(raw))
    chosen = random.Random(16)
    for step in range(40):
        keys = sorted(pages)
        at = chosen.randrange(len(keys))
        kind = step % 4
        if kind == 0:  # one event added (a new address between two others)
            pages[keys[at].replace(".html", "-new.html")] = f"<p>new at step {step}</p>\n"
        elif kind == 1:  # one event's page changed (its date, so the page it leads to)
            pages[keys[at]] = f"<p>changed at step {step}</p>\n"
        elif kind == 2 and len(pages) > 2:  # one event gone
            del pages[keys[at]]
        else:  # two neighbours changed, one added
            for key in keys[at : at + 2]:
                pages[key] = f"<p>changed at step {step}, \\ \"quoted\"</p>\n"
            pages[keys[at].replace(".html", f"-{step}\\\\\"odd\".html")] = "<p>odd</p>\n"
        source.write_bytes(_addresses_file(dict(sorted(pages.items()))))
        parsed.clear()
        mkdocs_hooks.write_event_addresses(docs, built, dirty=True, record=record)
        assert parsed and max(parsed) <= 4, (step, parsed)  # never the whole file
        shutil_rmtree(whole)
        mkdocs_hooks.write_event_addresses(docs, whole)
        assert _address_pages(built) == _address_pages(whole), step
        assert (built / mkdocs_hooks.ADDRESSES_WRITTEN).read_bytes() == source.read_bytes()
    # Two entries far apart changed, one added near the end (an article whose events are years
    # apart): only their lines are read as entries, not those between.
    keys = sorted(pages)
    pages[keys[3]], pages[keys[-3]] = "<p>changed near the start</p>\n", "<p>changed near the end</p>\n"
    pages[keys[-2].replace(".html", "-late.html")] = "<p>new near the end</p>\n"
    source.write_bytes(_addresses_file(dict(sorted(pages.items()))))
    parsed.clear()
    mkdocs_hooks.write_event_addresses(docs, built, dirty=True, record=record)
    assert parsed and max(parsed) <= 3, parsed
    shutil_rmtree(whole)
    mkdocs_hooks.write_event_addresses(docs, whole)
    assert _address_pages(built) == _address_pages(whole)
    # A page the site lost since: its folder is not as recorded, and every line is compared.
    (built / sorted(pages)[5]).unlink()
    pages[sorted(pages)[100]] = "<p>changed last</p>\n"
    source.write_bytes(_addresses_file(dict(sorted(pages.items()))))
    parsed.clear()
    mkdocs_hooks.write_event_addresses(docs, built, dirty=True, record=record)
    assert max(parsed) == len(pages)
    shutil_rmtree(whole)
    mkdocs_hooks.write_event_addresses(docs, whole)
    assert _address_pages(built) == _address_pages(whole)


def shutil_rmtree(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)
