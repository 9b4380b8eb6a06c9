import type { Plugin } from 'vite'
import { forwarder, redact } from './forwarder.ts'
import { type LiveSettings, secretsOf } from './live-settings.ts'
import { projectDirectory } from './projects.ts'
import { checkAtStartup } from './startup-check.ts'

/**
 * Live mode in Vite's dev and preview servers: the forwarder after the guard (consoleServerGuard
 * registers first), and the start-up check once the server listens.
 */
export function liveConsole(
  settings: LiveSettings | null,
  {
    checkOnStart = true,
    log,
  }: {
    checkOnStart?: boolean
    /** Where warnings go instead of Vite's logger (tests). */
    log?: (line: string) => void
  } = {},
): Plugin {
  const wire = (server: {
    middlewares: { use: (fn: ReturnType<typeof forwarder>) => void }
    httpServer: { once(event: 'listening', fn: () => void): unknown } | null
    config: { logger: { info(msg: string): void; warn(msg: string): void } }
  }) => {
    if (!settings?.credentials) return
    const { credentials, regions } = settings
    const directory = projectDirectory(credentials)
    const secrets = secretsOf(credentials)
    const warn = log ?? ((line: string) => server.config.logger.warn(line))
    server.middlewares.use(forwarder({ regions, credentials, directory, secrets, log: warn }))
    if (checkOnStart)
      server.httpServer?.once('listening', () => {
        checkAtStartup({ regions, credentials, directory })
          .then((lines) => {
            for (const line of lines) {
              const text = redact(line.text, secrets)
              if (line.ok) server.config.logger.info(text)
              else warn(text)
            }
          })
          .catch((cause: unknown) =>
            warn(redact(`The start-up check failed: ${String(cause)}`, secrets)),
          )
      })
  }
  return {
    name: 'modelarts:live-console',
    configureServer: wire,
    configurePreviewServer: wire,
  }
}
