import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { BenchSection } from './section'

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
  const text = JSON.stringify(report, null, 2)
  mkdirSync(join(here, 'results'), { recursive: true })
  writeFileSync(join(here, 'results', 'report.json'), `${text}\n`)
  process.stdout.write(`${text}\n`)
  if (failed) process.exitCode = 1
}

void main()
