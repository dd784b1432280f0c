"""MkDocs' listing of docs/ and of the theme's files (`mkdocs.structure.files.get_files`,
`Files.add_files_from_theme` and `Files.documentation_pages`), made without the work that gives
nothing.

- MkDocs makes a `File` of every file in docs/, and each `File` takes its path through `PurePath`
  (to write it with forward slashes), and where it is written through `posixpath`: at 10,000
  articles, 10,555 files and about 0.07 s of every build, also of one that adds an article and
  builds a page or two. On a system whose paths already use forward slashes, a name from walking
  docs/ is that path as it is (less a leading "./"), and where the page is written that name with
  another ending.
- The theme's static files are found by listing every file of the theme's folders and leaving out
  the names of hidden files and folders (and templates, Python...): Material's templates folder
  holds 14,348 icons in `.icons/`, every one listed and matched against the patterns on every build
  (0.04 s). A hidden folder is not walked here: every name in it is one the patterns leave out.
- MkDocs and its plugins ask for the pages of docs/ nine times a build (`Files.documentation_pages`),
  each time asking each of 10,555 files its inclusion level through the enumeration's properties.

The three functions here are MkDocs' own, line for line, but for those points, and give the same
files, their fields the same, in the same order (tests/test_docsfiles.py compares them). Used by
`timeline.site.build_mkdocs` for the MkDocs versions they were written against, where paths are
POSIX; anywhere else MkDocs' own run.
"""

from __future__ import annotations

import fnmatch
import os
from typing import Any

# The MkDocs versions whose `get_files` and `File.__init__` this copies (major, minor).
MKDOCS_VERSIONS = ((1, 6),)


def usable() -> bool:
    """Whether `get_files` here may stand in for MkDocs' own."""
    import mkdocs

    try:
        version = tuple(int(part) for part in mkdocs.__version__.split(".")[:2])
    except ValueError:
        return False
    return os.sep == "/" and os.altsep is None and version in MKDOCS_VERSIONS


def get_files(config: Any) -> Any:
    """`mkdocs.structure.files.get_files(config)`: the files of docs/ (see the module's docstring)."""
    from mkdocs.structure.files import File, Files, InclusionLevel, _file_sort_key, log, set_exclusions
    from mkdocs.utils import markdown_extensions

    new = object.__new__
    docs_dir, site_dir, use_directory_urls = config["docs_dir"], config["site_dir"], config["use_directory_urls"]
    files: list[File] = []
    conflicting_files: list[tuple[File, File]] = []
    for source_dir, dirnames, filenames in os.walk(docs_dir, followlinks=True):
        relative_dir = os.path.relpath(source_dir, docs_dir)
        dirnames.sort()
        filenames.sort(key=_file_sort_key)

        # What `PurePath(os.path.join(relative_dir, filename)).as_posix()` gives (`File.src_path`'s
        # setter): the walk's folders hold no "." or empty part but the top one, ".".
        prefix = "" if relative_dir == "." else relative_dir + "/"
        files_by_dest: dict[str, File] = {}
        for filename in filenames:
            file = new(File)
            # The fields `File.__init__` sets, in its order (its `__dict__` is the same).
            fields = file.__dict__
            fields["src_uri"] = prefix + filename
            fields["src_dir"] = docs_dir
            fields["dest_dir"] = site_dir
            fields["use_directory_urls"] = use_directory_urls
            fields["inclusion"] = InclusionLevel.UNDEFINED
            # Its name and where it is written, as `File.dest_uri` gives them (its `_get_dest_path`
            # reads `File.name` first): joined as strings, not by `posixpath` (a page's folder is
            # the prefix of its name).
            if fields["src_uri"].endswith(markdown_extensions):
                stem = os.path.splitext(filename)[0]
                fields["name"] = name = "index" if stem == "README" else stem
                if not use_directory_urls or name == "index":
                    fields["dest_uri"] = f"{prefix}{name}.html"
                else:
                    fields["dest_uri"] = f"{prefix}{name}/index.html"
            else:
                fields["dest_uri"] = fields["src_uri"]
            # Skip README.md if an index file also exists in dir (part 1)
            prev_file = files_by_dest.setdefault(file.dest_uri, file)
            if prev_file is not file:
                conflicting_files.append((prev_file, file))
            files.append(file)
            prev_file = file

    set_exclusions(files, config)
    # Skip README.md if an index file also exists in dir (part 2)
    for a, b in conflicting_files:
        if b.inclusion.is_included():
            if a.inclusion.is_included():
                log.warning(
                    f"Excluding '{a.src_uri}' from the site because it conflicts with '{b.src_uri}'."
                )
            try:
                files.remove(a)
            except ValueError:
                pass  # Catching this to avoid errors if attempting to remove the same file twice.
        else:
            try:
                files.remove(b)
            except ValueError:
                pass

    listed = Files(files)
    # The theme's files, which MkDocs adds next (`mkdocs.commands.build.build`), are listed here;
    # and the pages, which MkDocs and its plugins ask for nine times a build.
    listed.add_files_from_theme = lambda env, config: add_files_from_theme(listed, env, config)
    listed.documentation_pages = lambda *, inclusion=InclusionLevel.is_included: documentation_pages(listed, inclusion)
    return listed


def documentation_pages(files: Any, inclusion: Any) -> list[Any]:
    """`files.documentation_pages(inclusion=inclusion)`: its pages whose inclusion level `inclusion`
    takes, told for each of the five levels once (not by the enumeration's properties, ten
    thousand times each: 3 ms a call), and a page by the end of its name (`File` as MkDocs makes
    it; any other kind of file is asked)."""
    from mkdocs.structure.files import File, InclusionLevel
    from mkdocs.utils import markdown_extensions

    levels = {level for level in InclusionLevel if inclusion(level)}
    return [file for file in files
            if (file.src_uri.endswith(markdown_extensions) if type(file) is File else file.is_documentation_page())
            and file.inclusion in levels]


def add_files_from_theme(files: Any, env: Any, config: Any) -> None:
    """`files.add_files_from_theme(env, config)`: the theme's static files (see the module's docstring)."""
    from mkdocs import utils
    from mkdocs.structure.files import File

    def filter(name):
        # '.*' filters dot files/dirs at root level whereas '*/.*' filters nested levels
        patterns = ['.*', '*/.*', '*.py', '*.pyc', '*.html', '*readme*', 'mkdocs_theme.yml']
        # Exclude translation files
        patterns.append("locales/*")
        patterns.extend(f'*{x}' for x in utils.markdown_extensions)
        patterns.extend(config.theme.static_templates)
        for pattern in patterns:
            if fnmatch.fnmatch(name.lower(), pattern):
                return False
        return True

    for path in _templates(env, filter):
        # Theme files do not override docs_dir files
        if files.get_file_from_path(path) is None:
            for dir in config.theme.dirs:
                # Find the first theme dir which contains path
                if os.path.isfile(os.path.join(dir, path)):
                    files.append(File(path, dir, config.site_dir, config.use_directory_urls))
                    break


def _templates(env: Any, filter_func: Any) -> list[str]:
    """`env.list_templates(filter_func=filter_func)`, where `filter_func` leaves out every name with a
    part that starts with a dot (as `add_files_from_theme`'s patterns do): the hidden folders of
    the loader's folders are not walked (`jinja2.FileSystemLoader.list_templates` otherwise)."""
    import jinja2

    loader = env.loader
    if type(loader) is not jinja2.FileSystemLoader or loader.followlinks:
        return env.list_templates(filter_func=filter_func)
    found = set()
    for searchpath in loader.searchpath:
        for dirpath, dirnames, filenames in os.walk(searchpath, followlinks=False):
            dirnames[:] = [name for name in dirnames if not name.startswith(".")]
            for filename in filenames:
                template = os.path.join(dirpath, filename)[len(searchpath):].strip(os.path.sep).replace(os.path.sep, "/")
                if template[:2] == "./":
                    template = template[2:]
                found.add(template)
    return [name for name in sorted(found) if filter_func(name)]
