import { useState } from 'react'
import { Button } from '../../ui/Button'
import { ConfirmDialog } from '../../ui/Dialog'
import { useAppState } from '../app/app-state'
import { RESTORE_ROUTE } from './restore-route'

/**
 * "Restore a backup" in Settings. A restore replaces everything, so nobody may be logged in
 * while it runs: the button locks Cabinet and opens the restore screen in its place.
 */
export function RestoreSection() {
  const { lock } = useAppState()
  const [confirming, setConfirming] = useState(false)
  const [locking, setLocking] = useState(false)
  const lockAndRestore = async () => {
    setLocking(true)
    await lock()
    window.location.hash = RESTORE_ROUTE
  }
  return (
    <section className="backups-section" aria-labelledby="restore-title">
      <h2 id="restore-title">Restore a backup</h2>
      <p>
        Restoring puts everything in Cabinet back as it was when a backup was made. Cabinet locks first, then replaces all its records and documents with the
        backup’s. The records it holds now are not deleted: they are kept in a folder beside Cabinet’s own, in case you need them back. You will need the backup
        file and the centre’s recovery key (or the backup passphrase).
      </p>
      <Button variant="secondary" onPress={() => setConfirming(true)}>
        Restore a backup…
      </Button>
      <ConfirmDialog
        isOpen={confirming}
        onOpenChange={setConfirming}
        title="Lock Cabinet and restore a backup?"
        confirmLabel="Lock and continue"
        onConfirm={() => void lockAndRestore()}
        pending={locking}
      >
        <p>Cabinet will lock now (save anything you are in the middle of first). Then choose the backup file and enter the recovery key.</p>
      </ConfirmDialog>
    </section>
  )
}
