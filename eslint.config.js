import js from '@eslint/js'
import globals from 'globals'
import eslintConfigPrettier from 'eslint-config-prettier/flat'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

// Syntax-level bans live here. Which layer may import which (renderer, pure shared modules, core,
// door, transports, CLI) and the ban on import cycles live in .dependency-cruiser.cjs; `npm run
// lint` runs both.

const rawIpc = {
  paths: [
    {
      name: 'electron',
      importNames: ['ipcMain', 'ipcRenderer'],
      message: 'Use the typed helpers in electron/main/ipc.ts and electron/preload/ (the contract), never raw ipcMain/ipcRenderer.',
    },
  ],
}

const rawIpcSyntax = [
  { selector: "MemberExpression[object.name='ipcMain']", message: 'Raw ipcMain is banned: use the typed handle helper.' },
  { selector: "MemberExpression[object.name='ipcRenderer']", message: 'Raw ipcRenderer is banned: use the typed invoke helper.' },
]

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-output/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', rawIpc],
      'no-restricted-syntax': ['error', ...rawIpcSyntax],
    },
  },
  {
    // The only two places the raw IPC objects may appear: the typed helpers themselves.
    files: ['electron/main/ipc.ts', 'electron/preload/index.ts'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-syntax': 'off' },
  },
  {
    // The core, the CLI and the tests run under plain Node, where Electron cannot start.
    files: [
      'electron/core/**',
      'electron/cli/**',
      'electron/bridge/**',
      'electron/features/**',
      'electron/door/**',
      'electron/contract/**',
      'test/**',
      'renderer/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'No Electron imports here: this code runs under plain Node and in the browser bridge.' }] },
      ],
    },
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-syntax': [
        'error',
        ...rawIpcSyntax,
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Personal data is rendered as text, never HTML.' },
      ],
    },
  },
  // Last: Prettier owns layout, so any stylistic rule that could fight it is off.
  eslintConfigPrettier,
  {
    // Kept on (eslint-config-prettier turns it off): semicolon-free code relies on it to catch a
    // line that silently continues the one before, at least until the formatter is enforced.
    rules: { 'no-unexpected-multiline': 'error' },
  },
)
