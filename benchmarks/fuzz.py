"""Run the property tests with many examples (CI runs a few hundred each).

Usage: python benchmarks/fuzz.py [--examples 10000]

Prints one JSON object: examples run per property, failures (must be 0), and seconds.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests import properties as p


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000)
    args = parser.parse_args()
    many = settings(
        max_examples=args.examples, deadline=None, suppress_health_check=list(HealthCheck)
    )
    checks = {
        "decode": given(st.binary(max_size=2000))(p.decoding_raises_only_read_error),
        "readers": given(p.NASTY)(p.readers_raise_only_read_error),
        "dates": given(p.NASTY, p.DATES, st.sampled_from([None, "past", "present", "future"]))(
            p.dates_never_raise
        ),
        "rendering": given(p.ARTICLE_TEXT)(p.escaped_text_makes_no_markdown),
        "dateline": given(p.OPENINGS)(p.dateline_is_a_place_in_the_body),
        "mentions": given(p.tagged_texts())(p.consistent_mentions_stay_in_the_text),
    }
    result: dict[str, object] = {"examples_per_property": args.examples}
    failures = 0
    for name, check in checks.items():
        start = time.perf_counter()
        try:
            many(check)()
            outcome = "ok"
        except Exception as exc:  # a failing property: report it, go on with the others
            failures += 1
            outcome = f"FAILED: {type(exc).__name__}: {str(exc)[:300]}"
        result[name] = {"outcome": outcome, "seconds": round(time.perf_counter() - start, 1)}
    result["failures"] = failures
    print(json.dumps(result, indent=2))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
