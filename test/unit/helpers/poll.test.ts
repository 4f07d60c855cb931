import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { nextEvent, poll } from '../../helpers/poll'

describe('test helpers: poll and nextEvent', () => {
  it('poll returns the first value that is not false, null or undefined, retrying checks that throw', async () => {
    let calls = 0
    const value = await poll(
      () => {
        calls++
        if (calls === 1) throw new Error('not yet')
        return calls >= 3 ? `ready after ${calls}` : null
      },
      { what: 'the third call', intervalMs: 1 },
    )
    expect(value).toBe('ready after 3')
  })

  it('poll fails after its time-out, naming what it waited for and the last error', async () => {
    await expect(poll(() => false, { what: 'a thing that never happens', timeoutMs: 30, intervalMs: 5 })).rejects.toThrow(
      /^Timed out after 30 ms waiting for a thing that never happens\.$/,
    )
    await expect(
      poll(
        () => {
          throw new Error('file missing')
        },
        { what: 'the file', timeoutMs: 30, intervalMs: 5 },
      ),
    ).rejects.toThrow('Timed out after 30 ms waiting for the file (the last check threw: file missing).')
  })

  it('nextEvent resolves with the event arguments, or fails naming the event it waited for', async () => {
    const emitter = new EventEmitter()
    const next = nextEvent(emitter, 'ready', { what: 'the child to start' })
    emitter.emit('ready', 42)
    expect(await next).toEqual([42])
    await expect(nextEvent(emitter, 'ready', { what: 'the child to start', timeoutMs: 20 })).rejects.toThrow(
      'Timed out after 20 ms waiting for the child to start (the "ready" event).',
    )
  })
})
