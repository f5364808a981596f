#!/usr/bin/env python3
"""bench/startup/profile-shares.py PERF_SCRIPT_OUTPUT [TOP]: where one start's CPU samples go.

Reads `perf script` output of a `perf record -g -e cpu-clock` of one service start (bench/startup/profile.sh makes one)
and prints, for each named part of the start, the share of samples whose stack holds a frame matching it (inclusive:
parts overlap), then the TOP (default 40) functions by inclusive share. Native AOT folds identical method bodies, so a shared generic body
(AsyncMethodBuilderCore.Start<…>) carries one arbitrary instantiation's name: read the parts, not those names."""
import re
import sys
from collections import Counter

PARTS = [
    ("dependency injection resolving services", r"Microsoft_Extensions_DependencyInjection_.*(CallSiteFactory|ServiceProvider)"),
    ("type loader (generic types built at run time, metadata lookups)", r"TypeBuilder|TypeLoaderEnvironment"),
    ("garbage collection", r"WKS::gc_heap::garbage_collect|GCHeap::GarbageCollect"),
    ("page faults (kernel)", r"asm_exc_page_fault|exc_page_fault"),
    ("delegate method lookup (ldftn reverse map)", r"LdFtn|TryGetMethodForOriginalLdFtnResult|GetMethodInfo|Delegate__get_Method|Delegate__GetMethodImpl"),
    ("WebApplication.CreateBuilder / CreateEmptyBuilder", r"WebApplication__Create(Empty|Slim)?Builder|WebApplicationBuilder___ctor"),
    ("WebApplicationBuilder.Build", r"WebApplicationBuilder__Build"),
    ("configuration (sources, binding)", r"Microsoft_Extensions_Configuration_"),
    ("logging set-up", r"Microsoft_Extensions_Logging_"),
    ("Host.StartAsync", r"Host__StartAsync|Internal_Host__\<StartAsync"),
    ("building the middleware pipeline", r"GenericWebHostService__\<StartAsync|ApplicationBuilder__Build|UseMiddlewareExtensions"),
    ("Kestrel start", r"KestrelServerImpl__\<StartAsync|KestrelServerImpl__StartAsync|AddressBinder"),
    ("routing: endpoint data source and matcher (DFA)", r"DfaMatcherBuilder|DataSourceDependentMatcher|CompositeEndpointDataSource|RouteEndpointDataSource"),
    ("factor library", r"Emissions_Factors_"),
    ("store (open, migrate)", r"Emissions_Storage_"),
    ("OpenAPI / Swagger UI", r"OpenApi|SwaggerUI"),
    ("authentication / authorization", r"Authentication|Authorization"),
    ("rate limiting", r"RateLimit"),
    ("data protection", r"DataProtection"),
    ("the check request itself", r"Emissions_Core_.*Check|CheckService"),
    ("module/class constructors", r"ClassConstructorRunner|__GetCctor|StartupCodeHelpers|InitializeModules"),
    ("dynamic loader / process start (ld.so, libc init)", r"_dl_|ld-linux"),
]


def stacks(path):
    frames = []
    with open(path, encoding="utf-8", errors="replace") as lines:
        for line in lines:
            if not line.strip():
                if frames:
                    yield frames
                frames = []
                continue
            if line[0] in " \t":
                parts = line.split(None, 1)
                if len(parts) == 2:
                    frames.append(parts[1].rsplit(" (", 1)[0].split("+0x")[0])
            else:
                frames = []
    if frames:
        yield frames


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    compiled = [(name, re.compile(pattern)) for name, pattern in PARTS]
    total = 0
    parts = Counter()
    inclusive = Counter()
    for frames in stacks(path):
        total += 1
        for name, pattern in compiled:
            if any(pattern.search(f) for f in frames):
                parts[name] += 1
        for f in set(frames):
            inclusive[f] += 1
    print(f"{total} samples")
    print()
    print("| part of the start (inclusive; parts overlap) | samples | % |")
    print("| --- | ---: | ---: |")
    for name, _ in PARTS:
        print(f"| {name} | {parts[name]} | {100.0 * parts[name] / max(total, 1):.1f} |")
    print()
    print("| function (inclusive) | samples | % |")
    print("| --- | ---: | ---: |")
    for f, n in inclusive.most_common(top):
        print(f"| `{f[:140]}` | {n} | {100.0 * n / max(total, 1):.1f} |")


main()
