"""The bundle's header maps each jurisdiction's part, so that a lookup parses that part alone."""

from __future__ import annotations

import hashlib
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
    for code, name, names, start, end, digest in parts["jurisdictions"]:
        assert json.loads(payload[start:end]) == by_code[code]
        assert hashlib.sha256(payload[start:end]).hexdigest() == digest
        assert (name, names) == (by_code[code]["name"], [n["text"] for n in by_code[code].get("names", [])])
    assert {key: json.loads(payload[s:e]) for key, (s, e, _) in parts["shared"].items()} == {
        k: v for k, v in whole.items() if k != "jurisdictions"
    }
    assert header["size"] == len(payload)


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


def _swap(header: dict[str, list[list[object]]]) -> None:
    rows = header["parts"]["jurisdictions"]  # type: ignore[index]
    rows[0][3:], rows[1][3:] = rows[1][3:], rows[0][3:]


def test_a_map_that_does_not_match_its_checksum_is_not_trusted(tmp_path: Path) -> None:
    # Two entries' spans swapped: the map's own checksum no longer matches, so the payload is checked and read whole.
    lib = loading.load_bundle(_rewritten(tmp_path, _swap))
    assert type(lib._raw) is dict
    first, second = list(lib._raw)[:2]
    assert (lib[first].code, lib[second].code) == (first, second)


def test_a_map_pointing_at_the_wrong_part_is_reported_at_first_use(tmp_path: Path) -> None:
    def swap_and_reseal(header: dict[str, object]) -> None:
        _swap(header)  # type: ignore[arg-type]
        header["index_sha256"] = loading._index_digest(header["parts"])

    lib = loading.load_bundle(_rewritten(tmp_path, swap_and_reseal))
    first = next(iter(lib._raw))
    with pytest.raises(BundleError, match=f"entry for {first} is damaged"):
        lib[first]


def test_a_damaged_part_is_refused_when_read_and_the_others_still_answer(tmp_path: Path) -> None:
    header, payload = _header_and_payload()
    code, _, _, start, end, _ = header["parts"]["jurisdictions"][1]  # type: ignore[index]
    text = payload[start:end]
    damaged = text.replace(b'"rules":[', b'"rules":[ ', 1)[: len(text)]  # same size, other bytes
    assert damaged != text
    path = tmp_path / "bundle.json"
    path.write_bytes(json.dumps(header).encode() + b"\n" + payload[:start] + damaged + payload[end:])
    lib = loading.load_bundle(path)
    with pytest.raises(BundleError, match=f"its part for {code} does not match its checksum") as info:
        lib[code]
    assert str(path) in str(info.value) and "legal-ref compile" in str(info.value)
    other = next(c for c in lib._raw if c != code)
    assert lib[other].code == other
    with pytest.raises(BundleError):
        _ = lib.dataset  # walking everything reaches the damaged part
    with pytest.raises(BundleError, match="checksum does not match"):
        loading.read_bundle(path)  # the whole read checks the whole payload
