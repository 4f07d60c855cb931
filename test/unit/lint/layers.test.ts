import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { cruise, type ICruiseResult } from 'dependency-cruiser'
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * The layer rules in .dependency-cruiser.cjs, run through dependency-cruiser's own API on a small
 * fixture tree laid out like the repository. Each fixture file makes one import; the test checks
 * the rule that names it fires (or that nothing fires, for an allowed import).
 */

const repoRoot = resolve(import.meta.dirname, '../../..')

// Imports that other fixtures aim at: a non-pure core module, pure modules, one file per layer.
const targets: Record<string, string> = {
  'electron/core/families/families.ts': 'export const families = 1\n',
  'electron/core/families/views.ts': "import { z } from 'zod'\nexport const familyView = z.object({ id: z.number() })\n",
  'electron/core/rules/names.ts': "import { z } from 'zod'\nexport const personName = z.string()\n",
  'electron/contract/index.ts': "import { familyView } from '../core/families/views'\nexport const contract = { familyView }\n",
  'electron/door/dispatch.ts':
    "import { contract } from '../contract'\nimport { families } from '../core/families/families'\nexport const dispatch = { contract, families }\n",
  'electron/bridge/token.ts': 'export const token = 1\n',
  'electron/main/window.ts': 'export const mainWindow = 1\n',
  'electron/door/app-files/csp.ts': 'export const securityHeaders = {}\n',
  'renderer/ui/button.ts': 'export const button = 1\n',
}

// Each case: the file that imports, what it imports, and the rule expected to refuse it.
const refused: { file: string; code: string; rule: string; what: string }[] = [
  {
    what: 'renderer importing a non-pure core module',
    file: 'renderer/imports-core.ts',
    code: "export { families } from '../electron/core/families/families'\n",
    rule: 'renderer-imports-renderer-or-pure',
  },
  { what: 'renderer importing node:fs', file: 'renderer/imports-node-fs.ts', code: "export { readFileSync } from 'node:fs'\n", rule: 'renderer-no-node' },
  {
    what: 'renderer importing the native database',
    file: 'renderer/imports-database.ts',
    code: "export { default } from 'better-sqlite3-multiple-ciphers'\n",
    rule: 'renderer-no-node-packages',
  },
  {
    what: 'renderer importing a file that does not exist',
    file: 'renderer/imports-nothing.ts',
    code: "export { gone } from './gone'\n",
    rule: 'not-to-unresolvable',
  },
  {
    what: 'a pure module importing node:fs',
    file: 'electron/core/rules/reads-files.ts',
    code: "export { readFileSync } from 'node:fs'\n",
    rule: 'pure-imports-only-pure',
  },
  {
    what: 'a pure module importing a non-pure one',
    file: 'electron/core/families/schemas.ts',
    code: "export { families } from './families'\n",
    rule: 'pure-imports-only-pure',
  },
  {
    what: 'the contract importing a non-pure core module',
    file: 'electron/contract/areas/families.ts',
    code: "export { families } from '../../core/families/families'\n",
    rule: 'pure-imports-only-pure',
  },
  {
    what: 'core importing the contract',
    file: 'electron/core/uses-contract.ts',
    code: "export { contract } from '../contract'\n",
    rule: 'core-imports-nothing-above-it',
  },
  {
    what: 'core importing the door',
    file: 'electron/core/uses-door.ts',
    code: "export { dispatch } from '../door/dispatch'\n",
    rule: 'core-imports-nothing-above-it',
  },
  // Built from parts so that a search of the tests for real Electron imports does not match this snippet.
  {
    what: 'core importing Electron',
    file: 'electron/core/uses-electron.ts',
    code: `export { app } from '${'elec' + 'tron'}'\n`,
    rule: 'core-imports-nothing-above-it',
  },
  { what: 'main importing the bridge', file: 'electron/main/uses-bridge.ts', code: "export { token } from '../bridge/token'\n", rule: 'main-not-bridge' },
  { what: 'the bridge importing main', file: 'electron/bridge/uses-main.ts', code: "export { mainWindow } from '../main/window'\n", rule: 'bridge-not-main' },
  {
    what: 'the door importing main',
    file: 'electron/door/uses-main.ts',
    code: "export { mainWindow } from '../main/window'\n",
    rule: 'door-imports-core-and-contract',
  },
  {
    what: 'the door (electron/door/) importing the CLI',
    file: 'electron/door/uses-cli.ts',
    code: "export { cli } from '../cli/allowed'\n",
    rule: 'door-imports-core-and-contract',
  },
  {
    what: 'the door importing the bridge',
    file: 'electron/door/uses-bridge.ts',
    code: "export { token } from '../bridge/token'\n",
    rule: 'door-imports-core-and-contract',
  },
  {
    what: 'the CLI importing the bridge',
    file: 'electron/cli/uses-bridge.ts',
    code: "export { token } from '../bridge/token'\n",
    rule: 'cli-imports-core-contract-door',
  },
  { what: 'shipped code importing a test', file: 'electron/core/uses-test.ts', code: "export { helper } from '../../test/helper'\n", rule: 'source-not-tests' },
  {
    what: 'a cycle between two core modules',
    file: 'electron/core/cycle-a.ts',
    code: "import { b } from './cycle-b'\nexport const a = () => b\n",
    rule: 'no-circular',
  },
  {
    what: 'a cycle between the bridge and the door',
    file: 'electron/door/documents/routes.ts',
    code: "import { routes } from '../../bridge/routes'\nexport const documentRoutes = () => routes\n",
    rule: 'no-circular',
  },
]

// Imports each layer may make; none of these files may be reported.
const allowed: { file: string; code: string; what: string }[] = [
  {
    what: 'renderer importing renderer files, pure modules, the contract and browser packages',
    file: 'renderer/allowed.ts',
    code: "export { button } from './ui/button'\nexport { familyView } from '../electron/core/families/views'\nexport { personName } from '../electron/core/rules/names'\nexport { contract } from '../electron/contract'\nexport { z } from 'zod'\n",
  },
  {
    what: 'a pure module importing pure modules, zod, libphonenumber-js and date-fns',
    file: 'electron/core/rules/allowed.ts',
    code: "export { personName } from './names'\nexport { familyView } from '../families/views'\nexport { z } from 'zod'\nexport { parsePhoneNumberFromString } from 'libphonenumber-js'\nexport { format } from 'date-fns'\n",
  },
  {
    what: 'core importing core, Node and the database',
    file: 'electron/core/allowed.ts',
    code: "export { families } from './families/families'\nexport { readFileSync } from 'node:fs'\nexport { default as Database } from 'better-sqlite3-multiple-ciphers'\n",
  },
  {
    what: 'the door importing core and the contract',
    file: 'electron/door/allowed.ts',
    code: "export { families } from '../core/families/families'\nexport { contract } from '../contract'\n",
  },
  {
    what: 'main importing the door, core and the contract',
    file: 'electron/main/allowed.ts',
    code: "export { dispatch } from '../door/dispatch'\nexport { families } from '../core/families/families'\nexport { contract } from '../contract'\n",
  },
  {
    what: 'the bridge importing the door, core and the contract',
    file: 'electron/bridge/allowed.ts',
    code: "export { dispatch } from '../door/dispatch'\nexport { families } from '../core/families/families'\nexport { contract } from '../contract'\n",
  },
  {
    what: 'the CLI importing core, the door and the contract',
    file: 'electron/cli/allowed.ts',
    code: "export { families } from '../core/families/families'\nexport { dispatch } from '../door/dispatch'\nexport { contract } from '../contract'\nexport const cli = 1\n",
  },
  // Both transports serve the built renderer with the door's path check and security headers.
  {
    what: 'bridge/server.ts importing door/app-files/csp.ts',
    file: 'electron/bridge/server.ts',
    code: "export { securityHeaders } from '../door/app-files/csp'\n",
  },
]

const support: Record<string, string> = {
  'electron/core/cycle-b.ts': "import { a } from './cycle-a'\nexport const b = () => a\n",
  'electron/bridge/routes.ts': "import { documentRoutes } from '../door/documents/routes'\nexport const routes = [documentRoutes]\n",
  'test/helper.ts': 'export const helper = 1\n',
}

describe('lint enforces the layers (dependency-cruiser)', () => {
  let root: string
  let result: ICruiseResult

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'cabinet-layers-'))
    for (const [file, code] of Object.entries({ ...targets, ...support, ...Object.fromEntries([...refused, ...allowed].map((c) => [c.file, c.code])) })) {
      mkdirSync(dirname(join(root, file)), { recursive: true })
      writeFileSync(join(root, file), code)
    }
    // The fixtures' packages (zod, the database driver, Electron) resolve from the real install.
    symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'), 'dir')
    const options = await extractDepcruiseOptions(join(repoRoot, '.dependency-cruiser.cjs'))
    // baseDir: modules are named relative to the fixture root, as the rules' paths assume.
    const { output } = await cruise(['electron', 'renderer'], { ...options, baseDir: root })
    if (typeof output === 'string') throw new Error('dependency-cruiser returned a report, not a result')
    result = output
  }, 60_000)

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true })
  })

  /** Modules a violation is about: its importer and, for a cycle, every module on it. */
  const modulesOf = (v: ICruiseResult['summary']['violations'][number]): string[] => [v.from, ...(v.cycle ?? []).map((c) => c.name)]
  const rulesBrokenBy = (file: string): string[] => result.summary.violations.filter((v) => modulesOf(v).includes(file)).map((v) => v.rule.name)

  it.each(refused)('refuses $what ($rule)', ({ file, rule }) => {
    expect(rulesBrokenBy(file)).toContain(rule)
  })

  it.each(allowed)('allows $what', ({ file }) => {
    expect(rulesBrokenBy(file)).toEqual([])
  })

  it('checks every fixture it was given, so a silent resolver failure cannot pass the test', () => {
    const cruised = new Set(result.modules.map((m) => m.source))
    for (const file of [...refused, ...allowed].map((c) => c.file)) expect(cruised).toContain(file)
  })
})
