"""Every ```python block in the user docs runs.

The blocks of one document run in order in one namespace (a later block may use what an
earlier one defined), from the repository root as the working directory.  Each block is
compiled with its own line numbers, so a traceback points at the line of the .md file.
"""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
# The documents whose examples this file checks (the foundation's user docs).
DOCUMENTS = ("index.md", "architecture.md", "ir.md", "jit.md", "numba_capture.md", "cli.md",
             "samples.md", "derivatives.md", "custom_rules.md", "forward.md",
             "examples/probabilistic.md")

_FENCE = re.compile(r"^```(\S*)\s*$")


def python_blocks(path):
    """[(first line number of the code, code)] of the ```python blocks of a Markdown file."""
    blocks, lang, start, lines = [], None, 0, []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        fence = _FENCE.match(line)
        if lang is None:
            if fence:
                lang, start, lines = fence.group(1).lower(), number + 1, []
        elif fence and not fence.group(1):
            if lang in ("python", "py"):
                blocks.append((start, "\n".join(lines) + "\n"))
            lang = None
        else:
            lines.append(line)
    assert lang is None, f"{path.name}: a ``` fence opened at line {start - 1} is never closed"
    return blocks


@pytest.mark.parametrize("name", DOCUMENTS)
def test_examples_run(name, monkeypatch):
    path = DOCS / name
    blocks = python_blocks(path)
    monkeypatch.chdir(ROOT)
    namespace = {"__name__": f"docs_{path.stem}"}
    for start, code in blocks:
        # padded so that line numbers in a traceback are the Markdown file's own
        exec(compile("\n" * (start - 1) + code, str(path), "exec"), namespace)


def test_every_document_has_examples_except_the_cli_reference():
    for name in DOCUMENTS:
        assert (DOCS / name).is_file(), f"docs/{name} is missing"
        if name != "cli.md":
            assert python_blocks(DOCS / name), f"docs/{name} has no ```python example"


def anchors(path):
    """GitHub's anchors for the headings of a Markdown file."""
    out, fenced = set(), False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and line.startswith("#"):
            title = line.lstrip("#").strip().lower()
            out.add(re.sub(r"[^\w\- ]", "", title).replace(" ", "-"))
    return out


@pytest.mark.parametrize("name", DOCUMENTS)
def test_links_between_documents_resolve(name):
    text = (DOCS / name).read_text(encoding="utf-8")
    for target, anchor in re.findall(r"\]\(([^)#\s]*)(?:#([^)\s]*))?\)", text):
        if "://" in target:
            continue
        path = ((DOCS / name).parent / target) if target else DOCS / name
        assert path.exists(), f"docs/{name} links to missing {target}"
        if anchor and path.suffix == ".md":
            assert anchor in anchors(path), f"docs/{name} links to missing #{anchor} in {target}"


@pytest.mark.parametrize("name", DOCUMENTS)
def test_no_placeholder_markers(name):
    text = (DOCS / name).read_text(encoding="utf-8")
    for marker in ("TODO", "TBD", "FIXME", "XXX"):
        assert marker not in text, f"docs/{name} contains {marker}"


def test_block_extraction(tmp_path):
    sample = tmp_path / "sample.md"
    sample.write_text("text\n```python\nx = 1\n```\n```sh\nls\n```\n\n```python\ny = x\n```\n")
    assert python_blocks(sample) == [(3, "x = 1\n"), (10, "y = x\n")]


def test_readme_examples_run():
    """The tour in README.md runs as written (from the repository root)."""
    import os
    import re
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, re.S)
    assert blocks
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        for block in blocks:
            exec(compile(block, "README.md", "exec"), {"__name__": "readme"})
    finally:
        os.chdir(cwd)
