import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import type { CallResult } from '../contract'
import type { Dispatch } from '../features/dispatch'
import { IPC_INVOKE, IPC_PRINT_TO_PDF } from './security/ipc-names'

/** Decides whether an IPC message comes from the main frame of one of our windows showing our renderer. */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean

const UNTRUSTED: CallResult<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This request did not come from a Cabinet window.' },
}

/**
 * The only place that touches ipcMain. Two handlers: every contract call goes through
 * `cabinet:invoke` into the dispatcher (zod, access, handler), and print-to-PDF, which needs a
 * window and so cannot live in the dispatcher. Both refuse senders that are not ours.
 */
export function registerIpc(
  dispatch: Dispatch,
  isOurFrame: SenderCheck,
  printToPdf: (event: IpcMainInvokeEvent, rawArgs: unknown) => Promise<CallResult<unknown>>,
): void {
  handleTrusted(IPC_INVOKE, isOurFrame, (_event, channel, args) => dispatch(typeof channel === 'string' ? channel : '', args))
  handleTrusted(IPC_PRINT_TO_PDF, isOurFrame, (event, args) => printToPdf(event, args))
}

function handleTrusted(
  name: string,
  isOurFrame: SenderCheck,
  handler: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<CallResult<unknown>>,
): void {
  ipcMain.handle(name, (event, ...args: unknown[]) => (isOurFrame(event) ? handler(event, ...args) : Promise.resolve(UNTRUSTED)))
}
