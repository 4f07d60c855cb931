import type { ReactNode } from 'react'
import type { ResultOf } from '../../../../electron/contract'
import { ROLE_LABELS } from '../../../../electron/core/auth/roles'
import { DataTable, columnHelperFor } from '../../../ui/DataTable'
import { formatDate } from '../../../ui/dates'

export type UserSummary = ResultOf<'app.users.list'>[number]

const helper = columnHelperFor<UserSummary>()
const columns = helper.columns([
  helper.accessor('displayName', { header: 'Name' }),
  helper.accessor('username', { header: 'Username' }),
  helper.accessor('role', {
    header: 'Role',
    cell: (info) => (
      <>
        {ROLE_LABELS[info.getValue()]}
        {info.row.original.expiresOn && !info.row.original.disabled && `, until ${formatDate(info.row.original.expiresOn)}`}
        {info.row.original.disabled && (
          <>
            {' '}
            <span className="tag tag--muted">Disabled</span>
          </>
        )}
      </>
    ),
  }),
  helper.accessor('createdAt', { header: 'Added', cell: (info) => formatDate(info.getValue()) }),
  helper.accessor('confidentialityAckAt', {
    header: 'Confidentiality agreed',
    cell: (info) => formatDate(info.getValue()) || 'Not yet',
  }),
])

/** Everyone who can log in, with per-row actions supplied by the caller. */
export function UsersTable({ users, actions }: { users: UserSummary[]; actions: (user: UserSummary) => ReactNode }) {
  return <DataTable caption="People who can log in to Cabinet" columns={columns} data={users} actions={actions} />
}
