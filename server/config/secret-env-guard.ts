const SECRET_LOOKING = /KEY|SECRET|TOKEN|PASSWORD|CREDENTIAL/i

/**
 * `VITE_*` variables are compiled into the browser bundle (src/lib/env.ts parses the whole
 * `import.meta.env`, so every one of them is). A secret-looking one is refused at build time.
 */
export function findSecretLookingClientVars(env: Record<string, string | undefined>): string[] {
  return Object.keys(env).filter(
    (name) => name.startsWith('VITE_') && SECRET_LOOKING.test(name.slice(5)),
  )
}

export function assertNoSecretInClientEnv(env: Record<string, string | undefined>) {
  const names = findSecretLookingClientVars(env)
  if (names.length > 0)
    throw new Error(
      `Refusing to build: ${names.join(', ')} would be compiled into the browser bundle. ` +
        'Give the API key to the server as API_KEY instead.',
    )
}
