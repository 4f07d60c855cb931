import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { BenchContext, BenchSection, TargetLine } from '../section'

const KB = 1024
const TARGET_KB = 400
const ASSETS = resolve('out/renderer/assets')

/** Chunks a chunk imports statically (loaded with it), read from Rollup's minified output. */
function staticImports(code: string): string[] {
  // `import{a as b}from"./x.js"` and `import"./x.js"`; a dynamic `import("./x.js")` has a bracket and is not matched.
  return [...code.matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)].map((m) => m[1])
}

/** A chunk and everything it imports statically, transitively: what the browser must load before it runs. */
function closure(start: string[], code: (name: string) => string): Set<string> {
  const seen = new Set<string>()
  const todo = [...start]
  while (todo.length > 0) {
    const name = todo.pop()!
    if (seen.has(name)) continue
    seen.add(name)
    todo.push(...staticImports(code(name)))
  }
  return seen
}

function chunk(files: string[], prefix: string): string {
  const found = files.find((f) => f.startsWith(`${prefix}-`) && f.endsWith('.js'))
  if (!found) throw new Error(`no ${prefix} chunk in ${ASSETS}`)
  return found
}

/**
 * The renderer's JavaScript a first screen needs, gzipped as a server or the bridge would send
 * it (level 6): the entry and its static imports, plus the lazily loaded area the screen shows
 * and its static imports. Two first screens: unlocking a Cabinet, and the family list just after.
 */
const renderer: BenchSection = {
  area: 'renderer',
  summary: `renderer: JavaScript of the first screen, gzipped (target ≤ ${TARGET_KB} KB), and the biggest chunks`,
  async run(ctx: BenchContext) {
    if (!existsSync(join(ASSETS, '..', 'index.html'))) {
      ctx.log('building the renderer (npx electron-vite build)')
      execFileSync('npx', ['electron-vite', 'build'], { stdio: 'ignore' })
    }
    const files = readdirSync(ASSETS)
    const cache = new Map<string, string>()
    const code = (name: string) => {
      if (!cache.has(name)) cache.set(name, readFileSync(join(ASSETS, name), 'utf8'))
      return cache.get(name)!
    }
    const gz = (name: string) => gzipSync(readFileSync(join(ASSETS, name))).length
    const html = readFileSync(join(ASSETS, '..', 'index.html'), 'utf8')
    const entry = [...html.matchAll(/(?:src|href)="\.\/assets\/([\w.-]+\.js)"/g)].map((m) => m[1])
    const screens = {
      unlock: closure([...entry, chunk(files, 'UnlockScreen')], code),
      familyList: closure([...entry, chunk(files, 'Shell'), chunk(files, 'FamiliesArea')], code),
    }
    const sizeOf = (set: Set<string>) => Math.round(([...set].reduce((n, f) => n + gz(f), 0) / KB) * 10) / 10
    const figures = { unlockKB: sizeOf(screens.unlock), familyListKB: sizeOf(screens.familyList) }
    const all = files.filter((f) => f.endsWith('.js'))
    const biggest = all
      .map((f) => ({
        chunk: f,
        kb: Math.round(readFileSync(join(ASSETS, f)).length / KB),
        gzipKB: Math.round(gz(f) / KB),
        onFirstScreen: screens.familyList.has(f),
      }))
      .sort((a, b) => b.gzipKB - a.gzipKB)
      .slice(0, 10)
    const totalKB = Math.round(all.reduce((n, f) => n + gz(f), 0) / KB)
    ctx.log(`first screen: unlock ${figures.unlockKB} KB, family list ${figures.familyListKB} KB gzipped; all chunks ${totalKB} KB`)
    const targetLines: TargetLine[] = [
      {
        measure: 'renderer: first-screen JavaScript gzipped (family list after unlock)',
        figure: `${figures.familyListKB} KB (unlock screen ${figures.unlockKB} KB)`,
        baseline: `all ${all.length} chunks together ${totalKB} KB`,
        target: `≤ ${TARGET_KB} KB`,
        met: figures.familyListKB <= TARGET_KB && figures.unlockKB <= TARGET_KB,
      },
    ]
    return {
      targetLines,
      ...figures,
      chunks: all.length,
      allChunksGzipKB: totalKB,
      firstScreenChunks: { unlock: [...screens.unlock].sort(), familyList: [...screens.familyList].sort() },
      biggestChunks: biggest,
    }
  },
}

export default renderer
