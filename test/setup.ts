// Shared test setup. Component tests opt into jsdom with `// @vitest-environment jsdom`;
// the DOM stand-ins below are installed only when a DOM is present.
import 'fake-indexeddb/auto';

if (typeof window !== 'undefined') {
  await import('./dom-setup.ts');
}
