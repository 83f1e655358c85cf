import ipaddr from "ipaddr.js";

/** Which addresses a server-side fetch may reach: public unicast only. Loopback, private,
 *  link-local, unique-local, carrier-grade NAT, multicast, broadcast, reserved, unspecified,
 *  and every IPv6 form that embeds or tunnels an IPv4 address (mapped, NAT64, 6to4, Teredo)
 *  are refused, since each can lead back into the server's own network. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.parse(address);
  return parsed.range() === "unicast";
}

/** The host of a URL as the user typed it, before the URL parser rewrote it: "0x7f.1" stays
 *  "0x7f.1" where `new URL` says "127.0.0.1". */
export function rawHost(input: string): string {
  const afterScheme = input.slice(input.indexOf("//") + 2);
  const authority = afterScheme.split(/[/?#\\]/, 1)[0] ?? "";
  const host = authority.slice(authority.lastIndexOf("@") + 1);
  if (host.startsWith("[")) return host.slice(0, host.indexOf("]") + 1).toLowerCase();
  const colon = host.lastIndexOf(":");
  return (colon === -1 ? host : host.slice(0, colon)).toLowerCase().replace(/\.$/, "");
}

/** An IPv4 address written other than as four plain decimal parts (decimal "2130706433",
 *  octal "0177.0.0.1", hex "0x7f.1", short "127.1"): refused whatever it points at, as such
 *  spellings exist to slip past filters. */
export function isOddIpSpelling(typedHost: string, parsedHost: string): boolean {
  return ipaddr.IPv4.isValid(parsedHost) && typedHost !== parsedHost;
}

/** "[::1]" → "::1"; other hosts as they are. */
export const bareHost = (hostname: string) =>
  hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;

export const isIpLiteral = (hostname: string) => ipaddr.isValid(bareHost(hostname));
