"""The MkDocs stage of a whole build, alone: a project's docs/ built into a scratch folder.

    python bench/mkdocs_stage.py PROJECT [--rounds N] [--into FOLDER]

PROJECT is a built project (its docs/ and mkdocs.yml as `timeline build` left them, e.g. one
`bench/scale.py --keep DIR` made). Each round removes FOLDER (default: a temporary folder) and
runs `site.build_mkdocs` into it as a whole build does (no dirty build), then prints its wall time,
the CPU seconds of this process (user and system) and of the source-page writers it forked, and
how the work was spread: on two cores the stage takes about the larger of this process's own
work and half of the whole. Run two versions of the code on the same PROJECT one after the other
(the installed package, or another version's by `PYTHONPATH=FOLDER`: the line it prints first
says which), and `diff -r` the folders they built (`--into`).
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path


def build_once(project: Path, into: Path) -> tuple[float, os.times_result, os.times_result]:
    """Wall seconds of one whole MkDocs build of `project` into `into`, and the process's times
    before and after."""
    from timeline import site

    shutil.rmtree(into, ignore_errors=True)
    before, started = os.times(), time.perf_counter()
    site.build_mkdocs(project / "mkdocs.yml", into)
    return time.perf_counter() - started, before, os.times()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("project", type=Path)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--into", type=Path, help="the scratch site folder (removed before each round)")
    args = parser.parse_args()
    if not (args.project / "docs").is_dir():
        print(f"bench: {args.project} has no docs/: build it first (timeline build)")
        return 2
    into = args.into or Path(tempfile.mkdtemp(prefix="timeline-mkdocs-")) / "site"
    from timeline import site

    print(f"MkDocs stage of {args.project} into {into}; timeline from {Path(site.__file__).parent}; load {os.getloadavg()[0]:.1f}")
    for round_ in range(1, args.rounds + 1):
        wall, before, after = build_once(args.project, into)
        user, system = after.user - before.user, after.system - before.system
        children = (after.children_user - before.children_user) + (after.children_system - before.children_system)
        print(f"round {round_}: wall {wall:.2f} s; this process {user + system:.2f} CPU s (user {user:.2f}, "
              f"system {system:.2f}); its writers {children:.2f} CPU s; load {os.getloadavg()[0]:.1f}", flush=True)
    if args.into is None:
        shutil.rmtree(into.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
