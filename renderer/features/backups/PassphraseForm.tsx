import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { CallError } from '../../../electron/contract'
import { useCabinetMutation } from '../../api/queries'
import { Banner, ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { ConfirmDialog } from '../../ui/Dialog'
import { FormErrorSummary } from '../../ui/ErrorSummary'
import { placeServerError } from '../../ui/forms'
import { FormPasswordField } from '../../ui/PasswordField'
import { afterPasswordChecker } from '../../ui/password-checker'
import { passphraseFormSchema, type PassphraseFormInput } from './forms'

/**
 * The backup passphrase: a second way, besides the printed recovery key, to open this centre's
 * backups on another PC. It is copied into each backup as it is made, so it opens only backups
 * made after it was set; removing it stops it going into new ones.
 */
export function PassphraseForm({ hasPassphrase }: { hasPassphrase: boolean }) {
  const form = useForm<PassphraseFormInput, unknown, PassphraseFormInput>({
    resolver: afterPasswordChecker(zodResolver(passphraseFormSchema)),
    defaultValues: { passphrase: '', confirm: '' },
  })
  const save = useCabinetMutation('backups.passphrase.set', { invalidates: ['backups.status'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const [done, setDone] = useState<string | null>(null)
  const [removing, setRemoving] = useState(false)

  const submit = form.handleSubmit(async ({ passphrase }) => {
    setDone(null)
    setBanner(undefined)
    const result = await save.run({ passphrase })
    if (result.ok) {
      form.reset({ passphrase: '', confirm: '' })
      setDone(hasPassphrase ? 'Backup passphrase changed' : 'Backup passphrase set')
    } else {
      setBanner(placeServerError(result.error, form.setError, ['passphrase']))
    }
  })

  const remove = async () => {
    setDone(null)
    const result = await save.run({ passphrase: null })
    if (result.ok) {
      setRemoving(false)
      setDone('Backup passphrase removed')
    }
  }

  return (
    <section className="backups-section" aria-labelledby="passphrase-title">
      <h2 id="passphrase-title">Backup passphrase</h2>
      <p>
        A backup opens with the centre’s printed recovery key. A backup passphrase is a second way to open it, on a new PC, if the recovery key is not to hand.
        It goes into each backup as the backup is made, so it opens only backups made after you set it. Choose a long one and keep it somewhere safe, apart from
        the sticks.
      </p>
      <p>{hasPassphrase ? 'A backup passphrase is set.' : 'No backup passphrase is set: backups open only with the recovery key.'}</p>
      <form onSubmit={(e) => void submit(e)} noValidate className="card">
        <FormErrorSummary form={form} />
        {done && <Banner tone="success" title={done} />}
        <ErrorBanner error={banner} title="The backup passphrase was not saved" />
        <FormPasswordField
          control={form.control}
          name="passphrase"
          label={hasPassphrase ? 'New backup passphrase' : 'Backup passphrase'}
          autoComplete="new-password"
        />
        <FormPasswordField control={form.control} name="confirm" label="Type the backup passphrase again" autoComplete="new-password" showRules={false} />
        <div className="button-row">
          <Button type="submit" variant="primary" isPending={save.isPending && !removing}>
            {hasPassphrase ? 'Change the passphrase' : 'Set the passphrase'}
          </Button>
          {hasPassphrase && (
            <Button variant="secondary" onPress={() => setRemoving(true)}>
              Remove the passphrase
            </Button>
          )}
        </div>
      </form>
      <ConfirmDialog
        isOpen={removing}
        onOpenChange={(open) => {
          setRemoving(open)
          if (!open) save.reset()
        }}
        title="Remove the backup passphrase?"
        confirmLabel="Remove the passphrase"
        onConfirm={() => void remove()}
        pending={save.isPending}
        error={save.error}
      >
        <p>New backups will open only with the recovery key. Backups already made still open with the passphrase they were made with.</p>
      </ConfirmDialog>
    </section>
  )
}
