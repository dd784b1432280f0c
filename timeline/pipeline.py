"""The library API the CLI and the tests call: the pipeline stages wired together.

    articles -> time expressions -> event mentions -> merged events -> YAML -> Markdown -> site

`extract_article` is a pure function of one article (text and metadata): the unit that is cached,
run in parallel, or run on a cluster. Everything that touches the disk happens in `build`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from timeline import events as event_extraction
from timeline import merge, temporal
from timeline.model import Article, Event, EventMention, Timex, UnresolvedMention
from timeline.problems import Problem


@dataclass(frozen=True)
class Paths:
    """Where a project keeps its inputs, the YAML a person edits, and what is generated."""

    seeds: Path = Path("seeds")  # input articles
    data: Path = Path("data")  # articles.yaml and events/*.yaml: edited by people
    docs: Path = Path("docs")  # generated Markdown (and any hand-written page)
    site: Path = Path("site")  # the built website
    cache: Path = Path(".timeline-cache")  # per-article extraction cache, safe to delete
    mkdocs_config: Path = Path("mkdocs.yml")

    @classmethod
    def under(cls, root: Path) -> "Paths":
        return cls(
            seeds=root / "seeds",
            data=root / "data",
            docs=root / "docs",
            site=root / "site",
            cache=root / ".timeline-cache",
            mkdocs_config=root / "mkdocs.yml",
        )


@dataclass(frozen=True)
class ArticleExtraction:
    """Everything extracted from one article."""

    article: Article
    timexes: tuple[Timex, ...]
    mentions: tuple[EventMention, ...]
    unresolved: tuple[UnresolvedMention, ...]


def extract_article(article: Article) -> ArticleExtraction:
    """Time expressions and event mentions of one article: pure, deterministic, cacheable."""
    timexes = tuple(temporal.tag(article.text, article.published))
    mentions, unresolved = event_extraction.extract_mentions(article, list(timexes))
    return ArticleExtraction(article, timexes, tuple(mentions), tuple(unresolved))


def merge_extractions(extractions: list[ArticleExtraction]) -> list[Event]:
    """Merge the mentions of every article into one event per happening."""
    articles = {x.article.id: x.article for x in extractions}
    mentions = [m for x in extractions for m in x.mentions]
    return merge.merge_mentions(mentions, articles)


@dataclass
class BuildReport:
    """What a build did, for the closing summary."""

    articles: int = 0
    events: int = 0
    unresolved: int = 0
    problems: list[Problem] = field(default_factory=list)
    site_dir: Path | None = None

    @property
    def needs_action(self) -> bool:
        return any(p.severity == "error" for p in self.problems)



@dataclass
class Extraction:
    """The result of `extract`: what the site needs besides the YAML."""

    report: BuildReport
    extractions: list[ArticleExtraction]


def extract(paths: Paths, *, progress: bool = False) -> BuildReport:
    """`timeline extract`: check the YAML, extract every article, merge the events into the YAML."""
    return _extract(paths, progress=progress).report


def _extract(paths: Paths, *, progress: bool = False) -> Extraction:
    # Stages are imported here so that `timeline tag` does not pay for the site and store modules.
    from timeline import sources, store

    report = BuildReport()
    metadata_path = paths.data / "articles.yaml"
    # A YAML error stops everything before anything is written: a broken file a person is
    # editing is never overwritten.
    blocking = [
        p for p in store.check(paths.data) + sources.check_metadata(metadata_path) if p.severity == "error"
    ]
    if blocking:
        report.problems = blocking
        return Extraction(report, [])

    corpus = sources.read_corpus(paths.seeds, metadata_path)
    report.problems.extend(corpus.problems)
    extractions = [extract_article(article) for article in corpus.articles]
    sources.update_metadata(metadata_path, corpus.articles)
    update = store.update(paths.data, merge_extractions(extractions))
    report.problems.extend(update.problems)
    report.articles = len(corpus.articles)
    report.unresolved = sum(len(x.unresolved) for x in extractions)
    return Extraction(report, extractions)


def build(paths: Paths, *, run_mkdocs: bool = True, progress: bool = False) -> BuildReport:
    """`make site`: check the YAML, extract, merge into the YAML, generate Markdown, build the site."""
    from timeline import site, store

    extraction = _extract(paths, progress=progress)
    report = extraction.report
    if report.needs_action and not extraction.extractions:
        return report
    loaded = store.load(paths.data)
    report.events = len(loaded.events)
    site.generate(
        site.SiteInput(
            events=loaded.events,
            locations=loaded.locations,
            extractions=extraction.extractions,
            data_dir=paths.data,
        ),
        paths.docs,
    )
    if run_mkdocs:
        site.build_mkdocs(paths.mkdocs_config, paths.site)
        report.site_dir = paths.site
    return report
