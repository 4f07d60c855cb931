import type { CallError, CallResult, ResultOf } from '../../../electron/contract'
import { cabinet, isBridge } from '../../api/cabinet'

/*
 * The byte side of documents. Metadata goes through cabinet.invoke like everything else; the
 * bytes go to the document address (cabinet.documentUrl): the bridge's /api/document routes in a
 * browser, the cabinet-doc: protocol in Electron. Neither ever puts a document on disk in the clear.
 */

export type DocumentSummary = ResultOf<'documents.list'>[number]
export type DocumentDetail = ResultOf<'documents.get'>

/** A file the coordinator chose: from Electron's own picker (main knows its path), or a browser File (picker or drop). */
export type ChosenFile = { kind: 'picked'; pick: string; name: string; size: number } | { kind: 'browser'; file: File; name: string; size: number }

/** Electron only: main's file picker, so that main can later delete the original it read. */
export const canPickInMain = (): boolean => !isBridge()

function failure(message: string): CallResult<never> {
  return { ok: false, error: { code: 'internal', message } }
}

async function postJson<T>(url: string, body?: BodyInit): Promise<CallResult<T>> {
  let response: Response
  try {
    response = await fetch(url, { method: 'POST', body, headers: body ? { 'Content-Type': 'application/octet-stream' } : undefined })
  } catch {
    return failure('Cabinet is not answering. Check that it is still running, then try again.')
  }
  if (response.status === 401) return failure('This page is no longer connected to Cabinet. Open the link that "npm run web" printed.')
  try {
    return (await response.json()) as CallResult<T>
  } catch {
    return failure(`Cabinet sent an unreadable answer (HTTP ${response.status}).`)
  }
}

/** Electron: open the file picker in main. Null when the coordinator cancels. */
export function pickInMain(): Promise<CallResult<{ pick: string; name: string; size: number } | null>> {
  return postJson(cabinet.documentUrl('pick'))
}

/** Send the chosen file's bytes under an import ticket from documents.beginImport. */
export function uploadChosen(ticket: string, chosen: ChosenFile): Promise<CallResult<DocumentSummary>> {
  if (chosen.kind === 'picked') return postJson(cabinet.documentUrl('new', { ticket, pick: chosen.pick }))
  // A File body is streamed from disk by the browser, not read into memory first.
  return postJson(cabinet.documentUrl('new', { ticket }), chosen.file)
}

/** Electron: delete the original that main's picker returned, now that Cabinet holds the copy. */
export function discardOriginal(pick: string): Promise<CallResult<{ deleted: string; folder: string }>> {
  return postJson(cabinet.documentUrl('discard-original', { pick }))
}

/**
 * Carry out a prepared export. Browser: a download of the document address with the ticket (the
 * browser saves it where it saves downloads). Electron: main asks where to save it, then writes it.
 */
export async function runExport(id: string, ticket: string, fileName: string): Promise<CallResult<{ saved: boolean }>> {
  if (isBridge()) {
    const link = document.createElement('a')
    link.href = cabinet.documentUrl(`${id}/export`, { ticket })
    link.download = fileName
    link.rel = 'noopener'
    document.body.append(link)
    link.click()
    link.remove()
    return { ok: true, value: { saved: true } }
  }
  return postJson(cabinet.documentUrl(`${id}/export`, { ticket }))
}

export function errorFor(result: CallResult<unknown>): CallError | undefined {
  return result.ok ? undefined : result.error
}
