import { useState } from 'react'
import { Button } from '../../../ui/Button'
import { DestroyDialog } from '../DestroyDialog'

/**
 * Destroying a document, in its own section at the foot of its page: a destructive action is
 * never beside a common one (Print, Export…), where a slip of the mouse would reach it.
 */
export function DestroySection({ id, title, onDestroyed }: { id: string; title: string; onDestroyed: () => void }) {
  const [destroying, setDestroying] = useState(false)
  return (
    <section className="card danger-zone" aria-labelledby="destroy-heading">
      <h2 id="destroy-heading">Destroy this document</h2>
      <p>When Cabinet no longer needs to keep it, destroy it for good. You will be asked why; the audit log records that it happened.</p>
      <Button variant="danger" onPress={() => setDestroying(true)}>
        Destroy…
      </Button>
      <DestroyDialog id={id} title={title} isOpen={destroying} onOpenChange={setDestroying} onDestroyed={onDestroyed} />
    </section>
  )
}
