import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useState } from 'react'
import { useForm } from 'react-hook-form'
import type { ArgsOf, CallError } from '../../../electron/contract'
import { useCabinetMutation } from '../../api/queries'
import { Banner, ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { FormErrorSummary } from '../../ui/ErrorSummary'
import { placeServerError } from '../../ui/forms'
import { FormNumberField } from '../../ui/NumberField'
import { settingsFormSchema, type SettingsFormInput } from './forms'
import { PathField } from './PathField'
import type { BackupStatus } from './words'

/** The daily backup's folder and when the reminder says a backup is overdue. */
export function BackupSettingsForm({ settings }: { settings: BackupStatus['settings'] }) {
  const form = useForm<SettingsFormInput, unknown, ArgsOf<'backups.settings.update'>>({
    resolver: zodResolver(settingsFormSchema),
    defaultValues: { dailyFolder: '', warnAfterDays: 7 },
  })
  const save = useCabinetMutation('backups.settings.update', { invalidates: ['backups.status'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const [saved, setSaved] = useState(false)
  const { reset } = form
  useEffect(() => {
    reset({ dailyFolder: settings.dailyFolder ?? '', warnAfterDays: settings.warnAfterDays })
  }, [settings.dailyFolder, settings.warnAfterDays, reset])

  const submit = form.handleSubmit(async (values) => {
    setSaved(false)
    setBanner(undefined)
    const result = await save.run(values)
    if (result.ok) setSaved(true)
    else setBanner(placeServerError(result.error, form.setError, ['dailyFolder', 'warnAfterDays']))
  })

  return (
    <section className="backups-section" aria-labelledby="backup-settings-title">
      <h2 id="backup-settings-title">Daily backup and reminder</h2>
      <p>
        Cabinet can back itself up once a day onto a drive you choose, as soon as that drive is plugged in, whether or not anyone is logged in. If it cannot, or
        no backup has been made for a while, coordinators see a reminder at the top of every page.
      </p>
      <form onSubmit={(e) => void submit(e)} noValidate className="card">
        <FormErrorSummary form={form} />
        {saved && <Banner tone="success" title="Backup settings saved" />}
        <ErrorBanner error={banner} title="The backup settings were not saved" />
        <PathField
          form={form}
          name="dailyFolder"
          label="Folder for the daily backup"
          description="Leave blank for no daily backup. For example E:\ for a USB stick that stays plugged in on weekdays."
          choose="backups.chooseFolder"
          isRequired={false}
        />
        <FormNumberField
          control={form.control}
          name="warnAfterDays"
          label="Remind coordinators when the last backup is older than this many days"
          description="Between 1 and 90. Seven suits most centres."
          isRequired
          className="field--short"
        />
        <Button type="submit" variant="primary" isPending={save.isPending}>
          Save backup settings
        </Button>
      </form>
    </section>
  )
}
