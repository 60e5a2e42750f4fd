#!/usr/bin/env python3
"""Writes a synthetic site N times the size of a built one, for the import's scale benchmark.

Copy 1 is the site as it is. Copy k (k > 1) renames every page: `a/b/index.html` becomes
`a/b-k/index.html`, `a/page.html` becomes `a/page-k.html`, so each page stays at its depth and
its relative links to assets still work. Every link of a copy that leads to a page of the site
(`../raft/`, `raft/index.html`, `../raft.md`) is rewired to the same page of that copy, so the
copies are N sites side by side, not N sites pointing at the first. Assets are written once.

usage: scale-site.py SITE OUT N
"""
import os
import posixpath
import re
import shutil
import sys

HREF = re.compile(rb'href="([^"]*)"')


def pages_and_files(site):
    pages, files = [], []
    for folder, subfolders, names in os.walk(site):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        for name in sorted(names):
            path = posixpath.relpath(os.path.join(folder, name), site).replace(os.sep, "/")
            (pages if name.lower().endswith((".html", ".htm")) else files).append(path)
    return pages, files


def renamed(page, copy):
    """The page's path in copy `copy`."""
    if copy == 1:
        return page
    folder, name = posixpath.split(page)
    if name == "index.html" and folder:
        parent, leaf = posixpath.split(folder)
        return posixpath.join(parent, f"{leaf}-{copy}", name)
    stem, extension = posixpath.splitext(name)
    return posixpath.join(folder, f"{stem}-{copy}{extension}")


def target_page(href, source, pages):
    """The page a relative link leads to, as the importer resolves it, or None."""
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", href) or href.startswith(("//", "/", "#")) or not href:
        return None
    path = href.split("#", 1)[0].split("?", 1)[0]
    if not path:
        return None
    base = posixpath.dirname(source)
    joined = posixpath.normpath(posixpath.join(base, path)) if base else posixpath.normpath(path)
    if joined.startswith(".."):
        return None
    if path.lower().endswith(".md"):
        stem = joined[:-3]
        candidates = [posixpath.join(posixpath.dirname(stem), "index.html")] if posixpath.basename(stem).lower() in ("index", "readme") \
            else [stem + "/index.html", stem + ".html"]
    elif path.endswith("/") or joined == ".":
        candidates = [posixpath.join(joined, "index.html") if joined != "." else "index.html"]
    else:
        candidates = [joined, joined + "/index.html", joined + ".html"]
    return next((candidate for candidate in candidates if candidate in pages), None)


def rewire(html, source, copy, pages):
    """The page's bytes with every link to a page pointed at that page's copy."""
    if copy == 1:
        return html
    new_source = renamed(source, copy)

    def replace(match):
        href = match.group(1).decode("utf-8", "surrogateescape")
        target = target_page(href, source, pages)
        if target is None:
            return match.group(0)
        suffix = href[len(href.split("#", 1)[0].split("?", 1)[0]):]
        new_target = renamed(target, copy)
        relative = posixpath.relpath(new_target, posixpath.dirname(new_source) or ".")
        if href.split("#", 1)[0].split("?", 1)[0].endswith("/") and relative.endswith("index.html"):
            relative = relative[: -len("index.html")] or "./"
        return b'href="' + (relative + suffix).encode("utf-8", "surrogateescape") + b'"'

    return HREF.sub(replace, html)


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    site, out, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    pages, files = pages_and_files(site)
    page_set = set(pages)
    for path in files:
        os.makedirs(os.path.dirname(os.path.join(out, path)), exist_ok=True)
        shutil.copyfile(os.path.join(site, path), os.path.join(out, path))
    for copy in range(1, count + 1):
        for page in pages:
            with open(os.path.join(site, page), "rb") as source:
                html = source.read()
            target = os.path.join(out, renamed(page, copy))
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as written:
                written.write(rewire(html, page, copy, page_set))
    print(f"{out}: {len(pages) * count} pages ({count} × {len(pages)}), {len(files)} other files")


if __name__ == "__main__":
    main()
