import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  atWordEnd,
  fitText,
  fittingLength,
  textWidth,
  wrapText,
} from '../../../../src/lib/charts/layout/textWidth';

/**
 * The plain reading of fitText: cut one character at a time until the text and … fit, then end
 * at a word's end (see atWordEnd).
 */
function fitByCutting(text: string, width: number, size: number): string {
  if (textWidth(text, size) <= width) return text;
  const chars = [...text];
  let cut = chars.length;
  while (cut > 1 && textWidth(`${chars.slice(0, cut).join('')}…`, size) > width) cut--;
  return `${atWordEnd(text, chars.slice(0, cut).join('').length)}…`;
}

const words = fc.array(fc.stringMatching(/^[A-Za-z0-9,.'é中-]{1,14}$/), {
  minLength: 0,
  maxLength: 12,
});

describe('fittingLength(text, width, size)', () => {
  it('is the longest start that fits, in whole characters', () => {
    expect(fittingLength('Germany', 1000, 11)).toBe(7);
    expect(fittingLength('Germany', 0, 11)).toBe(0);
    const n = fittingLength('WWWWWWWWWW', textWidth('WWW', 11), 11);
    expect(n).toBe(3);
    // A character outside the basic plane is never cut in half.
    expect(fittingLength('𝐀𝐀𝐀', textWidth('𝐀', 11) + 1, 11)).toBe(2);
  });
});

describe('fitText(text, width, size)', () => {
  it('keeps what fits and cuts the rest with an ellipsis', () => {
    expect(fitText('China', 200, 11)).toBe('China');
    const cut = fitText('Congo, Democratic Republic of the', 80, 11);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 11)).toBeLessThanOrEqual(80);
  });

  it('ends a cut label at a word, without the comma before it', () => {
    const label = 'Nuclear reactors, boilers, machinery and mechanical appliances; parts thereof';
    const cut = fitText(label, 150, 11);
    expect(cut).toMatch(/^Nuclear reactors, boilers(, machinery)?…$/);
    expect(textWidth(cut, 11)).toBeLessThanOrEqual(150);
    // A single long word is still cut inside it.
    expect(fitText('Nuclearreactorsboilersmachinery', 60, 11)).toMatch(/^Nuclear\w*…$/);
  });

  it('atWordEnd(text, cut) gives up a cut word only where most of the text stays', () => {
    expect(atWordEnd('Aircraft, spacecraft', 14)).toBe('Aircraft');
    expect(atWordEnd('Aircraft, spacecraft', 9)).toBe('Aircraft');
    expect(atWordEnd('Aircraft, spacecraft', 20)).toBe('Aircraft, spacecraft');
    expect(atWordEnd('A spacecraftandmore', 15)).toBe('A spacecraftand');
  });

  it('gives what cutting one character at a time gives', () =>
    fc.assert(
      fc.property(words, fc.integer({ min: 8, max: 300 }), (ws, width) => {
        const text = ws.join(' ');
        expect(fitText(text, width, 11)).toBe(fitByCutting(text, width, 11));
      }),
    ));

  it('measures the cut text as drawn where sums of widths round apart at the edge', () => {
    // Found by the property above: one character more than fits, by a rounding error.
    const text = "é ,0éA-0é,- -'Ar,éa.é ré-'.é AA,é A, -'-中..a";
    expect(fitText(text, 231, 11)).toBe(fitByCutting(text, 231, 11));
    expect(textWidth(fitText(text, 231, 11), 11)).toBeLessThanOrEqual(231);
  });

  it('cuts a label of five million characters from a hostile file to a line', () => {
    const label = fitText('x'.repeat(5_000_000), 120, 11);
    expect(label.length).toBeLessThan(40);
    expect(label.endsWith('…')).toBe(true);
  });
});

describe('wrapText(text, width, size)', () => {
  it('breaks at spaces, and cuts a word longer than a line', () => {
    expect(wrapText('China Russia trade', 60, 11)).toEqual(['China', 'Russia', 'trade']);
    const lines = wrapText('x'.repeat(100), 60, 11);
    expect(lines.join('')).toBe('x'.repeat(100));
    for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(60);
  });

  it('loses no character, and every line fits unless it is one character', () =>
    fc.assert(
      fc.property(words, fc.integer({ min: 1, max: 200 }), (ws, width) => {
        const text = ws.join(' ');
        const lines = wrapText(text, width, 11);
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        for (const line of lines)
          if ([...line].length > 1) expect(textWidth(line, 11)).toBeLessThanOrEqual(width);
      }),
    ));

  it('wraps a note of a million characters in one pass', () => {
    const lines = wrapText('x'.repeat(1_000_000), 500, 11);
    expect(lines.join('').length).toBe(1_000_000);
  });
});

describe('textWidth(text, size)', () => {
  it('adds the widths of the characters', () => {
    expect(textWidth('ab', 10)).toBeCloseTo(textWidth('a', 10) + textWidth('b', 10), 10);
    expect(textWidth('W', 10, true)).toBeCloseTo(textWidth('W', 10) * 1.08, 10);
  });

  it('estimates a very long text from its start, far wider than any chart', () => {
    const w = textWidth('x'.repeat(5_000_000), 11);
    expect(w).toBeCloseTo(5_000_000 * textWidth('x', 11), -3);
  });
});
