"""The compiled bundle that users load is exactly the validated YAML data, and says when it cannot be trusted."""

from __future__ import annotations

import hashlib
import json

from legal_ref.loading import BUNDLE_FORMAT, bundle_path, data_digest, dump_dataset, read_bundle, read_dataset
from tests.conftest import DATA


def _same(a: str, b: str) -> bool:
    # Compared by digest: a failing equality of two multi-megabyte strings makes pytest diff them for minutes.
    return hashlib.sha256(a.encode()).digest() == hashlib.sha256(b.encode()).digest()


def test_bundle_is_up_to_date() -> None:
    expected = dump_dataset(read_dataset(DATA))
    actual = bundle_path().read_text(encoding="utf-8").partition("\n")[2]
    assert _same(actual, expected), "stale bundle: run `legal-ref compile` and commit legal_ref/_data/bundle.json"


def test_bundle_round_trips(lib) -> None:  # type: ignore[no-untyped-def]
    assert _same(dump_dataset(lib.dataset), bundle_path().read_text(encoding="utf-8").partition("\n")[2])


def test_bundle_header_names_its_format_checksum_and_the_data_it_was_compiled_from() -> None:
    header = json.loads(bundle_path().read_text(encoding="utf-8").partition("\n")[0])
    assert header["format"] == BUNDLE_FORMAT
    read_bundle(bundle_path())  # the checksum matches
    assert header["data_digest"] == data_digest(DATA), "run `legal-ref compile`: the data changed since"


def test_lazy_library_builds_only_what_is_used_and_equals_the_validated_one() -> None:
    from legal_ref.loading import load_bundle

    lazy = load_bundle(bundle_path())
    assert lazy["CZ"].rule("foreign-service").uid == "cz:foreign-service"
    assert set(lazy._built) == {"CZ"}  # one lookup builds one jurisdiction
    validated = load_bundle(bundle_path(), validate=True)
    assert lazy.dataset == validated.dataset
    assert len(lazy) == len(validated)
