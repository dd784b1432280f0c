"""MkDocs hook (mkdocs.yml `hooks:`): the navigation comes from the generated docs/.nav.yml.

The navigation depends on the data (which years and months exist), so `timeline.site.generate`
writes it next to the pages, and this hook reads it when MkDocs loads its configuration. Pages a
person wrote under docs/guide/ are added under "Guide". Without a generated .nav.yml (before the
first `make site`), MkDocs keeps its automatic navigation.
"""

from __future__ import annotations

from pathlib import Path

import yaml

NAV_FILE = ".nav.yml"
GUIDE_FOLDER = "guide"


def on_config(config):
    docs_dir = Path(config["docs_dir"])
    nav_file = docs_dir / NAV_FILE
    if not nav_file.is_file():
        return config
    generated = yaml.safe_load(nav_file.read_text(encoding="utf-8")) or {}
    nav = list(generated.get("nav") or [])
    guide = sorted(
        path.relative_to(docs_dir).as_posix() for path in (docs_dir / GUIDE_FOLDER).glob("*.md") if path.is_file()
    )
    if guide:
        nav.append({generated.get("guide_title", "Guide"): guide})
    config["nav"] = nav
    return config
