import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, metaContentSecurityPolicy, securityHeaders } from '../../../electron/door/app-files/csp'

describe('contentSecurityPolicy', () => {
  const csp = contentSecurityPolicy()
  const directives = new Map(
    csp.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/)
      return [name, values] as const
    }),
  )

  it('allows scripts only from the app itself: no inline scripts, no eval', () => {
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(csp).not.toContain('unsafe-eval')
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'")
    expect(directives.get('default-src')).toEqual(["'self'"])
  })

  it('blocks plugins, <base>, framing and form posts, and allows images only from us, data:, blob: and documents', () => {
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
    expect(directives.get('form-action')).toEqual(["'none'"])
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:'])
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"])
  })

  it('P29: frames nothing (documents are drawn by Cabinet’s own viewer, never Chromium’s), and runs workers only from our own files', () => {
    expect(directives.get('frame-src')).toEqual(["'none'"])
    // The pdf.js worker: from the app's own origin, not blob: or data:, and without widening script-src (no eval, no wasm).
    expect(directives.get('worker-src')).toEqual(["'self'"])
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(csp).not.toMatch(/wasm-unsafe-eval|unsafe-eval/)
    // The viewer fetches document bytes from the cabinet-doc: protocol; nothing else may reach it.
    expect(directives.get('connect-src')).toEqual(["'self'", 'cabinet-doc:'])
  })

  it('is the exact policy the renderer and the bridge both send', () => {
    expect(csp).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; worker-src 'self'; frame-src 'none'; connect-src 'self' cabinet-doc:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    )
    expect(securityHeaders()['Content-Security-Policy']).toBe(csp)
    expect(securityHeaders()['X-Content-Type-Options']).toBe('nosniff')
  })

  it('is repeated in the renderer page (for the dev server, which sends no header), less the header-only frame-ancestors', () => {
    const html = readFileSync('renderer/index.html', 'utf8')
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)
    expect(meta?.[1]).toBe(metaContentSecurityPolicy())
    expect(metaContentSecurityPolicy()).toBe(csp.replace("; frame-ancestors 'none'", ''))
  })
})
