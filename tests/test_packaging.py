"""A regular (non-editable) install carries all the data: built as a wheel and used from another directory."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(REPO)],
        check=True,
    )
    return next(out.glob("legal_ref-*.whl"))


def test_wheel_ships_the_bundle_and_the_yaml(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "legal_ref/_data/bundle.json" in names
    assert "legal_ref/py.typed" in names
    assert "legal_ref/data/organisations.yaml" in names
    yaml_files = {p.name for p in (REPO / "data" / "jurisdictions").glob("*.yaml")}
    assert {n.rsplit("/", 1)[-1] for n in names if n.startswith("legal_ref/data/jurisdictions/")} == yaml_files


def test_installed_wheel_works_from_another_directory(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)], check=True
    )
    script = "import legal_ref; lib = legal_ref.load(); print(lib['CZ'].code, legal_ref.__file__)"
    result = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r}); {script}"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    code, location = result.stdout.split()
    assert code == "CZ"
    assert location.startswith(str(target))
    # the packaged YAML validates too
    check = (
        f"import sys; sys.path.insert(0, {str(target)!r}); from legal_ref.loading import read_dataset, source_data_dir;"
        " print(len(read_dataset(source_data_dir()).jurisdictions), source_data_dir())"
    )
    result = subprocess.run(
        [sys.executable, "-I", "-c", check], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    count, where = result.stdout.split()
    assert int(count) == len(list((REPO / "data" / "jurisdictions").glob("*.yaml")))
    assert where.startswith(str(target))
