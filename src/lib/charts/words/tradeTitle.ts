import { capitalised } from './humanName';

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

/** `Export`, `EXPORTS`, `Re-export`, `Reimports`: the flow as a title says it; else undefined. */
function flowKind(value: string) {
  const m = /^\s*(re-?\s*)?(ex|im)ports?\s*$/i.exec(value);
  if (!m) return undefined;
  const ex = m[2].toLowerCase() === 'ex';
  return { noun: `${m[1] ? 're-' : ''}${ex ? 'ex' : 'im'}ports`, towards: ex ? 'to' : 'from' };
}

/** A partner that stands for every partner: the world, not a country. */
const WORLD = /^(world|wld|all (partners|countries)|total)$/i;

export const partnerWords = (value: string) => (WORLD.test(value.trim()) ? 'the world' : value);

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
    const who = reporter ? `${reporter.value} ${kind.noun}` : capitalised(kind.noun);
    return said(who + (partner ? ` ${kind.towards} ${partnerWords(partner.value)}` : ''));
  }
  if (reporter && partner)
    return said(`${reporter.value} trade with ${partnerWords(partner.value)}`);
  return undefined;
}

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
