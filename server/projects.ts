import type { Credentials, RegionTarget } from './live-settings.ts'
import { callUpstream, type Upstream } from './upstream.ts'

/**
 * Each region's project ID: given in the environment, or looked up once through IAM,
 * `GET /v3/projects?name=<region>` (KeystoneListProjects; the region's default project is named
 * after the region). Source: IAM API reference, "Querying Project Information"
 * (support.huaweicloud.com/intl/en-us/api-iam/iam_06_0001.html), response `projects[].id`.
 */

/** What the console's server says when it cannot name a region's project. */
export interface LookupFailure {
  status: number
  body: { error_code: string; error_msg: string }
  /** The call that failed, for start-up diagnosis. */
  upstream: Upstream
}

export type Lookup = { ok: true; projectId: string } | ({ ok: false } & LookupFailure)

/**
 * A refused key is not asked about again for this long: the gateway locks an access key for five
 * minutes after five failed signatures in a row, and a polling console would get there in seconds.
 */
const RETRY_FAILED_AFTER_MS = 30_000

function readProjects(text: string): { id: string; name?: string }[] | undefined {
  try {
    const body = JSON.parse(text) as { projects?: unknown }
    if (!Array.isArray(body.projects)) return undefined
    return body.projects.filter(
      (p): p is { id: string; name?: string } =>
        typeof p === 'object' && p !== null && typeof (p as { id?: unknown }).id === 'string',
    )
  } catch {
    return undefined
  }
}

function failure(upstream: Upstream, region: RegionTarget): LookupFailure {
  if (upstream.kind !== 'answer') {
    return {
      status: 502,
      body: {
        error_code: 'Console.ProjectLookupFailed',
        error_msg: `The console's server could not ask IAM (${region.iam.host}) for the project of ${region.id} (${upstream.reason}).`,
      },
      upstream,
    }
  }
  if (upstream.status !== 200) {
    // The gateway's own words (APIGW.0301 for a refused key), so the console shows them as they are.
    try {
      const body = JSON.parse(upstream.text) as LookupFailure['body']
      if (typeof body.error_code === 'string') return { status: upstream.status, body, upstream }
    } catch {
      // Not the gateway's JSON: described below.
    }
    return {
      status: 502,
      body: {
        error_code: 'Console.ProjectLookupFailed',
        error_msg: `IAM (${region.iam.host}) answered ${upstream.status} when asked for the project of ${region.id}.`,
      },
      upstream,
    }
  }
  return {
    status: 404,
    body: {
      error_code: 'Console.NoSuchProject',
      error_msg: `IAM knows no project named ${region.id}: check the region name (e.g. cn-north-4) in MODELARTS_REGIONS or HUAWEICLOUD_SDK_REGION.`,
    },
    upstream,
  }
}

export function projectDirectory(credentials: Credentials, now: () => number = Date.now) {
  const found = new Map<string, string>()
  const failed = new Map<string, { at: number; failure: LookupFailure }>()
  const pending = new Map<string, Promise<Lookup>>()

  async function lookUp(region: RegionTarget): Promise<Lookup> {
    const url = new URL('/v3/projects', region.iam)
    url.searchParams.set('name', region.id)
    const upstream = await callUpstream({ method: 'GET', url, credentials, timeoutMs: 15_000 })
    const projects =
      upstream.kind === 'answer' && upstream.status === 200 && readProjects(upstream.text)
    // Only the project of that exact name: never a sub-project or another region's.
    const id = projects ? projects.find((p) => p.name === region.id)?.id : undefined
    if (id) {
      found.set(region.id, id)
      failed.delete(region.id)
      return { ok: true, projectId: id }
    }
    const f = failure(upstream, region)
    failed.set(region.id, { at: now(), failure: f })
    return { ok: false, ...f }
  }

  return {
    /** The project of `region`, asking IAM at most once at a time (and again after a failure). */
    projectOf(region: RegionTarget): Promise<Lookup> {
      if (region.projectId) return Promise.resolve({ ok: true, projectId: region.projectId })
      const known = found.get(region.id)
      if (known) return Promise.resolve({ ok: true, projectId: known })
      const recent = failed.get(region.id)
      if (recent && now() - recent.at < RETRY_FAILED_AFTER_MS)
        return Promise.resolve({ ok: false, ...recent.failure })
      let lookup = pending.get(region.id)
      if (!lookup) {
        lookup = lookUp(region).finally(() => pending.delete(region.id))
        pending.set(region.id, lookup)
      }
      return lookup
    },
    /** Already known, without asking. */
    knownProjectOf: (region: RegionTarget) => region.projectId ?? found.get(region.id),
  }
}

export type ProjectDirectory = ReturnType<typeof projectDirectory>
