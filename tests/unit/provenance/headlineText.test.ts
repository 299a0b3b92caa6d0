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
  it('an amount derived from a lower bound: a lower bound too, at its lowest, saying why', () =>
    expect(headlineText(f('trade-2012-derived'), [f('trade-2022'), f('growth-2012-2022')])).toEqual(
      { display: '> $87.7 bn', caption: '2022 is a lower bound, so this is one' },
    ));
  it('a derived amount within a closed range: approximate, with the range', () => {
    const closed = { ...f('trade-2012-derived'), interval: { low: 87.76, high: 88.17 } };
    expect(headlineText(closed, [f('growth-2012-2022')])).toEqual({
      display: '≈ $88.0 bn',
      caption: '$87.8 bn–$88.2 bn',
    });
  });
  it('a derived yearly rate: approximate, with the range its inputs allow', () =>
    expect(headlineText(f('cagr-2012-2022-derived'), [f('growth-2012-2022')])).toEqual({
      display: '≈ 8.0 % a year',
      caption: 'compound rate, 7.98–8.03 %',
    }));
});
