/** Where the restore screen lives: shown instead of the first-run or unlock screen (App.tsx). */
export const RESTORE_ROUTE = '/restore'
