"""Start-up and query costs of legal_ref beside the country libraries developers already use.

Each start-up figure is the median wall time of a fresh process; every case runs once per
round, the rounds interleaved, so that a noisy machine slows all of them alike. The cost
column subtracts a bare ``python -c pass``; peak RSS is the process's maximum resident
memory. Run with ``python benchmarks/run.py``; it prints a Markdown table, and with
``--readme`` writes it into README.md between the benchmark markers.
"""

from __future__ import annotations

import json
import os
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


ROOT = Path(__file__).resolve().parent.parent
GOALS = {"own": 30.0, "lookup": 0.75, "check": 1.0}
"""The targets: legal_ref's own start-up cost beyond importing pydantic (ms), and its cost against python-holidays'."""


def _command() -> list[str]:
    """The ``legal-ref`` console script beside this interpreter, or ``python -m legal_ref`` without one."""
    script = Path(sys.executable).with_name("legal-ref")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "legal_ref"]


def _run(argv: list[str], env: dict[str, str]) -> tuple[float, float | None]:
    """Wall milliseconds and peak resident memory (MB, where the system reports it) of one fresh process."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
    if hasattr(os, "wait4"):
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        rss: float | None = usage.ru_maxrss / 1024  # kB on Linux
    else:
        process.wait()
        rss = None
    elapsed = (time.perf_counter() - start) * 1000
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed with exit code {process.returncode}")
    return elapsed, rss


def measure(cases: dict[str, list[str]], runs: int = RUNS) -> dict[str, tuple[list[float], list[float | None]]]:
    """Each case run ``runs`` times, interleaved (one run of every case per round, the order rotating), after a
    warm-up round; Python may cache bytecode, as it has for an installed package."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    names = list(cases)
    for name in names:
        _run(cases[name], env)
    results: dict[str, tuple[list[float], list[float | None]]] = {name: ([], []) for name in names}
    for round_ in range(runs):
        for name in names[round_ % len(names) :] + names[: round_ % len(names)]:
            ms, rss = _run(cases[name], env)
            results[name][0].append(ms)
            results[name][1].append(rss)
    return results


def _quartiles(values: list[float]) -> tuple[float, float]:
    q = statistics.quantiles(values, n=4)
    return q[0], q[2]


def main() -> None:
    write_readme = "--readme" in sys.argv[1:]
    py = sys.executable
    current = (
        "import warnings, legal_ref; from legal_ref.loading import StaleBundleWarning; "
        "warnings.simplefilter('error', StaleBundleWarning); legal_ref.load()"
    )
    if subprocess.run([py, "-c", current], cwd=ROOT, capture_output=True).returncode != 0:
        raise SystemExit("data/ changed since the bundle was compiled: run `legal-ref compile` first")
    with tempfile.TemporaryDirectory() as tmp:
        bundle = Path(tmp) / "synthetic.json"
        # Built in another process: this one stays small, since a child's peak RSS counts its parent's at the fork.
        make = f"from benchmarks.run import synthetic_bundle as make, Path; make(Path({str(bundle)!r}))"
        subprocess.run([py, "-c", make], cwd=ROOT, check=True)
        cases = {
            "bare `python -c pass`": [py, "-c", "pass"],
            "legal_ref: import + load() + lib['CZ'] (shipped data)": [
                py, "-c", "import legal_ref; legal_ref.load()['CZ']"
            ],
            "legal_ref: import + load 250 jurisdictions x 20 rules + one lookup": [
                py, "-c", f"from legal_ref.loading import load_bundle; load_bundle({str(bundle)!r})['CZ']"
            ],
            "`legal-ref check --citizen CZ --serve-in UA` (whole process)": [
                *_command(), "check", "--citizen", "CZ", "--serve-in", "UA"
            ],
            "`legal-ref --help` (whole process)": [*_command(), "--help"],
            "holidays: import + country_holidays('CZ', years=2024)": [
                py, "-c", "import holidays; holidays.country_holidays('CZ', years=2024)"
            ],
            "pydantic alone: from pydantic import BaseModel": [py, "-c", "from pydantic import BaseModel"],
            "pydantic: BaseModel and Field (what defining any model needs)": [
                py, "-c", "from pydantic import BaseModel, Field"
            ],
            "legal_ref.models alone (defining its pydantic model classes)": [py, "-c", "import legal_ref.models"],
            "pycountry: import + countries.get(alpha_2='CZ')": [
                py, "-c", "import pycountry; pycountry.countries.get(alpha_2='CZ')"
            ],
        }  # fmt: skip
        results = measure(cases)

        from legal_ref.loading import load_bundle

        big = load_bundle(bundle)
        big.rules(topic="foreign_service")  # build the library once: the figure is the query, not the load
        number = 200
        day = __import__("datetime").date(2024, 1, 1)
        per_query = timeit.timeit(lambda: big.rules(topic="foreign_service", as_of=day), number=number) / number * 1000

    names = list(cases)
    median = {name: statistics.median(results[name][0]) for name in names}
    bare = median[names[0]]
    cost = {name: median[name] - bare for name in names}
    lookup_case, check_case = names[1], names[3]
    holidays_cost = cost["holidays: import + country_holidays('CZ', years=2024)"]
    pydantic_cost = cost["pydantic alone: from pydantic import BaseModel"]
    fields_cost = cost["pydantic: BaseModel and Field (what defining any model needs)"]
    models_cost = cost["legal_ref.models alone (defining its pydantic model classes)"]
    lines = [
        "| measurement | median ms | middle half (ms) | cost over bare start-up (ms) | ratio to holidays' cost "
        "| peak RSS (MB) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name in names:
        low, high = _quartiles(results[name][0])
        sizes = [r for r in results[name][1] if r is not None]
        rss = f"{statistics.median(sizes):.1f}" if sizes else ""
        ratio = f"{cost[name] / holidays_cost:.2f}" if name != names[0] else ""
        lines.append(f"| {name} | {median[name]:.1f} | {low:.0f}–{high:.0f} | {cost[name]:.1f} | {ratio} | {rss} |")
    lines.append(f"| `rules(topic=..., as_of=...)` over 250 jurisdictions x 20 rules (in process) | {per_query:.3f} "
                 "| | | | |")  # fmt: skip
    own = cost[lookup_case] - pydantic_cost
    lookup = cost[lookup_case] / holidays_cost
    check = cost[check_case] / holidays_cost
    rest = own - (models_cost - pydantic_cost)

    def verdict(ok: bool) -> str:
        return "met" if ok else "**not met**"

    lines += [
        "",
        f"Goals, in this run ({RUNS} interleaved rounds): legal_ref's own start-up cost beyond importing pydantic "
        f"{own:.0f} ms (goal at most {GOALS['own']:.0f} ms: {verdict(own <= GOALS['own'])}); "
        f"import + load + lookup {lookup:.2f} × python-holidays' cost (goal at most {GOALS['lookup']}: "
        f"{verdict(lookup <= GOALS['lookup'])}); `legal-ref check` {check:.2f} × (goal at most {GOALS['check']:.0f}: "
        f"{verdict(check <= GOALS['check'])}).",
        "",
        f"Where the own cost goes: {fields_cost - pydantic_cost:.0f} ms is pydantic's field machinery, which "
        f"defining any model class imports; {models_cost - fields_cost:.0f} ms is defining legal_ref's model "
        f"classes (pydantic's metaclass, with validators deferred); the remaining {rest:.0f} ms "
        "is the rest of the package, reading the bundle and building one jurisdiction.",
    ]
    text = "\n".join(lines)
    print(text)
    if write_readme:
        _write_readme(text)


def _write_readme(text: str) -> None:
    """Put ``text`` between the README's benchmark markers, keeping the site-build table (``benchmarks.site``)."""
    readme = ROOT / "README.md"
    content = readme.read_text(encoding="utf-8")
    head, start, rest = content.partition("<!-- benchmarks:start -->\n")
    block, end, tail = rest.partition("<!-- benchmarks:end -->")
    if not (start and end):
        raise SystemExit("README.md has no benchmark markers")
    site = [chunk for chunk in block.strip("\n").split("\n\n") if chunk.startswith("| site build")]
    block = "\n\n".join([text, *site]) + "\n"
    readme.write_text(head + start + block + end + tail, encoding="utf-8")


if __name__ == "__main__":
    main()
