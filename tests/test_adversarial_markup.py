"""Hostile text never reaches a reader as markup: a corpus of hostile titles, built, opened in Chromium.

Every text that comes from an article (front matter, an HTML <title>, a JSON Lines field, a text
file's first line, the body) or from the YAML a person edits (data/articles.yaml, an event's title,
summary, people, places, organisations, tags) carries payloads that would set `window.__xss` (or
leave a handler or a javascript: link in the page) if any context let them through. Both ways of
building article pages are covered: MkDocs page by page, and the pages cut from one model page
(above `search_articles_limit` articles, see timeline/site/mkdocs_hooks.py).
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest
import yaml

from test_browser import CHROMIUM, Browser
from test_site_fixtures import mkdocs_project
from timeline import site
from timeline.pipeline import Options, Paths, build

pytestmark = pytest.mark.slow  # two whole sites, every page opened in a browser

# Each payload, if it ran, sets window.__xss; the checks below also look for what did not fire.
PAYLOADS = (
    "</title><script>window.__xss='title'</script>",
    "<img src=x onerror=\"window.__xss='img'\">",
    "\" autofocus onfocus=\"window.__xss='dq'\" onmouseover=\"window.__xss='dq'\" x=\"",
    "' autofocus onfocus='window.__xss=1' x='",
    "<svg onload=window.__xss='svg'>",
    "[click me](javascript:window.__xss='mdlink')",
    "<a href=\"javascript:window.__xss='a'\">link</a>",
    "{{ 7*191 }}{% if true %}{{ config.site_name }}{% endif %}",  # rendered, it would read 1337
    "&lt;script&gt;window.__xss='entity'&lt;/script&gt;",
    "</textarea></style></script><script>window.__xss='close'</script>",
    "<!--<script>window.__xss='comment'</script>-->",
    "javascript:window.__xss='url'",
    "*emph* `code` # hash | pipe \\ ![img](x onerror=window.__xss=1)",
    "attributes { onclick=\"window.__xss='attr'\" autofocus onfocus=\"window.__xss='attr'\" }",
    "two\nlines\u2028<script>window.__xss='newline'</script>\n\n# a heading\n<img src=x onerror=window.__xss=9>",
)
# A web link (so it is made a link) that tries to leave its href attribute.
BREAKOUT_URL = "https://example.org/a\" autofocus onfocus=\"window.__xss='href'\" x=\"<script>window.__xss=1</script>"
SENTENCE = "The {who} met in Springfield on {day} March 2021 to approve the budget {payload}."


def _body(who: str, day: int, payload: str) -> str:
    return SENTENCE.format(who=who, day=day, payload=payload) + f"\n\nThe {who} said more about it on 20 March 2021.\n"


def _yaml_string(text: str) -> str:
    return json.dumps(text)  # a JSON string is a YAML double-quoted scalar


def _write_corpus(seeds: Path, data: Path) -> None:
    """One article per payload and per kind of input, each with the payload in every field it has."""
    data.mkdir(parents=True)
    seeds.mkdir(parents=True)
    jsonl, records = [], []
    for n, payload in enumerate(PAYLOADS):
        day = n % 9 + 1
        quoted = _yaml_string(payload)
        (seeds / f"front{n}.md").write_text(
            f"---\ntitle: {quoted}\nauthor: {quoted}\npublisher: {quoted}\nurl: {_yaml_string('javascript:window.__xss=1')}\n"
            f"published: 2021-03-25\n---\n{_body('council', day, payload)}",
            encoding="utf-8",
        )
        (seeds / f"plain{n}.txt").write_text(f"{payload}\n\n{_body('board', day, payload)}", encoding="utf-8")
        escaped = payload.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
        (seeds / f"page{n}.html").write_text(
            f'<html><head><title>{escaped}</title><meta name="author" content="{escaped}">'
            f'<meta property="og:site_name" content="{escaped}"></head><body><article>'
            f"<p>{_body('senate', day, escaped)}</p><p>Enough words follow so that this is an article.</p>"
            "</article></body></html>",
            encoding="utf-8",
        )
        jsonl.append(json.dumps({
            "id": f"j{n}", "title": payload, "author": payload, "publisher": payload,
            "url": "javascript:window.__xss=1", "published": "2021-03-25", "text": _body("court", day, payload),
        }))
        # A person's values in data/articles.yaml win over the file's: hostile too.
        (seeds / f"edited{n}.txt").write_text(_body("panel", day, "quietly"), encoding="utf-8")
        records.append(
            f"edited{n}:\n  file: edited{n}.txt\n  title: {quoted}\n  publisher: {quoted}\n  author: {quoted}\n"
            f"  url: {_yaml_string(BREAKOUT_URL)}\n  published: 2021-03-25\n"
        )
    (seeds / "lines.jsonl").write_text("\n".join(jsonl) + "\n", encoding="utf-8")
    (data / "articles.yaml").write_text("\n".join(records), encoding="utf-8")


def _add_hostile_events(data: Path) -> None:
    """Events a person added by hand, every text field hostile (as if edited in data/events/)."""
    entries = []
    for n, payload in enumerate(PAYLOADS):
        quoted = _yaml_string(payload)
        entries.append(
            f"- id: hand-{n}\n  date: 2021-04-{n + 1:02d}\n  title: {quoted}\n"
            f"  summary: {quoted}\n  people: [{quoted}]\n  organisations: [{quoted}]\n  places: [{quoted}]\n"
            f"  tags: [{quoted}]\n"
        )
    events = data / "events"
    events.mkdir(exist_ok=True)
    (events / "hand.yaml").write_text("".join(entries), encoding="utf-8")


def _build_project(root: Path, articles_limit: int | None) -> Path:
    """The hostile project, built twice (the second time with the hand-added events); its site."""
    _write_corpus(root / "seeds", root / "data")
    mkdocs_project(root)
    paths = Paths.under(root)
    with pytest.MonkeyPatch.context() as patch:
        if articles_limit is not None:  # the path of a big archive: pages cut from one model page
            real_settings = site.load_settings
            patch.setattr(site, "load_settings", lambda: {**real_settings(), "search_articles_limit": articles_limit})
        report = build(paths, Options(jobs=1))
        assert not report.needs_action, [str(p) for p in report.problems]
        _add_hostile_events(root / "data")
        report = build(paths, Options(jobs=1))
        assert not report.needs_action, [str(p) for p in report.problems]
    return paths.site


@pytest.fixture(scope="module")
def small_site(tmp_path_factory) -> Path:
    return _build_project(tmp_path_factory.mktemp("hostile-small"), None)


@pytest.fixture(scope="module")
def model_page_site(tmp_path_factory) -> Path:
    built = _build_project(tmp_path_factory.mktemp("hostile-big"), 1)
    generated = yaml.safe_load((built.parent / "docs" / site.NAV_FILE).read_text(encoding="utf-8"))
    assert generated["shell_pages_under"] == ["sources/"]  # the model-page path was really taken
    assert not (built / "sources" / "timeline-shell.html").exists()
    return built


def _html_pages(built: Path) -> list[Path]:
    return sorted(p for p in built.rglob("*.html") if "assets" not in p.parts)


# What a page must not hold once loaded: a payload that ran, a handler or javascript: link that waits.
PAGE_CHECK = """(() => {
  const found = [];
  if (window.__xss !== undefined) found.push('ran: ' + window.__xss);
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      const value = attr.value.toLowerCase();
      if (attr.name.startsWith('on') && value.includes('__xss')) found.push('handler ' + el.tagName + ' ' + attr.name);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attr.name)
          && value.replace(/[\\s\\u0000-\\u001f]/g, '').startsWith('javascript:')) found.push('link ' + el.tagName);
    }
    if (el.tagName === 'SCRIPT' && el.textContent.includes('__xss')) found.push('script element');
  }
  if ((document.title + document.body.innerHTML).includes('1337')) found.push('jinja');
  return found;
})()"""


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not CHROMIUM.exists():
        pytest.skip("headless Chromium (/usr/bin/chromium) is not installed")
    profile = tmp_path_factory.mktemp("chromium-hostile")
    driver = Browser(profile)
    yield driver
    driver.close()
    shutil.rmtree(profile, ignore_errors=True)


def _assert_every_page_inert(browser: Browser, built: Path) -> None:
    pages = _html_pages(built)
    assert len(pages) > 20
    problems = {}
    for page in pages:
        browser.open(page.resolve().as_uri())
        time.sleep(0.05)  # an onload/onerror handler fires after load: give it its turn
        found = browser.evaluate(PAGE_CHECK)
        if found:
            problems[page.relative_to(built).as_posix()] = found
    assert not problems, problems


@pytest.mark.browser
def test_no_hostile_text_runs_on_any_page_built_by_mkdocs(browser, small_site):
    _assert_every_page_inert(browser, small_site)


@pytest.mark.browser
def test_no_hostile_text_runs_on_any_page_cut_from_the_model_page(browser, model_page_site):
    _assert_every_page_inert(browser, model_page_site)


@pytest.mark.browser
def test_search_results_for_hostile_titles_stay_text(browser, small_site):
    browser.open((small_site / "index.html").resolve().as_uri())
    browser.evaluate("document.querySelector('label[for=__search]').click()")
    browser.wait_for("document.activeElement && document.activeElement.classList.contains('md-search__input')")
    browser.type_text("Springfield")
    browser.wait_for("document.querySelectorAll('.md-search-result__item').length > 3")
    time.sleep(0.5)
    assert browser.evaluate(PAGE_CHECK) == []
    # The titles show as the text they are.
    shown = browser.evaluate("document.querySelector('.md-search-result').textContent")
    assert "<img src=x" in shown or "</title><script>" in shown


def test_a_hostile_title_shows_as_itself_in_the_title_and_the_heading(small_site, model_page_site):
    for built in (small_site, model_page_site):
        page = (built / "sources" / "front0.html").read_text(encoding="utf-8")
        head = page.split("<title>", 1)[1].split("</title>", 1)[0]
        assert "<" not in head and "&lt;/title&gt;&lt;script&gt;" in head
        assert "<script>window.__xss" not in page


def test_exported_json_holds_hostile_text_as_escaped_html(small_site):
    document = json.loads((small_site / "exports" / "timeline.json").read_text(encoding="utf-8"))
    for slide in document["events"]:
        text = slide["text"]
        markup = text["text"]
        for tag in ("<p>", "</p>", "<blockquote>", "</blockquote>"):
            markup = markup.replace(tag, "")
        assert "<" not in text["headline"] and "<" not in markup, slide
    headlines = [slide["text"]["headline"] for slide in document["events"]]
    assert "&lt;/title&gt;&lt;script&gt;window.__xss=&#x27;title&#x27;&lt;/script&gt;" in headlines
