#!/usr/bin/env python3
"""bench/callgrind-names.py (--dbg EXECUTABLE.dbg | --perf-map /tmp/perf-PID.map) CALLGRIND_OUT > NAMED_OUT

callgrind names by address only ("0x0000000000e57120") the functions it finds no symbol for: a Native AOT executable
run without its .dbg (valgrind gives up on the DWARF of a large one), and methods the .NET runtime compiled at run
time. This rewrites every such address on the `fn=`/`cfn=` lines as the function that holds it, so that
`callgrind_annotate --inclusive=yes NAMED_OUT` reads as a profile:
- `--dbg`: the symbol table of the build's .dbg (`nm -n -C --defined-only`; the executable is linked at a fixed
  address, so the addresses are the symbols'). A symbol names at most the 1 MiB after it: an address further on lies
  in another library. A Native AOT build folds identical method bodies: a shared body carries one arbitrary name.
- `--perf-map`: the runtime's perf map (written with DOTNET_PerfMapEnabled=1): start, size and name of each method's
  code. Code the runtime did not compile (ReadyToRun framework code) stays under the stub names the map gives its region.
Used by bench/peers/callgrind.sh, bench/Emissions.Benchmarks/callgrind-functions.sh and, by hand, bench/startup/service-cost.sh's
TOOL=callgrind output."""
import bisect
import re
import subprocess
import sys

NEAR = 1 << 20


def from_dbg(dbg):
    """(start, end, name) of every code symbol, end the next symbol's start but at most NEAR on."""
    listing = subprocess.run(["nm", "-n", "-C", "--defined-only", dbg], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in listing.splitlines():
        parts = line.split(" ", 2)
        if len(parts) == 3 and parts[0] and parts[1] in ("t", "T", "w", "W"):
            rows.append((int(parts[0], 16), parts[2]))
    return [(start, min(start + NEAR, rows[i + 1][0] if i + 1 < len(rows) and rows[i + 1][0] > start else start + NEAR), name)
            for i, (start, name) in enumerate(rows)]


def from_perf_map(path):
    rows = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            parts = line.rstrip("\n").split(" ", 2)
            if len(parts) == 3:
                try:
                    start = int(parts[0], 16)
                    rows.append((start, start + int(parts[1], 16), parts[2]))
                except ValueError:
                    pass
    return sorted(rows)


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("--dbg", "--perf-map"):
        sys.exit("usage: callgrind-names.py (--dbg EXECUTABLE.dbg | --perf-map PERF_MAP) CALLGRIND_OUT > NAMED_OUT")
    rows = from_dbg(sys.argv[2]) if sys.argv[1] == "--dbg" else from_perf_map(sys.argv[2])
    starts = [r[0] for r in rows]

    def name(match):
        address = int(match.group(1), 16)
        at = bisect.bisect_right(starts, address) - 1
        return rows[at][2].replace(" ", "_") if at >= 0 and address < rows[at][1] else match.group(0)

    pattern = re.compile(r"0x([0-9a-fA-F]{6,16})\b")
    with open(sys.argv[3], encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith(("fn=", "cfn=")):
                line = pattern.sub(name, line)
            sys.stdout.write(line)


if __name__ == "__main__":
    main()
