/**
 * Undo and redo over a value's committed versions: each commit is a step back; a commit after
 * an undo drops the steps that were undone. Bounded, so a long session does not grow it forever.
 */
export class EditHistory<T> {
  #past: T[] = [];
  #future: T[] = [];
  #present: T;
  readonly #limit: number;

  constructor(initial: T, limit = 100) {
    this.#present = initial;
    this.#limit = limit;
  }

  get present(): T {
    return this.#present;
  }
  get canUndo(): boolean {
    return this.#past.length > 0;
  }
  get canRedo(): boolean {
    return this.#future.length > 0;
  }

  /** Records a new version; nothing happens when it equals the present one. */
  commit(next: T, same: (a: T, b: T) => boolean = Object.is): void {
    if (same(next, this.#present)) return;
    this.#past.push(this.#present);
    if (this.#past.length > this.#limit) this.#past.shift();
    this.#present = next;
    this.#future = [];
  }

  /** The version before the present one, now present; the present one when there is none. */
  undo(): T {
    const previous = this.#past.pop();
    if (previous === undefined) return this.#present;
    this.#future.push(this.#present);
    this.#present = previous;
    return previous;
  }

  /** The version undone last, present again. */
  redo(): T {
    const next = this.#future.pop();
    if (next === undefined) return this.#present;
    this.#past.push(this.#present);
    this.#present = next;
    return next;
  }
}
