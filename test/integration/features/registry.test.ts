import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { contract } from '../../../electron/contract'
import { channel, defineArea, mergeAreas } from '../../../electron/contract/define'
import { allHandlers, checkHandlersCoverContract, mergeHandlers } from '../../../electron/features/registry'

describe('handler registry', () => {
  it('has exactly one handler for every contract channel, and no handler without a channel', () => {
    expect(Object.keys(allHandlers).sort()).toEqual(Object.keys(contract).sort())
    expect(() => checkHandlersCoverContract(contract, allHandlers)).not.toThrow()
  })

  it('names the channel that has no handler', () => {
    const { ['app.audit.list']: _dropped, ...rest } = allHandlers
    expect(() => checkHandlersCoverContract(contract, rest)).toThrow('IPC channel app.audit.list has no handler')
  })

  it('names the handler that has no channel', () => {
    expect(() => checkHandlersCoverContract(contract, { ...allHandlers, 'app.forgotten': () => null })).toThrow(
      'IPC handler app.forgotten has no channel in the contract',
    )
  })

  it('refuses two areas handling the same channel', () => {
    const a = { 'x.one': () => 1 }
    const b = { 'x.one': () => 2, 'x.two': () => 3 }
    expect(() => mergeHandlers(a, b)).toThrow('duplicate IPC handler for channel: x.one')
    expect(Object.keys(mergeHandlers(a, { 'x.two': () => 3 }))).toEqual(['x.one', 'x.two'])
  })
})

describe('contract areas', () => {
  const def = channel({ args: z.object({}), result: z.null(), access: 'public' })

  it('refuses two areas declaring the same channel name', () => {
    expect(() => mergeAreas({ 'a.same': def }, { 'a.same': def })).toThrow('duplicate IPC channel name: a.same')
  })

  it("refuses a channel outside its area's prefix", () => {
    expect(() => defineArea('families', { 'app.sneaky': def })).toThrow('channel app.sneaky must start with "families."')
  })
})
