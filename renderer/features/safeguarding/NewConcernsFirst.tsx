import { useEffect, useRef } from 'react'
import { useLocation } from 'wouter'
import { mayCall } from '../../../electron/contract'
import type { Role } from '../../../electron/core/auth/roles'
import { useCabinetQuery } from '../../api/queries'

/**
 * The coordinator is shown new safeguarding concerns first on unlock: when the shell first
 * appears after a login and a concern is waiting that no coordinator has read, it opens the
 * concerns page (unread ones at the top) instead of the usual first area. Once per unlock: the
 * shell is mounted afresh at every login.
 */
export function useNewConcernsFirst(role: Role): void {
  const may = mayCall(role, 'safeguarding.unseen')
  const unseen = useCabinetQuery('safeguarding.unseen', may ? {} : null)
  const [, navigate] = useLocation()
  const done = useRef(false)
  useEffect(() => {
    if (done.current || !unseen.data) return
    done.current = true
    if (unseen.data.count > 0) navigate('/concerns', { replace: true })
  }, [unseen.data, navigate])
}
