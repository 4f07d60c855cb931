import { Readable } from 'node:stream'
import { z } from 'zod'
import { defineApi, op } from '../operations/spec'
import { documentId, documentSummary } from './schemas'

/*
 * The byte side of the documents area: what the document door (door/documents, serving both
 * Electron's cabinet-doc: protocol and the bridge) calls to redeem a ticket. They pass the same
 * guard as every operation (permission, parse, audit row, result check) but are not in the
 * contract: their arguments and results are streams, which no IPC message can carry. Each takes
 * the ticket its preparing operation issued and refuses without it.
 */

const stream = z.custom<Readable>((v) => v instanceof Readable, 'The document has no body.')
const ticket = z.string().nullable()

/** A decrypted document on its way out: its headers' facts and the plaintext stream. */
export const openedDocument = z.object({ document: documentSummary, mime: z.string(), fileName: z.string(), stream })

/** Electron's save dialog: a path, or null when cancelled. */
export type ChooseDestination = (suggestedName: string) => Promise<string | null>
const chooseDestination = z.custom<ChooseDestination>((v) => typeof v === 'function', 'A save dialog is required.')

export const documentBytesApi = defineApi('documents.bytes', {
  /** Stream an upload into the vault under a documents.beginImport ticket. */
  'documents.bytes.import': op({
    args: z.strictObject({ ticket, source: stream, size: z.number().int().min(0).nullable() }),
    result: documentSummary,
    access: 'documents.add',
    audit: 'document.add',
  }),
  /** The viewer's stream, under a documents.prepareView ticket. */
  'documents.bytes.view': op({ args: z.strictObject({ id: documentId, ticket }), result: openedDocument, access: 'documents.view', audit: 'document.view' }),
  /** An export as a stream (the bridge's download), under a documents.prepareExport ticket. */
  'documents.bytes.export': op({
    args: z.strictObject({ id: documentId, ticket }),
    result: openedDocument,
    access: 'documents.export',
    audit: 'document.export',
  }),
  /** An export into a file the save dialog names (Electron); nothing is recorded if it is cancelled. */
  'documents.bytes.exportToFile': op({
    args: z.strictObject({ id: documentId, ticket, chooseDestination }),
    result: z.object({ saved: z.boolean() }),
    access: 'documents.export',
    audit: 'document.export',
  }),
})
