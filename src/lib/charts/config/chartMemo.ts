/**
 * Work a chart reuses from one draw to the next of the same table (its prepared data and filter
 * choices, a map's sums per period and its projected outlines), owned by whatever keeps the
 * chart on screen and passed in with the config: a zoom or a period-slider step then only
 * redraws. Keyed by everything the work depends on; the oldest entry goes first once `size`
 * are kept.
 */
export class ChartMemo {
  readonly #entries = new Map<string, unknown>();
  constructor(readonly size = 8) {}

  get<T>(key: string, make: () => T): T {
    if (this.#entries.has(key)) return this.#entries.get(key) as T;
    const value = make();
    this.keep(key, value);
    return value;
  }

  /** Keeps work done elsewhere (the import worker's chart data) for the next `get` of `key`. */
  keep(key: string, value: unknown): void {
    this.#entries.delete(key);
    if (this.#entries.size >= this.size) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(key, value);
  }
}

/** The memo's value for `key`, or the work done afresh when there is no memo (Node, the CLI). */
export const remember = <T>(memo: ChartMemo | undefined, key: string, make: () => T): T =>
  memo ? memo.get(key, make) : make();
