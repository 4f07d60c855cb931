import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { CallError } from '../../../electron/contract'
import { addendumInput, noteInput } from '../../../electron/core/sessions/schemas'
import type { NoteView } from '../../../electron/core/sessions/views'
import { cabinet } from '../../api/cabinet'
import { useCabinetMutation, useCabinetQuery } from '../../api/queries'
import { Banner, ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { ModalDialog } from '../../ui/Dialog'
import { FormErrorSummary } from '../../ui/ErrorSummary'
import { FormTextField } from '../../ui/Field'
import { FormButtons } from '../../ui/FormButtons'
import { placeServerError } from '../../ui/forms'
import { formatDateTime } from '../../ui/dates'
import { LongText } from '../../ui/LongText'
import { useCurrentUser } from '../app/app-state'

const NOTE_FIELDS = ['aim', 'present', 'arrival', 'observed', 'safeguarding'] as const
const LABELS: Record<(typeof NOTE_FIELDS)[number], string> = {
  aim: 'Aim of the session',
  present: 'Who was present',
  arrival: 'Arrival and the child’s response',
  observed: 'What was seen and said',
  safeguarding: 'Any safeguarding concern',
}

/**
 * A supervised session's observation note: written by the supervisor, signed off by a second
 * person and then locked; later corrections are addenda with who and when.
 */
export function NoteDialog({ bookingId, onClose }: { bookingId: number; onClose: () => void }) {
  const note = useCabinetQuery('sessions.notes.get', { bookingId })
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title="Supervised contact note">
      <ErrorBanner error={note.error} />
      {note.isLoading && <p>Loading…</p>}
      {note.data?.signedAt ? (
        <SignedNote note={note.data} onClose={onClose} />
      ) : (
        note.data !== undefined && <DraftNote bookingId={bookingId} note={note.data} onClose={onClose} />
      )}
    </ModalDialog>
  )
}

function DraftNote({ bookingId, note, onClose }: { bookingId: number; note: NoteView | null; onClose: () => void }) {
  const user = useCurrentUser()
  const save = useCabinetMutation('sessions.notes.save', { invalidates: ['sessions'] })
  const sign = useCabinetMutation('sessions.notes.sign', { invalidates: ['sessions'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const form = useForm<z.input<typeof noteInput>, unknown, z.output<typeof noteInput>>({
    resolver: zodResolver(noteInput),
    defaultValues: { bookingId, aim: '', present: '', arrival: '', observed: '', safeguarding: '' },
  })
  const { reset } = form
  useEffect(() => {
    if (note) reset({ bookingId, aim: note.aim, present: note.present, arrival: note.arrival, observed: note.observed, safeguarding: note.safeguarding ?? '' })
  }, [note, bookingId, reset])
  const submit = form.handleSubmit(async (values) => {
    const r = await save.run(values)
    if (r.ok) onClose()
    else setBanner(placeServerError(r.error, form.setError, [...NOTE_FIELDS]))
  })
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <FormErrorSummary form={form} />
      <ErrorBanner error={banner ?? sign.error} title="Not saved" />
      {note && <p>Written by {note.writtenBy}. Not yet signed off: someone other than the writer signs it, and it is locked from then on.</p>}
      {NOTE_FIELDS.map((f) => (
        <FormTextField key={f} control={form.control} name={f} label={LABELS[f]} multiline isRequired={f !== 'safeguarding'} />
      ))}
      <FormButtons submitLabel="Save the note" pending={form.formState.isSubmitting} onCancel={onClose} />
      {note && note.writtenById !== user.id && (
        <Button
          variant="secondary"
          onPress={() =>
            void sign.run({ noteId: note.id }).then((r) => {
              if (r.ok) onClose()
            })
          }
        >
          Sign off the note
        </Button>
      )}
    </form>
  )
}

function SignedNote({ note, onClose }: { note: NoteView; onClose: () => void }) {
  const add = useCabinetMutation('sessions.notes.addendum', { invalidates: ['sessions'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const [printError, setPrintError] = useState<string | null>(null)
  const form = useForm<z.input<typeof addendumInput>, unknown, z.output<typeof addendumInput>>({
    resolver: zodResolver(addendumInput),
    defaultValues: { noteId: note.id, text: '' },
  })
  const submit = form.handleSubmit(async (values) => {
    const r = await add.run(values)
    if (r.ok) form.reset({ noteId: note.id, text: '' })
    else setBanner(placeServerError(r.error, form.setError, ['text']))
  })
  const print = async () => {
    setPrintError(null)
    const r = await cabinet.printToPdf({ route: `#/print/note/${note.id}`, suggestedName: `Supervised contact note ${note.reference} ${note.onDate}.pdf` })
    if (!r.ok) setPrintError(r.error.message)
  }
  return (
    <>
      <Banner tone="success" title="Signed and locked">
        <p>
          Written by {note.writtenBy}, signed off by {note.signedBy} on {formatDateTime(note.signedAt)}.
        </p>
      </Banner>
      {printError && <Banner tone="error">{printError}</Banner>}
      <dl className="dl">
        {NOTE_FIELDS.map((f) => (
          <div key={f}>
            <dt>{LABELS[f]}</dt>
            <dd>
              <LongText>{note[f] ?? 'None'}</LongText>
            </dd>
          </div>
        ))}
      </dl>
      {note.addenda.length > 0 && (
        <>
          <h3>Addenda</h3>
          <ul>
            {note.addenda.map((a) => (
              <li key={a.id}>
                {formatDateTime(a.writtenAt)}, {a.writtenBy}: {a.text}
              </li>
            ))}
          </ul>
        </>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorBanner error={banner} title="Not added" />
        <FormTextField control={form.control} name="text" label="Add a correction (addendum)" multiline isRequired />
        <FormButtons submitLabel="Add the addendum" pending={form.formState.isSubmitting} onCancel={onClose} cancelLabel="Close" />
      </form>
      <Button onPress={() => void print()}>Print for the referrer</Button>
    </>
  )
}
