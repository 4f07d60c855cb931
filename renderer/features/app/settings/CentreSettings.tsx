import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { CallError } from '../../../../electron/contract'
import { centreDetailsSchema } from '../../../../electron/contract/areas/app'
import { can } from '../../../../electron/core/auth/permissions'
import { useMutation } from '../../../api/hooks'
import { Banner, ErrorBanner } from '../../../ui/Banner'
import { Button } from '../../../ui/Button'
import { FormTextField } from '../../../ui/Field'
import { placeServerError } from '../../../ui/forms'
import { Page } from '../../../ui/Page'
import { useCurrentUser } from '../app-state'
import { useShell } from '../shell-context'

type CentreInput = z.input<typeof centreDetailsSchema>
type CentreOutput = z.output<typeof centreDetailsSchema>
const FIELDS = ['name', 'address', 'dataController', 'contactEmail', 'contactPhone'] as const

/** The centre's details, as shown in the header and on the privacy notice. */
export function CentreSettings() {
  const user = useCurrentUser()
  const { centre, reloadCentre } = useShell()
  const update = useMutation('app.centre.update')
  const [banner, setBanner] = useState<CallError | undefined>()
  const [saved, setSaved] = useState(false)
  const form = useForm<CentreInput, unknown, CentreOutput>({
    resolver: zodResolver(centreDetailsSchema),
    defaultValues: { name: '', address: '', dataController: '', contactEmail: '', contactPhone: '' },
  })
  const { reset } = form
  useEffect(() => {
    if (centre) reset(centre)
  }, [centre, reset])

  const submit = form.handleSubmit(async (values) => {
    setSaved(false)
    setBanner(undefined)
    const result = await update.run(values)
    if (result.ok) {
      setSaved(true)
      reloadCentre()
    } else {
      setBanner(placeServerError(result.error, form.setError, FIELDS))
    }
  })

  const readOnly = !can(user.role, 'settings.manage')
  const c = form.control
  return (
    <Page title="Centre details" intro="These appear at the top of every screen and on the privacy notice.">
      {saved && <Banner tone="success" title="Centre details saved" />}
      <ErrorBanner error={banner} title="The centre details were not saved" />
      <form onSubmit={(e) => void submit(e)} noValidate className="card">
        <FormTextField control={c} name="name" label="Centre name" isRequired isDisabled={readOnly} />
        <FormTextField control={c} name="address" label="Postal address" isRequired multiline isDisabled={readOnly} />
        <FormTextField
          control={c}
          name="dataController"
          label="Data controller"
          description="The organisation responsible for the records, usually the charity that runs the centre."
          isRequired
          isDisabled={readOnly}
        />
        <div className="field-row">
          <FormTextField control={c} name="contactEmail" label="Contact email" type="email" isRequired isDisabled={readOnly} />
          <FormTextField control={c} name="contactPhone" label="Contact phone" type="tel" isRequired isDisabled={readOnly} />
        </div>
        {!readOnly && (
          <Button type="submit" variant="primary" isPending={update.loading}>
            Save centre details
          </Button>
        )}
      </form>
    </Page>
  )
}
