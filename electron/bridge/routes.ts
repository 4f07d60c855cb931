import type { IncomingMessage, ServerResponse } from 'node:http'
import type { CabinetHost } from '../core/cabinet'
import type { Dispatch } from '../door/dispatch'
import { documentRoutes } from '../features/documents/bridge-routes'

/** What an extra bridge route gets besides the request: the open host and the run's token check. */
export interface BridgeContext {
  readonly host: CabinetHost
  readonly dispatch: Dispatch
  /** Constant-time comparison with this run's token (from a header or a query parameter). */
  tokenMatches(candidate: string | null | undefined): boolean
  /** Headers every bridge response carries (CSP, nosniff, no-store …). */
  readonly securityHeaders: Record<string, string>
}

/**
 * A route an area adds to the bridge (e.g. the documents area's `GET /api/document/:id`). The
 * route checks the token itself (ctx.tokenMatches) and audits what it serves, like a handler.
 * `pattern` is matched against the request path (no query string).
 */
export interface BridgeRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  pattern: RegExp
  handle(req: IncomingMessage, res: ServerResponse, ctx: BridgeContext, match: RegExpExecArray, url: URL): void | Promise<void>
}

/** The extension point: areas append their routes here, one import and one entry each. */
export const bridgeRoutes: readonly BridgeRoute[] = [...documentRoutes]
