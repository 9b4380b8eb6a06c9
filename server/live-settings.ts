/**
 * Live mode, as the server side of the console reads it from the environment: which regions,
 * which endpoints in each, and how to authenticate. The credentials stay in the Node process: the
 * proxy signs (or adds the token to) each forwarded request, and nothing that reaches the browser
 * (bundle or answer) or the terminal ever contains them.
 *
 * Variable names are the official Huawei Cloud SDKs' (HUAWEICLOUD_SDK_AK, _SK, _SECURITY_TOKEN,
 * _REGION, _PROJECT_ID, _IAM_ENDPOINT), so a shell set up for the SDKs or the CLI works as is.
 */

export type Credentials =
  | { kind: 'aksk'; ak: string; sk: string; securityToken?: string }
  | { kind: 'token'; token: string }

export interface RegionTarget {
  /** e.g. cn-north-4: also the name of the region's project, which the browser uses in paths. */
  id: string
  modelarts: URL
  vpc: URL
  iam: URL
  /** Given in the environment; otherwise looked up through IAM when first needed. */
  projectId?: string
}

export interface LiveSettings {
  regions: RegionTarget[]
  /** Null for a build: only a running server (dev or preview) forwards requests. */
  credentials: Credentials | null
}

export class LiveConfigError extends Error {
  override name = 'LiveConfigError'
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1'])

export const isLoopback = (url: URL) => LOOPBACK.has(url.hostname)

/** Region names as Huawei Cloud writes them: cn-north-4, ap-southeast-1, la-north-2, … */
const REGION = /^[a-z]{2}(-[a-z0-9]+)+$/

function parseEndpoint(name: string, value: string): URL {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new LiveConfigError(
      `${name} must be a URL such as https://modelarts.cn-north-4.myhuaweicloud.com, not "${value}".`,
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new LiveConfigError(`${name} must be an http(s) URL, not "${value}".`)
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new LiveConfigError(
      `${name} must not carry a query, fragment or credentials: "${url.origin}…".`,
    )
  }
  return url
}

/**
 * Another service of the same region: `modelarts.<region>…` → `<service>.<region>…`. A loopback
 * endpoint is a local fake that serves every service on one port.
 */
export function siblingEndpoint(modelarts: URL, service: 'vpc' | 'iam'): URL | undefined {
  if (isLoopback(modelarts)) return new URL(modelarts.href)
  if (!modelarts.hostname.startsWith('modelarts.')) return undefined
  const sibling = new URL(modelarts.href)
  sibling.hostname = `${service}.${modelarts.hostname.slice('modelarts.'.length)}`
  return sibling
}

/** `https://modelarts.cn-north-4.myhuaweicloud.com` → cn-north-4 (parseEndpoint reports bad URLs). */
const regionOfEndpoint = (endpoint: string) => {
  try {
    return /^modelarts\.([a-z0-9-]+)\./.exec(new URL(endpoint).hostname)?.[1]
  } catch {
    return undefined
  }
}

const value = (env: Record<string, string | undefined>, name: string) =>
  env[name]?.trim() || undefined

/**
 * Whether the environment asks for live mode at all (otherwise: demo mode). Any credential or
 * region counts, so a half-done setup says what is missing instead of quietly showing the demo.
 */
export const wantsLiveMode = (env: Record<string, string | undefined>) =>
  [
    'MODELARTS_ENDPOINT',
    'MODELARTS_REGIONS',
    'HUAWEICLOUD_SDK_REGION',
    'HUAWEICLOUD_SDK_AK',
    'HUAWEICLOUD_SDK_SK',
    'MODELARTS_TOKEN',
  ].some((n) => value(env, n))

function readRegionIds(env: Record<string, string | undefined>): string[] {
  const listed = value(env, 'MODELARTS_REGIONS') ?? value(env, 'HUAWEICLOUD_SDK_REGION')
  const endpoint = value(env, 'MODELARTS_ENDPOINT')
  const fromHost = endpoint && !endpoint.includes('{region}') ? regionOfEndpoint(endpoint) : ''
  const ids = listed
    ? listed
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : fromHost
      ? [fromHost]
      : []
  if (!ids.length) {
    throw new LiveConfigError(
      'Live mode needs a region: set HUAWEICLOUD_SDK_REGION=cn-north-4 (or a list, ' +
        'MODELARTS_REGIONS=cn-north-4,cn-east-3).',
    )
  }
  for (const id of ids) {
    if (!REGION.test(id)) {
      throw new LiveConfigError(
        `"${id}" is not a region name; regions are named like cn-north-4 or ap-southeast-1.`,
      )
    }
  }
  return [...new Set(ids)]
}

function readCredentials(env: Record<string, string | undefined>): Credentials | null {
  const ak = value(env, 'HUAWEICLOUD_SDK_AK')
  const sk = value(env, 'HUAWEICLOUD_SDK_SK')
  if (ak || sk) {
    if (!ak || !sk) {
      throw new LiveConfigError(
        `${ak ? 'HUAWEICLOUD_SDK_SK' : 'HUAWEICLOUD_SDK_AK'} is missing: access keys come in pairs ` +
          '(My Credentials → Access Keys in the Huawei Cloud console).',
      )
    }
    const securityToken = value(env, 'HUAWEICLOUD_SDK_SECURITY_TOKEN')
    return { kind: 'aksk', ak, sk, ...(securityToken ? { securityToken } : {}) }
  }
  const token = value(env, 'MODELARTS_TOKEN')
  return token ? { kind: 'token', token } : null
}

/** The secrets in these credentials, for keeping them out of anything printed or answered. */
export const secretsOf = (c: Credentials | null): string[] =>
  !c ? [] : c.kind === 'token' ? [c.token] : [c.ak, c.sk, c.securityToken ?? ''].filter(Boolean)

/**
 * Reads live mode from the environment: `null` in demo mode, the settings when everything is
 * there, and a LiveConfigError that says what to set otherwise.
 */
export function readLiveSettings(
  env: Record<string, string | undefined>,
  { needCredentials }: { needCredentials: boolean },
): LiveSettings | null {
  if (!wantsLiveMode(env)) return null
  const endpoint = value(env, 'MODELARTS_ENDPOINT')
  if (endpoint && !endpoint.includes('{region}')) parseEndpoint('MODELARTS_ENDPOINT', endpoint)
  const ids = readRegionIds(env)
  const credentials = readCredentials(env)
  if (needCredentials && !credentials) {
    throw new LiveConfigError(
      'Live mode needs credentials: set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK (an access ' +
        'key pair), or MODELARTS_TOKEN (an IAM token). For demo mode, unset the HUAWEICLOUD_SDK_* ' +
        'and MODELARTS_* variables.',
    )
  }

  const projectId = value(env, 'HUAWEICLOUD_SDK_PROJECT_ID') ?? value(env, 'MODELARTS_PROJECT_ID')
  if (projectId && ids.length > 1) {
    throw new LiveConfigError(
      `A project ID belongs to one region, and ${ids.length} regions are set (${ids.join(', ')}). ` +
        'Unset HUAWEICLOUD_SDK_PROJECT_ID/MODELARTS_PROJECT_ID: each region’s project is looked up through IAM.',
    )
  }
  if (projectId && !/^[A-Za-z0-9_-]+$/.test(projectId)) {
    throw new LiveConfigError(`The project ID "${projectId}" is not a project ID.`)
  }

  const vpcEndpoint = value(env, 'VPC_ENDPOINT')
  const iamEndpoint = value(env, 'HUAWEICLOUD_SDK_IAM_ENDPOINT')
  // One fixed endpoint for several regions would send every region's project to one region:
  // only a local fake (loopback) serves them all on one address.
  if (endpoint && ids.length > 1 && !endpoint.includes('{region}')) {
    const fixed = parseEndpoint('MODELARTS_ENDPOINT', endpoint)
    if (!isLoopback(fixed)) {
      throw new LiveConfigError(
        `MODELARTS_ENDPOINT (${fixed.host}) is one region's, and ${ids.length} regions are set: ` +
          'unset it (endpoints are derived per region) or write {region} where the region goes.',
      )
    }
  }
  const regions = ids.map((id): RegionTarget => {
    const inRegion = (template: string) => template.replaceAll('{region}', id)
    const modelarts = parseEndpoint(
      'MODELARTS_ENDPOINT',
      inRegion(endpoint ?? 'https://modelarts.{region}.myhuaweicloud.com'),
    )
    const named = regionOfEndpoint(modelarts.href)
    if (named && named !== id) {
      throw new LiveConfigError(
        `MODELARTS_ENDPOINT (${modelarts.host}) is ${named}'s, but the region is ${id}: fix one of them.`,
      )
    }
    const derive = (service: 'vpc' | 'iam', given: string | undefined, name: string) => {
      const url = given ? parseEndpoint(name, inRegion(given)) : siblingEndpoint(modelarts, service)
      if (url) return url
      throw new LiveConfigError(
        `Cannot tell the ${service.toUpperCase()} endpoint from MODELARTS_ENDPOINT (${modelarts.host}): ` +
          `set ${name}, e.g. https://${service}.${id}.myhuaweicloud.com.`,
      )
    }
    return {
      id,
      modelarts,
      vpc: derive('vpc', vpcEndpoint, 'VPC_ENDPOINT'),
      iam: derive('iam', iamEndpoint, 'HUAWEICLOUD_SDK_IAM_ENDPOINT'),
      ...(projectId ? { projectId } : {}),
    }
  })
  return { regions, credentials }
}

/** What the browser may know about a region: never a credential. */
export interface PublicRegion {
  id: string
  modelartsHost: string
  projectId?: string
}
