/** A fact the kept rows share, with the role of the column it comes from. */
export interface RoleFact {
  column: string;
  value: string;
  role?: string;
}

/** Who trades what with whom, said as a title says it, and the facts that phrase took up. */
export interface TradeWho {
  /** `USA exports to China`, `Imports from the world`, `Germany trade with France`. */
  phrase: string;
  /** The period every row shares (`2017`), which ends the title. */
  period?: string;
  /** The reporter, partner, flow and period facts the title says. */
  used: Set<RoleFact>;
}

const FLOWS: Record<string, { noun: string; towards: string }> = {
  export: { noun: 'exports', towards: 'to' },
  import: { noun: 'imports', towards: 'from' },
  're-export': { noun: 're-exports', towards: 'to' },
  're-import': { noun: 're-imports', towards: 'from' },
};

/** `Export`, `EXPORTS`, `Re-export`, `Reimports`: the kind of flow; undefined for anything else. */
function flowKind(value: string) {
  const m = /^\s*(re-?\s*)?(export|import)s?\s*$/i.exec(value);
  return m ? FLOWS[`${m[1] ? 're-' : ''}${m[2].toLowerCase()}`] : undefined;
}

/** A partner that stands for every partner: the world, not a country. */
const WORLD = /^(world|wld|all (partners|countries)|total)$/i;

const partnerWords = (value: string) => (WORLD.test(value.trim()) ? 'the world' : value);

/**
 * The trade a chart shows, from the facts its rows share: a flow (`Export`), a reporter
 * (`USA`) and a partner (`China`) give `USA exports to China`; a reporter and partner without
 * a flow give `USA trade with China`. Undefined when the facts say neither a flow nor a pair
 * of places: a title then says what is measured, as for any table.
 */
export function tradeWho(facts: RoleFact[]): TradeWho | undefined {
  const of = (role: string) => facts.find((f) => f.role === role);
  const flow = facts.find((f) => f.role === 'flow' && flowKind(f.value));
  const reporter = of('reporter');
  const partner = of('partner');
  const time = of('time');
  const used = new Set([flow, reporter, partner, time].filter((f): f is RoleFact => !!f));
  const said = (phrase: string) => ({ phrase, period: time?.value, used });
  if (flow) {
    const kind = flowKind(flow.value)!;
    const who = reporter ? `${reporter.value} ${kind.noun}` : capitalFirst(kind.noun);
    return said(who + (partner ? ` ${kind.towards} ${partnerWords(partner.value)}` : ''));
  }
  if (reporter && partner)
    return said(`${reporter.value} trade with ${partnerWords(partner.value)}`);
  return undefined;
}

/**
 * Whose balance a chart shows: `USA trade balance with China` from a reporter and a partner the
 * rows share, `USA trade balance` or `Trade balance with the world` from one of them; undefined
 * from neither.
 */
export function balanceWho(facts: RoleFact[]): TradeWho | undefined {
  const reporter = facts.find((f) => f.role === 'reporter');
  const partner = facts.find((f) => f.role === 'partner');
  if (!reporter && !partner) return undefined;
  const time = facts.find((f) => f.role === 'time');
  const used = new Set([reporter, partner, time].filter((f): f is RoleFact => !!f));
  const who = reporter ? `${reporter.value} trade balance` : 'Trade balance';
  const whom = partner ? ` with ${partnerWords(partner.value)}` : '';
  return { phrase: who + whom, period: time?.value, used };
}

const capitalFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A measure that is the value of the trade itself, which a flow's name already says. */
const TRADE_VALUE = /^(trade\s*value|primary\s*value|value|obs_value|fob|cif)\b/i;

/**
 * A title for trade a chart splits by something: `USA exports to China by commodity, 2017`.
 * A measure other than the trade's value is named first (`Net weight (kg) of USA exports to
 * China`); the period ends the title when every row shares one.
 */
export function tradeTitle(who: TradeWho, measure: string, by?: string | null): string {
  const what = !measure || TRADE_VALUE.test(measure) ? who.phrase : `${measure} of ${who.phrase}`;
  return `${what}${by ? ` by ${by}` : ''}${who.period ? `, ${who.period}` : ''}`;
}

/** The facts a subtitle still has to say once the title has said the trade. */
export function factsLeft<T extends RoleFact>(facts: T[], who: TradeWho | undefined): T[] {
  return who ? facts.filter((f) => !who.used.has(f)) : facts;
}
