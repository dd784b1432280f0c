"""A per-article extraction cache: an article whose text and metadata did not change is not parsed again.

The key is the article's content hash and the tool's fingerprint (a hash of the package's code and
data files), so a new rule or a code change invalidates every entry by itself. The cache folder is
safe to delete at any time; a corrupt or unreadable entry is treated as missing.
"""

from __future__ import annotations

import hashlib
import pickle
from functools import lru_cache
from pathlib import Path
from typing import Any

import timeline

_PACKAGE_DIR = Path(timeline.__file__).resolve().parent


@lru_cache(maxsize=1)
def tool_fingerprint() -> str:
    """A hash of every source and data file of the package (the trained model's weights included):
    changes whenever the tool's behaviour can."""
    digest = hashlib.sha256(timeline.__version__.encode())
    for path in sorted(_PACKAGE_DIR.rglob("*")):
        relative = path.relative_to(_PACKAGE_DIR).parts
        code_or_rules = path.suffix in {".py", ".yaml", ".yml", ".txt", ".json"}
        if path.is_file() and (code_or_rules or relative[:2] == ("data", "model")) and "__pycache__" not in relative:
            digest.update(str(path.relative_to(_PACKAGE_DIR)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class ExtractionCache:
    """Pickled results under FOLDER/<tool fingerprint>/<2 hex>/<content hash>[.<kind>].pickle.

    An article has two entries: its whole extraction, and (kind "summary") the small part the
    stages after extraction keep in memory, so that a rebuild reads the small one for every article
    and the whole one only when it writes the article's page.
    """

    def __init__(self, folder: Path):
        self.folder = folder / tool_fingerprint()

    def _path(self, content_hash: str, kind: str = "") -> Path:
        suffix = f".{kind}" if kind else ""
        return self.folder / content_hash[:2] / f"{content_hash}{suffix}.pickle"

    def get(self, content_hash: str, kind: str = "") -> Any | None:
        if not content_hash:
            return None
        try:
            with self._path(content_hash, kind).open("rb") as handle:
                return pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            return None

    def has(self, content_hash: str, kind: str = "") -> bool:
        return bool(content_hash) and self._path(content_hash, kind).is_file()

    def put(self, content_hash: str, value: Any, kind: str = "") -> bool:
        """Store `value`; False when it could not be written (the caller then keeps it itself)."""
        if not content_hash:
            return False
        path = self._path(content_hash, kind)
        try:
            # Written in place, not through a renamed temporary file (twice the file system work for
            # 20,000 entries): a crash can leave an entry cut short, and a pickle cut short does not
            # load, so `get` takes it for missing.
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        except OSError:
            return False  # a cache that cannot be written only costs time
        return True
