import type { ChannelName, ParsedArgsOf, ResultOf } from '../contract'
import type { Session } from '../core/session'
import type { CabinetHost } from '../core/cabinet'

export interface HandlerContext {
  /** The logged-in user's session. Reading it when nobody is logged in throws CabinetError('locked'). */
  readonly session: Session
  /** The open data folder: setup, login, lock, recovery, user admin. */
  readonly host: CabinetHost
}

export type Handler<C extends ChannelName> = (args: ParsedArgsOf<C>, ctx: HandlerContext) => ResultOf<C> | Promise<ResultOf<C>>

/** A feature's handlers: one small map per area, keyed by channel name (Actual Budget's pattern). */
export type HandlerMap<K extends ChannelName> = { [C in K]: Handler<C> }
