import { lazy, Suspense, type ComponentType } from 'react'

// Another area's panel comes with that area's code, loaded when a family page first shows it.
const FamilySessions = lazy(() => import('../sessions/FamilySessionsPanel').then((m) => ({ default: m.FamilySessions })))
const IntakePanel = lazy(() => import('./ReferralIntakePanel').then((m) => ({ default: m.ReferralIntakePanel })))
const DocumentsPanel = lazy(() => import('../documents/DocumentsPanel').then((m) => ({ default: m.DocumentsPanel })))
const FamilySafeguardingPanel = lazy(() => import('../safeguarding/FamilySafeguardingPanel').then((m) => ({ default: m.FamilySafeguardingPanel })))

/**
 * The places on a family's page that later areas fill (sessions, documents, incidents,
 * retention status). An area adds ONE entry here; the family page renders each entry's
 * component in its slot, in this order, with the family's id (load it with React.lazy, so the
 * families area does not carry every area's code). A component renders nothing for a role that
 * may not see it (as DocumentsPanel does for volunteers).
 */
export type FamilySlot = 'sessions' | 'documents' | 'incidents' | 'retention'

export interface FamilyPanel {
  slot: FamilySlot
  component: ComponentType<{ familyId: number }>
}

function FamilyDocuments({ familyId }: { familyId: number }) {
  return <DocumentsPanel targetType="family" targetId={familyId} />
}

export const FAMILY_PANELS: readonly FamilyPanel[] = [
  { slot: 'sessions', component: IntakePanel },
  { slot: 'sessions', component: FamilySessions },
  { slot: 'documents', component: FamilyDocuments },
  { slot: 'incidents', component: FamilySafeguardingPanel },
]

/** Render whatever the areas put in `slot` (nothing until an area fills it). */
export function FamilyPanelSlot({ slot, familyId }: { slot: FamilySlot; familyId: number }) {
  return (
    <Suspense fallback={null}>
      {FAMILY_PANELS.filter((p) => p.slot === slot).map((p, i) => (
        <p.component key={`${slot}-${i}`} familyId={familyId} />
      ))}
    </Suspense>
  )
}
