"""The built site in a real browser: headless Chromium driven over the DevTools protocol.

A person opens the home page, follows an event to the sentence of its source, searches "Summit",
and looks at the page on a desktop and on a phone. Screenshots are saved (TIMELINE_ARTIFACTS, or a
temporary folder printed in the output) so that a person can look at them too.

The DevTools client is a small websocket client on the standard library: nothing is downloaded.
"""

from __future__ import annotations

import base64
import functools
import http.server
import json
import os
import shutil
import socket
import struct
import subprocess
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from test_site_fixtures import NO_PROJECT_DATA, Extraction, mkdocs_project, small_input
from timeline import site

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--remote-debugging-port=0", "--remote-allow-origins=*",
]
DESKTOP = (1280, 900)
PHONE = (390, 844)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="headless Chromium (/usr/bin/chromium) is not installed"),
]


# ---------------------------------------------------------------- a minimal DevTools client


class WebSocket:
    """Just enough of RFC 6455 for the DevTools protocol: text frames, client masking."""

    def __init__(self, url: str, timeout: float = 30.0):
        assert url.startswith("ws://")
        host_port, _, path = url[len("ws://"):].partition("/")
        host, _, port = host_port.partition(":")
        self.sock = socket.create_connection((host, int(port)), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        request = (
            f"GET /{path} HTTP/1.1\r\nHost: {host_port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
        )
        self.sock.sendall(request.encode())
        response = b""
        while b"\r\n\r\n" not in response:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ConnectionError("DevTools closed the connection during the handshake")
            response += chunk
        if b" 101 " not in response.split(b"\r\n", 1)[0]:
            raise ConnectionError(response.decode(errors="replace"))
        self.buffer = response.split(b"\r\n\r\n", 1)[1]

    def send(self, text: str) -> None:
        payload = text.encode()
        header = bytes([0x81])
        if len(payload) < 126:
            header += bytes([0x80 | len(payload)])
        elif len(payload) < 1 << 16:
            header += bytes([0x80 | 126]) + struct.pack(">H", len(payload))
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", len(payload))
        mask = os.urandom(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(header + mask + masked)

    def _read(self, n: int) -> bytes:
        while len(self.buffer) < n:
            chunk = self.sock.recv(1 << 20)
            if not chunk:
                raise ConnectionError("DevTools closed the connection")
            self.buffer += chunk
        data, self.buffer = self.buffer[:n], self.buffer[n:]
        return data

    def receive(self) -> str:
        message = b""
        while True:
            first, second = self._read(2)
            length = second & 0x7F
            if length == 126:
                length = struct.unpack(">H", self._read(2))[0]
            elif length == 127:
                length = struct.unpack(">Q", self._read(8))[0]
            payload = self._read(length)
            opcode = first & 0x0F
            if opcode == 0x8:
                raise ConnectionError("DevTools closed the websocket")
            if opcode in (0x9, 0xA):  # ping/pong: not used by DevTools, skip
                continue
            message += payload
            if first & 0x80:
                return message.decode()

    def close(self) -> None:
        self.sock.close()


class Browser:
    """Headless Chromium with one page, driven by DevTools commands."""

    def __init__(self, profile: Path):
        self.process = subprocess.Popen(
            [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not port_file.exists() or not port_file.read_text().strip():
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.close()
                raise RuntimeError("Chromium did not start its DevTools server")
            time.sleep(0.1)
        port = int(port_file.read_text().split()[0])
        targets = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10).read())
        page = next(t for t in targets if t["type"] == "page")
        self.ws = WebSocket(page["webSocketDebuggerUrl"])
        self.next_id = 0
        self.events: list[dict] = []
        self.command("Page.enable")
        self.command("Runtime.enable")

    def command(self, method: str, **params) -> dict:
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.receive())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def evaluate(self, expression: str):
        result = self.command("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def viewport(self, width: int, height: int) -> None:
        self.command("Emulation.setDeviceMetricsOverride", width=width, height=height,
                     deviceScaleFactor=1, mobile=width < 600)

    def open(self, url: str) -> None:
        self.events.clear()
        self.command("Page.navigate", url=url)
        self.wait_for("document.readyState === 'complete' && !!document.querySelector('.md-content')")

    def click(self, element_expression: str) -> str:
        """Click a link as a person would and wait for the page it opens; returns the new URL."""
        href = self.evaluate(f"(() => {{ const a = {element_expression}; a.scrollIntoView(); return a.href; }})()")
        self.evaluate(f"{element_expression}.click()")
        self.wait_for(f"location.href === {json.dumps(href)} && document.readyState === 'complete'")
        self.wait_for("!!document.querySelector('.md-content')")
        return href

    def wait_for(self, condition: str, timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if self.evaluate(f"Boolean({condition})"):
                    return
            except RuntimeError:
                pass  # the page is changing under us: try again
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for: {condition}")

    def type_text(self, text: str) -> None:
        for ch in text:
            self.command("Input.dispatchKeyEvent", type="keyDown", text=ch, key=ch, unmodifiedText=ch)
            self.command("Input.dispatchKeyEvent", type="keyUp", key=ch)

    def screenshot(self, path: Path) -> None:
        data = self.command("Page.captureScreenshot", format="png")["data"]
        path.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        if getattr(self, "ws", None):
            self.ws.close()
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


# ---------------------------------------------------------------- fixtures


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def build_site(tmp_path_factory, name: str, site_input) -> Path:
    """The website of `site_input`, built with the project's mkdocs.yml into a new folder."""
    root = tmp_path_factory.mktemp(name)
    config = mkdocs_project(root)
    site.generate(site_input, root / "docs")
    site.build_mkdocs(config, root / "site")
    return root / "site"


@pytest.fixture(scope="module")
def built_site(tmp_path_factory) -> Path:
    return build_site(tmp_path_factory, "browser-site", small_input())


@pytest.fixture(scope="module")
def server(built_site):
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    profile = tmp_path_factory.mktemp("chromium-profile")
    driver = Browser(profile)
    yield driver
    driver.close()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("TIMELINE_ARTIFACTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\nscreenshots in {folder}")
    return folder


# The drawing of the time axis this screen shows (a wide screen's, or a phone's).
VISIBLE_AXIS = "[...document.querySelectorAll('svg.tl-axis')].find(s => s.getBoundingClientRect().width > 0)"


# ---------------------------------------------------------------- what a person does


def test_home_page_shows_the_timeline_on_desktop_and_phone(browser, server, artifacts):
    for name, (width, height) in (("desktop", DESKTOP), ("phone", PHONE)):
        browser.viewport(width, height)
        browser.open(f"{server}/index.html")
        entries = browser.evaluate("[...document.querySelectorAll('.tl-timeline li')].map(li => li.textContent)")
        assert any("Summit of the Americas" in e and "June 2022" in e for e in entries)
        assert browser.evaluate(VISIBLE_AXIS + ".querySelectorAll('a').length") == 5
        # Nothing is wider than the screen.
        overflow = browser.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{name}: the page scrolls sideways by {overflow}px"
        browser.screenshot(artifacts / f"home-{name}.png")


def test_follow_an_event_to_the_sentence_of_its_source(browser, server, artifacts):
    browser.viewport(*DESKTOP)
    browser.open(f"{server}/index.html")
    href = browser.click(
        "[...document.querySelectorAll('.tl-timeline li a')].find(a => a.textContent.includes('Leaders meet'))"
    )
    anchor = href.split("#", 1)[1]
    heading = browser.evaluate(f"document.getElementById({json.dumps(anchor)}).textContent")
    assert "12 July 2022" in heading and "Leaders meet at the White House" in heading
    browser.screenshot(artifacts / "event-desktop.png")

    # The first source quoted under the event, to the sentence on the article's page.
    source_href = browser.click(
        f"document.getElementById({json.dumps(anchor)}).nextElementSibling"
        ".querySelector('blockquote a[href*=\"sources/\"]')"
    )
    assert "#s-" in source_href
    sentence = browser.evaluate("document.querySelector(':target').textContent")
    assert sentence.startswith("President A and President B met at the White House on Tuesday")
    # The sentence is on screen, below the sticky header, and visibly highlighted.
    top = browser.evaluate("document.querySelector(':target').getBoundingClientRect().top")
    assert 0 < top < DESKTOP[1] / 2
    assert browser.evaluate("getComputedStyle(document.querySelector(':target')).outlineStyle") == "solid"
    browser.screenshot(artifacts / "source-sentence-desktop.png")


def test_search_finds_the_summit(browser, server, artifacts):
    for name, (width, height) in (("desktop", DESKTOP), ("phone", PHONE)):
        browser.viewport(width, height)
        browser.open(f"{server}/index.html")
        browser.evaluate("document.querySelector('label[for=__search]').click()")
        browser.wait_for("document.activeElement && document.activeElement.classList.contains('md-search__input')")
        browser.type_text("Summit")
        # Results arrive from a web worker and render in batches: wait for the one we expect, so
        # a busy machine does not make us read a half-drawn list.
        browser.wait_for(
            "[...document.querySelectorAll('.md-search-result__item a')].some(a => a.href.endsWith('#2022-06-summit'))"
        )
        time.sleep(0.3)
        results = browser.evaluate(
            "[...document.querySelectorAll('.md-search-result__item a')].map(a => [a.href, a.textContent])"
        )
        # search.highlight adds ?h=summit before the anchor
        assert any("timeline/2022/06.html" in link and link.endswith("#2022-06-summit") for link, _ in results), results
        # Each event is found once, on its month page: not again on the home or review page.
        pages = {link.split("?")[0].split("#")[0] for link, _ in results}
        assert not pages & {f"{server}/index.html", f"{server}/review.html", f"{server}/timeline/2022/index.html"}
        # The first result is the event's month page, showing the event itself.
        first = browser.evaluate(
            "[...document.querySelector('.md-search-result__item').querySelectorAll('a')].map(a => a.href)")
        assert any(link.endswith("#2022-06-summit") for link in first), first
        time.sleep(0.5)  # let the search overlay finish its transition before the screenshot
        browser.screenshot(artifacts / f"search-{name}.png")


def test_dark_mode_toggle(browser, server, artifacts):
    browser.viewport(*PHONE)
    browser.open(f"{server}/timeline/2022/06.html")
    before = browser.evaluate("document.body.getAttribute('data-md-color-scheme')")
    browser.evaluate("document.querySelector('form[data-md-component=palette] label:not([hidden])').click()")
    browser.wait_for(f"document.body.getAttribute('data-md-color-scheme') !== {json.dumps(before)}")
    browser.screenshot(artifacts / "month-phone-dark.png")
    browser.evaluate("document.querySelector('form[data-md-component=palette] label:not([hidden])').click()")


def test_search_works_from_files_opened_straight_from_disk(browser, built_site, artifacts):
    browser.viewport(*DESKTOP)
    browser.open((built_site / "index.html").resolve().as_uri())
    browser.evaluate("document.querySelector('label[for=__search]').click()")
    browser.wait_for("document.activeElement && document.activeElement.classList.contains('md-search__input')")
    browser.type_text("Summit")
    browser.wait_for("document.querySelectorAll('.md-search-result__item').length > 0")
    links = browser.evaluate("[...document.querySelectorAll('.md-search-result__item a')].map(a => a.href)")
    assert any(link.startswith("file://") and "timeline/2022/06.html" in link for link in links), links
    browser.screenshot(artifacts / "search-from-disk-desktop.png")


# ---------------------------------------------------------------- issue 14: what a reader notices

HARBOUR_TEXT = (
    "Harbour bridge closes\n\n"
    "The harbour bridge closed on 3 March 2031 after a storm. The ferry company doubled its crossings "
    "on 4 March 2031. Repairs began on 9 March 2031, the city said.\n\n"
    "Engineers expect the work to last all spring."
)


def harbour_input():
    from test_site_fixtures import span, timex
    from timeline.model import Article, Event, Source

    article = Article("harbour", "harbour.txt", HARBOUR_TEXT, "Harbour bridge closes", publisher="Coast Wire",
                      url="https://news.example/harbour", published="2031-03-10", published_source="metadata")
    sentences = [
        ("The harbour bridge closed on 3 March 2031 after a storm.", "3 March 2031", "2031-03-03", "Bridge closes"),
        ("The ferry company doubled its crossings on 4 March 2031.", "4 March 2031", "2031-03-04",
         "Ferries double their crossings"),
        ("Repairs began on 9 March 2031, the city said.", "9 March 2031", "2031-03-09", "Repairs begin"),
    ]
    events, timexes = [], []
    for sentence, date_text, value, title in sentences:
        timexes.append(timex(HARBOUR_TEXT, date_text, value))
        events.append(Event(f"{value}-{title.split()[0].lower()}", value, title, salience=0.5,
                            sources=[Source("harbour", sentence, *span(HARBOUR_TEXT, sentence), date_text, value)]))
    extraction = Extraction(article, tuple(timexes), (), ())
    return site.SiteInput(events=events, locations={}, extractions=[extraction], data_dir=NO_PROJECT_DATA)


@pytest.fixture(scope="module")
def harbour_site(tmp_path_factory) -> Path:
    return build_site(tmp_path_factory, "harbour-site", harbour_input())


def test_a_citation_highlights_its_sentence_and_not_the_next_one(browser, harbour_site, artifacts):
    browser.viewport(*DESKTOP)
    for title in ("Bridge closes", "Ferries double their crossings"):
        browser.open((harbour_site / "timeline/2031/03.html").resolve().as_uri())
        section = f"[...document.querySelectorAll('h2')].find(h => h.textContent.includes({json.dumps(title)}))"
        browser.click(f"{section}.nextElementSibling.querySelector('blockquote a[href*=\"sources/\"]')")
        outlined = browser.evaluate(
            "[...document.querySelectorAll('.tl-article *')]"
            ".filter(e => getComputedStyle(e).outlineStyle === 'solid').map(e => e.textContent)")
        quote = {"Bridge closes": "The harbour bridge closed", "Ferries double their crossings": "The ferry company"}[title]
        assert len(outlined) == 1 and outlined[0].startswith(quote), outlined
    browser.screenshot(artifacts / "source-one-sentence-desktop.png")


@pytest.fixture(scope="module")
def corrected_sites(tmp_path_factory) -> tuple[Path, Path]:
    """The small timeline before and after a person's edits: the summit refined from June to 27 June
    (inside its sources' June: no dispute), the call moved from April into May (a new month page)."""
    from dataclasses import replace

    before = small_input()
    edits = {"2022-06-summit": {"date": "2022-06-27", "disputed_dates": []}, "2022-04-29-call": {"date": "2022-05-02"}}
    after = replace(before, events=[replace(e, **edits.get(e.id, {})) for e in before.events])
    return build_site(tmp_path_factory, "before-edit", before), build_site(tmp_path_factory, "after-edit", after)


def test_a_refining_edit_shows_no_dispute_and_a_permanent_address_survives_the_move(browser, corrected_sites, artifacts):
    before, after = corrected_sites
    browser.viewport(*DESKTOP)
    # Before the edit, a reader copies the call's "Link to this event".
    browser.open((before / "timeline/2022/04.html").resolve().as_uri())
    shared = browser.evaluate("document.querySelector('a.tl-permalink').getAttribute('href')")
    assert shared == "../../e/2022-04-29-call.html"
    # After the edit the same address (opened from disk: no server, no script) leads to May.
    browser.open((after / "timeline/2022/04.html").resolve().as_uri().rsplit("/timeline/", 1)[0] + "/e/2022-04-29-call.html")
    browser.wait_for("location.pathname.endsWith('/timeline/2022/05.html') && location.hash === '#2022-04-29-call'")
    assert "A and B speak by phone" in browser.evaluate("document.querySelector(':target').textContent")
    # An old month-page link to the summit's anchor, after the summit moved within June: still there.
    browser.open((after / "timeline/2022/06.html").resolve().as_uri() + "#2022-06-summit")
    section = browser.evaluate("document.getElementById('2022-06-summit').nextElementSibling.innerText")
    assert "27 June 2022" in browser.evaluate("document.getElementById('2022-06-summit').textContent")
    assert "Disputed" not in section and "do not agree" not in section
    browser.screenshot(artifacts / "event-after-edit-desktop.png")
    browser.open((after / "about.html").resolve().as_uri())
    # One dispute remains, and it is real: the call's source still says 29 April, the YAML 2 May.
    assert "1 disputed dates" in browser.evaluate("document.querySelector('.md-content').innerText")


def test_an_old_month_address_finds_the_event_that_moved(browser, corrected_sites):
    _, after = corrected_sites
    # Shared before the edit: the call's April address. April has no events now, so the page is
    # gone; the July page is used instead to check the in-page fallback of a month that remains.
    browser.open((after / "timeline/2022/07.html").resolve().as_uri() + "#2022-04-29-call")
    browser.wait_for("location.pathname.endsWith('/timeline/2022/05.html') && location.hash === '#2022-04-29-call'")


def test_reader_pages_show_no_editorial_plumbing(browser, server):
    browser.viewport(*DESKTOP)
    words = ["Correct it", "status:", "salience", "DCT", "PAST_REF", "->", "dated by", "precision", ".yaml"]
    for page in ("index.html", "timeline/2022/06.html", "timeline/2022/07.html", "sources/meeting-report.html",
                 "sources/call-report.html"):
        browser.open(f"{server}/{page}")
        text = browser.evaluate("document.querySelector('.md-content').innerText")
        leaks = [w for w in words if w in text]
        assert not leaks, (page, leaks)
    browser.open(f"{server}/review.html")
    assert "data/events/2022.yaml:60" in browser.evaluate("document.querySelector('.md-content').innerText")


def test_init_then_build_in_an_empty_folder_gives_a_site_that_opens(browser, tmp_path_factory, artifacts):
    from timeline.cli import main

    project = tmp_path_factory.mktemp("empty") / "storm-news"
    assert main(["init", str(project)]) == 0
    (project / "seeds" / "storm.md").write_text(
        "---\ntitle: Storm closes the harbour bridge\npublished: 2031-03-10\nurl: https://news.example/storm\n---\n"
        "The harbour bridge closed on 3 March 2031 after a storm damaged its cables, the city said.\n",
        encoding="utf-8")
    assert main(["build", "--root", str(project)]) == 0
    browser.viewport(*DESKTOP)
    browser.open((project / "site" / "index.html").resolve().as_uri())
    assert browser.evaluate("document.title").startswith("Storm news")
    assert browser.evaluate("document.querySelectorAll('.tl-timeline li').length") >= 1
    browser.screenshot(artifacts / "new-project-home-desktop.png")


# ---------------------------------------------------------------- the time axis at every size


def crowded_input(events: int):
    """`events` events: a crowd on two days (the 9 events of a summit's two days), a few spread over
    two years, and coarse dates (a month, a year) that overlap them."""
    from dataclasses import replace

    from timeline.model import Event

    base = small_input()
    extra = []
    for i in range(events - len(base.events)):
        if i < 9:
            date = f"2022-07-{11 + i % 2:02d}"
        elif i % 10 == 0:
            date = f"{2021 + i % 2}"
        elif i % 10 == 1:
            date = f"2022-{1 + i % 12:02d}"
        else:
            date = f"{2021 + (i // 12) % 2}-{1 + i % 12:02d}-{1 + (i * 7) % 28:02d}"
        extra.append(Event(f"{date}-crowd-{i:04d}", date, f"Crowd event {i}", salience=0.9 if i % 7 == 0 else 0.3))
    return replace(base, events=base.events + extra)


@pytest.fixture(scope="module")
def crowded_sites(tmp_path_factory) -> dict[int, Path]:
    return {count: build_site(tmp_path_factory, f"crowd-{count}", crowded_input(count)) for count in (20, 2000)}


AXIS_GEOMETRY = """(() => {
  const svg = %s;
  const boxes = sel => [...svg.querySelectorAll(sel)].map(e => { const r = e.getBoundingClientRect();
    return [r.left, r.top, r.right, r.bottom]; });
  return {marks: boxes('circle, rect.tl-bar'), lines: boxes('rect.tl-span'), labels: boxes('text.tl-tick-label'),
          counts: [...svg.querySelectorAll('a')].map(a => +a.dataset.count), width: svg.getBoundingClientRect().width};
})()""" % VISIBLE_AXIS


def overlapping(boxes, slack=0.5):
    pairs = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if a[0] < b[2] - slack and b[0] < a[2] - slack and a[1] < b[3] - slack and b[1] < a[3] - slack:
                pairs.append((a, b))
    return pairs


@pytest.mark.parametrize("count", [20, 2000])
def test_the_axis_marks_do_not_overlap_and_lead_to_every_event(browser, crowded_sites, artifacts, count):
    for name, (width, height) in (("desktop", DESKTOP), ("phone", PHONE)):
        browser.viewport(width, height)
        browser.open((crowded_sites[count] / "index.html").resolve().as_uri())
        axis = browser.evaluate(AXIS_GEOMETRY)
        assert not overlapping(axis["marks"]), f"{name}: marks overlap"
        assert not overlapping(axis["labels"], slack=0), f"{name}: tick labels touch"
        assert sum(axis["counts"]) == count  # each event stands behind exactly one mark
        assert axis["width"] <= width  # the phone's drawing fits the phone: no sideways scrolling
        assert browser.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
        browser.screenshot(artifacts / f"axis-{count}-{name}.png")
    if count == 20:
        # The crowd of 11-12 July is one mark with its number; it leads to July, whose own axis
        # spreads the days apart and leads to each event of the crowd.
        browser.viewport(*DESKTOP)
        browser.open((crowded_sites[count] / "index.html").resolve().as_uri())
        group = VISIBLE_AXIS + ".querySelector('a[data-count=\"9\"], a[data-count=\"10\"]')"
        assert browser.evaluate(f"{group}.textContent").strip().endswith(("9", "10"))
        browser.evaluate(f"location.href = {group}.href.baseVal || {group}.getAttribute('href')")
        browser.wait_for("location.pathname.endsWith('/timeline/2022/07.html') && document.readyState === 'complete'")
        browser.wait_for(f"!!({VISIBLE_AXIS})")
        july = browser.evaluate(AXIS_GEOMETRY)
        assert not overlapping(july["marks"])
        browser.screenshot(artifacts / "axis-month-desktop.png")
