import { Link } from 'wouter'
import { Button } from '../../ui/Button'

/**
 * The list before any family is on file: what it is for, and the first thing to do. Only a
 * role that may add families is offered the button; anyone else is told who adds them.
 */
export function NoFamiliesYet({ mayAdd }: { mayAdd: boolean }) {
  return (
    <section className="empty-state" aria-labelledby="no-families-yet">
      <h2 id="no-families-yet" className="empty-state__title">
        No families yet
      </h2>
      <p>This list will hold every family referred to the centre. Find a family here by name, then open their record.</p>
      {mayAdd ? (
        <>
          <p>Start by adding the family from their referral: both households, the children and the referral itself.</p>
          <Link href="/new" className="button button--primary">
            Add your first family
          </Link>
        </>
      ) : (
        <p>The coordinator adds families when a referral arrives. Once they have, you can find them here.</p>
      )}
    </section>
  )
}

/** A search that found nobody: what was searched, what to try, and a way back to the whole list. */
export function NoFamiliesMatch({ query, byReference, onClear }: { query: string; byReference: boolean; onClear: () => void }) {
  return (
    <section className="empty-state" aria-labelledby="no-families-match">
      <h2 id="no-families-match" className="empty-state__title">
        No families match “{query}”
      </h2>
      <p>Try:</p>
      <ul className="empty-state__tips">
        <li>checking the spelling</li>
        <li>fewer letters: the start of a first or last name is enough (“sia now” finds Siân Nowak)</li>
        {byReference ? (
          <li>the referral reference (R-2026-0042) or the postcode instead</li>
        ) : (
          <li>a name: volunteers search by name only, not by reference or postcode</li>
        )}
      </ul>
      <Button variant="secondary" onPress={onClear}>
        Clear search
      </Button>
    </section>
  )
}
