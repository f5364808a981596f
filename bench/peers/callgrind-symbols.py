# bench/peers/callgrind-symbols.py CALLGRIND_OUT BINARY.dbg > named.out: callgrind names the functions of a Native AOT
# binary by address only (valgrind cannot read the .dbg file the publish writes beside it, so the binary is run without
# it); this rewrites each `0x…` function name as the symbol that contains it (`nm -n` of the .dbg: the binary is linked
# at a fixed address, so the addresses are the symbols'), for `callgrind_annotate --inclusive=yes named.out`.
import bisect, re, subprocess, sys

out, dbg = sys.argv[1], sys.argv[2]
starts, names = [], []
for line in subprocess.run(["nm", "-n", "-C", dbg], capture_output=True, text=True).stdout.splitlines():
    parts = line.split(" ", 2)
    if len(parts) == 3 and parts[0] and parts[1] in ("t", "T", "w", "W"):
        starts.append(int(parts[0], 16))
        names.append(parts[2])


def name(match):
    address = int(match.group(1), 16)
    at = bisect.bisect_right(starts, address) - 1
    return match.group(0) if at < 0 else names[at].replace(" ", "_")


pattern = re.compile(r"0x([0-9a-fA-F]{6,16})\b")
with open(out, encoding="utf-8", errors="replace") as f:
    for line in f:
        if line.startswith(("fn=", "cfn=")):
            line = pattern.sub(name, line)
        sys.stdout.write(line)
