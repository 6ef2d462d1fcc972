"""Real network faults on loopback, for the resilience tests: a port nobody listens on, a server that accepts and
never answers, and a proxy in front of a real service that can be cut and restored."""

import contextlib
import selectors
import socket
import threading


def closed_port() -> int:
    """A loopback port with nothing listening: connecting is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def service_answers(host: str, port: int) -> bool:
    try:
        socket.create_connection((host, port), timeout=1).close()
    except OSError:
        return False
    return True


class SilentServer:
    """Accepts connections and never sends a byte: a service that hangs."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.accepted: list[socket.socket] = []
        self.thread = threading.Thread(target=self.accept, daemon=True)

    def accept(self) -> None:
        with contextlib.suppress(OSError):
            while True:
                connection, _ = self.listener.accept()
                self.accepted.append(connection)

    def __enter__(self) -> "SilentServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.listener.close()
        for connection in self.accepted:
            connection.close()


class CuttableProxy:
    """A TCP proxy to a real service; `cut()` closes every connection and refuses new ones, `restore()` lets
    them through again: the service going down and coming back, without touching the service."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.open = threading.Event()
        self.open.set()
        self.pairs: list[tuple[socket.socket, socket.socket]] = []
        self.lock = threading.Lock()
        self.thread = threading.Thread(target=self.accept, daemon=True)

    def accept(self) -> None:
        with contextlib.suppress(OSError):
            while True:
                client, _ = self.listener.accept()
                if not self.open.is_set():
                    client.close()  # the service is "down": the connection is reset at once
                    continue
                upstream = socket.create_connection(self.target)
                with self.lock:
                    self.pairs.append((client, upstream))
                threading.Thread(target=self.pipe, args=(client, upstream), daemon=True).start()

    def pipe(self, client: socket.socket, upstream: socket.socket) -> None:
        selector = selectors.DefaultSelector()
        selector.register(client, selectors.EVENT_READ, upstream)
        selector.register(upstream, selectors.EVENT_READ, client)
        with contextlib.suppress(OSError):
            while self.open.is_set():
                for key, _ in selector.select(timeout=0.1):
                    data = key.fileobj.recv(65536)
                    if not data:
                        return
                    key.data.sendall(data)
        selector.close()

    def cut(self) -> None:
        self.open.clear()
        with self.lock:
            for client, upstream in self.pairs:
                for end in (client, upstream):
                    with contextlib.suppress(OSError):
                        end.shutdown(socket.SHUT_RDWR)
                    end.close()
            self.pairs.clear()

    def restore(self) -> None:
        self.open.set()

    def __enter__(self) -> "CuttableProxy":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.cut()
        self.listener.close()
