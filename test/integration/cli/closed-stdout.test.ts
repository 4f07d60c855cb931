import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const REPO = join(import.meta.dirname, '../../..')

/**
 * `npm run cli -- … | head -1`: the reader goes away before the CLI has written. Here the pipe is
 * closed before the CLI writes at all, which is the same to the CLI: its writes fail with EPIPE.
 */
function runWithClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], { cwd: REPO, env: { ...process.env, CABINET_PASSWORD: '' } })
  child.stdout.destroy()
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  child.stdin.end()
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stderr }))
  })
}

describe('the CLI when its output is closed early', () => {
  it('exits quietly with its own exit code, no EPIPE stack trace', async () => {
    const r = await runWithClosedStdout(['help'])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    // A cold tsx start-up can take most of a minute on a busy machine.
  }, 120_000)
})
