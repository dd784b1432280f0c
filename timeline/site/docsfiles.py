"""MkDocs' listing of docs/ (`mkdocs.structure.files.get_files`), each file made without a path object.

MkDocs makes a `File` of every file in docs/, and each `File` takes its path through `PurePath` (to
write it with forward slashes): at 10,000 articles, 10,555 files and about 0.05 s of every build,
also of one that adds an article and builds a page or two. On a system whose paths already use
forward slashes, a name from walking docs/ is that path as it is (less a leading "./"); `get_files`
here is MkDocs' own, line for line, with each `File` given that name, and gives the same files,
their fields the same, in the same order (tests/test_docsfiles.py compares the two). Used by
`timeline.site.build_mkdocs` for the MkDocs versions it was written against, where paths are POSIX;
anywhere else MkDocs' own runs.
"""

from __future__ import annotations

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

    return Files(files)
