import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useState, type FormEvent, type ReactNode } from 'react'
import { useForm, type DefaultValues, type FieldPath, type FieldValues, type UseFormReturn } from 'react-hook-form'
import type { z } from 'zod'
import type { ArgsOf, CallError, ChannelName } from '../../../../electron/contract'
import { mayCall } from '../../../../electron/contract'
import { useCabinetMutation, type CacheTarget } from '../../../api/queries'
import { Banner, ErrorBanner } from '../../../ui/Banner'
import { Button } from '../../../ui/Button'
import { placeServerError } from '../../../ui/forms'
import { Page } from '../../../ui/Page'
import { useCurrentUser } from '../app-state'

export interface SettingsFormOptions<C extends ChannelName, TIn extends FieldValues> {
  /** The channel that saves the whole form. */
  channel: C
  schema: z.ZodType<ArgsOf<C>, TIn>
  /** What the form shows until `current` arrives. */
  defaultValues: DefaultValues<TIn>
  /** The saved values; the form is refilled whenever they change. */
  current: TIn | undefined
  /** What a save changes (the query `current` comes from): the header and the auto-lock follow at once. */
  invalidates: readonly CacheTarget[]
  /** The fields a server error may name, to show it next to the field rather than in the banner. */
  fields: readonly FieldPath<TIn>[]
}

export interface SettingsForm<TIn extends FieldValues, TOut> {
  form: UseFormReturn<TIn, unknown, TOut>
  submit: (e?: FormEvent) => Promise<void>
  saved: boolean
  banner: CallError | undefined
  saving: boolean
  /** Volunteers see the settings but cannot change them (the core refuses too). */
  readOnly: boolean
}

/** One settings page's form: one channel saves it all, and only a coordinator may. */
export function useSettingsForm<C extends ChannelName, TIn extends FieldValues>({
  channel,
  schema,
  defaultValues,
  current,
  invalidates,
  fields,
}: SettingsFormOptions<C, TIn>): SettingsForm<TIn, ArgsOf<C>> {
  const user = useCurrentUser()
  const update = useCabinetMutation(channel, { invalidates })
  const [banner, setBanner] = useState<CallError | undefined>()
  const [saved, setSaved] = useState(false)
  const form = useForm<TIn, unknown, ArgsOf<C>>({ resolver: zodResolver(schema), defaultValues })
  const { reset } = form
  useEffect(() => {
    if (current) reset(current)
  }, [current, reset])

  const submit = form.handleSubmit(async (values) => {
    setSaved(false)
    setBanner(undefined)
    const result = await update.run(values)
    if (result.ok) {
      setSaved(true)
    } else {
      setBanner(placeServerError(result.error, form.setError, fields))
    }
  })

  return { form, submit, saved, banner, saving: update.isPending, readOnly: !mayCall(user.role, 'app.centre.update') }
}

export interface SettingsPageProps<TIn extends FieldValues, TOut> {
  settings: SettingsForm<TIn, TOut>
  title: string
  intro: string
  /** The success banner, e.g. "Centre details saved". */
  savedTitle: string
  /** The error banner's title, e.g. "The centre details were not saved". */
  failedTitle: string
  submitLabel: string
  children: ReactNode
}

/** A settings page: its banners, then the form's fields, then Save (hidden when read-only). */
export function SettingsPage<TIn extends FieldValues, TOut>({
  settings,
  title,
  intro,
  savedTitle,
  failedTitle,
  submitLabel,
  children,
}: SettingsPageProps<TIn, TOut>) {
  return (
    <Page title={title} intro={intro}>
      {settings.saved && <Banner tone="success" title={savedTitle} />}
      <ErrorBanner error={settings.banner} title={failedTitle} />
      <form onSubmit={(e) => void settings.submit(e)} noValidate className="card">
        {children}
        {!settings.readOnly && (
          <Button type="submit" variant="primary" isPending={settings.saving}>
            {submitLabel}
          </Button>
        )}
      </form>
    </Page>
  )
}
