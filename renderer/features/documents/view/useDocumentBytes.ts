import { useQuery } from '@tanstack/react-query'
import type { CallError } from '../../../../electron/contract'
import { cabinet } from '../../../api/cabinet'
import { CabinetCallError, callOrThrow } from '../../../api/call-error'

export interface DocumentBytes {
  bytes: Uint8Array
  /** The Content-Type the door sent (application/pdf, image/jpeg …). */
  type: string
}

const CODE_FOR_STATUS: Record<number, CallError['code']> = {
  400: 'usage',
  401: 'auth',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  422: 'damaged',
  423: 'locked',
}

/** Fetch the bytes at a ticketed document address: once (the ticket is single-use), never cached by the browser. */
async function fetchBytes(url: string): Promise<DocumentBytes> {
  let response: Response
  try {
    response = await fetch(url, { cache: 'no-store', referrerPolicy: 'no-referrer' })
  } catch {
    throw new CabinetCallError({ code: 'internal', message: 'Cabinet is not answering. Check that it is still running, then try again.' })
  }
  if (!response.ok) {
    // The door's refusals are plain sentences written for the person reading them.
    const message = (await response.text().catch(() => '')) || `Cabinet could not open the document (HTTP ${response.status}).`
    throw new CabinetCallError({ code: CODE_FOR_STATUS[response.status] ?? 'internal', message })
  }
  return { bytes: new Uint8Array(await response.arrayBuffer()), type: response.headers.get('content-type') ?? 'application/octet-stream' }
}

/**
 * A document's decrypted bytes, for Cabinet's own viewer to draw: documents.prepareView answers a
 * single-use ticket, and the document door redeems it once (audited then as document.view, P28).
 * Held in memory only while the viewer shows the document (gcTime 0), never refetched while it
 * does (each fetch would be another view), outside the 'documents' area's keys so no change to
 * the document's details asks for its bytes again, and dropped with everything else on lock.
 */
export function useDocumentBytes(id: string, enabled: boolean) {
  return useQuery<DocumentBytes, CabinetCallError>({
    queryKey: ['document-bytes', id],
    queryFn: async () => {
      const { ticket } = await callOrThrow(cabinet.invoke, 'documents.prepareView', { id })
      return fetchBytes(cabinet.documentUrl(id, { ticket }))
    },
    enabled,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  })
}
