import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentTypeFor, resolveAppPath } from '../../../electron/door/app-files/app-path'

const root = resolve('/srv/cabinet/out/renderer')

describe('resolveAppPath', () => {
  it('maps app:// URLs and raw request paths to files inside the renderer folder', () => {
    expect(resolveAppPath(root, 'app://cabinet/index.html')).toBe(join(root, 'index.html'))
    expect(resolveAppPath(root, 'app://cabinet/assets/index-abc123.js')).toBe(join(root, 'assets', 'index-abc123.js'))
    expect(resolveAppPath(root, '/assets/app.css?v=2#x')).toBe(join(root, 'assets', 'app.css'))
    expect(resolveAppPath(root, 'http://127.0.0.1:5000/assets/a.js')).toBe(join(root, 'assets', 'a.js'))
  })

  it('serves index.html for the root and for folder paths', () => {
    expect(resolveAppPath(root, 'app://cabinet/')).toBe(join(root, 'index.html'))
    expect(resolveAppPath(root, 'app://cabinet')).toBe(join(root, 'index.html'))
    expect(resolveAppPath(root, '/')).toBe(join(root, 'index.html'))
    expect(resolveAppPath(root, '/#/families')).toBe(join(root, 'index.html'))
    expect(resolveAppPath(root, '/assets/')).toBe(join(root, 'assets', 'index.html'))
  })

  it('decodes ordinary percent-encoding in file names', () => {
    expect(resolveAppPath(root, '/fonts/Open%20Sans.woff2')).toBe(join(root, 'fonts', 'Open Sans.woff2'))
  })

  it.each([
    ['dot-dot segments', '/../../etc/passwd'],
    ['dot-dot in the middle', '/assets/../../secret'],
    ['a trailing dot-dot', '/assets/..'],
    ['a single dot segment', '/./index.html'],
    ['percent-encoded dot-dot', '/%2e%2e/%2e%2e/etc/passwd'],
    ['mixed-case encoded dot-dot', '/%2E%2e/secret'],
    ['half-encoded dot-dot', '/.%2e/secret'],
    ['an encoded slash', '/assets%2f..%2f..%2fsecret'],
    ['an encoded backslash', '/assets%5c..%5csecret'],
    ['a raw backslash', '/assets\\..\\secret'],
    ['a backslash-only traversal', '/..\\..\\windows\\win.ini'],
    ['a double slash (protocol-relative / UNC style)', '//server/share/file'],
    ['an empty middle segment', '/assets//a.js'],
    ['a Windows drive letter', '/C:/Windows/win.ini'],
    ['an encoded drive letter', '/C%3A/Windows/win.ini'],
    ['an NTFS stream name', '/index.html::$DATA'],
    ['a NUL byte', '/index.html%00.png'],
    ['a raw NUL byte', '/index.html\0'],
    ['malformed percent-encoding', '/%E0%A4%A'],
    ['a relative path', 'assets/a.js'],
    ['an absolute Windows path', 'C:\\Windows\\win.ini'],
    ['a drive-letter URL', 'C:/Windows/win.ini'],
    ['a file: URL', 'file:///etc/passwd'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['dot-dot in an app URL', 'app://cabinet/%2e%2e/%2e%2e/etc/passwd'],
  ])('refuses %s', (_what, url) => {
    expect(resolveAppPath(root, url)).toBeNull()
  })
})

describe('contentTypeFor', () => {
  it('names the types the renderer build produces, and falls back to a download type', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8')
    expect(contentTypeFor('/x/a.JS')).toBe('text/javascript; charset=utf-8')
    expect(contentTypeFor('/x/a.css')).toBe('text/css; charset=utf-8')
    expect(contentTypeFor('/x/a.woff2')).toBe('font/woff2')
    expect(contentTypeFor('/x/a.unknown')).toBe('application/octet-stream')
  })
})
