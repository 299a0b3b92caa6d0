import { describe, expect, it, vi } from 'vitest';
import { ChartMemo } from '../../../../src/lib/charts/config/chartMemo';
import { UNSAID } from '../../../../src/lib/charts/prepare/chartUnit';
import { buildMapSpec } from '../../../../src/lib/charts/map/buildMapSpec';
import { atlas } from '../../../../src/lib/charts/map/mapAtlas';
import { countryTable } from './countryTable';
import { makeTextColumn } from '../../../../src/lib/data/makeColumn';

const SIZE = { width: 640, height: 400 };
const YEARS = ['2019', '2020', '2021'];
/** Ten partners over three years, each growing by a tenth a year. */
const world = countryTable(
  ['DEU', 'CHN', 'USA', 'BRA', 'IND', 'FRA', 'JPN', 'GBR', 'ITA', 'CAN'].flatMap((c, i) =>
    YEARS.map((y, t) => [c, y, (i + 1) * 1e9 * (1 + t / 10)] as [string, string, number]),
  ),
);
const input = { x: 'Partner', y: ['Value'], atlas };

describe('buildMapSpec(table, {period}) steps through the years', () => {
  it('draws the latest period without one, and says which periods the slider has', () => {
    const spec = buildMapSpec(world, input, SIZE);
    expect(spec.view.timeline).toEqual({ label: 'Year', periods: YEARS, period: '2021' });
    expect(spec.regions!.find((r) => r.id === 'DEU')!.point).toMatchObject({
      period: '2021',
      value: 1.2e9,
    });
  });

  it('draws the period asked for, with the latest period classes kept for each so colours compare', () => {
    const early = buildMapSpec(world, { ...input, period: '2019' }, SIZE);
    const late = buildMapSpec(world, { ...input, period: '2021' }, SIZE);
    expect(early.regions!.find((r) => r.id === 'DEU')!.point.value).toBe(1e9);
    expect(early.callouts).toEqual(late.callouts);
    expect(early.notes).toContain(
      "Colours are 5 quantile classes of 2021's values: each holds about as many of that period's countries.",
    );
    expect(early.notes).toContain(
      'The classes of 2021 are kept for all 3 periods (2019–2021), so a colour means the same in each.',
    );
  });

  it('spreads the latest period over every class, however much trade grew before it', () => {
    // Ten countries over sixty years, each year's values twice the year before's.
    const isos = ['DEU', 'CHN', 'USA', 'BRA', 'IND', 'FRA', 'ITA', 'ESP', 'JPN', 'KOR'];
    const years = Array.from({ length: 60 }, (_, t) => String(1961 + t));
    const grown = countryTable(
      isos.flatMap((c, i) =>
        years.map((y, t) => [c, y, (i + 1) * 2 ** t] as [string, string, number]),
      ),
    );
    const spec = buildMapSpec(grown, { x: 'Partner', y: ['Value'], atlas }, SIZE);
    const fills = new Set(spec.regions!.map((r) => r.fill));
    expect(fills.size).toBe(5);
    // The key still holds every value of every year, its ends open: no year's extreme is
    // written as if it were the one shown.
    const texts = spec.callouts!.flatMap((s) => (s.type === 'text' ? [s.text] : []));
    expect(texts[0]).toMatch(/^under /);
    expect(texts.filter((t) => t !== 'No data').at(-1)).toMatch(/ and over$/);
  });

  it('cuts the classes over a period most countries have, not a last year few reported', () => {
    const late = countryTable([
      ...['DEU', 'CHN', 'USA', 'BRA', 'IND', 'FRA'].flatMap((c, i) =>
        ['2019', '2020'].map((y) => [c, y, (i + 1) * 1e9] as [string, string, number]),
      ),
      ['DEU', '2021', 5e9],
    ]);
    const spec = buildMapSpec(late, input, SIZE);
    expect(spec.view.timeline!.period).toBe('2021');
    expect(spec.notes.join(' ')).toMatch(/The classes of 2020 are kept for all 3 periods/);
  });

  it('ignores a period the rows do not have, drawing the latest', () => {
    expect(buildMapSpec(world, { ...input, period: '1990' }, SIZE).view.timeline!.period).toBe(
      '2021',
    );
  });

  it('with a memo, a step reuses the projected outlines and recolours only', () => {
    const memo = new ChartMemo();
    const counted = { ...atlas, draw: vi.fn(atlas.draw) };
    buildMapSpec(world, { ...input, atlas: counted, memo, period: '2019' }, SIZE);
    const b = buildMapSpec(world, { ...input, atlas: counted, memo, period: '2021' }, SIZE);
    expect(counted.draw).toHaveBeenCalledTimes(1);
    expect(b).toEqual(buildMapSpec(world, { ...input, period: '2021' }, SIZE));
  });
});

describe('buildMapSpec(table, {classes})', () => {
  it('cuts equal intervals or natural breaks when asked, and says how in the notes', () => {
    const equal = buildMapSpec(world, { ...input, classes: 'equal' }, SIZE);
    expect(equal.view.classes).toBe('equal');
    expect(equal.notes).toContainEqual(expect.stringMatching(/classes of equal width/));
    const natural = buildMapSpec(world, { ...input, classes: 'natural' }, SIZE);
    expect(natural.notes).toContainEqual(expect.stringMatching(/natural breaks \(Jenks\)/));
    // The table says no unit for its values: the map says so.
    expect(natural.notes).toContain(UNSAID);
  });

  it('the legend writes each class from its lowest bound to its highest, the ends open over several periods', () => {
    const spec = buildMapSpec(world, { ...input, classes: 'equal' }, SIZE);
    const texts = spec.callouts!.flatMap((s) => (s.type === 'text' ? [s.text] : []));
    expect(texts[0]).toMatch(/^under \d/);
    expect(texts[1]).toMatch(/^[\d.]+ bn – [\d.]+ bn$/);
    expect(texts.at(-2)).toMatch(/^[\d.]+ bn and over$/);
    expect(texts.at(-1)).toBe('No data');
  });

  it('takes quantiles for a way of classing it does not know', () => {
    const odd = { ...input, classes: 'rainbow' as 'equal' };
    expect(buildMapSpec(world, odd, SIZE).view.classes).toBe('quantile');
  });
});

describe('buildMapSpec(table) frames Europe when every country is European', () => {
  const eurostat = countryTable(
    ['DE', 'FR', 'EL', 'UK', 'PL', 'EU27_2020'].map((c, i) => [c, '2022', (i + 1) * 1e9]),
  );

  it("frames Europe for Eurostat's codes (EL, UK), the EU total aside", () => {
    const spec = buildMapSpec(eurostat, input, SIZE);
    expect(spec.notes.some((n) => n.startsWith('Framed on Europe'))).toBe(true);
    const greece = spec.regions!.find((r) => r.id === 'GRC')!;
    expect(greece.box[2] - greece.box[0]).toBeGreaterThan(20);
    expect(spec.regions!.map((r) => r.id).sort()).toEqual(['DEU', 'FRA', 'GBR', 'GRC', 'POL']);
  });

  it('keeps the world when one country is not European', () => {
    const mixed = countryTable([
      ['DE', '2022', 1],
      ['JP', '2022', 2],
    ]);
    const spec = buildMapSpec(mixed, input, SIZE);
    expect(spec.notes.some((n) => n.startsWith('Framed on Europe'))).toBe(false);
  });
});

describe('buildMapSpec(table) of a reporter’s partners', () => {
  const partners = countryTable([
    ['DEU', '2021', 1e9],
    ['USA', '2021', 5e9],
    ['BRA', '2021', 2e9],
  ]);
  const reporter = Object.assign(
    makeTextColumn('Reporter', 'category', ['China', 'China', 'China']),
    { role: 'reporter' as const },
  );
  const table = { ...partners, columns: [reporter, ...partners.columns] };

  it('draws the reporter apart in grey, keyed and said, never as a country with no data', () => {
    const spec = buildMapSpec(table, input, SIZE);
    const grey = spec.guides!.filter((s) => s.type === 'path' && s.fill === 'muted');
    expect(grey).toHaveLength(1);
    const key = spec.callouts!.flatMap((s) => (s.type === 'text' ? [s.text] : []));
    expect(key).toContain("People's Republic of China (reporter)");
    expect(spec.notes.join(' ')).toContain("People's Republic of China is the reporter, in grey");
  });

  it('leaves the reporter coloured where it has a value of its own', () => {
    const withChina = countryTable([
      ['DEU', '2021', 1e9],
      ['CHN', '2021', 3e9],
    ]);
    const spec = buildMapSpec(
      {
        ...withChina,
        columns: [
          Object.assign(makeTextColumn('Reporter', 'category', ['China', 'China']), {
            role: 'reporter' as const,
          }),
          ...withChina.columns,
        ],
      },
      input,
      SIZE,
    );
    expect(spec.guides!.some((s) => s.type === 'path' && s.fill === 'muted')).toBe(false);
    expect(spec.regions!.some((r) => r.id === 'CHN')).toBe(true);
  });
});

describe('buildMapSpec of a few countries', () => {
  it('makes two countries or more to a class: five partners, two classes, not five of one each', () => {
    const five = countryTable(
      ['DEU', 'CHN', 'USA', 'BRA', 'IND'].map((c, i) => [c, '2021', (i + 1) * 1e9]),
    );
    const spec = buildMapSpec(five, input, SIZE);
    expect(spec.notes).toContainEqual(expect.stringMatching(/^Colours are 2 quantile classes/));
    const ten = buildMapSpec(world, input, SIZE);
    expect(ten.notes).toContainEqual(expect.stringMatching(/^Colours are 5 quantile classes/));
  });
});
