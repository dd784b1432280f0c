#!/bin/sh
# Prints the interpreter `make` makes the venv with: the newest Python 3.13 or 3.12 that runs,
# else python3.
#
# Why: spaCy's wheels for Python 3.11 are compiled with Cython's profiling hooks, which take and drop
# the GIL around every small vector operation of the parser's loop. The 3.12 and 3.13 wheels of the
# same pinned versions have none: the committed model gives the same parses for about 30% less CPU
# (README, scale section).
#
# Looked for: python3.13 and python3.12 on PATH, then the 3.13 and 3.12 versions pyenv has installed
# but not selected (its shims for them exist on PATH and fail). A candidate counts only when it runs,
# says it is 3.12 or 3.13, and can make a venv with pip (Debian's python3.12 cannot without the
# python3.12-venv package); anything else, or nothing found, gives python3. The Makefile falls back
# to python3 as well when a dependency cannot be installed as a wheel for the interpreter chosen here.
runs_newer() {
    "$1" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info[:2] not in ((3, 12), (3, 13)))' >/dev/null 2>&1
}

for candidate in python3.13 python3.12; do
    if runs_newer "$candidate"; then
        echo "$candidate"
        exit 0
    fi
done

if command -v pyenv >/dev/null 2>&1; then
    root=$(pyenv root 2>/dev/null)
    for version in $(pyenv versions --bare 2>/dev/null | grep -E '^3\.1[23]\.[0-9]+$' | sort -t . -k 2,2nr -k 3,3nr); do
        candidate="$root/versions/$version/bin/python3"
        if runs_newer "$candidate"; then
            echo "$candidate"
            exit 0
        fi
    done
fi

echo python3
