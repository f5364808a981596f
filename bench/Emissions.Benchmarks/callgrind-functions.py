# callgrind-functions.py LOW.named HIGH.named REQUESTS [ROWS]: instructions per request by function (inclusive, then
# self), as the difference of two callgrind runs that differ only in the number of requests, divided by that number:
# start-up, set-up and JIT cancel out. Input: bench/callgrind-names.py's output (--perf-map) (callgrind-functions.sh makes both).
import re, subprocess, sys


def table(path, inclusive):
    text = subprocess.run(["callgrind_annotate", f"--inclusive={'yes' if inclusive else 'no'}", "--threshold=100", path],
                          capture_output=True, text=True, check=True).stdout
    costs = {}
    for line in text.splitlines():
        m = re.match(r"\s*([\d,]+) \([^)]*\)\s+(?:\?\?\?:)?(.*?)(?: \[[^\]]*\])?$", line)
        if m:
            costs[m.group(2)] = costs.get(m.group(2), 0) + int(m.group(1).replace(",", ""))
    return costs


low, high, requests = sys.argv[1], sys.argv[2], int(sys.argv[3])
rows = int(sys.argv[4]) if len(sys.argv) > 4 else 400
for inclusive in (True, False):
    a, b = table(low, inclusive), table(high, inclusive)
    print("== inclusive" if inclusive else "== self")
    for cost, fn in sorted((((b[k] - a.get(k, 0)) / requests, k) for k in b), reverse=True)[:rows]:
        print(f"{cost:14,.0f}  {fn[:220]}")
