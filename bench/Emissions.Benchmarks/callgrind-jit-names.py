# callgrind-jit-names.py CALLGRIND_OUT PERF_MAP > named.out: callgrind names JIT-compiled .NET methods by address only;
# this rewrites each `0x…` function name as the method whose code holds it, from the runtime's perf map
# (/tmp/perf-PID.map, written with DOTNET_PerfMapEnabled=1), for callgrind_annotate. Code the runtime did not JIT
# (ReadyToRun framework code) stays under the stub names the map gives its region.
import bisect, re, sys

out, perf_map = sys.argv[1], sys.argv[2]
rows = []
with open(perf_map, encoding="utf-8", errors="replace") as f:
    for line in f:
        parts = line.rstrip("\n").split(" ", 2)
        if len(parts) == 3:
            try:
                rows.append((int(parts[0], 16), int(parts[1], 16), parts[2]))
            except ValueError:
                pass
rows.sort()
starts = [r[0] for r in rows]


def name(match):
    address = int(match.group(1), 16)
    at = bisect.bisect_right(starts, address) - 1
    if at >= 0 and address < rows[at][0] + rows[at][1]:
        return rows[at][2].replace(" ", "_")
    return match.group(0)


pattern = re.compile(r"0x([0-9a-fA-F]{6,16})\b")
with open(out, encoding="utf-8", errors="replace") as f:
    for line in f:
        if line.startswith(("fn=", "cfn=")):
            line = pattern.sub(name, line)
        sys.stdout.write(line)
