import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const WORKER = new URL('./serviceWorker.js', import.meta.url);

/** The files a reader needs offline: every emitted file of the page build, source maps aside. */
export function offlineFiles(fileNames: string[]): string[] {
  return fileNames.filter((name) => !name.endsWith('.map') && name !== 'sw.js').sort();
}

/** The service worker's text for one build: its file list and a version that changes with them. */
export function serviceWorkerSource(files: { name: string; content: string | Uint8Array }[]) {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file.name).update(file.content);
  const build = { version: hash.digest('hex').slice(0, 16), files: files.map((f) => f.name) };
  return `const BUILD = ${JSON.stringify(build)};\n${readFileSync(WORKER, 'utf8')}`;
}

/**
 * Writes dist/sw.js at build time: it caches this build's files (and nothing else) so the
 * dashboard opens offline, and a new build gets a new version, which the page offers to load.
 */
export function offlinePlugin(): Plugin {
  return {
    name: 'tradelens-offline',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = offlineFiles(Object.keys(bundle)).map((name) => {
        const item = bundle[name];
        return { name, content: item.type === 'chunk' ? item.code : item.source };
      });
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: serviceWorkerSource(files) });
    },
  };
}
