import { zodResolver } from '@hookform/resolvers/zod'
import { useCallback, useEffect, useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { CallError } from '../../../electron/contract'
import { startBackupArgs } from '../../../electron/core/backups/schemas'
import { useCabinetMutation, useInvalidate } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { FormErrorSummary } from '../../ui/ErrorSummary'
import { placeServerError } from '../../ui/forms'
import { JobProgress } from './JobProgress'
import { PathField } from './PathField'
import { useJob } from './use-job'
import type { JobView } from './words'

type FolderInput = z.input<typeof startBackupArgs>

/**
 * "Make a backup": where to save it, then the backup's progress and how it ended. When it has
 * ended the register and the reminder are asked for again, so they show the new backup.
 */
export function MakeBackup({ lastFolder }: { lastFolder: string | null }) {
  const form = useForm<FolderInput, unknown, FolderInput>({ resolver: zodResolver(startBackupArgs), defaultValues: { folder: '' } })
  const start = useCabinetMutation('backups.start', { invalidates: [] })
  const invalidate = useInvalidate()
  const [banner, setBanner] = useState<CallError | undefined>()
  const [started, setStarted] = useState<JobView | null>(null)
  const onEnd = useCallback(() => void invalidate(['backups.status']), [invalidate])
  const followed = useJob(started, onEnd)
  const running = followed?.job.state === 'running' && !followed.lost

  // Most centres back up to the same stick each time: offer the last folder used.
  const { getValues, reset } = form
  useEffect(() => {
    if (lastFolder && getValues('folder') === '') reset({ folder: lastFolder })
  }, [lastFolder, getValues, reset])

  const submit = form.handleSubmit(async (values) => {
    setBanner(undefined)
    const result = await start.run(values)
    if (result.ok) setStarted(result.value)
    else setBanner(placeServerError(result.error, form.setError, ['folder']))
  })

  return (
    <section className="backups-section" aria-labelledby="make-backup-title">
      <h2 id="make-backup-title">Make a backup</h2>
      <p>
        Plug in a USB stick or choose a folder on another drive. The backup is one encrypted file; making it takes a minute or two and checks every byte once
        written.
      </p>
      <form onSubmit={(e) => void submit(e)} noValidate className="card">
        <FormErrorSummary form={form} />
        <ErrorBanner error={banner} title="The backup was not started" />
        <PathField
          form={form}
          name="folder"
          label="Folder to save the backup in"
          description="The whole path, for example E:\ for a USB stick, or E:\Cabinet backups."
          choose="backups.chooseFolder"
          isDisabled={running}
        />
        <Button type="submit" variant="primary" isPending={start.isPending} isDisabled={running}>
          Make a backup
        </Button>
        {followed && (
          <JobProgress
            followed={followed}
            words={{ doneTitle: 'Backup made', failedTitle: 'The backup was not made', cancelled: 'Cancelled. Nothing was left on the drive.' }}
          />
        )}
      </form>
    </section>
  )
}
