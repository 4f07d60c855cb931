import { formatPhoneForDisplay } from '../../../electron/core/rules'
import type { ResultOf } from '../../../electron/contract'

type Centre = ResultOf<'app.centre.get'>

/**
 * The top of every sheet Cabinet prints: who it comes from and how to reach them. The centre's
 * name, its postal address on one line, and its phone number and email, each with its own label
 * (no separator glyphs, which read as stray marks when a part is missing).
 */
export function PrintHeader({ centre }: { centre: Centre }) {
  const address = centre.address
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(', ')
  const phone = formatPhoneForDisplay(centre.contactPhone)
  return (
    <header className="print-header">
      <p className="print-header__centre">{centre.name}</p>
      {address && <p>{address}</p>}
      {(phone || centre.contactEmail) && (
        <p className="print-header__contact">
          {phone && <span>Phone {phone}</span>}
          {centre.contactEmail && <span>Email {centre.contactEmail}</span>}
        </p>
      )}
    </header>
  )
}
