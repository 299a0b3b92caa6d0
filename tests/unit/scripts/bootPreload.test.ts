import { describe, expect, it } from 'vitest';
import { bootPreload } from '../../../scripts/bootPreload';

/** A bundle as Vite hands it to plugins: the page's entry, an embed, the dashboard's chunk. */
const bundle = {
  'assets/index.js': { type: 'chunk', facadeModuleId: '/p/index.html' },
  'assets/embed.js': { type: 'chunk', facadeModuleId: '/p/embed.html' },
  'assets/startDashboard.js': { type: 'chunk', facadeModuleId: '/p/src/app/startDashboard.ts' },
};
/** What Vite would announce for `import('./startDashboard.js')`: the file and all it needs. */
const deps = ['assets/startDashboard.js', 'assets/shared.js', 'assets/svelte.js'];

/** The plugin's hook as the build calls it, with the bundle being written. */
function written(entry: string) {
  const boot = bootPreload(entry);
  const hook = boot.plugin.generateBundle as { handler: (o: unknown, b: unknown) => void };
  hook.handler({}, bundle);
  return boot;
}

describe('bootPreload', () => {
  it('resolveDependencies(file, deps, { hostId }) announces nothing for the page’s entry', () => {
    const boot = written('index.html');
    expect(
      boot.resolveDependencies('assets/startDashboard.js', deps, { hostId: 'assets/index.js' }),
    ).toEqual([]);
  });

  it('resolveDependencies(file, deps, { hostId }) keeps every link of imports made elsewhere', () => {
    const boot = written('index.html');
    expect(
      boot.resolveDependencies('assets/startDashboard.js', deps, { hostId: 'assets/embed.js' }),
    ).toEqual(deps);
    expect(
      boot.resolveDependencies('assets/editor.js', deps, { hostId: 'assets/startDashboard.js' }),
    ).toEqual(deps);
  });

  it('resolveDependencies(file, deps, { hostId }) keeps every link before the bundle is known', () => {
    expect(
      bootPreload('index.html').resolveDependencies('assets/startDashboard.js', deps, {
        hostId: 'assets/index.js',
      }),
    ).toEqual(deps);
  });

  it('bootPreload(entry) reads the bundle before the build asks, and applies to builds only', () => {
    const { plugin } = bootPreload('index.html');
    expect(plugin.apply).toBe('build');
    expect((plugin.generateBundle as { order: string }).order).toBe('pre');
  });
});
