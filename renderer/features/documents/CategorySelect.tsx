import { Button as AriaButton, FieldError, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, Text } from 'react-aria-components'
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form'
import { CATEGORY_LABELS, DOCUMENT_CATEGORIES } from '../../../electron/core/vault/catalogue'

export type CategorySelectProps<T extends FieldValues, TT> = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- react-hook-form's own default for the form context
  control: Control<T, any, TT>
  name: FieldPath<T>
}

/** The document's category, which decides how long it is kept. There is no DBS category (P13). */
export function CategorySelect<T extends FieldValues, TT = T>({ control, name }: CategorySelectProps<T, TT>) {
  const { field, fieldState } = useController({ control, name })
  return (
    <Select
      className={['field', fieldState.error ? 'field--invalid' : ''].filter(Boolean).join(' ')}
      name={field.name}
      value={(field.value as string | undefined) ?? null}
      onChange={(key) => field.onChange(key)}
      isInvalid={Boolean(fieldState.error)}
      validationBehavior="aria"
      isRequired
    >
      <Label className="field__label">Category</Label>
      <Text slot="description" className="field__hint">
        The category decides how long Cabinet keeps the document.
      </Text>
      <FieldError className="field__error">{fieldState.error?.message}</FieldError>
      <AriaButton className="field__input select-button" ref={field.ref}>
        <SelectValue>{({ isPlaceholder, selectedText }) => (isPlaceholder ? 'Choose a category' : selectedText)}</SelectValue>
        <span aria-hidden="true">▾</span>
      </AriaButton>
      <Popover className="popover">
        <ListBox className="listbox">
          {DOCUMENT_CATEGORIES.map((c) => (
            <ListBoxItem key={c} id={c} className="listbox__item">
              {CATEGORY_LABELS[c]}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  )
}
