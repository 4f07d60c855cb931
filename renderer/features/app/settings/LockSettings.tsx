import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { CallError } from '../../../../electron/contract'
import { preferencesSchema } from '../../../../electron/contract/areas/app'
import { can } from '../../../../electron/core/auth/permissions'
import { useMutation } from '../../../api/hooks'
import { Banner, ErrorBanner } from '../../../ui/Banner'
import { Button } from '../../../ui/Button'
import { placeServerError } from '../../../ui/forms'
import { FormNumberField } from '../../../ui/NumberField'
import { Page } from '../../../ui/Page'
import { useCurrentUser } from '../app-state'
import { useShell } from '../shell-context'

type PrefsInput = z.input<typeof preferencesSchema>
type PrefsOutput = z.output<typeof preferencesSchema>

/** How long Cabinet waits without a key press or mouse movement before it locks itself. */
export function LockSettings() {
  const user = useCurrentUser()
  const { preferences, reloadPreferences } = useShell()
  const update = useMutation('app.preferences.update')
  const [banner, setBanner] = useState<CallError | undefined>()
  const [saved, setSaved] = useState(false)
  const form = useForm<PrefsInput, unknown, PrefsOutput>({
    resolver: zodResolver(preferencesSchema),
    defaultValues: { autoLockMinutes: 5 },
  })
  const { reset } = form
  useEffect(() => {
    if (preferences) reset(preferences)
  }, [preferences, reset])

  const submit = form.handleSubmit(async (values) => {
    setSaved(false)
    setBanner(undefined)
    const result = await update.run(values)
    if (result.ok) {
      setSaved(true)
      reloadPreferences()
    } else {
      setBanner(placeServerError(result.error, form.setError, ['autoLockMinutes']))
    }
  })

  const readOnly = !can(user.role, 'settings.manage')
  return (
    <Page title="Automatic lock" intro="Cabinet locks itself when nobody has touched the keyboard or mouse for a while, so an unattended screen does not stay open.">
      {saved && <Banner tone="success" title="Automatic lock saved" />}
      <ErrorBanner error={banner} title="The automatic lock was not saved" />
      <form onSubmit={(e) => void submit(e)} noValidate className="card">
        <FormNumberField
          control={form.control}
          name="autoLockMinutes"
          label="Lock after this many minutes without activity"
          description="Between 1 and 120. Five is a good choice for a shared office."
          isRequired
          isDisabled={readOnly}
          className="field--short"
        />
        {!readOnly && (
          <Button type="submit" variant="primary" isPending={update.loading}>
            Save
          </Button>
        )}
      </form>
    </Page>
  )
}
