import type { OpContext } from '../operations/guard'
import { readCentre } from '../settings/settings'
import { CabinetError } from '../errors'
import type { ReadableDB } from '../db/types'
import { audienceFor, discloseTo } from './disclosure'
import { isoDate } from './fields'
import { loadFamilyPeople, loadPerson } from './rows'
import { checklistTemplate, type ChecklistTemplate } from './schemas'
import type { CentreHeader, ChecklistPrintView } from './views'
import { sql } from '../db/statement-cache'

/** The settings key the coordinator's edited pre-visit checklist lives under. */
export const CHECKLIST_SETTING = 'checklist.template'

/** What a centre starts with; the coordinator edits it in Settings. */
export const DEFAULT_CHECKLIST: ChecklistTemplate = {
  title: 'Pre-visit checklist',
  items: [
    {
      id: 'centre-rules',
      heading: 'Centre rules',
      text: 'These are the centre’s ground rules. We go through each one with you, and ask you to sign that you will keep them. Children stay with their parent or an approved adult at all times, and nobody discusses the case or the other parent in front of the children.',
    },
    {
      id: 'who-may-attend',
      heading: 'Who may attend',
      text: 'Only the people agreed with the coordinator in advance may attend or collect the children. Anyone else must be agreed with the coordinator before the session.',
    },
    {
      id: 'no-violence',
      heading: 'No violence, threats or bad language',
      text: 'No violence, threats, intimidation or bad language towards anyone at the centre.',
    },
    {
      id: 'no-drugs-alcohol',
      heading: 'No drugs or alcohol',
      text: 'Nobody may bring drugs or alcohol to the centre, or come under their influence.',
    },
    {
      id: 'no-smoking',
      heading: 'No smoking',
      text: 'No smoking or vaping anywhere in the building or its grounds.',
    },
    {
      id: 'phones-away',
      heading: 'Phones away',
      text: 'Phones are put away during the session, unless the coordinator has agreed otherwise.',
    },
    {
      id: 'arrival-departure',
      heading: 'Arrival and departure times',
      text: 'The non-resident parent arrives before the children and leaves after them, at the times agreed with you, so the parents do not meet.',
    },
    {
      id: 'missed-sessions',
      heading: 'Missed sessions',
      text: 'Tell us as soon as you can if you cannot come. Two missed sessions without a valid reason may lose you the place.',
    },
    {
      id: 'late-start',
      heading: 'Late starts',
      text: 'A session that starts late runs only for the time left: it is not extended.',
    },
    {
      id: 'fire-exits',
      heading: 'Fire exits',
      text: 'We have shown you the fire exits and the assembly point. If the alarm sounds, leave by the nearest exit with the children and wait at the assembly point for a volunteer.',
    },
    {
      id: 'medical',
      heading: 'Medical information',
      text: "Tell us about the children's medical needs, allergies or dietary requirements, and about any food you plan to bring. We keep this only with your consent, and delete it if you withdraw consent.",
    },
    {
      id: 'photographs',
      heading: 'Photographs',
      text: 'You may photograph your own children only, never other families, volunteers or the building, and you must not share photographs on social media.',
    },
    {
      id: 'rules-broken',
      heading: 'If the rules are broken',
      text: 'A volunteer will remind you of the rules. If a rule is broken again, or a child is at risk, the session may be ended and the coordinator will review whether contact can continue at the centre.',
    },
  ],
}

export function getChecklistTemplate(_input: Record<string, never>, { session }: OpContext): ChecklistTemplate {
  return readTemplate(session.db)
}

export function readTemplate(db: ReadableDB): ChecklistTemplate {
  const raw = sql(db, 'SELECT value FROM settings WHERE key = ?').pluck().get(CHECKLIST_SETTING) as string | undefined
  if (raw === undefined) return DEFAULT_CHECKLIST
  const parsed = checklistTemplate.safeParse(JSON.parse(raw))
  if (!parsed.success) throw new CabinetError('damaged', 'The saved pre-visit checklist template is unreadable; save it again in Settings.')
  return parsed.data
}

export function saveChecklistTemplate(template: ChecklistTemplate, { session, auditRecord }: OpContext): ChecklistTemplate {
  const ids = new Set<string>()
  template.items.forEach((item, i) => {
    if (ids.has(item.id)) throw new CabinetError('validation', 'Two checklist items have the same id.', { field: `items.${i}.id` })
    ids.add(item.id)
  })
  sql(session.db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    CHECKLIST_SETTING,
    JSON.stringify(template),
  )
  auditRecord('settings', CHECKLIST_SETTING, { items: template.items.length })
  return template
}

/**
 * The payload of the print route #/print/checklist/<personId>[?blank=1]: the centre header, the
 * template, and — unless blank — the parent's own details and the children's names and dates of
 * birth. Built here, through `discloseTo` with the parent's own household as audience, so
 * nothing of the other household beyond the children can reach the page; the print is audited.
 */
export function checklistPrint(input: { personId: number; blank: boolean }, { session, auditRecord }: OpContext): ChecklistPrintView {
  const db = session.db
  const { name, address, contactPhone, contactEmail } = readCentre(db)
  const centre: CentreHeader = { name, address, contactPhone, contactEmail }
  const person = loadPerson(db, input.personId)
  if (person.role === 'child')
    throw new CabinetError('validation', 'The pre-visit checklist is for a parent or another adult, not a child.', { field: 'personId' })
  const template = readTemplate(db)
  const audience = audienceFor(person)
  const own = discloseTo(audience, person)
  const children = input.blank
    ? []
    : loadFamilyPeople(db, person.familyId)
        .filter((p) => p.role === 'child')
        .map((c) => discloseTo(audience, c))
        .map((c) => ({ givenName: c.givenName, familyName: c.familyName, dateOfBirth: c.dateOfBirth }))
  const reference = input.blank
    ? null
    : ((sql(db, `SELECT reference FROM referral WHERE family_id = ? ORDER BY received_on DESC, id DESC LIMIT 1`).pluck().get(person.familyId) as
        string | undefined) ?? null)
  auditRecord('person', person.id, { familyId: person.familyId, blank: input.blank })
  return {
    blank: input.blank,
    printedOn: isoDate(session.now()),
    centre,
    title: template.title,
    items: template.items,
    parent: input.blank
      ? null
      : {
          givenName: own.givenName,
          familyName: own.familyName,
          role: own.role === 'child' ? 'parent' : own.role,
          address: own.address,
          mobilePhone: own.mobilePhone,
          otherPhone: own.otherPhone,
          email: own.email,
        },
    children,
    reference,
  }
}
