import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { CallError } from '../../../electron/contract'
import { personAttendanceInput } from '../../../electron/core/sessions/schemas'
import type { RegisterFamily } from '../../../electron/core/sessions/views'
import { useCabinetMutation } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { ModalDialog } from '../../ui/Dialog'
import { FormErrorSummary } from '../../ui/ErrorSummary'
import { FormTextField } from '../../ui/Field'
import { FormButtons } from '../../ui/FormButtons'
import { placeServerError } from '../../ui/forms'
import { FormSelect } from '../../ui/Select'
import { ABSENCE_LABELS } from './labels'

type In = z.input<typeof personAttendanceInput>
type Out = z.output<typeof personAttendanceInput>

/** One person's attendance: actual arrival and departure, or an absence with its reason. */
export function AttendanceDialog({ family, onClose }: { family: RegisterFamily; onClose: () => void }) {
  const record = useCabinetMutation('sessions.attendance.record', { invalidates: ['sessions'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const first = family.people[0]
  const form = useForm<In, unknown, Out>({
    resolver: zodResolver(personAttendanceInput),
    defaultValues: {
      bookingId: family.bookingId,
      personId: first?.personId,
      arrivedAt: first?.attendance?.arrivedAt ?? '',
      leftAt: first?.attendance?.leftAt ?? '',
      absence: first?.attendance?.absence ?? null,
      absenceNote: first?.attendance?.absenceNote ?? '',
    },
  })
  const submit = form.handleSubmit(async (values) => {
    const r = await record.run(values)
    if (r.ok) onClose()
    else setBanner(placeServerError(r.error, form.setError, ['personId', 'arrivedAt', 'leftAt', 'absence', 'absenceNote']))
  })
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={`Attendance for ${family.reference}`}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormErrorSummary form={form} />
        <ErrorBanner error={banner} title="Not recorded" />
        <FormSelect
          control={form.control}
          name="personId"
          label="Person"
          numeric
          isRequired
          options={family.people.map((p) => ({ value: String(p.personId), label: p.givenName }))}
        />
        <div className="field-row">
          <FormTextField control={form.control} name="arrivedAt" label="Arrived at (24-hour, e.g. 10:05)" />
          <FormTextField control={form.control} name="leftAt" label="Left at" />
        </div>
        <FormSelect
          control={form.control}
          name="absence"
          label="Absent because"
          noneLabel="Not absent"
          options={Object.entries(ABSENCE_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <FormTextField control={form.control} name="absenceNote" label="Reason in words (needed for Other)" />
        <FormButtons submitLabel="Save attendance" pending={form.formState.isSubmitting} onCancel={onClose} />
      </form>
    </ModalDialog>
  )
}
