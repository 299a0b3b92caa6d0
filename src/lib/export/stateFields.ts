import { CONTROL, isHexColor, MARKUP } from '../charts/edits/chartEdits';
import { STATE_LIMITS } from './urlState';

/* The readers of single hash fields for decodeState: each returns the value or throws a StateError. */

/** Thrown by the readers, caught by decodeState: a sentence a reader can act on, never echoing the link. */
export class StateError extends Error {}
export const fail = (message: string): never => {
  throw new StateError(message);
};

export const BROKEN =
  'This chart link is broken or incomplete; open the chart again and copy a new link.';
const NUMBER = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
export const DATASET_ID = /^[a-z0-9-]{1,64}$/;

/** A text value: decoded, non-empty, bounded, with no control characters or markup. */
export function text(raw: string, key: string): string {
  let s: string;
  try {
    s = decodeURIComponent(raw);
  } catch {
    return fail(`The link’s “${key}” is not properly encoded.`);
  }
  if (!s) fail(`The link’s “${key}” is empty.`);
  if (s.length > STATE_LIMITS.text && key !== 'src') fail(`The link’s “${key}” is too long.`);
  if (CONTROL.test(s)) fail(`The link’s “${key}” contains control characters.`);
  if (MARKUP.test(s)) fail(`The link’s “${key}” contains markup, which a chart never needs.`);
  return s;
}

/** A `,`-joined list of text values. */
export function list(raw: string, key: string): string[] {
  const values = raw.split(',');
  if (values.length > STATE_LIMITS.list) fail(`The link’s “${key}” lists too many values.`);
  return values.map((v) => text(v, key));
}

/** One of a fixed set of words. */
export function oneOf<T extends string>(raw: string, key: string, allowed: readonly T[]): T {
  const s = text(raw, key) as T;
  if (!allowed.includes(s)) fail(`The link’s “${key}” must be one of: ${allowed.join(', ')}.`);
  return s;
}

/** An absolute http(s) URL with no password in it. */
export function src(raw: string): string {
  const s = text(raw, 'src');
  if (s.length > STATE_LIMITS.src || /\s/.test(s)) fail('The link’s data address is not usable.');
  let url: URL | undefined;
  try {
    url = new URL(s);
  } catch {
    fail('The link’s data address is not a full web address.');
  }
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:')
    fail('The link’s data address must start with http:// or https://.');
  if (url?.username || url?.password) fail('The link’s data address must not carry a password.');
  return s;
}

/** A BCP 47 locale this browser (or Node) knows, in its canonical spelling: `de-de` → `de-DE`. */
export function locale(raw: string): string {
  const s = text(raw, 'locale');
  let canonical: string | undefined;
  try {
    [canonical] = Intl.getCanonicalLocales(s);
  } catch {
    fail('The link’s “locale” is not a language tag such as de-DE or fr.');
  }
  if (!canonical || !Intl.NumberFormat.supportedLocalesOf(canonical).length)
    fail(`The link’s “locale” names a language this browser cannot format numbers in.`);
  return canonical as string;
}

/** Two finite numbers, low then high. */
export function range(raw: string): [number, number] {
  const parts = raw.split(',');
  if (parts.length !== 2 || !parts.every((p) => NUMBER.test(p)))
    fail('The link’s “range” must be two numbers, low,high.');
  const [low, high] = parts.map(Number);
  if (!Number.isFinite(low) || !Number.isFinite(high) || low > high)
    fail('The link’s “range” must be two finite numbers, low then high.');
  return [low, high];
}

/** A number of decimals, 0 to 6. */
export function decimals(raw: string): number {
  if (!/^[0-6]$/.test(raw)) fail('The link’s “decimals” must be a whole number from 0 to 6.');
  return Number(raw);
}

/** Series colours: `label:#rrggbb` pairs joined with `,`, each label and colour encoded. */
export function colors(raw: string): Record<string, string> {
  // Built from entries: a series named `__proto__` is a key like any other, never a prototype.
  const out: [string, string][] = [];
  const pairs = raw.split(',');
  if (pairs.length > STATE_LIMITS.list) fail('The link’s “colors” lists too many series.');
  for (const pair of pairs) {
    const at = pair.lastIndexOf(':');
    if (at <= 0) fail('The link’s “colors” must be series:#rrggbb pairs.');
    const color = text(pair.slice(at + 1), 'colors');
    if (!isHexColor(color)) fail('The link’s “colors” must be #rrggbb colours.');
    out.push([text(pair.slice(0, at), 'colors'), color.toLowerCase()]);
  }
  return Object.fromEntries(out);
}

/** The value axis: `zero`, or two finite numbers low,high. */
export function yrange(raw: string): 'zero' | [number, number] {
  if (raw === 'zero') return 'zero';
  const parts = raw.split(',');
  if (parts.length !== 2 || !parts.every((p) => NUMBER.test(p)))
    fail('The link’s “yrange” must be zero, or two numbers low,high.');
  const [low, high] = parts.map(Number);
  if (!Number.isFinite(low) || !Number.isFinite(high) || !(low < high))
    fail('The link’s “yrange” must be two finite numbers, low below high.');
  return [low, high];
}
