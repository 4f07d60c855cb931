import { spawn } from 'node:child_process'
import { createCipheriv, randomBytes } from 'node:crypto'
import { createWriteStream, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { writeBackup } from '../../electron/core/backups/file/create'
import { CabinetHost } from '../../electron/core/cabinet'
import { TEST_KDF } from '../../electron/core/keyring/keyring'
import { newBlobName } from '../../electron/core/vault/blob-files'
import { median, round, timed, type BenchContext, type BenchSection, type TargetLine } from '../section'

const MB = 1024 * 1024
const BLOB = 64 * MB
const VAULT = 1024 * MB
const RUNS = 3
const PASSWORD = 'Bench marks the quiet harbour 7'

/** A vault of incompressible blobs (encrypted documents are), written straight into vault/: a backup copies bytes, whatever they hold. */
async function fillVault(vault: string): Promise<void> {
  const keystream = createCipheriv('aes-128-ctr', randomBytes(16), randomBytes(16))
  const zeros = Buffer.alloc(MB)
  for (let made = 0; made < VAULT; made += BLOB) {
    await pipeline(
      function* () {
        for (let i = 0; i < BLOB / MB; i++) yield keystream.update(zeros)
      },
      createWriteStream(join(vault, newBlobName())),
    )
  }
}

function sh(script: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', script], { stdio: ['ignore', 'ignore', 'pipe'] })
    let err = ''
    child.stderr.on('data', (c: Buffer) => (err += c.toString()))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${script} exited ${code}: ${err.trim()}`))))
  })
}

const backups: BenchSection = {
  area: 'backups',
  summary: 'create and restore the database plus a 1 GiB vault, against tar | openssl enc -aes-256-ctr of the same folder',
  async run(ctx: BenchContext) {
    const work = ctx.tempDir()
    const dataDir = join(work, 'data')
    const host = CabinetHost.open(dataDir, { create: true, kdf: TEST_KDF })
    const { recoveryKey } = host.setup({
      centre: {
        name: 'Bench Centre',
        address: '1 Bench Lane, Exampleton ZW1 1AA',
        dataController: 'The Trustees',
        contactEmail: 'bench@example.org',
        contactPhone: '01225 000000',
      },
      username: 'bench',
      displayName: 'Bench Coordinator',
      password: PASSWORD,
    })
    host.close()
    await fillVault(join(dataDir, 'vault'))
    const key = randomBytes(32).toString('hex')
    const iv = randomBytes(16).toString('hex')
    const times = { create: [] as number[], restore: [] as number[], tarOpensslCreate: [] as number[], tarOpensslRestore: [] as number[] }
    // Where a create's time goes: reading, hashing and sealing every byte, then the last flush and the read-back.
    const createParts = { writing: [] as number[], flushAndCheck: [] as number[] }
    let rssGrowth = 0
    for (let i = 0; i < RUNS; i++) {
      const usb = join(work, `usb-${i}`)
      mkdirSync(usb)
      const source = CabinetHost.open(dataDir, { kdf: TEST_KDF })
      const before = process.memoryUsage().rss
      let peak = before
      const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5)
      let file = ''
      try {
        const snapshot = source.backupSnapshot()
        // Create = what the coordinator waits for: written, flushed, renamed, then read back and checked.
        let lastWrite = 0
        const started = process.hrtime.bigint()
        const made = await timed(() =>
          writeBackup(snapshot, usb, {
            label: 'Bench Centre',
            onProgress: (p) => {
              if (p.phase === 'writing') lastWrite = Number(process.hrtime.bigint() - started) / 1e9
            },
          }),
        )
        file = made.result.path
        times.create.push(made.seconds)
        createParts.writing.push(lastWrite)
        createParts.flushAndCheck.push(made.seconds - lastWrite)
      } finally {
        source.close()
      }
      const restoreTo = join(work, `restored-${i}`)
      const target = CabinetHost.open(restoreTo, { create: true, kdf: TEST_KDF })
      try {
        times.restore.push((await timed(() => target.restoreFrom(file, { credential: { recoveryKey } }))).seconds)
      } finally {
        target.close()
      }
      clearInterval(sample)
      rssGrowth = Math.max(rssGrowth, peak - before)
      // What an IT volunteer would script: the same folder through tar and openssl, and back.
      const archive = join(work, `tar-${i}.enc`)
      const untarTo = join(work, `untar-${i}`)
      mkdirSync(untarTo)
      times.tarOpensslCreate.push(
        (await timed(() => sh(`tar -cf - -C '${dataDir}' . | openssl enc -aes-256-ctr -K ${key} -iv ${iv} -out '${archive}'`))).seconds,
      )
      times.tarOpensslRestore.push(
        (await timed(() => sh(`openssl enc -d -aes-256-ctr -K ${key} -iv ${iv} -in '${archive}' | tar -xf - -C '${untarTo}'`))).seconds,
      )
      if (readdirSync(join(untarTo, 'vault')).length !== readdirSync(join(dataDir, 'vault')).length) throw new Error('tar round trip lost files')
      ctx.log(
        `run ${i + 1}/${RUNS}: create ${times.create[i].toFixed(2)} s (writing ${createParts.writing[i].toFixed(2)}, flush and check ${createParts.flushAndCheck[i].toFixed(2)}), restore ${times.restore[i].toFixed(2)} s; ` +
          `tar|openssl ${times.tarOpensslCreate[i].toFixed(2)} / ${times.tarOpensslRestore[i].toFixed(2)} s`,
      )
      const size = statSync(file).size
      for (const p of [usb, restoreTo, archive, untarTo]) rmSync(p, { recursive: true, force: true })
      if (i === RUNS - 1) ctx.log(`backup file ${round(size / MB, 1)} MB`)
    }
    const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, round(median(v), 3)])) as Record<keyof typeof times, number>
    const createRatio = round(m.create / m.tarOpensslCreate, 2)
    const restoreRatio = round(m.restore / m.tarOpensslRestore, 2)
    const targetLines: TargetLine[] = [
      {
        measure: 'backup of the database + a 1 GiB vault, time vs tar | openssl enc -aes-256-ctr',
        figure: `${createRatio}× (${m.create} s)`,
        baseline: `tar | openssl ${m.tarOpensslCreate} s`,
        target: '≤ 1.0×',
        met: createRatio <= 1.0,
      },
      {
        measure: 'restore of that backup, time vs openssl enc -d | tar',
        figure: `${restoreRatio}× (${m.restore} s)`,
        baseline: `openssl | tar ${m.tarOpensslRestore} s`,
        target: '≤ 1.0×',
        met: restoreRatio <= 1.0,
      },
    ]
    return {
      targetLines,
      vaultBytes: VAULT,
      runs: RUNS,
      medianSeconds: m,
      // Target ≤ 1.0: Cabinet no slower than tar | openssl, although it also authenticates every chunk,
      // hashes every file, flushes to the drive and reads the whole backup back before saying it is good.
      ratios: { createVsTarOpenssl: round(m.create / m.tarOpensslCreate, 3), restoreVsTarOpenssl: round(m.restore / m.tarOpensslRestore, 3) },
      targets: { createVsTarOpenssl: 1.0, restoreVsTarOpenssl: 1.0 },
      peakRssGrowthMB: round(rssGrowth / MB, 1),
      createMedianSeconds: { writing: round(median(createParts.writing), 3), flushAndCheck: round(median(createParts.flushAndCheck), 3) },
    }
  },
}

export default backups
