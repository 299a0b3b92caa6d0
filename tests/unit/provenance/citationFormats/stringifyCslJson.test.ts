import { describe, expect, it } from 'vitest';
import { stringifyCslJson } from '../../../../src/lib/provenance/citationFormats/stringifyCslJson';
import { toCslJson } from '../../../../src/lib/provenance/citationFormats/toCslJson';
import { comtrade, releaseCitation } from './fixtures';

describe('stringifyCslJson(items)', () => {
  const evil = toCslJson({ ...comtrade, title: ']]></metadata><script>alert(1)</script> & co' });
  const text = stringifyCslJson([toCslJson(releaseCitation), evil]);

  it('holds no <, > or &, so it cannot close CDATA or become markup', () => {
    expect(text).not.toMatch(/[<>&]/);
    expect(text).not.toContain(']]>');
  });

  it('parses back to the same items', () =>
    expect(JSON.parse(text)).toEqual([toCslJson(releaseCitation), evil]));
});
