import { describe, expect, it } from 'vitest';
import { isAggregateCode, isAggregateName } from '../../../../src/lib/data/meaning/aggregates';

describe('isAggregateName(name)', () => {
  it.each([
    'World',
    'High income',
    'Low & middle income',
    'Post-demographic dividend',
    'OECD members',
    'East Asia & Pacific',
    'East Asia & Pacific (excluding high income)',
    'Europe & Central Asia',
    'Sub-Saharan Africa (IDA & IBRD countries)',
    'Euro area',
    'European Union',
    'Advanced Economies',
    'Emerging and Developing Economies',
    'Emerging Market and Developing Economies by Source of Export Earnings: Fuel',
    'Western Hemisphere',
    'Areas, nes',
    'Other Europe, nes',
    'Fragile and conflict affected situations',
    'Heavily indebted poor countries (HIPC)',
    'European Union (27)',
    'High-income countries',
    'EU27_2020',
    'EA19',
    'Not classified',
  ])('%s is a group', (name) => expect(isAggregateName(name)).toBe(true));

  it.each([
    'China',
    'Hong Kong SAR, China',
    'Macao SAR, China',
    'Korea, Rep.',
    'China, P.R.: Mainland',
    'China, P.R.: Hong Kong',
    'Russian Federation',
    'South Africa',
    'Central African Republic',
    'American Samoa',
    'Bosnia and Herzegovina',
    'Trinidad and Tobago',
    'Saint Vincent and the Grenadines',
    'Antigua and Barbuda',
    'Micronesia, Fed. Sts.',
    'Micronesia',
    'Congo, Dem. Rep.',
    'Iran, Islamic Rep.',
    'Venezuela, RB',
    'United States',
    'EL',
    'UK',
    // UN Comtrade's name for Taiwan.
    'Other Asia, nes',
  ])('%s is an economy', (name) => expect(isAggregateName(name)).toBe(false));
});

describe('isAggregateCode(code)', () => {
  it.each(['WLD', 'HIC', 'EMU', 'EUU', 'ARB', 'SSF', 'EU27_2020', 'EU28', 'EA19', 'W00', '0'])(
    '%s is a group',
    (code) => expect(isAggregateCode(code)).toBe(true),
  );
  it.each(['CHN', 'RUS', 'HKG', 'USA', '156', '643', 'DE', 'EL'])('%s is an economy', (code) =>
    expect(isAggregateCode(code)).toBe(false),
  );
});
