import "server-only";
import { headers } from "next/headers";

// A Host header is "name[:port]" or a bracketed IPv6 literal; anything else is never echoed into a URL.
const HOST = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/;

/**
 * The origin the browser used to reach this server, for links that leave the kiosk on paper or a
 * phone (QR codes). Behind a proxy, `x-forwarded-proto` tells http from https (the proxy must pass
 * Host through). Null when the Host header is missing or malformed: better no QR code than a wrong one.
 */
export async function requestOrigin(): Promise<string | null> {
  const h = await headers();
  const host = h.get("host")?.trim() ?? "";
  const forwarded = h.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const proto = forwarded === "https" ? "https" : "http";
  return HOST.test(host) ? `${proto}://${host}` : null;
}
