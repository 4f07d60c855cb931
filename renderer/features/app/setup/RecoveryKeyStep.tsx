import { useRef, useState } from 'react'
import { cabinet } from '../../../api/cabinet'
import { Banner } from '../../../ui/Banner'
import { Button } from '../../../ui/Button'
import { Checkbox } from '../../../ui/Checkbox'
import { holdRecoveryKey } from '../recovery-key-store'
import { Standalone } from '../Standalone'
import { WizardSteps } from './WizardSteps'

/**
 * The last step of setup: the recovery key, shown this once. Cabinet cannot show it again, so
 * the coordinator prints it (or writes it down) and says so before going on.
 */
export function RecoveryKeyStep({ recoveryKey }: { recoveryKey: string }) {
  const [stored, setStored] = useState(false)
  const [missing, setMissing] = useState(false)
  const [printing, setPrinting] = useState(false)
  const box = useRef<HTMLInputElement>(null)

  const print = async () => {
    setPrinting(true)
    try {
      // The key lives only in this window's memory, so it prints here, not in a hidden window.
      await cabinet.printInThisWindow('#/print/recovery-key')
    } finally {
      setPrinting(false)
    }
  }

  const finish = () => {
    if (!stored) {
      setMissing(true)
      // Take the user to the box: a screen reader then reads its label and the error tied to it.
      box.current?.focus()
      return
    }
    holdRecoveryKey(null)
  }

  return (
    <Standalone title="Set up Cabinet" focusHeading>
      <WizardSteps current={3} />
      <h2>Step 4 of 4: Your recovery key</h2>
      <Banner tone="success">
        <p>Cabinet is set up and you are logged in.</p>
      </Banner>
      <p>
        If you forget your password, this recovery key is the only way to open Cabinet. It is shown <strong>once</strong>, now. Print it, or write it down
        exactly, and keep it in a locked place away from this computer.
      </p>
      <p className="recovery-key">{recoveryKey}</p>
      <div className="button-row">
        <Button variant="secondary" onPress={() => void print()} isPending={printing}>
          Print the recovery key
        </Button>
      </div>
      <Checkbox
        isSelected={stored}
        onChange={setStored}
        inputRef={box}
        error={missing && !stored ? 'Tick the box once you have stored the recovery key safely.' : undefined}
      >
        I have printed or written down the recovery key and stored it safely.
      </Checkbox>
      <div className="button-row">
        <Button variant="primary" onPress={finish}>
          Continue
        </Button>
      </div>
    </Standalone>
  )
}
