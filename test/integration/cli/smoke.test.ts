import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../../helpers/temp-dir'
import { COORDINATOR, closedCabinet } from '../core/host/fixture'

const REPO = join(import.meta.dirname, '../../..')

/** `npm run cli -- …` is `tsx electron/cli/main.ts …`: the same, without npm's own start-up. */
function runMain(args: string[], stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], { cwd: REPO, env: { ...process.env, CABINET_PASSWORD: '' } })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  child.stdin.end(stdin)
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

describe('the CLI as a real process', () => {
  const tempDir = useTempDirs()

  it('passes the exit code through: 0 for a clean verify, 3 for a wrong password', async () => {
    const dir = tempDir()
    closedCabinet(dir)
    const ok = await runMain(['verify', '--data-dir', dir, '--user', COORDINATOR.username, '--password-stdin'], `${COORDINATOR.password}\n`)
    expect(ok.stdout).toContain('Everything checks out.')
    expect(ok.code).toBe(0)
    const wrong = await runMain(['verify', '--data-dir', dir, '--user', COORDINATOR.username, '--password-stdin'], 'Entirely Wrong Words 9\n')
    expect(wrong.stderr).toContain('Error: Wrong username or password.')
    expect(wrong.code).toBe(3)
  })
})
