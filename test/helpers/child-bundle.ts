import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildSync } from 'esbuild'

/*
 * Child processes that tests kill at random moments (the crash suites), bundled once per test
 * process into one CommonJS file each, with the native SQLite module left outside (found through
 * NODE_PATH, see childEnv). Starting a child under tsx took one to several seconds on a loaded
 * machine, most of it transforming the same hundreds of files again for every kill; a bundle
 * starts in well under one and runs the same code.
 */

const REPO = fileURLToPath(new URL('../../', import.meta.url))

/**
 * zxcvbn's dictionaries (1.6 MB, ranked when the core loads) were most of a child's start-up. A
 * child that never judges a new password's strength gets empty ones: the estimator still loads,
 * it is just never asked.
 */
const EMPTY_DICTIONARY = './test/crash/empty-dictionary.ts'

const bundles = new Map<string, string>()

/** The bundled child for `entry` (a path from the repository's root), built on first use. */
export function bundledChild(entry: string, options: { emptyDictionaries?: boolean } = {}): string {
  const key = `${entry}|${options.emptyDictionaries === true}`
  const known = bundles.get(key)
  if (known) return known
  const out = join(mkdtempSync(join(tmpdir(), 'cabinet-test-child-')), 'child.cjs')
  buildSync({
    entryPoints: [join(REPO, entry)],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['better-sqlite3-multiple-ciphers', 'better-sqlite3'],
    logLevel: 'error',
    absWorkingDir: REPO,
    alias: options.emptyDictionaries ? { '@zxcvbn-ts/language-common': EMPTY_DICTIONARY, '@zxcvbn-ts/language-en': EMPTY_DICTIONARY } : {},
  })
  bundles.set(key, out)
  return out
}

/** The environment a bundled child needs: the parent's, with node_modules where the bundle's externals are found. */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, NODE_PATH: join(REPO, 'node_modules'), ...extra }
}

/** Remove every bundle this process built (a suite's last step). */
export function removeChildBundles(): void {
  for (const out of bundles.values()) rmSync(dirname(out), { recursive: true, force: true })
  bundles.clear()
}
