// ESLint flat config: typescript-eslint (type-aware where tsconfig.json covers
// the file), the Lit, web-component and Lit a11y plugins. Formatting is
// Prettier's job (`prettier --check .` in `npm run lint`), not ESLint's.
import { defineConfig } from 'eslint/config';
import { builtinRules } from 'eslint/use-at-your-own-risk';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

// ESLint's own recommended set, read from the rules' metadata (ESLint 10 no
// longer bundles it; `@eslint/js` would be one more dependency for one list).
const eslintRecommended = Object.fromEntries(
  [...builtinRules].filter(([, rule]) => rule.meta?.docs?.recommended).map(([name]) => [name, 'error']),
);

// Every lit-a11y rule that is not deprecated (the plugin's `recommended`
// leaves `valid-lang` off); the two deprecated ones stay off:
// `accessible-emoji` (screen readers read emoji) and
// `no-invalid-change-handler` (`change` on a <select> no longer fires on every arrow key).
const litA11yRules = Object.fromEntries(
  Object.entries(litA11y.rules).map(([name, rule]) => [`lit-a11y/${name}`, rule.meta?.deprecated ? 'off' : 'error']),
);

// What tsconfig.json compiles: these get the type-aware rules.
const typed = ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'bench/**/*.ts'];

// Files that run in Node (build, check and bench drivers, tool configs).
const nodeFiles = [
  'scripts/**/*.{js,mjs,cjs,ts}',
  'bin/*.js',
  'test/cli/**/*.js',
  'bench/run.js',
  'bench/serve-sources.js',
  'bench/map-profile.js',
  '*.config.{js,mjs,cjs}',
  '.storybook/main.ts',
];

export default defineConfig(
  {
    // Generated or vendored: made by tools, not by hand.
    ignores: [
      '**/node_modules/',
      'dist/',
      'storybook-static/',
      'coverage/',
      'src/i18n/locales/',
      'src/components/guide/locales/',
      '**/*.gen.ts',
      'examples/*/dist/',
      'test/visual/baselines/',
      'bench/results/',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  { rules: eslintRecommended },
  tseslint.configs.recommended,
  {
    files: typed,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // `await Promise.all(elements.map((e) => e.updateComplete))`: some have one, some do not, and that is fine.
      '@typescript-eslint/await-thenable': ['error', { allowMixedPromiseArrays: true }],
    },
  },
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: litA11yRules,
  },
  {
    // Our elements extend LitElement or FairElement, not HTMLElement directly.
    settings: { wc: { elementBaseClasses: ['LitElement', 'FairElement'] } },
    rules: {
      // LitElement defines every lifecycle callback, so `super.connectedCallback()` needs no guard.
      'wc/guard-super-call': 'off',
      // `<ul role="list">` on purpose: WebKit drops the list role of a `list-style: none` list.
      'lit-a11y/no-redundant-role': 'off',
      // Lit calls `@click=${this.onClick}` with the host as `this`, Leaflet calls `on(type, fn, ctx)` with `ctx`:
      // the rule sees neither and fired only on those (and on saved-and-restored `window.fetch` in tests).
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // @open-wc/semantic-dom-diff types chai's `equal` as returning a Promise (for `.dom.equal`),
      // so every synchronous `expect(x).to.equal(y)` would count as a floating promise.
      '@typescript-eslint/no-floating-promises': ['error', { allowForKnownSafeCalls: ['Equal'] }],
      // Same typing: `then: (f) => expect(...).to.equal(...)` callbacks would count as misused promises.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      // Chai's property assertions (`expect(x).to.exist`, `.to.be.true`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
      // A test helper stays `async` so every call reads `await helper()`, whether or not it awaits today.
      '@typescript-eslint/require-await': 'off',
      // Tests read feeds with `await (await fetch(url)).json()` and poke at them untyped on purpose.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    languageOptions: { globals: globals.browser },
  },
  {
    files: nodeFiles,
    languageOptions: { globals: globals.node },
  },
  {
    files: ['demo/sw.js'],
    languageOptions: { globals: globals.serviceworker },
  },
);
