import { CabinetError } from '../../errors'

/**
 * What went wrong with the drive or folder a backup is written to (or read from), in words a
 * coordinator can act on. Node's error codes cover Windows too (a removed USB stick surfaces as
 * EIO, ENODEV, ENOENT or EBUSY on either system).
 */
export function storageError(e: unknown, where: string): CabinetError {
  if (e instanceof CabinetError) return e
  const code = (e as NodeJS.ErrnoException).code
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new CabinetError('storage', `There is not enough space on ${where}. Free some space or use another drive, then make the backup again.`, {
        field: 'folder',
        cause: e,
      })
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return new CabinetError(
        'storage',
        `Cabinet cannot write to ${where}: it is read-only or protected. Check the drive's lock switch or choose another folder.`,
        {
          field: 'folder',
          cause: e,
        },
      )
    case 'ENOENT':
    case 'ENOTDIR':
      return new CabinetError('storage', `${where} is not there any more. If it is a USB stick, plug it back in and make the backup again.`, {
        field: 'folder',
        cause: e,
      })
    case 'EIO':
    case 'ENODEV':
    case 'ENXIO':
    case 'EBUSY':
      return new CabinetError('storage', `${where} stopped responding (was the USB stick removed?). Plug it back in and make the backup again.`, {
        field: 'folder',
        cause: e,
      })
    default:
      return new CabinetError('storage', `Cabinet could not write the backup to ${where} (${code ?? (e as Error).message}).`, { field: 'folder', cause: e })
  }
}
