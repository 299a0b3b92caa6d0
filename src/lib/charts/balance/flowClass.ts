/** What a flow value names: the two sides of a balance, or the re-flows that are never summed in. */
export type FlowClass = 'exports' | 'imports' | 're-exports' | 're-imports';

const RULES: [FlowClass, RegExp][] = [
  ['re-exports', /^(re-?\s?exports?\b|rx$)/i],
  ['re-imports', /^(re-?\s?imports?\b|rm$)/i],
  ['exports', /^(exports?\b|x$|exp$)/i],
  ['imports', /^(imports?\b|m$|imp$)/i],
];

/**
 * The class of a flow as files write it: `Export`, `Exports, FOB to Partner Countries`, `X`
 * (Comtrade+ flowCode); `Import`, `M`; `Re-Export`, `RX`; `Re-Import`, `RM`. Undefined for
 * anything else (`Domestic export`, a code such as `1`), which a balance leaves out and names.
 */
export function flowClass(value: string): FlowClass | undefined {
  const v = value.trim();
  return RULES.find(([, re]) => re.test(v))?.[0];
}
