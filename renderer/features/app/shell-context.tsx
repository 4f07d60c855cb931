import { createContext, useContext } from 'react'
import type { ResultOf } from '../../../electron/contract'

export type CentreDetails = ResultOf<'app.centre.get'>
export type Preferences = ResultOf<'app.preferences.get'>

export interface ShellData {
  centre: CentreDetails | undefined
  preferences: Preferences | undefined
  /** Settings call these after saving, so the header and the auto-lock follow at once. */
  reloadCentre: () => void
  reloadPreferences: () => void
}

export const ShellContext = createContext<ShellData | null>(null)

export function useShell(): ShellData {
  const data = useContext(ShellContext)
  if (!data) throw new Error('useShell must be used inside the Shell')
  return data
}
