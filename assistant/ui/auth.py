"""Logins to the web chat: ``USER:PASS`` for Gradio, and throttling of failed logins per client.

The throttle is ASGI middleware on the FastAPI app Gradio builds (``app.py``
passes it through ``launch(app_kwargs=...)``): Gradio's ``auth`` callable
never sees who is calling, the middleware does.
"""

from __future__ import annotations

import collections
import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from .. import AssistantError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LoginLimit:
    """At most ``max_failures`` failed logins per client within ``window`` seconds; further attempts from that
    client are refused with HTTP 429 until the oldest of those failures is ``window`` seconds old."""

    max_failures: int = 5
    window: float = 60.0


class LoginThrottle:
    """ASGI middleware that counts failed ``POST /login`` attempts per client address and refuses (HTTP 429,
    ``Retry-After``) a client over its :class:`LoginLimit`; every failure and refusal is logged."""

    #: Clients remembered before the ones with only expired failures are forgotten.
    MAX_CLIENTS = 10_000

    def __init__(self, app, limit: LoginLimit = LoginLimit(), clock: Callable[[], float] = time.monotonic) -> None:
        self.app = app
        self.limit = limit
        self.clock = clock
        self._failures: dict[str, collections.deque[float]] = {}

    @staticmethod
    def _is_login(scope) -> bool:
        return (
            scope.get("type") == "http"
            and scope.get("method") == "POST"
            and str(scope.get("path", "")).rstrip("/").endswith("/login")
        )

    def _recent(self, client: str, now: float) -> collections.deque[float]:
        failures = self._failures.setdefault(client, collections.deque())
        while failures and failures[0] <= now - self.limit.window:
            failures.popleft()
        return failures

    def _forget_idle(self, now: float) -> None:
        if len(self._failures) > self.MAX_CLIENTS:
            for client in [c for c, f in self._failures.items() if not f or f[-1] <= now - self.limit.window]:
                del self._failures[client]

    async def __call__(self, scope, receive, send) -> None:
        if not self._is_login(scope):
            await self.app(scope, receive, send)
            return
        client = (scope.get("client") or ("unknown", 0))[0]
        now = self.clock()
        failures = self._recent(client, now)
        if len(failures) >= self.limit.max_failures:
            retry = max(1, math.ceil(failures[0] + self.limit.window - now))
            log.warning(
                "web chat: login refused for %s (%d failed logins in %gs; retry in %ds)",
                client,
                len(failures),
                self.limit.window,
                retry,
            )
            await _too_many(send, retry)
            return
        status: list[int] = []

        async def watch(message) -> None:
            if message["type"] == "http.response.start":
                status.append(int(message["status"]))
            await send(message)

        await self.app(scope, receive, watch)
        if status and status[0] in (400, 401, 403):
            failures.append(self.clock())
            log.warning(
                "web chat: failed login from %s (%d of %d allowed in %gs)",
                client,
                len(failures),
                self.limit.max_failures,
                self.limit.window,
            )
            self._forget_idle(now)
        elif status and status[0] < 400:
            self._failures.pop(client, None)


async def _too_many(send, retry: int) -> None:
    body = b'{"detail":"Too many failed logins. Wait a minute and try again."}'
    await send(
        {
            "type": "http.response.start",
            "status": 429,
            "headers": [
                (b"content-type", b"application/json"),
                (b"retry-after", str(retry).encode()),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def auth_pair(auth: str | None) -> tuple[str, str] | None:
    """``USER:PASS`` as Gradio's (user, password), None without auth."""
    if not auth:
        return None
    user, _, password = auth.partition(":")
    if not user or not password:
        raise AssistantError("auth must look like USER:PASS (ASSISTANT_AUTH or --auth).")
    return (user, password)
