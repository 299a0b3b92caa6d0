import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * V8's compile hint (Chrome 136 on): every function of the file is compiled while the file
 * streams in, on a background thread, rather than on the page's thread the first time each is
 * called. Only the first line of a file is read for it.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** What the hint needs of a bundle: each chunk's source module and the chunks it imports. */
interface ChunkLike {
  type: string;
  facadeModuleId?: string | null;
  imports?: string[];
}

/** The chunks of `entries` (source paths ending so) and every chunk they import, by file name. */
export function chunksRunOnLoad(bundle: Record<string, ChunkLike>, entries: string[]): string[] {
  const found = new Set<string>();
  const visit = (name: string) => {
    const chunk = bundle[name];
    if (found.has(name) || chunk?.type !== 'chunk') return;
    found.add(name);
    for (const next of chunk.imports ?? []) visit(next);
  };
  for (const [name, chunk] of Object.entries(bundle))
    if (entries.some((entry) => chunk.facadeModuleId?.endsWith(entry))) visit(name);
  return [...found].sort();
}

/**
 * Marks the code that runs as soon as it loads (the dashboard coming to life, an embed) for eager
 * compiling: the page's thread then only runs it, and its first tasks stay short. Code loaded on
 * intent (the editor, exports) keeps V8's lazy compiling.
 */
export function compileHints(entries: string[]): Plugin {
  return {
    name: 'tradelens-compile-hints',
    apply: 'build',
    enforce: 'post',
    // On the files written: the build puts its own first line (the map of a chunk's lazy
    // imports) into the code after every plugin's generateBundle.
    writeBundle(options, bundle) {
      for (const name of chunksRunOnLoad(bundle, entries)) {
        const file = join(options.dir ?? 'dist', name);
        const code = readFileSync(file, 'utf8');
        if (!code.startsWith(COMPILE_HINT)) writeFileSync(file, COMPILE_HINT + code);
      }
    },
  };
}
