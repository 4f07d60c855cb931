import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { z } from 'zod'
import type { CallError } from '../../../electron/contract'
import { documentCategory, documentTitle } from '../../../electron/core/documents/api'
import {
  CATEGORY_LABELS,
  DBS_REFUSAL,
  DOCUMENT_CATEGORIES,
  suggestsDbsCertificate,
  tooLargeMessage,
  type LinkTargetType,
} from '../../../electron/core/vault/catalogue'
import { useCabinetMutation, useCabinetQuery, useInvalidate } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { ModalDialog } from '../../ui/Dialog'
import { FormTextField } from '../../ui/Field'
import { FormButtons } from '../../ui/FormButtons'
import { placeServerError } from '../../ui/forms'
import { FormSelect } from '../../ui/Select'
import { AddedNotice } from './AddedNotice'
import { FamilyPicker } from './FamilyPicker'
import { FileChooser } from './FileChooser'
import { uploadChosen, type ChosenFile, type DocumentSummary } from './transfer'

const formSchema = z.object({ title: documentTitle, category: documentCategory })
// There is no DBS category: a DBS certificate is never kept (P13).
const CATEGORY_OPTIONS = DOCUMENT_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))
type FormIn = z.input<typeof formSchema>
type FormOut = z.output<typeof formSchema>

export interface AddDocumentDialogProps {
  isOpen: boolean
  onOpenChange: (open: boolean) => void
  /** The record it is attached to; without one the dialog asks which family. */
  target?: { targetType: LinkTargetType; targetId: number }
}

/** "My letter.pdf" → "My letter": a starting title the coordinator can change. */
function titleFromName(name: string): string {
  return name
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .replace(/[_]+/g, ' ')
    .trim()
    .slice(0, 200)
}

/**
 * Add a document: choose the file, give it a title and a category, and Cabinet encrypts it into
 * the vault. Refusals say why, next to what caused them: a DBS certificate (never kept, P13), a
 * file over the size limit, or a file that is not a document (decided from its content by main).
 */
export function AddDocumentDialog({ isOpen, onOpenChange, target }: AddDocumentDialogProps) {
  const limits = useCabinetQuery('documents.limits', isOpen ? {} : null)
  // The import is begun through the contract; the bytes then go by the document route, which
  // TanStack does not see, so the lists are marked stale by hand once they are in.
  const beginImport = useCabinetMutation('documents.beginImport', { invalidates: [] })
  const invalidate = useInvalidate()
  const [chosen, setChosen] = useState<ChosenFile | null>(null)
  const [fileError, setFileError] = useState<string | undefined>()
  const [familyId, setFamilyId] = useState<number | null>(null)
  const [familyError, setFamilyError] = useState<string | undefined>()
  const [banner, setBanner] = useState<CallError | undefined>()
  const [pending, setPending] = useState(false)
  const [added, setAdded] = useState<{ doc: DocumentSummary; chosen: ChosenFile } | null>(null)
  const form = useForm<FormIn, unknown, FormOut>({ resolver: zodResolver(formSchema), defaultValues: { title: '', category: undefined }, mode: 'onTouched' })

  const reset = () => {
    setChosen(null)
    setFileError(undefined)
    setFamilyId(null)
    setFamilyError(undefined)
    setBanner(undefined)
    setAdded(null)
    form.reset({ title: '', category: undefined })
  }
  const close = (open: boolean) => {
    if (!open) reset()
    onOpenChange(open)
  }

  /** The checks that need no bytes, made as soon as a file is chosen (main makes them again). */
  const problemWith = (file: ChosenFile): string | undefined => {
    if (suggestsDbsCertificate(file.name)) return DBS_REFUSAL
    if (file.size === 0) return 'This file is empty (0 bytes), so there is nothing to keep.'
    const max = limits.data?.maxBytes
    if (max !== undefined && file.size > max) return tooLargeMessage(file.size, max)
    return undefined
  }
  const choose = (file: ChosenFile) => {
    setChosen(file)
    setFileError(problemWith(file))
    if (!form.getValues('title')) form.setValue('title', titleFromName(file.name), { shouldValidate: true })
  }

  const onSubmit = form.handleSubmit(async (values) => {
    setBanner(undefined)
    if (!chosen) return setFileError('Choose the file to add.')
    const problem = problemWith(chosen)
    if (problem) return setFileError(problem)
    const link = target ?? (familyId !== null ? { targetType: 'family' as const, targetId: familyId } : null)
    if (!link) return setFamilyError('Choose the family the document belongs to.')
    setPending(true)
    try {
      const begun = await beginImport.run({ ...values, links: [link], originalName: chosen.name, size: chosen.size })
      if (!begun.ok) {
        if (begun.error.field === 'file' || begun.error.field === 'originalName') return setFileError(begun.error.message)
        if (begun.error.field === 'links') return setFamilyError(begun.error.message)
        return setBanner(placeServerError(begun.error, form.setError, ['title', 'category']))
      }
      const uploaded = await uploadChosen(begun.value.ticket, chosen)
      if (!uploaded.ok) {
        if (uploaded.error.field === 'file') return setFileError(uploaded.error.message)
        return setBanner(placeServerError(uploaded.error, form.setError, ['title', 'category']))
      }
      await invalidate(['documents'])
      setAdded({ doc: uploaded.value, chosen })
    } finally {
      setPending(false)
    }
  })

  return (
    <ModalDialog isOpen={isOpen} onOpenChange={close} title={added ? 'Document added' : 'Add a document'}>
      {added ? (
        <AddedNotice doc={added.doc} chosen={added.chosen} onDone={() => close(false)} />
      ) : (
        <form onSubmit={onSubmit} noValidate className="add-document">
          <ErrorBanner error={banner} />
          <p className="dialog__body">
            Cabinet keeps an encrypted copy that opens only inside Cabinet. DBS certificates are never kept: record the check on the volunteer instead.
          </p>
          <FileChooser chosen={chosen} onChoose={choose} error={fileError} onPickError={setBanner} />
          {!target && (
            <FamilyPicker
              familyId={familyId}
              onChange={(id) => {
                setFamilyId(id)
                setFamilyError(undefined)
              }}
              error={familyError}
            />
          )}
          <FormTextField control={form.control} name="title" label="Title" isRequired autoComplete="off" />
          <FormSelect
            control={form.control}
            name="category"
            label="Category"
            description="The category decides how long Cabinet keeps the document."
            options={CATEGORY_OPTIONS}
            placeholder="Choose a category"
            isRequired
          />
          <FormButtons submitLabel="Add document" pending={pending} onCancel={() => close(false)} />
        </form>
      )}
    </ModalDialog>
  )
}
