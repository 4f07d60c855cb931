import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { BenchSection, TargetLine } from './section'

/**
 * `npm run bench [-- area …]`: runs every section in bench/sections/ (or the named ones), writes
 * bench/results/report.json (git-ignored) and prints it. Each section reports under its area
 * (its file's name) and runs in a process of its own: a section measured after another one had
 * loaded the large demo centre would pay for that heap in every garbage collection.
 */
const SECTION_ONLY = 'CABINET_BENCH_SECTION'

async function main(): Promise<void> {
  const here = fileURLToPath(new URL('.', import.meta.url))
  const known = readdirSync(join(here, 'sections'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -'.ts'.length))
    .sort()
  const asked = process.argv.slice(2)
  const unknown = asked.filter((a) => !known.includes(a))
  if (unknown.length > 0) {
    process.stderr.write(`bench: no section called ${unknown.join(', ')}; the sections are ${known.join(', ')}\n`)
    process.exitCode = 2
    return
  }
  const areas = asked.length > 0 ? known.filter((a) => asked.includes(a)) : known
  const root = mkdtempSync(join(tmpdir(), 'cabinet-bench-'))
  const report: Record<string, unknown> = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    sections: {} as Record<string, unknown>,
  }
  const sections = report.sections as Record<string, unknown>
  let failed = false
  try {
    for (const area of areas) {
      if (process.env[SECTION_ONLY] === area) {
        // The child: run this one section here.
        const section = (await import(pathToFileURL(join(here, 'sections', `${area}.ts`)).href)).default as BenchSection
        process.stderr.write(`bench: ${section.area}: ${section.summary}\n`)
        try {
          sections[section.area] = await section.run({
            tempDir: () => mkdtempSync(join(root, `${section.area}-`)),
            log: (line) => process.stderr.write(`bench: ${section.area}: ${line}\n`),
          })
        } catch (e) {
          failed = true
          sections[section.area] = { error: e instanceof Error ? e.message : String(e) }
        }
        continue
      }
      const out = join(root, `${area}.json`)
      const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), area], {
        env: { ...process.env, [SECTION_ONLY]: area, CABINET_BENCH_OUT: out },
        stdio: ['ignore', 'ignore', 'inherit'],
      })
      try {
        sections[area] = (JSON.parse(readFileSync(out, 'utf8')) as { sections: Record<string, unknown> }).sections[area]
      } catch {
        sections[area] = { error: `the section's process ended (${child.signal ?? `exit ${child.status}`}) without a report` }
      }
      if (child.status !== 0) failed = true
    }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
  report.load = { loadAverageAtEnd: loadavg().map((n) => Math.round(n * 100) / 100), cores: cpus().length }
  const lines = Object.entries(sections).flatMap(([area, r]) => ((r as { targetLines?: TargetLine[] }).targetLines ?? []).map((t) => ({ area, ...t })))
  report.targets = lines
  const text = JSON.stringify(report, null, 2)
  // CABINET_BENCH_OUT: another file, so that two runs of different sections can go side by side.
  const out = process.env.CABINET_BENCH_OUT ?? join(here, 'results', 'report.json')
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, `${text}\n`)
  process.stdout.write(`${text}\n`)
  process.stdout.write(`\n${table(lines)}\n`)
  if (failed) process.exitCode = 1
}

/** The targets as a plain-text table, one line each: area, measure, figure, baseline, target, pass/FAIL. */
function table(lines: (TargetLine & { area: string })[]): string {
  const rows = [
    ['area', 'measure', 'figure', 'baseline (same run)', 'target', 'result'],
    ...lines.map((l) => [l.area, l.measure, l.figure, l.baseline, l.target, l.met ? 'pass' : 'FAIL']),
  ]
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)))
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i])).join(' | ')).join('\n')
}

void main()
