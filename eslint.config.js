// ESLint flat config: type-aware rules everywhere, and the house rules of ARCHITECTURE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const domGlobals = ['window', 'document', 'indexedDB', 'localStorage', 'sessionStorage', 'navigator', 'HTMLElement', 'Worker']
  .map((name) => ({ name, message: 'src/model is pure: no DOM or browser globals (ARCHITECTURE.md).' }));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-restricted-syntax': ['error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Names are data: never inject markup.' },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'Names are data: never inject markup.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Names are data: never inject markup.' },
        { selector: "CallExpression[callee.property.name='html']", message: 'No d3 .html(): names are data.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Names are data: never inject markup.' },
      ],
    },
  },
  {
    files: ['**/*.tsx', 'src/editor/**/*.ts', 'src/charts/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['src/model/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['react', 'react-dom', 'dexie', 'dexie-react-hooks', '@xyflow/react', 'd3-selection', 'd3'].map((name) => ({
          name, message: 'src/model is pure: no React, Dexie, React Flow or d3-selection (ARCHITECTURE.md).',
        })),
        patterns: [{ group: ['react-dom/*', '@xyflow/*', '**/editor/**', '**/storage/**', '**/charts/**', '**/survey/../**', 'node:*', 'fs', 'path'],
          message: 'src/model imports nothing of the app and nothing of Node (ARCHITECTURE.md).' }],
      }],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/editor/**', '**/storage/**', '**/charts/**', 'react', 'react-dom', 'dexie'], message: 'cli imports only model (ARCHITECTURE.md).' }] }],
    },
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/editor/**', '**/charts/**', '**/survey/**', '!**/model/survey/**', 'react', 'react-dom'], message: 'storage imports only model (ARCHITECTURE.md).' }] }],
    },
  },
  {
    files: ['src/charts/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/editor/**'], message: 'charts never import editor (ARCHITECTURE.md).' }] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
