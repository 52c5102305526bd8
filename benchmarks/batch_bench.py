"""Benchmark `triage score` end to end: rows/s and peak RSS for 1 job, 2 jobs and Dask.

Generates a deterministic call log of N rows of about 40 words from phrase pools written
here (not from any evaluation data), scores it as a child process tree, and polls the
tree's total RSS (psutil, when installed; else the largest child's peak from getrusage).

    python benchmarks/batch_bench.py                # 1,000,000 rows (about 260 MB)
    python benchmarks/batch_bench.py --rows 20000   # a quick check

Writes benchmarks/results/batch.md and batch.json, stamped with versions and machine.
Exits 1 when a target is missed: >= 20,000 rows/s with one job, more with two, peak RSS
under 300 MB for `triage score`.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TARGET_ROWS_PER_S = 20_000
TARGET_RSS_MB = 300

OPENERS = [
    "hi this is a message for the front desk",
    "good morning I am calling on behalf of my mother",
    "hello yes um I wanted to ask about",
    "hi there this is a voicemail for the office",
    "hey so I was told to call this number about",
    "good afternoon this is the pharmacy calling regarding",
]
REASONS = [
    "moving my cleaning appointment to a later day next week if there is anything open",
    "a refill of my blood pressure tablets because I only have three days left",
    "my dad has crushing chest pain that goes into his left arm and he is sweating",
    "my son fell off his bike and knocked out his front tooth about twenty minutes ago",
    "our new scheduling software that can cut your no show rate by thirty percent",
    "a quick survey about the card processing fees your practice pays every month",
    "the results of my blood test from last thursday and whether they are back yet",
    "my baby is seven weeks old and has had a fever of thirty eight point six all morning",
    "a swollen jaw after my extraction yesterday and the bleeding will not stop",
    "the invoice for the gloves and masks we shipped to your office last friday",
]
DETAILS = [
    "my date of birth is the third of march nineteen sixty one",
    "you can reach me on the mobile number you have on file",
    "I am free most afternoons after two o clock",
    "I already spoke to someone last week but nobody called me back",
    "it is not the first time this has happened this year",
    "please ask the office manager to give us a call when convenient",
]
CLOSERS = ["thank you so much bye", "okay thanks bye now", "talk soon", "cheers bye"]


def make_log(path: Path, rows: int, seed: int = 0) -> int:
    """Write a CSV call log of ``rows`` rows; returns its size in bytes."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("call_id,received_at,kind,text\n")
        for i in range(rows):
            text = " ".join(
                [
                    rng.choice(OPENERS),
                    rng.choice(REASONS),
                    rng.choice(DETAILS),
                    rng.choice(DETAILS),
                    rng.choice(CLOSERS),
                ]
            )
            when = f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:00"
            kind = ("transcript", "voicemail", "note")[i % 3]
            handle.write(f'c{i},{when},{kind},"{text}"\n')
    return path.stat().st_size


def run_tree(command: list[str]) -> dict[str, Any]:
    """Run a command; wall time and peak RSS of its process tree (MB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak, method = _poll_rss(proc)
    _, err = proc.communicate()
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{command[3:5]} failed ({proc.returncode}): {err.decode()[-2000:]}")
    if method == "getrusage":
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"seconds": round(seconds, 2), "peak_rss_mb": round(peak, 1), "rss_method": method}


def _poll_rss(proc: subprocess.Popen[bytes]) -> tuple[float, str]:
    try:
        import psutil
    except ImportError:
        proc.wait()
        return 0.0, "getrusage"
    root, peak = psutil.Process(proc.pid), 0.0
    while proc.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree) / 2**20)
        except psutil.Error:
            pass
        time.sleep(0.1)
    return peak, "psutil (sum over the process tree, polled every 0.1 s)"


DASK_SCRIPT = """
import sys
import dask.dataframe as dd
from distributed import Client, LocalCluster
from triage.batch import score_frame
if __name__ == "__main__":
    src, out = sys.argv[1], sys.argv[2]
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster):
        ddf = dd.read_csv(src, dtype=str, keep_default_na=False, blocksize="16MB")
        scored = ddf.map_partitions(score_frame, meta=score_frame(ddf._meta))
        scored.to_csv(out + "/part-*.csv", index=False)
"""


def bench(rows: int, work: Path, dask: bool) -> dict[str, Any]:
    log = work / "log.csv"
    size = make_log(log, rows)
    base = [sys.executable, "-m", "triage.cli", "score", str(log)]
    runs: dict[str, Any] = {}
    for jobs in (1, 2):
        out = work / f"out{jobs}.csv"
        runs[f"{jobs} job{'s' if jobs > 1 else ''}"] = run_tree(
            [*base, "-o", str(out), "--jobs", str(jobs)]
        )
        out.unlink()
        Path(f"{out}.errors.csv").unlink()
    if dask:
        script = work / "dask_score.py"
        script.write_text(DASK_SCRIPT, encoding="utf-8")
        (work / "dask_out").mkdir()
        runs["Dask, LocalCluster 2 workers"] = run_tree(
            [sys.executable, str(script), str(log), str(work / "dask_out")]
        )
    for result in runs.values():
        result["rows_per_s"] = round(rows / result["seconds"])
    return {"rows": rows, "log_mb": round(size / 2**20, 1), "runs": runs}


def stamp() -> dict[str, Any]:
    versions = {}
    for dist in ("call-triage", "scikit-learn", "numpy", "joblib", "pyarrow", "dask", "psutil"):
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            versions[dist] = None
    return {
        "python": platform.python_version(),
        "versions": versions,
        "machine": f"{platform.system()} {platform.machine()}, {_cpu()}",
        "date": time.strftime("%Y-%m-%d"),
    }


def _cpu() -> str:
    name = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                name = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {name}"


def check(result: dict[str, Any]) -> list[str]:
    """The targets missed (empty when all are met)."""
    one, two = result["runs"]["1 job"], result["runs"]["2 jobs"]
    missed = []
    if one["rows_per_s"] < TARGET_ROWS_PER_S:
        missed.append(f"1 job: {one['rows_per_s']} rows/s < {TARGET_ROWS_PER_S}")
    if two["rows_per_s"] <= one["rows_per_s"]:
        missed.append("2 jobs are not faster than 1")
    for name in ("1 job", "2 jobs"):
        if result["runs"][name]["peak_rss_mb"] >= TARGET_RSS_MB:
            missed.append(f"{name}: peak RSS {result['runs'][name]['peak_rss_mb']} MB")
    return missed


def markdown(result: dict[str, Any]) -> str:
    one = result["runs"]["1 job"]["rows_per_s"]
    lines = [
        "# Batch scoring benchmark (`triage score`)",
        "",
        f"Generated CSV log: {result['rows']:,} rows of about 40 words, "
        f"{result['log_mb']} MB. Command: `python benchmarks/batch_bench.py "
        f"--rows {result['rows']}`. One run of each, on {result['machine']}; "
        f"Python {result['python']}, {_versions(result['versions'])}; {result['date']}.",
        "",
        "| run | seconds | rows/s | vs 1 job | peak RSS (MB) |",
        "|---|---|---|---|---|",
    ]
    for name, run in result["runs"].items():
        lines.append(
            f"| {name} | {run['seconds']} | {run['rows_per_s']:,} | "
            f"{run['rows_per_s'] / one:.2f}x | {run['peak_rss_mb']} |"
        )
    method = next(iter(result["runs"].values()))["rss_method"]
    before, after = result["load_average"]
    lines += ["", f"Peak RSS: {method}. Load average before/after: {before}/{after}.", ""]
    lines.append(
        f"Targets: >= {TARGET_ROWS_PER_S:,} rows/s with 1 job, more with 2, peak RSS < "
        f"{TARGET_RSS_MB} MB. Missed: {'; '.join(result['missed']) or 'none'}."
    )
    return "\n".join(lines) + "\n"


def _versions(versions: dict[str, str | None]) -> str:
    return ", ".join(f"{k} {v}" for k, v in versions.items() if v)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask run")
    parser.add_argument("--results", type=Path, default=HERE / "results")
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="triage-batch-bench-") as tmp:
        result = {**bench(args.rows, Path(tmp), not args.no_dask), **stamp()}
    # Other work on the same cores slows every run; the load average says how much there was.
    result["load_average"] = [round(load_before, 2), round(os.getloadavg()[0], 2)]
    result["missed"] = check(result)
    args.results.mkdir(parents=True, exist_ok=True)
    (args.results / "batch.json").write_text(json.dumps(result, indent=2) + "\n")
    (args.results / "batch.md").write_text(markdown(result), encoding="utf-8")
    print(markdown(result))
    return 1 if result["missed"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
