import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadChartState } from '../../../src/app/loadChartState';
import { fetchFailure, remoteCitation } from '../../../src/app/remoteData';
import type { Citation } from '../../../src/lib/data/citation';
import type { ChartState } from '../../../src/lib/export';
import { formatCitation } from '../../../src/lib/provenance/formatCitation';
import { importOnMainThread } from '../../../src/lib/upload/importOnMainThread';

const BANK_NAME = 'API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv';
const BANK_SRC = `http://127.0.0.1:4173/data/${BANK_NAME}`;
/** The citation the dashboard gives the World Bank file uploaded (accessed on the day). */
const BANK_CITED = {
  id: 'file',
  kind: 'dataset',
  publisher: 'World Bank',
  title: 'World Development Indicators',
  date: '2023-10-26',
  url: 'https://data.worldbank.org/indicator/NE.EXP.GNFS.ZS',
  readFromFile: BANK_NAME,
} as const;
const bankFile = () => readFileSync(`tests/fixtures/real/worldbank/${BANK_NAME}`);
const PLAIN_CSV = 'year,exports\n2020,1\n2021,2\n2022,3\n';
const today = () => new Date().toISOString().slice(0, 10);

/** Serves `body` (or `status`, or a thrown failure) to every fetch the loader makes. */
function serve(answer: { body: BodyInit } | { status: number } | { thrown: Error }) {
  const fetch = vi.fn(async () => {
    if ('thrown' in answer) throw answer.thrown;
    if ('status' in answer) return new Response('Not here', { status: answer.status });
    return new Response(answer.body, { status: 200 });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const load = (state: Omit<ChartState, 'type'>) =>
  loadChartState({ type: 'line', ...state }, importOnMainThread);

afterEach(() => vi.unstubAllGlobals());

describe('loadChartState(state with src) citation', () => {
  it('cites a World Bank file as the dashboard cites it uploaded: its date and its publisher’s address', async () => {
    serve({ body: bankFile() });
    const loaded = await load({ src: BANK_SRC });
    if (!loaded.ok) throw new Error(loaded.error);
    const [citation] = loaded.table.provenance.citations;
    expect(citation).toEqual({ ...BANK_CITED, accessed: today(), fetchedFrom: BANK_SRC });
    const line = formatCitation(citation);
    expect(line).toMatch(/^World Bank, “World Development Indicators”, 26 October 2023/);
    expect(line).toContain(
      `(as the file API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv at ${BANK_SRC} says)`,
    );
    expect(line).not.toMatch(/^127\.0\.0\.1/);
  });

  it('credits the source the author gave over the one the file names', async () => {
    serve({ body: bankFile() });
    const loaded = await load({ src: BANK_SRC, source: 'Ministry of Trade' });
    if (!loaded.ok) throw new Error(loaded.error);
    expect(loaded.table.provenance.citations).toEqual([
      {
        id: 'file',
        kind: 'dataset',
        publisher: 'Ministry of Trade',
        title: BANK_NAME,
        url: BANK_SRC,
        accessed: today(),
      },
    ]);
  });

  it('credits the host when neither the author nor the file names a source', async () => {
    serve({ body: PLAIN_CSV });
    const loaded = await load({ src: 'https://data.example.org/files/trade.csv' });
    if (!loaded.ok) throw new Error(loaded.error);
    expect(loaded.table.provenance.citations).toEqual([
      expect.objectContaining({ publisher: 'data.example.org', title: 'trade.csv' }),
    ]);
  });
});

describe('remoteCitation(src, source, fileCited)', () => {
  const src = 'https://x.example/a%20b.csv';
  const cited: Citation = { ...BANK_CITED, accessed: '2026-12-01', readFromFile: 'a b.csv' };

  it('cites the file as the dashboard does: its date and its publisher’s address, not the host', () => {
    const c = remoteCitation(src, undefined, cited);
    expect(c).toMatchObject({ ...cited, accessed: expect.any(String) });
    expect(c.publisher).toBe('World Bank');
  });

  it('says where the file was read from beside its word, never as the publisher’s address', () => {
    const c = remoteCitation(src, undefined, { ...cited, url: undefined });
    expect(c.url).toBeUndefined();
    expect(c.fetchedFrom).toBe(src);
    expect(formatCitation(c)).toMatch(
      /^World Bank, .* \(as the file a b\.csv at https:\/\/x\.example\/a%20b\.csv says\)$/,
    );
  });

  it('puts the author’s source first, and the host where the file says nothing of itself', () => {
    expect(remoteCitation(src, 'My survey', cited)).toMatchObject({
      publisher: 'My survey',
      title: 'a b.csv',
      url: src,
    });
    const user: Citation = { id: 'file', kind: 'user-file', publisher: 'x', title: 'a b.csv' };
    expect(remoteCitation(src, undefined, user)).toMatchObject({
      publisher: 'x.example',
      title: 'a b.csv',
    });
  });

  it('shows a malformed escape in the address as written, not as a crash', () => {
    expect(remoteCitation('https://x.example/%E0%A4%A.csv', undefined).title).toBe('%E0%A4%A.csv');
  });
});

describe('loadChartState(state with src) when the file cannot be read', () => {
  const src = 'https://data.example.org/files/trade.csv';

  it.each([404, 410])('says a %i is a wrong link, not CORS', async (status) => {
    serve({ status });
    const loaded = await load({ src });
    expect(loaded).toEqual({
      ok: false,
      error: `There is no file at ${src} (the server at data.example.org answered ${status}): check the link.`,
    });
  });

  it.each([403, 500, 503])('says a %i is the server’s answer, not CORS', async (status) => {
    serve({ status });
    const loaded = await load({ src });
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.error).toContain(`answered ${status}`);
    expect(loaded.error).toContain('try again later, or check the address');
    expect(loaded.error).not.toMatch(/CORS/);
  });

  it('says a fetch that throws needs Access-Control-Allow-Origin, or an address it can reach', async () => {
    serve({ thrown: new TypeError('Failed to fetch') });
    const loaded = await load({ src });
    expect(loaded).toEqual({
      ok: false,
      error: fetchFailure(src, { thrown: new TypeError('Failed to fetch') }),
    });
    if (loaded.ok) return;
    expect(loaded.error).toContain('Access-Control-Allow-Origin');
    expect(loaded.error).toContain('could not be reached (Failed to fetch)');
  });
});
