import { describe, expect, it } from 'vitest';
import { offlineFiles, serviceWorkerSource } from '../../../scripts/offline/offlinePlugin';

const build = (source: string) => {
  const text = serviceWorkerSource([
    { name: 'index.html', content: source },
    { name: 'assets/index-abc.js', content: 'x' },
  ]);
  return JSON.parse(text.slice('const BUILD = '.length, text.indexOf(';\n'))) as {
    version: string;
    files: string[];
  };
};

describe('offlineFiles', () => {
  it('offlineFiles(names) keeps the build’s files, sorted, without source maps or the worker', () => {
    expect(offlineFiles(['sw.js', 'index.html', 'assets/a.js.map', 'assets/a.js'])).toEqual([
      'assets/a.js',
      'index.html',
    ]);
  });
});

describe('serviceWorkerSource', () => {
  it('serviceWorkerSource(files) lists the files and is followed by the worker’s code', () => {
    const text = serviceWorkerSource([{ name: 'index.html', content: '<h1>' }]);
    expect(build('<h1>').files).toEqual(['index.html', 'assets/index-abc.js']);
    expect(text).toContain("addEventListener('fetch'");
  });

  it('serviceWorkerSource(files) changes its version when any file changes, so readers are offered the new build', () => {
    expect(build('<h1>a').version).not.toBe(build('<h1>b').version);
    expect(build('<h1>a').version).toBe(build('<h1>a').version);
  });
});
