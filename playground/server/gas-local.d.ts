/** gas-local ships no types; this is the part the playground uses. */
declare module 'gas-local' {
  /** Runs every .js file under folderPath in a vm context created from globalObject; returns the context. */
  export function require(
    folderPath: string,
    globalObject?: Record<string, unknown>,
    options?: { filter?: (file: string) => boolean },
  ): Record<string, unknown>;
}
