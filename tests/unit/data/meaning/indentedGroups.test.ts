import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterChoices } from '../../../../src/lib/charts/config/columnChoices';
import { defaultChartConfig } from '../../../../src/lib/charts/defaults/defaultChartConfig';
import { importCsv } from '../../../../src/lib/data/import';
import { aggregatesIn, isAggregateCode } from '../../../../src/lib/data/meaning/aggregates';
import { indentedGroups } from '../../../../src/lib/data/meaning/indentedGroups';
import type { TextColumn } from '../../../../src/lib/data/table';

describe('indentedGroups(names)', () => {
  it('names that head deeper-indented names are groups, whatever their words', () =>
    expect(
      indentedGroups([
        '',
        'World',
        '  Group A',
        '    Algeria',
        '    Egypt',
        '  Bloc B',
        '    Chile',
      ]),
    ).toEqual(['World', 'Group A', 'Bloc B']));
  it('reads dots as indentation (`..Developing economies`)', () =>
    expect(indentedGroups(['All', '..Asia', '....China', '..Europe', '....Spain'])).toEqual([
      'All',
      '..Asia',
      '..Europe',
    ]));
  it('one depth of padding is no hierarchy', () =>
    expect(indentedGroups([' China', ' Germany', ' Chile'])).toEqual([]));
  it('never names a deepest, last-indented name a group', () =>
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.stringMatching(/^[A-Z][a-z]{1,8}$/)), {
          minLength: 1,
          maxLength: 30,
        }),
        (rows) => {
          const names = rows.map(([d, n], i) => `${' '.repeat(d * 2)}${n}${i}`);
          const groups = new Set(indentedGroups(names));
          const deepest = Math.max(...rows.map(([d]) => d));
          rows.forEach(([d, n], i) => {
            if (d === deepest || i === rows.length - 1) expect(groups.has(`${n}${i}`)).toBe(false);
          });
        },
      ),
      { numRuns: 200, seed: 14 },
    ));
});

/*
 * A made file in UNCTADstat's report layout (its Data Centre table, copied as CSV): economies
 * indented under their groups, `World` > `  Developing economies` > `    Developing economies:
 * Asia` > `      China`; the group names vary by report, the indentation does not.
 */
const UNCTAD_INDENTED = `Year,Economy,US$ at current prices in millions
2022,World,24000000
2022,  Developing economies,9900000
2022,    Southern Tier,4100000
2022,      China,3590000
2022,      Viet Nam,371000
2022,  Developed economies,13000000
2022,    Germany,1655000
2021,World,22000000
2021,  Developing economies,9000000
2021,    Southern Tier,3800000
2021,      China,3360000
2021,      Viet Nam,336000
2021,  Developed economies,12000000
2021,    Germany,1630000
`;

describe('an indented hierarchy of economies, imported', () => {
  const r = importCsv(new TextEncoder().encode(UNCTAD_INDENTED), { name: 'us.csv' });
  if (!r.ok) throw new Error(r.error);
  const economy = r.table.columns.find((c) => c.name === 'Economy') as TextColumn;

  it('keeps the names trimmed and marks the heads of the hierarchy as groups', () => {
    expect(economy.dictionary).toContain('China');
    expect(aggregatesIn(r.table, economy)).toEqual([
      'World',
      'Developing economies',
      'Southern Tier',
      'Developed economies',
    ]);
  });

  it('charts economies by default, and the picker lists the World first, the groups apart', () => {
    const config = defaultChartConfig(r.table);
    expect(config.filters.Economy).toEqual(['China', 'Germany', 'Viet Nam']);
    const choice = filterChoices(r.table, { ...config, filters: {} }).find(
      (c) => c.name === 'Economy',
    );
    expect(choice?.values[0]).toBe('World');
    expect(choice?.groups).toEqual(aggregatesIn(r.table, economy).filter((g) => g !== 'World'));
  });
});

describe('isAggregateCode(code) and UN M49 regions', () => {
  it('reads M49 region codes as groups and country codes as economies', () => {
    for (const c of ['001', '002', '142', '419', '150']) expect(isAggregateCode(c)).toBe(true);
    for (const c of ['156', '643', '276', '010']) expect(isAggregateCode(c)).toBe(false);
  });
});
