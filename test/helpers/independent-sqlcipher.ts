/*
 * @journeyapps/sqlcipher: a SQLCipher build independent of the one Cabinet uses, so a test can
 * prove the database file is standard SQLCipher 4, readable with the key alone (P28). It is an
 * optional dependency compiled from source by node-gyp when npm installs it, so it can be missing
 * on a machine without a C++ toolchain. Outside CI that check is skipped with the reason printed;
 * on CI (CI set, as .ci/run sets it) the check must run, so a module that cannot load fails it.
 */

export const INDEPENDENT_SQLCIPHER = '@journeyapps/sqlcipher'

const HOW_TO_INSTALL =
  `${INDEPENDENT_SQLCIPHER} is an optional dependency that node-gyp compiles when npm installs it. ` +
  'Install python3, make and a C++ compiler (Debian: apt-get install python3 make g++), then run ' +
  '"npm install --include=optional" and check that npm\'s "omit" setting (npm config get omit, or ' +
  'NPM_CONFIG_OMIT) does not list "optional".'

export interface IndependentSqlcipher<T> {
  /** True only outside CI when the module could not be loaded: the check may be skipped. */
  skip: boolean
  /** The module; on CI, when it could not be loaded, throws the reason and how to install it. */
  load(): T
}

/** CI is on when the CI variable is set to anything but an empty string, "0" or "false". */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.CI?.trim().toLowerCase()
  return value !== undefined && value !== '' && value !== '0' && value !== 'false'
}

/**
 * Try to load the independent SQLCipher. `importModule` and `env` exist for this helper's own
 * test; `warn` is where the local skip reason goes.
 */
export async function loadIndependentSqlcipher<T>(
  options: { env?: NodeJS.ProcessEnv; importModule?: (specifier: string) => Promise<unknown>; warn?: (message: string) => void } = {},
): Promise<IndependentSqlcipher<T>> {
  const importModule = options.importModule ?? ((specifier: string) => import(specifier))
  let problem: string
  try {
    const mod = (await importModule(INDEPENDENT_SQLCIPHER)) as { default?: T } & T
    const lib = mod.default ?? mod
    return { skip: false, load: () => lib }
  } catch (e) {
    problem = e instanceof Error ? e.message : String(e)
  }
  const reason = `${INDEPENDENT_SQLCIPHER} could not be loaded (${problem})`
  if (isCi(options.env)) {
    return {
      skip: false,
      load: () => {
        throw new Error(`The independent SQLCipher 4 check must run on CI, but ${reason}. ${HOW_TO_INSTALL}`)
      },
    }
  }
  ;(options.warn ?? console.warn)(`Skipping the independent SQLCipher 4 check: ${reason}. On CI this fails instead. ${HOW_TO_INSTALL}`)
  return {
    skip: true,
    load: () => {
      throw new Error(`The independent SQLCipher 4 check was meant to be skipped: ${reason}.`)
    },
  }
}
