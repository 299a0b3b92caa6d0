import { describe, expect, it } from 'vitest';
import { releaseFigure } from '../../../src/lib/data/datasets/release';
import { headlineText } from '../../../src/lib/provenance/headlineText';

const f = releaseFigure;

describe('headlineText(figure, inputs)', () => {
  it('a lower bound: “> $190 bn”, with the quote that states it', () =>
    expect(headlineText(f('trade-2022'))).toEqual({
      display: '> $190 bn',
      caption: '“exceeding $190 billion”',
    }));
  it('a rounded percentage: “+116 %”, with its quote', () =>
    expect(headlineText(f('growth-2012-2022'))).toEqual({
      display: '+116 %',
      caption: '“up 116 percent from a decade ago”',
    }));
  it('a derived amount: approximate, bounded below because an input is a lower bound', () =>
    expect(headlineText(f('trade-2012-derived'), [f('trade-2022'), f('growth-2012-2022')])).toEqual(
      { display: '≈ $88.0 bn', caption: '≥ $87.8 bn: 2022 is a lower bound' },
    ));
  it('a derived yearly rate: approximate, with the range its inputs allow', () =>
    expect(headlineText(f('cagr-2012-2022-derived'), [f('growth-2012-2022')])).toEqual({
      display: '≈ 8.0 % a year',
      caption: 'compound rate, 7.98–8.03 %',
    }));
});
