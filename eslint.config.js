import js from '@eslint/js'
import importX from 'eslint-plugin-import-x'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * Import patterns a layer may not use, as one `no-restricted-imports` rule. Every layer takes zod
 * from src/api/zod.ts: zod/mini with its English messages set (mini has none of its own).
 */
const ZOD_ONLY_VIA_API = {
  regex: '^zod(/|$)',
  message: "Import z from '@/api/zod' (zod/mini, messages configured).",
}
const restrict = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns: [...patterns, ZOD_ONLY_VIA_API] }],
})
const noDemoBackend = (message) => ({ group: ['@/mocks', '@/mocks/*', '**/mocks/*'], message })
const SUB_FEATURES = ['create', 'scale', 'delete', 'details']
const FEATURE_RULES = [
  noDemoBackend('Features never import the demo backend.'),
  { group: ['@/app', '@/app/*'], message: 'Features never import the app shell.' },
]

const NO_HTML = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'Render text, never HTML.',
}
/** Props whose text a user reads or hears. */
const TEXT_PROPS =
  '/^(label|title|placeholder|helperText|alt|aria-label|aria-valuetext|aria-roledescription|primary|secondary|heading|description|message|tooltip|text|caption|emptyText|hint|reason|legend|summary|[a-z]+(Label|Text|Title|Message|Hint))$/'
const WORDS = '/[A-Za-z\\u4e00-\\u9fff]{2}/'
const translate = 'Words the console shows go through i18n: t("…") from useTranslation (src/i18n).'
/** A text written in place: a string, a template, or either branch of a ?: or ??/||. */
const TEXT_VALUES = [
  `Literal[value=${WORDS}]`,
  `TemplateLiteral > TemplateElement[value.raw=${WORDS}]`,
].flatMap((text) => [
  text,
  `:matches(ConditionalExpression, LogicalExpression) > ${text}`,
  `ConditionalExpression > ConditionalExpression > ${text}`,
])
const NO_LITERAL_TEXT = [
  `JSXText[value=${WORDS}]:not([value=/^\\s*ModelArts\\s*$/])`,
  ...TEXT_VALUES.map((v) => `:matches(JSXElement, JSXFragment) > JSXExpressionContainer > ${v}`),
  ...TEXT_VALUES.map(
    (v) => `JSXAttribute[name.name=${TEXT_PROPS}] > JSXExpressionContainer > ${v}`,
  ),
  `JSXAttribute[name.name=${TEXT_PROPS}] > Literal[value=${WORDS}]`,
].map((selector) => ({ selector, message: translate }))

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'public/mockServiceWorker.js',
      'playwright-report',
      'test-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: './tsconfig.app.json' }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Focusing Cancel in a destructive confirmation is deliberate; DOM autofocus stays banned.
      'jsx-a11y/no-autofocus': ['error', { ignoreNonDOM: true }],
      'import-x/no-cycle': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': ['error', NO_HTML],
      // Data flows one way: app → features → components/lib/api. Features never reach into the
      // demo backend, and nothing below the app layer reaches up into it.
      ...restrict(noDemoBackend('Only main.tsx (lazily) and tests may import the demo backend.')),
    },
  },
  {
    // Every word the console shows goes through i18n (src/i18n): a literal text in JSX, or in
    // a prop that is read out or shown (label, title, aria-label, helperText, …), fails lint.
    // Allowed: props taking a fixed value (variant="outlined"), keys passed to t(), the
    // product's name.
    files: ['src/**/*.tsx'],
    ignores: ['**/*.test.tsx', '**/*.test-helpers.tsx', 'src/test/**', 'src/mocks/**'],
    rules: {
      'no-restricted-syntax': ['error', NO_HTML, ...NO_LITERAL_TEXT],
    },
  },
  {
    files: ['src/components/**', 'src/lib/**', 'src/api/**'],
    rules: restrict(noDemoBackend('The demo backend is not a dependency.'), {
      group: ['@/features/*', '@/app/*'],
      message: 'Lower layers never import upwards.',
    }),
  },
  {
    files: ['src/features/**'],
    rules: restrict(...FEATURE_RULES),
  },
  // One sub-feature never reaches into another's insides: what they share lives a level up
  // (features/pools/*.ts). Only the pool actions open the dialogs, by their entry files.
  ...SUB_FEATURES.map((sub) => ({
    files: [`src/features/pools/${sub}/**`],
    ignores: ['**/*.test.{ts,tsx}', '**/*.test-helpers.{ts,tsx}'],
    rules: restrict(...FEATURE_RULES, {
      group: SUB_FEATURES.filter((other) => other !== sub).flatMap((other) => [
        `../${other}/*`,
        `../../${other}/*`,
        `@/features/pools/${other}/*`,
      ]),
      message: `${sub}/ does not import another sub-feature's insides: move what both need up to features/pools/.`,
    }),
  })),
  {
    files: ['src/api/**'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: restrict(noDemoBackend('The demo backend is not a dependency.'), {
      group: ['@/lib', '@/lib/*', '@/components/*', '@/features/*', '@/app/*'],
      message: 'api/ is the bottom layer: lib and the UI build on it, never the other way.',
    }),
  },
  {
    // The demo backend, the entry point and tests are allowed to wire the simulator in.
    files: [
      'src/mocks/**',
      'src/main.tsx',
      'src/test/**',
      'src/**/*.test.{ts,tsx}',
      'src/**/*.test-helpers.{ts,tsx}',
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: [ZOD_ONLY_VIA_API] }] },
  },
  {
    files: ['src/api/zod.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Runs in the page before the app: a plain browser script.
    files: ['public/color-scheme.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
  {
    files: ['*.{js,ts,mjs}', 'e2e/**/*.{ts,mjs}', 'server/**/*.{ts,mjs,js}'],
    languageOptions: { globals: globals.node },
  },
  {
    // Code passed to page.evaluate runs in the browser.
    files: ['e2e/**/*.{ts,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    // Playwright reads a fixture's dependencies from its destructured first argument: `({}, use)`.
    rules: { 'no-empty-pattern': 'off' },
  },
)
