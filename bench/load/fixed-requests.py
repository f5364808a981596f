#!/usr/bin/env python3
"""bench/load/fixed-requests.py URL COUNT CONNECTIONS [BODY_FILE]: exactly COUNT requests over CONNECTIONS keep-alive
connections (GET, or POST of BODY_FILE as application/json), each connection sending its next request when its answer
is in. wrk runs for a time, not a number of requests; an instruction count per request (callgrind-service.sh) needs a
known number. Exits non-zero if any answer is not 200. Slow (Python), which does not matter to a count of the
server's instructions.

With HOLD=PATH in the environment the connections are opened and each sends one request first, then PATH.ready is
written and the COUNT requests wait for PATH.go to exist; after the last answer PATH.done is written and the
connections close only once PATH.close exists: a count taken between .ready and .done holds the requests alone, not
the connections' opening and closing."""
import asyncio
import os
import sys
from urllib.parse import urlsplit


async def read_answer(reader):
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    if "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding", "").lower() == "chunked":
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    return status


async def main():
    url, count, connections = urlsplit(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    body = open(sys.argv[4], "rb").read() if len(sys.argv) > 4 else None
    path = url.path + (f"?{url.query}" if url.query else "")
    if body is None:
        request = f"GET {path} HTTP/1.1\r\nHost: {url.netloc}\r\n\r\n".encode()
    else:
        request = (f"POST {path} HTTP/1.1\r\nHost: {url.netloc}\r\nContent-Type: application/json\r\n"
                   f"Content-Length: {len(body)}\r\n\r\n").encode() + body
    hold = os.environ.get("HOLD")
    left = [count]
    failures = []

    async def wait_for(path):
        while not os.path.exists(path):
            await asyncio.sleep(0.05)

    async def open_one():
        reader, writer = await asyncio.open_connection(url.hostname, url.port)
        if hold:
            writer.write(request)
            if (status := await read_answer(reader)) != 200:
                failures.append(status)
        return reader, writer

    async def run(reader, writer):
        while left[0] > 0:
            left[0] -= 1
            writer.write(request)
            if (status := await read_answer(reader)) != 200:
                failures.append(status)

    opened = await asyncio.gather(*(open_one() for _ in range(min(connections, count))))
    if hold:
        open(hold + ".ready", "w").close()
        await wait_for(hold + ".go")
    await asyncio.gather(*(run(reader, writer) for reader, writer in opened))
    if hold:
        open(hold + ".done", "w").close()
        await wait_for(hold + ".close")
    for _, writer in opened:
        writer.close()
    if failures:
        sys.exit(f"{len(failures)} of {count} answers were not 200: {sorted(set(failures))}")


asyncio.run(main())
