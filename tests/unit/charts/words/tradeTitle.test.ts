import { describe, expect, it } from 'vitest';
import { balanceWho } from '../../../../src/lib/charts/balance/balanceWho';
import {
  factsLeft,
  tradeTitle,
  tradeWho,
  type RoleFact,
} from '../../../../src/lib/charts/words/tradeTitle';

const fact = (role: string, value: string, column = role): RoleFact => ({ column, value, role });

describe('tradeWho(facts)', () => {
  it('says a reporter’s flow to or from a partner, as a headline does', () => {
    const facts = [fact('reporter', 'USA'), fact('flow', 'Export'), fact('partner', 'China')];
    expect(tradeWho(facts)?.phrase).toBe('USA exports to China');
    const imports = [
      fact('reporter', 'Germany'),
      fact('flow', 'IMPORTS'),
      fact('partner', 'France'),
    ];
    expect(tradeWho(imports)?.phrase).toBe('Germany imports from France');
    expect(tradeWho([fact('reporter', 'USA'), fact('flow', 'Re-export')])?.phrase).toBe(
      'USA re-exports',
    );
    expect(tradeWho([fact('flow', 'Reimport'), fact('partner', 'Japan')])?.phrase).toBe(
      'Re-imports from Japan',
    );
  });

  it('names the world, not a country called World, for a partner that stands for all', () => {
    expect(tradeWho([fact('flow', 'Export'), fact('partner', 'World')])?.phrase).toBe(
      'Exports to the world',
    );
    expect(tradeWho([fact('reporter', 'Chile'), fact('partner', 'WLD')])?.phrase).toBe(
      'Chile trade with the world',
    );
  });

  it('says nothing for a flow it cannot name, or a reporter without a partner or flow', () => {
    expect(tradeWho([fact('flow', 'Domestic exports'), fact('reporter', 'USA')])).toBeUndefined();
    expect(tradeWho([fact('reporter', 'USA'), fact('time', '2017')])).toBeUndefined();
    expect(tradeWho([fact('entity', 'France'), fact('unit', 'Percent')])).toBeUndefined();
  });
});

describe('tradeTitle(who, measure, by)', () => {
  const facts = [
    fact('reporter', 'USA', 'Reporter'),
    fact('flow', 'Export', 'Trade Flow'),
    fact('partner', 'China', 'Partner'),
    fact('time', '2017', 'Year'),
    fact('unit', 'Kilograms', 'Unit'),
  ];

  it('says the trade, what splits it and the one period: the value of trade is not repeated', () => {
    const who = tradeWho(facts)!;
    expect(tradeTitle(who, 'Trade Value (US$)', 'commodity')).toBe(
      'USA exports to China by commodity, 2017',
    );
    expect(tradeTitle(who, 'primaryValue', null)).toBe('USA exports to China, 2017');
  });

  it('names a measure other than the trade’s value first', () => {
    expect(tradeTitle(tradeWho(facts)!, 'Net weight (kg)', 'commodity')).toBe(
      'Net weight (kg) of USA exports to China by commodity, 2017',
    );
  });

  it('leaves the subtitle only the facts the title does not say', () => {
    expect(factsLeft(facts, tradeWho(facts)).map((f) => f.column)).toEqual(['Unit']);
    expect(factsLeft(facts, undefined)).toHaveLength(5);
  });
});

describe('balanceWho(facts)', () => {
  it('says whose balance, with whom when one partner', () => {
    const who = balanceWho([fact('reporter', 'USA'), fact('partner', 'China')])!;
    expect(tradeTitle(who, '', null)).toBe('USA trade balance with China');
    expect(tradeTitle(balanceWho([fact('reporter', 'China')])!, '', 'partner')).toBe(
      'China trade balance by partner',
    );
    expect(
      tradeTitle(balanceWho([fact('partner', 'World'), fact('time', '2023')])!, '', 'reporter'),
    ).toBe('Trade balance with the world by reporter, 2023');
    expect(balanceWho([fact('flow', 'Export'), fact('time', '2023')])).toBeUndefined();
  });
});
