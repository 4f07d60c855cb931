import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { CallError, ResultOf } from '../../../electron/contract'
import { verifyBackupArgs } from '../../../electron/core/backups/schemas'
import { useCabinetMutation } from '../../api/queries'
import { Banner, ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { formatDateTime } from '../../ui/dates'
import { FormErrorSummary } from '../../ui/ErrorSummary'
import { placeServerError } from '../../ui/forms'
import { PathField } from './PathField'
import { formatBytes } from './words'

type FileInput = z.input<typeof verifyBackupArgs>
type Checked = ResultOf<'backups.verify'>

/** "Check a backup": read a backup file through and check every byte, without restoring anything. */
export function CheckBackup() {
  const form = useForm<FileInput, unknown, FileInput>({ resolver: zodResolver(verifyBackupArgs), defaultValues: { file: '' } })
  const verify = useCabinetMutation('backups.verify', { invalidates: [] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const [checked, setChecked] = useState<Checked | null>(null)

  const submit = form.handleSubmit(async (values) => {
    setBanner(undefined)
    setChecked(null)
    const result = await verify.run(values)
    if (result.ok) setChecked(result.value)
    else setBanner(placeServerError(result.error, form.setError, ['file']))
  })

  return (
    <section className="backups-section" aria-labelledby="check-backup-title">
      <h2 id="check-backup-title">Check a backup</h2>
      <p>Check that a backup file is complete and undamaged, without restoring it. Nothing in Cabinet changes.</p>
      <form onSubmit={(e) => void submit(e)} noValidate className="card">
        <FormErrorSummary form={form} />
        <ErrorBanner error={banner} title="The backup could not be checked" />
        {checked && (
          <Banner tone="success" title="This backup is complete and undamaged">
            <p>
              It was made on {formatDateTime(checked.createdAt)} and holds {checked.files} files ({documentsWords(checked.documents)}),{' '}
              {formatBytes(checked.sizeBytes)} in all. Every byte was read and checked.
            </p>
          </Banner>
        )}
        <PathField
          form={form}
          name="file"
          label="Backup file"
          description="The whole path of the .cabinet-backup file, for example E:\riverside-2026-03-16.cabinet-backup."
          choose="backups.chooseFile"
        />
        <Button type="submit" variant="primary" isPending={verify.isPending}>
          Check the backup
        </Button>
      </form>
    </section>
  )
}

function documentsWords(n: number): string {
  if (n === 0) return 'no documents'
  return n === 1 ? 'one of them a document' : `${n} of them documents`
}
