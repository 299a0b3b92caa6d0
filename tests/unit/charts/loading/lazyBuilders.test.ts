import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAZY_BUILDERS } from '../../../../src/lib/charts/loading/lazyBuilders';

const SRC = join(__dirname, '../../../../src');
/** Paths the web component's build aliases too (vite.config.wc.ts). */
const COMPONENT_ONLY = ['./buildColumnSpec', './buildBarSpec'];

/** Every TypeScript file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

describe('LAZY_BUILDERS', () => {
  // An aliased path imported by the trade views themselves turns the stand-in into a builder
  // that calls itself: the mirror view overflowed the stack that way.
  it('are imported by the charts’ definitions only, never by the builders the stand-ins fetch', () => {
    const importers = new Map<string, string[]>();
    for (const file of sources(SRC)) {
      const text = readFileSync(file, 'utf8');
      for (const path of [...LAZY_BUILDERS, ...COMPONENT_ONLY])
        if (text.includes(`from '${path}'`))
          importers.set(path, [...(importers.get(path) ?? []), relative(SRC, file)]);
    }
    for (const path of [...LAZY_BUILDERS, ...COMPONENT_ONLY]) {
      expect(importers.get(path), path).toHaveLength(1);
      expect(importers.get(path)![0], path).toMatch(/^lib\/charts\/\w+\/definition\.ts$/);
    }
  });
});
