"""Start-up and query costs of legal_ref beside the country libraries developers already use.

Each start-up figure is the median wall time of a fresh interpreter running one
snippet; the cost column subtracts a bare ``python -c pass``. Run with
``python benchmarks/run.py``; it prints a Markdown table for the README.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from pathlib import Path

RUNS = 9


def synthetic_bundle(target: Path, jurisdictions: int = 250, rules: int = 20) -> Path:
    """A bundle of ``jurisdictions`` copies of the Czech file, each with ``rules`` rules, under distinct codes."""
    import pycountry

    import legal_ref
    from legal_ref.loading import bundle_text
    from legal_ref.models import Dataset, Jurisdiction

    lib = legal_ref.load()
    template = lib["CZ"].model_dump(mode="json", exclude_defaults=True)
    codes = [c.alpha_2 for c in pycountry.countries]
    codes = (codes * (jurisdictions // len(codes) + 1))[:jurisdictions]
    items = []
    for n, code in enumerate(codes):
        data = json.loads(json.dumps(template))
        data["code"] = code
        base_rule = data["rules"][0]
        data["rules"] = [{**base_rule, "id": f"rule-{k}"} for k in range(rules)]
        data["events"] = [e | {"rules": []} for e in data.get("events", [])]
        data["name"] = f"Synthetic {n}"
        items.append(Jurisdiction.model_validate(data))
    dataset = Dataset(organisations=lib.organisations, jurisdictions=tuple(items))
    target.write_text(bundle_text(dataset), encoding="utf-8")
    return target


def startup(snippet: str) -> float:
    """Median milliseconds for a fresh interpreter to run ``snippet``."""
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", snippet], check=True)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        bundle = synthetic_bundle(Path(tmp) / "synthetic.json")
        rows: list[tuple[str, float]] = []
        bare = startup("pass")
        rows.append(("bare `python -c pass`", bare))
        rows.append(
            (
                "legal_ref: import + load() + lib['CZ'] (shipped data)",
                startup("import legal_ref; legal_ref.load()['CZ']"),
            )
        )
        rows.append(
            (
                "legal_ref: import + load 250 jurisdictions x 20 rules + one lookup",
                startup(f"from legal_ref.loading import load_bundle; load_bundle({str(bundle)!r})['CZ']"),
            )
        )
        rows.append(
            (
                "holidays: import + country_holidays('CZ', years=2024)",
                startup("import holidays; holidays.country_holidays('CZ', years=2024)"),
            )
        )
        rows.append(("pydantic alone: from pydantic import BaseModel", startup("from pydantic import BaseModel")))
        rows.append(
            (
                "pycountry: import + countries.get(alpha_2='CZ')",
                startup("import pycountry; pycountry.countries.get(alpha_2='CZ')"),
            )
        )

        from legal_ref.loading import load_bundle

        big = load_bundle(bundle)
        big.rules(topic="foreign_service")  # build the library once: the figure is the query, not the load
        number = 200
        per_query = (
            timeit.timeit(
                lambda: big.rules(topic="foreign_service", as_of=__import__("datetime").date(2024, 1, 1)), number=number
            )
            / number
            * 1000
        )

    holidays_cost = rows[3][1] - bare
    print("| measurement | median ms | cost over bare start-up (ms) | ratio to holidays' cost |")
    print("|---|---:|---:|---:|")
    for label, ms in rows:
        cost = ms - bare
        ratio = f"{cost / holidays_cost:.2f}" if label != rows[0][0] else ""
        print(f"| {label} | {ms:.1f} | {cost:.1f} | {ratio} |")
    print(f"| `rules(topic=..., as_of=...)` over 250 jurisdictions x 20 rules (in process) | {per_query:.3f} | | |")


if __name__ == "__main__":
    main()
