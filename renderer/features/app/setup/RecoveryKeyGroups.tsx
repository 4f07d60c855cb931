import { Fragment } from 'react'
import { recoveryKeyGroups } from './recovery-key-groups'
import './recovery-key.css'

/**
 * The recovery key in its groups of four. Each group is kept whole (white-space: nowrap), and a
 * line may break only after the dash between two groups (<wbr>, which also allows a break before
 * a group that starts with a digit), so nobody copies half a group onto the next line.
 */
export function RecoveryKeyGroups({ recoveryKey }: { recoveryKey: string }) {
  return (
    <p className="recovery-key">
      {recoveryKeyGroups(recoveryKey).map((group, i) => (
        <Fragment key={i}>
          {i > 0 && (
            <>
              -<wbr />
            </>
          )}
          <span className="recovery-key__group">{group}</span>
        </Fragment>
      ))}
    </p>
  )
}
