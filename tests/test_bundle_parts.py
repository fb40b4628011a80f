"""The bundle's header maps each jurisdiction's part, so that a lookup parses that part alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from legal_ref import loading
from legal_ref.errors import BundleError


def _header_and_payload() -> tuple[dict[str, object], bytes]:
    first, _, payload = loading.bundle_path().read_bytes().partition(b"\n")
    return json.loads(first), payload


def test_each_mapped_part_is_the_jurisdiction_or_shared_value_it_names() -> None:
    header, payload = _header_and_payload()
    whole = json.loads(payload)
    parts = header["parts"]
    assert isinstance(parts, dict)
    by_code = {j["code"]: j for j in whole["jurisdictions"]}
    assert [row[0] for row in parts["jurisdictions"]] == list(by_code)
    for code, name, names, start, end in parts["jurisdictions"]:
        assert json.loads(payload[start:end]) == by_code[code]
        assert (name, names) == (by_code[code]["name"], [n["text"] for n in by_code[code].get("names", [])])
    assert {key: json.loads(payload[s:e]) for key, (s, e) in parts["shared"].items()} == {
        k: v for k, v in whole.items() if k != "jurisdictions"
    }


def test_a_lookup_parses_one_part_and_the_library_equals_the_validated_one() -> None:
    lazy = loading.load_bundle(loading.bundle_path())
    assert type(lazy._raw).__name__ == "_Part"
    assert lazy["CZ"].code == "CZ" and set(lazy._built) == {"CZ"}
    assert lazy.dataset == loading.load_bundle(loading.bundle_path(), validate=True).dataset


def _rewritten(tmp_path: Path, change: object) -> Path:
    header, payload = _header_and_payload()
    change(header)  # type: ignore[operator]
    path = tmp_path / "bundle.json"
    path.write_bytes(json.dumps(header).encode() + b"\n" + payload)
    return path


@pytest.mark.parametrize(
    "change",
    [
        lambda h: h.pop("parts"),
        lambda h: h.update(parts=[1]),
        lambda h: h["parts"]["jurisdictions"][0].__setitem__(4, 10**12),
        lambda h: h["parts"]["shared"].update(conflicts="x"),
    ],
    ids=["no-map", "map-a-list", "span-past-the-end", "shared-span-not-a-pair"],
)
def test_a_header_without_a_sound_map_is_read_whole(tmp_path: Path, change: object) -> None:
    lib = loading.load_bundle(_rewritten(tmp_path, change))
    assert type(lib._raw) is dict
    assert lib["CZ"].code == "CZ"


def test_a_map_pointing_at_the_wrong_part_is_reported_at_first_use(tmp_path: Path) -> None:
    def swap(header: dict[str, list[list[object]]]) -> None:
        rows = header["parts"]["jurisdictions"]  # type: ignore[index]
        rows[0][3:], rows[1][3:] = rows[1][3:], rows[0][3:]

    lib = loading.load_bundle(_rewritten(tmp_path, swap))
    first = next(iter(lib._raw))
    with pytest.raises(BundleError, match=f"entry for {first} is damaged"):
        lib[first]
