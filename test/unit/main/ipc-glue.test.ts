import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'

// Electron cannot start here, so its two IPC objects are stand-ins that record what the glue
// registers and sends. The code under test is the real preload and the real ipc.ts.
const fake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  sent: [] as unknown[][],
}))
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => fake.exposed.set(key, api) },
  ipcRenderer: { invoke: (...args: unknown[]) => (fake.sent.push(args), Promise.resolve({ ok: true, value: null })) },
  ipcMain: { handle: (name: string, fn: (event: unknown, ...args: unknown[]) => unknown) => fake.handlers.set(name, fn) },
}))

beforeEach(() => {
  fake.sent.length = 0
})

describe('preload', () => {
  it('exposes exactly one object, window.cabinet, with one function, invoke, forwarding every operation (print-to-PDF too) to the one IPC channel', async () => {
    await import('../../../electron/preload/index')
    expect([...fake.exposed.keys()]).toEqual(['cabinet'])
    const api = fake.exposed.get('cabinet') as Record<string, (...a: unknown[]) => Promise<unknown>>
    expect(Object.keys(api)).toEqual(['invoke'])
    await api.invoke('app.state', {})
    await api.invoke('app.print.toPdf', { route: '#/print/x', suggestedName: 'x' })
    expect(fake.sent).toEqual([
      ['cabinet:invoke', 'app.state', {}],
      ['cabinet:invoke', 'app.print.toPdf', { route: '#/print/x', suggestedName: 'x' }],
    ])
  })
})

describe('registerIpc', () => {
  it('dispatches calls from our frames and answers anyone else "forbidden" without dispatching', async () => {
    const { registerIpc } = await import('../../../electron/main/ipc')
    const calls: unknown[][] = []
    const dispatch = async (channel: string, args: unknown) => (calls.push([channel, args]), { ok: true as const, value: 'done' })
    registerIpc(dispatch, (event) => (event as unknown as { trusted: boolean }).trusted)
    // One IPC channel: print-to-PDF is an operation like every other ('app.print.toPdf').
    expect([...fake.handlers.keys()].sort()).toEqual(['cabinet:invoke'])

    const invoke = fake.handlers.get('cabinet:invoke')!
    expect(await invoke({ trusted: true }, 'app.state', {})).toEqual({ ok: true, value: 'done' })
    expect(await invoke({ trusted: false }, 'app.users.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await invoke({ trusted: false }, 'app.print.toPdf', { route: '#/print/x', suggestedName: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    expect(calls).toEqual([['app.state', {}]])
  })
})

describe('what ships', () => {
  it('the main process and preload never import the browser bridge', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]))
    for (const file of [...files('electron/main'), ...files('electron/preload')]) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/from ['"][./]*\/bridge\//)
    }
  })
})
