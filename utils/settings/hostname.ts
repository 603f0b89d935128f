/** Hostname helpers shared by the per-site rules and the validation of stored rules. */

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const LABEL = /^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?$/;

/**
 * The key a per-site rule is stored under: lower case, no trailing dot, no port, and no leading
 * `www.` — readers think of www.example.com and example.com as one site.
 */
export function normalizeHostname(hostname: string): string {
  let host = hostname.trim().toLowerCase();
  if (host.startsWith('[')) return host; // IPv6 literal, kept whole
  host = host.replace(/:\d+$/, '').replace(/\.+$/, '');
  if (host.startsWith('www.') && host.split('.').length > 2) host = host.slice(4);
  return host;
}

const IPV6_CHARS = /^[0-9a-f:.]+$/;

function isIpv4(hostname: string): boolean {
  return IPV4.test(hostname) && hostname.split('.').every((part) => Number(part) <= 255);
}

/**
 * An IPv6 literal, with or without its brackets: only hex digits, colons and dots, and what the
 * URL parser accepts as one (so `javascript:alert(1)` or `a:b` is not an address).
 */
function isIpv6(hostname: string): boolean {
  const bare =
    hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  if (!bare.includes(':') || !IPV6_CHARS.test(bare)) return false;
  try {
    return new URL(`http://[${bare}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}

/** An IP address is one site: its parts are not parent domains. */
export function isIpAddress(hostname: string): boolean {
  return isIpv4(hostname) || isIpv6(hostname);
}

/** Accepts DNS names (including IDN punycode and `localhost`) and IP addresses, nothing else. */
export function isValidHostname(hostname: string): boolean {
  if (!hostname || hostname.length > 253) return false;
  if (isIpAddress(hostname)) return true;
  // Four numbers that are not an IPv4 address (999.1.1.1) are no name either.
  if (IPV4.test(hostname)) return false;
  return hostname.split('.').every((label) => LABEL.test(label));
}

/**
 * The hostname and its parent domains, most specific first: `a.news.example.com` →
 * [a.news.example.com, news.example.com, example.com]. A bare top-level label is left out, so a
 * rule can never switch off a whole TLD by accident.
 */
export function hostnameChain(hostname: string): string[] {
  const host = normalizeHostname(hostname);
  if (!host) return [];
  if (isIpAddress(host)) return [host];
  const labels = host.split('.');
  if (labels.length === 1) return [host];
  const chain: string[] = [];
  for (let i = 0; i < labels.length - 1; i++) chain.push(labels.slice(i).join('.'));
  return chain;
}
