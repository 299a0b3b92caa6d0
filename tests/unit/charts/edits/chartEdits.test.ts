import { describe, expect, it } from 'vitest';
import {
  cleanEdits,
  editTextProblem,
  isHexColor,
  noEdits,
  sameEdits,
} from '../../../../src/lib/charts/edits/chartEdits';

describe('editTextProblem(value)', () => {
  it.each([
    ['China–Russia trade, 2012–2023', null],
    ['a < b and 3 > 2', null],
    ['<script>alert(1)</script>', 'markup'],
    ['<img src=x onerror=alert(1)>', 'markup'],
    ['line\u0000break', 'control'],
    ['x'.repeat(201), '200'],
  ])('%j → %s', (value, problem) => {
    const said = editTextProblem(value);
    if (problem === null) expect(said).toBeNull();
    else expect(said).toContain(problem);
  });
});

describe('cleanEdits(edits)', () => {
  it('drops empty fields, lists and maps, and keeps zero decimals', () =>
    expect(
      cleanEdits({
        title: '',
        notes: [],
        colors: {},
        decimals: 0,
        subtitle: 'S',
        byline: undefined,
      }),
    ).toEqual({ decimals: 0, subtitle: 'S' }));
});

describe('sameEdits(a, b), noEdits(edits), isHexColor(s)', () => {
  it('compares edits by value', () => {
    expect(sameEdits({ title: 'a' }, { title: 'a' })).toBe(true);
    expect(sameEdits({ title: 'a' }, { title: 'b' })).toBe(false);
  });
  it('says when nothing is set', () => {
    expect(noEdits(undefined)).toBe(true);
    expect(noEdits({ title: undefined })).toBe(true);
    expect(noEdits({ decimals: 0 })).toBe(false);
  });
  it('takes #rrggbb only', () => {
    expect(isHexColor('#1f5fa8')).toBe(true);
    for (const s of ['red', '#fff', 'url(#x)', '#1f5fa8;x', 'var(--fg)'])
      expect(isHexColor(s)).toBe(false);
  });
});
