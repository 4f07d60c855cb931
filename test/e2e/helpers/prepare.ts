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
export async function addVolunteer(bridge: RunningBridge): Promise<void> {
  await callBridge(bridge, 'app.users.add', { ...VOLUNTEER, role: 'volunteer' })
}

/** Lock, then log in as `user`, who agrees to the confidentiality terms (asked once per user). */
export async function logInAs(bridge: RunningBridge, user: { username: string; password: string }): Promise<void> {
  await callBridge(bridge, 'app.lock', {})
  await callBridge(bridge, 'app.login', { username: user.username, password: user.password })
  await callBridge(bridge, 'app.acknowledgeConfidentiality', {})
}
