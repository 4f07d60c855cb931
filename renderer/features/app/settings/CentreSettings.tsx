import { centreDetailsSchema } from '../../../../electron/core/app/schemas'
import { useCabinetQuery } from '../../../api/queries'
import { FormTextField } from '../../../ui/Field'
import { SettingsPage, useSettingsForm } from './SettingsForm'

/** The centre's details, as shown in the header and on the privacy notice. */
export function CentreSettings() {
  const centre = useCabinetQuery('app.centre.get', {})
  const settings = useSettingsForm({
    channel: 'app.centre.update',
    schema: centreDetailsSchema,
    defaultValues: { name: '', address: '', dataController: '', contactEmail: '', contactPhone: '' },
    current: centre.data,
    invalidates: ['app.centre.get'],
    fields: ['name', 'address', 'dataController', 'contactEmail', 'contactPhone'],
  })
  const { readOnly } = settings
  const c = settings.form.control
  return (
    <SettingsPage
      settings={settings}
      title="Centre details"
      intro="These appear at the top of every screen and on the privacy notice."
      savedTitle="Centre details saved"
      failedTitle="The centre details were not saved"
      submitLabel="Save centre details"
    >
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
    </SettingsPage>
  )
}
