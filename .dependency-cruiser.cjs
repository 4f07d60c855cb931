/**
 * Cabinet's layers, enforced by `npm run lint` (dependency-cruiser; ESLint keeps the syntax-level
 * bans). The map these rules police is in docs/ARCHITECTURE.md; test/unit/lint/layers.test.ts
 * proves each rule bites. Paths are regular expressions relative to the repository root.
 */

/**
 * Pure shared modules: plain data, zod schemas and functions with no Node, no database and no
 * Electron, so the renderer can bundle them. A new pure file either matches a pattern here (an
 * area's api.ts, schemas.ts, views.ts, vocab.ts, or anything under core/rules/) or is listed by
 * name with the reason it is safe. tsconfig.renderer.json lists the same files, so each is also
 * type-checked without Node's types.
 */
const PURE = [
  '^electron/contract/',
  '^electron/core/rules/',
  '^electron/core/.+/(api|schemas|views|vocab)\\.ts$',
  '^electron/core/auth/(permissions|roles|password-policy)\\.ts$',
  // zxcvbn and its dictionaries: the renderer imports this on demand only (it is most of a megabyte).
  '^electron/core/auth/password-estimator\\.ts$',
  // The vocabulary helper and the operation spec pieces: plain data and zod, read by every api.ts.
  '^electron/core/vocab\\.ts$',
  '^electron/core/operations/(spec|common)\\.ts$',
  // CabinetError and its codes: the renderer shows the code's message and the contract types it.
  '^electron/core/errors\\.ts$',
  // The families area's field rules and its vocabularies (statuses, roles, sources).
  '^electron/core/families/(fields|types)\\.ts$',
  // Document categories and export file names, shown and chosen in the renderer.
  '^electron/core/vault/catalogue\\.ts$',
  // The volunteers area's settings, presets and due-date arithmetic (zod, date-fns): the screens show the dates the core reminds of.
  '^electron/core/volunteers/(presets|schedule)\\.ts$',
  // The retention record classes and their words, shown on the retention and schedule screens.
  '^electron/core/data-map/record-classes\\.ts$',
  // P06's small-count rule and its words: the core withholds, the Reports screen and print put the result into words.
  '^electron/core/reports/suppress\\.ts$',
]

/** The only packages a pure module may use: each runs unchanged in Node and in the browser. */
const PURE_PACKAGES = '(^|/)node_modules/(zod|libphonenumber-js|date-fns|@zxcvbn-ts/[^/]+)/'

/** Packages that need Node (native code, servers, the Electron runtime) or exist only to build and test. */
const NODE_ONLY_PACKAGES =
  '(^|/)node_modules/(electron|better-sqlite3|better-sqlite3-multiple-ciphers|@journeyapps/sqlcipher|@hono/node-server|tsx|playwright-core|@axe-core/playwright|vitest|electron-vite|electron-builder)/'

/** The one door: the dispatcher and the document byte routes, shared by every transport. */
const DOOR = '^electron/door/'

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'renderer-imports-renderer-or-pure',
      severity: 'error',
      comment:
        "The renderer may import renderer files and the pure shared modules (the contract, core/rules, an area's api/schemas/views/vocab …), nothing else from the repository.",
      from: { path: '^renderer/' },
      to: { dependencyTypesNot: ['core', 'npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'], pathNot: ['^renderer/', ...PURE] },
    },
    {
      name: 'renderer-no-node',
      severity: 'error',
      comment: 'The renderer runs in a browser: no Node built-ins (node:fs …) and no packages that need Node or only build and test.',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-no-node-packages',
      severity: 'error',
      comment: 'The renderer runs in a browser: no packages that need Node (native code, servers, Electron) or exist only to build and test.',
      from: { path: '^renderer/' },
      to: { path: NODE_ONLY_PACKAGES },
    },
    {
      name: 'pure-imports-only-pure',
      severity: 'error',
      comment:
        'A pure module (the renderer bundles it) may import only other pure modules and zod, libphonenumber-js or date-fns: no node:*, no database, no fs. This covers electron/contract/, which is pure.',
      from: { path: PURE },
      to: { pathNot: [...PURE, PURE_PACKAGES] },
    },
    {
      name: 'core-imports-nothing-above-it',
      severity: 'error',
      comment: 'electron/core/ is the domain under plain Node: it never imports the contract, the door, the transports, the CLI, the renderer or Electron.',
      from: { path: '^electron/core/' },
      to: { path: ['^electron/(contract|door|bridge|main|preload|cli)/', '^renderer/', '(^|/)node_modules/electron/'] },
    },
    {
      name: 'door-imports-core-and-contract',
      severity: 'error',
      comment:
        'The door (electron/door/: the dispatcher, the document routes, the built app files) may import core and the contract, never a transport, the CLI or the renderer.',
      from: { path: DOOR },
      to: { path: ['^electron/(bridge|main|preload|cli)/', '^renderer/'] },
    },
    {
      name: 'bridge-not-main',
      severity: 'error',
      comment:
        'The bridge and the Electron main process share only transport-neutral modules (door, core, contract): the bridge never imports electron/main/ or electron/preload/.',
      from: { path: '^electron/bridge/' },
      to: { path: '^electron/(main|preload)/' },
    },
    {
      name: 'main-not-bridge',
      severity: 'error',
      comment: 'The Electron main process and the bridge share only transport-neutral modules: main never imports electron/bridge/.',
      from: { path: '^electron/(main|preload)/' },
      to: { path: '^electron/bridge/' },
    },
    {
      name: 'transports-not-cli-or-renderer',
      severity: 'error',
      comment: 'The bridge and the Electron main process import door, core and contract; never the CLI or the renderer.',
      from: { path: '^electron/(bridge|main|preload)/' },
      to: { path: ['^electron/cli/', '^renderer/'] },
    },
    {
      name: 'cli-imports-core-contract-door',
      severity: 'error',
      comment: 'The CLI imports core, the contract and the door; not the bridge, the Electron main process or the renderer.',
      from: { path: '^electron/cli/' },
      to: { path: ['^electron/(bridge|main|preload)/', '^renderer/', '(^|/)node_modules/electron/'] },
    },
    {
      name: 'source-not-tests',
      severity: 'error',
      comment: 'Shipped code never imports the tests or the benchmarks.',
      from: { path: '^(electron|renderer)/' },
      to: { path: '^(test|bench)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles: a cycle makes load order matter and the layers meaningless.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that does not resolve would let a layer rule pass unseen.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count too: a layer that imports another's types depends on it.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
}
