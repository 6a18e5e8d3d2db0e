"""An OAuth 2.0 authorization server for Mailwright's tests, run inside smtp_server.py's asyncio
process so that its SMTP listeners accept exactly the access tokens it issued.

Endpoints (http://127.0.0.1:PORT):
  GET  /authorize    authorization code grant (RFC 6749 §4.1) with PKCE S256 (RFC 7636): consents
                     at once and redirects to the loopback redirect_uri with `code` and `state`.
                     Codes look like Google's ("4/…" with '/' and '+'), to catch double encoding.
  POST /token        grant_type authorization_code (checks the code, client, redirect_uri and
                     PKCE verifier), refresh_token (rotates: the old refresh token stops working;
                     a request that carries a redirect_uri is refused, as strict servers do) and
                     the device code grant (RFC 8628).
  POST /devicecode   device authorization (RFC 8628 §3.1). Polls answer authorization_pending,
                     (for "slow" clients then slow_down), then the tokens; polling faster than the
                     interval is slow_down.
  POST /revoke       RFC 7009: forgets the token.
  POST /expire       test control: every access token of `client_id` expires now.

Clients: any client_id starting with "mailwright-test". Words in it choose a behaviour, so tests
running in parallel never disturb each other: "consent" (authorize answers Microsoft's
AADSTS65001 consent_required), "denied" (access_denied), "invalid-grant" (every refresh is
refused with invalid_grant), "garbage" (the token endpoint answers HTML with status 200),
"short" (access tokens live one second: every send must renew the sign-in first), "slow" (the
device flow answers slow_down once; otherwise authorization_pending once, then the tokens).
The id_token is unsigned (alg none): it names the account, nothing here trusts it.
"""

import asyncio
import base64
import hashlib
import json
import secrets
import time
import urllib.parse
from typing import Dict, Optional

CLIENT_PREFIX = "mailwright-test"
ACCESS_LIFETIME = 3600
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class OAuthServer:
    def __init__(self, user: str):
        self.user = user
        self.port = 0
        self.codes: Dict[str, dict] = {}
        self.access: Dict[str, dict] = {}
        self.refresh: Dict[str, dict] = {}
        self.devices: Dict[str, dict] = {}

    # ---- what the SMTP listeners ask ------------------------------------------------------------

    def token_user(self, token: str) -> Optional[str]:
        """The account an unexpired access token was issued to, else None."""
        issued = self.access.get(token)
        if issued and issued["expires_at"] > time.time():
            return issued["user"]
        return None

    # ---- tokens ---------------------------------------------------------------------------------

    def issue(self, client_id: str, scope: str) -> dict:
        access = "mw-at-" + secrets.token_urlsafe(24)
        refresh = "mw-rt-" + secrets.token_urlsafe(24)
        lifetime = 1 if "short" in client_id else ACCESS_LIFETIME
        self.access[access] = {"client": client_id, "user": self.user,
                               "expires_at": time.time() + lifetime}
        self.refresh[refresh] = {"client": client_id, "scope": scope}
        header = b64url(json.dumps({"alg": "none", "typ": "JWT"}).encode())
        claims = b64url(json.dumps({"iss": f"http://127.0.0.1:{self.port}", "aud": client_id,
                                    "email": self.user, "iat": int(time.time())}).encode())
        return {"access_token": access, "token_type": "Bearer", "expires_in": lifetime,
                "refresh_token": refresh, "scope": scope, "id_token": f"{header}.{claims}."}

    # ---- HTTP -----------------------------------------------------------------------------------

    async def start(self, host: str = "127.0.0.1") -> int:
        server = await asyncio.start_server(self._serve, host, 0)
        self.port = server.sockets[0].getsockname()[1]
        return self.port

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request_line = (await reader.readline()).decode("latin-1").strip()
            headers = {}
            while True:
                line = (await reader.readline()).decode("latin-1")
                if line in ("\r\n", "\n", ""):
                    break
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            length = min(int(headers.get("content-length", "0") or 0), 64 * 1024)
            body = (await reader.readexactly(length)).decode() if length else ""
            method, target, _ = (request_line.split(" ") + ["", "", ""])[:3]
            url = urllib.parse.urlsplit(target)
            query = dict(urllib.parse.parse_qsl(url.query, keep_blank_values=True))
            form = dict(urllib.parse.parse_qsl(body, keep_blank_values=True))
            status, reply_headers, payload = self._route(method, url.path, query, form)
        except Exception as e:  # a test server answers every request, whatever it was
            status, reply_headers, payload = 400, {}, json.dumps(
                {"error": "invalid_request", "error_description": str(e)}).encode()
        head = [f"HTTP/1.1 {status} {'OK' if status < 300 else 'Found' if status < 400 else 'Error'}",
                f"Content-Length: {len(payload)}", "Connection: close"]
        head += [f"{k}: {v}" for k, v in reply_headers.items()]
        if "Content-Type" not in reply_headers:
            head.append("Content-Type: application/json")
        writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + payload)
        await writer.drain()
        writer.close()

    @staticmethod
    def _json(status: int, value: dict):
        return status, {"Cache-Control": "no-store"}, json.dumps(value).encode()

    def _error(self, code: str, description: str, status: int = 400):
        return self._json(status, {"error": code, "error_description": description})

    def _route(self, method: str, path: str, query: dict, form: dict):
        if method == "GET" and path == "/authorize":
            return self._authorize(query)
        if method == "POST" and path == "/token":
            return self._token(form)
        if method == "POST" and path == "/devicecode":
            return self._device_code(form)
        if method == "POST" and path == "/revoke":
            self.refresh.pop(form.get("token", ""), None)
            self.access.pop(form.get("token", ""), None)
            return 200, {}, b"{}"
        if method == "POST" and path == "/expire":
            for issued in self.access.values():
                if issued["client"] == form.get("client_id"):
                    issued["expires_at"] = 0
            return 200, {}, b"{}"
        return 404, {"Content-Type": "text/plain"}, b"not found"

    def _authorize(self, q: dict):
        client, redirect, state = q.get("client_id", ""), q.get("redirect_uri", ""), q.get("state", "")
        if not client.startswith(CLIENT_PREFIX):
            return 400, {"Content-Type": "text/plain"}, b"unknown client"
        target = urllib.parse.urlsplit(redirect)
        if target.scheme != "http" or target.hostname != "127.0.0.1" or not target.port:
            return 400, {"Content-Type": "text/plain"}, b"redirect_uri must be a loopback address"
        if q.get("response_type") != "code" or q.get("code_challenge_method") != "S256" \
                or len(q.get("code_challenge", "")) < 43:
            answer = {"error": "invalid_request", "error_description": "PKCE S256 is required", "state": state}
        elif "consent" in client:
            answer = {"error": "consent_required", "state": state, "error_description":
                      "AADSTS65001: The user or administrator has not consented to use the application "
                      f"with ID '{client}'. Send an interactive authorization request for this user and resource."}
        elif "denied" in client:
            answer = {"error": "access_denied", "error_description": "The user denied access.", "state": state}
        else:
            code = "4/0A" + secrets.token_urlsafe(12) + "+/x" + secrets.token_hex(4)
            self.codes[code] = {"client": client, "redirect": redirect, "scope": q.get("scope", ""),
                                "challenge": q["code_challenge"], "expires_at": time.time() + 300}
            answer = {"code": code, "state": state}
        location = redirect + ("&" if "?" in redirect else "?") + urllib.parse.urlencode(answer)
        return 302, {"Location": location, "Content-Type": "text/plain"}, b"redirecting"

    def _token(self, f: dict):
        client = f.get("client_id", "")
        if not client.startswith(CLIENT_PREFIX):
            return self._error("invalid_client", "Unknown client.", 401)
        if "garbage" in client:
            return 200, {"Content-Type": "text/html"}, b"<html><body>Service Unavailable</body></html>"
        grant = f.get("grant_type")
        if grant == "authorization_code":
            code = self.codes.pop(f.get("code", ""), None)
            if not code or code["expires_at"] < time.time() or code["client"] != client:
                return self._error("invalid_grant", "The authorization code is invalid or was already used.")
            if f.get("redirect_uri") != code["redirect"]:
                return self._error("invalid_grant", "redirect_uri does not match the authorization request.")
            verifier = f.get("code_verifier", "")
            if b64url(hashlib.sha256(verifier.encode()).digest()) != code["challenge"]:
                return self._error("invalid_grant", "PKCE verification failed.")
            return self._json(200, self.issue(client, code["scope"]))
        if grant == "refresh_token":
            if "redirect_uri" in f:
                return self._error("invalid_request", "redirect_uri is not a parameter of the refresh grant.")
            issued = self.refresh.pop(f.get("refresh_token", ""), None)
            if "invalid-grant" in client or not issued or issued["client"] != client:
                return self._error("invalid_grant", "Token has been expired or revoked.")
            return self._json(200, self.issue(client, issued["scope"]))
        if grant == DEVICE_GRANT:
            return self._device_poll(client, f.get("device_code", ""))
        return self._error("unsupported_grant_type", f"Unsupported grant type {grant!r}.")

    def _device_code(self, f: dict):
        client = f.get("client_id", "")
        if not client.startswith(CLIENT_PREFIX):
            return self._error("invalid_client", "Unknown client.", 401)
        device = "mw-dc-" + secrets.token_urlsafe(16)
        self.devices[device] = {"client": client, "scope": f.get("scope", ""), "polls": 0,
                                "interval": 1, "last": 0.0, "expires_at": time.time() + 600}
        return self._json(200, {"device_code": device, "user_code": "MWTS-" + secrets.token_hex(2).upper(),
                                "verification_uri": f"http://127.0.0.1:{self.port}/device",
                                "expires_in": 600, "interval": 1})

    def _device_poll(self, client: str, device_code: str):
        device = self.devices.get(device_code)
        if not device or device["client"] != client:
            return self._error("invalid_grant", "Unknown device code.")
        if device["expires_at"] < time.time():
            return self._error("expired_token", "The device code expired.")
        now = time.time()
        too_soon = now - device["last"] < device["interval"] - 0.05
        device["last"] = now
        device["polls"] += 1
        if too_soon or (device["polls"] == 2 and "slow" in client):
            device["interval"] += 5  # RFC 8628 §3.5: the client adds 5 seconds for every later poll
            return self._error("slow_down", "Polling too fast.")
        if device["polls"] == 1:
            return self._error("authorization_pending", "The user has not finished signing in yet.")
        del self.devices[device_code]
        return self._json(200, self.issue(client, device["scope"]))
