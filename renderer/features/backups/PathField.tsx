import type { FieldPath, FieldValues, PathValue, UseFormReturn } from 'react-hook-form'
import { isBridge } from '../../api/cabinet'
import { useCabinetMutation } from '../../api/queries'
import { Button } from '../../ui/Button'
import { FormTextField } from '../../ui/Field'

export interface PathFieldProps<T extends FieldValues, TT> {
  form: UseFormReturn<T, unknown, TT>
  name: FieldPath<T>
  label: string
  description: string
  /** Which system dialog "Choose…" opens. */
  choose: 'backups.chooseFolder' | 'backups.chooseFile'
  isRequired?: boolean
  isDisabled?: boolean
}

/** Only the desktop app can show the system's folder and file dialogs; in a browser tab the path is typed. */
export const canChoosePaths = (): boolean => !isBridge()

/**
 * A folder or file on this PC: typed as a whole path (E:\ or /media/…), or, in the desktop app,
 * picked with "Choose…", which fills the box with the path chosen.
 */
export function PathField<T extends FieldValues, TT>({ form, name, label, description, choose, isRequired = true, isDisabled }: PathFieldProps<T, TT>) {
  const chooser = useCabinetMutation(choose, { invalidates: [] })
  const pick = async () => {
    const result = await chooser.run({})
    if (!result.ok || result.value === null) return // cancelled in the dialog: keep what was there
    form.setValue(name, result.value as PathValue<T, FieldPath<T>>, { shouldDirty: true, shouldValidate: form.formState.isSubmitted })
    form.setFocus(name)
  }
  return (
    <FormTextField
      control={form.control}
      name={name}
      label={label}
      description={description}
      isRequired={isRequired}
      isDisabled={isDisabled}
      autoComplete="off"
    >
      {canChoosePaths() && (
        <Button variant="secondary" onPress={() => void pick()} isDisabled={isDisabled} isPending={chooser.isPending}>
          Choose…<span className="visually-hidden"> {label.toLowerCase()}</span>
        </Button>
      )}
    </FormTextField>
  )
}
