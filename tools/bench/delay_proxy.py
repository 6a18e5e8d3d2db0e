#!/usr/bin/python3
"""A user-space TCP proxy that adds a fixed one-way latency, for when `tc netem` is missing.

Every chunk read from either side is written to the other side DELAY seconds after it was read
(a latency, not a per-chunk pause: chunks in flight overlap, order is kept), so one
request/response exchange costs 2 x DELAY, as with `netem delay DELAY` on loopback.

TCP's own handshake is terminated by the proxy, so it is emulated: after accepting, the proxy
waits 3 x DELAY (SYN, SYN-ACK, ACK) before connecting upstream; the server's greeting then takes
another DELAY, so a client sees its greeting 2 round trips after connect() as under netem.
What is not emulated: the client's kernel gets its ACKs at once, so Nagle / delayed-ACK stalls
of the client do not show through this proxy (they would under netem).

    delay_proxy.py --listen-port-file FILE --upstream 127.0.0.1:PORT --delay 0.025
"""

import argparse
import asyncio
import os
import signal
import socket


async def pump(loop, reader, writer, delay):
    queue: asyncio.Queue = asyncio.Queue()

    async def read_side():
        while True:
            try:
                data = await reader.read(1 << 20)
            except (ConnectionError, OSError):
                data = b""
            queue.put_nowait((loop.time() + delay, data))
            if not data:
                return

    async def write_side():
        while True:
            due, data = await queue.get()
            wait = due - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            try:
                if not data:
                    if writer.can_write_eof():
                        writer.write_eof()
                    return
                writer.write(data)
                await writer.drain()
            except (ConnectionError, OSError):
                return

    await asyncio.gather(read_side(), write_side())


async def main_async(args):
    loop = asyncio.get_running_loop()
    host, port = args.upstream.rsplit(":", 1)

    async def on_client(c_reader, c_writer):
        if args.delay > 0 and not args.no_connect_delay:
            await asyncio.sleep(3 * args.delay)
        try:
            u_reader, u_writer = await asyncio.open_connection(host, int(port))
        except OSError:
            c_writer.close()
            return
        for w in (c_writer, u_writer):
            w.get_extra_info("socket").setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            await asyncio.gather(pump(loop, c_reader, u_writer, args.delay),
                                 pump(loop, u_reader, c_writer, args.delay))
        finally:
            for w in (c_writer, u_writer):
                w.close()

    server = await asyncio.start_server(on_client, "127.0.0.1", args.port, family=socket.AF_INET)
    tmp = args.listen_port_file + ".tmp"
    with open(tmp, "w") as f:
        f.write(f"{server.sockets[0].getsockname()[1]}\n")
    os.rename(tmp, args.listen_port_file)
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--upstream", required=True, help="HOST:PORT to forward to")
    p.add_argument("--delay", type=float, default=0.025, help="one-way latency in seconds")
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--listen-port-file", required=True)
    p.add_argument("--no-connect-delay", action="store_true",
                   help="do not emulate the TCP handshake's 1.5 round trips")
    asyncio.run(main_async(p.parse_args()))


if __name__ == "__main__":
    main()
