import { copyFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { CabinetHost } from '../../electron/core/cabinet'
import type { WritableDB } from '../../electron/core/db/types'
import { generateAtScale } from '../../electron/core/demo/scale'
import { TEST_KDF } from '../../electron/core/keyring/keyring'
import { createSession, type Session } from '../../electron/core/session'
import { copyToPlain, hasPlainHeader, openUnencrypted } from '../lib/plain-copy'
import { explainRecorded, recordStatements } from '../lib/query-plans'
import { figures, flushTimes, paired, perSide, ratio, seededRandom, SIDES, type Side } from '../lib/samples'
import { round, timed, type BenchContext, type BenchSection, type TargetLine } from '../section'
import { runOperation } from '../../electron/core/operations'
import { FAMILY_LIST_PAGE } from '../../electron/core/families/views'

const FAMILIES = 10_000
const SEED = 1
/** The renderer's page (useFamilyPages asks for FAMILY_LIST_PAGE rows): what one call really asks for. */
const PAGE = FAMILY_LIST_PAGE
const SEARCH_ROUNDS = 20
const FAMILY_PAGES = 200
const LIST_ROUNDS = 40
const INSERTS = 500
const MB = 1024 * 1024

/** Issue 15's targets on the large centre, through the dispatcher's guard (validation, role check, audit). */
const TARGETS = {
  searchP95Ms: 2, // name search as you type, 1–3 letter prefixes included
  familyPageP95Ms: 3, // open a family with everything related, including its audit write
  readRatio: 1.1, // encrypted / plain better-sqlite3, same workload and schema
  writeRatio: 1.5,
}
/** Not in the table: reported, with the old bound as a guard against regressions. */
const LIST_PAGE_MEDIAN_MS = 20

type Sessions = Record<Side, Session>

/**
 * What a coordinator types into the family search, keystroke by keystroke where it matters:
 * the commonest surname letter by letter (one letter is the worst case: thousands of matches
 * sorted for the first page), names with and without their diacritics and apostrophes, a
 * postcode and a referral reference whole, in part and without their separators.
 */
function searchQueries(s: Session): string[] {
  const one = (text: string) => s.db.prepare(text).pluck().get() as string
  // Letters only, so the keystrokes are plain prefixes; O'Neill and the like come below.
  const surname = one(
    `SELECT family_name FROM person WHERE family_name NOT GLOB '*[^A-Za-z]*' GROUP BY family_name ORDER BY count(*) DESC, family_name LIMIT 1`,
  ).toLowerCase()
  const postcode = one('SELECT postcode FROM person WHERE postcode IS NOT NULL AND address_confidential = 0 ORDER BY id LIMIT 1')
  const reference = one('SELECT reference FROM referral ORDER BY id DESC LIMIT 1')
  return [
    ...[1, 2, 3].map((n) => surname.slice(0, n)),
    surname,
    'Siân',
    'sian',
    'sian now',
    'Nowak-Wiśniewska',
    'wisn',
    "O'Neill",
    'oneill',
    'Nguyễn',
    'nguyen',
    'Zoë',
    postcode.split(' ')[0],
    postcode,
    postcode.replace(' ', ''),
    reference.slice(0, 6),
    reference,
    reference.replace(/-/g, '').toLowerCase(),
  ]
}

/**
 * `ratio` is against the client's baseline, plain better-sqlite3 (encrypted / plain: the
 * overhead factor). `cipherRatio` is against the store's own engine reading the plain copy
 * without a key: the cost of the cipher alone, with both sides on the same SQLite version.
 */
function compare(t: Record<Side, number[]>) {
  const [e, p, s] = [figures(t.encrypted), figures(t.plain), figures(t.sameEngine)]
  return {
    encrypted: e,
    plain: p,
    sameEngine: s,
    ratio: ratio(e.medianMs, p.medianMs),
    ratioP95: ratio(e.p95Ms, p.p95Ms),
    cipherRatio: ratio(e.medianMs, s.medianMs),
    cipherRatioP95: ratio(e.p95Ms, s.p95Ms),
  }
}

function target(limitMs: number, actualMs: number) {
  return { belowMs: limitMs, actualMs, met: actualMs <= limitMs }
}

function line(ctx: BenchContext, what: string, stat: 'medianMs' | 'p95Ms', c: ReturnType<typeof compare>, t?: ReturnType<typeof target>): void {
  const goal = t ? `; target ≤ ${t.belowMs} ms ${t.met ? 'met' : 'NOT MET'}` : ''
  const [r, cr] = stat === 'p95Ms' ? [c.ratioP95, c.cipherRatioP95] : [c.ratio, c.cipherRatio]
  ctx.log(
    `${what}: ${stat === 'p95Ms' ? 'p95' : 'median'} ${c.encrypted[stat]} ms encrypted, ${c.plain[stat]} ms better-sqlite3 (x${r}), ${c.sameEngine[stat]} ms same engine unencrypted (x${cr})${goal}`,
  )
}

function measureSearch(ctx: BenchContext, sessions: Sessions, queries: string[]) {
  const search = (side: Side, query: string) => runOperation(sessions[side], 'families.search', { query, offset: 0, limit: PAGE })
  const matches = queries.map((q) => {
    const e = search('encrypted', q).total
    if (SIDES.some((side) => search(side, q).total !== e)) throw new Error(`search "${q}" finds different families in the copies`)
    return e
  })
  const perQuery = queries.map(() => perSide((): number[] => []))
  const all = perSide((): number[] => [])
  for (let r = 0; r < SEARCH_ROUNDS; r++) {
    const times = paired(queries, (side, q) => search(side, q))
    for (const side of SIDES) {
      times[side].forEach((t, i) => perQuery[i][side].push(t))
      all[side].push(...times[side])
    }
  }
  const c = compare(all)
  const t = target(TARGETS.searchP95Ms, c.encrypted.p95Ms)
  line(ctx, `search (${queries.length} queries x ${SEARCH_ROUNDS})`, 'p95Ms', c, t)
  return {
    samples: all,
    queries: queries.length,
    roundsPerQuery: SEARCH_ROUNDS,
    limit: PAGE,
    ...c,
    target: t,
    perQuery: queries.map((query, i) => ({
      query,
      matches: matches[i],
      encryptedMedianMs: figures(perQuery[i].encrypted).medianMs,
      plainMedianMs: figures(perQuery[i].plain).medianMs,
      sameEngineMedianMs: figures(perQuery[i].sameEngine).medianMs,
    })),
  }
}

/**
 * Each pass opens families not opened yet in this run, as a coordinator moving on to the next
 * family would: their pages are read (and, encrypted, decrypted) from the file, not
 * served from SQLite's cache of pages already read.
 */
function measureFamilyPage(ctx: BenchContext, sessions: Sessions, ids: number[], otherIds: number[]) {
  // As the app does it: the reads, then the family.view audit row (its own fsynced commit).
  const audited = paired(ids, (side, id) => runOperation(sessions[side], 'families.get', { id }))
  const c = compare(audited)
  const t = target(TARGETS.familyPageP95Ms, c.encrypted.p95Ms)
  line(ctx, `family page, audited (${ids.length} families)`, 'p95Ms', c, t)
  // The reads alone, to show how much of the page is the audit commit.
  const quiet: Sessions = perSide((side) => ({ ...sessions[side], audit: () => undefined }))
  const reads = paired(otherIds, (side, id) => runOperation(quiet[side], 'families.get', { id }))
  const r = compare(reads)
  line(ctx, 'family page, reads only', 'medianMs', r)
  return { families: ids.length, ...c, target: t, readsOnly: r, readSamples: reads }
}

function measureList(ctx: BenchContext, sessions: Sessions, offset: number) {
  const times = paired(Array.from({ length: LIST_ROUNDS }), (side) => runOperation(sessions[side], 'families.search', { query: '', offset, limit: PAGE }))
  const c = compare(times)
  const t = target(LIST_PAGE_MEDIAN_MS, c.encrypted.medianMs)
  line(ctx, `list page at offset ${offset}`, 'medianMs', c, t)
  return { offset, limit: PAGE, ...c, target: t }
}

/** Single-row commits: with WAL and synchronous=FULL on both, each one waits for an fsync. */
function measureWrites(ctx: BenchContext, dbs: Record<Side, WritableDB>, probeFile: string) {
  const inserter = (db: WritableDB) => {
    db.exec('CREATE TABLE bench_scratch (id INTEGER PRIMARY KEY, body TEXT NOT NULL, at TEXT NOT NULL) STRICT')
    const statement = db.prepare('INSERT INTO bench_scratch (body, at) VALUES (?, ?)')
    return db.transaction((i: number) => statement.run(`scratch row ${i}: Siân O'Neill, BA1 1AA`, new Date().toISOString()))
  }
  const insert = perSide((side) => inserter(dbs[side]))
  for (let i = 0; i < 20; i++) for (const side of SIDES) insert[side](i)
  const times = paired(
    Array.from({ length: INSERTS }, (_, i) => i),
    (side, i) => insert[side](i),
  )
  const c = compare(times)
  line(ctx, `write transaction (${INSERTS} single-row commits)`, 'medianMs', c)
  const total = (xs: number[]) => round(xs.reduce((a, b) => a + b, 0) / 1000, 3)
  return {
    commits: INSERTS,
    ...c,
    totalSeconds: perSide((side) => total(times[side])),
    // What this disk charges for one flush on its own: a commit cannot be cheaper than this.
    diskFlush: figures(flushTimes(probeFile, 100)),
  }
}

function fileBytes(file: string): number {
  return statSync(file).size
}

const store: BenchSection = {
  area: 'store',
  summary: `the large demo centre (${FAMILIES.toLocaleString('en-GB')} families, cli demo --scale large): search, family page, list pages and commits on the encrypted store against plain better-sqlite3 on a copy of the same data`,
  async run(ctx: BenchContext) {
    const work = ctx.tempDir()
    const host = CabinetHost.open(join(work, 'data'), { create: true, kdf: TEST_KDF })
    const unencrypted: WritableDB[] = []
    const opened = (db: WritableDB) => {
      unencrypted.push(db)
      return db
    }
    try {
      const { session } = host.setup({
        centre: {
          name: 'Riverside Child Contact Centre',
          address: '1 Mill Lane, Exampleton ZW14 8AA',
          dataController: 'The Trustees',
          contactEmail: 'coordinator@example.org',
          contactPhone: '01225 000000',
        },
        username: 'coord',
        displayName: 'Ffion Prys-Jones',
        password: 'Quiet Meadow Lantern 42',
      })
      const generated = await timed(async () => generateAtScale(session, { scale: 'large', seed: SEED }))
      session.db.pragma('wal_checkpoint(TRUNCATE)')
      const encryptedBytes = fileBytes(host.paths.database)
      ctx.log(`generated ${generated.result.families} families in ${generated.seconds.toFixed(1)} s; cabinet.db ${(encryptedBytes / MB).toFixed(1)} MB`)
      if (hasPlainHeader(host.paths.database)) throw new Error('cabinet.db has a plain SQLite header: it is not encrypted')

      const plainFile = join(work, 'plain.db')
      const sameEngineFile = join(work, 'same-engine.db')
      const copied = await timed(async () => copyToPlain(session.db, plainFile))
      copyFileSync(plainFile, sameEngineFile)
      const plainBytes = fileBytes(plainFile)
      ctx.log(`plain copy in ${copied.seconds.toFixed(1)} s: ${(plainBytes / MB).toFixed(1)} MB, row counts match`)
      const dbs: Record<Side, WritableDB> = {
        encrypted: session.db,
        plain: opened(openUnencrypted(plainFile, 'better-sqlite3')),
        sameEngine: opened(openUnencrypted(sameEngineFile, 'better-sqlite3-multiple-ciphers')),
      }

      // Record the statements the real functions prepare, before the plain connection first runs them.
      const recorder = recordStatements(dbs.plain)
      const sessionOn = (db: WritableDB) => createSession({ user: session.user, db, keys: session.keys, paths: session.paths })
      const sessions: Sessions = { encrypted: session, plain: sessionOn(dbs.plain), sameEngine: sessionOn(dbs.sameEngine) }
      const queries = searchQueries(session)
      const random = seededRandom(SEED)
      // Three sets of distinct families: warm-up, the audited pass, the reads-only pass.
      const ids = [...new Set(Array.from({ length: 4 * FAMILY_PAGES }, () => 1 + Math.floor(random() * FAMILIES)))].slice(0, 2 * FAMILY_PAGES + 20)

      // Warm up: every statement prepared and the pages they touch in the caches, on every side.
      for (const side of SIDES) {
        recorder.during('search')
        for (const q of queries) runOperation(sessions[side], 'families.search', { query: q, offset: 0, limit: PAGE })
        recorder.during('listPage')
        for (const offset of [0, 9000]) runOperation(sessions[side], 'families.search', { query: '', offset, limit: PAGE })
        recorder.during('familyPage')
        for (const id of ids.slice(2 * FAMILY_PAGES)) runOperation(sessions[side], 'families.get', { id })
      }
      recorder.during('other')

      const measurements = {
        search: measureSearch(ctx, sessions, queries),
        familyPage: measureFamilyPage(ctx, sessions, ids.slice(0, FAMILY_PAGES), ids.slice(FAMILY_PAGES, 2 * FAMILY_PAGES)),
        listPage: { offset0: measureList(ctx, sessions, 0), offset9000: measureList(ctx, sessions, 9000) },
        writeTransaction: measureWrites(ctx, dbs, join(work, 'flush-probe.bin')),
      }
      const { samples: searchSamples, ...search } = measurements.search
      const { readSamples, ...familyPage } = measurements.familyPage
      // Reads: the search and reads-only family page samples together, total time encrypted / plain.
      const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
      const readRatio = round(sum([...searchSamples.encrypted, ...readSamples.encrypted]) / sum([...searchSamples.plain, ...readSamples.plain]), 2)
      const writeRatio = measurements.writeTransaction.ratio
      const targets = {
        searchP95: search.target,
        familyPageP95: familyPage.target,
        readRatio: { atMost: TARGETS.readRatio, actual: readRatio, met: readRatio <= TARGETS.readRatio },
        writeRatio: { atMost: TARGETS.writeRatio, actual: writeRatio, met: writeRatio <= TARGETS.writeRatio },
      }
      const ms = (n: number) => `${n} ms`
      const targetLines: TargetLine[] = [
        {
          measure: 'name search as you type (1–3 letter prefixes), p95',
          figure: ms(search.encrypted.p95Ms),
          baseline: `plain better-sqlite3 ${ms(search.plain.p95Ms)}`,
          target: `≤ ${TARGETS.searchP95Ms} ms`,
          met: targets.searchP95.met,
        },
        {
          measure: 'open a family with everything related + audit write, p95',
          figure: ms(familyPage.encrypted.p95Ms),
          baseline: `plain better-sqlite3 ${ms(familyPage.plain.p95Ms)}`,
          target: `≤ ${TARGETS.familyPageP95Ms} ms`,
          met: targets.familyPageP95.met,
        },
        {
          measure: 'encrypted / plain better-sqlite3, reads (search + family pages)',
          figure: `${readRatio}×`,
          baseline: 'plain better-sqlite3, same schema and rows',
          target: `≤ ${TARGETS.readRatio}×`,
          met: targets.readRatio.met,
        },
        {
          measure: 'encrypted / plain better-sqlite3, writes (single-row commits)',
          figure: `${writeRatio}×`,
          baseline: `plain ${ms(measurements.writeTransaction.plain.medianMs)} median`,
          target: `≤ ${TARGETS.writeRatio}×`,
          met: targets.writeRatio.met,
        },
      ]
      return {
        families: FAMILIES,
        seed: SEED,
        demo: {
          people: generated.result.people,
          atScale: generated.result.atScale,
          referrals: generated.result.referrals,
          previsits: generated.result.previsits,
          consents: generated.result.consents,
        },
        generationSeconds: round(generated.seconds, 2),
        plainCopySeconds: round(copied.seconds, 2),
        databaseBytes: { encrypted: encryptedBytes, plain: plainBytes },
        databaseMB: { encrypted: round(encryptedBytes / MB, 1), plain: round(plainBytes / MB, 1) },
        rowCounts: copied.result,
        engines: {
          encrypted: `better-sqlite3-multiple-ciphers, SQLite ${sqliteVersion(session.db)}, cipher ${String(session.db.pragma('cipher', { simple: true }))} (SQLCipher 4)`,
          plain: `better-sqlite3, SQLite ${sqliteVersion(dbs.plain)} (the client's baseline)`,
          sameEngine: `better-sqlite3-multiple-ciphers with no key on a second plain copy, SQLite ${sqliteVersion(dbs.sameEngine)} (the cipher's cost alone)`,
          settings: 'all three: WAL, synchronous=FULL, foreign_keys, secure_delete, temp_store=MEMORY, default cache_size',
          pageSize: Number(session.db.pragma('page_size', { simple: true })),
          cacheSize: Number(session.db.pragma('cache_size', { simple: true })),
        },
        measurements: { ...measurements, search, familyPage },
        targets,
        targetLines,
        allTargetsMet: Object.values(targets).every((t) => t.met),
        notes: [
          'ratio = encrypted / plain better-sqlite3 (the client-named baseline); cipherRatio = encrypted / the same engine reading an unencrypted copy.',
          'Plain better-sqlite3 (SQLite 3.54.x) re-prepares statements that have a bound WHERE parameter and an ORDER BY on every run (sqlite3Reprepare in a profile); the store engine (3.53.x) does not. That is why reads-only family pages come out faster encrypted than plain (ratio < 1); cipherRatio shows the cipher cost itself.',
          "diskFlush is this machine's cost of one 4 KB write + fdatasync: every commit (and every audited family page) pays about one; an office PC's disk may charge several ms.",
        ],
        queryPlans: explainRecorded(recorder, session.db, dbs.plain, ['search', 'listPage', 'familyPage']),
      }
    } finally {
      for (const db of unencrypted) db.close()
      host.close()
    }
  },
}

function sqliteVersion(db: WritableDB): string {
  return db.prepare('SELECT sqlite_version()').pluck().get() as string
}

export default store
