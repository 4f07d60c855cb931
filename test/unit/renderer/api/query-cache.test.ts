import { notifyManager, QueryObserver } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import type { CallResult } from '../../../../electron/contract'
import { CabinetCallError, callOrThrow, settle, type Invoke } from '../../../../renderer/api/call-error'
import { createQueryClient, forgetCachedData } from '../../../../renderer/api/query-client'
import { areaOf, cabinetKey, keyOfTarget } from '../../../../renderer/api/query-keys'

describe('the renderer’s query cache', () => {
  it('keys every answer by area, channel and arguments, so a change can refresh an area, a channel or one answer', () => {
    expect(areaOf('families.referrals.update')).toBe('families')
    expect(cabinetKey('families.get', { id: 12 })).toEqual(['families', 'families.get', { id: 12 }])
    expect(cabinetKey('app.state', undefined)).toEqual(['app', 'app.state', null])
    expect(keyOfTarget('documents')).toEqual(['documents'])
    expect(keyOfTarget('families.history')).toEqual(['families', 'families.history'])
    expect(keyOfTarget(cabinetKey('documents.get', { id: 'a1' }))).toEqual(['documents', 'documents.get', { id: 'a1' }])
  })

  it('a change to the families area makes the family and its correction history stale, and nothing of another area', async () => {
    const client = createQueryClient()
    client.setQueryData(cabinetKey('families.get', { id: 1 }), { id: 1 })
    client.setQueryData(cabinetKey('families.history', { familyId: 1 }), [])
    client.setQueryData(cabinetKey('documents.list', {}), [])
    await client.invalidateQueries({ queryKey: keyOfTarget('families') })
    const stale = (key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated
    expect(stale(cabinetKey('families.get', { id: 1 }))).toBe(true)
    expect(stale(cabinetKey('families.history', { familyId: 1 }))).toBe(true)
    expect(stale(cabinetKey('documents.list', {}))).toBe(false)
  })

  it('P27: locking forgets every cached answer and mutation, so the next user starts from nothing', () => {
    const client = createQueryClient()
    client.setQueryData(cabinetKey('families.get', { id: 1 }), { label: 'Synthetic family' })
    client.setQueryData(cabinetKey('app.users.list', {}), [{ id: 1 }])
    forgetCachedData(client)
    expect(client.getQueryCache().getAll()).toEqual([])
    expect(client.getMutationCache().getAll()).toEqual([])
    expect(client.getQueryData(cabinetKey('families.get', { id: 1 }))).toBeUndefined()
  })

  it('never retries or pauses: Cabinet works offline, and a refusal means what it says', () => {
    const defaults = createQueryClient().getDefaultOptions()
    expect(defaults.queries).toMatchObject({ networkMode: 'always', retry: false, refetchOnWindowFocus: false })
    expect(defaults.mutations).toMatchObject({ networkMode: 'always', retry: false })
  })

  it('a refusal travels through TanStack as a thrown CallError and comes back to the form as a CallResult with its field', async () => {
    const refused: CallResult<never> = { ok: false, error: { code: 'validation', message: 'That username is taken.', field: 'username' } }
    const invoke = (async () => refused) as unknown as Invoke
    const thrown = await callOrThrow(invoke, 'app.users.add', { displayName: 'A', username: 'a', role: 'volunteer', password: 'x' }).catch((e: unknown) => e)
    expect(thrown).toBeInstanceOf(CabinetCallError)
    expect(thrown).toMatchObject({ code: 'validation', message: 'That username is taken.', field: 'username' })
    const settled = await settle(() => Promise.reject(thrown))
    expect(settled).toMatchObject({ ok: false, error: { code: 'validation', field: 'username' } })
    expect(await settle(async () => 7)).toEqual({ ok: true, value: 7 })
    await expect(settle(() => Promise.reject(new TypeError('a bug')))).rejects.toThrow('a bug')
  })

  it('tells the screens of an answer in the same task it arrives, not in a later one (a keypress’s results are not left waiting behind other work)', async () => {
    const client = createQueryClient()
    let answer!: (value: number) => void
    const observer = new QueryObserver(client, {
      queryKey: ['families', 'families.search', { query: 'si' }],
      queryFn: () => new Promise<number>((r) => (answer = r)),
    })
    const seen: (number | undefined)[] = []
    // As @tanstack/react-query's hooks subscribe: through the notify manager's batches.
    const unsubscribe = observer.subscribe(notifyManager.batchCalls(() => seen.push(observer.getCurrentResult().data)))
    // Let the notices of the fetch starting arrive, however they are scheduled.
    await new Promise((resolve) => setTimeout(resolve, 0))
    // A timer set before the answer arrives: the screen must hear of the answer before it runs.
    const heardBeforeTimer = new Promise<boolean>((resolve) => setTimeout(() => resolve(seen.includes(2)), 0))
    answer(2)
    expect(await heardBeforeTimer).toBe(true)
    unsubscribe()
  })
})
