"""The `timeline` command: a thin layer over `timeline.pipeline` and the stage modules.

Errors a user can fix are printed as one line each (FILE:LINE:COLUMN: message) and exit 1;
anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import sys
from pathlib import Path
from typing import NoReturn

from timeline import __version__
from timeline.problems import Problem, UserError

EPILOG = """\
what each command does (`timeline COMMAND --help` for its options):
  init     make a folder a new project: mkdocs.yml, seeds/ for the articles, data/ for the YAML
  build    check the YAML, extract events from the articles, merge them into the YAML a person
           edits, write the Markdown into docs/ and build the website into site/ (what `make site` runs)
  extract  the same up to the YAML, without the website
  check    validate data/articles.yaml and data/events/*.yaml; report FILE:LINE:COLUMN problems
  tag      print the time expressions of one text as JSON lines (start, end, text, type, value)

Typical loop: edit data/events/YYYY.yaml (or data/articles.yaml), then `make site`.
Problems a person can fix are printed as FILE:LINE:COLUMN: what is wrong and how to fix it;
the exit code is 1 only when you must act.
"""


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return args.handler(args)
    except UserError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        print(f"timeline: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("timeline: interrupted; files on disk are as they were before the last write", file=sys.stderr)
        return 130


def run() -> NoReturn:
    """The `timeline` command (and `python -m timeline`): `main`, then out of the process at once.

    A build leaves millions of objects (summaries, events, pages) that the interpreter would free
    one by one on its way out: a second of an add-one build's wall time at 10,000 articles. The
    exit handlers run (the output is flushed, libraries clean up) but the objects are not freed.
    For the same reason the objects a stage leaves are not walked by the cycle collector again
    (`runtime.freeze_after_pauses`): nothing but this one command runs in the process.
    """
    from timeline.runtime import freeze_after_pauses

    freeze_after_pauses()
    code = main()
    if sys.getprofile() is not None or sys.gettrace() is not None:
        sys.exit(code)  # under a profiler or a coverage tool: let it write its results on the way out
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`timeline build | head`): nothing to lose
            pass
    os._exit(code)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline",
        description="Build a navigable, source-cited event timeline website from news articles.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"timeline {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def with_project(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--root", type=Path, default=Path("."), help="project folder (default: .)")
        sub.add_argument("--seeds", type=Path, help="folder of input articles (default: ROOT/seeds)")
        sub.add_argument("--data", type=Path, help="folder of the YAML people edit (default: ROOT/data)")

    def with_extraction(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--jobs", "-j", type=int, default=None, metavar="N",
            help="processes to extract, merge and write the YAML with (default: every core); the "
            "result is the same whatever the number",
        )
        sub.add_argument(
            "--no-cache", action="store_true",
            help="parse every article again instead of reusing .timeline-cache/ (the cache is refreshed; it is safe to delete)",
        )
        sub.add_argument(
            "--max-article-mb", type=float, default=None, metavar="MB",
            help="skip (and name) each article bigger than this, in megabytes (default: 5)",
        )
        sub.add_argument(
            "--times", action="store_true",
            help="say how long each stage took and on how many processes (said anyway when a run takes 10 s or more)",
        )
        sub.add_argument(
            "--dask", metavar="ADDRESS",
            help="extract on a Dask cluster (tcp://host:8786, or `local` for a local cluster), results "
            "streamed into the cache; needs pip install -e '.[dask]'",
        )

    init = commands.add_parser(
        "init", help="make a folder a new project (mkdocs.yml, seeds/, data/)",
        description="Write a new project's skeleton into DIR: mkdocs.yml, seeds/ (put the articles "
        "there), data/site.yaml (the timeline's title and introduction), data/events/ and docs/. "
        "A file that exists is never overwritten.",
    )
    init.add_argument("dir", type=Path, nargs="?", default=Path("."), help="the project folder (default: .)")
    init.set_defaults(handler=_init)

    build = commands.add_parser(
        "build", help="extract, merge into the YAML, generate Markdown, build the site",
        description="Check the YAML, extract events from every article, merge them into the YAML "
        "(keeping every edit a person made), generate Markdown into docs/ and run "
        "`mkdocs build --strict` into site/.",
    )
    with_project(build)
    with_extraction(build)
    build.add_argument("--docs", type=Path, help="where to write the Markdown (default: ROOT/docs)")
    build.add_argument("--site", type=Path, help="where to build the website (default: ROOT/site)")
    build.add_argument("--no-mkdocs", action="store_true", help="stop after writing the Markdown")
    build.set_defaults(handler=_build)

    extract = commands.add_parser(
        "extract", help="extract events and merge them into the YAML (no website)",
        description="Extract events from every article and merge them into data/events/*.yaml, "
        "keeping every edit a person made.",
    )
    with_project(extract)
    with_extraction(extract)
    extract.set_defaults(handler=_extract)

    check = commands.add_parser(
        "check", help="validate the YAML a person edits",
        description="Validate data/articles.yaml and data/events/*.yaml; print each problem as "
        "FILE:LINE:COLUMN: what is wrong and how to fix it. Exit 1 when there is an error.",
    )
    with_project(check)
    check.set_defaults(handler=_check)

    tag = commands.add_parser(
        "tag", help="print the time expressions of a text as JSON lines",
        description="Find the time expressions of FILE (or standard input, `-`) and resolve them "
        "against the document creation time. Prints one JSON object per expression: start, end "
        "(character offsets into the text), text, type (DATE, TIME, DURATION, SET) and value "
        "(TIMEX3), then the evidence (anchor, rule, reason). Without --dct, relative expressions "
        "stay unresolved (value null): the clock is never used. Several files (or --jsonl) are "
        "tagged in one process, each as its own document: each record then starts with "
        "`document` (the file, or the JSON line's id or FILE:LINE), and no document lends "
        "another its dates.",
    )
    tag.add_argument("file", nargs="+", help="UTF-8 text files, or - for standard input")
    tag.add_argument("--dct", help="document creation time, YYYY-MM-DD (for --jsonl, of the lines without one)")
    tag.add_argument("--jsonl", action="store_true",
                     help='the files hold JSON lines, one document a line: {"text": ..., "dct": "YYYY-MM-DD", "id": ...}')
    tag.set_defaults(handler=_tag)
    return parser


def _paths(args: argparse.Namespace):
    from timeline.pipeline import Paths

    paths = Paths.under(args.root)
    overrides = {k: getattr(args, k) for k in ("seeds", "data", "docs", "site") if getattr(args, k, None)}
    return Paths(**{**paths.__dict__, **overrides})


def _print_problems(problems: list[Problem]) -> None:
    for problem in problems:
        print(problem, file=sys.stderr)


def _options(args: argparse.Namespace):
    from timeline.pipeline import Options

    if args.jobs is not None and args.jobs < 1:
        raise UserError(f"--jobs {args.jobs}: give a number of processes of 1 or more")
    limit = args.max_article_mb
    if limit is not None and not 0 < limit < 1e6:
        raise UserError(f"--max-article-mb {limit:g}: give a size in megabytes, more than 0")
    return Options(jobs=args.jobs, use_cache=not args.no_cache, progress=sys.stderr.isatty(), dask=args.dask,
                   max_article_bytes=None if limit is None else int(limit * 1024 * 1024))


def _init(args: argparse.Namespace) -> int:
    from timeline.pipeline import init

    root = args.dir
    if root.exists() and not root.is_dir():
        raise UserError(f"{root}: a file, not a folder; name a folder for the project")
    written, kept = init(root)
    for path in written:
        print(f"wrote {path}{'/' if path.is_dir() else ''}")
    for path in kept:
        print(f"kept  {path}{'/' if path.is_dir() else ''} (already there)")
    where = "" if root == Path(".") else f" --root {root}"
    print(f"Next: put articles (.txt, .md, .html, .jsonl) in {root / 'seeds'}/, set the title in "
          f"{root / 'data' / 'site.yaml'}, then run `timeline build{where}`.")
    return 0


def _build(args: argparse.Namespace) -> int:
    from timeline.pipeline import build

    paths = _paths(args)
    report = build(paths, _options(args), run_mkdocs=not args.no_mkdocs)
    _print_problems(report.problems)
    if report.needs_action and not report.articles:
        print("timeline: stopped before writing anything; fix the problems above and run again", file=sys.stderr)
        return 1
    skipped = sum(1 for p in report.problems if p.severity == "skipped")
    if report.nothing_changed:
        print("Nothing changed since the last build (articles, YAML, pages and the tool are as they were).")
    print(
        f"{report.articles} articles ({report.parsed} parsed, {report.articles - report.parsed} from the cache), "
        f"{report.events} events, {report.unresolved} unresolved time expressions (listed on the review page)"
        f"{f', {skipped} files skipped (see above)' if skipped else ''}."
    )
    _print_stages(report, args.times)
    if report.site_dir:
        index = (report.site_dir / "index.html").resolve()
        state = "Site unchanged" if report.site_unchanged else "Site built"
        print(f"{state} in {report.site_dir}/. Open {index} in a browser, or run `make serve` for a live preview.")
    return 1 if report.needs_action else 0


# A run this long says where its time went.
_STAGES_AFTER_SECONDS = 10.0


def _print_stages(report, always: bool = False) -> None:
    if always or sum(report.seconds.values()) >= _STAGES_AFTER_SECONDS:
        print("Time: " + ", ".join(_stage_time(report, name) for name in report.seconds) + ".")


def _stage_time(report, name: str) -> str:
    """"merge 5.1 s on 2 processes": the processes where the stage says how many it used."""
    processes = report.processes.get(name)
    on = "" if processes is None else f" on {processes} process{'es' if processes > 1 else ''}"
    return f"{name} {report.seconds[name]:.1f} s{on}"


def _extract(args: argparse.Namespace) -> int:
    from timeline.pipeline import extract

    report = extract(_paths(args), _options(args))
    _print_problems(report.problems)
    if report.needs_action and not report.articles:
        print("timeline: stopped before writing anything; fix the problems above and run again", file=sys.stderr)
        return 1
    print(
        f"{report.articles} articles ({report.parsed} parsed, {report.articles - report.parsed} from the cache); "
        f"events in {_paths(args).data}/events/."
    )
    _print_stages(report, args.times)
    return 1 if report.needs_action else 0


def _check(args: argparse.Namespace) -> int:
    from timeline.pipeline import check

    paths = _paths(args)
    problems = check(paths)
    _print_problems(problems)
    errors = sum(1 for p in problems if p.severity == "error")
    if errors:
        print(f"timeline: {errors} error(s); fix them and run `timeline check` again", file=sys.stderr)
        return 1
    print(f"{paths.data}: OK")
    return 0


def _tag(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from timeline.temporal.batch import Document, checked_dct, read_jsonl, read_text, tag_documents

    dct = checked_dct(args.dct, "--dct")
    documents: list[Document] = []
    for name in args.file:
        text = sys.stdin.read() if name == "-" else read_text(Path(name))
        if args.jsonl:
            documents += [d if d.dct else replace(d, dct=dct) for d in read_jsonl(Path(name), text)]
        else:
            documents.append(Document(name, text, dct))
    several = args.jsonl or len(documents) > 1
    for document, timex in tag_documents(documents):
        record = ({"document": document.id} if several else {}) | timex.to_json()
        print(json.dumps(record, ensure_ascii=False))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
