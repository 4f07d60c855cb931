import { once } from 'node:events'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { PassThrough } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { BridgeContext, BridgeRoute } from '../../bridge/routes'
import { bearerToken } from '../../bridge/token'
import { documentResponse, receiveUpload, type DocumentResponse } from './document-transfer'

/*
 * The documents area's bridge routes (INTERFACES.md): GET /api/document/:id?token=… streams a
 * decrypted document for the viewer (or, with &export=<ticket>, as an audited download), and
 * POST /api/document/new?token=…&ticket=… takes an upload's raw bytes. The token may also come
 * as `Authorization: Bearer`; frames and images cannot send headers, hence the query form.
 */

function tokenOf(req: IncomingMessage, url: URL): string | null {
  return bearerToken(req.headers.authorization) ?? url.searchParams.get('token')
}

function refuseToken(res: ServerResponse, ctx: BridgeContext): void {
  const text = 'This address needs the bridge token: open Cabinet from the address the bridge printed.'
  res.writeHead(401, { ...ctx.securityHeaders, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) })
  res.end(text)
}

async function send(res: ServerResponse, response: DocumentResponse, ctx: BridgeContext): Promise<void> {
  if (typeof response.body === 'string') {
    res.writeHead(response.status, { ...ctx.securityHeaders, ...response.headers, 'Content-Length': Buffer.byteLength(response.body) })
    res.end(response.body)
    return
  }
  // The decrypted bytes get the document's own headers only: the app's "never framed" headers
  // would stop the viewer's frame from showing it.
  res.writeHead(response.status, response.headers)
  try {
    await pipeline(response.body, res)
  } catch {
    // The viewer went away, or the blob failed mid-stream: the response is cut off, never completed with unauthenticated bytes.
    res.destroy()
  }
}

const viewRoute: BridgeRoute = {
  method: 'GET',
  pattern: /^\/api\/document\/([0-9a-f]{32})$/,
  async handle(req, res, ctx, match, url) {
    if (!ctx.tokenMatches(tokenOf(req, url))) return refuseToken(res, ctx)
    await send(res, await documentResponse(ctx.host, match[1], url.searchParams.get('export')), ctx)
  },
}

const uploadRoute: BridgeRoute = {
  method: 'POST',
  pattern: /^\/api\/document\/new$/,
  async handle(req, res, ctx, _match, url) {
    if (!ctx.tokenMatches(tokenOf(req, url))) {
      req.resume()
      return refuseToken(res, ctx)
    }
    // The request is piped through a PassThrough so that a refusal (which ends the import's
    // pipeline) does not tear down the socket before the answer is sent.
    const body = new PassThrough()
    req.pipe(body)
    const declared = Number(req.headers['content-length'])
    const result = await receiveUpload(ctx.host, url.searchParams.get('ticket'), body, Number.isSafeInteger(declared) && declared >= 0 ? declared : null)
    if (!req.complete) {
      req.unpipe(body)
      req.resume()
      await once(req, 'end')
    }
    const text = JSON.stringify(result)
    res.writeHead(200, { ...ctx.securityHeaders, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) })
    res.end(text)
  },
}

export const documentRoutes: readonly BridgeRoute[] = [viewRoute, uploadRoute]
