import type { Plugin } from 'vite';

/** What the rule needs of a bundle: each chunk's source module. */
interface ChunkLike {
  type: string;
  facadeModuleId?: string | null;
}

/**
 * The import that brings a prerendered page to life runs in one task when the browser is idle.
 * Vite would announce every chunk it needs with a preload link first, and on a slow device each
 * link costs that task about a millisecond of the page's thread, 10 to 30 ms in all for the
 * dashboard. For the import made by the page's own entry (`entry`, such as `index.html`), none
 * are announced: the browser requests each chunk as it reads the one that imports it, in tasks
 * of a few milliseconds, and the code arrives a round trip or two later while the page is
 * already read from its HTML. Imports made on intent (the editor, exports) keep their links,
 * since a reader waits on them.
 */
export function bootPreload(entry: string): {
  plugin: Plugin;
  resolveDependencies: (file: string, deps: string[], context: { hostId: string }) => string[];
} {
  let bundle: Record<string, ChunkLike> = {};
  return {
    plugin: {
      name: 'tradelens-boot-preload',
      apply: 'build',
      // The build asks for each import's preloads while it writes the bundle: it is read first.
      generateBundle: {
        order: 'pre',
        handler(_options, written) {
          bundle = written as Record<string, ChunkLike>;
        },
      },
    },
    resolveDependencies: (_file, deps, { hostId }) =>
      bundle[hostId]?.facadeModuleId?.endsWith(entry) ? [] : deps,
  };
}
