import '@testing-library/jest-dom/vitest';

// jsdom has no layout, so no ResizeObserver: charts keep their initial width in component tests.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
