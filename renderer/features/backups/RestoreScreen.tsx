import { zodResolver } from '@hookform/resolvers/zod'
import { useCallback, useEffect, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import type { ArgsOf, CallError } from '../../../electron/contract'
import { useCabinetMutation } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { FormRadioGroup } from '../../ui/Choice'
import { FormErrorSummary } from '../../ui/ErrorSummary'
import { FormTextField } from '../../ui/Field'
import { placeServerError } from '../../ui/forms'
import { FormPasswordField } from '../../ui/PasswordField'
import { useAppState } from '../app/app-state'
import { Standalone } from '../app/Standalone'
import { restoreFormSchema, type RestoreFormInput } from './forms'
import { JobProgress } from './JobProgress'
import { PathField } from './PathField'
import { useJob } from './use-job'
import type { JobView } from './words'
import './backups.css'

const FIELDS = ['file', 'recoveryKey', 'passphrase'] as const
type RestoreField = (typeof FIELDS)[number]
const isRestoreField = (field: string): field is RestoreField => (FIELDS as readonly string[]).includes(field)

const METHODS = [
  { value: 'recoveryKey', label: 'With the recovery key', description: 'The key printed when Cabinet was set up: nine groups of four letters and digits.' },
  { value: 'passphrase', label: 'With the backup passphrase', description: 'Only if the centre set one before this backup was made.' },
] as const

/**
 * Restore a backup, shown instead of the first-run or unlock screen (nobody may be logged in
 * while everything is replaced). On a new PC it brings the centre's Cabinet back; on this one it
 * puts it back as it was, keeping the records it replaces in a folder beside it. The backup's own
 * recovery key or passphrase is what opens it.
 */
export function RestoreScreen() {
  const { current, refresh } = useAppState()
  const firstRun = current.status === 'ready' && current.host.state === 'setup'
  const [freshInstall] = useState(firstRun)
  const form = useForm<RestoreFormInput, unknown, ArgsOf<'backups.restore'>>({
    resolver: zodResolver(restoreFormSchema),
    defaultValues: { file: '', method: 'recoveryKey', recoveryKey: '', passphrase: '' },
  })
  const method = useWatch({ control: form.control, name: 'method' })
  const start = useCabinetMutation('backups.restore', { invalidates: [] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const [started, setStarted] = useState<JobView | null>(null)
  // A refusal that names a field waits until the form is back on screen, so focus can go to it.
  const [fieldError, setFieldError] = useState<{ field: RestoreField; message: string } | null>(null)

  const onEnd = useCallback(
    (job: JobView) => {
      if (job.state === 'done') {
        void refresh() // the folder now holds a Cabinet: the next screen is the login
        return
      }
      // A wrong key or file belongs next to its field: back to the form with the error there.
      const error = job.error
      if (job.state === 'failed' && error?.field && isRestoreField(error.field)) {
        setStarted(null)
        setFieldError({ field: error.field, message: error.message })
      }
    },
    [refresh],
  )
  const followed = useJob(started, onEnd)
  const state = followed?.job.state

  useEffect(() => {
    if (!fieldError || started) return
    form.setError(fieldError.field, { type: 'server', message: fieldError.message }, { shouldFocus: true })
    setFieldError(null)
  }, [fieldError, started, form])

  const submit = form.handleSubmit(async (values) => {
    setBanner(undefined)
    const result = await start.run(values)
    if (result.ok) setStarted(result.value)
    else setBanner(placeServerError(result.error, form.setError, [...FIELDS]))
  })

  const leave = async () => {
    await refresh()
    window.location.hash = '/'
  }

  if (state === 'done' && followed) {
    return (
      <Standalone title="Backup restored">
        <JobProgress followed={followed} words={RESTORE_WORDS} />
        <p>Log in with your own username and password as they were when the backup was made. Anyone who has forgotten theirs can use the recovery key.</p>
        <Button variant="primary" onPress={() => void leave()}>
          Log in
        </Button>
      </Standalone>
    )
  }

  return (
    <Standalone title="Restore from a backup">
      {freshInstall ? (
        <p>
          Bring a centre’s Cabinet onto this PC from a backup file, for example after a new PC or a reinstall. You need the backup file (on its USB stick or
          drive) and the centre’s printed recovery key, or the backup passphrase if the centre set one.
        </p>
      ) : (
        <p>
          Restoring replaces everything in this Cabinet with what the backup holds. The records here now are not deleted: they are kept in a folder beside
          Cabinet’s own, named with today’s date. You need the backup file and the centre’s recovery key (or the backup passphrase).
        </p>
      )}
      {followed && state !== 'failed' && !followed.lost ? (
        <JobProgress followed={followed} words={RESTORE_WORDS} />
      ) : (
        <>
          {followed && <JobProgress followed={followed} words={RESTORE_WORDS} />}
          <form onSubmit={(e) => void submit(e)} noValidate>
            <FormErrorSummary form={form} />
            <ErrorBanner error={banner} title="The backup was not restored" />
            <PathField
              form={form}
              name="file"
              label="Backup file"
              description="The whole path of the .cabinet-backup file, for example E:\riverside-2026-03-16.cabinet-backup."
              choose="backups.chooseFile"
            />
            <FormRadioGroup control={form.control} name="method" label="How will you open it?" options={METHODS} />
            {method === 'passphrase' ? (
              <FormPasswordField control={form.control} name="passphrase" label="Backup passphrase" autoComplete="current-password" />
            ) : (
              <FormTextField
                control={form.control}
                name="recoveryKey"
                label="Recovery key"
                description="Capitals, spaces and dashes do not matter."
                isRequired
                autoComplete="off"
              />
            )}
            <div className="button-row">
              <Button type="submit" variant="primary" isPending={start.isPending}>
                Restore this backup
              </Button>
              <Button variant="secondary" onPress={() => void leave()}>
                {freshInstall ? 'Back to setting up' : 'Back to log in'}
              </Button>
            </div>
          </form>
        </>
      )}
      {state === 'cancelled' && (
        <Button variant="secondary" onPress={() => setStarted(null)}>
          Try again
        </Button>
      )}
    </Standalone>
  )
}

const RESTORE_WORDS = { doneTitle: 'The backup was restored', failedTitle: 'The backup was not restored', cancelled: 'Cancelled. Nothing was changed.' }
