"""Site build times: the shipped data, and a synthetic library of 250 jurisdictions.

Each figure is the wall time of generating the pages and the JSON API and running
``mkdocs build --strict``. Run with ``python benchmarks/site.py``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.run import synthetic_bundle

REPO = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}


def build(project: Path, data: Path | None = None) -> float:
    """Seconds for generate + strict build of ``project``, from ``data`` (a bundle) or the project's data/."""
    start = time.perf_counter()
    if data is None:
        subprocess.run([sys.executable, "-m", "legal_ref", "site", "build"], cwd=project, check=True,
                       env=ENV, capture_output=True)  # fmt: skip
    else:
        from legal_ref.loading import load_bundle
        from legal_ref.site.build import generate

        generate(load_bundle(data), project / "docs")
        generated = time.perf_counter()
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q"], cwd=project, check=True, env=ENV)
        print(f"  (generation {generated - start:.1f} s, mkdocs {time.perf_counter() - generated:.1f} s)")
    return time.perf_counter() - start


def main() -> None:
    shipped = build(REPO)
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        shutil.copy(REPO / "mkdocs.yml", project)
        (project / "data").mkdir()  # watched by mkdocs.yml; the synthetic library comes from a bundle
        shutil.copy(REPO / "CHANGELOG.md", project)
        shutil.copytree(REPO / "docs", project / "docs", ignore=shutil.ignore_patterns("api", "jurisdictions"))
        shutil.copytree(REPO / "legal_ref", project / "legal_ref", ignore=shutil.ignore_patterns("__pycache__"))
        synthetic = build(project, synthetic_bundle(project / "synthetic.json", jurisdictions=250, rules=20))
    print("| site build | seconds |")
    print("|---|---:|")
    print(f"| shipped data (generate + mkdocs build --strict) | {shipped:.1f} |")
    print(f"| synthetic 250 jurisdictions x 20 rules | {synthetic:.1f} |")


if __name__ == "__main__":
    main()
