"""The compiled bundle that users load is exactly the validated YAML data."""

from __future__ import annotations

from legal_ref.loading import DIGEST_NAME, bundle_path, data_digest, dump_dataset, read_dataset
from tests.conftest import DATA


def test_bundle_is_up_to_date() -> None:
    expected = dump_dataset(read_dataset(DATA))
    actual = bundle_path().read_text(encoding="utf-8")
    assert actual == expected, "the bundle is stale: run `legal-ref compile` and commit legal_ref/_data/bundle.json"


def test_bundle_round_trips(lib) -> None:  # type: ignore[no-untyped-def]
    assert dump_dataset(lib.dataset) == bundle_path().read_text(encoding="utf-8")


def test_bundle_digest_names_the_data_it_was_compiled_from() -> None:
    recorded = bundle_path().with_name(DIGEST_NAME).read_text(encoding="utf-8").strip()
    assert recorded == data_digest(DATA), "run `legal-ref compile`: the data changed since the bundle was written"


def test_lazy_library_builds_only_what_is_used_and_equals_the_validated_one() -> None:
    from legal_ref.loading import load_bundle

    lazy = load_bundle(bundle_path())
    assert lazy["CZ"].rule("foreign-service").uid == "cz:foreign-service"
    assert set(lazy._built) == {"CZ"}  # one lookup builds one jurisdiction
    validated = load_bundle(bundle_path(), validate=True)
    assert lazy.dataset == validated.dataset
    assert len(lazy) == len(validated)
