import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, chunksRunOnLoad, compileHints } from '../../../scripts/compileHints';

/** A bundle as Vite hands it to plugins: the page's entry, the dashboard it loads, shared code. */
const bundle = {
  'assets/index.js': { type: 'chunk', facadeModuleId: '/p/index.html', imports: [] },
  'assets/startDashboard.js': {
    type: 'chunk',
    facadeModuleId: '/p/src/app/startDashboard.ts',
    imports: ['assets/shared.js', 'assets/svelte.js'],
  },
  'assets/shared.js': { type: 'chunk', facadeModuleId: null, imports: ['assets/svelte.js'] },
  'assets/svelte.js': { type: 'chunk', facadeModuleId: null, imports: [] },
  'assets/editor.js': {
    type: 'chunk',
    facadeModuleId: '/p/src/editor.ts',
    imports: ['assets/shared.js'],
  },
  'assets/startDashboard.css': { type: 'asset' },
};

describe('chunksRunOnLoad', () => {
  it('chunksRunOnLoad(bundle, entries) is each entry’s chunk and every chunk it imports, once', () => {
    expect(chunksRunOnLoad(bundle, ['src/app/startDashboard.ts'])).toEqual([
      'assets/shared.js',
      'assets/startDashboard.js',
      'assets/svelte.js',
    ]);
  });

  it('chunksRunOnLoad(bundle, entries) leaves out code loaded later, assets and unknown entries', () => {
    expect(chunksRunOnLoad(bundle, ['src/editor.ts'])).toEqual([
      'assets/editor.js',
      'assets/shared.js',
      'assets/svelte.js',
    ]);
    expect(chunksRunOnLoad(bundle, ['src/missing.ts'])).toEqual([]);
  });
});

describe('compileHints', () => {
  it('compileHints(entries) puts the hint first in the written files run on load, and only once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hints-'));
    writeFileSync(join(dir, 'assets-start.js'), 'const __vite__mapDeps=1;export{};');
    writeFileSync(join(dir, 'assets-editor.js'), 'export const edit=1;');
    const written = {
      'assets-start.js': { type: 'chunk', facadeModuleId: '/p/src/start.ts', imports: [] },
      'assets-editor.js': { type: 'chunk', facadeModuleId: '/p/src/editor.ts', imports: [] },
    };
    const plugin = compileHints(['src/start.ts']);
    const write = plugin.writeBundle as unknown as (o: { dir: string }, b: typeof written) => void;
    write({ dir }, written);
    write({ dir }, written);
    expect(readFileSync(join(dir, 'assets-start.js'), 'utf8')).toBe(
      `${COMPILE_HINT}const __vite__mapDeps=1;export{};`,
    );
    expect(readFileSync(join(dir, 'assets-editor.js'), 'utf8')).toBe('export const edit=1;');
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad\n');
  });
});
