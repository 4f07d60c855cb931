import type { ArgsOf, CallResult, ChannelName, ResultOf } from '../contract'

/**
 * The shape of `window.cabinet` in Electron (types only; the renderer declares
 * `interface Window { cabinet?: CabinetBridgeApi }` with this). Absent in the browser bridge.
 */
export interface CabinetBridgeApi {
  invoke<C extends ChannelName>(channel: C, args: ArgsOf<C>): Promise<CallResult<ResultOf<C>>>
}
