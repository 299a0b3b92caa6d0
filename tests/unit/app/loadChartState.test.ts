import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadChartState } from '../../../src/app/loadChartState';
import { fetchFailure, remoteCitation } from '../../../src/app/remoteData';
import type { FileSource } from '../../../src/lib/data/meaning/readSource';
import type { ChartState } from '../../../src/lib/export';
import { formatCitation } from '../../../src/lib/provenance/formatCitation';
import { importOnMainThread } from '../../../src/lib/upload/importOnMainThread';

const BANK_NAME = 'API_NE.EXP.GNFS.ZS_DS2_en_csv_v2_5995190.csv';
const BANK_SRC = `http://127.0.0.1:4173/data/${BANK_NAME}`;
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
  it('credits the publisher and dataset a World Bank file names, keeping the address and date', async () => {
    serve({ body: bankFile() });
    const loaded = await load({ src: BANK_SRC });
    if (!loaded.ok) throw new Error(loaded.error);
    const [citation] = loaded.table.provenance.citations;
    expect(citation).toEqual({
      id: 'file',
      kind: 'dataset',
      publisher: 'World Bank',
      title: 'World Development Indicators (NE.EXP.GNFS.ZS)',
      date: '2023-10-26',
      url: BANK_SRC,
      accessed: today(),
      readFromFile: BANK_NAME,
    });
    const line = formatCitation(citation);
    expect(line).toMatch(/^World Bank, “World Development Indicators \(NE\.EXP\.GNFS\.ZS\)”/);
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

describe('remoteCitation(src, source, fileSource)', () => {
  const src = 'https://x.example/a%20b.csv';
  const from = (s: Partial<FileSource>): FileSource => ({
    publisher: 'International Monetary Fund',
    title: null,
    dataset: null,
    updated: null,
    url: null,
    readFrom: 'line 1',
    ...s,
  });

  it('keeps an edition that is not a date in the title, and names a dataset alone', () => {
    const c = remoteCitation(src, undefined, from({ dataset: 'DOTS', updated: 'October 2024' }));
    expect(c).toMatchObject({ title: 'DOTS, October 2024', url: src, readFromFile: 'a b.csv' });
    expect(c.date).toBeUndefined();
  });

  it('falls back to the file name when the file names a publisher only', () => {
    expect(remoteCitation(src, undefined, from({})).title).toBe('a b.csv');
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
