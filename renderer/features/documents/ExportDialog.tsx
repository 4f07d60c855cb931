import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { z } from 'zod'
import type { CallError } from '../../../electron/contract'
import { exportArgs } from '../../../electron/core/documents/api'
import { EXPORT_REASON_LABELS, EXPORT_REASONS } from '../../../electron/core/vault/catalogue'
import { cabinetKey, useCabinetMutation, useInvalidate } from '../../api/queries'
import { Banner, ErrorBanner } from '../../ui/Banner'
import { FormRadioGroup } from '../../ui/Choice'
import { ModalDialog } from '../../ui/Dialog'
import { FormTextField } from '../../ui/Field'
import { FormButtons } from '../../ui/FormButtons'
import { placeServerError } from '../../ui/forms'
import { runExport } from './transfer'

const formSchema = exportArgs.omit({ id: true })
type FormIn = z.input<typeof formSchema>
type FormOut = z.output<typeof formSchema>
const OPTIONS = EXPORT_REASONS.map((r) => ({ value: r, label: EXPORT_REASON_LABELS[r] }))

/**
 * Export = the document leaves Cabinet's protection, so it needs a basis (P18): the reason code
 * goes in the audit log, the explanation (which may name people) stays with the document.
 */
export function ExportDialog({ id, title, isOpen, onOpenChange }: { id: string; title: string; isOpen: boolean; onOpenChange: (o: boolean) => void }) {
  const prepare = useCabinetMutation('documents.prepareExport', { invalidates: [] })
  const invalidate = useInvalidate()
  const [banner, setBanner] = useState<CallError | undefined>()
  const [done, setDone] = useState(false)
  const [pending, setPending] = useState(false)
  const form = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(formSchema),
    defaultValues: { reasonCode: undefined, reasonText: '' },
    mode: 'onTouched',
  })
  const close = (open: boolean) => {
    if (!open) {
      setDone(false)
      setBanner(undefined)
      form.reset()
    }
    onOpenChange(open)
  }
  const onSubmit = form.handleSubmit(async (values) => {
    setPending(true)
    try {
      const prepared = await prepare.run({ id, ...values })
      if (!prepared.ok) return setBanner(placeServerError(prepared.error, form.setError, ['reasonCode', 'reasonText']))
      const r = await runExport(id, prepared.value.ticket, prepared.value.fileName)
      if (!r.ok) return setBanner(r.error)
      if (r.value.saved) {
        // The bytes left by the document route: the document's list of exports is now stale.
        await invalidate([cabinetKey('documents.get', { id })])
        setDone(true)
      }
    } finally {
      setPending(false)
    }
  })
  return (
    <ModalDialog isOpen={isOpen} onOpenChange={close} title={`Export “${title}”`}>
      {done ? (
        <div className="dialog__body">
          <Banner tone="success" title="Exported.">
            <p>The exported copy is outside Cabinet’s protection. Keep it safe, and delete it when it has served its purpose.</p>
          </Banner>
          <FormButtons submitLabel="Done" onSubmit={() => close(false)} />
        </div>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <ErrorBanner error={banner} />
          <FormRadioGroup control={form.control} name="reasonCode" label="Why is it leaving Cabinet?" options={OPTIONS} />
          <FormTextField control={form.control} name="reasonText" label="Explain, and say who it is for" isRequired multiline />
          <FormButtons submitLabel="Export" pending={pending} onCancel={() => close(false)} />
        </form>
      )}
    </ModalDialog>
  )
}
