import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import type { CallResult } from '../contract'
import type { Dispatch } from '../door/dispatch'
import { IPC_INVOKE } from './security/ipc-names'

/** Decides whether an IPC message comes from the main frame of one of our windows showing our renderer. */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean

const UNTRUSTED: CallResult<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This request did not come from a Cabinet window.' },
}

/**
 * The only place that touches ipcMain. One handler: every contract call, print-to-PDF included,
 * goes through `cabinet:invoke` into the one dispatcher. Senders that are not ours are refused.
 */
export function registerIpc(dispatch: Dispatch, isOurFrame: SenderCheck): void {
  handleTrusted(IPC_INVOKE, isOurFrame, (_event, channel, args) => dispatch(typeof channel === 'string' ? channel : '', args))
}

function handleTrusted(name: string, isOurFrame: SenderCheck, handler: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<CallResult<unknown>>): void {
  ipcMain.handle(name, (event, ...args: unknown[]) => (isOurFrame(event) ? handler(event, ...args) : Promise.resolve(UNTRUSTED)))
}
