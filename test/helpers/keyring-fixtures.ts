import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { TEST_KDF, createKeyring, generateRecoveryKey } from '../../electron/core/keyring/keyring'

export interface TestKeyring {
  file: string
  masterKey: Buffer
  recoveryKey: Buffer
  recoveryText: string
  userId: number
  username: string
  password: string
}

/** A fresh keyring in `dir` with one user, at TEST_KDF so tests stay quick. */
export function makeTestKeyring(dir: string, user: Partial<Pick<TestKeyring, 'userId' | 'username' | 'password'>> = {}): TestKeyring {
  const file = join(dir, 'keyring.json')
  const masterKey = randomBytes(32)
  const { key: recoveryKey, text: recoveryText } = generateRecoveryKey()
  const userId = user.userId ?? 1
  const username = user.username ?? 'coordinator'
  const password = user.password ?? 'correct horse battery staple'
  createKeyring(file, { masterKey, user: { userId, username, password }, recoveryKey, kdf: TEST_KDF })
  return { file, masterKey, recoveryKey, recoveryText, userId, username, password }
}

/**
 * A keyring built independently of Cabinet's code (Python's hashlib.scrypt, an RFC 5869 HKDF and
 * the `cryptography` package's AES-GCM), with master key 00..1f, recovery key 00..13 and fixed
 * salts and nonces. If Cabinet ever changes how it derives, wraps or authenticates slots, it
 * stops opening this file, which is exactly what would happen to every real keyring.
 */
export const GOLDEN_KEYRING = {
  masterKeyHex: '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f',
  recoveryKeyHex: '000102030405060708090a0b0c0d0e0f10111213',
  recoveryText: '000G-40R4-0M30-E209-185G-R38E-1W81-24GK-Z1X6',
  username: 'coordinator',
  password: 'correct horse battery staple',
  json: {
    format: 'cabinet-keyring',
    version: 1,
    keyCheck: 'nbutkV6REbq+jLlzoYxLPCTBEqMAnUAEan2KCUdUhXE=',
    passwordSlots: [
      {
        userId: 1,
        username: 'coordinator',
        kdf: { name: 'scrypt', N: 16384, r: 8, p: 1 },
        salt: 'AAECAwQFBgcICQoLDA0ODw==',
        wrapped: {
          nonce: 'EBESExQVFhcYGRob',
          ciphertext: 'QyeOcdmPiImjsTbKBiG9r4WXP3x6sFL+YHPH6H2UuIE=',
          tag: 'c35hqIUHJlPuSkB9CedMLA==',
        },
        disabled: false,
        failedCount: 0,
        lockedUntil: null,
        failedAt: [] as string[],
      },
    ],
    recovery: {
      kdf: { name: 'hkdf-sha256' },
      salt: 'EBESExQVFhcYGRobHB0eHw==',
      wrapped: {
        nonce: 'ICEiIyQlJicoKSor',
        ciphertext: 'F+neRisotOWuwM6wqicGnM3coH286IcArHxXVvpLSJE=',
        tag: 'sSjwaIx1G0pa3ZVfE2q8Xw==',
      },
    },
  },
}

/** A deep copy of the golden keyring's JSON, for tests that edit it. */
export function goldenKeyringJson(): typeof GOLDEN_KEYRING.json {
  return structuredClone(GOLDEN_KEYRING.json)
}
