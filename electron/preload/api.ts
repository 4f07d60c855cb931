import type { ArgsOf, CallResult, ChannelName, ResultOf } from '../contract'
import type { PrintToPdfArgs, PrintToPdfResult } from '../contract/areas/app'

/**
 * The shape of `window.cabinet` in Electron (types only; the renderer declares
 * `interface Window { cabinet?: CabinetBridgeApi }` with this). Absent in the browser bridge.
 */
export interface CabinetBridgeApi {
  invoke<C extends ChannelName>(channel: C, args: ArgsOf<C>): Promise<CallResult<ResultOf<C>>>
  /** Save a print page (#/print/...) as a PDF through a save dialog. */
  printToPdf(request: PrintToPdfArgs): Promise<CallResult<PrintToPdfResult>>
}
