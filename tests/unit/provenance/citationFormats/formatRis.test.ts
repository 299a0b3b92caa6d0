import { describe, expect, it } from 'vitest';
import { formatRis } from '../../../../src/lib/provenance/citationFormats/formatRis';
import { ACCESSED, comtrade, hostile, releaseCitation, tass } from './fixtures';

const ris = (...lines: string[]) => [...lines, 'ER  - ', ''].join('\r\n');

describe('formatRis(citation, {accessed})', () => {
  const cases = [
    {
      name: 'the release: GEN with M3 Press release, no UR',
      citation: releaseCitation,
      expected: ris(
        'TY  - GEN',
        'AU  - CGTN',
        'TI  - CGTN: China-Russia ties deepened as Xi stresses ‘new chapter’ in his visit',
        'M3  - Press release',
        'PB  - PR Newswire',
        'CY  - Beijing',
        'PY  - 2023',
        'DA  - 2023/03/22/',
        'Y2  - 2024/05/06/',
      ),
    },
    {
      name: 'a data set: DATA with UR and Y2',
      citation: comtrade,
      expected: ris(
        'TY  - DATA',
        'AU  - United Nations Statistics Division',
        'TI  - UN Comtrade Database',
        'PB  - United Nations Statistics Division',
        'PY  - 2024',
        'UR  - https://comtradeplus.un.org/',
        'Y2  - 2024/05/06/',
      ),
    },
    {
      name: 'news: NEWS in its outlet (T2)',
      citation: tass,
      expected: ris(
        'TY  - NEWS',
        'T2  - TASS',
        'TI  - Russia-China trade hits record',
        'PY  - 2020',
        'DA  - 2020/01/13/',
        'UR  - https://tass.com/economy/1178145',
        'Y2  - 2024/05/06/',
      ),
    },
    {
      name: 'a span of years: what the figures cover, in a note, with no PY or DA to misread',
      citation: { ...comtrade, date: '2012/2023', url: undefined },
      expected: ris(
        'TY  - DATA',
        'AU  - United Nations Statistics Division',
        'TI  - UN Comtrade Database',
        'PB  - United Nations Statistics Division',
        'N1  - Covers 2012–2023',
        'Y2  - 2024/05/06/',
      ),
    },
    {
      name: 'a span written with an en dash: the same',
      citation: { ...comtrade, date: '2012–2023', url: undefined },
      expected: ris(
        'TY  - DATA',
        'AU  - United Nations Statistics Division',
        'TI  - UN Comtrade Database',
        'PB  - United Nations Statistics Division',
        'N1  - Covers 2012–2023',
        'Y2  - 2024/05/06/',
      ),
    },
    {
      name: 'a month: DA with the day left blank, as the format writes it',
      citation: { ...comtrade, date: '2023-03', url: undefined },
      expected: ris(
        'TY  - DATA',
        'AU  - United Nations Statistics Division',
        'TI  - UN Comtrade Database',
        'PB  - United Nations Statistics Division',
        'PY  - 2023',
        'DA  - 2023/03//',
        'Y2  - 2024/05/06/',
      ),
    },
    {
      name: 'a date that does not parse: kept as printed in a note',
      citation: { ...comtrade, date: 'Spring 2023', url: undefined },
      expected: ris(
        'TY  - DATA',
        'AU  - United Nations Statistics Division',
        'TI  - UN Comtrade Database',
        'PB  - United Nations Statistics Division',
        'N1  - Spring 2023',
        'Y2  - 2024/05/06/',
      ),
    },
  ];
  for (const { name, citation, expected } of cases)
    it(name, () => expect(formatRis(citation, ACCESSED)).toBe(expected));

  it('keeps a title with line breaks and a fake ER tag inside one TI line', () => {
    const lines = formatRis(hostile, ACCESSED).split('\r\n');
    expect(lines.filter((l) => l.startsWith('ER  -'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('TY  -'))).toHaveLength(1);
    expect(lines).toContain('TI  - } @misc{evil, ER - TY - JOUR');
    expect(lines.some((l) => l.startsWith('UR'))).toBe(false);
  });
});
