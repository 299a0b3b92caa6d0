/** The list with `value` added if absent or removed if present, in `order` when given. */
export function toggleValue(
  list: readonly string[],
  value: string,
  order?: readonly string[],
): string[] {
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return order ? order.filter((v) => next.includes(v)) : next;
}
