import pkg from '../../package.json'

/** This Cabinet's version, as released (package.json): written into backups and reports. */
export const APP_VERSION: string = pkg.version
