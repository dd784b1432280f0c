"""The listing of docs/ a timeline build gives MkDocs (`timeline.site.docsfiles`) is MkDocs' own: the
same files, each with the same fields, in the same order, whatever the folder holds."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from mkdocs.commands import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.structure.files import get_files

from timeline import site
from timeline.site import docsfiles

pytestmark = pytest.mark.skipif(not docsfiles.usable(), reason="MkDocs' own listing is used here")

# A docs folder with what MkDocs' listing treats apart: an index and a README in one folder (the
# README is left out, with a warning), a README alone (the folder's index), dot files and folders,
# templates/, files that are not pages, names with spaces and accents, folders in folders.
TREE = [
    "index.md", "README.md", "about.md", "a page with spaces.md", "café.md", "image.png", ".hidden.md",
    ".folder/inside.md", "templates/page.html", "sub/templates/kept.md", "sub/README.md", "sub/b.md",
    "sub/deeper/index.md", "sub/deeper/z.md", "sub/deeper/a.css", "sources/x.md", "sources/index.md",
    "sources/y.md", "draft/d.md", "hidden/h.md", "README", "index.markdown", "other/README.md",
    "other/page.MD", "other/notes.mkd", "other/.md", "other/x.md.txt", "other/index/page.md",
]


def _project(tmp_path: Path, extra: str = "") -> Path:
    docs = tmp_path / "docs"
    for name in TREE:
        path = docs / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"# {name}\n", encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text(f"site_name: Test\n{extra}", encoding="utf-8")
    return config


def _fields(files) -> list[tuple]:
    return [(type(f), list(vars(f).items()), f.dest_uri, f.url, f.abs_src_path, f.abs_dest_path, f.inclusion, f.name)
            for f in files]


@pytest.mark.parametrize("extra", [
    "",
    "use_directory_urls: false\n",
    "exclude_docs: |\n  hidden/\n  *.png\ndraft_docs: |\n  draft/\nnot_in_nav: |\n  sub/\n",
])
def test_the_listing_is_mkdocs_own(tmp_path, caplog, extra):
    config = load_config(str(_project(tmp_path, extra)))
    with caplog.at_level(logging.WARNING, logger="mkdocs"):
        expected = _fields(get_files(config))
        warnings = [r.getMessage() for r in caplog.records]
        caplog.clear()
        got = _fields(docsfiles.get_files(config))
        assert [r.getMessage() for r in caplog.records] == warnings  # the README left out, said once each
    assert got == expected
    assert any("README.md" in warning for warning in warnings)
    # The pages of the listing, for every inclusion MkDocs asks for (and one of a plugin's own), also
    # after files are excluded, added in memory or of another kind of File.
    from mkdocs.structure.files import File, Files, InclusionLevel

    class Other(File):
        def is_documentation_page(self):
            return True

    listed, own = docsfiles.get_files(config), get_files(config)
    for files in (listed, own):
        next(f for f in files if f.src_uri == "about.md").inclusion = InclusionLevel.EXCLUDED
        made = File("made.md", None, config["site_dir"], False)
        made._content = "# Made"
        files.append(made)
        files.append(Other("other.txt", str(tmp_path / "docs"), config["site_dir"], False))
    for inclusion in (InclusionLevel.is_included, InclusionLevel.is_in_serve, InclusionLevel.all,
                      InclusionLevel.is_not_in_nav, lambda level: level.value % 2 == 0):
        assert ([f.src_uri for f in listed.documentation_pages(inclusion=inclusion)]
                == [f.src_uri for f in Files.documentation_pages(own, inclusion=inclusion)])
    assert [f.src_uri for f in listed.documentation_pages()] == [f.src_uri for f in own.documentation_pages()]


def test_a_timeline_build_gives_mkdocs_this_listing_and_gives_it_back(tmp_path, monkeypatch):
    """`site.build_mkdocs` lists docs/ with `docsfiles.get_files`, and MkDocs' own is in place again
    afterwards (a `mkdocs build` or `mkdocs serve` in the same process lists with its own)."""
    docs = tmp_path / "docs"
    for name in ("index.md", "about.md", "sub/b.md", "sub/deeper/index.md", "image.png"):
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text(f"# {Path(name).stem}\n", encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: Test\n", encoding="utf-8")
    listed = []
    real = docsfiles.get_files
    monkeypatch.setattr(docsfiles, "get_files", lambda config: listed.append(config) or real(config))
    own = mkdocs_build.get_files
    site.build_mkdocs(config, tmp_path / "site")
    assert len(listed) == 1 and mkdocs_build.get_files is own
    assert (tmp_path / "site" / "sub" / "b" / "index.html").is_file()


def test_the_theme_files_are_mkdocs_own(tmp_path):
    """The theme's static files (Material's folder holds thousands of hidden icons, which are left
    out) with a folder of the site's own overrides: hidden files and folders, templates, a file of
    docs/ of the same name (docs/ wins), translations, a static template."""
    from mkdocs.structure.files import Files

    overrides = tmp_path / "overrides"
    for name in ("extra.css", "main.html", ".hidden/x.css", "sub/.secret.js", "sub/ok.js", "locales/fr.txt",
                 "README.txt", "image.png", "deep/.dot/deeper/y.css", "stylesheets/extra.css", "sitemap.xml"):
        (overrides / name).parent.mkdir(parents=True, exist_ok=True)
        (overrides / name).write_text("x", encoding="utf-8")
    config_path = _project(tmp_path, "theme:\n  name: material\n  custom_dir: overrides\n")
    (tmp_path / "docs" / "image.png").write_text("docs' own", encoding="utf-8")
    config = load_config(str(config_path))
    for listed in (lambda: Files([]), lambda: get_files(config)):
        expected, got = listed(), listed()
        env = config.theme.get_env()
        expected.add_files_from_theme(env, config)
        docsfiles.add_files_from_theme(got, env, config)
        assert _fields(got) == _fields(expected)
    assert any(f.src_uri == "sub/ok.js" for f in got) and not any("secret" in f.src_uri for f in got)
    # The listing of docs/ a timeline build makes lists the theme's files this way.
    listed_here, own = docsfiles.get_files(config), get_files(config)
    listed_here.add_files_from_theme(config.theme.get_env(), config)
    own.add_files_from_theme(config.theme.get_env(), config)
    assert _fields(listed_here) == _fields(own)
