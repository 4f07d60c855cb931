/**
 * Child process for the keyring crash test (test/integration/core/keyring/crash.test.ts); run as
 *   node <bundle of test/helpers/keyring-crash-child.ts (child-bundle.ts)> <mode> <keyring> <username> <old> <new>
 * with the master key in CABINET_TEST_MASTER_KEY (hex). It changes the user's password and is
 * killed part-way, either by the parent at a random moment (mode "loop": change old→new→old…
 * for ever) or by itself at one exact step of the atomic write (the other modes), by swapping
 * in an fs function that SIGKILLs the process: no cleanup, no flush, like a power cut.
 */
import fs from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'
import { TEST_KDF, setPasswordSlot } from '../../electron/core/keyring/keyring'

const [mode, file, username, oldPassword, newPassword] = process.argv.slice(2)
const masterKey = Buffer.from(process.env.CABINET_TEST_MASTER_KEY ?? '', 'hex')
const die = (): never => {
  process.kill(process.pid, 'SIGKILL')
  throw new Error('unreachable')
}

function setPassword(password: string): void {
  setPasswordSlot(file, masterKey, { userId: 1, username, password }, TEST_KDF)
}

switch (mode) {
  case 'loop':
    process.stdout.write('ready\n')
    for (let i = 0; ; i++) setPassword(i % 2 === 0 ? newPassword : oldPassword)
  case 'kill-mid-write': {
    // Write only the first half of the new keyring into the temp file, then die. (Only the
    // buffer overload is replaced: atomic-write always passes a Buffer.)
    const writeSync = fs.writeSync
    const halfThenDie = (fd: number, buf: NodeJS.ArrayBufferView): never => {
      writeSync(fd, buf, 0, Math.floor(buf.byteLength / 2))
      return die()
    }
    fs.writeSync = halfThenDie as unknown as typeof fs.writeSync
    break
  }
  case 'kill-before-rename':
    fs.renameSync = die
    break
  case 'kill-after-rename': {
    const renameSync = fs.renameSync
    fs.renameSync = (from, to) => {
      renameSync(from, to)
      die()
    }
    break
  }
  default:
    throw new Error(`unknown mode ${mode}`)
}
syncBuiltinESMExports()
setPassword(newPassword)
process.stdout.write('finished without being killed\n')
