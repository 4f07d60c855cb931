import { useState } from 'react'
import type { DaySession } from '../../../electron/core/sessions/views'
import { useCabinetMutation, useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { Checkbox } from '../../ui/Checkbox'
import { ModalDialog } from '../../ui/Dialog'
import { FormButtons } from '../../ui/FormButtons'

/** Who is on duty for a session: Cabinet users; the volunteers area decides who may be (dutyReadiness). */
export function DutyDialog({ session, onClose }: { session: DaySession; onClose: () => void }) {
  const users = useCabinetQuery('app.users.list', {})
  const save = useCabinetMutation('sessions.duty.set', { invalidates: ['sessions'] })
  const [chosen, setChosen] = useState<number[]>(session.duty.map((d) => d.userId))
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={`On duty, ${session.startsAt} session`}>
      <ErrorBanner error={users.error ?? save.error} title="Not changed" />
      <fieldset className="fieldset">
        <legend>Who is on duty</legend>
        {(users.data ?? [])
          .filter((u) => !u.disabled)
          .map((u) => (
            <Checkbox key={u.id} isSelected={chosen.includes(u.id)} onChange={(on) => setChosen((c) => (on ? [...c, u.id] : c.filter((x) => x !== u.id)))}>
              {u.displayName}
            </Checkbox>
          ))}
      </fieldset>
      <FormButtons
        submitLabel="Save who is on duty"
        pending={save.isPending}
        onSubmit={() =>
          void save.run({ sessionId: session.id, userIds: chosen }).then((r) => {
            if (r.ok) onClose()
          })
        }
        onCancel={onClose}
      />
    </ModalDialog>
  )
}
