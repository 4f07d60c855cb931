import { describe, expect, it } from 'vitest'
import { isAllowedNavigation, isAllowedRequest } from '../../../../electron/main/security/navigation'
import { isTrustedSender } from '../../../../electron/main/security/trusted-sender'

describe('isAllowedNavigation', () => {
  it('allows the app itself (a reload or a route of app://cabinet/)', () => {
    expect(isAllowedNavigation('app://cabinet/index.html')).toBe(true)
    expect(isAllowedNavigation('app://cabinet/index.html#/families/3')).toBe(true)
    expect(isAllowedNavigation('APP://CABINET/')).toBe(true)
  })

  it.each([
    'https://example.org/',
    'http://127.0.0.1:5173/',
    'file:///C:/Users/coordinator/Documents/family.pdf',
    'mailto:someone@example.org',
    'javascript:alert(1)',
    'app://evil/index.html',
    'app://cabinet.evil.example/',
    'cabinet-doc://document/1',
    'data:text/html,<h1>x</h1>',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false)
  })

  it('allows the dev server only when one is given', () => {
    expect(isAllowedNavigation('http://localhost:5173/#/x', 'http://localhost:5173')).toBe(true)
    expect(isAllowedNavigation('http://localhost:5174/', 'http://localhost:5173')).toBe(false)
    expect(isAllowedNavigation('http://localhost:5173/')).toBe(false)
  })
})

describe('isAllowedRequest', () => {
  it('lets the renderer load its own files and in-memory data, and nothing from the network', () => {
    expect(isAllowedRequest('app://cabinet/assets/a.js')).toBe(true)
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true)
    expect(isAllowedRequest('blob:app://cabinet/123')).toBe(true)
    expect(isAllowedRequest('cabinet-doc://document/5')).toBe(true)
    expect(isAllowedRequest('https://fonts.googleapis.com/css')).toBe(false)
    expect(isAllowedRequest('http://192.168.1.10/upload')).toBe(false)
    expect(isAllowedRequest('file:///etc/passwd')).toBe(false)
  })

  it('allows the dev server and its hot-reload websocket in development only', () => {
    expect(isAllowedRequest('ws://localhost:5173/', 'http://localhost:5173')).toBe(true)
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(true)
    expect(isAllowedRequest('ws://localhost:5173/')).toBe(false)
  })
})

describe('isTrustedSender', () => {
  it('trusts only the main frame showing app://cabinet', () => {
    expect(isTrustedSender('app://cabinet/index.html#/users', true)).toBe(true)
    expect(isTrustedSender('app://cabinet/index.html', false)).toBe(false)
    expect(isTrustedSender('https://example.org/', true)).toBe(false)
    expect(isTrustedSender('app://other/index.html', true)).toBe(false)
    expect(isTrustedSender('file:///C:/cabinet/index.html', true)).toBe(false)
    expect(isTrustedSender('about:blank', true)).toBe(false)
    expect(isTrustedSender(null, true)).toBe(false)
    expect(isTrustedSender(undefined, true)).toBe(false)
  })

  it('trusts the dev server only when it is the configured one', () => {
    expect(isTrustedSender('http://localhost:5173/', true, 'http://localhost:5173')).toBe(true)
    expect(isTrustedSender('http://localhost:5173/', true)).toBe(false)
  })
})
