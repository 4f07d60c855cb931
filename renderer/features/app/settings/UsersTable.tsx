import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table'
import type { ReactNode } from 'react'
import type { ResultOf } from '../../../../electron/contract'
import { formatDate } from '../../../ui/dates'

export type UserSummary = ResultOf<'app.users.list'>[number]

const ROLE_NAMES = { coordinator: 'Coordinator', volunteer: 'Volunteer' } as const

// Stable at module scope, as TanStack Table v9 requires (new columns each render would rebuild the model).
const features = tableFeatures({})
const helper = createColumnHelper<typeof features, UserSummary>()
const columns = helper.columns([
  helper.accessor('displayName', { header: 'Name' }),
  helper.accessor('username', { header: 'Username' }),
  helper.accessor('role', {
    header: 'Role',
    cell: (info) => (
      <>
        {ROLE_NAMES[info.getValue()]}
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
  const table = useTable({ features, columns, data: users })
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>People who can log in to Cabinet</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col">
                  {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                </th>
              ))}
              <th scope="col">Actions</th>
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
              <td>
                <div className="actions">{actions(row.original)}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
