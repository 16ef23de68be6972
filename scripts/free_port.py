"""Print the preferred TCP port if nothing listens on it on loopback, else a free one."""

import socket
import sys


def free(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


preferred = int(sys.argv[1])
if free(preferred):
    print(preferred)
else:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        print(probe.getsockname()[1])
