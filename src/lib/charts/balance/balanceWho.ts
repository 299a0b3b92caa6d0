import { partnerWords, type RoleFact, type TradeWho } from '../words/tradeTitle';

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
