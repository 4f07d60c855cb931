import { RESTORE_ROUTE } from './restore-route'

/** The way into the restore screen from the first-run and unlock screens (App.tsx shows it at this route). */
export function RestoreLink({ firstRun = false }: { firstRun?: boolean }) {
  return (
    <p>
      {firstRun ? 'Moving a centre’s Cabinet onto this PC? ' : 'Need to put Cabinet back as it was when a backup was made? '}
      <a href={`#${RESTORE_ROUTE}`}>Restore from a backup</a>
    </p>
  )
}
