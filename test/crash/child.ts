/**
 * The crash suite's writer process (test/crash/crash.test.ts, bench/sections/crash.ts), run as
 *   node --import tsx test/crash/child.ts <data folder> <seed>
 * (the harness runs it bundled, with the same arguments).
 * It logs in to the Cabinet in the folder and writes through the core for ever, taking turns
 * among CRASH_WRITERS, and acknowledges each write on stdout (one JSON line) only after it has
 * committed. The parent SIGKILLs it at a random moment: no cleanup, no flush of anything.
 */
import { Faker, base, en, en_GB } from '@faker-js/faker'
import { CabinetHost } from '../../electron/core/cabinet'
import { TEST_KDF } from '../../electron/core/keyring/keyring'
import { createDispatcher } from '../../electron/door/dispatch'
import { CRASH_COORDINATOR } from './accounts'
import { CRASH_WRITERS } from './writers'
import { call } from './writers/types'

const [dir, seedText] = process.argv.slice(2)
const seed = Number(seedText)

/** The parent starts the next child while it checks after the last kill: wait for its "go" before touching the folder. */
function go(): Promise<void> {
  process.stdout.write('loaded\n')
  return new Promise((resolve) => {
    let input = ''
    process.stdin.on('data', (d: Buffer) => {
      input += d.toString()
      if (input.includes('go\n')) resolve()
    })
  })
}

async function main(): Promise<void> {
  await go()
  const host = CabinetHost.open(dir, { kdf: TEST_KDF })
  const dispatch = createDispatcher(() => host)
  await call(dispatch, 'app.login', { username: CRASH_COORDINATOR.username, password: CRASH_COORDINATOR.password })
  const session = host.session!
  process.stdout.write('ready\n')
  for (let n = 0; ; n++) {
    const writer = CRASH_WRITERS[n % CRASH_WRITERS.length]
    const faker = new Faker({ locale: [en_GB, en, base], seed: seed * 1_000_000 + n })
    const ack = await writer.write({ dispatch, session, faker, n })
    // A pipe write is synchronous on Linux: once this returns, the parent can read the line.
    process.stdout.write(`${JSON.stringify({ writer: writer.name, ack })}\n`)
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`crash child failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
  process.exit(1)
})
