import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import pluginQuery from '@tanstack/eslint-plugin-query'
import globals from 'globals'
import { importX, createNodeResolver } from 'eslint-plugin-import-x'

// Imports run one way (docs/decisions/007-structure.md): shared (api, components, domain, lib)
// → features → routes / app. A feature never imports another feature; routes compose them.
// The mock API (src/mocks) and the browser app never import each other, except that the mock may
// use src/domain's pure contract rules and tests may start the mock to answer their requests.
const FEATURES = [
  'canvas',
  'demo',
  'forecast',
  'history',
  'leads',
  'preflight',
  'test-run',
  'workflows',
]
const SHARED = ['api', 'components', 'domain', 'lib']
const BROWSER_APP = ['app', 'routes', 'features', ...SHARED]
const layerZones = [
  ...SHARED.map((dir) => ({
    target: `./src/${dir}`,
    from: ['./src/features', './src/routes', './src/app'],
    message: 'Shared code (api, components, domain, lib) must not import features, routes or app.',
  })),
  {
    target: './src/domain',
    from: ['./src/api', './src/components', './src/lib'],
    message: 'src/domain is pure rules: it imports nothing else from src/.',
  },
  {
    target: './src/features',
    from: ['./src/routes', './src/app'],
    message: 'Features must not import routes or app: routes compose features.',
  },
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message:
      'A feature must not import another feature: move the shared piece to api, components, domain or lib, or compose them in a route.',
  })),
  {
    target: './src/mocks',
    from: BROWSER_APP.filter((dir) => dir !== 'domain').map((dir) => `./src/${dir}`),
    message: 'The mock API must not import the browser app (it may use src/domain contract rules).',
  },
]
const appMustNotImportMock = BROWSER_APP.map((dir) => ({
  target: `./src/${dir}`,
  from: './src/mocks',
  message: 'The browser app must not import the mock API: it talks to it over HTTP only.',
}))

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-server',
      'node_modules',
      'src/routeTree.gen.ts',
      'test-results',
      'playwright-report',
      'bench-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text, never HTML.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones }] },
  },
  {
    // Tests (and the shared test helpers) may start the mock API to answer their requests.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/test/**'],
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { zones: [...layerZones, ...appMustNotImportMock] },
      ],
    },
  },
  {
    // sonner is not part of the first load: toasts go through lib/toast, which loads it.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/toast.ts', 'src/components/ui/toaster.tsx', 'src/test/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'sonner', message: 'Import toast from src/lib/toast instead.' }] },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
)
