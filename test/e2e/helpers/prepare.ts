import type { RunningBridge } from '../../../electron/bridge/server'
import type { ArgsOf, CallResult, ChannelName, ResultOf } from '../../../electron/contract'
import { CENTRE, COORDINATOR, VOLUNTEER } from './flows'

/*
 * Putting a Cabinet into the state an e2e test starts from, before its page opens: through the
 * bridge's own door (/api/invoke with the run's token), so every step is checked and audited as
 * if the renderer had made it. Each test then drives only the screens it is about.
 */

/** Call a channel as the renderer would; a refusal fails the preparation with the channel's own message. */
export async function callBridge<C extends ChannelName>(bridge: RunningBridge, channel: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
  const response = await fetch(`http://127.0.0.1:${bridge.port}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bridge.token}` },
    body: JSON.stringify({ channel, args }),
  })
  const result = (await response.json()) as CallResult<ResultOf<C>>
  if (!result.ok) throw new Error(`Preparing the e2e Cabinet: ${channel} was refused (${result.error.code}): ${result.error.message}`)
  return result.value
}

/**
 * First-run setup of the synthetic centre, with the coordinator logged in; unless `agreed` is
 * false, the coordinator has also agreed to the confidentiality terms. Returns the recovery key.
 */
export async function setUpCentre(bridge: RunningBridge, options: { agreed?: boolean } = {}): Promise<{ recoveryKey: string }> {
  const { recoveryKey } = await callBridge(bridge, 'app.setup', { centre: CENTRE, ...COORDINATOR })
  if (options.agreed !== false) await callBridge(bridge, 'app.acknowledgeConfidentiality', {})
  return { recoveryKey }
}

/** The synthetic volunteer, added by the logged-in coordinator with their first password. */
/** Add the volunteer's login; `{ forDuty: true }` also gives them the volunteer record duty needs (readyForDuty). */
export async function addVolunteer(bridge: RunningBridge, options: { forDuty?: boolean } = {}): Promise<void> {
  const { id } = await callBridge(bridge, 'app.users.add', { ...VOLUNTEER, role: 'volunteer' })
  if (options.forDuty) await readyForDuty(bridge, id)
}

/** Lock, then log in as `user`, who agrees to the confidentiality terms (asked once per user). */
export async function logInAs(bridge: RunningBridge, user: { username: string; password: string }): Promise<void> {
  await callBridge(bridge, 'app.lock', {})
  await callBridge(bridge, 'app.login', { username: user.username, password: user.password })
  await callBridge(bridge, 'app.acknowledgeConfidentiality', {})
}

/**
 * P27: a volunteer finds only the families booked into the sessions they are on duty for, today.
 * As the coordinator: a session today (the core's clock, `today`), every family (or the ones
 * given) booked into it, and the synthetic volunteer (added already) on duty.
 */
export async function bookForVolunteerToday(bridge: RunningBridge, today: string, familyIds?: readonly number[]): Promise<void> {
  const ids = familyIds ?? (await callBridge(bridge, 'families.search', { limit: 500 })).rows.map((r) => r.id)
  const { session } = await callBridge(bridge, 'sessions.create', { onDate: today, startsAt: '10:00', endsAt: '12:00', kind: 'supported' })
  for (const id of ids) {
    const referralId = (await callBridge(bridge, 'families.get', { id })).referrals?.[0]?.id
    if (referralId === undefined) throw new Error('Preparing the e2e Cabinet: a family to book has no referral.')
    await callBridge(bridge, 'sessions.bookings.create', { sessionId: session.id, referralId, confirmed: true })
  }
  const volunteer = (await callBridge(bridge, 'app.users.list', {})).find((u) => u.username === VOLUNTEER.username)
  if (!volunteer) throw new Error('Preparing the e2e Cabinet: add the volunteer before putting them on duty.')
  await readyForDuty(bridge, volunteer.id)
  await callBridge(bridge, 'sessions.duty.set', { sessionId: session.id, userIds: [volunteer.id] })
}

/**
 * Only a volunteer with a record linked to their login, and the centre's required recruitment
 * steps done, may be put on duty (dutyReadiness): journeys about the session day start from one
 * with no steps required; the volunteers journey walks the steps itself.
 */
export async function readyForDuty(bridge: RunningBridge, userId: number): Promise<void> {
  const settings = await callBridge(bridge, 'volunteers.settings.get', {})
  if (settings.requiredSteps.length > 0) await callBridge(bridge, 'volunteers.settings.update', { ...settings, requiredSteps: [] })
  const bridgeSession = bridge.host.session
  if (bridgeSession?.db.prepare('SELECT 1 FROM volunteers WHERE user_id = ?').get(userId)) return
  await callBridge(bridge, 'volunteers.create', {
    kind: 'volunteer',
    givenName: 'Sam',
    familyName: "O'Neill",
    dateOfBirth: '1980-02-02',
    email: 'sam.oneill@example.org',
    phone: '07700 900777',
    roles: ['session_volunteer'],
    startedOn: '2024-01-01',
    confidentialitySignedOn: null,
    userId,
  })
}
