import type { z } from 'zod'
import { mergeAreas } from './define'
import { appChannels } from './areas/app'
import { familiesChannels } from './areas/families'
import { documentsApi } from '../core/documents/api'

/**
 * The one IPC contract, shared by main, preload, bridge and renderer: channel name → zod
 * schemas for its arguments and result, and who may call it. Each area keeps its channels in
 * its own file under areas/; a duplicate name throws here, at start-up.
 */
export const contract = mergeAreas(appChannels, familiesChannels, documentsApi)

export type Contract = typeof contract
export type ChannelName = keyof Contract & string
/** What the renderer passes (before zod defaults and transforms). */
export type ArgsOf<C extends ChannelName> = z.input<Contract[C]['args']>
/** What the handler receives (after validation). */
export type ParsedArgsOf<C extends ChannelName> = z.output<Contract[C]['args']>
export type ResultOf<C extends ChannelName> = z.output<Contract[C]['result']>

export type { CallResult, CallError } from './result'
export type { Access, ChannelDef } from './define'
