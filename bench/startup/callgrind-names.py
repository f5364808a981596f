#!/usr/bin/env python3
"""bench/startup/callgrind-names.py EXECUTABLE.dbg CALLGRIND_OUT [NAMED_OUT]: names the functions of a Native AOT start.

`service-cost.sh TOOL=callgrind` runs a copy of the executable without its .dbg (valgrind gives up on the DWARF of the
150 MB file), so its callgrind output names the program's functions only by address ("0x0000000000e57120"). This
replaces each such address with the symbol of the .dbg that holds it (`nm`: the symbol table, no DWARF), so
`callgrind_annotate --inclusive=yes NAMED_OUT` and `--tree=caller` read as a profile: where a start's instructions go,
how many static bases `StartupCodeHelpers.InitializeStatics` allocates, how many entries the delegate lookup's
reverse map sorts. A Native AOT build folds identical method bodies: a shared body carries one arbitrary name."""
import bisect
import re
import subprocess
import sys


def symbols(dbg):
    listing = subprocess.run(["nm", "-n", "--defined-only", dbg], capture_output=True, text=True, check=True).stdout
    starts, names = [], []
    for line in listing.splitlines():
        parts = line.split(None, 2)
        if len(parts) == 3 and parts[1] in "tTwW":
            starts.append(int(parts[0], 16))
            names.append(parts[2])
    return starts, names


def main():
    dbg, source = sys.argv[1], sys.argv[2]
    target = sys.argv[3] if len(sys.argv) > 3 else source + ".named"
    starts, names = symbols(dbg)
    address = re.compile(r"^((?:c?fn|cfn)=(?:\(\d+\) )?)0x0*([0-9a-f]+)$")
    with open(source, encoding="utf-8", errors="replace") as lines, open(target, "w", encoding="utf-8") as out:
        for line in lines:
            match = address.match(line.rstrip("\n"))
            if match:
                at = int(match.group(2), 16)
                i = bisect.bisect_right(starts, at) - 1
                if i >= 0 and at - starts[i] < 1 << 20:
                    line = match.group(1) + names[i] + "\n"
            out.write(line)
    print(target)


if __name__ == "__main__":
    main()
