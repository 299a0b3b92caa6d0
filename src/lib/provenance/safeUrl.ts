/** A URL fit for an href: http(s) only, so `javascript:` and friends from data never become links. */
export function safeUrl(url: string | undefined | null): string | undefined {
  if (!url) return undefined;
  const s = url.trim();
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
