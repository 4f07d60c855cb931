import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { BenchSection, TargetLine } from './section'

/**
 * `npm run bench [-- area …]`: runs every section in bench/sections/ (or the named ones), writes
 * bench/results/report.json (git-ignored) and prints it. Each section reports under its area.
 */
async function main(): Promise<void> {
  const here = fileURLToPath(new URL('.', import.meta.url))
  const only = new Set(process.argv.slice(2))
  const files = readdirSync(join(here, 'sections'))
    .filter((f) => f.endsWith('.ts'))
    .sort()
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
    for (const file of files) {
      const section = (await import(pathToFileURL(join(here, 'sections', file)).href)).default as BenchSection
      if (only.size > 0 && !only.has(section.area)) continue
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
