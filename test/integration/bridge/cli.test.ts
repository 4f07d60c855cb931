import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../../helpers/temp-dir'

const tempDir = useTempDirs()
const ENTRY = join(process.cwd(), 'electron/bridge/main.ts')

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/**
 * Runs `npm run web -- …` the way npm does (tsx), with an optional stand-in renderer; when
 * `stopAfterLine` is set, sends SIGTERM once the bridge prints its address.
 */
function runWeb(args: string[], env: Record<string, string> = {}, stopAfterLine = false): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString()
      if (stopAfterLine && stdout.includes('\n')) child.kill('SIGTERM')
    })
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

function stubRenderer(): string {
  const dir = tempDir()
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Cabinet</title>')
  return dir
}

describe('npm run web', () => {
  it('exits 2 with the usage when --data-dir is missing', async () => {
    const r = await runWeb([], { CABINET_RENDERER_DIR: stubRenderer() })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--data-dir is required.')
    expect(r.stderr).toContain('Usage: npm run web -- --data-dir <folder> [--port <number>]')
    expect(r.stdout).toBe('')
  })

  it('exits 2 on an unknown option or a bad port', async () => {
    expect((await runWeb(['--data-dir', tempDir(), '--colour', 'blue'], { CABINET_RENDERER_DIR: stubRenderer() })).code).toBe(2)
    const bad = await runWeb(['--data-dir', tempDir(), '--port', 'eighty'], { CABINET_RENDERER_DIR: stubRenderer() })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--port must be a whole number from 0 to 65535.')
  })

  it('asks for `npm run build` when the renderer has not been built', async () => {
    const empty = tempDir()
    mkdirSync(join(empty, 'assets'))
    const r = await runWeb(['--data-dir', tempDir()], { CABINET_RENDERER_DIR: empty })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('Run `npm run build` first.')
  })

  it('prints exactly one line with the address and token, and stops cleanly on SIGTERM', async () => {
    const r = await runWeb(['--data-dir', join(tempDir(), 'data')], { CABINET_RENDERER_DIR: stubRenderer() }, true)
    expect(r.stdout).toMatch(/^Cabinet web bridge: http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{43}\n$/)
    expect(r.code).toBe(0)
  })
})
