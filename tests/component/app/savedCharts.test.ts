import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveChartState, savedChartStates } from '../../../src/app/savedCharts';

const DATASETS = ['release', 'china-russia-annual'];

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('saveChartState(dataset, hash) and savedChartStates(datasets)', () => {
  it('keeps each chart the reader changed, and forgets one put back as first drawn', () => {
    saveChartState('release', 'v=1&dataset=release&type=column&title=Mine');
    saveChartState('china-russia-annual', 'v=1&dataset=china-russia-annual&type=line&mode=index');
    expect(savedChartStates(DATASETS).map((s) => [s.dataset, s.title ?? s.mode])).toEqual([
      ['release', 'Mine'],
      ['china-russia-annual', 'index'],
    ]);
    saveChartState('release', null);
    expect(savedChartStates(DATASETS).map((s) => s.dataset)).toEqual(['china-russia-annual']);
  });

  it('reads what was kept as a link is read: broken or foreign entries are left out', () => {
    localStorage.setItem(
      'tradelens:dashboard-charts',
      JSON.stringify({
        release: 'v=1&dataset=%3Cscript%3E&type=line',
        other: 42,
        'china-russia-annual': 'v=1&dataset=china-russia-annual&type=line',
      }),
    );
    expect(savedChartStates(DATASETS).map((s) => s.dataset)).toEqual(['china-russia-annual']);
    localStorage.setItem('tradelens:dashboard-charts', '{not json');
    expect(savedChartStates(DATASETS)).toEqual([]);
  });

  it('never fails when storage refuses (a private window, a full quota)', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => saveChartState('release', 'v=1&dataset=release&type=column')).not.toThrow();
    expect(savedChartStates(DATASETS)).toEqual([]);
  });
});
