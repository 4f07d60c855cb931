import { preferencesSchema } from '../../../../electron/core/app/schemas'
import { useCabinetQuery } from '../../../api/queries'
import { FormNumberField } from '../../../ui/NumberField'
import { SettingsPage, useSettingsForm } from './SettingsForm'

/** How long Cabinet waits without a key press or mouse movement before it locks itself. */
export function LockSettings() {
  const preferences = useCabinetQuery('app.preferences.get', {})
  const settings = useSettingsForm({
    channel: 'app.preferences.update',
    schema: preferencesSchema,
    defaultValues: { autoLockMinutes: 5 },
    current: preferences.data,
    invalidates: ['app.preferences.get'],
    fields: ['autoLockMinutes'],
  })
  return (
    <SettingsPage
      settings={settings}
      title="Automatic lock"
      intro="Cabinet locks itself when nobody has touched the keyboard or mouse for a while, so an unattended screen does not stay open."
      savedTitle="Automatic lock saved"
      failedTitle="The automatic lock was not saved"
      submitLabel="Save"
    >
      <FormNumberField
        control={settings.form.control}
        name="autoLockMinutes"
        label="Lock after this many minutes without activity"
        description="Between 1 and 120. Five is a good choice for a shared office."
        isRequired
        isDisabled={settings.readOnly}
        className="field--short"
      />
    </SettingsPage>
  )
}
