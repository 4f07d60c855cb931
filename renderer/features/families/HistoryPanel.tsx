import { useMemo, useState } from 'react'
import type { ResultOf } from '../../../electron/contract'
import type { FamilyView } from '../../../electron/core/families/views'
import { useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { DataTable, columnHelperFor } from '../../ui/DataTable'
import { formatDateTime } from '../../ui/dates'
import { FIELD_LABELS, RECORD_SOURCE_LABELS, fullName } from './labels'

type Correction = ResultOf<'families.history'>[number]

const helper = columnHelperFor<Correction>()

function historyColumns(family: FamilyView) {
  const people = [...family.adults, ...family.children]
  const recordName = (type: string, id: number) => {
    if (type === 'person') {
      const p = people.find((x) => x.id === id)
      return p ? fullName(p) : 'Person'
    }
    if (type === 'referral') return family.referrals?.find((r) => r.id === id)?.reference ?? 'Referral'
    return type === 'medical' ? 'Medical information' : 'Pre-visit'
  }
  return helper.columns([
    helper.accessor('changedAt', { header: 'When', cell: (info) => formatDateTime(info.getValue()) }),
    helper.accessor('changedBy', { header: 'Who', cell: (info) => info.getValue() ?? '' }),
    helper.display({ id: 'record', header: 'Record', cell: ({ row: { original: h } }) => recordName(h.recordType, h.recordId) }),
    helper.accessor('field', { header: 'Field', cell: (info) => FIELD_LABELS[info.getValue()] ?? info.getValue() }),
    helper.accessor('oldValue', { header: 'Was', cell: (info) => info.getValue() ?? '—' }),
    helper.accessor('newValue', { header: 'Now', cell: (info) => info.getValue() ?? '—' }),
    helper.accessor('source', { header: 'Source', cell: (info) => RECORD_SOURCE_LABELS[info.getValue()] }),
  ])
}

/**
 * Corrections to this family's records (P22): who changed which field, when, from what to
 * what, on what source. Loaded only when asked for (the view is audited: it shows old values);
 * once shown it follows every correction saved on the page (the save makes it stale).
 */
export function HistoryPanel({ family }: { family: FamilyView }) {
  const [shown, setShown] = useState(false)
  const history = useCabinetQuery('families.history', shown ? { familyId: family.id } : null)
  // The columns name each record from this family's people and referrals: rebuild them only when it changes.
  const columns = useMemo(() => historyColumns(family), [family])
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">Corrections</h2>
      {!shown ? (
        <Button onPress={() => setShown(true)}>Show the correction history</Button>
      ) : (
        <>
          <ErrorBanner error={history.error} />
          {history.data && history.data.length === 0 && <p>No corrections have been made.</p>}
          {history.data && history.data.length > 0 && <DataTable caption="Correction history" columns={columns} data={history.data} rowId={(h) => h.id} />}
        </>
      )}
    </section>
  )
}
