import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo, useState } from 'react'
import { useForm } from 'react-hook-form'
import { cabinet } from '../../../api/cabinet'
import { Banner } from '../../../ui/Banner'
import { Button } from '../../../ui/Button'
import { FormCheckbox } from '../../../ui/Checkbox'
import { FormErrorSummary } from '../../../ui/ErrorSummary'
import { FormTextField } from '../../../ui/Field'
import { holdRecoveryKey } from '../recovery-key-store'
import { Standalone } from '../Standalone'
import { RecoveryKeyGroups } from './RecoveryKeyGroups'
import { keyStoredSchema, ordinal, pickGroupToCheck, recoveryKeyGroups, type KeyStored } from './recovery-key-groups'
import { WizardSteps } from './WizardSteps'

/**
 * The last step of setup: the recovery key, shown this once. Cabinet cannot show it again, so
 * the coordinator prints it (or writes it down), says so, and proves it by typing back one group
 * of it (a different one each time) before going on.
 */
export function RecoveryKeyStep({ recoveryKey }: { recoveryKey: string }) {
  const [printing, setPrinting] = useState(false)
  const groups = recoveryKeyGroups(recoveryKey)
  const [asked] = useState(() => pickGroupToCheck(groups.length))
  const expected = groups[asked - 1]
  const schema = useMemo(() => keyStoredSchema(asked, expected), [asked, expected])
  const form = useForm<KeyStored>({ resolver: zodResolver(schema), defaultValues: { stored: false, group: '' } })

  const print = async () => {
    setPrinting(true)
    try {
      // The key lives only in this window's memory, so it prints here, not in a hidden window.
      await cabinet.printInThisWindow('#/print/recovery-key')
    } finally {
      setPrinting(false)
    }
  }

  // Both answers are right: the key may now leave this window's memory, and the app goes on.
  const finish = form.handleSubmit(() => holdRecoveryKey(null))

  return (
    <Standalone title="Set up Cabinet" focusHeading>
      <WizardSteps current={3} />
      <FormErrorSummary form={form} />
      <h2>Step 4 of 4: Your recovery key</h2>
      <Banner tone="success">
        <p>Cabinet is set up and you are logged in.</p>
      </Banner>
      <p>
        If you forget your password, this recovery key is the only way to open Cabinet. It is shown <strong>once</strong>, now. Print it, or write it down
        exactly, and keep it in a locked place away from this computer.
      </p>
      <RecoveryKeyGroups recoveryKey={recoveryKey} />
      <div className="button-row">
        <Button variant="secondary" onPress={() => void print()} isPending={printing}>
          Print the recovery key
        </Button>
      </div>
      <form onSubmit={(e) => void finish(e)} noValidate>
        <FormCheckbox control={form.control} name="stored">
          I have printed or written down the recovery key and stored it safely.
        </FormCheckbox>
        <FormTextField
          control={form.control}
          name="group"
          label={`Type group ${asked} of your recovery key`}
          description={`To check your copy: read the ${ordinal(asked)} group of four characters, counting from the left, from what you printed or wrote down.`}
          isRequired
          autoComplete="off"
          className="field--short"
        />
        <div className="button-row">
          <Button type="submit" variant="primary">
            Continue
          </Button>
        </div>
      </form>
    </Standalone>
  )
}
