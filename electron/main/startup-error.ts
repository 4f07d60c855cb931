import { isCabinetError } from '../core/errors'

/**
 * What to tell the coordinator when the data folder cannot be opened at start-up. Pure, so the
 * wording is tested; the dialog itself is shown by main/index.ts.
 */
export function startupErrorDialog(e: unknown, dataDir: string): { title: string; message: string } {
  if (!isCabinetError(e)) {
    return {
      title: 'Cabinet could not start',
      message: `Cabinet could not open its data folder (${dataDir}) because of an unexpected error. Your records have not been changed. Restart the computer and try again; if it happens again, contact whoever supports Cabinet for your centre.`,
    }
  }
  switch (e.code) {
    case 'in_use':
      return {
        title: 'Cabinet is already open',
        message: `${e.message}\n\nCabinet can only be open once at a time, so that records are never written twice. Close the other Cabinet window (perhaps in another Windows account) and try again.`,
      }
    case 'newer_version':
      return {
        title: 'Cabinet needs updating',
        message: `${e.message}\n\nThe data was saved by a newer version of Cabinet. Install that version (or newer) to open it; nothing has been changed.`,
      }
    case 'damaged':
    case 'integrity':
      return {
        title: "Cabinet's data is damaged",
        message: `${e.message}\n\nCabinet has not changed anything. Restore the most recent backup (see the user guide, "Restoring a backup").`,
      }
    default:
      return { title: 'Cabinet could not open its data', message: `${e.message}\n\nData folder: ${dataDir}` }
  }
}
