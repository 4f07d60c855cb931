import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useState } from 'react'
import { useFieldArray, useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { CallError } from '../../../electron/contract'
import { checklistTemplate } from '../../../electron/core/families/api'
import { useCabinetMutation, useCabinetQuery } from '../../api/queries'
import { Banner, ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { FormTextField } from '../../ui/Field'
import { placeServerError } from '../../ui/forms'
import { Page } from '../../ui/Page'
import { InlineError } from '../../ui/InlineError'

type In = z.input<typeof checklistTemplate>
type Out = z.output<typeof checklistTemplate>

/** A stable id for a new item, from its heading (ids tie completed pre-visits to items). */
function slug(heading: string, taken: readonly string[]): string {
  const base =
    heading
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 30) || 'item'
  let id = base
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`
  return id
}

/** Settings → Pre-visit checklist: what the checklist covers, printed for each parent and ticked at the pre-visit. */
export function ChecklistTemplateSettings() {
  const current = useCabinetQuery('families.checklist.template', {})
  // The pre-visit dialog and the printed checklist read the template too: they follow a save at once.
  const save = useCabinetMutation('families.checklist.saveTemplate', { invalidates: ['families'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const [saved, setSaved] = useState(false)
  const form = useForm<In, unknown, Out>({ resolver: zodResolver(checklistTemplate), defaultValues: { title: '', items: [] } })
  const items = useFieldArray({ control: form.control, name: 'items' })
  const { reset } = form
  useEffect(() => {
    if (current.data) reset(current.data)
  }, [current.data, reset])
  const submit = form.handleSubmit(async (values) => {
    setSaved(false)
    const r = await save.run(values)
    if (r.ok) setSaved(true)
    else setBanner(placeServerError(r.error, form.setError, ['title', 'items']))
  })
  return (
    <Page title="Pre-visit checklist" intro="What each parent goes through at the pre-visit. Completed pre-visits keep the items as they were.">
      {saved && <Banner tone="success" title="Checklist saved" />}
      <ErrorBanner error={banner ?? current.error} title="The checklist was not saved" />
      <form onSubmit={(e) => void submit(e)} noValidate className="card">
        <FormTextField control={form.control} name="title" label="Title" isRequired />
        <InlineError>{form.formState.errors.items?.message}</InlineError>
        {items.fields.map((item, i) => (
          <fieldset key={item.id} className="fieldset">
            <legend>Item {i + 1}</legend>
            <FormTextField control={form.control} name={`items.${i}.heading`} label="Heading" isRequired />
            <FormTextField control={form.control} name={`items.${i}.text`} label="What to tell the parent" isRequired multiline />
            <div className="button-row">
              {i > 0 && <Button onPress={() => items.move(i, i - 1)}>Move up</Button>}
              {i < items.fields.length - 1 && <Button onPress={() => items.move(i, i + 1)}>Move down</Button>}
              <Button variant="quiet" onPress={() => items.remove(i)}>
                Remove item {i + 1}
              </Button>
            </div>
          </fieldset>
        ))}
        <div className="button-row">
          <Button
            onPress={() =>
              items.append({
                id: slug(
                  `item ${items.fields.length + 1}`,
                  form.getValues('items').map((x) => x.id),
                ),
                heading: '',
                text: '',
              })
            }
          >
            Add an item
          </Button>
          <Button type="submit" variant="primary" isPending={save.isPending}>
            Save checklist
          </Button>
        </div>
      </form>
    </Page>
  )
}
