import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

// electron-builder's own loader and schema check (what `npm run dist:win` runs first), so a
// misspelt or misplaced key fails here rather than on the packaging machine.
const require = createRequire(import.meta.url)
const yaml = require('js-yaml') as { load(text: string): Record<string, unknown> }
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, debugLogger: unknown): Promise<void>
}

const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as {
  nsis: Record<string, unknown>
  win: Record<string, unknown>
  electronFuses: Record<string, boolean>
  files: string[]
  npmRebuild: boolean
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's schema", async () => {
    await expect(validateConfiguration(config, { add() {}, isEnabled: false })).resolves.toBeUndefined()
  })

  it('installs per user without elevation, and never deletes the data on uninstall', () => {
    expect(config.nsis.perMachine).toBe(false)
    expect(config.nsis.allowElevation).toBe(false)
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false)
    expect(config.win.requestedExecutionLevel).toBe('asInvoker')
    expect(config.npmRebuild).toBe(false)
  })

  it('flips the fuses that stop the app being run as Node or inspected, and loads only its own asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('ships the built app only: no sources, no bridge, no demo-data library', () => {
    expect(config.files.filter((f) => !f.startsWith('!'))).toEqual(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json'])
    expect(config.files).toContain('!node_modules/@faker-js/**')
  })
})
