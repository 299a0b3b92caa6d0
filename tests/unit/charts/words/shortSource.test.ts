import { describe, expect, it } from 'vitest';
import { shortSource } from '../../../../src/lib/charts/words/pointSource';
import type { Citation } from '../../../../src/lib/data/citation';

const cite = (publisher: string, title: string): Citation => ({
  id: 'file',
  kind: 'dataset',
  publisher,
  title,
});

describe('shortSource', () => {
  it('names the publisher, with the title when it is short', () => {
    expect(shortSource(cite('UN Comtrade', 'UN Comtrade+ API data'))).toBe(
      'UN Comtrade, “UN Comtrade+ API data”',
    );
    expect(
      shortSource(
        cite('International Monetary Fund', 'Direction of Trade Statistics (DOTS): Exports, FOB'),
      ),
    ).toBe('International Monetary Fund');
    expect(shortSource(cite('World Bank', 'World Bank'))).toBe('World Bank');
  });
});
